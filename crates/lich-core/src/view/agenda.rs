//! The agenda as the widget shows it: the events of the shown month and
//! the next, with countdowns, the next day off, the obligations that have no
//! date, and the notice's standing instructions.

use super::details::{EventCard, Said};
use crate::agenda::{countdown, entries_between, next_day_off, undated};
use crate::calendar::names::Lang;
use crate::day_marks::Filter;
use crate::schedule::Schedule;
use crate::text::{dm, dmy};
use crate::widget::{add_months, last_of_month};
use crate::words;
use chrono::{Datelike, NaiveDate};

/// One line of the agenda: one reconciled entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// "08/02 – 14/02/2024".
    pub when: String,
    /// "7 ngày", for an entry of several days.
    pub days: Option<String>,
    /// "còn 5 ngày", when today is known.
    pub countdown: Option<String>,
    /// The entry's card: kind, title, and every document behind it.
    pub card: EventCard,
}

/// The next day off after today.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextOff {
    /// Its title.
    pub title: Said,
    /// When.
    pub when: String,
    /// How far.
    pub countdown: String,
    /// Whether it is only what the law gives (dự kiến).
    pub expected: bool,
}

impl NextOff {
    /// The next day off from `today` on (today included), across the year
    /// boundary, for `reader`: the law's expectations count, labelled as such.
    pub fn new(
        schedule: &Schedule,
        today: NaiveDate,
        reader: crate::schedule::Audiences,
        lang: Lang,
    ) -> Option<NextOff> {
        let e = next_day_off(schedule, today, reader)?;
        let card = EventCard::of_entry(schedule, &e, lang);
        Some(NextOff {
            title: card.title,
            when: span(e.start, e.end),
            countdown: countdown(today, e.start, lang),
            expected: card.expected,
        })
    }
}

/// A notice's standing instructions.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NoteModel {
    /// The heading.
    pub title: Said,
    /// The points.
    pub points: Vec<Said>,
}

/// The agenda of two months.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaModel {
    /// "Lịch công tác 2/2024 – 3/2024".
    pub title: String,
    /// The first and last day listed (also the export's range).
    pub range: (NaiveDate, NaiveDate),
    /// The next day off, when today is known.
    pub next_off: Option<NextOff>,
    /// The events in date order.
    pub items: Vec<AgendaItem>,
    /// Obligations without a date.
    pub undated: Vec<EventCard>,
    /// Standing instructions.
    pub notes: Vec<NoteModel>,
}

/// "08/02/2024", or "08/02 – 14/02/2024" for a span.
pub fn span(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        dmy(a)
    } else {
        format!("{} – {}", dm(a), dmy(b))
    }
}

impl AgendaModel {
    /// The agenda of the month of `focus` and the next.
    pub fn new(
        schedule: &Schedule,
        focus: NaiveDate,
        today: Option<NaiveDate>,
        filter: Filter,
        lang: Lang,
    ) -> AgendaModel {
        let words = words::of(lang);
        let first = focus.with_day(1).unwrap_or(focus);
        let last = last_of_month(add_months(first, 1));
        let items = entries_between(schedule, first, last, filter)
            .iter()
            .map(|e| AgendaItem {
                when: span(e.start, e.end),
                days: (e.days() > 1).then(|| words.days_count(e.days())),
                countdown: today.map(|t| countdown(t, e.start, lang)),
                card: EventCard::of_entry(schedule, e, lang),
            })
            .collect();
        let next_off = today.and_then(|t| NextOff::new(schedule, t, filter.reader, lang));
        AgendaModel {
            title: format!(
                "{} {}/{} – {}/{}",
                words.ui().agenda_title,
                first.month(),
                first.year(),
                last.month(),
                last.year()
            ),
            range: (first, last),
            next_off,
            items,
            undated: undated(schedule, filter)
                .into_iter()
                .map(|e| EventCard::new(schedule, e, lang))
                .collect(),
            notes: schedule
                .notes
                .iter()
                .map(|n| NoteModel {
                    title: Said::of(&n.title, lang),
                    points: n.points.iter().map(|p| Said::of(p, lang)).collect(),
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builtin;

    #[test]
    fn agenda_of_the_seed() {
        let s = builtin::shared();
        let d = |x: &str| x.parse::<NaiveDate>().unwrap();
        let a = AgendaModel::new(
            &s,
            d("2024-02-10"),
            Some(d("2024-01-27")),
            Filter::default(),
            Lang::Vi,
        );
        assert_eq!(a.title, "Lịch công tác 2/2024 – 3/2024");
        assert_eq!(a.range, (d("2024-02-01"), d("2024-03-31")));
        assert_eq!(a.items[0].when, "01/02/2024");
        // One Tết break, not three.
        let tet: Vec<&AgendaItem> = a
            .items
            .iter()
            .filter(|i| i.card.kind_code == "day_off")
            .collect();
        assert_eq!(tet.len(), 1);
        assert_eq!(
            (tet[0].when.as_str(), tet[0].days.as_deref()),
            ("08/02 – 14/02/2024", Some("7 ngày"))
        );
        assert!(
            tet[0].card.sources.len()
                + tet[0]
                    .card
                    .also
                    .iter()
                    .map(|x| x.sources.len())
                    .sum::<usize>()
                >= 4
        );
        assert_eq!(a.items[0].countdown.as_deref(), Some("còn 5 ngày"));
        let next = a.next_off.unwrap();
        assert_eq!(
            (next.when.as_str(), next.countdown.as_str()),
            ("08/02 – 14/02/2024", "còn 12 ngày")
        );
        assert_eq!(a.undated.len(), 4);
        assert!(!a.notes.is_empty());
    }
}
