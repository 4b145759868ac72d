//! The properties the fuzz targets check, shared with the test suite:
//! `tests/fuzz_corpus.rs` replays the committed corpora of the two text
//! targets through these same functions on every `cargo test`.
// Each fuzz target uses one of them.
#![allow(dead_code)]

/// Any text given as a schedule file: no panic, no hang; a rejected file
/// always says at least one problem, with a position inside the text.
pub fn schedule_json(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match lich_core::schedule::parse_schedule(text) {
        Ok(s) => {
            // Expanding a valid file over a year is bounded and sorted.
            let (a, b) = (
                chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
            );
            let occ = lich_core::schedule::expand(&s, a, b);
            assert!(occ.windows(2).all(|w| w[0].start <= w[1].start));
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            let lines = text.lines().count().max(1) as u32 + 1;
            for p in problems {
                assert!(p.pos.line >= 1 && p.pos.line <= lines, "{p}");
            }
        }
    }
}

/// The line formats of `lich convert` and the embed options: any input
/// gives a result or a message, never a panic.
pub fn cli_lines(data: &[u8]) {
    let Ok(line) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(out) = lich_core::text::convert_line(line) {
        // A converted line converts back to the same day.
        let back = lich_core::text::reverse_line(&out).expect("a converted line reverses");
        assert_eq!(
            back,
            lich_core::text::iso(lich_core::text::parse_solar(line).unwrap())
        );
    }
    let _ = lich_core::text::reverse_line(line);
    let _ = lich_core::text::parse_lunar(line, true);
    let pairs: Vec<(&str, &str)> = line.lines().filter_map(|l| l.split_once('=')).collect();
    let _ = lich_core::embed_options::EmbedOptions::parse(pairs);
}
