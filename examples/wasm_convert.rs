//! The conversion benchmark of `benches/convert.rs` compiled to wasm: every
//! day 1900-01-31 … 2199-12-31, solar → lunar and lunar → solar. Run in
//! headless Chromium by `node e2e/bench/convert.mjs`, which builds it, times
//! each export with `performance.now()` and prints conversions per second.
use lich::calendar::{JulianDay, LunarDate};
use std::cell::RefCell;
use std::hint::black_box;
use wasm_bindgen::prelude::*;

fn range() -> (JulianDay, JulianDay) {
    (
        JulianDay::from_ymd(1900, 1, 31),
        JulianDay::from_ymd(2199, 12, 31),
    )
}

thread_local! {
    /// The lunar dates of the range, made once so that only conversions are timed.
    static LUNAR: RefCell<Vec<LunarDate>> = const { RefCell::new(Vec::new()) };
}

/// Number of days in the range (conversions per call).
#[wasm_bindgen]
pub fn days() -> u32 {
    let (first, last) = range();
    (last - first + 1) as u32
}

/// Prepares the lunar dates for [`lunar_to_solar_all`]; returns their count.
#[wasm_bindgen]
pub fn prepare() -> u32 {
    let (first, last) = range();
    let dates: Vec<LunarDate> = (first.value()..=last.value())
        .filter_map(|d| LunarDate::from_julian_day(JulianDay::new(d)).ok())
        .collect();
    let n = dates.len() as u32;
    LUNAR.with(|l| *l.borrow_mut() = dates);
    n
}

/// Solar → lunar for every day; returns a checksum (so nothing is skipped).
#[wasm_bindgen]
pub fn solar_to_lunar_all() -> u32 {
    let (first, last) = range();
    let mut acc = 0u32;
    let mut d = first;
    while d <= last {
        if let Ok(l) = LunarDate::from_julian_day(black_box(d)) {
            acc = acc.wrapping_add(u32::from(l.day()));
        }
        d = d + 1;
    }
    acc
}

/// Lunar → solar for every day; returns a checksum.
#[wasm_bindgen]
pub fn lunar_to_solar_all() -> u32 {
    LUNAR.with(|l| {
        l.borrow().iter().fold(0u32, |acc, &d| {
            acc.wrapping_add(black_box(d).to_julian_day().value() as u32)
        })
    })
}

thread_local! {
    /// The same days as plain numbers, as a page holds them: (year, month, day)
    /// and (lunar year, month, day, leap as 0/1), four i32 per day.
    static PLAIN: RefCell<(Vec<i32>, Vec<i32>)> = const { RefCell::new((Vec::new(), Vec::new())) };
}

/// The days of the range as plain numbers, for a JavaScript peer to convert
/// the same inputs: solar (y, m, d, 0) then lunar (y, m, d, leap), flat.
#[wasm_bindgen]
pub fn plain_days() -> Vec<i32> {
    use chrono::Datelike;
    let (first, last) = range();
    let mut solar = Vec::new();
    let mut lunar = Vec::new();
    for d in first.value()..=last.value() {
        let day = JulianDay::new(d);
        let (Some(date), Ok(l)) = (day.to_date(), LunarDate::from_julian_day(day)) else {
            continue;
        };
        solar.extend([date.year(), date.month() as i32, date.day() as i32, 0]);
        lunar.extend([
            l.year(),
            i32::from(l.month()),
            i32::from(l.day()),
            i32::from(l.is_leap()),
        ]);
    }
    let all = [solar.as_slice(), lunar.as_slice()].concat();
    PLAIN.with(|p| *p.borrow_mut() = (solar, lunar));
    all
}

/// Checked solar → lunar from plain numbers (the date is validated, then
/// its range): the path a page's `convert(y, m, d)` takes. Returns a checksum.
#[wasm_bindgen]
pub fn solar_to_lunar_checked_all() -> u32 {
    PLAIN.with(|p| {
        p.borrow().0.chunks_exact(4).fold(0u32, |acc, c| {
            let date = chrono::NaiveDate::from_ymd_opt(black_box(c[0]), c[1] as u32, c[2] as u32);
            match date.map(LunarDate::from_solar) {
                Some(Ok(l)) => acc.wrapping_add(u32::from(l.day())),
                _ => acc,
            }
        })
    })
}

/// Checked lunar → solar from plain numbers (`LunarDate::new` validates the
/// month, the leap month and the day against the year). Returns a checksum.
#[wasm_bindgen]
pub fn lunar_to_solar_checked_all() -> u32 {
    PLAIN.with(|p| {
        p.borrow().1.chunks_exact(4).fold(0u32, |acc, c| {
            match LunarDate::new(black_box(c[0]), c[1] as u8, c[2] as u8, c[3] != 0) {
                Ok(l) => acc.wrapping_add(l.to_julian_day().value() as u32),
                Err(_) => acc,
            }
        })
    })
}

/// One checked solar → lunar conversion called from JavaScript, as a page
/// would call a library per date: the lunar day, month, leap and year packed
/// (day | month << 5 | leap << 9 | year << 10), or 0 for a bad date.
#[wasm_bindgen]
pub fn solar_to_lunar(year: i32, month: u32, day: u32) -> i32 {
    match chrono::NaiveDate::from_ymd_opt(year, month, day).map(LunarDate::from_solar) {
        Some(Ok(l)) => {
            i32::from(l.day())
                | i32::from(l.month()) << 5
                | i32::from(l.is_leap()) << 9
                | l.year() << 10
        }
        _ => 0,
    }
}

/// One checked lunar → solar conversion called from JavaScript: the Julian
/// day number, or 0 for a date that does not exist.
#[wasm_bindgen]
pub fn lunar_to_solar(year: i32, month: u8, day: u8, leap: bool) -> i32 {
    LunarDate::new(year, month, day, leap).map_or(0, |l| l.to_julian_day().value())
}
