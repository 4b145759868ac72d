//! The iCalendar writer with arbitrary event text: the output stays valid
//! RFC 5545 — CRLF lines of at most 75 octets, no bare CR or LF, and
//! unfolding gives back whole UTF-8 text.
#![no_main]
use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use lich_core::calendar::names::Lang;
use lich_core::ical::{to_ics, IcsOptions};
use lich_core::schedule::*;

fuzz_target!(|input: (String, String, String, u16)| {
    let (title, description, id, offset) = input;
    if id.is_empty() {
        return;
    }
    let day = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(u64::from(offset % 366));
    let text = |s: &str| Text { vi: s.to_string(), en: Some(s.to_string()) };
    let schedule = Schedule {
        id: id.clone(),
        title: text(&title),
        publisher: Publisher { agency: title.clone(), province: None },
        updated: day,
        focus: None,
        documents: vec![Document { id: "d".into(), number: id.clone(), issuer: description.clone(), date: DocDate::Day(day), subject: text(&title), url: None, note: None, status: DocStatus::InForce, supersedes: Vec::new(), relays: None, origin: id.clone() }],
        contacts: vec![Contact { id: "c".into(), name: text(&description), phone: Some(title.clone()), email: None, origin: id.clone() }],
        events: vec![Event {
            id: id.clone(),
            kind: Kind::Deadline { to: Some(description.clone()), via: vec![Channel::Email] },
            title: text(&title),
            description: Some(text(&description)),
            when: When::Day(day),
            sources: vec!["d".into()],
            audience: vec![description.clone()],
            who: Audiences::from_bits(u32::from(offset % 32)).unwrap_or_default(),
            concerns: Audiences::from_bits(u32::from(offset / 32 % 32)).unwrap_or_default(),
            time: TimeOfDay::new(offset / 60 % 24, offset % 60),
            begins: None,
            composition: None,
            contacts: vec!["c".into()],
            confidence: Confidence::Unverified,
            occasion: None,
            supersedes: vec![],
            statute: None,
            origin: id,
        }],
        notes: vec![],
        merged: vec![],
    };
    let ics = to_ics(&schedule, &IcsOptions { from: day, to: day, kinds: vec![], lang: Lang::Vi, stamp: Default::default() });
    assert!(ics.ends_with("\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets", line.len());
        assert!(!line.contains('\r') && !line.contains('\n'));
    }
    let unfolded = ics.replace("\r\n ", "");
    assert!(unfolded.lines().any(|l| l.starts_with("SUMMARY:")));
});
