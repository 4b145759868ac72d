//! What proofreading a notice finds: the data `lich check` reports and the
//! catalogues word ([`crate::words::Catalogue::finding`]). The reading
//! itself is the `lich-notice` crate, which needs a regular-expression
//! engine: kept out of this crate because merely depending on it changed
//! the widget's code generation (+0.17 KB gzip of the first load, measured),
//! although the widget never calls it.

use crate::calendar::LunarDate;
use chrono::NaiveDate;

/// What a statement of the notice gets wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FindingKind {
    /// A weekday that is not the date's.
    Weekday {
        /// The date.
        date: NaiveDate,
        /// The weekday written, Monday = 0.
        stated: u8,
    },
    /// A lunar date that is not the solar date's.
    Lunar {
        /// The solar date.
        date: NaiveDate,
        /// What was written: day, month (0 if not given), year's can chi (if given).
        stated: (u8, u8, Option<String>),
        /// The real one.
        actual: LunarDate,
    },
    /// A range that ends before it starts.
    Backwards {
        /// First day written.
        from: NaiveDate,
        /// Last day written.
        to: NaiveDate,
    },
    /// A count of days that is not the range's length.
    Count {
        /// The count written.
        stated: u32,
        /// First day.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
    },
}

/// One contradiction, with its line (1-based) and the text it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The line where the statement starts.
    pub line: usize,
    /// The words of the notice it is about.
    pub quote: String,
    /// What is wrong.
    pub kind: FindingKind,
}

/// The outcome of proofreading a notice.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    /// Solar dates read.
    pub dates: usize,
    /// Statements checked (weekdays, lunar dates, ranges, counts).
    pub checks: usize,
    /// What contradicts the calendar.
    pub findings: Vec<Finding>,
}
