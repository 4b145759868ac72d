//! Days that two events contradict: a make-up working day (làm bù) that
//! another event says is off. Inside one file the validator reports them
//! with their place; across files — an agency's notice over the national
//! data — [`between_files`] finds them in the merged schedule, so the widget
//! can say so instead of painting both.
//!
//! Found by a sort and a binary search, not by comparing every pair: a file
//! of 2,500 make-up days and 2,500 days off costs 5,000 · log 2,500 steps,
//! not 6 million comparisons.

use super::model::{Event, Kind, When};
use crate::small_sort::stable_sort_by_key;
use chrono::NaiveDate;

/// A day both off and worked: the first such day of a make-up event, with
/// the indices (in the given list) of the make-up event and of a day-off
/// event covering that day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OffAndWorked {
    /// The day.
    pub day: NaiveDate,
    /// Index of the make-up workday event.
    pub work: usize,
    /// Index of the day-off event.
    pub off: usize,
}

fn days(e: &Event) -> Option<(NaiveDate, NaiveDate)> {
    match e.when {
        When::Day(d) => Some((d, d)),
        When::Range(a, b) => Some((a, b)),
        _ => None,
    }
}

/// Every make-up workday of `events` that a day-off event also covers (one
/// finding per make-up event), in the order of the make-up events.
pub fn off_and_worked<'a>(events: impl IntoIterator<Item = &'a Event>) -> Vec<OffAndWorked> {
    let mut off = Vec::new();
    let mut work = Vec::new();
    for (i, e) in events.into_iter().enumerate() {
        match (&e.kind, days(e)) {
            (Kind::DayOff(_), Some((a, b))) => off.push((a, b, i)),
            (Kind::MakeUpWorkday { .. }, Some((a, b))) => work.push((a, b, i)),
            _ => {}
        }
    }
    let off = stable_sort_by_key(off, |&(a, _, i)| (a, i));
    // reach[k]: of the first k + 1 day-off periods (by start), the one that
    // ends last.
    let mut reach: Vec<usize> = Vec::with_capacity(off.len());
    for (k, &(_, end, _)) in off.iter().enumerate() {
        let best = match reach.last() {
            Some(&j) if off[j].1 >= end => j,
            _ => k,
        };
        reach.push(best);
    }
    let mut found = Vec::new();
    for (a, b, w) in work {
        // The periods that start no later than the make-up period ends …
        let n = off.partition_point(|&(start, _, _)| start <= b);
        // … and of them, the one reaching furthest: it overlaps if anything does.
        if let Some(&j) = n.checked_sub(1).and_then(|last| reach.get(last)) {
            let (start, end, o) = off[j];
            if end >= a {
                found.push(OffAndWorked {
                    day: a.max(start),
                    work: w,
                    off: o,
                });
            }
        }
    }
    found
}

/// A contradiction between two schedule files merged into one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// The day.
    pub day: NaiveDate,
    /// (file id, event id) of the make-up workday.
    pub work: (String, String),
    /// (file id, event id) of the day off.
    pub off: (String, String),
}

/// The contradictions of a merged schedule's events that come from two
/// different files (those inside one file are the validator's).
pub fn between_files(events: &[Event]) -> Vec<Conflict> {
    off_and_worked(events)
        .into_iter()
        .filter_map(|c| {
            let (w, o) = (events.get(c.work)?, events.get(c.off)?);
            (w.origin != o.origin).then(|| Conflict {
                day: c.day,
                work: (w.origin.clone(), w.id.clone()),
                off: (o.origin.clone(), o.id.clone()),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{Confidence, DayOffReason, Text};

    const WORKED: Kind = Kind::MakeUpWorkday { makes_up: None };

    fn event(id: &str, kind: Kind, when: When, origin: &str) -> Event {
        Event {
            id: id.into(),
            kind,
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
            confidence: Confidence::Confirmed,
            occasion: None,
            supersedes: vec![],
            statute: None,
            origin: origin.into(),
        }
    }

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn finds_overlaps_by_sorting() {
        let off = Kind::DayOff(DayOffReason::Holiday);
        let events = [
            event(
                "long",
                off.clone(),
                When::Range(d("2024-04-27"), d("2024-05-05")),
                "a",
            ),
            event("w1", WORKED, When::Day(d("2024-05-04")), "a"),
            event("w2", WORKED, When::Day(d("2024-05-11")), "a"),
            event("short", off, When::Day(d("2024-05-11")), "b"),
            event(
                "w3",
                WORKED,
                When::Range(d("2024-04-20"), d("2024-04-27")),
                "b",
            ),
        ];
        let found = off_and_worked(&events);
        assert_eq!(
            found,
            [
                OffAndWorked {
                    day: d("2024-05-04"),
                    work: 1,
                    off: 0
                },
                OffAndWorked {
                    day: d("2024-05-11"),
                    work: 2,
                    off: 3
                },
                OffAndWorked {
                    day: d("2024-04-27"),
                    work: 4,
                    off: 0
                },
            ]
        );
        let across = between_files(&events);
        assert_eq!(across.len(), 2);
        assert_eq!(across[0].work, ("a".to_string(), "w2".to_string()));
        assert_eq!(across[0].off, ("b".to_string(), "short".to_string()));
    }

    /// The same answer as comparing every pair, on every small arrangement.
    #[test]
    fn agrees_with_every_pair() {
        let base = d("2024-01-01");
        let day = |n: u64| base.checked_add_days(chrono::Days::new(n)).unwrap();
        for seed in 0u64..400 {
            let mut x = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let mut next = |m: u64| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1);
                (x >> 33) % m
            };
            let events: Vec<Event> = (0..8)
                .map(|i| {
                    let a = next(20);
                    let b = a + next(4);
                    let kind = if next(2) == 0 {
                        WORKED
                    } else {
                        Kind::DayOff(DayOffReason::Swap)
                    };
                    event(&i.to_string(), kind, When::Range(day(a), day(b)), "f")
                })
                .collect();
            let fast: Vec<usize> = off_and_worked(&events).iter().map(|c| c.work).collect();
            let slow: Vec<usize> = events
                .iter()
                .enumerate()
                .filter(|(_, w)| w.kind == WORKED)
                .filter(|(_, w)| {
                    let (a, b) = days(w).unwrap();
                    events.iter().any(|o| {
                        matches!(o.kind, Kind::DayOff(_)) && {
                            let (c, e) = days(o).unwrap();
                            a <= e && c <= b
                        }
                    })
                })
                .map(|(i, _)| i)
                .collect();
            assert_eq!(fast, slow, "seed {seed}");
        }
    }
}
