//! # Lịch — the Vietnamese holiday calendar
//!
//! A calendar of solar and lunar (âm lịch) dates that shows what official
//! notices decide: days off, flag days, duty periods and deadlines.
//!
//! This crate is the thin web shell: the Yew components ([`ui`]), the wasm
//! binary and the command line. Everything they compute comes from the pure
//! core, [`lich_core`], re-exported here so that `lich::calendar`,
//! `lich::schedule`, `lich::words`, … name the same things.
#![warn(missing_docs)]

pub use lich_core::*;

pub mod ui;
