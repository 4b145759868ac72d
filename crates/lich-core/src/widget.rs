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
    /// The day with the keyboard focus; its month is shown.
    pub focus: NaiveDate,
    /// The selected day, whose details are shown. As in the APG date grid,
    /// the arrows move the focus only; a click, Enter or Space select, and
    /// so do the toolbar's moves (the next month, today, Tết, the picker).
    pub selected: NaiveDate,
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
    /// Open a day in the month view with the focus on it (a day chosen in
    /// the year view): the focus follows as after a key.
    Open(NaiveDate),
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

/// Where an embedding asks a widget to open: its `month` option.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Opening {
    /// No `month`: the notice's focus while the notice is current (see
    /// [`crate::schedule::Schedule::current_focus`]), else today.
    #[default]
    Default,
    /// `month="today"`: today, whatever the data.
    Today,
    /// `month="YYYY-MM"` (its first day): that month, on the focus or today
    /// when one of them falls inside it, else on its first day.
    Month(NaiveDate),
    /// `month="YYYY-MM-DD"`: that day (a widget reopened in the other
    /// language keeps its day this way).
    Day(NaiveDate),
}

impl Opening {
    /// The solar month it names, if any.
    pub fn month(self) -> Option<(i32, u32)> {
        match self {
            Opening::Month(d) | Opening::Day(d) => Some((d.year(), d.month())),
            Opening::Default | Opening::Today => None,
        }
    }
}

/// The day a widget opens on, by the rules of [`Opening`]: `focus` is the
/// schedule's focus, `current_focus` the same while its notice is current
/// ([`crate::schedule::Schedule::current_focus`]); `fallback` when there is
/// neither a current focus nor a clock (server rendering).
///
/// # Example
/// ```
/// use lich_core::widget::{opening_day, Opening};
/// let d = |s: &str| s.parse().unwrap();
/// let (focus, today) = (Some(d("2024-02-10")), Some(d("2026-12-01")));
/// // On 1 December 2026 the 2024 notice is over: today's month.
/// assert_eq!(opening_day(Opening::Default, focus, None, today, d("2024-02-10")), d("2026-12-01"));
/// // While it is current, its focus.
/// assert_eq!(opening_day(Opening::Default, focus, focus, Some(d("2024-01-27")), d("2024-02-10")), d("2024-02-10"));
/// // A month named by the page: on the focus when it is in that month.
/// assert_eq!(opening_day(Opening::Month(d("2024-02-01")), focus, None, today, d("2024-02-10")), d("2024-02-10"));
/// assert_eq!(opening_day(Opening::Month(d("2024-05-01")), focus, None, today, d("2024-02-10")), d("2024-05-01"));
/// // A day, exactly.
/// assert_eq!(opening_day(Opening::Day(d("2024-02-14")), focus, None, today, d("2024-02-10")), d("2024-02-14"));
/// ```
pub fn opening_day(
    opening: Opening,
    focus: Option<NaiveDate>,
    current_focus: Option<NaiveDate>,
    today: Option<NaiveDate>,
    fallback: NaiveDate,
) -> NaiveDate {
    let same_month = |a: NaiveDate, b: NaiveDate| (a.year(), a.month()) == (b.year(), b.month());
    match opening {
        Opening::Day(d) => d,
        Opening::Month(m) => [focus, today]
            .into_iter()
            .flatten()
            .find(|d| same_month(*d, m))
            .unwrap_or(m),
        Opening::Today => today.unwrap_or(fallback),
        Opening::Default => current_focus.or(today).unwrap_or(fallback),
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

/// `date` moved by `n` days (staying put at the end of chrono's range).
pub fn add_days(date: NaiveDate, n: i64) -> NaiveDate {
    let moved = if n >= 0 {
        date.checked_add_days(Days::new(n as u64))
    } else {
        date.checked_sub_days(Days::new(n.unsigned_abs()))
    };
    moved.unwrap_or(date)
}

impl WidgetState {
    /// The embedding options that open a widget like this one in `lang`:
    /// the same month, view, kinds and first day of the week. A
    /// single-language build (see [`crate::words::ONLY`]) switches language
    /// by handing these to the loader, which mounts the other build.
    pub fn options_in(&self, lang: Lang) -> Vec<(&'static str, String)> {
        let kinds: Vec<&str> = crate::day_marks::Group::ALL
            .iter()
            .filter(|g| self.filter.shows(**g))
            .map(|g| g.code())
            .collect();
        vec![
            ("lang", lang.code().to_string()),
            ("month", crate::text::iso(self.focus)),
            ("view", self.view.code().to_string()),
            ("kinds", kinds.join(",")),
            (
                "first-day",
                match self.week_start {
                    WeekStart::Monday => "mon",
                    WeekStart::Sunday => "sun",
                }
                .to_string(),
            ),
        ]
    }

    /// A state showing `focus`.
    pub fn new(focus: NaiveDate, today: Option<NaiveDate>, lang: Lang, view: View) -> Self {
        WidgetState {
            focus: focus.clamp(*RANGE.start(), *RANGE.end()),
            selected: focus.clamp(*RANGE.start(), *RANGE.end()),
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
        s.keyboard = matches!(action, Action::Key(_) | Action::Open(_));
        let weekday = match s.week_start {
            WeekStart::Monday => self.focus.weekday().num_days_from_monday(),
            WeekStart::Sunday => self.focus.weekday().num_days_from_sunday(),
        } as i64;
        let focus = match action {
            Action::Select(d) => d,
            Action::Open(d) => {
                s.view = View::Month;
                d
            }
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
        if matches!(
            action,
            Action::Select(_)
                | Action::Open(_)
                | Action::Months(_)
                | Action::Years(_)
                | Action::Today
                | Action::Tet
                | Action::Show(..)
        ) {
            s.selected = s.focus;
        }
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

    #[test]
    fn options_in_another_language_reopen_the_same_widget() {
        use crate::embed_options::EmbedOptions;
        let mut s = WidgetState::new(d("2027-02-09"), None, Lang::Vi, View::Agenda);
        s.filter = Filter::NONE.with(Group::DaysOff).with(Group::Flags);
        s.week_start = WeekStart::Sunday;
        let pairs = s.options_in(Lang::En);
        let o = EmbedOptions::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert!(o.problems.is_empty(), "{:?}", o.problems);
        assert_eq!(
            (o.lang, o.opening, o.view, o.filter, o.week_start),
            (
                Lang::En,
                Opening::Day(d("2027-02-09")),
                View::Agenda,
                s.filter,
                WeekStart::Sunday
            )
        );
        s.filter = Filter::NONE;
        let pairs = s.options_in(Lang::Vi);
        let o = EmbedOptions::parse(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(o.filter, Filter::NONE);
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
        // The arrows move the focus, not the selection; Enter (Select) and
        // the toolbar select.
        let moved = s.apply(Action::Key(GridKey::Right));
        assert_eq!((moved.focus, moved.selected), (d("2024-03-01"), s.selected));
        let chosen = moved.apply(Action::Select(moved.focus));
        assert_eq!(chosen.selected, d("2024-03-01"));
        assert_eq!(moved.apply(Action::Months(1)).selected, d("2024-04-01"));
        assert_eq!(
            moved.apply(Action::Toggle(Group::Festivals)).selected,
            s.selected
        );
        // A day opened from the year view: the month, the focus on that day.
        let opened = s
            .apply(Action::SetView(View::Year))
            .apply(Action::Open(d("2024-09-02")));
        assert_eq!(
            (opened.view, opened.focus, opened.keyboard),
            (View::Month, d("2024-09-02"), true)
        );
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
