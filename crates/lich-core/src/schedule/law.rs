//! The law's holidays for any year, and where decisions replace them.
//!
//! Bộ luật Lao động gives paid holidays as rules (Điều 112(1) of the 2019
//! Code from 2021; Điều 115 of the 2012 Code for 2013–2020): Tết Dương lịch
//! on 01/01, five days of Tết Âm lịch, Giỗ Tổ on 10/3 âm lịch, 30/4 and
//! 1/5, and Quốc khánh on 02/9 (with one more adjacent day from 2021); a
//! holiday on the weekly rest day gives a nghỉ bù on the next working day
//! (Điều 111(3)). The built-in rules file (`static/data/vn-law.json`)
//! writes them as yearly events with a [`Statute`](super::Statute), so a change of law is a
//! data edit.
//!
//! What the law fixes and what a decision fixes stay apart. The Prime
//! Minister places the rest of the Tết days and the second Quốc khánh day
//! each year and may approve swaps; so for an occasion and year with no
//! decision in the data, the statute's fixed days and their nghỉ bù are
//! *expected* ([`Confidence::Expected`]), and what is left to decide is said
//! in words. A decision is any dated day off or make-up day with the same
//! [`Occasion`](super::Occasion) and year that is not itself expected: it replaces the
//! expectation for that occasion and year by that explicit link, never by
//! overlapping dates. An event can also name events it `supersedes` (a
//! provincial notice replaced by a national decision); those are dropped.

use super::model::{Confidence, Event, Kind, Schedule, When};
use crate::small_sort::stable_sort_by_key;
use chrono::{Datelike, NaiveDate, Weekday};
use std::collections::HashSet;

/// A day the law gives for a year without a decision: a statute's fixed
/// day, or the nghỉ bù of one that falls on a weekend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedDay<'a> {
    /// The statute's event.
    pub event: &'a Event,
    /// The day.
    pub day: NaiveDate,
    /// For a nghỉ bù, the holiday day it makes up for.
    pub compensates: Option<NaiveDate>,
}

/// The occasion and year an occurrence of `e` ending on `last` is about.
pub fn occasion_of(e: &Event, last: NaiveDate) -> Option<(&str, i32)> {
    let o = e.occasion.as_ref()?;
    Some((o.id.as_str(), o.year.unwrap_or(last.year())))
}

/// The events some other event supersedes, as (file id, event id).
pub fn superseded(schedule: &Schedule) -> HashSet<(&str, &str)> {
    schedule
        .events
        .iter()
        .flat_map(|e| {
            e.supersedes.iter().map(move |s| match s.split_once('/') {
                Some((file, id)) => (file, id),
                None => (e.origin.as_str(), s.as_str()),
            })
        })
        .collect()
}

/// Whether `e` is a decision for its occasion: a dated day off or make-up
/// day that is not itself expected.
fn is_decision(e: &Event) -> bool {
    e.statute.is_none()
        && e.occasion.is_some()
        && e.confidence != Confidence::Expected
        && matches!(
            e.kind,
            Kind::DayOff(_) | Kind::Holiday | Kind::MakeUpWorkday { .. }
        )
        && matches!(e.when, When::Day(_) | When::Range(..))
}

fn last_day(e: &Event) -> Option<NaiveDate> {
    match e.when {
        When::Day(d) => Some(d),
        When::Range(_, b) => Some(b),
        _ => None,
    }
}

/// The occasions and years a decision in the data settles.
pub fn decided<'a>(
    schedule: &'a Schedule,
    gone: &HashSet<(&str, &str)>,
) -> HashSet<(&'a str, i32)> {
    schedule
        .events
        .iter()
        .filter(|e| is_decision(e) && !gone.contains(&(e.origin.as_str(), e.id.as_str())))
        .filter_map(|e| occasion_of(e, last_day(e)?))
        .collect()
}

/// The first day of a statute's run in `year` (the year its date falls
/// in), if the rule holds that year.
fn start_in(e: &Event, year: i32) -> Option<NaiveDate> {
    let (first, years) = match e.when {
        When::Solar {
            month,
            day,
            years,
            missing,
        } => (
            super::expand::solar_rule_date(year, month, day, missing)?,
            years,
        ),
        When::Lunar {
            month,
            day,
            years,
            missing,
        } => {
            // The lunar year whose date falls in solar `year`.
            let date = [year, year - 1]
                .into_iter()
                .filter_map(|y| super::expand::lunar_rule_date(y, month, day, missing))
                .find(|d| d.year() == year)?;
            (date, years)
        }
        _ => return None,
    };
    match years {
        Some((a, b)) if !(a..=b).contains(&year) => None,
        _ => Some(first),
    }
}

fn weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The days the law gives in solar `year` for the occasions no decision
/// settles: every statute's fixed days, then the nghỉ bù of those on a
/// weekend, each on the next working day that is not a holiday, a decided
/// day off or another nghỉ bù. In date order.
pub fn expected_days<'a>(
    schedule: &'a Schedule,
    year: i32,
    decided: &HashSet<(&str, i32)>,
) -> Vec<ExpectedDay<'a>> {
    let mut runs: Vec<(&Event, Vec<NaiveDate>)> = Vec::new();
    for e in schedule.events.iter() {
        let (Some(st), Some(occasion)) = (&e.statute, &e.occasion) else {
            continue;
        };
        if decided.contains(&(occasion.id.as_str(), year)) {
            continue;
        }
        let Some(first) = start_in(e, year) else {
            continue;
        };
        let run = first
            .iter_days()
            .take(usize::from(st.fixed))
            .filter(|d| crate::calendar::RANGE.contains(d))
            .collect();
        runs.push((e, run));
    }
    // Days that are off already: every statute day of the year and every
    // decided day off (a nghỉ bù never lands on one).
    // One flag per day of the year (and the first days of the next, where a
    // late nghỉ bù may land): a few hundred bytes, no ordered set needed.
    let mut taken = Taken::new(year);
    for d in runs.iter().flat_map(|(_, r)| r.iter()) {
        taken.insert(*d);
    }
    for e in schedule
        .events
        .iter()
        .filter(|e| matches!(e.kind, Kind::DayOff(_) | Kind::Holiday))
    {
        match e.when {
            When::Day(d) => taken.insert(d),
            When::Range(a, b) => taken.insert_range(a, b),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let runs = stable_sort_by_key(runs, |(_, r)| r.first().copied());
    for (e, run) in &runs {
        out.extend(run.iter().map(|&day| ExpectedDay {
            event: e,
            day,
            compensates: None,
        }));
        if !e.statute.as_ref().is_some_and(|s| s.compensation) {
            continue;
        }
        let Some(&last) = run.last() else { continue };
        let mut next = last;
        for &off in run.iter().filter(|d| weekend(**d)) {
            next = next.succ_opt().unwrap_or(next);
            while weekend(next) || taken.contains(next) {
                next = match next.succ_opt() {
                    Some(n) => n,
                    None => break,
                };
            }
            taken.insert(next);
            out.push(ExpectedDay {
                event: e,
                day: next,
                compensates: Some(off),
            });
        }
    }
    stable_sort_by_key(out, |d| (d.day, d.compensates.is_some()))
}

/// The days off of a year, and of the following January (a nghỉ bù for a
/// late-December holiday lands there), as flags by day number.
struct Taken {
    first: NaiveDate,
    days: Vec<bool>,
}

impl Taken {
    const SPAN: usize = 366 + 31;

    fn new(year: i32) -> Taken {
        Taken {
            first: NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN),
            days: vec![false; Taken::SPAN],
        }
    }

    fn index(&self, d: NaiveDate) -> Option<usize> {
        usize::try_from((d - self.first).num_days())
            .ok()
            .filter(|i| *i < Taken::SPAN)
    }

    fn insert(&mut self, d: NaiveDate) {
        if let Some(i) = self.index(d) {
            self.days[i] = true;
        }
    }

    /// Marks `[a, b]`, cut to the span (a long range costs no more than the span).
    fn insert_range(&mut self, a: NaiveDate, b: NaiveDate) {
        let a = a.max(self.first);
        for d in a.iter_days().take_while(|d| *d <= b).take(Taken::SPAN) {
            self.insert(d);
        }
    }

    fn contains(&self, d: NaiveDate) -> bool {
        self.index(d).is_some_and(|i| self.days[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{Occasion, Statute, Text};

    fn rule(id: &str, when: When, statute: Statute) -> Event {
        Event {
            id: id.into(),
            kind: Kind::DayOff(crate::schedule::DayOffReason::Holiday),
            title: Text::default(),
            description: None,
            when,
            sources: vec![],
            audience: vec![],
            who: crate::schedule::Audiences::default(),
            concerns: crate::schedule::Audiences::default(),
            time: None,
            begins: None,
            composition: None,
            contacts: vec![],
            confidence: Confidence::Expected,
            occasion: Some(Occasion {
                id: id.into(),
                year: None,
            }),
            supersedes: vec![],
            statute: Some(statute),
            origin: "law".into(),
        }
    }

    fn statute(days: u8, fixed: u8) -> Statute {
        Statute {
            days,
            fixed,
            compensation: true,
            undecided: None,
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn nghi_bu_goes_to_the_next_free_working_day() {
        let schedule = Schedule {
            id: "law".into(),
            title: Text::default(),
            publisher: Default::default(),
            updated: d("2024-01-01"),
            focus: None,
            documents: vec![],
            contacts: vec![],
            events: vec![
                rule(
                    "tet",
                    When::Lunar {
                        month: 1,
                        day: 1,
                        missing: crate::schedule::MissingDay::Skip,
                        years: None,
                    },
                    statute(5, 3),
                ),
                rule(
                    "30-4",
                    When::Solar {
                        month: 4,
                        day: 30,
                        missing: crate::schedule::MissingDay::Skip,
                        years: None,
                    },
                    statute(2, 2),
                ),
            ],
            notes: vec![],
            merged: vec![],
        };
        let days = expected_days(&schedule, 2027, &HashSet::new());
        let shown: Vec<(String, Option<String>)> = days
            .iter()
            .map(|x| (x.day.to_string(), x.compensates.map(|c| c.to_string())))
            .collect();
        // Tết Đinh Mùi: mùng 1–3 on Sat 06/02, Sun 07/02, Mon 08/02 → nghỉ
        // bù Tue 09/02 and Wed 10/02. 30/4 Fri, 1/5 Sat → nghỉ bù Mon 03/05.
        let s = |x: &str| x.to_string();
        assert_eq!(
            shown,
            [
                (s("2027-02-06"), None),
                (s("2027-02-07"), None),
                (s("2027-02-08"), None),
                (s("2027-02-09"), Some(s("2027-02-06"))),
                (s("2027-02-10"), Some(s("2027-02-07"))),
                (s("2027-04-30"), None),
                (s("2027-05-01"), None),
                (s("2027-05-03"), Some(s("2027-05-01"))),
            ]
        );
        // A decision for Tết 2027 leaves only 30/4–1/5 to the law.
        let decided: HashSet<(&str, i32)> = [("tet", 2027)].into();
        assert_eq!(expected_days(&schedule, 2027, &decided).len(), 3);
    }
}
