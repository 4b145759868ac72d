//! Reference data: the published Vietnamese tables and the facts of the seed notice.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use lich::calendar::sexagenary::CanChi;
use lich::calendar::{JulianDay, LunarDate, LunarYear};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn lunar(s: &str) -> (i32, u8, u8, bool) {
    let l = LunarDate::from_solar(date(s)).unwrap();
    (l.year(), l.month(), l.day(), l.is_leap())
}

/// Tết and the leap month of every lunar year 1900–2199 (tests/data/tet-1900-2199.tsv).
#[test]
fn tet_and_leap_month_of_every_year_1900_2199() {
    let tsv = include_str!("data/tet-1900-2199.tsv");
    let mut checked = 0;
    for line in tsv
        .lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("lunar_year"))
    {
        let f: Vec<&str> = line.split('\t').collect();
        let (year, tet, leap, months): (i32, _, u8, usize) = (
            f[0].parse().unwrap(),
            date(f[1]),
            f[2].parse().unwrap(),
            f[3].parse().unwrap(),
        );
        let y = LunarYear::new(year).unwrap();
        assert_eq!(y.tet(), tet, "Tết of {year}");
        assert_eq!(y.leap_month().unwrap_or(0), leap, "leap month of {year}");
        assert_eq!(y.months().count(), months, "months of {year}");
        assert_eq!(
            LunarDate::from_solar(tet).unwrap(),
            LunarDate::new(year, 1, 1, false).unwrap()
        );
        assert_eq!(lunar(&(tet.pred_opt().unwrap()).to_string()).0, year - 1);
        checked += 1;
    }
    assert_eq!(checked, 300);
}

/// The dates the Sóc Trăng notice states.
#[test]
fn facts_of_the_seed_notice() {
    assert_eq!(lunar("2024-02-08"), (2023, 12, 29, false));
    assert_eq!(lunar("2024-02-09"), (2023, 12, 30, false));
    assert_eq!(lunar("2024-02-10"), (2024, 1, 1, false));
    assert_eq!(lunar("2024-02-14"), (2024, 1, 5, false));
    assert_eq!(lunar("2024-02-01"), (2023, 12, 22, false));
    assert_eq!(LunarYear::new(2023).unwrap().leap_month(), Some(2));
    assert_eq!(LunarYear::new(2024).unwrap().leap_month(), None);
    // 2025 has no "30 Tết": month 12 of Giáp Thìn has 29 days.
    assert_eq!(
        LunarYear::new(2024)
            .unwrap()
            .month_length(12, false)
            .unwrap(),
        29
    );
    assert!(LunarDate::new(2024, 12, 30, false).is_err());
    assert_eq!(lunar("2025-01-28"), (2024, 12, 29, false));
    assert_eq!(LunarYear::new(2025).unwrap().tet(), date("2025-01-29"));
    assert_eq!(LunarYear::new(2025).unwrap().leap_month(), Some(6));
    assert_eq!(LunarYear::new(2026).unwrap().tet(), date("2026-02-17"));
    // Giỗ Tổ (10/3) 2024 is 18 April; Trung thu 2024 is 17 September.
    assert_eq!(
        LunarDate::new(2024, 3, 10, false).unwrap().to_solar(),
        date("2024-04-18")
    );
    assert_eq!(
        LunarDate::new(2024, 8, 15, false).unwrap().to_solar(),
        date("2024-09-17")
    );
    // Can chi of the first day of Giáp Thìn.
    let d = JulianDay::from_date(date("2024-02-10"));
    assert_eq!(CanChi::of_day(d).name(), "Giáp Thìn");
    assert_eq!(CanChi::of_month(2024, 1).name(), "Bính Dần");
    assert_eq!(CanChi::of_year(2024).name(), "Giáp Thìn");
}

/// Where the Vietnamese calendar and the Chinese one part.
#[test]
fn vietnam_is_not_china() {
    assert_eq!(LunarYear::new(1968).unwrap().tet(), date("1968-01-29"));
    assert_eq!(LunarYear::new(1985).unwrap().tet(), date("1985-01-21"));
    assert_eq!(LunarYear::new(2007).unwrap().tet(), date("2007-02-17"));
    assert_eq!(lunar("2021-01-04"), (2020, 11, 22, false));
}

/// New moons a few minutes before midnight (UTC+7) that the simplified
/// algorithm puts on the next day, and the two "day 0" dates it produces.
#[test]
fn near_midnight_new_moons() {
    for (first_day, prev) in [
        ("2072-12-09", "2072-12-08"),
        ("2077-11-15", "2077-11-14"),
        ("2130-05-07", "2130-05-06"),
        ("2159-05-17", "2159-05-16"),
        ("2175-01-22", "2175-01-21"),
        ("2199-01-26", "2199-01-25"),
    ] {
        assert_eq!(lunar(first_day).2, 1, "{first_day} begins a month");
        assert!(lunar(prev).2 >= 29, "{prev} ends a month");
    }
    assert_eq!(LunarYear::new(2175).unwrap().tet(), date("2175-01-22"));
    assert_eq!(LunarYear::new(2199).unwrap().tet(), date("2199-01-26"));
    assert_eq!(lunar("2054-05-07"), (2054, 4, 1, false));
    assert_eq!(lunar("2062-04-09").2, 30);
    assert_eq!(lunar("2062-04-10").2, 1);
}

/// The published overrides hold.
#[test]
fn documented_overrides() {
    assert_eq!(lunar("1906-04-23"), (1906, 4, 1, false));
    assert_eq!(
        LunarYear::new(1924)
            .unwrap()
            .month_length(12, false)
            .unwrap(),
        30
    );
    assert_eq!(LunarYear::new(1925).unwrap().tet(), date("1925-01-25"));
    assert_eq!(lunar("2054-05-07"), (2054, 4, 1, false));
}

#[test]
fn impossible_dates_say_why() {
    let e = LunarDate::new(2024, 4, 1, true).unwrap_err().to_string();
    assert_eq!(e, "lunar year 2024 has no leap month");
    let e = LunarDate::new(2023, 3, 1, true).unwrap_err().to_string();
    assert_eq!(
        e,
        "lunar year 2023 has leap month 2 only, not a leap month 3"
    );
    let e = LunarDate::new(2024, 12, 30, false).unwrap_err().to_string();
    assert!(
        e.ends_with("month 12 of lunar year 2024 has 29 days"),
        "{e}"
    );
    assert!(LunarDate::new(2024, 13, 1, false).is_err());
    assert!(LunarDate::new(2024, 1, 0, false).is_err());
    let e = LunarDate::new(2500, 1, 1, false).unwrap_err().to_string();
    assert!(
        e == "lunar year 2500 is outside the supported range (solar dates 1800-01-01 to 2399-12-31)",
        "{e}"
    );
    let e = LunarDate::from_solar(date("1700-01-01"))
        .unwrap_err()
        .to_string();
    assert!(
        e.starts_with("1700-01-01 is outside the supported range"),
        "{e}"
    );
}
