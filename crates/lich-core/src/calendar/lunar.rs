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

/// The table row of lunar year `year` if it has days inside the supported
/// range ([`super::RANGE`]), or the range error.
pub(crate) fn year_data(year: i32) -> Result<YearData> {
    let first = *super::YEARS.start() - 1;
    let last = *super::YEARS.end();
    year_table::year(year)
        .filter(|_| (first..=last).contains(&year))
        .ok_or(Error::LunarYearOutOfRange { year })
}

impl LunarDate {
    /// A checked lunar date. `leap` asks for the leap month numbered `month`.
    pub fn new(year: i32, month: u8, day: u8, leap: bool) -> Result<Self> {
        if !(1..=12).contains(&month) {
            return Err(Error::LunarMonthNumber { month });
        }
        if !(1..=30).contains(&day) {
            return Err(Error::LunarDayNumber { day });
        }
        let y = year_data(year)?;
        let Some(index) = y.index_of(month, leap) else {
            return Err(Error::NoSuchLeapMonth {
                year,
                month,
                leap_month: (y.leap_month != 0).then_some(y.leap_month),
            });
        };
        let length = y.month_length_at(index);
        if day > length {
            return Err(Error::LunarDayTooLarge {
                year,
                month,
                leap,
                day,
                length,
            });
        }
        let date = LunarDate {
            year,
            month,
            leap,
            day,
        };
        match date.to_julian_day().to_date() {
            Some(solar) => super::in_range(solar).map(|_| date),
            None => Err(Error::LunarYearOutOfRange { year }),
        }
    }

    /// The lunar date of a Julian day inside the supported range.
    pub fn from_julian_day(day: JulianDay) -> Result<Self> {
        match day.to_date() {
            Some(date) if super::RANGE.contains(&date) => Self::in_table(day).ok_or_else(|| {
                let (y, m, d) = day.to_ymd();
                Error::DayOutOfRange { day: (y, m, d) }
            }),
            _ => Err(Error::DayOutOfRange { day: day.to_ymd() }),
        }
    }

    /// The lunar date of any day the year table covers, including its
    /// margin outside [`super::RANGE`] (a month grid's padding days).
    pub(crate) fn in_table(day: JulianDay) -> Option<Self> {
        let y = year_table::year_containing(day)?;
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
        Some(LunarDate {
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
        let Some(y) = year_table::year(self.year) else {
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
        year_table::year(self.year)
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
