//! What each day of a view carries from the schedule: days off, make-up
//! workdays, flags, duty, deadlines, festivals. Pure; the widget paints it.
//!
//! Markers are words (and an icon for the flag) as well as colours, so that
//! nothing is signalled by colour alone.

use crate::calendar::names::Lang;
use crate::codes;
use crate::schedule::{
    expand, Audiences, Confidence, DayOffReason, DocDate, Kind, KindCode, Schedule,
};
use crate::words::Marker;
use chrono::NaiveDate;

codes! {
    /// Groups of kinds the visitor can filter on (`kinds="days-off,flags"`).
    pub enum Group {
        /// Days off, holidays and make-up workdays.
        DaysOff = "days-off",
        /// Flag display.
        Flags = "flags",
        /// Duty, deadlines and reports.
        Work = "work",
        /// Festivals and observances.
        Festivals = "festivals",
    }
}

impl Group {
    /// The group of a kind.
    pub fn of(kind: &Kind) -> Group {
        Group::of_code(kind.code())
    }

    /// The group of a kind code.
    pub fn of_code(code: KindCode) -> Group {
        match code {
            KindCode::Holiday | KindCode::DayOff | KindCode::MakeUpWorkday | KindCode::Service => {
                Group::DaysOff
            }
            KindCode::Flag => Group::Flags,
            KindCode::Duty | KindCode::Deadline | KindCode::Report => Group::Work,
            KindCode::Festival | KindCode::Observance => Group::Festivals,
        }
    }

    /// The group's position in [`Group::ALL`].
    fn index(self) -> usize {
        match self {
            Group::DaysOff => 0,
            Group::Flags => 1,
            Group::Work => 2,
            Group::Festivals => 3,
        }
    }
}

/// The set of groups shown, and for whom: the audiences whose days off
/// the month paints (by default people at work; a school break is then
/// named, not "Nghỉ").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Filter {
    groups: u8,
    /// The audience the days off are for.
    pub reader: Audiences,
}

impl Default for Filter {
    fn default() -> Self {
        Filter {
            groups: 0b1111,
            reader: Audiences::AT_WORK,
        }
    }
}

impl Filter {
    /// No group shown.
    pub const NONE: Filter = Filter {
        groups: 0,
        reader: Audiences::AT_WORK,
    };

    /// The same groups, for `reader`.
    pub fn for_reader(self, reader: Audiences) -> Filter {
        Filter { reader, ..self }
    }

    fn bit(g: Group) -> u8 {
        1 << g.index()
    }

    /// Whether the group is shown.
    pub fn shows(self, g: Group) -> bool {
        self.groups & Self::bit(g) != 0
    }

    /// Whether events of this kind are shown.
    pub fn shows_kind(self, kind: &Kind) -> bool {
        self.shows(Group::of(kind))
    }

    /// Shows or hides a group.
    pub fn toggled(self, g: Group) -> Filter {
        Filter {
            groups: self.groups ^ Self::bit(g),
            ..self
        }
    }

    /// With the group shown.
    pub fn with(self, g: Group) -> Filter {
        Filter {
            groups: self.groups | Self::bit(g),
            ..self
        }
    }

    /// Whether nothing is shown.
    pub fn is_empty(self) -> bool {
        self.groups == 0
    }

    /// The kind codes of the shown groups.
    pub fn kind_codes(self) -> Vec<KindCode> {
        KindCode::ALL
            .iter()
            .copied()
            .filter(|&k| self.shows(Group::of_code(k)))
            .collect()
    }
}

/// What one day carries.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayMarks {
    /// The day is off (and why, for the first day-off event on it).
    pub off: Option<DayOffReason>,
    /// Part of a multi-day day-off period: (first day of the period, last day).
    pub off_period: Option<(NaiveDate, NaiveDate)>,
    /// A make-up working day (làm bù).
    pub workday: bool,
    /// A flag-display day.
    pub flag: bool,
    /// A duty period covers it.
    pub duty: bool,
    /// Something is due.
    pub deadline: bool,
    /// Names of holidays, festivals and observances on the day.
    pub names: Vec<String>,
    /// The day off is only what the law gives: no decision yet (dự kiến).
    pub expected: bool,
    /// Two files disagree whether the day is off or worked; the day shows
    /// what the later document says, and this is what the other says.
    pub overruled: Option<Overruled>,
}

/// What an overruled document says of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overruled {
    /// It said the day is off.
    Off,
    /// It said the day is worked.
    Worked,
}

impl DayMarks {
    /// The markers, in display order.
    pub fn markers(&self) -> Vec<Marker> {
        let mut m = Vec::new();
        if let Some(reason) = self.off {
            m.push(match reason {
                DayOffReason::Compensatory => Marker::Compensatory,
                DayOffReason::Swap => Marker::Swap,
                DayOffReason::Holiday | DayOffReason::Weekend => Marker::Off,
            });
            if self.expected {
                m.push(Marker::Expected);
            }
        }
        if self.overruled.is_some() {
            m.push(Marker::Overruled);
        }
        for (on, marker) in [
            (self.workday, Marker::Workday),
            (self.flag, Marker::Flag),
            (self.duty, Marker::Duty),
            (self.deadline, Marker::Deadline),
        ] {
            if on {
                m.push(marker);
            }
        }
        m
    }

    /// The markers in words, in display order: "ngày nghỉ", "treo cờ", …
    pub fn words(&self, lang: Lang) -> Vec<&'static str> {
        let words = crate::words::of(lang);
        self.markers()
            .into_iter()
            .map(|m| words.marker(m))
            .collect()
    }
}

/// The latest date of the documents an event cites (a month-only date
/// counts as the month's first day; an unknown one does not count).
fn latest_document(schedule: &Schedule, e: &crate::schedule::Event) -> Option<NaiveDate> {
    e.sources
        .iter()
        .filter_map(|id| schedule.document_of(e, id))
        .filter_map(|d| match d.date {
            DocDate::Day(x) => Some(x),
            DocDate::Month(y, m) => NaiveDate::from_ymd_opt(y, m, 1),
            DocDate::Unknown => None,
        })
        .max()
}

/// The marks of every day from `first` to `last`, in order.
///
/// A day off belongs to a period: the run of consecutive days off around
/// it, whichever events give them. A day both off and worked (two files
/// disagree) shows what the later document says, and says that another
/// document says otherwise.
pub fn mark_days(
    schedule: &Schedule,
    first: NaiveDate,
    last: NaiveDate,
    filter: Filter,
    lang: Lang,
) -> Vec<DayMarks> {
    let occurrences: Vec<_> = expand(schedule, first, last)
        .into_iter()
        .filter(|o| filter.shows_kind(&o.kind()))
        .collect();
    let mut marks: Vec<DayMarks> = first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|day| {
            let mut m = DayMarks::default();
            let mut expected = true;
            // A holiday the law gives, named when no festival names the day
            // (01/01 of a year without a decision).
            let mut statute_name = None;
            // The latest document saying off, and saying worked.
            let (mut off_doc, mut work_doc) = (None, None);
            for o in occurrences.iter().filter(|o| o.covers(day)) {
                let kind = o.kind();
                // Shown by their names: holidays, festivals, observances, a
                // service's closure, and a day off for others than the
                // reader (a school break).
                let named = match &kind {
                    Kind::Holiday | Kind::Festival | Kind::Observance | Kind::Service => true,
                    Kind::DayOff(_) => !o.event.applies_to(filter.reader),
                    _ => false,
                };
                if named {
                    let name = o.event.title.get(lang).to_string();
                    if !m.names.contains(&name) {
                        m.names.push(name);
                    }
                    continue;
                }
                match &kind {
                    Kind::DayOff(reason) => {
                        // The most specific reason wins: a compensatory or
                        // swapped day inside a longer break says so.
                        let specific =
                            matches!(reason, DayOffReason::Compensatory | DayOffReason::Swap);
                        if m.off.is_none() || specific {
                            m.off = Some(*reason);
                        }
                        expected &= o.event.confidence == Confidence::Expected;
                        off_doc = off_doc.max(Some(latest_document(schedule, o.event)));
                        if o.event.statute.is_some() && o.compensates.is_none() {
                            statute_name.get_or_insert_with(|| o.event.title.get(lang).to_string());
                        }
                    }
                    Kind::MakeUpWorkday { .. } => {
                        m.workday = true;
                        work_doc = work_doc.max(Some(latest_document(schedule, o.event)));
                    }
                    Kind::Flag => m.flag = true,
                    Kind::Duty { .. } => m.duty = true,
                    Kind::Deadline { .. } => m.deadline = true,
                    Kind::Holiday
                    | Kind::Festival
                    | Kind::Observance
                    | Kind::Service
                    | Kind::Report { .. } => {}
                }
            }
            if let (true, Some(name)) = (m.names.is_empty(), statute_name) {
                m.names.push(name);
            }
            m.expected = m.off.is_some() && expected;
            if let (Some(off), Some(work)) = (off_doc, work_doc) {
                if work >= off {
                    m.off = None;
                    m.expected = false;
                    m.overruled = Some(Overruled::Off);
                } else {
                    m.workday = false;
                    m.overruled = Some(Overruled::Worked);
                }
            }
            m
        })
        .collect();
    // Periods: the runs of consecutive days off.
    let days: Vec<NaiveDate> = first.iter_days().take(marks.len()).collect();
    let mut i = 0;
    while i < marks.len() {
        if marks[i].off.is_none() {
            i += 1;
            continue;
        }
        let start = i;
        while i + 1 < marks.len() && marks[i + 1].off.is_some() {
            i += 1;
        }
        for m in &mut marks[start..=i] {
            m.off_period = Some((days[start], days[i]));
        }
        i += 1;
    }
    marks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::{builtin, Audience};

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// A school break is shown by its name, not as a day off for everyone;
    /// a day off for staff and pupils alike is a day off.
    #[test]
    fn a_school_break_is_named_not_off() {
        let file = r#"{"format": 1, "id": "xa", "title": "Xã", "publisher": {"agency": "UBND xã"}, "updated": "2026-01-01",
          "documents": [{"id": "tb", "number": "1/TB-UBND", "issuer": "UBND xã", "date": "2025-12-20", "subject": "Nghỉ Tết"}],
          "events": [
            {"id": "hs", "kind": "day_off", "day_off_reason": "holiday", "title": "Học sinh nghỉ Tết Dương lịch", "from": "2026-01-05", "to": "2026-01-06",
             "audience": ["Học sinh các trường trên địa bàn xã"], "sources": ["tb"]},
            {"id": "ca", "kind": "day_off", "day_off_reason": "holiday", "title": "Nghỉ", "date": "2026-01-07",
             "audience": ["Cán bộ, giáo viên và học sinh"], "sources": ["tb"]}
          ]}"#;
        let s = crate::schedule::parse_schedule(file).expect("a valid file");
        let marks = mark_days(
            &s,
            d("2026-01-05"),
            d("2026-01-07"),
            Filter::default(),
            Lang::Vi,
        );
        assert_eq!(marks[0].off, None);
        assert_eq!(marks[0].names, ["Học sinh nghỉ Tết Dương lịch"]);
        assert_eq!(marks[2].off, Some(DayOffReason::Holiday));
        // Nor is it the next day off the month announces.
        let next =
            crate::agenda::next_day_off(&s, d("2026-01-04"), Audiences::AT_WORK).map(|e| e.start);
        assert_eq!(next, Some(d("2026-01-07")));
        // For pupils (a school's page: `who="pupils"`) it is their day off.
        let pupils = Filter::default().for_reader(Audiences::of([Audience::Pupils]));
        let marks = mark_days(&s, d("2026-01-05"), d("2026-01-07"), pupils, Lang::Vi);
        assert_eq!(marks[0].off, Some(DayOffReason::Holiday));
        let next = crate::agenda::next_day_off(&s, d("2026-01-04"), pupils.reader);
        assert_eq!(next.map(|e| e.start), Some(d("2026-01-05")));
    }

    /// A service's closure and reopening are shown by their titles, not as
    /// days off: the counter is closed, the day is not everyone's holiday.
    #[test]
    fn a_service_closure_is_named() {
        let file = r#"{"format": 1, "id": "phuong", "title": "Phường", "publisher": {"agency": "UBND phường"}, "updated": "2026-04-15",
          "documents": [{"id": "tb", "number": "2/TB-UBND", "issuer": "UBND phường", "date": "2026-04-15", "subject": "Giỗ Tổ"}],
          "events": [
            {"id": "dung", "kind": "service", "title": "Tạm dừng tiếp nhận hồ sơ", "date": "2026-04-27", "sources": ["tb"]},
            {"id": "lai", "kind": "service", "title": "Tiếp nhận trở lại", "date": "2026-04-28", "time": "07:30", "sources": ["tb"]}
          ]}"#;
        let s = crate::schedule::parse_schedule(file).expect("a valid file");
        let marks = mark_days(
            &s,
            d("2026-04-27"),
            d("2026-04-28"),
            Filter::default(),
            Lang::Vi,
        );
        assert_eq!(marks[0].names, ["Tạm dừng tiếp nhận hồ sơ"]);
        assert_eq!(marks[1].names, ["Tiếp nhận trở lại"]);
        assert!(marks.iter().all(|m| m.off.is_none()));
        // Its filter group is the days off'.
        let hidden = Filter::default().toggled(Group::DaysOff);
        let marks = mark_days(&s, d("2026-04-27"), d("2026-04-28"), hidden, Lang::Vi);
        assert!(marks.iter().all(|m| m.names.is_empty()));
    }

    /// The `who` codes decide over the words: a break coded for the public
    /// sector only is not the pupils' day off, whatever its audience says;
    /// an event without codes or words concerns everyone.
    #[test]
    fn who_codes_decide_whose_day_off_it_is() {
        let file = r#"{"format": 1, "id": "so", "title": "Sở", "publisher": {"agency": "Sở"}, "updated": "2026-01-01",
          "documents": [{"id": "tb", "number": "1/TB", "issuer": "Sở", "date": "2025-12-20", "subject": "Nghỉ"}],
          "events": [
            {"id": "cc", "kind": "day_off", "day_off_reason": "holiday", "title": "Công chức nghỉ", "date": "2026-01-05",
             "audience": ["Học sinh"], "who": ["public_sector"], "sources": ["tb"]},
            {"id": "hs", "kind": "day_off", "day_off_reason": "holiday", "title": "Học sinh nghỉ", "date": "2026-01-06",
             "who": ["pupils", "households"], "sources": ["tb"]},
            {"id": "all", "kind": "day_off", "day_off_reason": "holiday", "title": "Nghỉ", "date": "2026-01-07", "sources": ["tb"]}
          ]}"#;
        let s = crate::schedule::parse_schedule(file).expect("a valid file");
        let off = |reader: Option<Audience>| -> Vec<bool> {
            let f = Filter::default()
                .for_reader(reader.map_or(Audiences::AT_WORK, |a| Audiences::of([a])));
            mark_days(&s, d("2026-01-05"), d("2026-01-07"), f, Lang::Vi)
                .iter()
                .map(|m| m.off.is_some())
                .collect()
        };
        assert_eq!(off(None), [true, false, true]);
        assert_eq!(off(Some(Audience::Pupils)), [false, true, true]);
        assert_eq!(off(Some(Audience::Businesses)), [false, false, true]);
    }

    #[test]
    fn february_2024() {
        let s = builtin::all();
        let marks = mark_days(
            &s,
            d("2024-02-01"),
            d("2024-02-29"),
            Filter::default(),
            Lang::Vi,
        );
        let on = |day: u32| &marks[day as usize - 1];
        assert!(on(1).deadline);
        for day in 8..=14 {
            assert!(
                on(day).off.is_some() && on(day).flag && on(day).duty,
                "{day}"
            );
        }
        assert!(on(7).off.is_none() && !on(7).flag);
        assert!(on(10).names.iter().any(|n| n.starts_with("Tết Nguyên đán")));
        assert_eq!(on(10).words(Lang::Vi), ["ngày nghỉ", "treo cờ", "trực"]);
        let only_flags = Filter::default()
            .toggled(Group::DaysOff)
            .toggled(Group::Work)
            .toggled(Group::Festivals);
        let marks = mark_days(&s, d("2024-02-10"), d("2024-02-10"), only_flags, Lang::Vi);
        assert!(marks[0].flag && marks[0].off.is_none() && marks[0].names.is_empty());
        assert_eq!(only_flags.kind_codes(), [KindCode::Flag]);
    }

    #[test]
    fn a_holiday_the_law_gives_is_named_once() {
        let s = builtin::all();
        let marks = mark_days(
            &s,
            d("2027-01-01"),
            d("2027-02-07"),
            Filter::default(),
            Lang::Vi,
        );
        let new_year = &marks[0];
        assert!(new_year.expected && new_year.off == Some(DayOffReason::Holiday));
        assert_eq!(new_year.names, ["Tết Dương lịch"]);
        // Mùng 1 Tết is named by the festival, not twice.
        let tet = &marks[36];
        assert!(tet.expected);
        assert_eq!(tet.names.len(), 1, "{:?}", tet.names);
        assert!(
            tet.names[0].starts_with("Tết Nguyên đán"),
            "{:?}",
            tet.names
        );
    }

    #[test]
    fn may_2024_swap() {
        let s = builtin::all();
        let marks = mark_days(
            &s,
            d("2024-04-27"),
            d("2024-05-04"),
            Filter::default(),
            Lang::Vi,
        );
        assert_eq!(marks[2].off, Some(DayOffReason::Swap));
        assert!(marks[7].workday);
        assert_eq!(marks[7].words(Lang::En), ["make-up working day"]);
    }
}
