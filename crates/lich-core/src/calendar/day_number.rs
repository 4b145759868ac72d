//! The one pivot every conversion goes through: the Julian day number.
//!
//! A Julian day number (JDN) counts civil days continuously: JDN 2451545 is
//! 2000-01-01. Solar (Gregorian) dates, lunar dates and the astronomy all meet
//! here, so no conversion ever goes from one calendar to another directly.
//! [`chrono::NaiveDate`] stays at the edges: [`JulianDay::from_date`] and
//! [`JulianDay::to_date`] are the only bridges.

use chrono::{Datelike, NaiveDate};
use core::fmt;
use core::ops::{Add, Sub};

/// The JDN of 0001-01-01 (proleptic Gregorian) minus one, so that
/// `JDN = num_days_from_ce + CE_OFFSET`.
const CE_OFFSET: i32 = 1_721_425;

/// A civil day counted as a Julian day number.
///
/// # Example
/// ```
/// use lich_core::calendar::JulianDay;
/// use chrono::NaiveDate;
/// let d = NaiveDate::from_ymd_opt(2024, 2, 10).unwrap();
/// assert_eq!(JulianDay::from_date(d).value(), 2_460_351);
/// assert_eq!(JulianDay::from_date(d).to_date(), Some(d));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JulianDay(i32);

impl JulianDay {
    /// Wraps a raw Julian day number.
    pub const fn new(jdn: i32) -> Self {
        JulianDay(jdn)
    }

    /// The raw Julian day number.
    pub const fn value(self) -> i32 {
        self.0
    }

    /// The JDN of a proleptic Gregorian date.
    pub fn from_date(date: NaiveDate) -> Self {
        JulianDay(date.num_days_from_ce() + CE_OFFSET)
    }

    /// The JDN of year/month/day, computed without chrono (usable in `const`).
    /// The arguments must form a valid Gregorian date.
    pub const fn from_ymd(year: i32, month: u32, day: u32) -> Self {
        // Fliegel & Van Flandern (1968), in integer arithmetic.
        let a = (14 - month as i32) / 12;
        let y = year + 4800 - a;
        let m = month as i32 + 12 * a - 3;
        JulianDay(day as i32 + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045)
    }

    /// The Gregorian date of this day, or `None` outside chrono's range.
    pub fn to_date(self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(self.0 - CE_OFFSET)
    }

    /// The Gregorian (year, month, day) of this day, without chrono.
    pub const fn to_ymd(self) -> (i32, u32, u32) {
        // Richards' inverse of the formula above.
        let f = self.0 + 1401 + (((4 * self.0 + 274_277) / 146_097) * 3) / 4 - 38;
        let e = 4 * f + 3;
        let g = (e % 1461) / 4;
        let h = 5 * g + 2;
        let day = (h % 153) / 5 + 1;
        let month = ((h / 153 + 2) % 12) + 1;
        let year = e / 1461 - 4716 + (12 + 2 - month) / 12;
        (year, month as u32, day as u32)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub const fn weekday_from_monday(self) -> u32 {
        self.0.rem_euclid(7) as u32
    }
}

impl Add<i32> for JulianDay {
    type Output = JulianDay;
    fn add(self, days: i32) -> JulianDay {
        JulianDay(self.0 + days)
    }
}

impl Sub<i32> for JulianDay {
    type Output = JulianDay;
    fn sub(self, days: i32) -> JulianDay {
        JulianDay(self.0 - days)
    }
}

impl Sub for JulianDay {
    type Output = i32;
    fn sub(self, other: JulianDay) -> i32 {
        self.0 - other.0
    }
}

impl fmt::Debug for JulianDay {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.to_ymd();
        write!(f, "JDN {} ({y:04}-{m:02}-{d:02})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer formulas against chrono, for every day of 1700–2500.
    #[test]
    fn formulas_agree_with_chrono() {
        let mut d = NaiveDate::from_ymd_opt(1700, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(2500, 12, 31).unwrap();
        while d <= end {
            let jd = JulianDay::from_date(d);
            assert_eq!(jd, JulianDay::from_ymd(d.year(), d.month(), d.day()), "{d}");
            assert_eq!(jd.to_ymd(), (d.year(), d.month(), d.day()), "{d}");
            assert_eq!(
                jd.weekday_from_monday(),
                d.weekday().num_days_from_monday(),
                "{d}"
            );
            d = d.succ_opt().unwrap();
        }
    }

    #[test]
    fn debug_shows_the_date() {
        assert_eq!(
            format!("{:?}", JulianDay::new(2_451_545)),
            "JDN 2451545 (2000-01-01)"
        );
    }
}
