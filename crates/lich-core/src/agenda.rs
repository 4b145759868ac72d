//! The agenda's queries: the reconciled entries of a span with countdowns,
//! the next break after today, and the obligations that have no date.

use crate::calendar::names::Lang;
use crate::day_marks::Filter;
use crate::schedule::entries::{reconcile, Class, Entry};
use crate::schedule::{expand, Audiences, Event, Occurrence, Schedule, When};
use chrono::NaiveDate;

/// Days from `today` to `day` in words: "hôm nay", "còn 5 ngày", "đã qua 2 ngày".
pub fn countdown(today: NaiveDate, day: NaiveDate, lang: Lang) -> String {
    crate::words::of(lang).countdown((day - today).num_days())
}

/// The events of `[from, to]` that the filter shows, in date order.
pub fn events_between(
    schedule: &Schedule,
    from: NaiveDate,
    to: NaiveDate,
    filter: Filter,
) -> Vec<Occurrence<'_>> {
    expand(schedule, from, to)
        .into_iter()
        .filter(|o| filter.shows_kind(&o.kind()))
        .collect()
}

/// The reconciled entries of `[from, to]` that the filter shows, in date order.
pub fn entries_between(
    schedule: &Schedule,
    from: NaiveDate,
    to: NaiveDate,
    filter: Filter,
) -> Vec<Entry<'_>> {
    reconcile(events_between(schedule, from, to, filter))
}

/// The first break (reconciled days off) that starts after `today`, within
/// two years, for `reader` (see [`Filter`]): on 1 December 2026 that is
/// Tết Dương lịch 2027, expected.
pub fn next_day_off(schedule: &Schedule, today: NaiveDate, reader: Audiences) -> Option<Entry<'_>> {
    let until = today.checked_add_days(chrono::Days::new(731))?;
    let upcoming: Vec<Occurrence> = expand(schedule, today.succ_opt()?, until)
        .into_iter()
        .filter(|o| Class::of(&o.kind()) == Class::Off && o.event.applies_to(reader))
        .collect();
    reconcile(upcoming).into_iter().find(|e| e.start > today)
}

/// Events the source gives no date for (e.g. reports "before Tết").
pub fn undated(schedule: &Schedule, filter: Filter) -> Vec<&Event> {
    schedule
        .events
        .iter()
        .filter(|e| matches!(e.when, When::Undated(_)) && filter.shows_kind(&e.kind))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::day_marks::Group;
    use crate::schedule::builtin;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn countdowns() {
        assert_eq!(
            countdown(d("2024-01-27"), d("2024-02-01"), Lang::Vi),
            "còn 5 ngày"
        );
        assert_eq!(
            countdown(d("2024-02-01"), d("2024-02-01"), Lang::Vi),
            "hôm nay"
        );
        assert_eq!(
            countdown(d("2024-02-03"), d("2024-02-01"), Lang::En),
            "2 days ago"
        );
    }

    #[test]
    fn agenda_of_the_seed() {
        let s = builtin::all();
        let feb = events_between(&s, d("2024-02-01"), d("2024-02-29"), Filter::default());
        assert_eq!(feb[0].event.id, "han-danh-sach-truc");
        assert!(feb.windows(2).all(|w| w[0].start <= w[1].start));
        let next = next_day_off(&s, d("2024-01-27"), Audiences::AT_WORK).unwrap();
        assert_eq!((next.start, next.end), (d("2024-02-08"), d("2024-02-14")));
        // Across the year's end, to what the law gives.
        let next = next_day_off(&s, d("2026-12-01"), Audiences::AT_WORK).unwrap();
        assert_eq!((next.start, next.end), (d("2027-01-01"), d("2027-01-01")));
        assert_eq!(next.confidence(), crate::schedule::Confidence::Expected);
        assert_eq!(undated(&s, Filter::default()).len(), 4);
        assert!(undated(&s, Filter::default().toggled(Group::Work)).is_empty());
    }
}
