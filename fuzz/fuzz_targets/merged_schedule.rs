//! Two schedule files merged: the contradictions between them are exactly the make-up days one file makes of the other's days off.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../checks.rs"]
mod checks;

fuzz_target!(|data: &[u8]| checks::merged_schedule(data));
