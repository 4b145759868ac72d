//! Browser tests (wasm-bindgen-test in headless Chromium): clicks and keys on the real DOM.
#![cfg(target_arch = "wasm32")]

use lich::ui::{App, AppProps};
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// Lets Yew finish every pending render and effect (no fixed sleep).
async fn settle() {
    yew::scheduler::flush().await;
}

#[wasm_bindgen(module = "/static/embed/lich-files.js")]
extern "C" {
    /// The real file helpers, driving the file module given to them.
    fn files(module: &JsValue) -> lich::ui::load::Files;
}

/// The file helpers as `embed.js` installs them, with the file module
/// linked into the test instead of fetched as a module of its own.
fn install_files() {
    let module = Closure::<dyn Fn(String, js_sys::Uint8Array) -> js_sys::Promise>::new(
        |name: String, bytes: js_sys::Uint8Array| {
            let bytes = bytes.to_vec();
            let answer = match name.as_str() {
                "lich_read" => lich_reader::read(&bytes),
                "lich_ics" => lich_reader::ics(&bytes, (js_sys::Date::now() / 1000.0) as i64),
                _ => return js_sys::Promise::reject(&JsValue::from_str("no such export")),
            };
            js_sys::Promise::resolve(&JsValue::from(js_sys::Uint8Array::from(answer.as_slice())))
        },
    );
    lich::ui::set_files(files(module.as_ref()));
    module.forget();
}

/// A same-origin URL of `text` (a blob URL has the page's origin).
fn blob_url(text: &str) -> String {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence(&parts).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

fn mount() -> web_sys::Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
    root
}

fn el(root: &web_sys::Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("{selector} missing"))
        .dyn_into()
        .unwrap()
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    el(root, selector).text_content().unwrap()
}

/// The month grid's cells in order and its first day: cells carry no
/// date of their own, a day is the table's `data-from` plus its place.
fn grid(root: &web_sys::Element) -> (Vec<web_sys::Element>, chrono::NaiveDate) {
    let table = el(root, "table[data-from]");
    let from = table.get_attribute("data-from").unwrap().parse().unwrap();
    let cells = table.query_selector_all("tbody td").unwrap();
    let cells = (0..cells.length())
        .map(|i| cells.get(i).unwrap().dyn_into().unwrap())
        .collect();
    (cells, from)
}

/// The cell of day `iso` (`YYYY-MM-DD`) in the shown month's grid.
fn day(root: &web_sys::Element, iso: &str) -> Option<HtmlElement> {
    let (cells, from) = grid(root);
    let n = (iso.parse::<chrono::NaiveDate>().unwrap() - from).num_days();
    let cell = cells.get(usize::try_from(n).ok()?)?;
    Some(cell.clone().dyn_into().unwrap())
}

/// The text of `selector` inside the cell of day `iso`.
fn day_text(root: &web_sys::Element, iso: &str, selector: &str) -> String {
    let cell = day(root, iso).unwrap_or_else(|| panic!("{iso} not shown"));
    el(&cell, selector).text_content().unwrap()
}

/// Whether the cell of day `iso` holds `selector`.
fn day_has(root: &web_sys::Element, iso: &str, selector: &str) -> bool {
    day(root, iso).is_some_and(|c| c.query_selector(selector).unwrap().is_some())
}

fn key(target: &HtmlElement, key: &str, shift: bool) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_shift_key(shift);
    init.set_bubbles(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

/// The day of the focused cell of the grid under `root`.
fn active_date(root: &web_sys::Element) -> String {
    let active = gloo::utils::document().active_element();
    let (cells, from) = grid(root);
    cells
        .iter()
        .position(|c| Some(c) == active.as_ref())
        .map(|n| (from + chrono::Days::new(n as u64)).to_string())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn shows_february_2024_and_moves_a_month() {
    let root = mount();
    settle().await;
    assert_eq!(grid(&root).0.len(), 42);
    assert_eq!(day_text(&root, "2024-02-10", ".lich-lunar"), "1/1");
    let next = root
        .query_selector_all(".lich-nav")
        .unwrap()
        .get(2)
        .unwrap()
        .dyn_into::<HtmlElement>()
        .unwrap();
    assert_eq!(next.text_content().unwrap(), "Tháng sau ›");
    next.click();
    settle().await;
    assert!(text(&root, "#lich-title").starts_with("Tháng 3/2024"));
    assert_eq!(day_text(&root, "2024-03-10", ".lich-lunar"), "1/2");
}

#[wasm_bindgen_test]
async fn clicking_a_day_shows_its_details() {
    let root = mount();
    settle().await;
    day(&root, "2024-02-01").unwrap().click();
    settle().await;
    let details = text(&root, ".lich-details");
    assert!(
        details.contains("Thứ Năm, 01/02/2024 — 22 tháng Chạp năm Quý Mão"),
        "{details}"
    );
    assert!(details.contains("Hạn gửi danh sách trực lãnh đạo"));
}

#[wasm_bindgen_test]
async fn keyboard_walks_across_a_month_boundary() {
    let root = mount();
    settle().await;
    let cell = day(&root, "2024-02-10").unwrap();
    cell.focus().unwrap();
    assert_eq!(cell.get_attribute("tabindex").as_deref(), Some("0"));
    for _ in 0..3 {
        key(&el(&root, r#"td[tabindex="0"]"#), "ArrowDown", false);
        settle().await;
    }
    assert_eq!(active_date(&root), "2024-03-02");
    assert!(text(&root, "#lich-title").starts_with("Tháng 3/2024"));
    key(&el(&root, r#"td[tabindex="0"]"#), "PageUp", false);
    settle().await;
    assert_eq!(active_date(&root), "2024-02-02");
    key(&el(&root, r#"td[tabindex="0"]"#), "PageDown", true);
    settle().await;
    assert_eq!(active_date(&root), "2025-02-02");
    key(&el(&root, r#"td[tabindex="0"]"#), "Home", false);
    settle().await;
    assert_eq!(active_date(&root), "2025-01-27");
    assert_eq!(
        root.query_selector_all(r#"td[tabindex="0"]"#)
            .unwrap()
            .length(),
        1,
        "one tab stop"
    );
}

#[wasm_bindgen_test]
async fn an_agency_file_is_fetched_and_merged() {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let json = r#"{"format": 1, "id": "t", "title": "T", "publisher": {"agency": "A"}, "updated": "2024-01-01",
        "documents": [{"id": "d", "number": "1/X", "issuer": "I", "date": "2024-01-01", "subject": "S"}],
        "events": [{"id": "due", "kind": "deadline", "title": "Hạn thử", "date": "2024-02-20", "sources": ["d"]}]}"#;
    install_files();
    let props = AppProps {
        src: Some(blob_url(json).into()),
        ..AppProps::default()
    };
    yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    // The fetch goes to the browser: wait for it, a little at a time.
    for _ in 0..100 {
        settle().await;
        yew::platform::time::sleep(Duration::from_millis(20)).await;
        if day_has(&root, "2024-02-20", ".lich-mark-deadline") {
            return;
        }
    }
    let warning = root
        .query_selector(".lich-warning")
        .unwrap()
        .map(|w| w.text_content().unwrap_or_default());
    panic!("the agency deadline never appeared; warning: {warning:?}");
}

#[wasm_bindgen_test]
async fn a_file_on_another_origin_or_a_data_url_is_refused() {
    let doc = gloo::utils::document();
    for src in ["https://evil.example/fake.json", "data:application/json,{}"] {
        let root = doc.create_element("div").unwrap();
        doc.body().unwrap().append_child(&root).unwrap();
        let props = AppProps {
            src: Some(src.into()),
            ..AppProps::default()
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        let mut alert = None;
        for _ in 0..50 {
            settle().await;
            alert = root
                .query_selector("[role=alert]")
                .unwrap()
                .and_then(|a| a.text_content());
            if alert.is_some() {
                break;
            }
            yew::platform::time::sleep(Duration::from_millis(10)).await;
        }
        let alert = alert.unwrap_or_default();
        assert!(alert.contains("nằm ở trang web khác"), "{src}: {alert}");
        assert!(day_has(&root, "2024-02-10", ".lich-mark-off"));
    }
}
