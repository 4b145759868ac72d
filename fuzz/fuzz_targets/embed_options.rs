//! Any options a page gives a widget: options and problems, never a panic; what is accepted is within what the widget can show and fetch.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::embed_options(data));
