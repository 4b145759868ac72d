//! The fuzzers' corpora as regression tests: every input that cargo-fuzz
//! kept in `fuzz/corpus/` for the text targets (the schedule reader, merged
//! schedules, the command-line line formats, the embed options) goes through the same checks as in the
//! fuzz targets (`fuzz/checks.rs`), on every `cargo test`, without nightly.
//! A crash the fuzzer finds is added to the corpus as a file, so it stays
//! checked here.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

#[path = "../fuzz/checks.rs"]
mod checks;

fn replay(target: &str, check: fn(&[u8])) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let data = std::fs::read(&path).unwrap();
        let outcome = std::panic::catch_unwind(|| check(&data));
        assert!(outcome.is_ok(), "{} fails its fuzz check", path.display());
        n += 1;
    }
    n
}

#[test]
fn schedule_json_corpus() {
    assert!(replay("schedule_json", checks::schedule_json) > 100);
}

#[test]
fn cli_lines_corpus() {
    assert!(replay("cli_lines", checks::cli_lines) > 100);
}

#[test]
fn merged_schedule_corpus() {
    assert!(replay("merged_schedule", checks::merged_schedule) > 10);
}

#[test]
fn embed_options_corpus() {
    assert!(replay("embed_options", checks::embed_options) > 3);
}
