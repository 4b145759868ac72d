//! Writing a schedule back out as a schedule file (`"format": 1`), through
//! serde: what the notice desk's editor saves and what the feeds publish.
//!
//! The written file is the one the reader reads: [`to_json`] then
//! [`super::parse_schedule`] gives the same schedule (tested on the built-in
//! files, and on every file the fuzzer's corpus accepts). Defaults are left
//! out (an empty list, `"confidence": "confirmed"`, `"missing_day": "skip"`
//! where the rule has its day every year), and a text without an English
//! version is written as a plain string, as a person would write it.

use super::model::*;
use serde::ser::{Serialize, SerializeMap, Serializer};

/// The schedule as a schedule file, indented with two spaces.
///
/// # Example
/// ```
/// use lich_core::schedule::{builtin, parse_schedule, write::to_json};
/// let s = builtin::soc_trang_tet_2024();
/// assert_eq!(parse_schedule(&to_json(&s)), Ok(s));
/// ```
pub fn to_json(s: &Schedule) -> String {
    serde_json::to_string_pretty(s).unwrap_or_default()
}

fn date(d: &chrono::NaiveDate) -> String {
    crate::text::iso(*d)
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match &self.en {
            None => s.serialize_str(&self.vi),
            Some(en) => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("vi", &self.vi)?;
                m.serialize_entry("en", en)?;
                m.end()
            }
        }
    }
}

impl Serialize for Schedule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("format", &1)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("title", &self.title)?;
        m.serialize_entry("publisher", &PublisherObject(&self.publisher))?;
        m.serialize_entry("updated", &date(&self.updated))?;
        if let Some(f) = &self.focus {
            m.serialize_entry("focus", &date(f))?;
        }
        if !self.documents.is_empty() {
            m.serialize_entry("documents", &self.documents)?;
        }
        if !self.contacts.is_empty() {
            m.serialize_entry("contacts", &self.contacts)?;
        }
        m.serialize_entry("events", &self.events)?;
        if !self.notes.is_empty() {
            m.serialize_entry("notes", &self.notes)?;
        }
        m.end()
    }
}

/// A publisher, as its object.
struct PublisherObject<'a>(&'a Publisher);

impl Serialize for PublisherObject<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("agency", &self.0.agency)?;
        if let Some(p) = &self.0.province {
            m.serialize_entry("province", p)?;
        }
        m.end()
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("number", &self.number)?;
        m.serialize_entry("issuer", &self.issuer)?;
        match self.date {
            DocDate::Day(d) => m.serialize_entry("date", &date(&d))?,
            DocDate::Month(y, mo) => m.serialize_entry("date", &format!("{y:04}-{mo:02}"))?,
            DocDate::Unknown => {}
        }
        m.serialize_entry("subject", &self.subject)?;
        if let Some(u) = &self.url {
            m.serialize_entry("url", u)?;
        }
        if let Some(n) = &self.note {
            m.serialize_entry("note", n)?;
        }
        if self.status != DocStatus::InForce {
            m.serialize_entry("status", &self.status)?;
        }
        if !self.supersedes.is_empty() {
            m.serialize_entry("supersedes", &self.supersedes)?;
        }
        if let Some(r) = &self.relays {
            m.serialize_entry("relays", r)?;
        }
        m.end()
    }
}

impl Serialize for Contact {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("name", &self.name)?;
        if let Some(p) = &self.phone {
            m.serialize_entry("phone", p)?;
        }
        if let Some(e) = &self.email {
            m.serialize_entry("email", e)?;
        }
        m.end()
    }
}

impl Serialize for Note {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("title", &self.title)?;
        m.serialize_entry("points", &self.points)?;
        if !self.audience.is_empty() {
            m.serialize_entry("audience", &self.audience)?;
        }
        if !self.sources.is_empty() {
            m.serialize_entry("sources", &self.sources)?;
        }
        m.end()
    }
}

/// A yearly rule's object (`"lunar"` or `"solar"`). `"missing_day"` is
/// written when the rule needs it (a day that some years lack) or says
/// something other than the default.
struct Rule {
    month: u32,
    day: u32,
    missing: MissingDay,
    needs_missing: bool,
    years: Option<(i32, i32)>,
}

impl Serialize for Rule {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("month", &self.month)?;
        m.serialize_entry("day", &self.day)?;
        if self.needs_missing || self.missing != MissingDay::Skip {
            m.serialize_entry("missing_day", &self.missing)?;
        }
        if let Some((from, to)) = self.years {
            m.serialize_entry("years", &Years { from, to })?;
        }
        m.end()
    }
}

/// A rule's years; a rule that holds to the end of the supported range
/// leaves `"to"` out, as its writer did.
struct Years {
    from: i32,
    to: i32,
}

impl Serialize for Years {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("from", &self.from)?;
        if self.to != *crate::calendar::YEARS.end() {
            m.serialize_entry("to", &self.to)?;
        }
        m.end()
    }
}

/// A break's composition: the kinds it counts, by code, with their days.
struct CompositionOut<'a>(&'a Composition);

impl Serialize for CompositionOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        for (part, n) in self.0.parts() {
            m.serialize_entry(part.code(), &n)?;
        }
        m.end()
    }
}

struct StatuteObject<'a>(&'a Statute);

impl Serialize for StatuteObject<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let st = self.0;
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("days", &st.days)?;
        if st.fixed != st.days {
            m.serialize_entry("fixed", &st.fixed)?;
        }
        if st.compensation {
            m.serialize_entry("compensation", &true)?;
        }
        if let Some(u) = &st.undecided {
            m.serialize_entry("undecided", u)?;
        }
        m.end()
    }
}

impl Serialize for Event {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(None)?;
        m.serialize_entry("id", &self.id)?;
        m.serialize_entry("kind", &self.kind.code())?;
        m.serialize_entry("title", &self.title)?;
        if let Some(d) = &self.description {
            m.serialize_entry("description", d)?;
        }
        match &self.when {
            When::Day(d) => m.serialize_entry("date", &date(d))?,
            When::Range(a, b) => {
                m.serialize_entry("from", &date(a))?;
                m.serialize_entry("to", &date(b))?;
            }
            When::Lunar {
                month,
                day,
                missing,
                years,
            } => m.serialize_entry(
                "lunar",
                &Rule {
                    month: (*month).into(),
                    day: (*day).into(),
                    missing: *missing,
                    needs_missing: *day == 30,
                    years: *years,
                },
            )?,
            When::Solar {
                month,
                day,
                missing,
                years,
            } => m.serialize_entry(
                "solar",
                &Rule {
                    month: *month,
                    day: *day,
                    missing: *missing,
                    needs_missing: (*month, *day) == (2, 29),
                    years: *years,
                },
            )?,
            When::Undated(t) => m.serialize_entry("undated", t)?,
        }
        for (key, list) in [("sources", &self.sources), ("audience", &self.audience)] {
            if !list.is_empty() {
                m.serialize_entry(key, list)?;
            }
        }
        if !self.who.is_empty() {
            m.serialize_entry("who", &self.who.iter().collect::<Vec<_>>())?;
        }
        if !self.contacts.is_empty() {
            m.serialize_entry("contacts", &self.contacts)?;
        }
        if let Some(t) = self.time {
            m.serialize_entry("time", &t.to_string())?;
        }
        if let Some(p) = self.begins {
            m.serialize_entry("begins", &p)?;
        }
        if let Some(c) = &self.composition {
            m.serialize_entry("composition", &CompositionOut(c))?;
        }
        if self.confidence != Confidence::Confirmed {
            m.serialize_entry("confidence", &self.confidence)?;
        }
        if let Some(o) = &self.occasion {
            m.serialize_entry("occasion", &o.id)?;
            if let Some(y) = o.year {
                m.serialize_entry("occasion_year", &y)?;
            }
        }
        if !self.supersedes.is_empty() {
            m.serialize_entry("supersedes", &self.supersedes)?;
        }
        if let Some(st) = &self.statute {
            m.serialize_entry("statute", &StatuteObject(st))?;
        }
        match &self.kind {
            Kind::DayOff(reason) => m.serialize_entry("day_off_reason", reason)?,
            Kind::Duty { types, hours } => {
                if !types.is_empty() {
                    m.serialize_entry("duty_types", types)?;
                }
                if let Some(h) = hours {
                    m.serialize_entry("hours", h)?;
                }
            }
            Kind::Deadline { to, via } => sent(&mut m, to, via)?,
            Kind::Report {
                phase,
                to,
                via,
                daily,
            } => {
                m.serialize_entry("report_phase", phase)?;
                sent(&mut m, to, via)?;
                if *daily {
                    m.serialize_entry("daily", &true)?;
                }
            }
            Kind::MakeUpWorkday { makes_up: Some(id) } => m.serialize_entry("makes_up", id)?,
            Kind::Holiday
            | Kind::MakeUpWorkday { makes_up: None }
            | Kind::Flag
            | Kind::Festival
            | Kind::Observance
            | Kind::Service => {}
        }
        m.end()
    }
}

/// To whom and how something due is sent, where the file says so.
fn sent<M: SerializeMap>(m: &mut M, to: &Option<String>, via: &[Channel]) -> Result<(), M::Error> {
    if let Some(to) = to {
        m.serialize_entry("due_to", to)?;
    }
    if !via.is_empty() {
        m.serialize_entry("channels", via)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{builtin, parse_schedule};

    #[test]
    fn the_built_in_files_round_trip() {
        for (name, text) in builtin::FILES {
            let s = parse_schedule(text).unwrap();
            let written = to_json(&s);
            assert_eq!(
                parse_schedule(&written).as_ref(),
                Ok(&s),
                "{name}:\n{written}"
            );
            // Writing is stable: the written file writes itself again.
            assert_eq!(to_json(&parse_schedule(&written).unwrap()), written);
        }
    }
}
