//! The month as the widget paints it: the grid's 42 cells with their
//! classes, visible labels and accessible names, the heading and the
//! weekday columns — all words already in the reader's language.
//!
//! It depends only on the schedule, the month, the first weekday, today,
//! the filter and the language, so the shell computes it once per month
//! (`use_memo`) and a move of the focus inside the month costs nothing here.

use crate::calendar::names::Lang;
use crate::calendar::solar_term::SolarTerm;
use crate::calendar::LunarDate;
use crate::day_marks::{mark_days, DayMarks, Filter};
use crate::error::Result;
use crate::month_grid::{DayCell, MonthGrid, WeekStart};
use crate::schedule::{DayOffReason, Schedule};
use crate::words;
use chrono::{Datelike, NaiveDate};

/// One day cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    /// The solar date.
    pub date: NaiveDate,
    /// The solar day of the month.
    pub day: u32,
    /// The lunar label ("1/1", "15").
    pub lunar_label: String,
    /// Whether the day belongs to the shown month.
    pub in_month: bool,
    /// Whether it is today.
    pub is_today: bool,
    /// The cell's classes.
    pub classes: String,
    /// Its lunar date.
    pub lunar: LunarDate,
    /// A solar term that begins on this day.
    pub term_begins: Option<SolarTerm>,
    /// What the month grid's cell says besides what it shows: its markers
    /// in words ("ngày nghỉ, treo cờ, trực") and the names it has no room
    /// for. The cell's name is its content, so it begins with what is seen.
    pub spoken: String,
    /// What the day carries.
    pub marks: DayMarks,
    /// The word shown for a day off ("Nghỉ", "Nghỉ bù").
    pub off_word: Option<&'static str>,
    /// The name shown in the cell (a festival's, or else a solar term's
    /// that begins that day), and whether it is a term.
    pub label: Option<(String, bool)>,
}

/// A month of the grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthModel {
    /// Solar year.
    pub year: i32,
    /// Solar month.
    pub month: u32,
    /// The heading: "Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn".
    pub title: String,
    /// The weekday columns in order: (long name, short name).
    pub weekdays: Vec<(&'static str, &'static str)>,
    /// 42 cells, six weeks.
    pub cells: Vec<Cell>,
    /// The next day off, when today is in this month (the month "Hôm nay"
    /// opens on tells the visitor what comes next even if it is empty).
    pub next_off: Option<super::agenda::NextOff>,
}

impl MonthModel {
    /// The month `year`-`month` of `schedule`.
    ///
    /// # Example
    /// ```
    /// use lich_core::view::month::MonthModel;
    /// use lich_core::{calendar::names::Lang, day_marks::Filter, month_grid::WeekStart, schedule::builtin};
    /// let m = MonthModel::new(&builtin::shared(), 2024, 2, WeekStart::Monday, None, Filter::default(), Lang::Vi)?;
    /// let tet = m.cells.iter().find(|c| c.date.to_string() == "2024-02-10").unwrap();
    /// assert_eq!(tet.lunar_label, "1/1");
    /// assert_eq!(tet.off_word, Some("Nghỉ"));
    /// assert!(tet.name(Lang::Vi).starts_with("Thứ Bảy, 10 tháng 2 năm 2024, mùng 1 tháng Giêng năm Giáp Thìn"));
    /// # Ok::<(), lich_core::Error>(())
    /// ```
    pub fn new(
        schedule: &Schedule,
        year: i32,
        month: u32,
        week_start: WeekStart,
        today: Option<NaiveDate>,
        filter: Filter,
        lang: Lang,
    ) -> Result<MonthModel> {
        let grid = MonthGrid::new(year, month, week_start, today)?;
        let first = grid.cells.first().map(|c| c.date);
        let last = grid.cells.last().map(|c| c.date);
        let marks = match (first, last) {
            (Some(a), Some(b)) => mark_days(schedule, a, b, filter, lang),
            _ => Vec::new(),
        };
        let words = words::of(lang);
        let cells = grid
            .cells
            .iter()
            .zip(marks)
            .map(|(c, m)| cell(c, m, lang))
            .collect();
        let order: Vec<usize> = match week_start {
            WeekStart::Monday => (0..7).collect(),
            WeekStart::Sunday => std::iter::once(6).chain(0..6).collect(),
        };
        let names = words.names();
        Ok(MonthModel {
            year,
            month,
            title: grid.title(lang),
            weekdays: order
                .into_iter()
                .map(|i| (names.weekdays[i], names.weekdays_short[i]))
                .collect(),
            cells,
            next_off: today
                .filter(|t| (t.year(), t.month()) == (year, month))
                .and_then(|t| super::agenda::NextOff::new(schedule, t, filter.reader, lang)),
        })
    }

    /// The grid's first day (the table's `data-from`). The cells carry no
    /// date of their own — a day is this plus its place in the grid — since
    /// 42 dates rewritten on every month switch were the largest single cost
    /// of the switch's DOM work.
    pub fn first(&self) -> NaiveDate {
        self.cells.first().map_or(NaiveDate::MIN, |c| c.date)
    }

    /// The six weeks, seven cells each.
    pub fn weeks(&self) -> impl Iterator<Item = &[Cell]> {
        self.cells.chunks(7)
    }

    /// The cells of the shown month only.
    pub fn days(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| c.in_month)
    }
}

fn cell(c: &DayCell, m: DayMarks, lang: Lang) -> Cell {
    let words = words::of(lang);
    let t = words.ui();
    let off_word = m.off.map(|reason| match reason {
        DayOffReason::Compensatory => t.mark_compensatory,
        _ => t.mark_off,
    });
    let label = match (m.names.first(), c.term_begins) {
        (Some(name), _) => Some((name.clone(), false)),
        (None, Some(term)) => Some((term.name(lang).to_string(), true)),
        (None, None) => None,
    };
    Cell {
        date: c.date,
        day: c.date.day(),
        lunar_label: c.lunar_label.clone(),
        in_month: c.in_month,
        is_today: c.is_today,
        classes: classes(c, &m),
        lunar: c.lunar,
        term_begins: c.term_begins,
        spoken: spoken(&m, lang),
        off_word,
        label,
        marks: m,
    }
}

impl Cell {
    /// The whole day in one sentence (both calendars, the names, the solar
    /// term that begins, every marker in words): the year view's name of a
    /// day, whose cell shows only a number. Made when asked for, not with
    /// the month: the month grid's cells are named by their content.
    pub fn name(&self, lang: Lang) -> String {
        let words = words::of(lang);
        let mut parts = vec![
            words.solar_date_spoken(self.date),
            words.lunar_date(self.lunar),
        ];
        parts.extend(self.marks.names.iter().cloned());
        if let Some(term) = self.term_begins {
            parts.push(format!(
                "{} {}",
                words.ui().solar_term_in_name,
                term.name(lang)
            ));
        }
        parts.extend(self.marks.words(lang).into_iter().map(String::from));
        parts.join(", ")
    }
}

/// The markers in words, then the names beyond the one the cell shows.
fn spoken(marks: &DayMarks, lang: Lang) -> String {
    let mut parts: Vec<&str> = marks.words(lang);
    parts.extend(marks.names.iter().skip(1).map(String::as_str));
    parts.join(", ")
}

/// The classes of a day cell.
fn classes(c: &DayCell, m: &DayMarks) -> String {
    let mut classes = vec!["lich-day"];
    if !c.in_month {
        classes.push("lich-outside");
    }
    if c.is_today {
        classes.push("lich-today");
    }
    if c.date.weekday().num_days_from_monday() == 6 {
        classes.push("lich-sunday");
    }
    if c.lunar.day() == 1 {
        classes.push("lich-new-month");
    }
    if let Some((a, b)) = m.off_period {
        classes.push("lich-off");
        if c.date == a {
            classes.push("lich-off-start");
        }
        if c.date == b {
            classes.push("lich-off-end");
        }
    }
    if m.workday {
        classes.push("lich-workday");
    }
    if m.expected {
        classes.push("lich-expected");
    }
    if m.overruled.is_some() {
        classes.push("lich-overruled");
    }
    // A name or a solar term to show: where it cannot fit (narrow screens,
    // high zoom) the cell draws a ✱ instead.
    if !m.names.is_empty() || c.term_begins.is_some() {
        classes.push("lich-named");
    }
    classes.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builtin;

    #[test]
    fn february_2024() {
        let s = builtin::shared();
        let today = "2024-02-10".parse().ok();
        let m = MonthModel::new(
            &s,
            2024,
            2,
            WeekStart::Monday,
            today,
            Filter::default(),
            Lang::Vi,
        )
        .unwrap();
        assert_eq!(m.cells.len(), 42);
        assert_eq!(m.first().to_string(), "2024-01-29");
        assert_eq!(m.days().count(), 29);
        assert_eq!(m.weekdays[0], ("Thứ Hai", "T2"));
        let tet = m
            .cells
            .iter()
            .find(|c| c.date.to_string() == "2024-02-10")
            .unwrap();
        assert!(tet.classes.contains("lich-today") && tet.classes.contains("lich-off"));
        assert_eq!(
            tet.name(Lang::Vi),
            "Thứ Bảy, 10 tháng 2 năm 2024, mùng 1 tháng Giêng năm Giáp Thìn, Tết Nguyên đán (mùng 1 Tết), ngày nghỉ, treo cờ, trực"
        );
        let term = m
            .cells
            .iter()
            .find(|c| c.date.to_string() == "2024-02-04")
            .unwrap();
        assert_eq!(term.label, Some(("Lập xuân".to_string(), true)));
        assert!(term.name(Lang::Vi).ends_with("tiết khí Lập xuân"));
        let nghi_bu = m
            .cells
            .iter()
            .find(|c| c.date.to_string() == "2024-02-13")
            .unwrap();
        assert_eq!(nghi_bu.off_word, Some("Nghỉ bù"));
        let en = MonthModel::new(
            &s,
            2024,
            2,
            WeekStart::Sunday,
            None,
            Filter::default(),
            Lang::En,
        )
        .unwrap();
        assert_eq!(en.weekdays[0], ("Sunday", "Sun"));
        assert!(en
            .cells
            .iter()
            .find(|c| c.date.to_string() == "2024-02-04")
            .unwrap()
            .name(Lang::En)
            .ends_with("solar term Start of Spring"));
    }
}
