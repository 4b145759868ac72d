//! The line formats of `lich convert` and the embed options: any input
//! gives a result or a message, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::cli_lines(data));
