//! The lunar year table: each lunar year in four bytes, generated from the
//! astronomy in [`super::astro`] and checked against it by a test.
//!
//! A lunar year is fully described by the day of its Tết, the length (29 or
//! 30 days) of each of its 12 or 13 months, and which month, if any, is the
//! leap month. Conversions read only this table; astronomy runs when the table
//! is generated (`cargo run --example gen_year_table`) and in the test that
//! regenerates every row.
//!
//! # The rules (Vietnamese calendar)
//! - A month begins on the local day containing the new moon.
//! - Month 11 is the month containing the winter solstice.
//! - When 13 new moons separate two months 11, the year has a leap month:
//!   the first month after month 11 that contains no major solar term
//!   (trung khí: the Sun at a multiple of 30°); it repeats the number of the
//!   month before it.
//! - The local meridian ([`utc_offset_hours`]) is UTC+7 from lunar year 1968
//!   on and UTC+8 before, as in the published Vietnamese tables: North
//!   Vietnam switched at Tết 1968, so that Tết fell on 1968-01-29 in Vietnam
//!   and on 1968-01-30 in China. Before 1929 the tables follow, as the Chinese
//!   calendars of the time did, Beijing mean solar time (116°25′E,
//!   UTC+7:45:40): that alone reproduces their month starts of 1906-04-23 and
//!   1916-02-03, whose new moons fall at 00:06 and 00:05 UTC+8.
//!
//! # Overrides
//! The published tables have two month starts that astronomy alone does not
//! give; [`OVERRIDES`] lists them with their reasons.
//!
//! # Bit layout of a row (`u32`)
//! ```text
//!  bits 0..=12  month lengths in order, bit i set = the i-th month has 30 days
//!  bits 13..=16 leap month number (0 = no leap month)
//!  bits 17..=22 Tết as days after 1 January of the same solar year
//! ```

use super::astro;
use super::day_number::JulianDay;
use super::year_data::{COVERED, FIRST_YEAR, ROWS};

/// Lunar years of the table (inclusive). It covers every solar date of
/// 1800–2399 and a little more on either side.
pub const YEARS: core::ops::RangeInclusive<i32> = FIRST_YEAR..=FIRST_YEAR + ROWS.len() as i32 - 1;

/// Lunar years for which the table follows the published Vietnamese tables
/// (checked day by day against the reference data); the rest is computed.
pub const PUBLISHED_YEARS: core::ops::RangeInclusive<i32> = 1900..=2199;

/// One lunar year, unpacked from its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct YearData {
    /// The lunar year (the solar year in which its Tết falls).
    pub year: i32,
    /// Day of Tết (mùng 1 tháng Giêng).
    pub tet: JulianDay,
    /// Bit i set: the i-th month of the year has 30 days.
    pub long_months: u16,
    /// Number of the leap month, 0 if none.
    pub leap_month: u8,
}

impl YearData {
    /// Number of months: 12, or 13 with a leap month.
    pub const fn month_count(&self) -> u8 {
        if self.leap_month == 0 {
            12
        } else {
            13
        }
    }

    /// Length of the i-th month (0-based position within the year).
    pub const fn month_length_at(&self, index: u8) -> u8 {
        29 + ((self.long_months >> index) & 1) as u8
    }

    /// Days from Tết to the first day of the i-th month.
    pub const fn days_before(&self, index: u8) -> i32 {
        let mask = (1u16 << index) - 1;
        29 * index as i32 + (self.long_months & mask).count_ones() as i32
    }

    /// Number of days in the year.
    pub const fn length(&self) -> i32 {
        self.month_count() as i32 * 29 + self.long_months.count_ones() as i32
    }

    /// (month number, is leap) of the i-th month of the year.
    pub const fn month_at(&self, index: u8) -> (u8, bool) {
        if self.leap_month == 0 || index < self.leap_month {
            (index + 1, false)
        } else if index == self.leap_month {
            (self.leap_month, true)
        } else {
            (index, false)
        }
    }

    /// Position within the year of month `month` (leap or not), if it exists.
    pub const fn index_of(&self, month: u8, leap: bool) -> Option<u8> {
        if month < 1 || month > 12 {
            return None;
        }
        if leap {
            if self.leap_month == month {
                Some(month)
            } else {
                None
            }
        } else if self.leap_month != 0 && month > self.leap_month {
            Some(month)
        } else {
            Some(month - 1)
        }
    }

    /// Packs into a table row.
    pub const fn pack(&self) -> u32 {
        let (y, _, _) = self.tet.to_ymd();
        let offset = self.tet.value() - JulianDay::from_ymd(y, 1, 1).value();
        (self.long_months as u32) | ((self.leap_month as u32) << 13) | ((offset as u32) << 17)
    }

    /// Unpacks a table row of lunar year `year`.
    pub const fn unpack(year: i32, row: u32) -> Self {
        YearData {
            year,
            tet: JulianDay::new(JulianDay::from_ymd(year, 1, 1).value() + (row >> 17) as i32),
            long_months: (row & 0x1fff) as u16,
            leap_month: ((row >> 13) & 0xf) as u8,
        }
    }
}

/// The first and last day the table covers.
pub fn covered_days() -> (JulianDay, JulianDay) {
    (JulianDay::new(COVERED.0), JulianDay::new(COVERED.1 - 1))
}

/// The year data of lunar year `year`, if the table has it.
pub fn year(year: i32) -> Option<YearData> {
    let row = *ROWS.get(usize::try_from(year - FIRST_YEAR).ok()?)?;
    Some(YearData::unpack(year, row))
}

/// The lunar year containing `day`, if the table covers it.
pub fn year_containing(day: JulianDay) -> Option<YearData> {
    let d = day.value();
    if d < COVERED.0 || d >= COVERED.1 {
        return None;
    }
    // The mean year guesses the row; at most one step corrects it.
    let guess = (i64::from(d - COVERED.0) * 10_000 / 3_652_425) as i32;
    let mut y = year(FIRST_YEAR + guess.min(ROWS.len() as i32 - 1))?;
    while y.tet.value() > d {
        y = year(y.year - 1)?;
    }
    while y.tet.value() + y.length() <= d {
        y = year(y.year + 1)?;
    }
    Some(y)
}

// ---------------------------------------------------------------------------
// Generation from astronomy.

/// A documented departure of the published tables from astronomy: the month
/// `(year, month, leap)` begins on `starts` instead.
#[derive(Clone, Copy, Debug)]
pub struct Override {
    /// Lunar year of the month.
    pub year: i32,
    /// Month number.
    pub month: u8,
    /// Whether it is the leap month.
    pub leap: bool,
    /// The day the published tables start it, as (year, month, day).
    pub starts: (i32, u32, u32),
    /// Why.
    pub reason: &'static str,
}

/// The entries of the published tables that astronomy does not give.
pub const OVERRIDES: [Override; 2] = [
    Override {
        year: 1925,
        month: 1,
        leap: false,
        starts: (1925, 1, 25),
        reason: "the published tables give month 12 of Giáp Tý (1924) 30 days, so Tết Ất Sửu \
                 is 1925-01-25, not the astronomical 1925-01-24",
    },
    Override {
        year: 2054,
        month: 4,
        leap: false,
        starts: (2054, 5, 7),
        reason: "the new moon is 23 seconds after midnight UTC+7 on 2054-05-08, well inside the \
                 uncertainty of ΔT; the published tables begin month 4 on 2054-05-07",
    },
];

/// The UTC offset (hours) of the meridian used for lunar year `year`:
/// UTC+7 from 1968, UTC+8 for 1929–1967, Beijing mean time (116°25′E)
/// before 1929.
pub const fn utc_offset_hours(year: i32) -> f64 {
    if year >= 1968 {
        7.0
    } else if year >= 1929 {
        8.0
    } else {
        1397.0 / 180.0
    }
}

/// The local day containing the universal time `jd`.
fn local_day(jd: f64, tz: f64) -> JulianDay {
    JulianDay::new((jd + 0.5 + tz / 24.0).floor() as i32)
}

/// The universal time of local midnight at the start of `day`.
fn local_midnight(day: JulianDay, tz: f64) -> f64 {
    f64::from(day.value()) - 0.5 - tz / 24.0
}

/// The lunation index and start day of month 11 of solar year `y`: the
/// month containing the winter solstice.
fn month11(y: i32, tz: f64) -> (i32, JulianDay) {
    let guess = f64::from(JulianDay::from_ymd(y, 12, 21).value());
    let solstice = local_day(astro::sun_reaches(270.0, guess), tz);
    let mut k = astro::lunation_near(f64::from(solstice.value()));
    while local_day(astro::new_moon_ut(k), tz) > solstice {
        k -= 1;
    }
    while local_day(astro::new_moon_ut(k + 1), tz) <= solstice {
        k += 1;
    }
    (k, local_day(astro::new_moon_ut(k), tz))
}

/// Whether the month from `start` to `end` (exclusive) contains a major term.
fn has_major_term(start: JulianDay, end: JulianDay, tz: f64) -> bool {
    let a = astro::sun_longitude_ut(local_midnight(start, tz)) / 30.0;
    let b = astro::sun_longitude_ut(local_midnight(end, tz)) / 30.0;
    a.floor() != b.floor()
}

/// One month as astronomy numbers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Month {
    start: JulianDay,
    number: u8,
    leap: bool,
}

/// The months from month 11 of solar year `y - 1` up to (not including)
/// month 11 of solar year `y`: one "sui".
fn sui(y: i32, tz: f64) -> Vec<Month> {
    let (k0, _) = month11(y - 1, tz);
    let (k1, _) = month11(y, tz);
    let starts: Vec<JulianDay> = (k0..=k1)
        .map(|k| local_day(astro::new_moon_ut(k), tz))
        .collect();
    let leap_year = k1 - k0 == 13;
    let mut months = Vec::with_capacity(13);
    let mut number = 11u8;
    let mut leap_found = false;
    for w in starts.windows(2) {
        let (start, end) = (w[0], w[1]);
        let is_leap =
            leap_year && !leap_found && !months.is_empty() && !has_major_term(start, end, tz);
        if is_leap {
            leap_found = true;
        } else if !months.is_empty() {
            number = number % 12 + 1;
        }
        months.push(Month {
            start,
            number,
            leap: is_leap,
        });
    }
    months
}

/// Applies the overrides to a month of lunar year `year`.
fn overridden(year: i32, m: Month, apply: bool) -> JulianDay {
    if apply {
        for o in OVERRIDES {
            if o.year == year && o.month == m.number && o.leap == m.leap {
                return JulianDay::from_ymd(o.starts.0, o.starts.1, o.starts.2);
            }
        }
    }
    m.start
}

/// Computes lunar year `year` from astronomy, with or without the overrides.
pub fn compute_year(year: i32, with_overrides: bool) -> YearData {
    let tz = utc_offset_hours(year);
    let first = sui(year, tz);
    let second = sui(year + 1, tz);
    let next_tz = utc_offset_hours(year + 1);
    let next_sui = if next_tz == tz {
        second.clone()
    } else {
        sui(year + 1, next_tz)
    };
    let is_new_year = |m: &Month| m.number == 1 && !m.leap;

    let mut months: Vec<Month> = first
        .iter()
        .copied()
        .skip_while(|m| !is_new_year(m))
        .collect();
    months.extend(second.iter().copied().take_while(|m| !is_new_year(m)));
    let next_tet = next_sui
        .iter()
        .copied()
        .find(is_new_year)
        .map(|m| overridden(year + 1, m, with_overrides));

    let starts: Vec<JulianDay> = months
        .iter()
        .map(|&m| overridden(year, m, with_overrides))
        .collect();
    let mut long_months = 0u16;
    let mut leap_month = 0u8;
    for (i, m) in months.iter().enumerate() {
        let end = starts
            .get(i + 1)
            .copied()
            .or(next_tet)
            .unwrap_or(starts[i] + 29);
        if end - starts[i] == 30 {
            long_months |= 1 << i;
        }
        if m.leap {
            leap_month = m.number;
        }
    }
    YearData {
        year,
        tet: starts[0],
        long_months,
        leap_month,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_round_trip_through_pack() {
        for y in YEARS {
            let data = year(y).unwrap();
            assert_eq!(YearData::unpack(y, data.pack()), data);
        }
    }

    /// The stored bounds are those of the rows (regenerate both together).
    #[test]
    fn covered_days_match_the_rows() {
        let (first, last) = (year(*YEARS.start()).unwrap(), year(*YEARS.end()).unwrap());
        assert_eq!(
            COVERED,
            (first.tet.value(), last.tet.value() + last.length())
        );
        assert_eq!(year_containing(first.tet), Some(first));
        assert_eq!(year_containing(first.tet - 1), None);
        assert_eq!(year_containing(last.tet + (last.length() - 1)), Some(last));
        assert_eq!(year_containing(last.tet + last.length()), None);
    }

    #[test]
    fn consecutive_years_touch() {
        for y in *YEARS.start()..*YEARS.end() {
            let (a, b) = (year(y).unwrap(), year(y + 1).unwrap());
            assert_eq!(a.tet + a.length(), b.tet, "{a:?} → {b:?}");
            assert!(matches!(a.length(), 353..=355 | 383..=385), "{a:?}");
        }
    }

    /// Every row is what astronomy gives, but for the documented overrides,
    /// and each override is needed: without it astronomy would differ.
    #[test]
    fn table_is_regenerated_by_astronomy() {
        let mut differing = Vec::new();
        for y in YEARS {
            let stored = year(y).unwrap();
            assert_eq!(
                compute_year(y, true),
                stored,
                "row {y} is stale: regenerate the table"
            );
            if compute_year(y, false) != stored {
                differing.push(y);
            }
        }
        assert_eq!(differing, [1924, 1925, 2054]);
    }
}
