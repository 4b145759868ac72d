//! iCalendar (RFC 5545) export of a schedule, written by hand.
//!
//! The `icalendar` crate was measured for this: it gives all-day events a
//! DTEND equal to DTSTART (which Google Calendar on Android mishandles) and
//! adds about 113 KB gzip to the wasm; this writer is a few KB.
//!
//! The output is a pure function of its input: all-day events as
//! `DTSTART;VALUE=DATE` with an exclusive `DTEND`, UIDs from the schedule and
//! event ids (re-importing updates instead of duplicating), DTSTAMP from the
//! schedule's `updated` date, CRLF line ends, lines folded at 75 octets
//! without splitting a UTF-8 character, and TEXT values escaped.

use crate::calendar::names::Lang;
use crate::schedule::{expand, Confidence, Kind, KindCode, Occurrence, Schedule};
use crate::words;
use chrono::NaiveDate;

/// What to export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsOptions {
    /// First day (inclusive).
    pub from: NaiveDate,
    /// Last day (inclusive).
    pub to: NaiveDate,
    /// Kinds to keep; empty keeps all.
    pub kinds: Vec<KindCode>,
    /// Language of the text.
    pub lang: Lang,
}

/// The label of a kind, for categories and the UI.
pub fn kind_label(kind: &Kind, lang: Lang) -> &'static str {
    words::of(lang).kind(kind)
}

/// Escapes a TEXT value (RFC 5545 §3.3.11); drops other control characters.
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds one content line at 75 octets (§3.1), never inside a UTF-8
/// character, and ends every physical line with CRLF.
pub fn fold_line(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
}

fn ics_date(d: NaiveDate) -> String {
    crate::text::compact(d)
}

/// A source document in words: "58/TB-UBND ngày 26/12/2023 của UBND tỉnh Sóc Trăng: Về việc …".
pub fn source_line(schedule: &Schedule, id: &str, lang: Lang) -> Option<String> {
    Some(words::of(lang).document(schedule.document(id)?))
}

fn description(schedule: &Schedule, o: &Occurrence, lang: Lang) -> String {
    let e = o.event;
    let words = words::of(lang);
    let t = words.ui();
    let mut parts = Vec::new();
    if let Some(d) = &e.description {
        parts.push(d.get(lang).to_string());
    }
    if !e.audience.is_empty() {
        parts.push(format!("{}: {}", t.audience, e.audience.join("; ")));
    }
    for s in &e.sources {
        if let Some(line) = source_line(schedule, s, lang) {
            parts.push(format!("{}: {line}", t.source));
        }
    }
    for c in e.contacts.iter().filter_map(|c| schedule.contact(c)) {
        let how: Vec<&str> = [c.phone.as_deref(), c.email.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        parts.push(format!(
            "{}: {} {}",
            t.contact,
            c.name.get(lang),
            how.join(", ")
        ));
    }
    if e.confidence != Confidence::Confirmed {
        parts.push(format!(
            "{}: {}",
            t.confidence,
            words.confidence(e.confidence)
        ));
    }
    parts.join("\n")
}

/// The iCalendar text of a schedule's occurrences in `[from, to]`.
///
/// # Example
/// ```
/// use lich_core::ical::{to_ics, IcsOptions};
/// use lich_core::calendar::names::Lang;
/// let s = lich_core::schedule::builtin::soc_trang_tet_2024();
/// let d = |t: &str| t.parse().unwrap();
/// let ics = to_ics(&s, &IcsOptions { from: d("2024-01-01"), to: d("2024-12-31"), kinds: vec![], lang: Lang::Vi });
/// assert!(ics.contains("DTSTART;VALUE=DATE:20240208\r\nDTEND;VALUE=DATE:20240215\r\n"));
/// ```
pub fn to_ics(schedule: &Schedule, opts: &IcsOptions) -> String {
    let mut out = String::new();
    write_ics(schedule, opts, &mut |chunk| out.push_str(chunk));
    out
}

/// The same text, handed to `sink` a piece at a time, so that a long range
/// is written out as it is made: the rules are expanded one year at a time
/// and no more than a year of events is held at once. The range is cut to
/// the supported days ([`crate::calendar::RANGE`]).
pub fn write_ics(schedule: &Schedule, opts: &IcsOptions, sink: &mut dyn FnMut(&str)) {
    use chrono::Datelike;
    let lang = opts.lang;
    let mut out = String::new();
    let name = escape_text(schedule.title.get(lang));
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Lich//Lich lịch âm dương Việt Nam//VI".into(),
        "CALSCALE:GREGORIAN".into(),
        "METHOD:PUBLISH".into(),
        format!("NAME:{name}"),
        format!("X-WR-CALNAME:{name}"),
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh".into(),
        "REFRESH-INTERVAL;VALUE=DURATION:P1D".into(),
        "X-PUBLISHED-TTL:P1D".into(),
    ] {
        fold_line(&line, &mut out);
    }
    sink(&out);
    let range = crate::calendar::RANGE;
    let (from, to) = (opts.from.max(*range.start()), opts.to.min(*range.end()));
    let stamp = format!("{}T000000Z", ics_date(schedule.updated));
    let mut year = from.year();
    while year <= to.year() {
        let chunk_from = NaiveDate::from_ymd_opt(year, 1, 1).map_or(from, |d| d.max(from));
        let chunk_to = NaiveDate::from_ymd_opt(year, 12, 31).map_or(to, |d| d.min(to));
        for o in expand(schedule, chunk_from, chunk_to) {
            // An occurrence that spans years is written once, in the year it
            // starts (or in the first year, if it started before the range).
            if o.start < chunk_from && chunk_from != from {
                continue;
            }
            if !opts.kinds.is_empty() && !opts.kinds.contains(&o.event.kind.code()) {
                continue;
            }
            out.clear();
            event(schedule, &o, &stamp, lang, &mut out);
            sink(&out);
        }
        year += 1;
    }
    out.clear();
    fold_line("END:VCALENDAR", &mut out);
    sink(&out);
}

/// One VEVENT.
fn event(schedule: &Schedule, o: &Occurrence, stamp: &str, lang: Lang, out: &mut String) {
    let e = o.event;
    let mut line = |s: String| fold_line(&s, out);
    line("BEGIN:VEVENT".into());
    line(format!(
        "UID:{}-{}@{}.lich",
        escape_text(&e.id),
        ics_date(o.start),
        escape_text(&e.origin)
    ));
    line(format!("DTSTAMP:{stamp}"));
    line(format!("DTSTART;VALUE=DATE:{}", ics_date(o.start)));
    line(format!(
        "DTEND;VALUE=DATE:{}",
        ics_date(o.end.succ_opt().unwrap_or(o.end))
    ));
    line(format!("SUMMARY:{}", escape_text(e.title.get(lang))));
    let desc = description(schedule, o, lang);
    if !desc.is_empty() {
        line(format!("DESCRIPTION:{}", escape_text(&desc)));
    }
    line(format!(
        "CATEGORIES:{}",
        escape_text(kind_label(&e.kind, lang))
    ));
    let busy = matches!(e.kind, Kind::Duty { .. } | Kind::MakeUpWorkday);
    line(format!(
        "TRANSP:{}",
        if busy { "OPAQUE" } else { "TRANSPARENT" }
    ));
    if matches!(e.kind, Kind::Deadline { .. }) {
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        line("TRIGGER:-P1D".into());
        line(format!("DESCRIPTION:{}", escape_text(e.title.get(lang))));
        line("END:VALARM".into());
    }
    line("END:VEVENT".into());
}

/// A `data:` URL of an iCalendar text, for a download link that needs no
/// script and no request (it works under a strict CSP).
pub fn data_url(ics: &str) -> String {
    let mut out = String::from("data:text/calendar;charset=utf-8,");
    for b in ics.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_characters_whole() {
        let text = "SUMMARY:".to_string() + &"Tết Nguyên đán ".repeat(10);
        let mut out = String::new();
        fold_line(&text, &mut out);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(
                physical.len() <= 75,
                "{} octets: {physical:?}",
                physical.len()
            );
        }
        assert_eq!(out.replace("\r\n ", "").trim_end_matches("\r\n"), text);
    }

    #[test]
    fn data_urls_escape_everything_but_unreserved() {
        assert_eq!(
            data_url("A:b c\r\nđ"),
            "data:text/calendar;charset=utf-8,A%3Ab%20c%0D%0A%C4%91"
        );
    }

    #[test]
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
    }
}
