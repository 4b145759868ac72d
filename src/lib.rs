//! # Lịch — the Vietnamese holiday calendar
//!
//! A calendar of solar and lunar (âm lịch) dates that shows what official
//! notices decide: days off, flag days, duty periods and deadlines.
//!
//! The crate is a pure core under a thin web shell:
//! - [`calendar`]: the exact Vietnamese lunisolar calendar (no web crates);
//! - [`month_grid`]: the month view model the widget paints;
//! - `ui`: the Yew components (compiled for the browser and for server rendering).
#![warn(missing_docs)]

pub mod agenda;
pub mod calendar;
pub mod day_marks;
pub mod embed_options;
mod error;
pub mod ical;
pub mod month_grid;
pub mod schedule;
pub mod small_sort;
pub mod text;
pub mod ui;
pub mod widget;

pub use error::{Error, Result};
