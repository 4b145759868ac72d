//! Loading an agency's schedule file (`src`): resolved against the page,
//! fetched only from the page's own origin or one the deployer allowed, read
//! as strict UTF-8 and checked by the reader module (`crates/lich-reader`,
//! fetched by `embed.js` only when a widget names a file), and merged over
//! the built-in data — or, when it cannot be used, reported in the widget in
//! words while the built-in data stays on screen.

use crate::calendar::names::Lang;
use crate::schedule::{wire, Outcome, Schedule};
use crate::words::{self, LoadMessage};

/// The state of the agency file.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// No file asked for, or not yet fetched.
    Idle,
    /// The file was read.
    Loaded {
        /// Its URL, as the page gave it (the widget says whose data it shows).
        src: String,
        /// The schedule.
        schedule: Box<Schedule>,
    },
    /// It could not be used.
    Failed(LoadMessage),
}

impl Load {
    /// The message of a failed load in `lang`.
    pub fn message(&self, lang: Lang) -> Option<String> {
        match self {
            Load::Failed(m) => Some(words::of(lang).load(m)),
            _ => None,
        }
    }
}

/// How long a fetch may take.
pub const TIMEOUT_MS: u32 = 10_000;

/// What the reader module's answer (an encoded [`Outcome`]) means for the
/// widget. A file whose schedule id is one of `taken` (the built-in
/// schedules') is refused: its events would share their iCalendar
/// identities with the built-in ones.
pub fn from_reader(src: &str, answer: &[u8], taken: &[String]) -> Load {
    let src = src.to_string();
    match wire::decode_outcome(answer) {
        Some(Outcome::Read(s)) if taken.contains(&s.id) => {
            Load::Failed(LoadMessage::SameId { src, id: s.id })
        }
        Some(Outcome::Read(s)) => Load::Loaded {
            src,
            schedule: Box::new(s),
        },
        Some(Outcome::Rejected { count, first }) => Load::Failed(LoadMessage::Problems {
            src,
            count,
            shown: first,
        }),
        None => Load::Failed(LoadMessage::ReaderUnavailable { src }),
    }
}

/// Reads fetched bytes in this process, as server rendering and the tests do.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(src: &str, bytes: &[u8], taken: &[String]) -> Load {
    from_reader(src, &lich_reader::read(bytes), taken)
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    /// The reader module, as `embed.js` hands it over: a function from the
    /// file's bytes to a promise of the encoded outcome.
    static READER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Sets the function that reads agency files (`embed.js` calls it once).
#[cfg(target_arch = "wasm32")]
pub fn set_reader(f: js_sys::Function) {
    READER.with(|r| *r.borrow_mut() = Some(f));
}

/// Reads fetched bytes with the reader module.
#[cfg(target_arch = "wasm32")]
async fn read_in_module(src: &str, bytes: &[u8]) -> Load {
    let unavailable = || {
        Load::Failed(LoadMessage::ReaderUnavailable {
            src: src.to_string(),
        })
    };
    let Some(f) = READER.with(|r| r.borrow().clone()) else {
        return unavailable();
    };
    let input = js_sys::Uint8Array::from(bytes);
    let Ok(promise) = f.call1(&wasm_bindgen::JsValue::NULL, &input) else {
        return unavailable();
    };
    match wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&promise)).await {
        Ok(answer) => {
            let answer = js_sys::Uint8Array::new(&answer).to_vec();
            from_reader(src, &answer, &crate::schedule::builtin::ids())
        }
        Err(_) => unavailable(),
    }
}

/// Starts loading `src` (if any) and calls `done` with the outcome, unless
/// the returned cleanup ran first: the effect that started the load runs it
/// when `src` changes, so a superseded fetch is aborted and its late answer
/// is never shown over the newer file's.
#[cfg(target_arch = "wasm32")]
pub fn start(
    src: Option<yew::AttrValue>,
    allowed: std::rc::Rc<[String]>,
    done: impl FnOnce(Load) + 'static,
) -> impl FnOnce() {
    use std::cell::Cell;
    use std::rc::Rc;
    let cancelled = Rc::new(Cell::new(false));
    let controller = web_sys::AbortController::new().ok();
    if let (Some(src), Some(abort)) = (src, controller.clone()) {
        let cancelled = cancelled.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let result = match fetch_bytes(&src, &allowed, &abort).await {
                Ok(bytes) => read_in_module(&src, &bytes).await,
                Err(why) => Load::Failed(why),
            };
            if !cancelled.get() {
                done(result);
            }
        });
    }
    move || {
        cancelled.set(true);
        if let Some(c) = controller {
            c.abort();
        }
    }
}

/// Fetches `src` as bytes: only from an allowed origin, without cookies,
/// with no redirect to elsewhere, with a timeout that `abort` also triggers
/// (the widget aborts a fetch that a newer `src` superseded), and reading at
/// most the size limit.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_bytes(
    src: &str,
    allowed: &[String],
    abort: &web_sys::AbortController,
) -> Result<Vec<u8>, LoadMessage> {
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let refused = || LoadMessage::Refused {
        src: src.to_string(),
    };
    let window = web_sys::window().ok_or_else(refused)?;
    let document = window.document().ok_or_else(refused)?;
    let base = document.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| refused())?;
    let page_origin = window.location().origin().unwrap_or_default();
    let origin = url.origin();
    if !crate::embed_options::source_allowed(&origin, &page_origin, allowed) {
        return Err(LoadMessage::OtherOrigin {
            src: src.to_string(),
            origin,
        });
    }
    // A body over the limit is the reader's to name; it is not read.
    let too_large = |bytes: u64| {
        if bytes > crate::schedule::MAX_FILE_BYTES as u64 {
            Err(LoadMessage::TooLarge {
                src: src.to_string(),
                bytes,
            })
        } else {
            Ok(())
        }
    };
    let same = origin.eq_ignore_ascii_case(&page_origin);
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&abort.signal()));
    init.set_credentials(web_sys::RequestCredentials::Omit);
    init.set_mode(if same {
        web_sys::RequestMode::SameOrigin
    } else {
        web_sys::RequestMode::Cors
    });
    // A same-origin URL must not lead elsewhere through an open redirect.
    init.set_redirect(web_sys::RequestRedirect::Error);
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || {
            timed_out.set(true);
            abort.abort();
        })
    };
    let failed = |_| {
        if timed_out.get() {
            LoadMessage::Timeout {
                src: src.to_string(),
                seconds: TIMEOUT_MS / 1000,
            }
        } else {
            refused()
        }
    };
    let response = JsFuture::from(window.fetch_with_str_and_init(&url.href(), &init))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| refused())?;
    if !response.ok() {
        return Err(LoadMessage::Http {
            src: src.to_string(),
            status: response.status(),
        });
    }
    // A body announced as too large is not read at all.
    let announced = response.headers().get("content-length").ok().flatten();
    too_large(announced.and_then(|n| n.trim().parse().ok()).unwrap_or(0))?;
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| refused())?)
        .await
        .map_err(failed)?;
    drop(timer);
    let bytes = js_sys::Uint8Array::new(&buffer);
    too_large(bytes.length().into())?;
    Ok(bytes.to_vec())
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let failed = read("/x.json", b"{", &[]);
        let m = failed.message(Lang::Vi).unwrap();
        assert!(
            m.starts_with("Tệp dữ liệu /x.json có 1 lỗi nên chưa được hiển thị: 1:2 $:"),
            "{m}"
        );
        let m = Load::Failed(LoadMessage::Http {
            src: "/x.json".into(),
            status: 404,
        })
        .message(Lang::En)
        .unwrap();
        assert_eq!(
            m,
            "Could not load the data file /x.json (the server answered HTTP 404); the built-in data is shown."
        );
        let windows_1258 = read("/x.json", b"{\"title\": \"T\xea\xd2t\"}", &[]);
        assert!(windows_1258.message(Lang::Vi).unwrap().contains(
            "1:13 $: tệp không được mã hóa UTF-8 (byte ở vị trí 12, tính từ 0, không hợp lệ)"
        ));
        let taken = read(
            "/x.json",
            crate::schedule::builtin::NATIONAL.as_bytes(),
            &crate::schedule::builtin::ids(),
        );
        assert!(taken
            .message(Lang::En)
            .unwrap()
            .contains("has the id \"vn-national-2024-2026\" of a built-in schedule"));
    }
}
