//! The properties the fuzz targets check, shared with the test suite:
//! `tests/fuzz_corpus.rs` replays the committed corpora of the two text
//! targets through these same functions on every `cargo test`.
// Each fuzz target uses one of them.
#![allow(dead_code)]

/// Any bytes given as a schedule file: no panic, no hang; bytes that are
/// not UTF-8 are named with an offset inside them; a rejected file always
/// says at least one problem, with a position inside the text; an accepted
/// one survives the compact form the widget receives it in.
pub fn schedule_json(data: &[u8]) {
    use lich_core::schedule::{parse_schedule_bytes, wire, Outcome, ProblemKind};
    match parse_schedule_bytes(data) {
        Ok(s) => {
            // Expanding a valid file over a year is bounded and sorted.
            let (a, b) = (
                chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap(),
                chrono::NaiveDate::from_ymd_opt(2024, 12, 31).unwrap(),
            );
            let occ = lich_core::schedule::expand(&s, a, b);
            assert!(occ.windows(2).all(|w| w[0].start <= w[1].start));
            assert_eq!(wire::decode(&wire::encode(&s)).as_ref(), Some(&s));
            // Written back out, it reads the same.
            let written = lich_core::schedule::write::to_json(&s);
            assert_eq!(
                lich_core::schedule::parse_schedule(&written).as_ref(),
                Ok(&s),
                "{written}"
            );
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            assert!(problems.len() <= lich_core::schedule::MAX_PROBLEMS + 1);
            let text = String::from_utf8_lossy(data);
            let lines = text.lines().count().max(1) as u32 + 1;
            for p in &problems {
                assert!(p.pos.line >= 1 && p.pos.line <= lines, "{p}");
                if let ProblemKind::NotUtf8 { offset, .. } = p.kind {
                    assert!(offset < data.len() && std::str::from_utf8(&data[..offset]).is_ok());
                }
            }
        }
    }
    // What the reader module hands the widget decodes to the same answer.
    let outcome = lich_core::schedule::outcome(data);
    assert_eq!(
        wire::decode_outcome(&wire::encode_outcome(&outcome)),
        Some(outcome.clone())
    );
    if let Outcome::Rejected { count, first } = outcome {
        assert!(count >= first.len() && !first.is_empty());
    }
}

/// Two schedule files merged, as an agency file over the built-in data:
/// the contradictions found between them are exactly the make-up days of
/// one file that a day off of the other covers.
pub fn merged_schedule(data: &[u8]) {
    use lich_core::schedule::{conflicts, parse_schedule_bytes, Kind, When};
    let cut = data.iter().position(|&b| b == 0).unwrap_or(data.len() / 2);
    let (a, b) = (&data[..cut], data.get(cut + 1..).unwrap_or_default());
    let (Ok(first), Ok(second)) = (parse_schedule_bytes(a), parse_schedule_bytes(b)) else {
        return;
    };
    let merged = first.merged_with(&second);
    let span = |e: &lich_core::schedule::Event| match e.when {
        When::Day(d) => Some((d, d)),
        When::Range(x, y) => Some((x, y)),
        _ => None,
    };
    let found = conflicts::between_files(&merged.events);
    for c in &found {
        let event = |(origin, id): &(String, String)| {
            merged
                .events
                .iter()
                .find(|e| &e.origin == origin && &e.id == id)
                .unwrap()
        };
        let (w, o) = (event(&c.work), event(&c.off));
        assert!(matches!(w.kind, Kind::MakeUpWorkday { .. }));
        assert!(matches!(o.kind, Kind::DayOff(_)));
        assert_ne!(w.origin, o.origin);
        for e in [w, o] {
            let (x, y) = span(e).unwrap();
            assert!(x <= c.day && c.day <= y, "{c:?}");
        }
    }
    // Every make-up day of one file overlapped by a day off of the other is
    // found once (small files: compare with every pair).
    if merged.events.len() <= 200 {
        let expected = merged
            .events
            .iter()
            .filter(|w| matches!(w.kind, Kind::MakeUpWorkday { .. }))
            .filter(|w| {
                merged.events.iter().any(|o| {
                    matches!(o.kind, Kind::DayOff(_))
                        && span(w)
                            .zip(span(o))
                            .is_some_and(|((a, b), (c, d))| a <= d && c <= b)
                })
            })
            .count();
        let in_file = conflicts::off_and_worked(&merged.events).len();
        assert_eq!(in_file, expected);
        assert!(found.len() <= in_file);
    }
}

/// The options a page gives a widget (and `embed.js` passes on): any names
/// and values give options and problems, never a panic; what is accepted
/// is within what the widget can show and fetch.
pub fn embed_options(data: &[u8]) {
    use lich_core::embed_options::{source_allowed, EmbedOptions};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let pairs: Vec<(&str, &str)> = text.lines().filter_map(|l| l.split_once('=')).collect();
    let o = EmbedOptions::parse(pairs.iter().copied());
    if let lich_core::widget::Opening::Month(d) | lich_core::widget::Opening::Day(d) = o.opening {
        assert!(lich_core::calendar::RANGE.contains(&d));
    }
    if let Some(src) = &o.src {
        assert!(!src.is_empty() && !src.chars().any(char::is_control));
        let lower = src.to_ascii_lowercase();
        assert!(!lower.starts_with("javascript:") && !lower.starts_with("data:"));
    }
    for origin in &o.allow_origins {
        assert!(origin.starts_with("https://") || origin.starts_with("http://"));
        assert!(!origin[8..].contains('/'), "{origin}");
    }
    for lang in lich_core::calendar::names::Lang::ALL {
        let _ =
            EmbedOptions::parse(pairs.iter().copied().chain([("lang", lang.code())])).warnings();
    }
    // An origin is allowed only if it is the page's or on the list.
    let page = "https://soctrang.gov.vn";
    if source_allowed(text, page, &o.allow_origins) {
        let lower = text.to_ascii_lowercase();
        assert!(lower == page || o.allow_origins.contains(&lower));
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
