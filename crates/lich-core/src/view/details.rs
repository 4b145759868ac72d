//! A day's details and the event cards the details and the agenda show:
//! both calendars in words, can chi, the solar term, the auspicious hours,
//! and every event with its kind, audience, legal basis, contacts (with
//! links built by [`crate::links`]) and how sure it is.

use crate::calendar::names::Lang;
use crate::calendar::sexagenary::CanChi;
use crate::calendar::solar_term::term_of_day;
use crate::calendar::{JulianDay, LunarDate};
use crate::day_marks::Filter;
use crate::schedule::{expand, Confidence, Event, Schedule};
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

/// One event as a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventCard {
    /// The kind's code (for the class).
    pub kind_code: &'static str,
    /// The kind in words.
    pub kind: &'static str,
    /// The title.
    pub title: Said,
    /// More words.
    pub description: Option<Said>,
    /// Who it concerns (as the file gives it: Vietnamese).
    pub audience: Option<String>,
    /// The documents behind it, one line each.
    pub sources: Vec<String>,
    /// The contacts.
    pub contacts: Vec<ContactLine>,
    /// How sure, in words, unless confirmed.
    pub confidence: Option<&'static str>,
}

impl EventCard {
    /// The card of `e` of `schedule`.
    pub fn new(schedule: &Schedule, e: &Event, lang: Lang) -> EventCard {
        let words = words::of(lang);
        EventCard {
            kind_code: e.kind.code().code(),
            kind: words.kind(&e.kind),
            title: Said::of(&e.title, lang),
            description: e.description.as_ref().map(|d| Said::of(d, lang)),
            audience: (!e.audience.is_empty()).then(|| e.audience.join("; ")),
            sources: e
                .sources
                .iter()
                .filter_map(|s| schedule.document(s))
                .map(|d| words.document(d))
                .collect(),
            contacts: e
                .contacts
                .iter()
                .filter_map(|c| schedule.contact(c))
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
        }
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
            events: expand(schedule, day, day)
                .into_iter()
                .filter(|o| filter.shows_kind(&o.event.kind))
                .map(|o| EventCard::new(schedule, o.event, lang))
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builtin;

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
