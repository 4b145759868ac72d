//! The JavaScript-facing API that `embed.js` calls: mount a widget on an
//! element with options, update its options, destroy it.

use super::app::{App, AppProps};
use crate::embed_options::EmbedOptions;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use yew::AppHandle;

fn props(options: &js_sys::Object) -> AppProps {
    let pairs: Vec<(String, String)> = js_sys::Object::entries(options)
        .iter()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((
                pair.get(0).as_string()?,
                pair.get(1).as_string().unwrap_or_default(),
            ))
        })
        .collect();
    let mut o = EmbedOptions::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    // A single-language build speaks its language (embed.js mounts the
    // build of the language asked for; this only guards against a mix-up).
    if let Some(only) = crate::words::ONLY {
        o.lang = only;
    }
    let mut warnings = o.warnings();
    if o.address_named_data {
        warnings.push(crate::words::of(o.lang).load(&crate::words::LoadMessage::QueryIgnored));
    }
    AppProps {
        opening: o.opening,
        today: super::today_in_vietnam(),
        lang: o.lang,
        view: o.view,
        week_start: o.week_start,
        src: o.src.map(Into::into),
        feed: o.feed.map(Into::into),
        allow_origins: Rc::from(o.allow_origins),
        replace: o.replace,
        filter: o.filter,
        compact: o.compact,
        warnings: Rc::from(warnings),
        ..AppProps::default()
    }
}

/// Asks the loader to show this widget in another language: a
/// `lich:language` event from the widget, which crosses the shadow root to
/// the host element, with the options that reopen it there
/// ([`crate::widget::WidgetState::options_in`]). `embed.js` mounts the
/// other language's build in its place.
pub(crate) fn ask_for_language(e: &web_sys::MouseEvent, options: &[(&'static str, String)]) {
    let detail = js_sys::Object::new();
    for (k, v) in options {
        let _ = js_sys::Reflect::set(&detail, &(*k).into(), &v.into());
    }
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let (Some(target), Ok(event)) = (
        e.target(),
        web_sys::CustomEvent::new_with_event_init_dict("lich:language", &init),
    ) {
        let _ = target.dispatch_event(&event);
    }
}

/// A mounted widget.
#[wasm_bindgen]
pub struct Widget {
    handle: Option<AppHandle<App>>,
}

impl core::fmt::Debug for Widget {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Widget")
            .field("mounted", &self.handle.is_some())
            .finish()
    }
}

#[wasm_bindgen]
impl Widget {
    /// Applies new options (an object of option name → string).
    pub fn update(&mut self, options: &js_sys::Object) {
        if let Some(h) = self.handle.as_mut() {
            h.update(props(options));
        }
    }

    /// Removes the widget.
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
    }
}

/// Reads the built-in data now (once per page), so that the first `mount`
/// does not: `embed.js` calls it as soon as the module is ready, often while
/// the page is still being parsed.
#[wasm_bindgen]
pub fn prepare_builtin() {
    crate::schedule::builtin::shared();
}

/// Hands over the file helpers (`embed.js` calls it once, before any widget
/// names a file): `load` fetches and reads an agency file, `ics` writes an
/// iCalendar download (see `static/embed/lich-files.js`).
#[wasm_bindgen]
pub fn set_files(files: super::load::Files) {
    super::load::set_files(files);
}

/// Mounts a widget inside `element` with `options` (an object of option
/// name → string, see [`crate::embed_options`]).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: &js_sys::Object) -> Widget {
    Widget {
        handle: Some(yew::Renderer::<App>::with_root_and_props(element, props(options)).render()),
    }
}
