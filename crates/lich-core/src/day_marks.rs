//! What each day of a view carries from the schedule: days off, make-up
//! workdays, flags, duty, deadlines, festivals. Pure; the widget paints it.
//!
//! Markers are words (and an icon for the flag) as well as colours, so that
//! nothing is signalled by colour alone.

use crate::calendar::names::Lang;
use crate::schedule::{expand, DayOffReason, Kind, Schedule};
use chrono::NaiveDate;

/// Groups of kinds the visitor can filter on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Group {
    /// Days off, holidays and make-up workdays.
    DaysOff,
    /// Flag display.
    Flags,
    /// Duty, deadlines and reports.
    Work,
    /// Festivals and observances.
    Festivals,
}

impl Group {
    /// All groups in display order.
    pub const ALL: [Group; 4] = [Group::DaysOff, Group::Flags, Group::Work, Group::Festivals];

    /// The group of a kind.
    pub fn of(kind: &Kind) -> Group {
        match kind {
            Kind::Holiday | Kind::DayOff(_) | Kind::MakeUpWorkday => Group::DaysOff,
            Kind::Flag => Group::Flags,
            Kind::Duty { .. } | Kind::Deadline { .. } | Kind::Report(_) => Group::Work,
            Kind::Festival | Kind::Observance => Group::Festivals,
        }
    }

    /// Kind codes of the group (for the iCalendar filter).
    pub fn kind_codes(self) -> &'static [&'static str] {
        match self {
            Group::DaysOff => &["holiday", "day_off", "make_up_workday"],
            Group::Flags => &["flag"],
            Group::Work => &["duty", "deadline", "report"],
            Group::Festivals => &["festival", "observance"],
        }
    }
}

/// The set of groups shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Filter(u8);

impl Default for Filter {
    fn default() -> Self {
        Filter(0b1111)
    }
}

impl Filter {
    fn bit(g: Group) -> u8 {
        1 << Group::ALL.iter().position(|&x| x == g).unwrap_or(0)
    }

    /// Whether the group is shown.
    pub fn shows(self, g: Group) -> bool {
        self.0 & Self::bit(g) != 0
    }

    /// Shows or hides a group.
    pub fn toggled(self, g: Group) -> Filter {
        Filter(self.0 ^ Self::bit(g))
    }

    /// The kind codes of the shown groups.
    pub fn kind_codes(self) -> Vec<String> {
        Group::ALL
            .iter()
            .filter(|&&g| self.shows(g))
            .flat_map(|g| g.kind_codes().iter().map(|s| s.to_string()))
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
}

impl DayMarks {
    /// The markers in words, in display order: "ngày nghỉ", "treo cờ", …
    pub fn words(&self, lang: Lang) -> Vec<&'static str> {
        let vi = lang == Lang::Vi;
        let mut w = Vec::new();
        if let Some(reason) = self.off {
            w.push(match (reason, vi) {
                (DayOffReason::Compensatory, true) => "nghỉ bù",
                (DayOffReason::Compensatory, false) => "compensatory day off",
                (DayOffReason::Swap, true) => "ngày nghỉ hoán đổi",
                (DayOffReason::Swap, false) => "swapped day off",
                (_, true) => "ngày nghỉ",
                (_, false) => "day off",
            });
        }
        if self.workday {
            w.push(if vi {
                "ngày làm bù"
            } else {
                "make-up working day"
            });
        }
        if self.flag {
            w.push(if vi { "treo cờ" } else { "flag display" });
        }
        if self.duty {
            w.push(if vi { "trực" } else { "duty" });
        }
        if self.deadline {
            w.push(if vi { "hạn chót" } else { "deadline" });
        }
        w
    }
}

/// The marks of every day from `first` to `last`, in order.
pub fn mark_days(
    schedule: &Schedule,
    first: NaiveDate,
    last: NaiveDate,
    filter: Filter,
    lang: Lang,
) -> Vec<DayMarks> {
    let occurrences: Vec<_> = expand(schedule, first, last)
        .into_iter()
        .filter(|o| filter.shows(Group::of(&o.event.kind)))
        .collect();
    first
        .iter_days()
        .take_while(|d| *d <= last)
        .map(|day| {
            let mut m = DayMarks::default();
            for o in occurrences.iter().filter(|o| o.covers(day)) {
                match &o.event.kind {
                    Kind::DayOff(reason) => {
                        // The most specific reason wins: a compensatory or
                        // swapped day inside a longer break says so.
                        let specific =
                            matches!(reason, DayOffReason::Compensatory | DayOffReason::Swap);
                        if m.off.is_none() || specific {
                            m.off = Some(*reason);
                        }
                        let (a, b) = m
                            .off_period
                            .map_or((o.start, o.end), |(a, b)| (a.min(o.start), b.max(o.end)));
                        m.off_period = Some((a, b));
                    }
                    Kind::MakeUpWorkday => m.workday = true,
                    Kind::Flag => m.flag = true,
                    Kind::Duty { .. } => m.duty = true,
                    Kind::Deadline { .. } => m.deadline = true,
                    Kind::Holiday | Kind::Festival | Kind::Observance => {
                        let name = o.event.title.get(lang).to_string();
                        if !m.names.contains(&name) {
                            m.names.push(name);
                        }
                    }
                    Kind::Report(_) => {}
                }
            }
            m
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::builtin;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
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
        assert_eq!(only_flags.kind_codes(), ["flag"]);
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
