//! The law's holidays for any year (`static/data/vn-law.json` through
//! `schedule::law`): properties over every year 2013–2399, and the 2024–2026
//! decisions compared with what the law alone gives — the differences are
//! exactly what the decisions decided (where the other Tết days fall, the
//! weekends joined to a break, the swaps and their make-up days).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, NaiveDate, Weekday};
use lich::calendar::LunarDate;
use lich::schedule::law::{expected_days, ExpectedDay};
use lich::schedule::{builtin, parse_schedule, Kind, Schedule, When};
use std::collections::{BTreeMap, BTreeSet, HashSet};

fn law() -> Schedule {
    parse_schedule(builtin::LAW).unwrap()
}

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The statutory days in force in `year`: the sum of the statutes' days.
fn statutory_days(law: &Schedule, year: i32) -> u32 {
    law.events
        .iter()
        .filter_map(|e| {
            let st = e.statute.as_ref()?;
            let years = match e.when {
                When::Solar { years, .. } | When::Lunar { years, .. } => years,
                _ => None,
            };
            years
                .is_none_or(|(a, b)| (a..=b).contains(&year))
                .then_some(u32::from(st.days))
        })
        .sum()
}

#[test]
fn every_year_has_the_statutory_days_of_the_law_in_force() {
    let law = law();
    for year in 2013..=2399 {
        let want = if year <= 2020 { 10 } else { 11 };
        assert_eq!(statutory_days(&law, year), want, "{year}");
    }
    assert_eq!(statutory_days(&law, 2012), 0, "the law starts in 2013");
}

#[test]
fn expected_days_are_real_and_nghi_bu_is_on_a_free_working_day() {
    let law = law();
    let none = HashSet::new();
    let mut collisions = Vec::new();
    for year in 2013..=2399 {
        let days: Vec<ExpectedDay> = expected_days(&law, year, &none);
        let holidays: BTreeSet<NaiveDate> = days
            .iter()
            .filter(|x| x.compensates.is_none())
            .map(|x| x.day)
            .collect();
        let nghi_bu: Vec<&ExpectedDay> = days.iter().filter(|x| x.compensates.is_some()).collect();
        // Every expected day is a real date of the year, inside the range.
        for x in &days {
            assert!(lich::calendar::RANGE.contains(&x.day), "{year}: {x:?}");
            assert!(
                x.day.year() == year || x.compensates.is_some(),
                "{year}: {:?}",
                x.day
            );
        }
        // One nghỉ bù for each holiday on a weekend, never on a weekend or
        // another holiday, each after the day it makes up for, none twice.
        let on_weekend = holidays.iter().filter(|d| weekend(**d)).count();
        assert_eq!(nghi_bu.len(), on_weekend, "{year}");
        let mut seen = BTreeSet::new();
        for x in &nghi_bu {
            assert!(!weekend(x.day), "{year}: nghỉ bù on a weekend {}", x.day);
            assert!(
                !holidays.contains(&x.day),
                "{year}: nghỉ bù on a holiday {}",
                x.day
            );
            assert!(x.day > x.compensates.unwrap(), "{year}");
            assert!(seen.insert(x.day), "{year}: two nghỉ bù on {}", x.day);
        }
        // The Tết days the law fixes are mùng 1, 2 and 3 of the lunar year.
        let tet: Vec<LunarDate> = days
            .iter()
            .filter(|x| {
                x.compensates.is_none() && x.event.occasion.as_ref().unwrap().id == "tet-am-lich"
            })
            .map(|x| LunarDate::from_solar(x.day).unwrap())
            .collect();
        assert_eq!(tet.len(), 3, "{year}");
        for (i, l) in tet.iter().enumerate() {
            assert_eq!(
                (l.year(), l.month(), l.day(), l.is_leap()),
                (year, 1, i as u8 + 1, false),
                "{year}"
            );
        }
        // Fixed days: 1/1, Tết ×3, Giỗ Tổ, 30/4, 1/5, 2/9 — 8 in every
        // year; in a few years Giỗ Tổ (10/3 âm lịch) falls on 30/4 or 1/5,
        // and the two statutes give the same day.
        let fixed = days.iter().filter(|x| x.compensates.is_none()).count();
        assert_eq!(fixed, 8, "{year}: {holidays:?}");
        if holidays.len() != 8 {
            collisions.push(year);
        }
    }
    // Giỗ Tổ on 30/4 or 1/5: rare (the lunar date drifts through April).
    assert!(collisions.len() < 20, "{collisions:?}");
    for year in &collisions {
        let gio_to = lich::schedule::law::expected_days(&law, *year, &none)
            .into_iter()
            .find(|x| x.event.occasion.as_ref().unwrap().id == "gio-to")
            .unwrap();
        assert!(
            matches!((gio_to.day.month(), gio_to.day.day()), (4, 30) | (5, 1)),
            "{year}"
        );
    }
}

/// (days off decided, days off the law alone gives, make-up days decided).
type Days = (
    BTreeSet<NaiveDate>,
    BTreeSet<NaiveDate>,
    BTreeSet<NaiveDate>,
);

/// The same with dates written out, as the tests compare them.
type Listed = (String, Vec<String>, Vec<String>, Vec<String>);

/// The days off and make-up days the national file decides for an
/// occasion and year, and those the law alone gives.
fn decided_and_expected(year: i32) -> BTreeMap<String, Days> {
    let national = parse_schedule(builtin::NATIONAL).unwrap();
    let law = law();
    let mut out: BTreeMap<String, Days> = BTreeMap::new();
    for e in &national.events {
        let (Some(o), true) = (
            &e.occasion,
            matches!(e.kind, Kind::DayOff(_) | Kind::MakeUpWorkday { .. }),
        ) else {
            continue;
        };
        let (a, b) = match e.when {
            When::Day(x) => (x, x),
            When::Range(x, y) => (x, y),
            _ => continue,
        };
        if o.year.unwrap_or(b.year()) != year {
            continue;
        }
        let entry = out.entry(o.id.clone()).or_default();
        let days = a.iter_days().take_while(|x| *x <= b);
        match e.kind {
            Kind::MakeUpWorkday { .. } => entry.2.extend(days),
            _ => entry.0.extend(days),
        }
    }
    for x in expected_days(&law, year, &HashSet::new()) {
        let id = x.event.occasion.as_ref().unwrap().id.clone();
        out.entry(id).or_default().1.insert(x.day);
    }
    out
}

/// (occasion, days the decision adds to the law's, the law's days it drops, make-up days).
type Difference = (
    &'static str,
    Vec<&'static str>,
    Vec<&'static str>,
    Vec<&'static str>,
);

fn differences(year: i32) -> Vec<Listed> {
    decided_and_expected(year)
        .into_iter()
        .filter(|(_, (decided, _, _))| !decided.is_empty())
        .map(|(id, (decided, expected, worked))| {
            let iso = |s: &BTreeSet<NaiveDate>| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
            (
                id,
                iso(&decided.difference(&expected).copied().collect()),
                iso(&expected.difference(&decided).copied().collect()),
                iso(&worked),
            )
        })
        .collect()
}

fn expect(list: &[Difference]) -> Vec<Listed> {
    let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    list.iter()
        .map(|(id, add, drop, work)| (id.to_string(), v(add), v(drop), v(work)))
        .collect()
}

#[test]
fn the_2024_decisions_are_the_differences_from_the_law() {
    assert_eq!(
        differences(2024),
        expect(&[
            // The 30/4 swap: Mon 29/4 off for Sat 4/5, with the weekend before.
            (
                "30-4-1-5",
                vec!["2024-04-27", "2024-04-28", "2024-04-29"],
                vec![],
                vec!["2024-05-04"]
            ),
            // Giỗ Tổ on Thursday 18/4: exactly the law.
            ("gio-to", vec![], vec![], vec![]),
            // Quốc khánh: the second day after 2/9, with the weekend before.
            (
                "quoc-khanh",
                vec!["2024-08-31", "2024-09-01", "2024-09-03"],
                vec![],
                vec![]
            ),
            // Tết Giáp Thìn: the other two days are 29 and 30 Chạp; the law's
            // nghỉ bù for mùng 1–2 on the weekend are the decision's too.
            (
                "tet-am-lich",
                vec!["2024-02-08", "2024-02-09"],
                vec![],
                vec![]
            ),
            // Tết Dương lịch on Monday, with the weekend before.
            (
                "tet-duong-lich",
                vec!["2023-12-30", "2023-12-31"],
                vec![],
                vec![]
            ),
        ])
    );
}

#[test]
fn the_2025_and_2026_decisions_are_the_differences_from_the_law() {
    assert_eq!(
        differences(2025),
        expect(&[
            (
                "30-4-1-5",
                vec!["2025-05-02", "2025-05-03", "2025-05-04"],
                vec![],
                vec!["2025-04-26"]
            ),
            ("gio-to", vec![], vec![], vec![]),
            (
                "quoc-khanh",
                vec!["2025-08-30", "2025-08-31", "2025-09-01"],
                vec![],
                vec![]
            ),
            // Tết Ất Tỵ: 28–29 Chạp before mùng 1–3, with both weekends.
            (
                "tet-am-lich",
                vec![
                    "2025-01-25",
                    "2025-01-26",
                    "2025-01-27",
                    "2025-01-28",
                    "2025-02-01",
                    "2025-02-02"
                ],
                vec![],
                vec![]
            ),
            ("tet-duong-lich", vec![], vec![], vec![]),
        ])
    );
    assert_eq!(
        differences(2026),
        expect(&[
            ("30-4-1-5", vec![], vec![], vec![]),
            // Giỗ Tổ on Sunday 26/4: the nghỉ bù on Monday 27/4 is the law's.
            ("gio-to", vec![], vec![], vec![]),
            (
                "quoc-khanh",
                vec!["2026-08-29", "2026-08-30", "2026-08-31", "2026-09-01"],
                vec![],
                vec!["2026-08-22"]
            ),
            // Tết Bính Ngọ: 29 Chạp and mùng 4 around mùng 1–3, both weekends.
            (
                "tet-am-lich",
                vec![
                    "2026-02-14",
                    "2026-02-15",
                    "2026-02-16",
                    "2026-02-20",
                    "2026-02-21",
                    "2026-02-22"
                ],
                vec![],
                vec![]
            ),
            // The 2026 swap: Friday 2/1 off, Saturday 10/1 worked.
            (
                "tet-duong-lich",
                vec!["2026-01-02", "2026-01-03", "2026-01-04"],
                vec![],
                vec!["2026-01-10"]
            ),
        ])
    );
}

#[test]
fn february_2027_is_expected_and_a_decision_replaces_it_without_a_rebuild() {
    let all = builtin::all();
    let marks = lich::day_marks::mark_days(
        &all,
        d("2027-02-01"),
        d("2027-02-28"),
        Default::default(),
        lich::calendar::names::Lang::Vi,
    );
    let off: Vec<u32> = (1..=28)
        .filter(|&n| marks[n as usize - 1].off.is_some())
        .collect();
    assert_eq!(off, [6, 7, 8, 9, 10]);
    assert!(off.iter().all(|&n| marks[n as usize - 1].expected));
    assert_eq!(
        marks[8].off,
        Some(lich::schedule::DayOffReason::Compensatory)
    );
    // An agency file of the 2027 decision, read at run time, replaces the
    // expectation for Tết 2027 only.
    let decision = parse_schedule(r#"{"format": 1, "id": "quyet-dinh-2027", "title": "Tết Đinh Mùi", "publisher": {"agency": "Bộ Nội vụ"},
        "updated": "2026-11-20", "documents": [{"id": "tb", "number": "1/TB-BNV", "issuer": "Bộ Nội vụ", "date": "2026-11-20", "subject": "Nghỉ Tết 2027"}],
        "events": [{"id": "tet-2027", "kind": "day_off", "title": "Nghỉ Tết Đinh Mùi", "from": "2027-02-04", "to": "2027-02-10",
                    "occasion": "tet-am-lich", "sources": ["tb"]}]}"#).unwrap();
    let merged = all.merged_with(&decision);
    let marks = lich::day_marks::mark_days(
        &merged,
        d("2027-02-01"),
        d("2027-02-28"),
        Default::default(),
        lich::calendar::names::Lang::Vi,
    );
    let off: Vec<u32> = (1..=28)
        .filter(|&n| marks[n as usize - 1].off.is_some())
        .collect();
    assert_eq!(off, [4, 5, 6, 7, 8, 9, 10]);
    assert!(
        off.iter().all(|&n| !marks[n as usize - 1].expected),
        "decided now"
    );
    // Giỗ Tổ 2027 is still only expected.
    let april = lich::day_marks::mark_days(
        &merged,
        d("2027-04-16"),
        d("2027-04-16"),
        Default::default(),
        lich::calendar::names::Lang::Vi,
    );
    assert!(april[0].expected);
}
