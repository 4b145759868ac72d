//! View models: everything a view of the widget shows, computed from the
//! schedule and the widget's state, with every word already in the reader's
//! language. The Yew shell only paints them, and memoises each by exactly
//! what it depends on (a month's model by the schedule and the month, not by
//! the focused day).
//!
//! - [`month`]: the grid's cells, heading and weekday columns;
//! - [`details`]: a day's details and the event cards;
//! - [`agenda`]: the agenda of two months.

pub mod agenda;
pub mod details;
pub mod month;
