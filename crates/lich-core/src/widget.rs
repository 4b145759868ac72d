//! The widget's state and the actions that change it, as a pure state
//! machine (the Yew shell wraps it in a reducer): which view, which month,
//! which day has the focus, which language, which kinds are shown.
//!
//! The keyboard model follows the WAI-ARIA APG grid pattern: arrows move by
//! a day or a week, Home/End to the start/end of the week, PageUp/PageDown
//! by a month and with Shift by a year, keeping the same day of the month
//! where it exists.

use crate::calendar::names::Lang;
use crate::calendar::{LunarYear, RANGE};
use crate::codes;
use crate::day_marks::{Filter, Group};
use crate::month_grid::WeekStart;
use chrono::{Datelike, Days, Months, NaiveDate};

codes! {
    /// The views of the widget, in tab order.
    #[derive(Default)]
    pub enum View {
        /// The month grid with the day details.
        #[default]
        Month = "month",
        /// The list of events.
        Agenda = "agenda",
        /// Twelve small months.
        Year = "year",
        /// Solar ↔ lunar conversion.
        Converter = "converter",
    }
}

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WidgetState {
    /// The day with the keyboard focus and the details; its month is shown.
    pub focus: NaiveDate,
    /// Today in Vietnam, if known.
    pub today: Option<NaiveDate>,
    /// The view.
    pub view: View,
    /// The language.
    pub lang: Lang,
    /// First day of the week.
    pub week_start: WeekStart,
    /// Kinds shown.
    pub filter: Filter,
    /// Whether the auspicious hours are shown in the details.
    pub show_hours: bool,
    /// Whether the last change came from the keyboard inside the grid (so
    /// the focus must follow to the new cell).
    pub keyboard: bool,
}

/// What the visitor does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Select a day (click, Enter, Space).
    Select(NaiveDate),
    /// Move the focus with a key in the grid.
    Key(GridKey),
    /// Previous (−1) or next (+1) month.
    Months(i32),
    /// Previous or next year.
    Years(i32),
    /// Jump to today.
    Today,
    /// Jump to Tết of the shown solar year.
    Tet,
    /// Show a month chosen in the picker.
    Show(i32, u32),
    /// Switch view.
    SetView(View),
    /// Switch language.
    SetLang(Lang),
    /// Show or hide a group of kinds.
    Toggle(Group),
    /// Show or hide the auspicious hours.
    ToggleHours,
    /// Set the first day of the week.
    SetWeekStart(WeekStart),
    /// Set the kinds shown.
    SetFilter(Filter),
    /// The embedding changed its options: apply them all at once.
    Configure(Settings),
}

/// What an embedding decides, applied as one [`Action::Configure`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    /// The month to show, if the embedding names one.
    pub month: Option<(i32, u32)>,
    /// The language.
    pub lang: Lang,
    /// The view.
    pub view: View,
    /// The first day of the week.
    pub week_start: WeekStart,
    /// The kinds shown.
    pub filter: Filter,
}

/// The keys of the grid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GridKey {
    /// ← one day back.
    Left,
    /// → one day on.
    Right,
    /// ↑ one week back.
    Up,
    /// ↓ one week on.
    Down,
    /// Home: first day of the week.
    Home,
    /// End: last day of the week.
    End,
    /// PageUp: a month back (with Shift: a year).
    PageUp {
        /// Shift held.
        shift: bool,
    },
    /// PageDown: a month on (with Shift: a year).
    PageDown {
        /// Shift held.
        shift: bool,
    },
}

impl GridKey {
    /// The key of a `KeyboardEvent.key` value, if the grid uses it.
    pub fn from_key(key: &str, shift: bool) -> Option<GridKey> {
        Some(match key {
            "ArrowLeft" => GridKey::Left,
            "ArrowRight" => GridKey::Right,
            "ArrowUp" => GridKey::Up,
            "ArrowDown" => GridKey::Down,
            "Home" => GridKey::Home,
            "End" => GridKey::End,
            "PageUp" => GridKey::PageUp { shift },
            "PageDown" => GridKey::PageDown { shift },
            _ => return None,
        })
    }
}

/// `date` moved by `n` months, keeping the day where the month has it and
/// the month's last day otherwise.
pub fn add_months(date: NaiveDate, n: i32) -> NaiveDate {
    let moved = if n >= 0 {
        date.checked_add_months(Months::new(n as u32))
    } else {
        date.checked_sub_months(Months::new(n.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

fn add_days(date: NaiveDate, n: i64) -> NaiveDate {
    let moved = if n >= 0 {
        date.checked_add_days(Days::new(n as u64))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

impl WidgetState {
    /// A state showing `focus`.
    pub fn new(focus: NaiveDate, today: Option<NaiveDate>, lang: Lang, view: View) -> Self {
        WidgetState {
            focus: focus.clamp(*RANGE.start(), *RANGE.end()),
            today,
            view,
            lang,
            week_start: WeekStart::Monday,
            filter: Filter::default(),
            show_hours: false,
            keyboard: false,
        }
    }

    /// The shown (year, month).
    pub fn shown(&self) -> (i32, u32) {
        (self.focus.year(), self.focus.month())
    }

    /// The state after `action`.
    pub fn apply(&self, action: Action) -> WidgetState {
        let mut s = self.clone();
        s.keyboard = matches!(action, Action::Key(_));
        let weekday = match s.week_start {
            WeekStart::Monday => self.focus.weekday().num_days_from_monday(),
            WeekStart::Sunday => self.focus.weekday().num_days_from_sunday(),
        } as i64;
        let focus = match action {
            Action::Select(d) => d,
            Action::Key(GridKey::Left) => add_days(self.focus, -1),
            Action::Key(GridKey::Right) => add_days(self.focus, 1),
            Action::Key(GridKey::Up) => add_days(self.focus, -7),
            Action::Key(GridKey::Down) => add_days(self.focus, 7),
            Action::Key(GridKey::Home) => add_days(self.focus, -weekday),
            Action::Key(GridKey::End) => add_days(self.focus, 6 - weekday),
            Action::Key(GridKey::PageUp { shift }) => {
                add_months(self.focus, if shift { -12 } else { -1 })
            }
            Action::Key(GridKey::PageDown { shift }) => {
                add_months(self.focus, if shift { 12 } else { 1 })
            }
            Action::Months(n) => add_months(self.focus, n),
            Action::Years(n) => add_months(self.focus, 12 * n),
            Action::Today => self.today.unwrap_or(self.focus),
            Action::Tet => LunarYear::new(self.focus.year())
                .map(|y| y.tet())
                .unwrap_or(self.focus),
            Action::Show(y, m) => NaiveDate::from_ymd_opt(y, m, 1)
                .map(|first| {
                    first
                        .with_day(self.focus.day())
                        .unwrap_or_else(|| last_of_month(first))
                })
                .unwrap_or(self.focus),
            Action::SetView(v) => {
                s.view = v;
                self.focus
            }
            Action::SetLang(l) => {
                s.lang = l;
                self.focus
            }
            Action::Toggle(g) => {
                s.filter = self.filter.toggled(g);
                self.focus
            }
            Action::ToggleHours => {
                s.show_hours = !self.show_hours;
                self.focus
            }
            Action::SetWeekStart(w) => {
                s.week_start = w;
                self.focus
            }
            Action::SetFilter(f) => {
                s.filter = f;
                self.focus
            }
            Action::Configure(c) => {
                s.lang = c.lang;
                s.view = c.view;
                s.week_start = c.week_start;
                s.filter = c.filter;
                match c.month {
                    Some((y, m)) if (y, m) != self.shown() => {
                        return s.apply(Action::Show(y, m));
                    }
                    _ => self.focus,
                }
            }
        };
        s.focus = focus.clamp(*RANGE.start(), *RANGE.end());
        s
    }
}

/// The last day of `date`'s month.
pub fn last_of_month(date: NaiveDate) -> NaiveDate {
    let first = date.with_day(1).unwrap_or(date);
    add_days(add_months(first, 1), -1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn settings(s: &WidgetState) -> Settings {
        Settings {
            month: None,
            lang: s.lang,
            view: s.view,
            week_start: s.week_start,
            filter: s.filter,
        }
    }

    fn state(day: &str) -> WidgetState {
        WidgetState::new(d(day), Some(d("2026-11-28")), Lang::Vi, View::Month)
    }

    #[test]
    fn keyboard_model() {
        let s = state("2024-02-29");
        assert_eq!(s.apply(Action::Key(GridKey::Right)).focus, d("2024-03-01"));
        assert_eq!(s.apply(Action::Key(GridKey::Down)).focus, d("2024-03-07"));
        assert_eq!(s.apply(Action::Key(GridKey::Up)).focus, d("2024-02-22"));
        assert_eq!(s.apply(Action::Key(GridKey::Home)).focus, d("2024-02-26")); // Monday
        assert_eq!(s.apply(Action::Key(GridKey::End)).focus, d("2024-03-03")); // Sunday
        assert_eq!(
            s.apply(Action::Key(GridKey::PageDown { shift: false }))
                .focus,
            d("2024-03-29")
        );
        assert_eq!(
            s.apply(Action::Key(GridKey::PageDown { shift: true }))
                .focus,
            d("2025-02-28")
        );
        assert_eq!(
            state("2024-03-31")
                .apply(Action::Key(GridKey::PageUp { shift: false }))
                .focus,
            d("2024-02-29")
        );
        assert!(s.apply(Action::Key(GridKey::Left)).keyboard);
        assert!(!s.apply(Action::Months(1)).keyboard);
    }

    #[test]
    fn navigation() {
        let s = state("2024-02-10");
        assert_eq!(s.apply(Action::Today).focus, d("2026-11-28"));
        assert_eq!(
            state("2025-06-01").apply(Action::Tet).focus,
            d("2025-01-29")
        );
        assert_eq!(s.apply(Action::Show(2024, 4)).focus, d("2024-04-10"));
        assert_eq!(
            state("2024-01-31").apply(Action::Show(2024, 2)).focus,
            d("2024-02-29")
        );
        assert_eq!(s.apply(Action::Years(-1)).shown(), (2023, 2));
        assert_eq!(
            state("2399-12-30").apply(Action::Months(3)).focus,
            d("2399-12-31")
        );
        assert_eq!(s.apply(Action::SetView(View::Year)).view, View::Year);
        assert!(!s
            .apply(Action::Toggle(Group::Flags))
            .filter
            .shows(Group::Flags));
        let c = s.apply(Action::Configure(Settings {
            month: Some((2024, 9)),
            lang: Lang::En,
            view: View::Agenda,
            week_start: WeekStart::Sunday,
            filter: Filter::NONE,
        }));
        assert_eq!(
            (c.focus, c.lang, c.view, c.week_start, c.filter),
            (
                d("2024-09-10"),
                Lang::En,
                View::Agenda,
                WeekStart::Sunday,
                Filter::NONE
            )
        );
        assert_eq!(
            c.apply(Action::Configure(Settings {
                month: Some((2024, 9)),
                ..settings(&c)
            }))
            .focus,
            c.focus
        );
    }
}
