//! Loading an agency's schedule file (`src`): resolved against the page and
//! allowed only from the page's own origin or one the deployer allowed
//! (checked here), fetched by the file helpers (`static/embed/lich-files.js`),
//! read as strict UTF-8 and checked by the file module (`crates/lich-reader`)
//! — both downloaded only when a widget names a file or a visitor downloads
//! a `.ics` — and merged over the built-in data; or, when it cannot be used,
//! reported in the widget in words while the built-in data stays on screen.
//! The iCalendar download goes through the same helpers (`ics`).

use crate::calendar::names::Lang;
use crate::schedule::{wire, Outcome, Schedule};
use crate::words::{self, LoadMessage};
use std::rc::Rc;

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
        /// The file module's encoding of it, for iCalendar requests.
        encoded: Rc<[u8]>,
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

/// What the file module's answer (an encoded [`Outcome`]) means for the
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
            encoded: Rc::from(answer),
        },
        Some(Outcome::Rejected { count, first }) => Load::Failed(LoadMessage::Problems {
            src,
            count,
            shown: first,
        }),
        None => Load::Failed(LoadMessage::ReaderUnavailable { src }),
    }
}

/// What the file helpers' `done(code, detail, answer)` means (the codes are
/// those of `static/embed/lich-files.js`): the file module's answer when
/// the file was read, else why it was not.
pub fn from_helpers(src: &str, code: u32, detail: f64, answer: Option<Vec<u8>>) -> Load {
    let src_ = || src.to_string();
    match (code, answer) {
        (0, Some(answer)) => from_reader(src, &answer, &crate::schedule::builtin::ids()),
        (1, _) => Load::Failed(LoadMessage::Http {
            src: src_(),
            status: detail as u16,
        }),
        (2, _) => Load::Failed(LoadMessage::Timeout {
            src: src_(),
            seconds: TIMEOUT_MS / 1000,
        }),
        (3, _) => Load::Failed(LoadMessage::Refused { src: src_() }),
        (4, _) => Load::Failed(LoadMessage::TooLarge {
            src: src_(),
            bytes: detail as u64,
        }),
        _ => Load::Failed(LoadMessage::ReaderUnavailable { src: src_() }),
    }
}

/// Reads fetched bytes in this process, as server rendering and the tests do.
#[cfg(not(target_arch = "wasm32"))]
pub fn read(src: &str, bytes: &[u8], taken: &[String]) -> Load {
    from_reader(src, &lich_reader::read(bytes), taken)
}

#[cfg(target_arch = "wasm32")]
mod helpers {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen]
    extern "C" {
        /// The file helpers (`static/embed/lich-files.js`), as `embed.js`
        /// hands them over.
        #[derive(Clone, Debug)]
        pub type Files;

        /// Fetches and reads a file; returns a function that abandons it.
        #[wasm_bindgen(method)]
        pub fn load(
            this: &Files,
            url: &str,
            same_origin: bool,
            timeout_ms: u32,
            max_bytes: u32,
            done: &JsValue,
        ) -> js_sys::Function;

        /// Writes the iCalendar text of an encoded request, as a `blob:`
        /// address (the request is a copy in JavaScript's memory: a view of
        /// the wasm's would not outlive an `await`).
        #[wasm_bindgen(method)]
        pub fn ics(this: &Files, request: &js_sys::Uint8Array, done: &JsValue);
    }

    thread_local! {
        pub static FILES: std::cell::RefCell<Option<Files>> = const { std::cell::RefCell::new(None) };
    }
}

#[cfg(target_arch = "wasm32")]
pub use helpers::Files;

/// Sets the file helpers (`embed.js` calls it once, at start).
#[cfg(target_arch = "wasm32")]
pub fn set_files(files: Files) {
    helpers::FILES.with(|f| *f.borrow_mut() = Some(files));
}

#[cfg(target_arch = "wasm32")]
fn files() -> Option<Files> {
    helpers::FILES.with(|f| f.borrow().clone())
}

/// Starts loading `src` (if any) and calls `done` with the outcome, unless
/// the returned cleanup ran first: the effect that started the load runs it
/// when `src` changes, so a superseded fetch is abandoned and its late
/// answer is never shown over the newer file's. The origin is checked
/// here, before anything is fetched; the file helpers fetch without
/// cookies, with no redirect, within [`TIMEOUT_MS`] and the size limit.
#[cfg(target_arch = "wasm32")]
pub fn start(
    src: Option<yew::AttrValue>,
    allowed: Rc<[String]>,
    done: impl FnOnce(Load) + 'static,
) -> impl FnOnce() {
    use std::cell::Cell;
    use wasm_bindgen::prelude::*;
    let cancelled = Rc::new(Cell::new(false));
    let mut stop: Option<js_sys::Function> = None;
    if let Some(src) = src {
        match checked_url(&src, &allowed) {
            // Nothing is fetched: the effect that asked is told at once.
            Err(why) => done(Load::Failed(why)),
            Ok((url, same_origin)) => {
                let answer = {
                    let cancelled = cancelled.clone();
                    Closure::once_into_js(move |code: u32, detail: f64, bytes: JsValue| {
                        if cancelled.get() {
                            return;
                        }
                        let bytes = bytes
                            .dyn_ref::<js_sys::Uint8Array>()
                            .map(js_sys::Uint8Array::to_vec);
                        done(from_helpers(&src, code, detail, bytes));
                    })
                };
                match files() {
                    Some(f) => {
                        let limit = crate::schedule::MAX_FILE_BYTES as u32;
                        stop = Some(f.load(&url, same_origin, TIMEOUT_MS, limit, &answer));
                    }
                    None => {
                        let unavailable = answer.unchecked_into::<js_sys::Function>();
                        let _ =
                            unavailable.call3(&JsValue::NULL, &5.into(), &0.into(), &JsValue::NULL);
                    }
                }
            }
        }
    }
    move || {
        cancelled.set(true);
        if let Some(stop) = stop {
            let _ = stop.call0(&wasm_bindgen::JsValue::NULL);
        }
    }
}

/// `src` resolved against the page, if its origin is the page's or one the
/// deployer allowed; and whether it is the page's.
#[cfg(target_arch = "wasm32")]
fn checked_url(src: &str, allowed: &[String]) -> Result<(String, bool), LoadMessage> {
    let refused = || LoadMessage::Refused {
        src: src.to_string(),
    };
    let window = gloo::utils::window();
    let base = gloo::utils::document()
        .base_uri()
        .ok()
        .flatten()
        .unwrap_or_default();
    let url = web_sys::Url::new_with_base(src, &base).map_err(|_| refused())?;
    let page_origin = window.location().origin().unwrap_or_default();
    let origin = url.origin();
    if !crate::embed_options::source_allowed(&origin, &page_origin, allowed) {
        return Err(LoadMessage::OtherOrigin {
            src: src.to_string(),
            origin,
        });
    }
    Ok((url.href(), origin.eq_ignore_ascii_case(&page_origin)))
}

/// Asks the file module for the iCalendar text of an encoded
/// [`crate::schedule::wire::IcsRequest`]; `done` gets a `blob:` address
/// of it for the download link, or `None` when the module could not be
/// loaded.
#[cfg(target_arch = "wasm32")]
pub fn ics(request: &[u8], done: impl FnOnce(Option<String>) + 'static) {
    use wasm_bindgen::prelude::*;
    // The same callback shape as `load`'s (one closure type less in the wasm).
    let answer = Closure::once_into_js(move |_: u32, _: f64, text: JsValue| done(text.as_string()));
    match files() {
        Some(f) => f.ics(&js_sys::Uint8Array::from(request), &answer),
        None => {
            let _ = answer.unchecked_into::<js_sys::Function>().call3(
                &JsValue::NULL,
                &5.into(),
                &0.into(),
                &JsValue::NULL,
            );
        }
    }
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
            .contains("has the id \"vn-national\" of a built-in schedule"));
    }
}
