//! From rules to occurrences: the concrete days of each event inside a
//! range of dates, in date order, as the widget and the exports need them.
//! The law's statutes give their expected days and nghỉ bù only for the
//! occasions and years no decision settles ([`super::law`]); superseded
//! events give none.

use super::law;
use super::model::{DayOffReason, Event, Kind, MissingDay, Schedule, When};
use crate::calendar::{LunarDate, LunarYear};
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
    /// For a nghỉ bù the law gives (not written in the file), the holiday
    /// day on a weekend it makes up for.
    pub compensates: Option<NaiveDate>,
}

impl Occurrence<'_> {
    /// Whether `day` falls inside the occurrence.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// What the occurrence is: the event's kind, or a compensatory day off
    /// for a nghỉ bù the law gives.
    pub fn kind(&self) -> Kind {
        match self.compensates {
            Some(_) => Kind::DayOff(DayOffReason::Compensatory),
            None => self.event.kind.clone(),
        }
    }

    /// The occasion and year it is about.
    pub fn occasion(&self) -> Option<(&str, i32)> {
        law::occasion_of(self.event, self.end)
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
    let gone = law::superseded(schedule);
    let mut has_statute = false;
    for (order, event) in schedule.events.iter().enumerate() {
        if event.statute.is_some() {
            has_statute = true;
            continue;
        }
        if gone.contains(&(event.origin.as_str(), event.id.as_str())) {
            continue;
        }
        let mut push = |start: NaiveDate, end: NaiveDate| {
            if start <= to && from <= end {
                out.push((
                    order,
                    Occurrence {
                        event,
                        start,
                        end,
                        compensates: None,
                    },
                ));
            }
        };
        match event.when {
            When::Day(d) => push(d, d),
            When::Range(a, b) => push(a, b),
            When::Solar {
                month,
                day,
                missing,
                years,
            } => {
                for y in rule_years(years, from.year(), to.year()) {
                    if let Some(d) = solar_rule_date(y, month, day, missing) {
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
    if has_statute {
        let decided = law::decided(schedule, &gone);
        for year in from.year()..=to.year() {
            for x in law::expected_days(schedule, year, &decided) {
                if from <= x.day && x.day <= to {
                    let order = schedule.events.len();
                    out.push((
                        order,
                        Occurrence {
                            event: x.event,
                            start: x.day,
                            end: x.day,
                            compensates: x.compensates,
                        },
                    ));
                }
            }
        }
    }
    stable_sort_by_key(out, |(order, o)| (o.start, *order))
        .into_iter()
        .map(|(_, o)| o)
        .collect()
}

/// The solar date of a yearly rule in year `year`; a 29 February in a
/// common year is the 28th or nothing, as the rule says.
pub(crate) fn solar_rule_date(
    year: i32,
    month: u32,
    day: u32,
    missing: MissingDay,
) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, day).or_else(|| match missing {
        MissingDay::LastDay => NaiveDate::from_ymd_opt(year, month, day - 1),
        MissingDay::Skip => None,
    })
}

/// The solar date of a yearly lunar rule in lunar year `year`, resolving a
/// missing 30th as the rule says.
pub(crate) fn lunar_rule_date(
    year: i32,
    month: u8,
    day: u8,
    missing: MissingDay,
) -> Option<NaiveDate> {
    match LunarDate::new(year, month, day, false) {
        Ok(l) => Some(l.to_solar()),
        Err(_) if missing == MissingDay::LastDay => {
            let length = LunarYear::new(year).ok()?.month_length(month, false).ok()?;
            LunarDate::new(year, month, length.min(day), false)
                .ok()
                .map(LunarDate::to_solar)
        }
        Err(_) => None,
    }
}

/// Solar years a yearly rule applies to, within `[a, b]`.
pub(crate) fn rule_years(
    years: Option<(i32, i32)>,
    a: i32,
    b: i32,
) -> core::ops::RangeInclusive<i32> {
    match years {
        Some((from, to)) => a.max(from)..=b.min(to),
        None => a..=b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn february_29_rules() {
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        assert_eq!(
            solar_rule_date(2024, 2, 29, MissingDay::Skip),
            Some(d("2024-02-29"))
        );
        assert_eq!(solar_rule_date(2025, 2, 29, MissingDay::Skip), None);
        assert_eq!(
            solar_rule_date(2025, 2, 29, MissingDay::LastDay),
            Some(d("2025-02-28"))
        );
    }
}
