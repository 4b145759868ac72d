//! Official schedules: what notices decide, as data.
//!
//! A schedule file (JSON, `"format": 1`) lists the documents a publisher
//! cites, its contacts, its events (days off, make-up workdays, flag days,
//! duty, deadlines, reports, festivals, observances) and undated notes.
//! [`parse_schedule`] reads and checks one, reporting every problem with its
//! line and column (as data: [`problem`]; the words are in [`crate::words`]); [`expand`] turns its rules into concrete days;
//! [`builtin`] holds the data compiled into the widget; [`crate::ical`]
//! exports it.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod builtin;
pub mod conflicts;
pub mod entries;
mod expand;
pub mod json;
pub mod law;
mod model;
pub mod problem;
mod read;
pub mod wire;
pub mod write;

pub use expand::{expand, Occurrence};
pub use model::*;
pub use problem::{Encoding, Outcome, Problem, ProblemKind, WordedProblem, MAX_PROBLEMS};
pub use read::{
    counted, outcome, parse_schedule, parse_schedule_bytes, too_large, MAX_EVENTS, MAX_FILE_BYTES,
    WORDED,
};
