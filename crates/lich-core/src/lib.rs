//! # Lịch core — the Vietnamese holiday calendar, without the web
//!
//! Everything the widget, the command line and the notice editor compute,
//! with no web crate in reach (Cargo enforces it: this crate depends on
//! chrono and serde only, and `tests/boundary.rs` checks its tree):
//! - [`calendar`]: the exact Vietnamese lunisolar calendar;
//! - [`schedule`]: official schedules as data — the model, the reader and
//!   validator, expansion of rules into days, the built-in data;
//! - [`ical`]: the iCalendar writer;
//! - [`month_grid`], [`day_marks`], [`agenda`], [`view`], [`widget`]: the
//!   view models and the widget's state machine, which the Yew shell only
//!   paints;
//! - [`text`]: dates as text and the command line's line formats;
//! - [`words`]: every word the product shows, one catalogue per language;
//! - [`embed_options`]: the options an embedding gives, and who may choose
//!   the data;
//! - [`links`]: `tel:` and `mailto:` links nothing can be smuggled into;
//! - [`mod@codes`]: one table per wire code.
#![warn(missing_docs)]

pub mod abi;
pub mod agenda;
pub mod calendar;
pub mod codes;
pub mod day_marks;
pub mod embed_options;
mod error;
pub mod ical;
pub mod links;
pub mod month_grid;
pub mod notice;
pub mod schedule;
pub mod small_sort;
pub mod text;
pub mod view;
pub mod widget;
pub mod words;

pub use error::{Error, Expected, Result, Snippet};

#[doc(hidden)]
pub use serde as __serde;
