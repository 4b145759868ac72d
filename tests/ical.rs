//! iCalendar export: golden files, RFC 5545 line rules, an independent
//! parser (the `icalendar` crate) reading the days back as an app would,
//! and the feed's identities across corrections (UID, SEQUENCE, CANCELLED).
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use lich::calendar::names::Lang;
use lich::ical::feed::Previous;
use lich::ical::{to_ics, write_feed, IcsOptions};
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
        stamp: d("2024-01-31").and_hms_opt(0, 0, 0).unwrap(),
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
    let tet = find("tet-am-lich-2024-off@lich");
    assert_eq!(
        (tet.1, tet.2),
        (d("2024-02-08"), d("2024-02-15")),
        "7 days, exclusive end"
    );
    assert_eq!(tet.3, "Nghỉ Tết Nguyên đán Giáp Thìn (07 ngày liên tục)");
    let flag = find("tet-am-lich-2024-flag@lich");
    assert_eq!((flag.1, flag.2), (d("2024-02-08"), d("2024-02-15")));
    let roster = find("han-danh-sach-truc@soc-trang-stttt-tet-giap-thin-2024.lich");
    assert_eq!((roster.1, roster.2), (d("2024-02-01"), d("2024-02-02")));
    // Undated reports have no occurrence: nothing invented. They are said
    // once, in the break's description.
    assert!(!events.iter().any(|e| e.0.starts_with("bao-cao")));
    assert_eq!(ics.matches("Báo cáo sau Tết — Công văn").count(), 1);
    let cal: Calendar = ics.parse().unwrap();
    let description = |uid: &str| {
        cal.components
            .iter()
            .find_map(|c| match c {
                CalendarComponent::Event(e) if e.get_uid() == Some(uid) => {
                    e.get_description().map(str::to_string)
                }
                _ => None,
            })
            .unwrap_or_default()
    };
    assert!(description("tet-am-lich-2024-off@lich").contains("• Báo cáo trước Tết"));
    // The duty's kinds and hours, and where the roster goes.
    let duty = description("tet-am-lich-2024-duty@lich");
    assert!(
        duty.contains("Nội dung trực: trực lãnh đạo, trực điều hành, trực ca"),
        "{duty}"
    );
    assert!(duty.contains("Thời gian trực: 24/24"), "{duty}");
    // No day of any kind blocks a subscriber's time.
    assert!(!ics.contains("TRANSP:OPAQUE"));
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
            ..year_2024(Lang::Vi)
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

/// The feed as published at `stamp` over `previous`.
fn feed(s: &lich::schedule::Schedule, previous: &str, stamp: &str) -> String {
    let opts = IcsOptions {
        stamp: d(stamp).and_hms_opt(1, 2, 3).unwrap(),
        ..year_2024(Lang::Vi)
    };
    let mut out = String::new();
    write_feed(s, &opts, &Previous::read(previous), &mut |c| {
        out.push_str(c)
    });
    out
}

/// The content lines of the event `uid` (unfolded).
fn event_lines(ics: &str, uid: &str) -> Vec<String> {
    let lines = lich::ical::feed::unfold(ics);
    let at = lines
        .iter()
        .position(|l| *l == format!("UID:{uid}"))
        .unwrap_or_else(|| panic!("{uid} missing"));
    let end = at + lines[at..].iter().position(|l| l == "END:VEVENT").unwrap();
    lines[at..end].to_vec()
}

fn seed_with(edit: impl Fn(&mut serde_json::Value)) -> lich::schedule::Schedule {
    let mut json: serde_json::Value = serde_json::from_str(builtin::SOC_TRANG_TET_2024).unwrap();
    edit(&mut json);
    lich::schedule::parse_schedule(&json.to_string()).unwrap()
}

#[test]
fn a_moved_deadline_keeps_its_identity_and_raises_its_sequence() {
    let roster = "han-danh-sach-truc@soc-trang-stttt-tet-giap-thin-2024.lich";
    let first = feed(&builtin::soc_trang_tet_2024(), "", "2024-01-31");
    assert!(event_lines(&first, roster).contains(&"SEQUENCE:0".to_string()));
    // The same data again: nothing changes but the stamp.
    let again = feed(&builtin::soc_trang_tet_2024(), &first, "2024-02-01");
    assert_eq!(first.replace("20240131T010203Z", "20240201T010203Z"), again);
    // The Sở moves its deadline from 01/02 to 02/02.
    let moved = seed_with(|j| {
        let events = j["events"].as_array_mut().unwrap();
        let e = events
            .iter_mut()
            .find(|e| e["id"] == "han-danh-sach-truc")
            .unwrap();
        e["date"] = "2024-02-02".into();
    });
    let second = feed(&moved, &again, "2024-01-20");
    let lines = event_lines(&second, roster);
    assert!(
        lines.contains(&"DTSTART;VALUE=DATE:20240202".to_string()),
        "{lines:?}"
    );
    assert!(lines.contains(&"SEQUENCE:1".to_string()), "{lines:?}");
    assert!(lines.contains(&"LAST-MODIFIED:20240120T010203Z".to_string()));
    // One roster deadline, not two; the other events unchanged.
    assert_eq!(
        second.matches("Hạn gửi danh sách trực").count(),
        2,
        "summary and alarm"
    );
    let tet = event_lines(&second, "tet-am-lich-2024-off@lich");
    assert!(tet.contains(&"SEQUENCE:0".to_string()));
    assert!(!tet.iter().any(|l| l.starts_with("LAST-MODIFIED")));
    assert_eq!(spans(&second).len(), spans(&first).len());
}

#[test]
fn a_withdrawn_event_stays_as_cancelled() {
    let flag = "tet-am-lich-2024-flag@lich";
    let first = feed(&builtin::soc_trang_tet_2024(), "", "2024-01-31");
    let without = seed_with(|j| {
        j["events"]
            .as_array_mut()
            .unwrap()
            .retain(|e| e["id"] != "treo-co-tet");
    });
    let second = feed(&without, &first, "2024-02-03");
    let lines = event_lines(&second, flag);
    for line in [
        "STATUS:CANCELLED",
        "SEQUENCE:1",
        "LAST-MODIFIED:20240203T010203Z",
    ] {
        assert!(lines.contains(&line.to_string()), "{line}: {lines:?}");
    }
    // Still read by an independent parser, with its days.
    let events = spans(&second);
    let gone = events.iter().find(|e| e.0 == flag).unwrap();
    assert_eq!((gone.1, gone.2), (d("2024-02-08"), d("2024-02-15")));
    // Published again: still cancelled, the same version.
    let third = feed(&without, &second, "2024-02-04");
    let lines = event_lines(&third, flag);
    assert!(lines.contains(&"SEQUENCE:1".to_string()), "{lines:?}");
    assert!(lines.contains(&"LAST-MODIFIED:20240203T010203Z".to_string()));
    // Out of the feed's range, it ages out.
    let later = IcsOptions {
        from: d("2025-01-01"),
        to: d("2025-12-31"),
        ..year_2024(Lang::Vi)
    };
    let mut out = String::new();
    write_feed(&builtin::all(), &later, &Previous::read(&third), &mut |c| {
        out.push_str(c)
    });
    assert!(!out.contains(flag));
}

/// The law's expectation and the decision that settles it are one event:
/// a subscriber who had the expected Tết gets the decided one in its place.
#[test]
fn a_decision_takes_the_place_of_the_expectation() {
    let files = builtin::files();
    let law = files.iter().find(|f| f.id == "vn-law").unwrap();
    let tet_2026 = IcsOptions {
        from: d("2026-01-01"),
        to: d("2026-12-31"),
        ..year_2024(Lang::Vi)
    };
    let expected = to_ics(law, &tet_2026);
    let decided = to_ics(&builtin::all(), &tet_2026);
    let uid = "tet-am-lich-2026-off@lich";
    let (e, x) = (event_lines(&expected, uid), event_lines(&decided, uid));
    assert!(e.iter().any(|l| l.contains("dự kiến")), "{e:?}");
    assert_ne!(e, x);
    let mut out = String::new();
    write_feed(
        &builtin::all(),
        &tet_2026,
        &Previous::read(&expected),
        &mut |c| out.push_str(c),
    );
    assert!(event_lines(&out, uid).contains(&"SEQUENCE:1".to_string()));
}

#[test]
fn identities_are_unique_over_three_centuries() {
    let opts = IcsOptions {
        from: d("1900-01-01"),
        to: d("2199-12-31"),
        ..year_2024(Lang::En)
    };
    let ics = to_ics(&builtin::all(), &opts);
    let uids: Vec<&str> = ics.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
    let unique: std::collections::BTreeSet<&&str> = uids.iter().collect();
    assert_eq!(unique.len(), uids.len());
    // None needed the fallback that adds a date.
    let dated = uids
        .iter()
        .filter(|u| {
            u.split('@')
                .next()
                .unwrap()
                .rsplit('-')
                .next()
                .unwrap()
                .len()
                == 8
        })
        .count();
    assert_eq!(
        dated,
        0,
        "{:?}",
        uids.iter()
            .filter(|u| u.contains("-20"))
            .take(5)
            .collect::<Vec<_>>()
    );
    assert!(uids.len() > 3000, "{}", uids.len());
}

#[test]
fn a_calendar_is_named_by_what_it_holds() {
    let name = |s: &lich::schedule::Schedule, from: &str, to: &str, lang| {
        let opts = IcsOptions {
            from: d(from),
            to: d(to),
            ..year_2024(lang)
        };
        let ics = to_ics(s, &opts);
        let cal: Calendar = ics.parse().unwrap();
        cal.get_name().unwrap().replace('\\', "")
    };
    let all = builtin::all();
    assert_eq!(
        name(&all, "2026-01-01", "2026-12-31", Lang::Vi),
        "Ngày nghỉ lễ, Tết, treo cờ và lễ hội Việt Nam"
    );
    assert_eq!(
        name(&all, "2024-02-01", "2024-02-29", Lang::En),
        "Sóc Trăng Dept. of Information and Communications: communications during Tết Giáp Thìn 2024 and Vietnam's public holidays"
    );
    assert_eq!(
        name(
            &builtin::soc_trang_tet_2024(),
            "2024-01-01",
            "2024-12-31",
            Lang::Vi
        ),
        "Sở TT&TT Sóc Trăng: bảo đảm thông tin liên lạc dịp Tết Nguyên đán Giáp Thìn 2024"
    );
}

/// The JSON form says what the iCalendar says.
#[test]
fn jcal_holds_the_same_events() {
    let ics = to_ics(&builtin::all(), &year_2024(Lang::Vi));
    let json: serde_json::Value = serde_json::from_str(&lich::ical::jcal::to_json(&ics)).unwrap();
    assert_eq!(json[0], "vcalendar");
    let events: Vec<&serde_json::Value> = json[2]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c[0] == "vevent")
        .collect();
    let spans = spans(&ics);
    assert_eq!(events.len(), spans.len());
    for (e, (uid, start, end, summary)) in events.iter().zip(&spans) {
        let prop = |name: &str| {
            e[1].as_array()
                .unwrap()
                .iter()
                .find(|p| p[0] == name)
                .map(|p| (p[2].as_str().unwrap().to_string(), p[3].clone()))
                .unwrap()
        };
        assert_eq!(prop("uid").1, uid.as_str());
        assert_eq!(prop("summary").1, summary.as_str());
        assert_eq!(
            prop("dtstart"),
            ("date".into(), lich::text::iso(*start).into())
        );
        assert_eq!(prop("dtend"), ("date".into(), lich::text::iso(*end).into()));
        assert_eq!(prop("sequence"), ("integer".into(), 0.into()));
    }
}

/// Whom an event concerns: the notice's words when it has them, else the
/// groups its `who` codes name, in the export's language.
#[test]
fn the_audience_is_said_in_words_or_by_its_codes() {
    let file = r#"{"format": 1, "id": "xa", "title": "Xã", "publisher": {"agency": "UBND xã"}, "updated": "2026-01-01",
      "documents": [{"id": "tb", "number": "1/TB-UBND", "issuer": "UBND xã", "date": "2025-12-20", "subject": "Nghỉ"}],
      "events": [
        {"id": "hs", "kind": "day_off", "day_off_reason": "holiday", "title": "Học sinh nghỉ", "date": "2026-01-05",
         "who": ["pupils", "households"], "sources": ["tb"]},
        {"id": "cc", "kind": "day_off", "day_off_reason": "holiday", "title": "Nghỉ", "date": "2026-01-06",
         "audience": ["Cán bộ xã"], "who": ["public_sector"], "sources": ["tb"]}
      ]}"#;
    let s = lich::schedule::parse_schedule(file).unwrap();
    let options = |lang| IcsOptions {
        from: d("2026-01-05"),
        to: d("2026-01-06"),
        kinds: vec![],
        lang,
        stamp: d("2026-01-01").and_hms_opt(0, 0, 0).unwrap(),
    };
    let vi = to_ics(&s, &options(Lang::Vi)).replace("\r\n ", "");
    assert!(
        vi.contains(r"Đối tượng: học sinh\, sinh viên\; hộ gia đình"),
        "{vi}"
    );
    assert!(vi.contains("Đối tượng: Cán bộ xã"), "{vi}");
    let en = to_ics(&s, &options(Lang::En)).replace("\r\n ", "");
    assert!(
        en.contains(r"Who: pupils and students\; households"),
        "{en}"
    );
}

/// A report due "trước 09 giờ 00" on 07/02/2024 is an instant at 02:00 UTC,
/// which an independent parser reads back as 09:00 in Vietnam.
#[test]
fn a_time_of_day_is_an_instant() {
    let file = r#"{"format": 1, "id": "so", "title": "Sở", "publisher": {"agency": "Sở"}, "updated": "2024-01-01",
      "documents": [{"id": "tb", "number": "1/TB", "issuer": "Sở", "date": "2024-01-02", "subject": "Trực Tết"}],
      "events": [{"id": "bc", "kind": "report", "report_phase": "before", "title": "Báo cáo trước Tết", "date": "2024-02-07",
        "time": "09:00", "sources": ["tb"]},
        {"id": "sang", "kind": "deadline", "title": "Gửi danh sách", "date": "2024-02-01", "time": "06:30", "sources": ["tb"]}]}"#;
    let s = lich::schedule::parse_schedule(file).unwrap();
    let ics = to_ics(&s, &year_2024(Lang::Vi));
    assert!(ics.contains("DTSTART:20240207T020000Z\r\n"), "{ics}");
    // 06:30 in Vietnam is still the day before in UTC.
    assert!(ics.contains("DTSTART:20240131T233000Z\r\n"), "{ics}");
    let calendar: Calendar = ics.parse().unwrap();
    let starts: Vec<chrono::DateTime<chrono::Utc>> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => match e.get_start() {
                Some(DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t))) => Some(t),
                _ => None,
            },
            _ => None,
        })
        .collect();
    let vietnam = chrono::FixedOffset::east_opt(7 * 3600).unwrap();
    let local: Vec<String> = starts
        .iter()
        .map(|t| t.with_timezone(&vietnam).format("%d/%m %H:%M").to_string())
        .collect();
    assert_eq!(local, ["01/02 06:30", "07/02 09:00"]);
}
