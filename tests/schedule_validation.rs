//! The catalogue of bad inputs, each with the message it must produce, and
//! the published JSON Schema agreeing with the validator.
#![cfg(not(target_arch = "wasm32"))]

use lich::calendar::names::Lang;
use lich::schedule::{builtin, parse_schedule, Problem, MAX_EVENTS};

fn problems(text: &str) -> Vec<Problem> {
    parse_schedule(text).expect_err("the file must be rejected")
}

/// (line:column, JSON path, the English message) for each planted error.
#[test]
fn planted_errors_are_all_reported_with_their_place() {
    let found: Vec<(String, String, String)> = problems(include_str!("data/bad/planted.json"))
        .into_iter()
        .map(|p| (p.pos.to_string(), p.path.clone(), p.message(Lang::En)))
        .collect();
    let expected = [
        ("8:110", "$.documents[0].url", "\"javascript:alert(1)\" is not an allowed link (must start with https:// or http://, without spaces or quotes)"),
        ("9:5", "$.documents[1].id", "id \"tb-1\" is used twice"),
        ("12:26", "$.events[0].kind", "unknown value \"holiday_off\"; allowed: holiday, day_off, make_up_workday, flag, duty, deadline, report, festival, observance, service"),
        ("13:83", "$.events[1].to", "the range ends (2024-02-08) before it starts (2024-02-14)"),
        ("14:64", "$.events[2].date", "2600-01-01 is outside the supported range 1800-01-01 to 2399-12-31"),
        ("15:67", "$.events[3].lunar", "day 30 does not exist in 29-day months: add \"missing_day\": \"last_day\" or \"skip\""),
        ("16:79", "$.events[4].lunar.month", "13 is not a whole number from 1 to 12"),
        ("17:5", "$.events[5].id", "id \"e\" is used twice"),
        // At the citation, not at the event's brace.
        ("18:95", "$.events[6].sources", "event \"f\" cites document \"khong-co\", which is not in \"documents\""),
        ("20:5", "$.events[8]", "2024-05-04 is both a make-up working day (\"h\") and a day off (\"g\")"),
        ("21:68", "$.events[9].date", "solar date 2024-02-30 does not exist: 2024-02 has no day 30"),
        ("22:5", "$.events[10]", "an event needs exactly one of \"date\", \"from\"+\"to\", \"lunar\", \"solar\" or \"undated\""),
        ("22:54", "$.events[10].form", "unknown field \"form\" (did you mean \"from\"?); allowed: id, kind, title, description, date, from, to, lunar, solar, undated, sources, audience, who, contacts, time, begins, composition, confidence, day_off_reason, duty_types, hours, due_to, channels, report_phase, daily, makes_up, occasion, occasion_year, supersedes, statute"),
        ("23:5", "$.events[11]", "missing required field \"title\""),
    ];
    let expected: Vec<(String, String, String)> = expected
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(found, expected);
}

#[test]
fn every_problem_is_also_in_vietnamese() {
    for p in problems(include_str!("data/bad/planted.json")) {
        let (vi, en) = (p.message(Lang::Vi), p.message(Lang::En));
        assert!(!vi.is_empty() && vi != en, "{p}");
    }
    let p = &problems(include_str!("data/bad/types.json"))[1];
    assert_eq!(p.message(Lang::Vi), "cần một chuỗi \"…\", gặp một số");
}

#[test]
fn malformed_json_points_at_the_missing_comma() {
    let p = problems(include_str!("data/bad/syntax.json"));
    assert_eq!(p.len(), 1);
    assert_eq!(
        (p[0].pos.to_string(), p[0].message(Lang::En).as_str()),
        (
            "4:3".into(),
            "expected ',' or '}' in an object (a comma may be missing)"
        )
    );
}

#[test]
fn wrong_types() {
    let found: Vec<String> = problems(include_str!("data/bad/types.json"))
        .into_iter()
        .map(|p| format!("{} {}: {}", p.pos, p.path, p.message(Lang::En)))
        .collect();
    assert_eq!(
        found,
        [
            "2:13 $.format: this reader knows format 1 only: write \"format\": 1",
            "3:9 $.id: expected a string, found a number",
            "4:12 $.title: missing required field \"vi\"",
            "5:16 $.publisher: expected an object, found a string",
            "6:14 $.updated: cannot read \"15/01/2024\": expected a date YYYY-MM-DD",
            "7:13 $.events: expected an array, found an object",
        ]
    );
}

fn minimal(events: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2024-01-01", "events": [{events}]}}"#
    )
}

/// A file with one document, `d`, and these events (the array's inside).
fn with_document(events: &str) -> String {
    format!(
        r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2026-01-01",
  "documents": [{{"id": "d", "number": "1/TB", "issuer": "A", "subject": "S"}}],
  "events": [{events}]}}"#
    )
}

/// The `.ics` of 2026 of `s`, in `lang`, with its folded lines unfolded.
fn ics_2026(s: &lich::schedule::Schedule, lang: Lang) -> String {
    ics_of_year(s, 2026, lang)
}

/// The `.ics` of `year` of `s`, in `lang`, with its folded lines unfolded.
fn ics_of_year(s: &lich::schedule::Schedule, year: i32, lang: Lang) -> String {
    let day = |m, d| chrono::NaiveDate::from_ymd_opt(year, m, d).unwrap();
    let options = lich::ical::IcsOptions {
        from: day(1, 1),
        to: day(12, 31),
        kinds: vec![],
        lang,
        stamp: day(1, 1).and_hms_opt(0, 0, 0).unwrap(),
    };
    lich::ical::to_ics(s, &options).replace("\r\n ", "")
}

/// `s` written then read, and in the compact form, is `s`; the text written.
fn round_trips(s: &lich::schedule::Schedule) -> String {
    let written = lich::schedule::write::to_json(s);
    assert_eq!(parse_schedule(&written).as_ref(), Ok(s), "{written}");
    let wire = lich::schedule::wire::decode(&lich::schedule::wire::encode(s));
    assert_eq!(wire.as_ref(), Some(s), "the compact form");
    written
}

#[test]
fn size_and_depth_limits() {
    let huge = " ".repeat(lich::schedule::MAX_FILE_BYTES + 1);
    assert_eq!(
        problems(&huge)[0].message(Lang::En),
        "the file is 1048577 bytes; the limit is 1048576 bytes (1 MiB)"
    );
    let deep = "[".repeat(40) + &"]".repeat(40);
    assert_eq!(
        problems(&deep)[0].message(Lang::En),
        "arrays and objects nest deeper than 32 levels"
    );
    let one = r#"{"id": "x", "kind": "festival", "title": "X", "date": "2024-01-01"}"#;
    let many = vec![one; MAX_EVENTS + 1].join(",");
    assert_eq!(
        problems(&minimal(&many))[0].message(Lang::En),
        "5001 events; the limit is 5000"
    );
}

#[test]
fn official_kinds_need_a_source_and_reports_a_phase() {
    let p = problems(&minimal(
        r#"{"id": "x", "kind": "day_off", "title": "X", "date": "2024-01-01"}"#,
    ));
    assert_eq!(
        p[0].message(Lang::En),
        "event \"x\" of kind \"day_off\" must cite at least one document in \"sources\""
    );
    let p = problems(&minimal(
        r#"{"id": "x", "kind": "report", "title": "X", "undated": "no date", "sources": []}"#,
    ));
    assert!(
        p.iter().any(|p| p.message(Lang::En)
            == "a report needs \"report_phase\": before, during, after or incident"),
        "{p:?}"
    );
}

#[test]
fn html_in_titles_is_kept_as_text() {
    let s = parse_schedule(&minimal(r#"{"id": "x", "kind": "festival", "title": "<script>alert(1)</script>", "date": "2024-01-01"}"#)).unwrap();
    assert_eq!(s.events[0].title.vi, "<script>alert(1)</script>");
}

#[test]
fn a_missing_lunar_day_must_say_what_to_do() {
    let ok = parse_schedule(&minimal(
        r#"{"id": "x", "kind": "festival", "title": "X", "lunar": {"month": 12, "day": 30, "missing_day": "skip"}}"#,
    ));
    assert!(ok.is_ok());
}

// ---------------------------------------------------------------------------
// The JSON Schema agrees: built-in files pass it, every bad file fails it.

fn schema() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../static/schedule.schema.json")).unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn schema_accepts(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok_and(|v| schema().is_valid(&v))
}

#[test]
fn builtin_files_pass_the_schema() {
    for (name, text) in builtin::FILES {
        let v: serde_json::Value = serde_json::from_str(text).unwrap();
        let errors: Vec<String> = schema()
            .iter_errors(&v)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn bad_files_fail_the_schema_and_the_validator() {
    let bad = [
        include_str!("data/bad/planted.json"),
        include_str!("data/bad/syntax.json"),
        include_str!("data/bad/types.json"),
        &minimal(r#"{"id": "x", "kind": "day_off", "title": "X", "date": "2024-01-01"}"#),
        &minimal(
            r#"{"id": "x", "kind": "festival", "title": "X", "lunar": {"month": 12, "day": 30}}"#,
        ),
        &minimal(
            r#"{"id": "x", "kind": "festival", "title": "X", "date": "2024-01-01", "from": "2024-01-01", "to": "2024-01-02"}"#,
        ),
        &minimal(
            r#"{"id": "x", "kind": "festival", "title": "X", "date": "2024-01-01", "colour": "red"}"#,
        ),
        &minimal(
            r#"{"id": "x", "kind": "report", "title": "X", "undated": "u", "sources": ["d"]}"#,
        ),
        &minimal(
            r#"{"id": "x", "kind": "festival", "title": "X", "date": "2024-01-01", "due_to": "Sở"}"#,
        ),
    ];
    for text in bad {
        assert!(parse_schedule(text).is_err(), "validator accepted {text}");
        assert!(!schema_accepts(text), "schema accepted {text}");
    }
}

/// A document whose date is not known (a press copy, a law cited by name)
/// leaves `"date"` out; a blank date says how to write that.
#[test]
fn a_document_without_its_date() {
    let file = |date: &str| {
        format!(
            r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2024-01-01",
  "documents": [{{"id": "tb", "number": "154/TB-UBND", "issuer": "UBND tỉnh", {date}"subject": "Nghỉ lễ"}}],
  "events": [{{"id": "e", "kind": "day_off", "title": "Nghỉ", "date": "2025-04-30", "sources": ["tb"]}}]}}"#
        )
    };
    let s = parse_schedule(&file("")).expect("a document may leave its date out");
    assert_eq!(s.documents[0].date, lich::schedule::DocDate::Unknown);
    let written = lich::schedule::write::to_json(&s);
    assert!(!written.contains("\"date\": \"\""), "{written}");
    assert_eq!(parse_schedule(&written), Ok(s.clone()), "written then read");
    let wire = lich::schedule::wire::decode(&lich::schedule::wire::encode(&s));
    assert_eq!(wire.as_ref(), Some(&s), "the compact form keeps it");
    let p = problems(&file(r#""date": " ", "#));
    assert_eq!(
        p.len(),
        2,
        "the blank date, and once that the event cites it: {p:?}"
    );
    assert_eq!(p[0].path, "$.documents[0].date");
    assert_eq!(p[1].path, "$.events[0].sources");
    assert_eq!(
        p[0].message(Lang::En),
        "is blank: if the document's date is not known, leave \"date\" out (a date known only to the month is written YYYY-MM)"
    );
}

/// The schema's lists of codes are the core's code tables, in their order:
/// a code added to one and not the other fails here.
#[test]
fn the_schema_lists_the_core_codes() {
    use lich::schedule::{Audience, Confidence, DayOffReason, DutyType, KindCode, ReportPhase};
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../static/schedule.schema.json")).unwrap();
    let event = &schema["$defs"]["event"]["properties"];
    let listed = |v: &serde_json::Value| -> Vec<String> {
        let list = v["enum"].as_array().or(v["items"]["enum"].as_array());
        list.expect("an enum")
            .iter()
            .map(|c| c.as_str().unwrap().to_string())
            .collect()
    };
    let document = &schema["$defs"]["document"]["properties"];
    assert_eq!(
        listed(&document["status"]),
        lich::schedule::DocStatus::CODES,
        "status"
    );
    for (field, codes) in [
        ("kind", KindCode::CODES),
        ("who", Audience::CODES),
        ("duty_types", DutyType::CODES),
        ("confidence", Confidence::CODES),
        ("day_off_reason", DayOffReason::CODES),
        ("report_phase", ReportPhase::CODES),
        ("channels", lich::schedule::Channel::CODES),
        ("begins", lich::schedule::DayPart::CODES),
    ] {
        assert_eq!(listed(&event[field]), codes, "{field}");
    }
    // A file with codes the schema and the validator both accept.
    let file = r#"{"format": 1, "id": "t", "title": "T", "publisher": {"agency": "A"}, "updated": "2026-01-01",
      "documents": [{"id": "d", "number": "1/TB", "issuer": "A", "subject": "S"}],
      "events": [{"id": "e", "kind": "day_off", "day_off_reason": "holiday", "title": "Học sinh nghỉ", "date": "2026-01-05",
        "who": ["pupils"], "sources": ["d"]}]}"#;
    assert!(schema_accepts(file));
    let who = parse_schedule(file).unwrap().events[0].who;
    assert_eq!(who.iter().collect::<Vec<_>>(), [Audience::Pupils]);
    let bad = file.replace(r#"["pupils"]"#, r#"["hoc-sinh"]"#);
    assert!(!schema_accepts(&bad));
    let p = problems(&bad);
    assert_eq!(p[0].path, "$.events[0].who[0]");
    assert!(
        p[0].message(Lang::Vi).contains("hoc-sinh"),
        "{}",
        p[0].message(Lang::Vi)
    );
}

/// A time of day: `HH:MM` on an event of one `date`; the schema and the
/// validator agree, and a clerk's "9h" or a time on a range is told how.
#[test]
fn a_time_of_day_on_a_dated_event() {
    let file = |time: &str, when: &str| {
        format!(
            r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2026-01-01",
      "documents": [{{"id": "d", "number": "1/TB", "issuer": "A", "subject": "S"}}],
      "events": [{{"id": "e", "kind": "report", "report_phase": "before", "title": "Báo cáo", {when},
        "time": "{time}", "sources": ["d"]}}]}}"#
        )
    };
    let good = file("09:00", r#""date": "2024-02-07""#);
    assert!(schema_accepts(&good));
    let s = parse_schedule(&good).unwrap();
    assert_eq!(
        s.events[0].time.map(|t| (t.hour(), t.minute())),
        Some((9, 0))
    );
    for bad in ["9h", "24:00", "09:60", "9:00"] {
        let text = file(bad, r#""date": "2024-02-07""#);
        assert!(!schema_accepts(&text), "{bad}");
        let p = problems(&text);
        assert_eq!(p[0].path, "$.events[0].time");
        assert!(
            p[0].message(Lang::Vi).contains("HH:MM"),
            "{}",
            p[0].message(Lang::Vi)
        );
    }
    let range = file("09:00", r#""from": "2024-02-07", "to": "2024-02-08""#);
    let p = problems(&range);
    assert_eq!(p[0].path, "$.events[0].time");
    assert_eq!(p[0].message(Lang::En), "\"time\" needs \"date\"");
}

/// The schema too refuses a time on a range.
#[test]
fn the_schema_wants_a_date_for_a_time() {
    let range = r#"{"format": 1, "id": "t", "title": "T", "publisher": {"agency": "A"}, "updated": "2026-01-01",
      "documents": [{"id": "d", "number": "1/TB", "issuer": "A", "subject": "S"}],
      "events": [{"id": "e", "kind": "flag", "title": "Treo cờ", "from": "2024-02-07", "to": "2024-02-08",
        "time": "06:00", "sources": ["d"]}]}"#;
    assert!(!schema_accepts(range));
    assert!(schema_accepts(&range.replace(r#""time": "06:00", "#, "")));
}

/// Every kind that states a decision must cite a document, in the schema
/// as in the validator: an event of each kind without `sources` is refused
/// by both or by neither.
#[test]
fn the_schema_and_the_validator_agree_on_what_must_cite() {
    use lich::schedule::KindCode;
    for code in KindCode::CODES {
        let extra = match *code {
            "day_off" => r#""day_off_reason": "holiday", "#,
            "report" => r#""report_phase": "before", "#,
            _ => "",
        };
        let file = format!(
            r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2026-01-01",
          "events": [{{"id": "e", "kind": "{code}", {extra}"title": "X", "date": "2026-01-05"}}]}}"#
        );
        let validator = parse_schedule(&file).is_ok();
        assert_eq!(schema_accepts(&file), validator, "{code}");
    }
}

/// A commune's file after a national decision: the province's notice of
/// one day off is superseded by the decision, an earlier notice of the
/// commune's is withdrawn, and the commune's notice relays the province's
/// relay of the ministry's.
const STANDING: &str = r#"{"format": 1, "id": "xa-thu", "title": "Xã Thử", "publisher": {"agency": "UBND xã Thử"}, "updated": "2025-12-26",
  "documents": [
    {"id": "tinh-200", "number": "200/TB-UBND", "issuer": "UBND tỉnh", "date": "2025-12-05", "subject": "Nghỉ Tết Dương lịch 2026"},
    {"id": "vpcp", "number": "12729/VPCP-KGVX", "issuer": "Văn phòng Chính phủ", "date": "2025-12-25",
     "subject": "Hoán đổi ngày làm việc dịp Tết Dương lịch 2026", "supersedes": ["tinh-200"]},
    {"id": "xa-5", "number": "5/TB-UBND", "issuer": "UBND xã Thử", "date": "2025-12-10", "subject": "Lịch tiếp dân", "status": "withdrawn"},
    {"id": "bo", "number": "5015/TB-LĐTBXH", "issuer": "Bộ Lao động", "date": "2025-11-20", "subject": "Nghỉ Tết"},
    {"id": "tinh-210", "number": "210/TB-UBND", "issuer": "UBND tỉnh", "date": "2025-12-26", "subject": "Nghỉ Tết", "relays": "bo"},
    {"id": "xa-9", "number": "9/TB-UBND", "issuer": "UBND xã Thử", "date": "2025-12-26", "subject": "Nghỉ Tết", "relays": "tinh-210"}],
  "events": [
    {"id": "mot-ngay", "kind": "day_off", "title": "Nghỉ Tết Dương lịch", "date": "2026-01-01", "sources": ["tinh-200"]},
    {"id": "hoan-doi", "kind": "day_off", "day_off_reason": "swap", "title": "Nghỉ hoán đổi", "date": "2026-01-02", "sources": ["tinh-200", "vpcp"]},
    {"id": "tiep-dan", "kind": "service", "title": "Tạm dừng tiếp dân", "date": "2025-12-31", "sources": ["xa-5"]},
    {"id": "le", "kind": "day_off", "title": "Tết Dương lịch", "date": "2026-01-01", "sources": ["xa-9"]},
    {"id": "hoi", "kind": "festival", "title": "Hội xuân", "date": "2026-01-03"}]}"#;

#[test]
fn only_what_stands_is_shown() {
    use lich::schedule::{outcome, DocStatus, Outcome};
    let s = parse_schedule(STANDING).expect("a valid file");
    assert_eq!(s.document("xa-5").unwrap().status, DocStatus::Withdrawn);
    assert_eq!(s.document("vpcp").unwrap().supersedes, ["tinh-200"]);
    assert_eq!(
        s.document("xa-9").unwrap().relays.as_deref(),
        Some("tinh-210")
    );
    // The file keeps everything: written then read, and in the compact form.
    round_trips(&s);
    // What the widget is handed: the events of the superseded and the
    // withdrawn notices are gone, the swap cites only the decision, the
    // festival that cites nothing stays.
    let Outcome::Read(shown) = outcome(STANDING.as_bytes()) else {
        panic!("rejected")
    };
    let ids: Vec<&str> = shown.events.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["hoan-doi", "le", "hoi"]);
    assert_eq!(shown.events[0].sources, ["vpcp"]);
    let mut again = s.clone();
    assert_eq!(again.retain_in_force(), 2);
    assert_eq!(again, shown);
}

#[test]
fn a_relay_is_named_beside_its_document() {
    use lich::day_marks::Filter;
    use lich::schedule::builtin;
    use lich::view::details::DayDetails;
    let mut s = parse_schedule(STANDING).unwrap();
    s.retain_in_force();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let shown = builtin::all().shown_with(&s, true);
    let d = DayDetails::new(&shown, day, Filter::default(), Lang::Vi).expect("a day in range");
    let lines: Vec<String> = d
        .events
        .iter()
        .flat_map(|e| {
            e.sources
                .iter()
                .chain(e.also.iter().flat_map(|a| &a.sources))
        })
        .map(ToString::to_string)
        .collect();
    let relayed = lines
        .iter()
        .find(|l| l.starts_with("9/TB-UBND"))
        .expect("the commune's notice");
    assert_eq!(
        relayed,
        "9/TB-UBND ngày 26/12/2025 của UBND xã Thử: Nghỉ Tết (thực hiện 210/TB-UBND ngày 26/12/2025 của UBND tỉnh) (thực hiện 5015/TB-LĐTBXH ngày 20/11/2025 của Bộ Lao động)"
    );
    assert!(
        !lines.iter().any(|l| l.contains("200/TB-UBND")),
        "{lines:?}"
    );
}

#[test]
fn what_documents_say_of_each_other_is_checked() {
    let file = |documents: &str| {
        format!(
            r#"{{"format": 1, "id": "t", "title": "T", "publisher": {{"agency": "A"}}, "updated": "2026-01-01",
  "documents": [{documents}],
  "events": [{{"id": "e", "kind": "festival", "title": "X", "date": "2026-01-01"}}]}}"#
        )
    };
    let doc = |id: &str, extra: &str| {
        format!(r#"{{"id": "{id}", "number": "1/TB", "issuer": "A", "subject": "S"{extra}}}"#)
    };
    // A replaced document that is not in the file, pointed at where it is named.
    let text = file(&[doc("a", ""), doc("b", r#", "supersedes": ["a", "z"]"#)].join(",\n"));
    let p = problems(&text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].path, "$.documents[1].supersedes");
    assert_eq!(
        p[0].message(Lang::En),
        "document \"b\" cites document \"z\", which is not in \"documents\""
    );
    assert_eq!(
        p[0].message(Lang::Vi),
        "văn bản \"b\" dẫn văn bản \"z\" không có trong \"documents\""
    );
    let at = text.find(r#""z""#).unwrap();
    assert_eq!(p[0].pos.line as usize, text[..at].matches('\n').count() + 1);
    // A relay that comes back, through another document, and one of itself.
    let cycle = file(
        &[
            doc("a", r#", "relays": "b""#),
            doc("b", r#", "relays": "a""#),
            doc("c", r#", "supersedes": ["c"]"#),
        ]
        .join(",\n"),
    );
    let p = problems(&cycle);
    let said: Vec<(&str, String)> = p
        .iter()
        .map(|x| (x.path.as_str(), x.message(Lang::En)))
        .collect();
    assert_eq!(said.len(), 2, "each cycle once: {said:?}");
    assert_eq!(said[0].0, "$.documents[1].relays", "where the cycle closes");
    assert!(
        said[0]
            .1
            .starts_with("document \"b\" leads back to itself through \"relays\""),
        "{}",
        said[0].1
    );
    assert_eq!(said[1].0, "$.documents[2].supersedes");
    assert!(p[1]
        .message(Lang::Vi)
        .contains("quay về chính nó qua \"supersedes\""));
    // A status that is not a code.
    let p = problems(&file(&doc("a", r#", "status": "superseded""#)));
    assert_eq!(p[0].path, "$.documents[0].status");
    assert!(
        p[0].message(Lang::En).contains("withdrawn"),
        "{}",
        p[0].message(Lang::En)
    );
    // The schema agrees on all three.
    assert!(!schema_accepts(&file(&doc(
        "a",
        r#", "status": "superseded""#
    ))));
    assert!(schema_accepts(STANDING));
}

/// To whom and how a report or a deadline is sent: the format, the schema,
/// the validator, the writer, the compact form, the day's card and the
/// `.ics` all say it.
#[test]
fn a_report_with_its_recipient_and_channels() {
    use lich::schedule::{Channel, Kind, ReportPhase};
    let file = &with_document(
        r#"{"id": "r", "kind": "report", "report_phase": "during", "title": "Báo cáo tình hình", "date": "2026-02-18",
        "due_to": "Văn phòng UBND tỉnh", "channels": ["email", "document_system"], "sources": ["d"]}"#,
    );
    assert!(schema_accepts(file));
    let s = parse_schedule(file).unwrap();
    assert_eq!(
        s.events[0].kind,
        Kind::Report {
            phase: ReportPhase::During,
            to: Some("Văn phòng UBND tỉnh".into()),
            via: vec![Channel::Email, Channel::DocumentSystem],
            daily: false,
        }
    );
    round_trips(&s);
    let card = lich::view::details::EventCard::new(&s, &s.events[0], Lang::Vi);
    assert_eq!(
        card.sent,
        (
            Some("Văn phòng UBND tỉnh".into()),
            Some("thư điện tử, hệ thống quản lý văn bản".into())
        )
    );
    let ics = ics_2026(&s, Lang::En);
    assert!(ics.contains("Send to: Văn phòng UBND tỉnh"), "{ics}");
    assert!(
        ics.contains("Send by: e-mail\\, the document system"),
        "{ics}"
    );
    // Only what is sent has a recipient; a channel must be a code.
    let flag = file.replace(
        r#""kind": "report", "report_phase": "during""#,
        r#""kind": "flag""#,
    );
    let p = problems(&flag);
    let en: Vec<String> = p.iter().map(|x| x.message(Lang::En)).collect();
    assert!(
        en.contains(&"\"due_to\" belongs to kind \"deadline\" or \"report\" only".to_string()),
        "{en:?}"
    );
    assert!(!schema_accepts(&flag));
    let bad = file.replace(r#""email""#, r#""zalo""#);
    assert_eq!(problems(&bad)[0].path, "$.events[0].channels[0]");
    assert!(!schema_accepts(&bad));
}

/// "Báo cáo hằng ngày trước 16 giờ" over the break: one report, due every
/// day of its range at its time — a daily rule in the `.ics`, "hằng ngày"
/// on the card — and refused where it cannot be: on one day, on another
/// kind, a time on a range that is not daily.
#[test]
fn a_daily_report() {
    let file = |fields: &str| {
        with_document(&format!(
            r#"{{"id": "r", "kind": "report", "report_phase": "during", "title": "Báo cáo hằng ngày", {fields}, "sources": ["d"]}}"#
        ))
    };
    let good = file(r#""from": "2026-02-14", "to": "2026-02-22", "time": "16:00", "daily": true"#);
    assert!(schema_accepts(&good));
    let s = parse_schedule(&good).unwrap();
    let written = round_trips(&s);
    assert!(written.contains("\"daily\": true"), "{written}");
    let ics = ics_2026(&s, Lang::Vi);
    assert!(
        ics.contains("DTSTART:20260214T090000Z\r\nRRULE:FREQ=DAILY;COUNT=9\r\n"),
        "{ics}"
    );
    let shown = lich::schedule::builtin::all().shown_with(&s, true);
    let day = chrono::NaiveDate::from_ymd_opt(2026, 2, 18).unwrap();
    let d = lich::view::details::DayDetails::new(
        &shown,
        day,
        lich::day_marks::Filter::default(),
        Lang::Vi,
    )
    .unwrap();
    let card = d
        .events
        .iter()
        .find(|e| e.kind_code == "report")
        .expect("the report");
    assert_eq!(card.span.as_deref(), Some("14/02 – 22/02/2026 · hằng ngày"));
    // Undated, as a notice may give it.
    let undated = file(r#""undated": "Các ngày nghỉ Tết", "time": "16:00", "daily": true"#);
    assert!(parse_schedule(&undated).is_ok() && schema_accepts(&undated));
    // Refused: daily on one day, a daily flag, a time on a range not daily.
    for (bad, path) in [
        (
            file(r#""date": "2026-02-14", "daily": true"#),
            "$.events[0].daily",
        ),
        (
            file(r#""from": "2026-02-14", "to": "2026-02-22", "time": "16:00""#),
            "$.events[0].time",
        ),
        (
            good.replace(
                r#""kind": "report", "report_phase": "during""#,
                r#""kind": "flag""#,
            ),
            "$.events[0].daily",
        ),
    ] {
        let p = problems(&bad);
        assert!(p.iter().any(|x| x.path == path), "{path}: {p:?}");
        assert!(!schema_accepts(&bad), "the schema accepted {bad}");
    }
}

/// A make-up working day names the swapped day off it makes up for; both
/// days' cards (and the break's) then say the swap as one line, the `.ics`
/// too; it must name a day off of the file, and only a make-up day may.
#[test]
fn a_swap_names_both_its_days() {
    let file = |makes_up: &str| {
        with_document(&format!(
            r#"
    {{"id": "nghi", "kind": "day_off", "day_off_reason": "swap", "title": "Nghỉ hoán đổi", "date": "2026-01-02", "sources": ["d"]}},
    {{"id": "tet", "kind": "festival", "title": "Hội", "date": "2026-01-03"}},
    {{"id": "lam-bu", "kind": "make_up_workday", "title": "Làm bù", "date": "2026-01-10", {makes_up}"sources": ["d"]}}"#
        ))
    };
    let good = file(r#""makes_up": "nghi", "#);
    assert!(schema_accepts(&good));
    let s = parse_schedule(&good).unwrap();
    let written = round_trips(&s);
    assert!(written.contains("\"makes_up\": \"nghi\""), "{written}");
    let line = "nghỉ Thứ Sáu, 02/01/2026, làm bù Thứ Bảy, 10/01/2026";
    for e in [&s.events[0], &s.events[2]] {
        let card = lich::view::details::EventCard::new(&s, e, Lang::Vi);
        assert_eq!(card.pair.as_deref(), Some(line), "{}", e.id);
    }
    let festival = lich::view::details::EventCard::new(&s, &s.events[1], Lang::Vi);
    assert_eq!(festival.pair, None);
    // Without the link, no card says it.
    let plain = parse_schedule(&file("")).unwrap();
    assert_eq!(
        lich::view::details::EventCard::new(&plain, &plain.events[0], Lang::Vi).pair,
        None
    );
    // A link to what is not a day off of the file, and on another kind.
    let p = problems(&file(r#""makes_up": "tet", "#));
    assert_eq!(p[0].path, "$.events[2].makes_up");
    assert_eq!(
        p[0].message(Lang::En),
        "make-up day \"lam-bu\" makes up for \"tet\", which is not a day off (\"day_off\") of this file"
    );
    assert!(!schema_accepts(
        &good.replace(r#""kind": "make_up_workday""#, r#""kind": "flag""#)
    ));
    let p = problems(&good.replace(r#""kind": "make_up_workday""#, r#""kind": "flag""#));
    assert_eq!(p[0].path, "$.events[2].makes_up");
}

/// "Treo cờ Tổ quốc từ chiều ngày 01/9/2025 đến hết ngày 02/9/2025": the
/// part of the day a period begins in, without an invented hour; on the
/// card and in the `.ics`, refused on a rule with no first day.
#[test]
fn a_period_that_begins_in_the_afternoon() {
    let file = |when: &str| {
        with_document(&format!(
            r#"{{"id": "co", "kind": "flag", "title": "Treo cờ", {when}, "begins": "afternoon", "sources": ["d"]}}"#
        ))
    };
    let good = file(r#""from": "2025-09-01", "to": "2025-09-02""#);
    assert!(schema_accepts(&good));
    let s = parse_schedule(&good).unwrap();
    assert_eq!(s.events[0].begins, Some(lich::schedule::DayPart::Afternoon));
    let written = round_trips(&s);
    assert!(written.contains("\"begins\": \"afternoon\""), "{written}");
    let card = lich::view::details::EventCard::new(&s, &s.events[0], Lang::Vi);
    assert_eq!(card.begins.as_deref(), Some("chiều Thứ Hai, 01/09/2025"));
    let en = lich::view::details::EventCard::new(&s, &s.events[0], Lang::En);
    assert_eq!(
        en.begins.as_deref(),
        Some("Monday, 1 September 2025, in the afternoon")
    );
    let ics = ics_of_year(&s, 2025, Lang::Vi);
    assert!(
        ics.contains("Bắt đầu: chiều Thứ Hai\\, 01/09/2025"),
        "{ics}"
    );
    let yearly = file(r#""solar": {"month": 9, "day": 1}"#);
    assert_eq!(problems(&yearly)[0].path, "$.events[0].begins");
    assert!(!schema_accepts(&yearly));
    assert!(!schema_accepts(&good.replace("afternoon", "chieu")));
}

/// "Nghỉ từ ngày 30/8/2025 đến hết ngày 02/9/2025, gồm 02 ngày nghỉ lễ, 01
/// ngày nghỉ hằng tuần và 01 ngày nghỉ bù": a break given as its
/// composition, counted against its days; on the card and in the `.ics`;
/// only on a day off with a first day.
#[test]
fn a_break_given_as_its_composition() {
    let file = |kind: &str, when: &str, parts: &str| {
        with_document(&format!(
            r#"{{"id": "nghi", "kind": "{kind}", "title": "Nghỉ lễ Quốc khánh", {when}, "composition": {{{parts}}}, "sources": ["d"]}}"#
        ))
    };
    let range = r#""from": "2025-08-30", "to": "2025-09-02""#;
    let parts = r#""holidays": 2, "weekly_rest": 1, "compensatory": 1"#;
    let good = file("day_off", range, parts);
    assert!(schema_accepts(&good));
    let s = parse_schedule(&good).unwrap();
    let c = s.events[0].composition.unwrap();
    assert_eq!(c.get(lich::schedule::BreakPart::WeeklyRest), 1);
    assert_eq!(c.total(), 4);
    let written = round_trips(&s);
    assert!(written.contains("\"weekly_rest\": 1"), "{written}");
    assert!(!written.contains("swapped"), "{written}");
    let card = lich::view::details::EventCard::new(&s, &s.events[0], Lang::Vi);
    assert_eq!(
        card.composition.as_deref(),
        Some("2 ngày nghỉ lễ, 1 ngày nghỉ hằng tuần và 1 ngày nghỉ bù")
    );
    let en = lich::view::details::EventCard::new(&s, &s.events[0], Lang::En);
    assert_eq!(
        en.composition.as_deref(),
        Some("2 public holidays, 1 weekly rest day and 1 compensatory day off")
    );
    let ics = ics_of_year(&s, 2025, Lang::Vi);
    assert!(
        ics.contains("Gồm: 2 ngày nghỉ lễ\\, 1 ngày nghỉ hằng tuần"),
        "{ics}"
    );

    // Counted wrong: where, and how many each way, in both languages.
    let short = file("day_off", range, r#""holidays": 2, "weekly_rest": 1"#);
    let p = problems(&short);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].path, "$.events[0].composition");
    assert_eq!(
        p[0].message(Lang::Vi),
        "\"composition\" đếm 3 ngày, nhưng đợt nghỉ có 4 ngày: tổng các loại ngày nghỉ phải bằng số ngày từ \"from\" đến \"to\""
    );
    assert!(p[0]
        .message(Lang::En)
        .starts_with("\"composition\" counts 3 days, but the break has 4"));
    // Not a kind of day the format knows, or too many days of one kind.
    assert!(!problems(&file("day_off", range, r#""holidays": 2, "tet": 2"#)).is_empty());
    assert!(!schema_accepts(&file(
        "day_off",
        range,
        r#""holidays": 2, "tet": 2"#
    )));
    assert!(!problems(&file("day_off", range, r#""holidays": 40"#)).is_empty());
    // Only a day off, and only one with a first day.
    let flag = file("flag", range, parts);
    assert_eq!(problems(&flag)[0].path, "$.events[0].composition");
    assert!(!schema_accepts(&flag));
    let yearly = file("day_off", r#""solar": {"month": 9, "day": 2}"#, parts);
    assert_eq!(problems(&yearly)[0].path, "$.events[0].composition");
    assert!(!schema_accepts(&yearly));
}
