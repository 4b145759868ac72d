//! Loading an agency's schedule file (`src`): fetched from the page's own
//! origin (or with CORS), checked, and reported in the widget when it fails,
//! while the built-in data stays on screen.

use crate::calendar::names::Lang;
use crate::schedule::{parse_schedule, Schedule};

/// The state of the agency file.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    /// No file asked for, or not yet fetched.
    Idle,
    /// The file was read.
    Loaded(Box<Schedule>),
    /// It could not be used; the message says why.
    Failed(String),
}

/// How long a fetch may take.
pub const TIMEOUT_MS: u32 = 10_000;

/// Reads fetched text, or says why it cannot be used.
pub fn read(src: &str, text: &str, lang: Lang) -> Load {
    match parse_schedule(text) {
        Ok(s) => Load::Loaded(Box::new(s)),
        Err(problems) => {
            let shown: Vec<String> = problems
                .iter()
                .take(5)
                .map(|p| {
                    format!(
                        "{} {}: {}",
                        p.pos,
                        p.path,
                        if lang == Lang::Vi { &p.vi } else { &p.en }
                    )
                })
                .collect();
            let more = problems.len().saturating_sub(5);
            let head = match lang {
                Lang::Vi => format!(
                    "Tệp dữ liệu {src} có {} lỗi nên chưa được hiển thị:",
                    problems.len()
                ),
                Lang::En => format!(
                    "The data file {src} has {} problem(s) and is not shown:",
                    problems.len()
                ),
            };
            let tail = match (more, lang) {
                (0, _) => String::new(),
                (n, Lang::Vi) => format!(" (và {n} lỗi khác)"),
                (n, Lang::En) => format!(" (and {n} more)"),
            };
            Load::Failed(format!("{head} {}{tail}", shown.join("; ")))
        }
    }
}

/// The message for a file that could not be fetched.
pub fn fetch_failed(src: &str, why: &str, lang: Lang) -> Load {
    Load::Failed(match lang {
        Lang::Vi => {
            format!("Không tải được tệp dữ liệu {src} ({why}); lịch vẫn hiển thị dữ liệu có sẵn.")
        }
        Lang::En => {
            format!("Could not load the data file {src} ({why}); the built-in data is shown.")
        }
    })
}

/// Fetches `src` as text with a timeout and a size limit.
#[cfg(target_arch = "wasm32")]
pub async fn fetch_text(src: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("no window")?;
    let controller = web_sys::AbortController::new().map_err(|_| "no AbortController")?;
    let init = web_sys::RequestInit::new();
    init.set_signal(Some(&controller.signal()));
    let abort = controller.clone();
    let timer = gloo::timers::callback::Timeout::new(TIMEOUT_MS, move || abort.abort());
    let response = JsFuture::from(window.fetch_with_str_and_init(src, &init))
        .await
        .map_err(|_| format!("network error or timeout after {} s", TIMEOUT_MS / 1000))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| "unreadable body")?)
        .await
        .map_err(|_| format!("network error or timeout after {} s", TIMEOUT_MS / 1000))?;
    drop(timer);
    let text = text.as_string().ok_or("not text")?;
    if text.len() > crate::schedule::MAX_FILE_BYTES {
        return Err(format!(
            "{} bytes, over the limit of {}",
            text.len(),
            crate::schedule::MAX_FILE_BYTES
        ));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages() {
        let Load::Failed(m) = read("/x.json", "{", Lang::Vi) else {
            panic!()
        };
        assert!(
            m.starts_with("Tệp dữ liệu /x.json có 1 lỗi nên chưa được hiển thị: 1:2 $:"),
            "{m}"
        );
        let Load::Failed(m) = fetch_failed("/x.json", "HTTP 404", Lang::En) else {
            panic!()
        };
        assert_eq!(
            m,
            "Could not load the data file /x.json (HTTP 404); the built-in data is shown."
        );
    }
}
