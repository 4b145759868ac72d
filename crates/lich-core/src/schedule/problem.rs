//! What can be wrong with a schedule file, as data.
//!
//! A [`Problem`] is a place (JSON path and line:column) and a
//! [`ProblemKind`] holding the facts — the value that was found, what is
//! allowed, the ids involved. The words come from the catalogue of the
//! reader's language ([`crate::words`]), so the validator, the widget and
//! the command line say the same thing in every language, and nothing is
//! worded at the point of failure.
//!
//! A file may have many problems, but never unboundedly many messages: the
//! reader keeps the first [`MAX_PROBLEMS`] and counts the rest, which it
//! reports as one last [`ProblemKind::More`].

use super::json::Pos;
use crate::calendar::names::Lang;
use crate::error::{Error, Snippet};
use chrono::NaiveDate;
use core::fmt;

/// The most problems kept for one file; the rest are only counted.
pub const MAX_PROBLEMS: usize = 100;

/// One thing wrong with a file, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `$.events[3].to` (`$` for the whole file).
    pub path: String,
    /// Where in the text.
    pub pos: Pos,
    /// What is wrong.
    pub kind: ProblemKind,
}

impl Problem {
    /// The message in `lang` (without the place).
    pub fn message(&self, lang: Lang) -> String {
        crate::words::of(lang).problem(&self.kind)
    }
}

impl fmt::Display for Problem {
    /// `line:column path: message` in English.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {}", self.pos, self.path, self.message(Lang::En))
    }
}

/// A problem worded in every language, with its place: what the widget
/// shows of a rejected file. The widget's first download carries no problem
/// catalogue — the separate reader module words the problems and hands them
/// over in this form ([`super::wire::encode_outcome`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WordedProblem {
    /// "line:column path".
    pub place: String,
    /// The message in each of [`Lang::ALL`], in that order.
    pub messages: Vec<String>,
}

impl WordedProblem {
    /// `p` in every language.
    pub fn of(p: &Problem) -> WordedProblem {
        WordedProblem {
            place: format!("{} {}", p.pos, p.path),
            messages: Lang::ALL.iter().map(|&l| p.message(l)).collect(),
        }
    }

    /// "line:column path: message" in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        let i = Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0);
        let message = self.messages.get(i).or(self.messages.first());
        format!("{}: {}", self.place, message.map_or("", String::as_str))
    }
}

/// What reading a file gives: the schedule, or how many problems it has
/// and the first ones, worded.
// One per file read, moved once: a box would cost more code than the bytes.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The file reads and checks.
    Read(super::model::Schedule),
    /// It does not.
    Rejected {
        /// How many problems in all.
        count: usize,
        /// The first few.
        first: Vec<WordedProblem>,
    },
}

/// The JSON types, as messages name them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JsonType {
    /// `null`
    Null,
    /// `true` or `false`
    Bool,
    /// A number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

/// What the bytes of a file that is not UTF-8 look like.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-16, little-endian (Windows "Unicode"): a byte order mark FF FE
    /// or zero bytes after ASCII ones.
    Utf16Le,
    /// UTF-16, big-endian: FE FF, or zero bytes before ASCII ones.
    Utf16Be,
    /// Some other encoding, e.g. Windows-1258 or TCVN3 (ABC).
    Legacy,
}

/// A JSON syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Text after the end of the value.
    TrailingText,
    /// A character was expected here.
    Expected {
        /// The character wanted.
        wanted: char,
        /// What was found (`None`: the end of the file).
        found: Option<char>,
    },
    /// Nesting deeper than allowed.
    TooDeep {
        /// The limit.
        max: usize,
    },
    /// A character that cannot start a value.
    UnexpectedChar(char),
    /// The file ends where a value was expected.
    UnexpectedEnd,
    /// A bare word that is nearly `true`, `false` or `null`.
    UnknownWord(&'static str),
    /// Something that looks like a number but is not one.
    NotANumber,
    /// A string without its closing quote.
    UnclosedString,
    /// An unknown escape after a backslash.
    BadEscape,
    /// A line break or control character inside a string.
    ControlInString,
    /// `\u` without four hexadecimal digits.
    BadHexEscape,
    /// A `\u` escape of half a surrogate pair (`\ud800` alone, or followed
    /// by something that is not its other half).
    LoneSurrogate,
    /// An array item not followed by `,` or `]`.
    ArrayPunctuation,
    /// An object member whose key is not a quoted string.
    KeyExpected,
    /// An object member not followed by `,` or `}`.
    ObjectPunctuation,
}

/// Which part of a file a reference comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// An event.
    Event,
    /// A note.
    Note,
    /// A document (its `supersedes` or `relays`).
    Document,
}

/// What is wrong, with the facts a message needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file is over the size limit.
    FileTooLarge {
        /// Its size in bytes (at least; a stream is read only up to the limit).
        bytes: u64,
        /// The limit.
        limit: usize,
    },
    /// The bytes are not UTF-8.
    NotUtf8 {
        /// The byte offset of the first byte that is not UTF-8.
        offset: usize,
        /// What the file looks like instead.
        guess: Encoding,
    },
    /// The JSON cannot be read.
    Syntax(Syntax),
    /// More events than allowed.
    TooManyEvents {
        /// How many.
        count: usize,
        /// The limit.
        limit: usize,
    },
    /// Problems found beyond [`MAX_PROBLEMS`], not listed.
    More {
        /// How many.
        count: usize,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// What the field needs.
        expected: JsonType,
        /// What it holds.
        found: JsonType,
    },
    /// An empty string where text is needed.
    Empty,
    /// A field the format does not have.
    UnknownField {
        /// The field's name.
        key: Snippet,
        /// The allowed name it is one typo away from.
        suggestion: Option<&'static str>,
        /// The allowed names.
        allowed: &'static [&'static str],
    },
    /// The same field twice in one object.
    DuplicateField {
        /// The field's name.
        key: Snippet,
    },
    /// A required field is missing.
    MissingField {
        /// The field's name.
        key: &'static str,
    },
    /// A number that is not a whole number in the allowed range.
    NotInteger {
        /// The number as written.
        value: Snippet,
        /// The smallest allowed.
        min: i64,
        /// The largest allowed.
        max: i64,
    },
    /// A date that cannot be read, does not exist or is out of range.
    BadDate(Error),
    /// A document date left blank: a date not known is left out.
    DocDateBlank,
    /// A document date given as a month outside the supported range.
    MonthOutOfRange {
        /// The year.
        year: i32,
        /// The month.
        month: u32,
    },
    /// A link that is not http(s) or contains what a URL cannot.
    BadLink {
        /// The link.
        value: Snippet,
    },
    /// A value outside a fixed list.
    UnknownValue {
        /// The value.
        value: Snippet,
        /// The allowed values.
        allowed: &'static [&'static str],
    },
    /// `"format"` is not the number 1.
    FormatVersion,
    /// `"format"` is the text "1" rather than the number 1.
    FormatQuoted,
    /// Not a time of day `HH:MM`.
    NotTime {
        /// The value.
        value: Snippet,
    },
    /// Not a telephone number.
    NotPhone {
        /// The value.
        value: Snippet,
    },
    /// Not an e-mail address that is safe to link to.
    NotEmail {
        /// The value.
        value: Snippet,
    },
    /// A field that belongs to another kind of event.
    OnlyForKind {
        /// The field.
        key: &'static str,
        /// The kinds it belongs to.
        kinds: &'static [crate::schedule::KindCode],
    },
    /// A report without its phase.
    ReportNeedsPhase,
    /// An event without exactly one way of giving its date.
    OneDateForm,
    /// `"to"` without `"from"`.
    ToNeedsFrom,
    /// `"from"` without `"to"`.
    FromNeedsTo,
    /// A range that ends before it starts.
    RangeBackwards {
        /// First day given.
        from: NaiveDate,
        /// Last day given.
        to: NaiveDate,
    },
    /// Years that end before they start.
    YearsBackwards {
        /// First year.
        from: i32,
        /// Last year.
        to: i32,
    },
    /// A yearly lunar day 30 (missing in 29-day months) without
    /// `"missing_day"`.
    LunarDay30NeedsRule,
    /// A yearly solar 29 February (missing in common years) without
    /// `"missing_day"`.
    February29NeedsRule,
    /// A solar month and day that never exist together.
    NoSuchSolarDay {
        /// Month.
        month: u32,
        /// Day.
        day: u32,
    },
    /// An id used twice in one list.
    DuplicateId {
        /// The id.
        id: Snippet,
    },
    /// An official event that cites no document.
    MissingSource {
        /// The event's id.
        event: Snippet,
        /// Its kind code.
        kind: &'static str,
    },
    /// A cited document that is not in `"documents"`.
    UnknownDocument {
        /// What cites it.
        item: Item,
        /// Its id.
        id: Snippet,
        /// The document id cited.
        document: Snippet,
    },
    /// A cited document that is in `"documents"` but has problems of its
    /// own (reported there): said once, not once per citation.
    InvalidDocument {
        /// The document id.
        document: Snippet,
    },
    /// A contact that is not in `"contacts"`.
    UnknownContact {
        /// The event's id.
        event: Snippet,
        /// The contact id.
        contact: Snippet,
    },
    /// A value that must be a code (lower-case letters, digits and `-`).
    BadCode {
        /// The value.
        value: Snippet,
    },
    /// A field that needs another.
    NeedsField {
        /// The field given.
        key: &'static str,
        /// The field it needs.
        needs: &'static str,
    },
    /// A statute on something other than a yearly rule.
    StatuteNeedsRule,
    /// A statute that fixes more days than it gives.
    FixedOverDays {
        /// Fixed days.
        fixed: u8,
        /// Days given.
        days: u8,
    },
    /// An event of this file named in `"supersedes"` that is not in it.
    UnknownEvent {
        /// The event that supersedes.
        event: Snippet,
        /// The id named.
        id: Snippet,
    },
    /// A document that replaces or relays itself, directly or through
    /// other documents of the file.
    DocumentCycle {
        /// The document's id.
        document: Snippet,
        /// The field that leads back: `supersedes` or `relays`.
        key: &'static str,
    },
    /// A break's composition whose counts do not add up to its days.
    CompositionCount {
        /// The days the composition counts.
        counted: u32,
        /// The days of its date or range.
        days: u32,
    },
    /// A make-up working day whose `makes_up` is not a day off of the file.
    NotADayOff {
        /// The make-up day's id.
        event: Snippet,
        /// The id it names.
        id: Snippet,
    },
    /// A day that is both a make-up working day and a day off.
    OffAndWorked {
        /// The first such day.
        day: NaiveDate,
        /// The make-up workday event.
        work: Snippet,
        /// The day-off event.
        off: Snippet,
    },
}
