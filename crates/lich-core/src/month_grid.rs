//! The month view model: the 6 × 7 days the widget paints, computed before
//! any view code runs, so it can be tested without a browser.
//!
//! Weeks start on Monday by default (T2 … CN), as Vietnamese calendars print
//! them; Sunday-first is an option. The grid always has 42 cells, so the
//! widget's height does not jump from month to month.

use crate::calendar::names::Lang;
use crate::calendar::solar_term::{terms_between, SolarTerm};
use crate::calendar::{JulianDay, LunarDate};
use crate::error::{Error, Result};
use chrono::{Datelike, NaiveDate};

/// The first day of the week.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum WeekStart {
    /// Thứ Hai (the Vietnamese default).
    #[default]
    Monday,
    /// Chủ Nhật.
    Sunday,
}

/// One day of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayCell {
    /// The solar date.
    pub date: NaiveDate,
    /// Its lunar date.
    pub lunar: LunarDate,
    /// Whether it belongs to the shown month (the others pad the weeks).
    pub in_month: bool,
    /// Whether it is today (in Vietnam's time zone; given by the caller).
    pub is_today: bool,
    /// The lunar label to print: "1/1" on the first day of a lunar month
    /// and on the first cell, "1/2 N" for a leap month, else the day.
    pub lunar_label: String,
    /// A solar term that begins on this day.
    pub term_begins: Option<SolarTerm>,
}

/// A month of the solar calendar, laid out in weeks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    /// Solar year.
    pub year: i32,
    /// Solar month, 1–12.
    pub month: u32,
    /// First day of the week.
    pub week_start: WeekStart,
    /// 42 cells, six weeks.
    pub cells: Vec<DayCell>,
}

impl MonthGrid {
    /// The grid of `year`-`month`; `today` marks a cell if it falls inside.
    ///
    /// # Example
    /// ```
    /// use lich_core::month_grid::{MonthGrid, WeekStart};
    /// let g = MonthGrid::new(2024, 2, WeekStart::Monday, None)?;
    /// assert_eq!(g.cells.len(), 42);
    /// assert_eq!(g.cells[0].date.to_string(), "2024-01-29"); // a Monday
    /// let tet = g.cells.iter().find(|c| c.date.to_string() == "2024-02-10").unwrap();
    /// assert_eq!(tet.lunar_label, "1/1");
    /// # Ok::<(), lich_core::Error>(())
    /// ```
    pub fn new(
        year: i32,
        month: u32,
        week_start: WeekStart,
        today: Option<NaiveDate>,
    ) -> Result<Self> {
        let first = NaiveDate::from_ymd_opt(year, month, 1)
            .ok_or(Error::SolarMonthNumber { year, month })?;
        crate::calendar::in_range(first)?;
        let offset = match week_start {
            WeekStart::Monday => first.weekday().num_days_from_monday(),
            WeekStart::Sunday => first.weekday().num_days_from_sunday(),
        };
        let start = JulianDay::from_date(first) - offset as i32;
        let span = (start.to_date(), (start + 41).to_date());
        let terms = match span {
            (Some(a), Some(b)) => terms_between(a, b),
            _ => Vec::new(),
        };
        let mut cells = Vec::with_capacity(42);
        for i in 0..42 {
            let jd = start + i;
            // Padding days may lie just outside the supported range, in the
            // year table's margin.
            let out_of_range = Error::DayOutOfRange { day: jd.to_ymd() };
            let date = jd.to_date().ok_or(out_of_range.clone())?;
            let lunar = LunarDate::in_table(jd).ok_or(out_of_range)?;
            let lunar_label = if lunar.day() == 1 || i == 0 {
                format!(
                    "{}/{}{}",
                    lunar.day(),
                    lunar.month(),
                    if lunar.is_leap() { " N" } else { "" }
                )
            } else {
                lunar.day().to_string()
            };
            let term_begins = terms.iter().find(|(d, _)| *d == date).map(|&(_, t)| t);
            cells.push(DayCell {
                date,
                lunar,
                in_month: date.month() == month,
                is_today: Some(date) == today,
                lunar_label,
                term_begins,
            });
        }
        Ok(MonthGrid {
            year,
            month,
            week_start,
            cells,
        })
    }

    /// The six weeks, seven cells each.
    pub fn weeks(&self) -> impl Iterator<Item = &[DayCell]> {
        self.cells.chunks(7)
    }

    /// The heading: "Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn".
    pub fn title(&self, lang: Lang) -> String {
        let words = crate::words::of(lang);
        let inside: Vec<&DayCell> = self.cells.iter().filter(|c| c.in_month).collect();
        let (Some(a), Some(b)) = (inside.first(), inside.last()) else {
            return String::new();
        };
        let lunar_month =
            |l: LunarDate| words.lunar_month_of_year(l.month(), l.is_leap(), l.year());
        let span = if (a.lunar.year(), a.lunar.month(), a.lunar.is_leap())
            == (b.lunar.year(), b.lunar.month(), b.lunar.is_leap())
        {
            lunar_month(a.lunar)
        } else {
            format!("{} – {}", lunar_month(a.lunar), lunar_month(b.lunar))
        };
        format!("{} · {span}", words.solar_month(self.year, self.month))
    }
}

/// The month after (`delta` = 1) or before (`delta` = −1) `year`-`month`.
pub fn shift_month(year: i32, month: u32, delta: i32) -> (i32, u32) {
    let n = year * 12 + month as i32 - 1 + delta;
    (n.div_euclid(12), n.rem_euclid(12) as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn february_2024() {
        let g = MonthGrid::new(2024, 2, WeekStart::Monday, Some(d("2024-02-10"))).unwrap();
        assert_eq!(g.cells.len(), 42);
        assert_eq!(g.cells[0].date, d("2024-01-29"));
        assert_eq!(g.cells[0].lunar_label, "19/12");
        assert_eq!(g.cells.iter().filter(|c| c.in_month).count(), 29);
        let today: Vec<_> = g.cells.iter().filter(|c| c.is_today).collect();
        assert_eq!(today.len(), 1);
        assert_eq!(today[0].lunar_label, "1/1");
        assert_eq!(
            g.cells
                .iter()
                .find(|c| c.date == d("2024-02-09"))
                .unwrap()
                .lunar_label,
            "30"
        );
        assert_eq!(
            g.cells
                .iter()
                .find(|c| c.date == d("2024-02-04"))
                .unwrap()
                .term_begins,
            Some(SolarTerm::new(21))
        );
        assert_eq!(
            g.title(Lang::Vi),
            "Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn"
        );
        assert_eq!(
            g.title(Lang::En),
            "February 2024 · lunar month 12 of Quý Mão – lunar month 1 of Giáp Thìn"
        );
    }

    #[test]
    fn sunday_first_and_leap_label() {
        let g = MonthGrid::new(2023, 3, WeekStart::Sunday, None).unwrap();
        assert_eq!(g.cells[0].date, d("2023-02-26"));
        assert_eq!(
            g.cells
                .iter()
                .find(|c| c.date == d("2023-03-22"))
                .unwrap()
                .lunar_label,
            "1/2 N"
        );
        assert!(g.title(Lang::Vi).contains("tháng Hai nhuận Quý Mão"));
    }

    #[test]
    fn bad_months() {
        assert!(MonthGrid::new(2024, 13, WeekStart::Monday, None).is_err());
        assert!(MonthGrid::new(2600, 1, WeekStart::Monday, None).is_err());
        // The first and last supported months, whose padding days lie in
        // the table's margin.
        let first = MonthGrid::new(1800, 1, WeekStart::Monday, None).unwrap();
        assert_eq!(first.cells[0].date, d("1799-12-30"));
        let last = MonthGrid::new(2399, 12, WeekStart::Monday, None).unwrap();
        assert_eq!(last.cells[41].date, d("2400-01-09"));
        assert!(MonthGrid::new(1799, 12, WeekStart::Monday, None).is_err());
        assert!(MonthGrid::new(2400, 1, WeekStart::Monday, None).is_err());
        assert_eq!(shift_month(2024, 1, -1), (2023, 12));
        assert_eq!(shift_month(2024, 12, 1), (2025, 1));
    }
}
