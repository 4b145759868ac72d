//! Invariants over every day of the supported range, and proptest properties.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, NaiveDate};
use lich::calendar::sexagenary::CanChi;
use lich::calendar::{JulianDay, LunarDate, LunarYear};
use proptest::prelude::*;

/// Every day from 1800-01-01 to 2399-12-31: round trip, continuity, month
/// lengths, year lengths, can chi.
#[test]
fn every_day_1800_2399() {
    let first = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap();
    let end = NaiveDate::from_ymd_opt(2399, 12, 31).unwrap();
    assert_eq!(lich::calendar::RANGE, first..=end);
    // The day before the range is outside it, like the day after.
    assert!(LunarDate::from_solar(first.pred_opt().unwrap()).is_err());
    assert!(LunarDate::from_solar(end.succ_opt().unwrap()).is_err());
    let mut prev = LunarDate::from_solar(first).unwrap();
    assert_eq!(prev.to_solar(), first);
    let mut prev_stem = CanChi::of_day(JulianDay::from_date(first));
    let mut day = first.succ_opt().unwrap();
    let mut count = 1;
    while day <= end {
        let l = LunarDate::from_solar(day).unwrap();
        assert_eq!(l.to_solar(), day, "round trip of {day}");
        assert_eq!(
            LunarDate::new(l.year(), l.month(), l.day(), l.is_leap()).unwrap(),
            l
        );
        if l.day() == 1 {
            assert!(prev.day() == 29 || prev.day() == 30, "{prev:?} → {l:?}");
            assert_eq!(prev.day(), prev.month_length());
        } else {
            assert_eq!(
                (l.year(), l.month(), l.is_leap(), l.day()),
                (prev.year(), prev.month(), prev.is_leap(), prev.day() + 1)
            );
        }
        let cc = CanChi::of_day(JulianDay::from_date(day));
        assert_eq!(
            (cc.stem, cc.branch),
            ((prev_stem.stem + 1) % 10, (prev_stem.branch + 1) % 12)
        );
        prev = l;
        prev_stem = cc;
        day = day.succ_opt().unwrap();
        count += 1;
    }
    assert_eq!(count, 219_145);
}

#[test]
fn every_year_has_12_or_13_months_of_29_or_30_days() {
    for y in 1800..=2399 {
        let year = LunarYear::new(y).unwrap();
        let months: Vec<_> = year.months().collect();
        assert!(months.len() == 12 || months.len() == 13, "{y}");
        assert_eq!(months.len() == 13, year.leap_month().is_some());
        assert!(months.iter().all(|m| m.length == 29 || m.length == 30));
        assert_eq!(
            months.iter().map(|m| i32::from(m.length)).sum::<i32>(),
            year.length()
        );
        assert_eq!(months[0].first_day, year.tet());
        assert!(year.tet().month() <= 2);
    }
}

proptest! {
    #[test]
    fn solar_round_trip(days in 0i32..219_145) {
        let day = NaiveDate::from_ymd_opt(1800, 1, 1).unwrap() + chrono::Days::new(days as u64);
        let l = LunarDate::from_solar(day).unwrap();
        prop_assert_eq!(l.to_solar(), day);
    }

    #[test]
    fn lunar_input_is_valid_or_says_why(year in 1700i32..2500, month in 0u8..14, day in 0u8..32, leap: bool) {
        use lich::Error;
        match LunarDate::new(year, month, day, leap) {
            Ok(l) => prop_assert_eq!(LunarDate::from_solar(l.to_solar()).unwrap(), l),
            // The error is the reason, with the numbers given.
            Err(e) => {
                match &e {
                    Error::LunarMonthNumber { month: m } => prop_assert!(*m == month && !(1..=12).contains(m)),
                    Error::LunarDayNumber { day: d } => prop_assert!(*d == day && !(1..=30).contains(d)),
                    Error::LunarYearOutOfRange { year: y } => prop_assert!(*y == year && LunarYear::new(year).is_err()),
                    Error::NoSuchLeapMonth { year: y, month: m, leap_month } => {
                        prop_assert!(leap && *y == year && *m == month);
                        prop_assert_eq!(*leap_month, LunarYear::new(year).unwrap().leap_month());
                        prop_assert_ne!(*leap_month, Some(month));
                    }
                    Error::LunarDayTooLarge { day: d, length, .. } => prop_assert!(*d == day && day > *length),
                    Error::DayOutOfRange { day: (y, m, d) } => {
                        let solar = NaiveDate::from_ymd_opt(*y, *m, *d).unwrap();
                        prop_assert!(!lich::calendar::RANGE.contains(&solar));
                    }
                    other => prop_assert!(false, "unexpected {:?}", other),
                }
                let (en, vi) = (e.in_lang(lich::calendar::names::Lang::En), e.in_lang(lich::calendar::names::Lang::Vi));
                prop_assert!(!en.is_empty() && !vi.is_empty() && en != vi);
            }
        }
    }
}
