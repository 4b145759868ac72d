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
    let o = EmbedOptions::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    let mut warnings = o.warnings();
    if o.address_named_data {
        warnings.push(crate::words::of(o.lang).load(&crate::words::LoadMessage::QueryIgnored));
    }
    AppProps {
        initial: o.month,
        today: super::today_in_vietnam(),
        lang: o.lang,
        view: o.view,
        week_start: o.week_start,
        src: o.src.map(Into::into),
        allow_origins: Rc::from(o.allow_origins),
        replace: o.replace,
        filter: o.filter,
        compact: o.compact,
        warnings: Rc::from(warnings),
        ..AppProps::default()
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

/// Hands over the reader module (`embed.js` calls it once, before any
/// widget names a file): a function from a file's bytes to a promise of the
/// encoded outcome of reading them.
#[wasm_bindgen]
pub fn set_reader(read: js_sys::Function) {
    super::load::set_reader(read);
}

/// Mounts a widget inside `element` with `options` (an object of option
/// name → string, see [`crate::embed_options`]).
#[wasm_bindgen]
pub fn mount(element: web_sys::Element, options: &js_sys::Object) -> Widget {
    Widget {
        handle: Some(yew::Renderer::<App>::with_root_and_props(element, props(options)).render()),
    }
}
