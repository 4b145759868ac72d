//! Reading a schedule file, with every problem reported at once.
//!
//! A clerk writes these files by hand, so reading never stops at the first
//! mistake: each [`Problem`] names its JSON path (`$.events[3].to`) and
//! line:column, and the words come from the catalogue of the reader's
//! language. Unknown fields are rejected, not ignored: a misspelt `"form"`
//! for `"from"` would otherwise silently drop a date.
//!
//! The work is bounded by the file, not by its problems: at most
//! [`MAX_FILE_BYTES`], [`MAX_EVENTS`] events and 32 levels of nesting are
//! read, conflicts are found by sorting ([`super::conflicts`]) rather than by
//! comparing every pair, and only the first
//! [`MAX_PROBLEMS`](super::problem::MAX_PROBLEMS) problems are kept.
//!
//! - [`fields`]: the generic checks (objects, strings, numbers, dates, lists);
//! - [`entities`]: the format's parts (documents, contacts, notes, events);
//! - [`references`]: what the parts say of each other (ids, citations,
//!   contradictions).

mod entities;
mod fields;
mod references;

use super::json::{self, Pos};
use super::model::Schedule;
use super::problem::{Encoding, Outcome, Problem, ProblemKind, WordedProblem};
use crate::small_sort::stable_sort_by_key;
use fields::Decoder;

/// The largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// The most events a file may hold.
pub const MAX_EVENTS: usize = 5_000;
/// The only format version so far.
pub const FORMAT: &str = "1";

const START: Pos = Pos { line: 1, column: 1 };

/// Reads and checks a schedule file given as bytes, as it comes from a disk
/// or the network: it must be UTF-8 (a byte order mark is allowed), and a
/// file in another encoding is named, with the byte where it stops being UTF-8.
///
/// # Example
/// ```
/// use lich_core::schedule::{parse_schedule_bytes, ProblemKind, Encoding};
/// // "Tết" saved as Windows-1258 instead of UTF-8:
/// let problems = parse_schedule_bytes(b"{\"title\": \"T\xea\xd2t\"}").unwrap_err();
/// assert!(matches!(problems[0].kind, ProblemKind::NotUtf8 { offset: 12, guess: Encoding::Legacy }));
/// assert_eq!(problems[0].pos.to_string(), "1:13");
/// ```
pub fn parse_schedule_bytes(bytes: &[u8]) -> Result<Schedule, Vec<Problem>> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(bytes.len() as u64)]);
    }
    match core::str::from_utf8(bytes) {
        Ok(text) => parse_schedule(text),
        Err(e) => Err(vec![not_utf8(bytes, e.valid_up_to())]),
    }
}

/// How many problems of a rejected file are worded for the widget.
pub const WORDED: usize = 5;

/// Reads and checks a file's bytes, with the first [`WORDED`] problems of a
/// rejected file worded in every language: what the reader module hands
/// the widget. A file that reads is handed over as it stands
/// ([`Schedule::retain_in_force`]): without what only superseded or
/// withdrawn documents say.
pub fn outcome(bytes: &[u8]) -> Outcome {
    match parse_schedule_bytes(bytes) {
        Ok(mut s) => {
            s.retain_in_force();
            Outcome::Read(s)
        }
        Err(problems) => Outcome::Rejected {
            count: counted(&problems),
            first: problems
                .iter()
                .take(WORDED)
                .map(WordedProblem::of)
                .collect(),
        },
    }
}

/// How many problems a list stands for (its last may count the rest).
pub fn counted(problems: &[Problem]) -> usize {
    problems
        .iter()
        .map(|p| match p.kind {
            ProblemKind::More { count } => count,
            _ => 1,
        })
        .sum()
}

/// The problem of a file over the size limit (`bytes` may be a lower bound
/// when the file was read only up to the limit).
pub fn too_large(bytes: u64) -> Problem {
    Problem {
        path: "$".into(),
        pos: START,
        kind: ProblemKind::FileTooLarge {
            bytes,
            limit: MAX_FILE_BYTES,
        },
    }
}

/// The problem of bytes that stop being UTF-8 at `offset`, with the line
/// and column of that byte and a guess at the encoding they are in.
fn not_utf8(bytes: &[u8], offset: usize) -> Problem {
    let guess = match bytes {
        [0xff, 0xfe, ..] => Encoding::Utf16Le,
        [0xfe, 0xff, ..] => Encoding::Utf16Be,
        [a, 0, ..] if a.is_ascii() => Encoding::Utf16Le,
        [0, b, ..] if b.is_ascii() => Encoding::Utf16Be,
        _ => Encoding::Legacy,
    };
    let before = core::str::from_utf8(&bytes[..offset]).unwrap_or_default();
    let line = before.matches('\n').count() as u32 + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .trim_start_matches('\u{feff}')
        .chars()
        .count() as u32
        + 1;
    Problem {
        path: "$".into(),
        pos: Pos { line, column },
        kind: ProblemKind::NotUtf8 { offset, guess },
    }
}

/// Reads and checks a schedule file. `Err` holds every problem found (the
/// first [`MAX_PROBLEMS`](super::problem::MAX_PROBLEMS), then one that
/// counts the rest), sorted by position.
///
/// # Example
/// ```
/// use lich_core::schedule::parse_schedule;
/// use lich_core::calendar::names::Lang;
/// let problems = parse_schedule(r#"{"format": "1"}"#).unwrap_err();
/// let format = problems.iter().find(|p| p.path == "$.format").unwrap();
/// assert_eq!(format.message(Lang::En), "\"format\" must be the number 1, without quotes");
/// assert_eq!(format.message(Lang::Vi), "\"format\" phải là số 1, không đặt trong dấu ngoặc kép");
/// ```
pub fn parse_schedule(text: &str) -> Result<Schedule, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![too_large(text.len() as u64)]);
    }
    let root = json::parse(text).map_err(|e| {
        vec![Problem {
            path: "$".into(),
            pos: e.pos,
            kind: ProblemKind::Syntax(e.kind),
        }]
    })?;
    let mut d = Decoder::default();
    let schedule = d.schedule(&root);
    let mut problems = stable_sort_by_key(d.problems, |p| (p.pos.line, p.pos.column));
    if d.more > 0 {
        problems.push(Problem {
            path: "$".into(),
            pos: START,
            kind: ProblemKind::More { count: d.more },
        });
    }
    match schedule {
        Some(s) if problems.is_empty() => Ok(s),
        _ => Err(problems),
    }
}
