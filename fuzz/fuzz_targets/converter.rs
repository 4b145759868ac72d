//! The converter on arbitrary day numbers and lunar fields: an error or a
//! date that round-trips, never a panic or a wrong date; solar terms of
//! every covered day.
#![no_main]
use libfuzzer_sys::fuzz_target;
use lich_core::calendar::solar_term::{term_of_day, terms_between};
use lich_core::calendar::{JulianDay, LunarDate};

fuzz_target!(|input: (i32, i32, u8, u8, bool)| {
    let (jdn, year, month, day, leap) = input;
    if let Ok(l) = LunarDate::from_julian_day(JulianDay::new(jdn)) {
        assert_eq!(l.to_julian_day(), JulianDay::new(jdn));
        assert!((1..=30).contains(&l.day()) && (1..=12).contains(&l.month()));
        // Every day with a lunar date has a solar term, and a term that
        // begins that day is the one a span search over that day finds.
        let day = l.to_solar();
        let (term, begins) = term_of_day(day).expect("a covered day has a term");
        let found = terms_between(day, day);
        assert_eq!(found.first().map(|f| f.1), begins.then_some(term));
    }
    if let Ok(l) = LunarDate::new(year, month, day, leap) {
        assert_eq!(LunarDate::from_julian_day(l.to_julian_day()).unwrap(), l);
    }
});
