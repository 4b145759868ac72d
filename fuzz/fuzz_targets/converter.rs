//! The converter on arbitrary day numbers and lunar fields: an error or a
//! date that round-trips, never a panic or a wrong date.
#![no_main]
use libfuzzer_sys::fuzz_target;
use lich::calendar::{JulianDay, LunarDate};

fuzz_target!(|input: (i32, i32, u8, u8, bool)| {
    let (jdn, year, month, day, leap) = input;
    if let Ok(l) = LunarDate::from_julian_day(JulianDay::new(jdn)) {
        assert_eq!(l.to_julian_day(), JulianDay::new(jdn));
        assert!((1..=30).contains(&l.day()) && (1..=12).contains(&l.month()));
    }
    if let Ok(l) = LunarDate::new(year, month, day, leap) {
        assert_eq!(LunarDate::from_julian_day(l.to_julian_day()).unwrap(), l);
    }
});
