//! Browser tests (wasm-bindgen-test in headless Chromium): clicks on the real DOM.
#![cfg(target_arch = "wasm32")]

use lich::ui::{App, AppProps};
use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn mount() -> web_sys::Element {
    let doc = gloo::utils::document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<App>::with_root_and_props(root.clone(), AppProps::default()).render();
    root
}

fn text(root: &web_sys::Element, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap()
}

#[wasm_bindgen_test]
async fn shows_february_2024_and_moves_a_month() {
    let root = mount();
    settle().await;
    assert_eq!(
        root.query_selector_all("td[data-date]").unwrap().length(),
        42
    );
    assert_eq!(
        text(&root, r#"td[data-date="2024-02-10"] .lich-lunar"#),
        "1/1"
    );
    let next: HtmlElement = root
        .query_selector_all(".lich-nav")
        .unwrap()
        .get(1)
        .unwrap()
        .dyn_into()
        .unwrap();
    next.click();
    settle().await;
    assert!(text(&root, "#lich-title").starts_with("Tháng 3/2024"));
    assert_eq!(
        text(&root, r#"td[data-date="2024-03-10"] .lich-lunar"#),
        "1/2"
    );
}

#[wasm_bindgen_test]
async fn clicking_a_day_shows_its_details() {
    let root = mount();
    settle().await;
    let cell: HtmlElement = root
        .query_selector(r#"td[data-date="2024-02-14"] button"#)
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    cell.click();
    settle().await;
    assert!(text(&root, ".lich-details")
        .contains("Thứ Tư, 14/02/2024 — mùng 5 tháng Giêng năm Giáp Thìn"));
}
