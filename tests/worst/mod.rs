//! The worst cases for the reader's time and memory: files under every
//! limit (1 MiB, 5,000 events, 32 levels) that make the most work. Shared
//! by `tests/hostile.rs` (a bounded report) and `examples/worst_cases.rs`
//! (timed by `scripts/measure.sh`).

use std::io::Write;
use std::path::{Path, PathBuf};

/// Writes the worst cases into `dir` and returns their paths, in this
/// order: 2,500 make-up days each overlapping 2,500 day-off ranges; 5,000
/// array items of the wrong type; 4,000 unknown fields with long names;
/// 5,000 yearly lunar rules (valid); 9,000 documents in a ring of relays
/// and replacements; a chain of 4,000 replacing documents cited by 5,000
/// events (valid).
pub fn worst_cases(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let head = r#"{"format": 1, "id": "x", "title": "X", "publisher": {"agency": "A"}, "updated": "2024-01-01",
        "documents": [{"id": "d", "number": "1", "issuer": "I", "date": "2024-01-01", "subject": "S"}], "events": ["#;
    let write = |name: &str, body: String| {
        let path = dir.join(name);
        std::fs::File::create(&path)
            .unwrap()
            .write_all(body.as_bytes())
            .unwrap();
        path
    };
    let day = |n: u64| {
        chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
            .unwrap()
            .checked_add_days(chrono::Days::new(n))
            .unwrap()
    };
    // 2,500 make-up days and 2,500 day-off ranges that all overlap them.
    let mut events = Vec::new();
    for i in 0..2500u64 {
        events.push(format!(r#"{{"id": "w{i}", "kind": "make_up_workday", "title": "W", "date": "{}", "sources": ["d"]}}"#, day(i % 700)));
        events.push(format!(r#"{{"id": "o{i}", "kind": "day_off", "title": "O", "from": "2024-01-01", "to": "2025-12-31", "sources": ["d"]}}"#));
    }
    let overlap = write(
        "overlap-2500x2500.json",
        format!("{head}{}]}}", events.join(",")),
    );
    // Every item of a long array the wrong type: one problem per item.
    let mut bad = String::from(head);
    bad.push_str(&vec!["1"; 5000].join(","));
    bad.push_str("]}");
    let wrong = write("wrong-type-5000.json", bad);
    // Unknown fields with long names, each one a typo check.
    let long = "k".repeat(100);
    let fields: Vec<String> = (0..4000).map(|i| format!(r#""{long}{i}": 1"#)).collect();
    let unknown = write(
        "unknown-fields.json",
        format!(r#"{{{}}}"#, fields.join(",")),
    );
    // 5,000 yearly rules (each expands every year).
    let rules: Vec<String> = (0..5000)
        .map(|i| format!(r#"{{"id": "r{i}", "kind": "festival", "title": "R", "lunar": {{"month": {}, "day": {}}}}}"#, i % 12 + 1, i % 29 + 1))
        .collect();
    let yearly = write(
        "yearly-rules-5000.json",
        format!("{head}{}]}}", rules.join(",")),
    );
    // Documents that name each other: 9,000 in a ring of relays and of
    // replacements (each cycle said once), and a valid chain of 4,000, each
    // replacing the next, cited by 5,000 events, all but the first
    // document's left out of what is shown.
    let doc = |i: usize, n: usize, link: &str| {
        format!(r#"{{"id": "d{i}", "number": "{i}", "issuer": "I", "subject": "S", {link}}}"#)
            .replace("NEXT", &format!("d{}", (i + 1) % n))
    };
    let ring: Vec<String> = (0..9000)
        .map(|i| doc(i, 9000, r#""relays": "NEXT", "supersedes": ["NEXT"]"#))
        .collect();
    let ring = write(
        "document-ring-9000.json",
        format!(
            r#"{{"format": 1, "id": "x", "title": "X", "publisher": {{"agency": "A"}}, "updated": "2024-01-01", "documents": [{}], "events": []}}"#,
            ring.join(",")
        ),
    );
    let chain: Vec<String> = (0..4000)
        .map(|i| match i {
            3999 => doc(i, 4000, r#""date": "2024-01-01""#),
            _ => doc(i, 4000, r#""supersedes": ["NEXT"]"#),
        })
        .collect();
    let cites: Vec<String> = (0..5000)
        .map(|i| format!(r#"{{"id": "e{i}", "kind": "deadline", "title": "E", "date": "{}", "sources": ["d{}"]}}"#, day(i % 700), i % 4000))
        .collect();
    let chain = write(
        "document-chain-4000.json",
        format!(
            r#"{{"format": 1, "id": "x", "title": "X", "publisher": {{"agency": "A"}}, "updated": "2024-01-01", "documents": [{}], "events": [{}]}}"#,
            chain.join(","),
            cites.join(",")
        ),
    );
    vec![overlap, wrong, unknown, yearly, ring, chain]
}
