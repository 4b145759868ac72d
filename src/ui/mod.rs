//! The Yew shell: components that only paint the pure view models.
//!
//! Nothing here computes dates or words: [`crate::widget`] holds the state
//! machine, [`crate::view`] the view models, [`crate::words`] the words. The
//! same components render in the browser (`csr`) and natively with Yew's
//! server renderer (`ssr`), which is how the render tests see them.

mod agenda_view;
mod app;
mod converter;
mod details;
#[cfg(target_arch = "wasm32")]
mod embed;
mod legend;
pub mod load;
#[cfg(target_arch = "wasm32")]
pub use embed::{mount, prepare_builtin, set_files, Widget};
mod month_view;
pub mod static_month;
mod view;
mod year_view;

pub use app::{App, AppProps};

/// Today in Vietnam (UTC+7), whatever the visitor's device zone: the only
/// place the widget reads the clock.
#[cfg(target_arch = "wasm32")]
pub fn today_in_vietnam() -> Option<chrono::NaiveDate> {
    crate::calendar::day_in_vietnam((js_sys::Date::now() / 1000.0).floor() as i64)
}

/// The flag mark as its word, for pages that may hold no svg
/// (`lich render --noscript --plain`).
pub(crate) fn flag_word(label: &'static str) -> yew::Html {
    yew::html! { <span class="lich-mark lich-mark-flag">{ label }</span> }
}

/// A small Vietnamese flag, labelled for screen readers.
pub(crate) fn flag_icon(label: &'static str) -> yew::Html {
    yew::html! {
        <svg class="lich-flag" viewBox="0 0 30 20" width="18" height="12" role="img" aria-label={label}>
            <rect width="30" height="20" fill="#da251d" />
            <polygon fill="#ffcd00" points="15,4 16.18,7.64 20,7.64 16.91,9.89 18.09,13.53 15,11.28 11.91,13.53 13.09,9.89 10,7.64 13.82,7.64" />
        </svg>
    }
}
