//! What every view receives, and a key for memoising by identity.

use crate::schedule::Schedule;
use crate::widget::{Action, GridKey, WidgetState};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// Props shared by the views.
#[derive(Clone, Debug, Properties)]
pub struct ViewProps {
    /// The widget state.
    pub state: WidgetState,
    /// The schedule shown.
    pub schedule: Rc<Schedule>,
    /// Sends actions up.
    pub dispatch: Callback<Action>,
    /// What an iCalendar download is made from besides its options.
    pub export: ExportSource,
}

/// The schedule is compared by identity: it is replaced, never changed in
/// place, and comparing two schedules field by field on every render cost
/// time and 2 KB of wasm.
impl PartialEq for ViewProps {
    fn eq(&self, other: &Self) -> bool {
        let ViewProps {
            state,
            schedule,
            dispatch,
            export,
        } = self;
        *state == other.state
            && Rc::ptr_eq(schedule, &other.schedule)
            && *dispatch == other.dispatch
            && *export == other.export
    }
}

/// The agency file of an iCalendar download (as the file module encoded
/// it) and whether it replaces the built-in data. Compared by identity.
#[derive(Clone, Debug, Default)]
pub struct ExportSource {
    /// The encoded file, when one is shown.
    pub file: Option<Rc<[u8]>>,
    /// `data="replace"`.
    pub replace: bool,
    /// The published feed to subscribe to, if the page has one.
    pub feed: Option<AttrValue>,
}

impl PartialEq for ExportSource {
    fn eq(&self, other: &Self) -> bool {
        let same = match (&self.file, &other.file) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same && self.replace == other.replace && self.feed == other.feed
    }
}

/// An `Rc` compared by identity: a memo keyed on it recomputes when the
/// value is replaced, without comparing two large values field by field.
#[derive(Debug)]
pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The keys of a day grid (the month's, the year's): the APG grid keys move
/// the focus; Enter and Space send `enter` with the focused day.
pub(crate) fn grid_keys(
    dispatch: &Callback<Action>,
    focus: NaiveDate,
    enter: fn(NaiveDate) -> Action,
) -> Callback<KeyboardEvent> {
    let d = dispatch.clone();
    Callback::from(move |e: KeyboardEvent| {
        if let Some(k) = GridKey::from_key(&e.key(), e.shift_key()) {
            e.prevent_default();
            d.emit(Action::Key(k));
        } else if e.key() == "Enter" || e.key() == " " {
            e.prevent_default();
            d.emit(enter(focus));
        }
    })
}

/// A click on a day of a grid (the month's, a month of the year's) sends
/// `open` with that day: one listener on the grid instead of one per cell
/// that every month switch replaced. The day is the grid's first day,
/// `from`, plus the cell's place in it; a cell outside the tab order (the
/// year view's days of other months) opens nothing.
pub(crate) fn grid_clicks(
    dispatch: &Callback<Action>,
    open: fn(NaiveDate) -> Action,
    from: NaiveDate,
) -> Callback<MouseEvent> {
    use wasm_bindgen::JsCast;
    let d = dispatch.clone();
    Callback::from(move |e: MouseEvent| {
        let day = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|t| t.closest("td[tabindex]").ok().flatten())
            .and_then(|cell| {
                // The rows above the cell's, and the cells before it in its row.
                let before = |e: &web_sys::Element| {
                    std::iter::successors(e.previous_element_sibling(), |e| {
                        e.previous_element_sibling()
                    })
                    .count()
                };
                let place = before(&cell.parent_element()?) * 7 + before(&cell);
                Some(crate::widget::add_days(from, place as i64))
            });
        if let Some(day) = day {
            d.emit(open(day));
        }
    })
}
