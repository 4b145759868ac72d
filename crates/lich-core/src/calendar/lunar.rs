//! Lunar dates (âm lịch) and the conversions between solar and lunar days.
//!
//! A [`LunarDate`] is a year (named by the solar year in which its Tết falls),
//! a month 1–12 with a leap flag, and a day 1–30. It is checked when made:
//! day 30 of a 29-day month, or a leap month the year does not have, is an
//! [`Error`], never a silently shifted date. Conversions read the year table
//! ([`super::year_table`]) through the [`JulianDay`] pivot.

use super::day_number::JulianDay;
use super::year_table::{self, YearData};
use crate::error::{Error, Result};
use chrono::NaiveDate;
use core::fmt;

/// A day of the Vietnamese lunisolar calendar.
///
/// # Example
/// ```
/// use lich_core::calendar::LunarDate;
/// use chrono::NaiveDate;
/// let tet = LunarDate::from_solar(NaiveDate::from_ymd_opt(2024, 2, 10).unwrap())?;
/// assert_eq!((tet.year(), tet.month(), tet.day(), tet.is_leap()), (2024, 1, 1, false));
/// assert_eq!(tet.to_solar(), NaiveDate::from_ymd_opt(2024, 2, 10).unwrap());
/// // Giáp Thìn has no leap month:
/// assert!(LunarDate::new(2024, 4, 1, true).is_err());
/// # Ok::<(), lich_core::Error>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LunarDate {
    year: i32,
    month: u8,
    leap: bool,
    day: u8,
}

/// Describes the supported range in words, for error messages.
fn supported_range() -> String {
    let (first, last) = year_table::covered_days();
    let ymd = |d: JulianDay| {
        let (y, m, dd) = d.to_ymd();
        format!("{y:04}-{m:02}-{dd:02}")
    };
    format!(
        "solar dates {} to {}, lunar years {} to {}",
        ymd(first),
        ymd(last),
        year_table::YEARS.start(),
        year_table::YEARS.end()
    )
}

/// The table row of lunar year `year`, or a range error.
pub(crate) fn year_data(year: i32) -> Result<YearData> {
    year_table::year(year).ok_or_else(|| Error::OutOfRange {
        what: format!("lunar year {year}"),
        supported: supported_range(),
    })
}

impl LunarDate {
    /// A checked lunar date. `leap` asks for the leap month numbered `month`.
    pub fn new(year: i32, month: u8, day: u8, leap: bool) -> Result<Self> {
        let shown = format!(
            "{day}/{month}{} of lunar year {year}",
            if leap { " (leap)" } else { "" }
        );
        let invalid = |reason: String| Error::InvalidLunarDate {
            date: shown.clone(),
            reason,
        };
        if !(1..=12).contains(&month) {
            return Err(invalid("a lunar month is numbered 1 to 12".into()));
        }
        if !(1..=30).contains(&day) {
            return Err(invalid("a lunar day is numbered 1 to 30".into()));
        }
        let y = year_data(year)?;
        let Some(index) = y.index_of(month, leap) else {
            let has = match y.leap_month {
                0 => "has no leap month".to_string(),
                m => format!("has leap month {m} only"),
            };
            return Err(invalid(format!("lunar year {year} {has}")));
        };
        let length = y.month_length_at(index);
        if day > length {
            return Err(invalid(format!(
                "month {month}{} of lunar year {year} has {length} days",
                if leap { " (leap)" } else { "" }
            )));
        }
        Ok(LunarDate {
            year,
            month,
            leap,
            day,
        })
    }

    /// The lunar date of a Julian day.
    pub fn from_julian_day(day: JulianDay) -> Result<Self> {
        let Some(y) = year_table::year_containing(day) else {
            let (yy, m, d) = day.to_ymd();
            return Err(Error::OutOfRange {
                what: format!("{yy:04}-{m:02}-{d:02}"),
                supported: supported_range(),
            });
        };
        let mut offset = day - y.tet;
        let mut index = 0;
        loop {
            let length = i32::from(y.month_length_at(index));
            if offset < length || index + 1 >= y.month_count() {
                break;
            }
            offset -= length;
            index += 1;
        }
        let (month, leap) = y.month_at(index);
        Ok(LunarDate {
            year: y.year,
            month,
            leap,
            day: offset as u8 + 1,
        })
    }

    /// The lunar date of a solar date.
    pub fn from_solar(date: NaiveDate) -> Result<Self> {
        Self::from_julian_day(JulianDay::from_date(date))
    }

    /// The Julian day of this lunar date.
    pub fn to_julian_day(self) -> JulianDay {
        // The date was checked when made, so its year is in the table.
        let Ok(y) = year_data(self.year) else {
            return JulianDay::new(0);
        };
        let index = y.index_of(self.month, self.leap).unwrap_or(0);
        y.tet + y.days_before(index) + i32::from(self.day) - 1
    }

    /// The solar date of this lunar date.
    pub fn to_solar(self) -> NaiveDate {
        self.to_julian_day().to_date().unwrap_or_default()
    }

    /// The lunar year (the solar year of its Tết).
    pub const fn year(self) -> i32 {
        self.year
    }

    /// The month number, 1–12.
    pub const fn month(self) -> u8 {
        self.month
    }

    /// The day of the month, 1–30.
    pub const fn day(self) -> u8 {
        self.day
    }

    /// Whether the month is the year's leap month (tháng nhuận).
    pub const fn is_leap(self) -> bool {
        self.leap
    }

    /// Number of days in this date's month.
    pub fn month_length(self) -> u8 {
        year_data(self.year)
            .ok()
            .and_then(|y| {
                y.index_of(self.month, self.leap)
                    .map(|i| y.month_length_at(i))
            })
            .unwrap_or(29)
    }
}

impl fmt::Debug for LunarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "LunarDate({}-{:02}{}-{:02})",
            self.year,
            self.month,
            if self.leap { "L" } else { "" },
            self.day
        )
    }
}

/// One month of a lunar year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarMonth {
    /// Month number, 1–12.
    pub number: u8,
    /// Whether it is the leap month.
    pub leap: bool,
    /// Its first day.
    pub first_day: NaiveDate,
    /// 29 or 30.
    pub length: u8,
}

/// A lunar year: its Tết, its months, its leap month.
///
/// # Example
/// ```
/// use lich_core::calendar::LunarYear;
/// let quy_mao = LunarYear::new(2023)?;
/// assert_eq!(quy_mao.leap_month(), Some(2));
/// assert_eq!(quy_mao.months().count(), 13);
/// assert_eq!(LunarYear::new(2024)?.tet().to_string(), "2024-02-10");
/// # Ok::<(), lich_core::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LunarYear {
    data: YearData,
}

impl LunarYear {
    /// The lunar year `year`, if in range.
    pub fn new(year: i32) -> Result<Self> {
        Ok(LunarYear {
            data: year_data(year)?,
        })
    }

    /// The lunar year number.
    pub const fn year(&self) -> i32 {
        self.data.year
    }

    /// The first day of the year: Tết Nguyên đán.
    pub fn tet(&self) -> NaiveDate {
        self.data.tet.to_date().unwrap_or_default()
    }

    /// The leap month's number, if the year has one.
    pub const fn leap_month(&self) -> Option<u8> {
        match self.data.leap_month {
            0 => None,
            m => Some(m),
        }
    }

    /// Number of days in the year.
    pub const fn length(&self) -> i32 {
        self.data.length()
    }

    /// The months in order (12, or 13 with the leap month).
    pub fn months(&self) -> impl Iterator<Item = LunarMonth> + '_ {
        let mut start = self.data.tet;
        (0..self.data.month_count()).map(move |i| {
            let (number, leap) = self.data.month_at(i);
            let length = self.data.month_length_at(i);
            let first_day = start.to_date().unwrap_or_default();
            start = start + i32::from(length);
            LunarMonth {
                number,
                leap,
                first_day,
                length,
            }
        })
    }

    /// The length of month `month` (leap or not), or an error if the year has no such month.
    pub fn month_length(&self, month: u8, leap: bool) -> Result<u8> {
        LunarDate::new(self.data.year, month, 1, leap).map(LunarDate::month_length)
    }
}
