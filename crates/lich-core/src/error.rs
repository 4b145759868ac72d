//! The error of dates and date text, as data.
//!
//! An [`Error`] carries the facts of what went wrong — the numbers, the
//! range, the text that could not be read — never prose. (A schedule file's
//! problems are their own data, [`crate::schedule::problem`], which wraps an
//! [`Error`] for a bad date; so are an embedding's option problems and an
//! agency file's load messages, [`crate::words::LoadMessage`].) The words come from
//! the catalogue of the reader's language ([`crate::words`]): `Display`
//! gives the English one (lower-case, no trailing period, so messages
//! compose: "line 3: …"), [`Error::in_lang`] any other.

use crate::calendar::names::Lang;
use core::fmt;

/// What can be wrong with a date or a date's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// A solar day outside the supported range ([`crate::calendar::RANGE`]).
    DayOutOfRange {
        /// The day as (year, month, day), which may be no real date.
        day: (i32, u32, u32),
    },
    /// A lunar year whose Tết is outside the supported range.
    LunarYearOutOfRange {
        /// The lunar year asked for.
        year: i32,
    },
    /// A lunar month number other than 1–12.
    LunarMonthNumber {
        /// The number given.
        month: u8,
    },
    /// A lunar day number other than 1–30.
    LunarDayNumber {
        /// The number given.
        day: u8,
    },
    /// A leap month the lunar year does not have.
    NoSuchLeapMonth {
        /// The lunar year.
        year: i32,
        /// The month asked for as leap.
        month: u8,
        /// The year's leap month, if it has one.
        leap_month: Option<u8>,
    },
    /// A lunar day past the end of its month (30 in a 29-day month).
    LunarDayTooLarge {
        /// The lunar year.
        year: i32,
        /// The month.
        month: u8,
        /// Whether it is the leap month.
        leap: bool,
        /// The day asked for.
        day: u8,
        /// The month's length.
        length: u8,
    },
    /// A solar month number other than 1–12.
    SolarMonthNumber {
        /// The year.
        year: i32,
        /// The number given.
        month: u32,
    },
    /// A solar day past the end of its month (30 February).
    SolarDayTooLarge {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
        /// The day asked for.
        day: u32,
    },
    /// Text that could not be read as what was expected.
    Parse {
        /// The text as given, cut to a readable length.
        input: Snippet,
        /// What was expected.
        expected: Expected,
    },
}

/// What a piece of text was expected to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A solar date `YYYY-MM-DD`.
    SolarDate,
    /// A lunar date `YYYY-M-D`.
    LunarDate,
    /// A month `YYYY-MM`.
    Month,
    /// A machine-mode lunar line: `LUNAR_YEAR LUNAR_MONTH LUNAR_DAY LEAP`.
    LunarLine,
}

impl Error {
    /// The message in `lang`.
    pub fn in_lang(&self, lang: Lang) -> String {
        crate::words::of(lang).error(self)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = core::result::Result<T, E>;

/// Text quoted back to its writer in a message, cut to [`Snippet::MAX`]
/// characters (with "…") so that a 100,000-digit number or a megabyte of
/// garbage is not echoed in full, and with control characters shown as
/// `\u{…}` escapes so that it cannot drive a terminal.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Snippet(String);

impl Snippet {
    /// The most characters kept.
    pub const MAX: usize = 40;

    /// A snippet of `text`.
    pub fn new(text: &str) -> Snippet {
        let mut out = String::new();
        for (i, c) in text.chars().enumerate() {
            if i == Self::MAX {
                out.push('…');
                break;
            }
            if c.is_control() {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                out.push(c);
            }
        }
        Snippet(out)
    }

    /// The kept text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Snippet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_cut_and_defused() {
        let long = "9".repeat(100_000);
        let s = Snippet::new(&long);
        assert_eq!(s.as_str().chars().count(), Snippet::MAX + 1);
        assert!(s.as_str().ends_with('…'));
        assert_eq!(Snippet::new("a\u{1b}[2Jb").as_str(), "a\\u{1b}[2Jb");
        assert_eq!(Snippet::new("Tết").as_str(), "Tết");
    }
}
