//! One answer per occasion: the occurrences that are one break, one flag
//! period, one holiday, reconciled into one [`Entry`] for the agenda, the
//! day's details, the static list and the iCalendar export.
//!
//! The Tết break of 2024 is written three times in the built-in data — the
//! Sở's letter (08–14/02), the national five Tết days (08–12/02) and the
//! national nghỉ bù (13–14/02) — and Giỗ Tổ twice (the day off and the
//! festival). Shown as they are, a reader sees three overlapping breaks. An
//! entry joins the occurrences of the same class (days off, flags, …) that
//! share an [`super::Occasion`] and year, or whose days overlap; a festival
//! or observance joins the days off of its occasion. The entry keeps every
//! member, so its details can name each document and what it says.

use super::expand::Occurrence;
use super::model::{Confidence, DayOffReason, Kind};
use chrono::NaiveDate;

crate::codes! {
    /// What an entry is about, for grouping (the code is part of an
    /// iCalendar UID).
    pub enum Class {
        /// Days off (holidays, nghỉ bù, swaps, weekends in a break).
        Off = "off",
        /// Make-up working days.
        Worked = "workday",
        /// Flag display.
        Flag = "flag",
        /// Duty.
        Duty = "duty",
        /// Deadlines.
        Deadline = "deadline",
        /// Reports.
        Report = "report",
        /// Festivals and observances.
        Festival = "festival",
        /// A public service's closures and reopenings.
        Service = "service",
    }
}

impl Class {
    /// The class of a kind.
    pub fn of(kind: &Kind) -> Class {
        match kind {
            Kind::Holiday | Kind::DayOff(_) => Class::Off,
            Kind::MakeUpWorkday { .. } => Class::Worked,
            Kind::Flag => Class::Flag,
            Kind::Duty { .. } => Class::Duty,
            Kind::Deadline { .. } => Class::Deadline,
            Kind::Report { .. } => Class::Report,
            Kind::Festival | Kind::Observance => Class::Festival,
            Kind::Service => Class::Service,
        }
    }

    /// Whether occurrences of this class that overlap are one entry.
    fn joins_overlaps(self) -> bool {
        matches!(self, Class::Off | Class::Flag)
    }
}

/// Occurrences reconciled into one answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry<'a> {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
    /// What it is.
    pub class: Class,
    /// The occurrences, the one that names the entry first (the longest,
    /// then the earliest in the data).
    pub members: Vec<Occurrence<'a>>,
}

impl<'a> Entry<'a> {
    /// The member that names the entry.
    pub fn lead(&self) -> &Occurrence<'a> {
        &self.members[0]
    }

    /// The entry's kind: the lead's, except that a break made only of nghỉ
    /// bù is nghỉ bù and a break of mixed reasons is a plain day off.
    pub fn kind(&self) -> Kind {
        let lead = self.lead().kind();
        if self.class != Class::Off {
            return lead;
        }
        let reasons: Vec<Kind> = self
            .members
            .iter()
            .map(Occurrence::kind)
            .filter(|k| Class::of(k) == Class::Off)
            .collect();
        if reasons.iter().all(|k| *k == lead) {
            lead
        } else {
            Kind::DayOff(DayOffReason::Holiday)
        }
    }

    /// How sure: expected only if every dated member is; otherwise the
    /// lead's confidence.
    pub fn confidence(&self) -> Confidence {
        let all_expected = self
            .members
            .iter()
            .filter(|m| Class::of(&m.kind()) == self.class)
            .all(|m| m.event.confidence == Confidence::Expected);
        if all_expected {
            Confidence::Expected
        } else {
            self.members
                .iter()
                .map(|m| m.event.confidence)
                .find(|c| *c != Confidence::Expected)
                .unwrap_or(self.lead().event.confidence)
        }
    }

    /// Days from the first to the last, inclusive.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Whether `day` falls inside.
    pub fn covers(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// The entries of `occurrences` (in date order, as [`super::expand`] gives
/// them), in date order.
pub fn reconcile<'a>(occurrences: Vec<Occurrence<'a>>) -> Vec<Entry<'a>> {
    let mut entries: Vec<Entry<'a>> = Vec::new();
    // Festivals and observances of an occasion wait for its days off.
    let (festive, rest): (Vec<_>, Vec<_>) = occurrences
        .into_iter()
        .partition(|o| Class::of(&o.kind()) == Class::Festival && o.occasion().is_some());
    for o in rest {
        let class = Class::of(&o.kind());
        // A service's closure and its reopening are two facts, even of one
        // occasion (the counter closed for Tết, open again after it).
        let key = o.occasion().filter(|_| class != Class::Service);
        let joined = entries.iter_mut().rev().find(|e| {
            e.class == class
                && ((key.is_some() && e.members.iter().any(|m| m.occasion() == key))
                    || (class.joins_overlaps() && o.start <= e.end && e.start <= o.end))
        });
        match joined {
            Some(e) => {
                e.start = e.start.min(o.start);
                e.end = e.end.max(o.end);
                e.members.push(o);
            }
            None => entries.push(Entry {
                start: o.start,
                end: o.end,
                class,
                members: vec![o],
            }),
        }
    }
    for o in festive {
        let key = o.occasion();
        let home = entries.iter_mut().find(|e| {
            e.class == Class::Off
                && e.covers(o.start)
                && e.members.iter().any(|m| m.occasion() == key)
        });
        match home {
            Some(e) => e.members.push(o),
            None => entries.push(Entry {
                start: o.start,
                end: o.end,
                class: Class::Festival,
                members: vec![o],
            }),
        }
    }
    for e in &mut entries {
        // The longest member of the entry's own class names it, a holiday
        // before a weekend, a swap or a nghỉ bù of the same length, and a
        // decision before what the law only expects; then the data's order.
        let class = e.class;
        let rank = |m: &Occurrence| {
            let reason = match m.kind() {
                Kind::Holiday | Kind::DayOff(DayOffReason::Holiday) => 3,
                Kind::DayOff(DayOffReason::Compensatory) => 1,
                Kind::DayOff(_) => 0,
                _ => 2,
            };
            let decided = m.event.confidence != Confidence::Expected;
            ((m.end - m.start).num_days(), decided, reason)
        };
        let lead = e
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| Class::of(&m.kind()) == class)
            .max_by_key(|(i, m)| (rank(m), std::cmp::Reverse(*i)))
            .map_or(0, |(i, _)| i);
        let first = e.members.remove(lead);
        e.members.insert(0, first);
    }
    crate::small_sort::stable_sort_by_key(entries, |e| (e.start, e.class))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{builtin, expand};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A counter closed for Tết and open again after it: two entries,
    /// though both belong to Tết (days off of one occasion are one).
    #[test]
    fn a_closure_and_its_reopening_stay_two() {
        let file = r#"{"format": 1, "id": "phuong", "title": "Phường", "publisher": {"agency": "UBND phường"}, "updated": "2027-01-20",
          "documents": [{"id": "tb", "number": "21/TB-UBND", "issuer": "UBND phường", "date": "2027-01-20", "subject": "Tết"}],
          "events": [
            {"id": "dung", "kind": "service", "title": "Tạm dừng tiếp nhận hồ sơ", "from": "2027-02-03", "to": "2027-02-10",
             "occasion": "tet-am-lich", "sources": ["tb"]},
            {"id": "lai", "kind": "service", "title": "Tiếp nhận hồ sơ trở lại", "date": "2027-02-11", "time": "07:00",
             "occasion": "tet-am-lich", "sources": ["tb"]}
          ]}"#;
        let s = crate::schedule::parse_schedule(file).expect("a valid file");
        let entries = reconcile(expand(&s, d("2027-02-01"), d("2027-02-28")));
        let spans: Vec<(NaiveDate, NaiveDate)> = entries.iter().map(|e| (e.start, e.end)).collect();
        assert_eq!(
            spans,
            [
                (d("2027-02-03"), d("2027-02-10")),
                (d("2027-02-11"), d("2027-02-11"))
            ]
        );
    }

    #[test]
    fn the_2024_tet_break_is_one_entry() {
        let s = builtin::shared();
        let entries = reconcile(expand(&s, d("2024-02-01"), d("2024-02-29")));
        let off: Vec<&Entry> = entries.iter().filter(|e| e.class == Class::Off).collect();
        assert_eq!(off.len(), 1, "{off:#?}");
        let tet = off[0];
        assert_eq!(
            (tet.start, tet.end, tet.days()),
            (d("2024-02-08"), d("2024-02-14"), 7)
        );
        assert_eq!(
            tet.lead().event.id,
            "nghi-tet",
            "the Sở's 7 days name the break"
        );
        let ids: Vec<&str> = tet.members.iter().map(|m| m.event.id.as_str()).collect();
        for id in ["2024-tet-nguyen-dan", "2024-tet-nghi-bu", "tet-nguyen-dan"] {
            assert!(ids.contains(&id), "{ids:?}");
        }
        // One flag period too.
        assert_eq!(entries.iter().filter(|e| e.class == Class::Flag).count(), 1);
    }
}
