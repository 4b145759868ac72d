//! From rules to occurrences: the concrete days of each event inside a
//! range of dates, in date order, as the widget and the exports need them.

use super::model::{Event, Schedule, When};
use super::validate::{lunar_rule_date, rule_years};
use crate::small_sort::stable_sort_by_key;
use chrono::{Datelike, NaiveDate};

/// One occurrence of an event: its first and last day (inclusive).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Occurrence<'a> {
    /// The event.
    pub event: &'a Event,
    /// First day.
    pub start: NaiveDate,
    /// Last day (the same as `start` for one-day events).
    pub end: NaiveDate,
}

impl Occurrence<'_> {
    /// Whether `day` falls inside the occurrence.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// Every occurrence that touches `[from, to]`, sorted by start day, then
/// by the event's order in the file. Undated events have none.
///
/// # Example
/// ```
/// use lich_core::schedule::{builtin, expand};
/// use chrono::NaiveDate;
/// let s = builtin::soc_trang_tet_2024();
/// let day = NaiveDate::from_ymd_opt(2024, 2, 10).unwrap();
/// let on_tet: Vec<_> = expand(&s, day, day).into_iter().map(|o| o.event.id.as_str()).collect();
/// assert!(on_tet.contains(&"nghi-tet"));
/// assert!(on_tet.contains(&"treo-co-tet"));
/// ```
pub fn expand<'a>(schedule: &'a Schedule, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence<'a>> {
    let mut out: Vec<(usize, Occurrence<'a>)> = Vec::new();
    for (order, event) in schedule.events.iter().enumerate() {
        let mut push = |start: NaiveDate, end: NaiveDate| {
            if start <= to && from <= end {
                out.push((order, Occurrence { event, start, end }));
            }
        };
        match event.when {
            When::Day(d) => push(d, d),
            When::Range(a, b) => push(a, b),
            When::Solar { month, day, years } => {
                for y in rule_years(years, from.year(), to.year()) {
                    if let Some(d) = NaiveDate::from_ymd_opt(y, month, day) {
                        push(d, d);
                    }
                }
            }
            When::Lunar {
                month,
                day,
                missing,
                years,
            } => {
                // A lunar year starts in January or February, so lunar year
                // y − 1 can still reach into solar year y.
                for y in (from.year() - 1)..=to.year() {
                    if let Some(d) = lunar_rule_date(y, month, day, missing) {
                        if rule_years(years, d.year(), d.year()).contains(&d.year()) {
                            push(d, d);
                        }
                    }
                }
            }
            When::Undated(_) => {}
        }
    }
    stable_sort_by_key(out, |(order, o)| (o.start, *order))
        .into_iter()
        .map(|(_, o)| o)
        .collect()
}
