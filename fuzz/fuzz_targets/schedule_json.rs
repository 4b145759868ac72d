//! Any text given as a schedule file: no panic, no hang; a rejected file
//! always says at least one problem, with a position inside the text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match lich::schedule::parse_schedule(text) {
        Ok(s) => {
            // Expanding a valid file over a year is bounded and sorted.
            let (a, b) = (chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(), chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap());
            let occ = lich::schedule::expand(&s, a, b);
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
});
