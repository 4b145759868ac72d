//! The crate's one error type.
//!
//! Every message says what was wrong and, where it helps, what is allowed,
//! so the person who typed the input can fix it. Messages are lower-case with
//! no trailing period, so they compose ("line 3: …").

use core::fmt;

/// Everything that can go wrong in the library.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// A date outside the range the calendar tables cover.
    OutOfRange {
        /// What was asked, as the user wrote or meant it.
        what: String,
        /// The supported range, in words.
        supported: String,
    },
    /// A lunar date that does not exist.
    InvalidLunarDate {
        /// The date as given.
        date: String,
        /// Why it does not exist.
        reason: String,
    },
    /// A solar date that does not exist or could not be read.
    InvalidSolarDate {
        /// The text as given.
        input: String,
        /// What is wrong with it.
        reason: String,
    },
    /// Input that could not be parsed.
    Parse {
        /// The text as given.
        input: String,
        /// What was expected.
        expected: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::OutOfRange { what, supported } => {
                write!(f, "{what} is outside the supported range ({supported})")
            }
            Error::InvalidLunarDate { date, reason } => {
                write!(f, "lunar date {date} does not exist: {reason}")
            }
            Error::InvalidSolarDate { input, reason } => {
                write!(f, "solar date \"{input}\" is not valid: {reason}")
            }
            Error::Parse { input, expected } => {
                write!(f, "cannot read \"{input}\": expected {expected}")
            }
        }
    }
}

impl std::error::Error for Error {}

/// The crate's result type.
pub type Result<T, E = Error> = core::result::Result<T, E>;
