//! The Yew shell: components that only paint the pure view models.
//!
//! Nothing here computes dates; [`crate::month_grid`] and [`crate::text`] do.
//! The same components render in the browser (`csr`) and natively with Yew's
//! server renderer (`ssr`), which is how the render tests see them.

mod app;
mod month_view;

pub use app::{App, AppProps};

/// Today in Vietnam (UTC+7), whatever the visitor's device zone: the only
/// place the widget reads the clock.
#[cfg(target_arch = "wasm32")]
pub fn today_in_vietnam() -> Option<chrono::NaiveDate> {
    let ms = js_sys::Date::now() + 7.0 * 3_600_000.0;
    let days = (ms / 86_400_000.0).floor() as i32;
    crate::calendar::JulianDay::new(2_440_588 + days).to_date()
}

/// Mounts the app on `#lich` (or the body) in the browser.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    let props = AppProps {
        today: today_in_vietnam(),
        ..AppProps::default()
    };
    match gloo::utils::document().get_element_by_id("lich") {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(root, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
