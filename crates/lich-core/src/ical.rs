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
use crate::schedule::entries::{reconcile, Entry};
use crate::schedule::{expand, Kind, KindCode, Schedule};
use crate::view::details::EventCard;
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

/// An entry's DESCRIPTION: its card in lines — what it says, who it
/// concerns, every document behind it (the other members' too), contacts,
/// how sure, and what is left to decide.
fn description(card: &EventCard, lang: Lang) -> String {
    let words = words::of(lang);
    let t = words.ui();
    let mut parts = Vec::new();
    if let Some(d) = &card.description {
        parts.push(d.text.clone());
    }
    if let Some(a) = &card.audience {
        parts.push(format!("{}: {a}", t.audience));
    }
    let mut sources: Vec<&crate::view::details::Cited> = Vec::new();
    for s in card
        .sources
        .iter()
        .chain(card.also.iter().flat_map(|a| &a.sources))
    {
        if !sources.contains(&s) {
            sources.push(s);
        }
    }
    parts.extend(sources.iter().map(|s| format!("{}: {s}", t.source)));
    parts.extend(
        card.also
            .iter()
            .map(|a| format!("{}: {}", a.kind, a.title.text)),
    );
    for c in &card.contacts {
        let how: Vec<&str> = [
            c.phone.as_ref().map(|p| p.0.as_str()),
            c.email.as_ref().map(|e| e.0.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect();
        parts.push(format!("{}: {} {}", t.contact, c.name.text, how.join(", ")));
    }
    if let Some(c) = card.confidence {
        parts.push(format!("{}: {c}", t.confidence));
    }
    if let Some(u) = &card.undecided {
        parts.push(u.text.clone());
    }
    parts.join("\n")
}

/// The iCalendar text of a schedule's entries in `[from, to]`: one event
/// per reconciled entry (one Tết break, not three overlapping ones).
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
/// is written out as it is made: the rules are expanded a year at a time
/// (with a week on either side, so that a break across the new year stays
/// one entry) and no more than a year of events is held at once. The range
/// is cut to the supported days ([`crate::calendar::RANGE`]).
pub fn write_ics(schedule: &Schedule, opts: &IcsOptions, sink: &mut dyn FnMut(&str)) {
    let lang = opts.lang;
    let mut out = String::new();
    let name = escape_text(schedule.title.get(lang));
    for line in [
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        // ASCII, in the export's language (RFC 5545 §3.7.3). No METHOD:
        // PUBLISH would need an ORGANIZER (RFC 5546), and a plain calendar
        // file or feed needs neither.
        format!(
            "PRODID:-//Lich//Lich {}//{}",
            env!("CARGO_PKG_VERSION"),
            lang.code().to_ascii_uppercase()
        ),
        "CALSCALE:GREGORIAN".into(),
        format!("NAME:{name}"),
        format!("X-WR-CALNAME:{name}"),
        "X-WR-TIMEZONE:Asia/Ho_Chi_Minh".into(),
        "REFRESH-INTERVAL;VALUE=DURATION:P1D".into(),
        "X-PUBLISHED-TTL:P1D".into(),
    ] {
        fold_line(&line, &mut out);
    }
    sink(&out);
    let (from, to) = clamped(opts);
    let stamp = format!("{}T000000Z", ics_date(schedule.updated));
    let week = chrono::Days::new(7);
    for (chunk_from, chunk_to) in years(from, to) {
        let wide_from = chunk_from
            .checked_sub_days(week)
            .unwrap_or(chunk_from)
            .max(from);
        let wide_to = chunk_to.checked_add_days(week).unwrap_or(chunk_to).min(to);
        let occurrences = expand(schedule, wide_from, wide_to)
            .into_iter()
            .filter(|o| wanted(opts, o))
            .collect();
        for e in reconcile(occurrences) {
            // Each entry once: in the chunk where it starts (or the first).
            let starts_here = e.start >= chunk_from || chunk_from == from;
            if !starts_here || e.start > chunk_to {
                continue;
            }
            out.clear();
            event(schedule, &e, &stamp, lang, &mut out);
            sink(&out);
        }
    }
    out.clear();
    fold_line("END:VCALENDAR", &mut out);
    sink(&out);
}

/// Whether [`write_ics`] would write at least one event. A calendar must
/// hold a component (RFC 5545 §3.6), so an export that would hold none is
/// refused before anything is written. Stops at the first year with one.
pub fn has_events(schedule: &Schedule, opts: &IcsOptions) -> bool {
    let (from, to) = clamped(opts);
    years(from, to).any(|(a, b)| expand(schedule, a, b).iter().any(|o| wanted(opts, o)))
}

/// The export's range cut to the supported days.
fn clamped(opts: &IcsOptions) -> (NaiveDate, NaiveDate) {
    let range = crate::calendar::RANGE;
    (opts.from.max(*range.start()), opts.to.min(*range.end()))
}

/// `[from, to]` a calendar year at a time.
fn years(from: NaiveDate, to: NaiveDate) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    use chrono::Datelike;
    (from.year()..=to.year()).map(move |year| {
        (
            NaiveDate::from_ymd_opt(year, 1, 1).map_or(from, |d| d.max(from)),
            NaiveDate::from_ymd_opt(year, 12, 31).map_or(to, |d| d.min(to)),
        )
    })
}

/// Whether the options ask for this occurrence's kind (no kinds: all).
fn wanted(opts: &IcsOptions, o: &crate::schedule::Occurrence) -> bool {
    opts.kinds.is_empty() || opts.kinds.contains(&o.kind().code())
}

/// One VEVENT for one entry.
fn event(schedule: &Schedule, entry: &Entry, stamp: &str, lang: Lang, out: &mut String) {
    let words = words::of(lang);
    let card = EventCard::of_entry(schedule, entry, lang);
    let lead = entry.lead();
    let kind = entry.kind();
    let mut line = |s: String| fold_line(&s, out);
    line("BEGIN:VEVENT".into());
    line(format!(
        "UID:{}-{}@{}.lich",
        escape_text(&lead.event.id),
        ics_date(entry.start),
        escape_text(&lead.event.origin)
    ));
    line(format!("DTSTAMP:{stamp}"));
    line(format!("DTSTART;VALUE=DATE:{}", ics_date(entry.start)));
    line(format!(
        "DTEND;VALUE=DATE:{}",
        ics_date(entry.end.succ_opt().unwrap_or(entry.end))
    ));
    let summary = if card.expected {
        format!("{} ({})", card.title.text, words.ui().expected_in_title)
    } else {
        card.title.text.clone()
    };
    line(format!("SUMMARY:{}", escape_text(&summary)));
    let desc = description(&card, lang);
    if !desc.is_empty() {
        line(format!("DESCRIPTION:{}", escape_text(&desc)));
    }
    line(format!("CATEGORIES:{}", escape_text(card.kind)));
    let busy = matches!(kind, Kind::Duty { .. } | Kind::MakeUpWorkday);
    line(format!(
        "TRANSP:{}",
        if busy { "OPAQUE" } else { "TRANSPARENT" }
    ));
    if matches!(kind, Kind::Deadline { .. }) {
        line("BEGIN:VALARM".into());
        line("ACTION:DISPLAY".into());
        // An all-day event starts at midnight where the calendar is read:
        // the reminder comes at 08:00 of the working day before, not at 00:00.
        line("TRIGGER:-PT16H".into());
        line(format!("DESCRIPTION:{}", escape_text(&card.title.text)));
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
