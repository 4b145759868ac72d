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
