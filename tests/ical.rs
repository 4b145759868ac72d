//! iCalendar export: golden files, RFC 5545 line rules, and an independent
//! parser (the `icalendar` crate) reading the days back as an app would.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use lich::calendar::names::Lang;
use lich::ical::{to_ics, IcsOptions};
use lich::schedule::builtin;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn year_2024(lang: Lang) -> IcsOptions {
    IcsOptions {
        from: d("2024-01-01"),
        to: d("2024-12-31"),
        kinds: vec![],
        lang,
    }
}

#[test]
fn golden_files() {
    assert_eq!(
        to_ics(&builtin::all(), &year_2024(Lang::Vi)),
        include_str!("golden/builtin-2024-vi.ics")
    );
    assert_eq!(
        to_ics(&builtin::soc_trang_tet_2024(), &year_2024(Lang::En)),
        include_str!("golden/soc-trang-tet-2024-en.ics")
    );
}

#[test]
fn lines_follow_rfc_5545() {
    let ics = to_ics(&builtin::all(), &year_2024(Lang::Vi));
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'));
    }
    assert!(ics.contains("X-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n"));
    assert!(ics.contains("REFRESH-INTERVAL;VALUE=DURATION:P1D\r\n"));
}

/// What a calendar app would show: each event's all-day span.
fn spans(ics: &str) -> Vec<(String, NaiveDate, NaiveDate, String)> {
    let cal: Calendar = ics.parse().unwrap();
    cal.components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .map(|e| {
            let day = |x: Option<DatePerhapsTime>| match x {
                Some(DatePerhapsTime::Date(d)) => d,
                other => panic!("not an all-day date: {other:?}"),
            };
            (
                e.get_uid().unwrap().to_string(),
                day(e.get_start()),
                day(e.get_end()),
                e.get_summary().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn an_independent_parser_reads_the_seed_days() {
    let ics = to_ics(&builtin::soc_trang_tet_2024(), &year_2024(Lang::Vi));
    let events = spans(&ics);
    let find = |uid: &str| {
        events
            .iter()
            .find(|e| e.0 == uid)
            .unwrap_or_else(|| panic!("{uid} missing"))
    };
    let tet = find("nghi-tet-20240208@soc-trang-stttt-tet-giap-thin-2024.lich");
    assert_eq!(
        (tet.1, tet.2),
        (d("2024-02-08"), d("2024-02-15")),
        "7 days, exclusive end"
    );
    assert_eq!(tet.3, "Nghỉ Tết Nguyên đán Giáp Thìn (07 ngày liên tục)");
    let flag = find("treo-co-tet-20240208@soc-trang-stttt-tet-giap-thin-2024.lich");
    assert_eq!((flag.1, flag.2), (d("2024-02-08"), d("2024-02-15")));
    let roster = find("han-danh-sach-truc-20240201@soc-trang-stttt-tet-giap-thin-2024.lich");
    assert_eq!((roster.1, roster.2), (d("2024-02-01"), d("2024-02-02")));
    // Undated reports have no occurrence: nothing invented.
    assert!(!events.iter().any(|e| e.0.starts_with("bao-cao")));
    // The deadline's reminder: 16 hours before the all-day start, 08:00 of
    // the day before where the calendar is read (not at midnight).
    assert!(ics.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT16H\r\n"));
    // An ASCII PRODID (its language per export: the golden files); no
    // METHOD without an ORGANIZER.
    assert!(ics
        .lines()
        .all(|l| !l.starts_with("PRODID") || l.is_ascii()));
    assert!(!ics.contains("METHOD:"));
}

#[test]
fn kinds_filter_and_national_swaps() {
    let opts = IcsOptions {
        kinds: vec![lich::schedule::KindCode::MakeUpWorkday],
        ..year_2024(Lang::Vi)
    };
    let events = spans(&to_ics(&builtin::all(), &opts));
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].1, d("2024-05-04"));
}

#[test]
fn escaping_survives_a_round_trip() {
    let text = r#"{"format": 1, "id": "t", "title": "T", "publisher": {"agency": "A"}, "updated": "2024-01-01",
        "events": [{"id": "x", "kind": "festival", "title": "a, b; c \\ d <b>Tết</b>", "date": "2024-01-01"}]}"#;
    let s = lich::schedule::parse_schedule(text).unwrap();
    let events = spans(&to_ics(&s, &year_2024(Lang::Vi)));
    assert_eq!(events[0].3, "a, b; c \\ d <b>Tết</b>");
}

/// One event of every kind reads, expands and exports with its category.
#[test]
fn every_kind_round_trips() {
    let events: Vec<String> = [
        ("holiday", ""),
        ("day_off", r#", "day_off_reason": "compensatory""#),
        ("make_up_workday", ""),
        ("flag", ""),
        ("duty", r#", "duty_types": ["leadership", "shift"], "hours": "24/24""#),
        ("deadline", r#", "due_to": "Sở""#),
        ("report", r#", "report_phase": "during""#),
        ("festival", ""),
        ("observance", ""),
    ]
    .iter()
    .enumerate()
    .map(|(i, (kind, extra))| {
        format!(r#"{{"id": "e{i}", "kind": "{kind}", "title": "{kind}", "date": "2024-03-{:02}", "sources": ["d"]{extra}}}"#, i + 1)
    })
    .collect();
    let text = format!(
        r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2024-01-01",
        "documents": [{{"id": "d", "number": "1/X", "issuer": "I", "date": "2024-01-01", "subject": "S"}}],
        "events": [{}]}}"#,
        events.join(",")
    );
    let s = lich::schedule::parse_schedule(&text).unwrap();
    let ics = to_ics(
        &s,
        &IcsOptions {
            from: d("2024-03-01"),
            to: d("2024-03-31"),
            kinds: vec![],
            lang: Lang::Vi,
        },
    );
    for category in [
        "Ngày lễ",
        "Nghỉ bù",
        "Làm bù",
        "Treo cờ",
        "Trực",
        "Hạn chót",
        "Báo cáo",
        "Lễ hội truyền thống",
        "Ngày kỷ niệm",
    ] {
        assert!(
            ics.contains(&format!("CATEGORIES:{category}\r\n")),
            "{category}"
        );
    }
    assert_eq!(spans(&ics).len(), 9);
}
