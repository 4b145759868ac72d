//! Any text given as a schedule file: no panic, no hang; a rejected file
//! always says at least one problem, with a position inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::schedule_json(data));
