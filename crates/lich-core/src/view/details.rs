//! A day's details and the event cards the details and the agenda show:
//! both calendars in words, can chi, the solar term, the auspicious hours,
//! and every event with its kind, audience, legal basis, contacts (with
//! links built by [`crate::links`]) and how sure it is.

use crate::calendar::names::Lang;
use crate::calendar::sexagenary::CanChi;
use crate::calendar::solar_term::term_of_day;
use crate::calendar::{JulianDay, LunarDate};
use crate::day_marks::Filter;
use crate::schedule::entries::{reconcile, Entry};
use crate::schedule::{expand, Confidence, Document, Event, Kind, Occurrence, Schedule, When};
use crate::words;
use chrono::NaiveDate;

/// A text and the language it is in (untranslated text stays Vietnamese,
/// and the page marks it so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    /// The text.
    pub text: String,
    /// Its language.
    pub lang: Lang,
}

impl Said {
    /// `t` as shown in `lang`.
    pub fn of(t: &crate::schedule::Text, lang: Lang) -> Said {
        Said {
            text: t.get(lang).to_string(),
            lang: t.lang_of(lang),
        }
    }
}

/// A contact line: a name, and a phone and an e-mail with their links.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactLine {
    /// Name or office.
    pub name: Said,
    /// The number as printed, and its `tel:` link.
    pub phone: Option<(String, String)>,
    /// The address, and its `mailto:` link.
    pub email: Option<(String, String)>,
}

/// A document as a line: "58/TB-UBND ngày 26/12/2023 của" (the head, in the
/// reader's language), the issuer (an official name, always Vietnamese) and
/// the subject (translated when the file translates it), so the page can
/// mark the Vietnamese parts of an English line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    /// The number and date, in the reader's language.
    pub head: String,
    /// The issuer's official name.
    pub issuer: Said,
    /// What the document is about.
    pub subject: Said,
    /// The documents it carries out, in order — the province's notice a
    /// commune's relays, the ministry's the province's — each as
    /// " (thực hiện 58/TB-UBND ngày 26/12/2023 của" and the issuer, before
    /// a closing parenthesis.
    pub relays: Vec<(String, Said)>,
}

impl std::fmt::Display for Cited {
    /// The line as plain text (the iCalendar description).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {}: {}",
            self.head, self.issuer.text, self.subject.text
        )?;
        for (head, issuer) in &self.relays {
            write!(f, "{head} {})", issuer.text)?;
        }
        Ok(())
    }
}

/// Another member of an entry: what else says it, and on what basis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AlsoLine {
    /// Its kind in words.
    pub kind: &'static str,
    /// Its title.
    pub title: Said,
    /// Its documents, one line each.
    pub sources: Vec<Cited>,
}

/// One event, or one reconciled entry, as a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventCard {
    /// The kind's code (for the class).
    pub kind_code: &'static str,
    /// The kind in words.
    pub kind: &'static str,
    /// The title.
    pub title: Said,
    /// For an entry of several days: "08/02 – 14/02/2024 · 7 ngày".
    pub span: Option<String>,
    /// More words.
    pub description: Option<Said>,
    /// Who it concerns (as the file gives it: Vietnamese).
    pub audience: Option<String>,
    /// What is due: to whom (as the file gives it: Vietnamese), and how,
    /// in words.
    pub sent: (Option<String>, Option<String>),
    /// A swap it is part of, on the cards of both its days (and of the
    /// break that holds the swapped day): "nghỉ Thứ Sáu, 02/01/2026, làm bù
    /// Thứ Bảy, 10/01/2026".
    pub pair: Option<String>,
    /// When in its first day it begins, if the notice says so: "chiều Thứ
    /// Hai, 01/09/2025".
    pub begins: Option<String>,
    /// A break's days by kind, as its notice counts them: "2 ngày nghỉ
    /// lễ, 1 ngày nghỉ hằng tuần và 1 ngày nghỉ bù".
    pub composition: Option<String>,
    /// The documents behind it, one line each.
    pub sources: Vec<Cited>,
    /// The contacts.
    pub contacts: Vec<ContactLine>,
    /// How sure, in words, unless confirmed.
    pub confidence: Option<&'static str>,
    /// Whether it is only what the law gives (dự kiến).
    pub expected: bool,
    /// What the law leaves to be decided.
    pub undecided: Option<Said>,
    /// The entry's other members.
    pub also: Vec<AlsoLine>,
}

/// The title of an occurrence: the event's, or for a nghỉ bù the law
/// gives, "Nghỉ bù cho Thứ Bảy, 06/02/2027".
fn title_of(o: &Occurrence, lang: Lang) -> Said {
    match o.compensates {
        Some(day) => Said {
            text: words::of(lang).compensation(day),
            lang,
        },
        None => Said::of(&o.event.title, lang),
    }
}

fn sources_of(schedule: &Schedule, e: &Event, lang: Lang) -> Vec<Cited> {
    let words = words::of(lang);
    let issuer = |d: &Document| Said {
        text: d.issuer.clone(),
        lang: Lang::Vi,
    };
    e.sources
        .iter()
        .filter_map(|s| schedule.document_of(e, s))
        .map(|d| {
            // The chain of relays (a file's has no cycle; four links are
            // more than a commune, a province and a ministry need), up to a
            // document the event cites itself, which has its own line.
            let mut relays = Vec::new();
            let mut at = d;
            while let Some(next) = at.relays.as_ref().and_then(|r| schedule.document_of(e, r)) {
                if relays.len() == 4 || e.sources.contains(&next.id) {
                    break;
                }
                let head = [words.ui().relays, &words.document_head(next)].concat();
                relays.push((head, issuer(next)));
                at = next;
            }
            Cited {
                head: words.document_head(d),
                issuer: issuer(d),
                subject: Said::of(&d.subject, lang),
                relays,
            }
        })
        .collect()
}

/// A swap as one line for the cards of both its days: "nghỉ Thứ Sáu,
/// 02/01/2026, làm bù Thứ Bảy, 10/01/2026" — a make-up working day and the
/// day off it names (`makes_up`).
fn pair_of(schedule: &Schedule, e: &Event, lang: Lang) -> Option<String> {
    let words = words::of(lang);
    let days = |o: &Event| match o.when {
        When::Day(d) => Some(words.solar_date(d)),
        When::Range(a, b) => Some(super::agenda::span(a, b)),
        _ => None,
    };
    let mine = |o: &&Event| o.origin == e.origin;
    let (off, work) = match &e.kind {
        Kind::MakeUpWorkday { makes_up: Some(id) } => (
            schedule.events.iter().filter(mine).find(|o| o.id == *id)?,
            e,
        ),
        Kind::DayOff(_) => (
            e,
            schedule.events.iter().filter(mine).find(
                |w| matches!(&w.kind, Kind::MakeUpWorkday { makes_up: Some(id) } if *id == e.id),
            )?,
        ),
        _ => return None,
    };
    Some(words.swap(&days(off)?, &days(work)?))
}

impl EventCard {
    /// The card of event `e` of `schedule`.
    pub fn new(schedule: &Schedule, e: &Event, lang: Lang) -> EventCard {
        let words = words::of(lang);
        EventCard {
            kind_code: e.kind.code().code(),
            kind: words.kind(&e.kind),
            title: Said::of(&e.title, lang),
            span: None,
            description: e.description.as_ref().map(|d| Said::of(d, lang)),
            audience: (!e.audience.is_empty()).then(|| e.audience.join("; ")),
            sent: match &e.kind {
                Kind::Deadline { to, via } | Kind::Report { to, via, .. } => (
                    to.clone(),
                    (!via.is_empty()).then(|| {
                        let via: Vec<&str> = via.iter().map(|c| words.channel(*c)).collect();
                        via.join(", ")
                    }),
                ),
                _ => (None, None),
            },
            pair: pair_of(schedule, e, lang),
            begins: e.begins.and_then(|p| match e.when {
                When::Day(d) | When::Range(d, _) => Some(words.day_part(p, &words.solar_date(d))),
                _ => None,
            }),
            composition: e.composition.as_ref().map(|c| words.composition(c)),
            sources: sources_of(schedule, e, lang),
            contacts: e
                .contacts
                .iter()
                .filter_map(|c| schedule.contact_of(e, c))
                .map(|c| ContactLine {
                    name: Said::of(&c.name, lang),
                    phone: c
                        .phone
                        .as_ref()
                        .and_then(|p| Some((p.clone(), crate::links::tel(p)?))),
                    email: c
                        .email
                        .as_ref()
                        .and_then(|m| Some((m.clone(), crate::links::mailto(m)?))),
                })
                .collect(),
            confidence: (e.confidence != Confidence::Confirmed)
                .then(|| words.confidence(e.confidence)),
            expected: e.confidence == Confidence::Expected,
            undecided: e
                .statute
                .as_ref()
                .and_then(|st| st.undecided.as_ref())
                .map(|u| Said::of(u, lang)),
            also: Vec::new(),
        }
    }

    /// The card of one reconciled entry: its lead event's card, the span,
    /// and every other member with its documents.
    pub fn of_entry(schedule: &Schedule, entry: &Entry, lang: Lang) -> EventCard {
        let words = words::of(lang);
        let lead = entry.lead();
        let mut card = EventCard::new(schedule, lead.event, lang);
        let kind = entry.kind();
        card.kind_code = kind.code().code();
        card.kind = words.kind(&kind);
        card.title = title_of(lead, lang);
        let confidence = entry.confidence();
        card.expected = confidence == Confidence::Expected;
        card.confidence =
            (confidence != Confidence::Confirmed).then(|| words.confidence(confidence));
        if entry.days() > 1 || entry.members.len() > 1 {
            // A daily report is due each day of the span, not once in it.
            let each = match lead.event.kind {
                Kind::Report { daily: true, .. } => words.ui().daily.into(),
                _ => words.days_count(entry.days()),
            };
            card.span = Some(format!(
                "{} · {each}",
                super::agenda::span(entry.start, entry.end)
            ));
        }
        for m in &entry.members[1..] {
            if card.pair.is_none() {
                card.pair = pair_of(schedule, m.event, lang);
            }
            if card.undecided.is_none() {
                card.undecided = m
                    .event
                    .statute
                    .as_ref()
                    .and_then(|st| st.undecided.as_ref())
                    .map(|u| Said::of(u, lang));
            }
            // A member that says nothing new (the same event again, a nghỉ
            // bù of the same statute) is not repeated.
            if entry.members[..1]
                .iter()
                .any(|x| std::ptr::eq(x.event, m.event))
                && m.compensates.is_none()
            {
                continue;
            }
            card.also.push(AlsoLine {
                kind: words.kind(&m.kind()),
                title: title_of(m, lang),
                sources: sources_of(schedule, m.event, lang),
            });
        }
        card
    }
}

/// The details of one day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayDetails {
    /// "Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn".
    pub heading: String,
    /// "Ngày Giáp Thìn, tháng Bính Dần, năm Giáp Thìn (Rồng)".
    pub can_chi: String,
    /// The solar term and whether it begins that day.
    pub term: Option<(&'static str, bool)>,
    /// The auspicious hours in words.
    pub hours: String,
    /// The events of the day that the filter shows.
    pub events: Vec<EventCard>,
}

/// How many days on either side of a day its details look for the rest of
/// its entries: more than the longest break (five Tết days and their nghỉ bù).
const AROUND: i64 = 14;

impl DayDetails {
    /// The details of `day`, if it is inside the supported range.
    pub fn new(schedule: &Schedule, day: NaiveDate, filter: Filter, lang: Lang) -> Option<Self> {
        let words = words::of(lang);
        let lunar = LunarDate::from_solar(day).ok()?;
        let jd = JulianDay::from_date(day);
        let year = CanChi::of_year(lunar.year());
        let can_chi = words
            .ui()
            .can_chi
            .replace("{d}", &CanChi::of_day(jd).name())
            .replace("{m}", &CanChi::of_month(lunar.year(), lunar.month()).name())
            .replace("{y}", &format!("{} ({})", year.name(), year.animal(lang)));
        Some(DayDetails {
            heading: format!("{} — {}", words.solar_date(day), words.lunar_date(lunar)),
            can_chi,
            term: term_of_day(day).map(|(t, begins)| (t.name(lang), begins)),
            hours: crate::text::auspicious_hours_in_words(jd),
            // The entries covering the day, reconciled over the weeks around
            // it: a break the law gives day by day (Tết without a decision)
            // is one entry from its first day to its last, as in the agenda.
            events: reconcile(
                expand(
                    schedule,
                    crate::widget::add_days(day, -AROUND),
                    crate::widget::add_days(day, AROUND),
                )
                .into_iter()
                .filter(|o| filter.shows_kind(&o.kind()))
                .collect(),
            )
            .iter()
            .filter(|e| e.start <= day && day <= e.end)
            .map(|e| EventCard::of_entry(schedule, e, lang))
            .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builtin;

    #[test]
    fn a_break_the_law_gives_day_by_day_is_one_entry() {
        let s = builtin::shared();
        let d = DayDetails::new(
            &s,
            "2027-02-08".parse().unwrap(),
            Filter::default(),
            Lang::Vi,
        )
        .unwrap();
        let off = d
            .events
            .iter()
            .find(|e| e.expected)
            .expect("an expected day off");
        assert_eq!(off.span.as_deref(), Some("06/02 – 10/02/2027 · 5 ngày"));
    }

    #[test]
    fn the_roster_deadline() {
        let s = builtin::shared();
        let d = DayDetails::new(
            &s,
            "2024-02-01".parse().unwrap(),
            Filter::default(),
            Lang::Vi,
        )
        .unwrap();
        assert_eq!(d.heading, "Thứ Năm, 01/02/2024 — 22 tháng Chạp năm Quý Mão");
        let card = d.events.iter().find(|c| c.kind_code == "deadline").unwrap();
        assert_eq!(card.kind, "Hạn chót");
        let phones: Vec<&str> = card
            .contacts
            .iter()
            .filter_map(|c| c.phone.as_ref().map(|p| p.1.as_str()))
            .collect();
        assert!(phones.contains(&"tel:02993621090"), "{phones:?}");
        let en = DayDetails::new(
            &s,
            "2024-02-01".parse().unwrap(),
            Filter::default(),
            Lang::En,
        )
        .unwrap();
        // Untranslated titles stay Vietnamese, and say so.
        assert!(en
            .events
            .iter()
            .all(|c| c.title.lang == Lang::Vi || c.title.lang == Lang::En));
    }
}
