//! iCalendar (RFC 5545) export of a schedule, written by hand, and the
//! published feeds built on it.
//!
//! The `icalendar` crate was measured for this: it gives all-day events a
//! DTEND equal to DTSTART (which Google Calendar on Android mishandles) and
//! adds about 113 KB gzip to the wasm; this writer is a few KB.
//!
//! The output is a pure function of its input: all-day events as
//! `DTSTART;VALUE=DATE` with an exclusive `DTEND`, CRLF line ends, lines
//! folded at 75 octets without splitting a UTF-8 character, and TEXT values
//! escaped. DTSTAMP is the export's time ([`IcsOptions::stamp`]).
//!
//! **Identity.** One event per reconciled entry, and its UID names the
//! *occasion*, not its dates: `tet-am-lich-2024-off@lich` is the Tết break
//! of 2024 whoever decides it and whatever its days, so a decision that
//! replaces the law's expectation, or a notice that moves a day, updates
//! the event a subscriber holds instead of adding a second one (see
//! [`uid`]). A feed re-published over its previous version
//! ([`feed::Previous`]) raises the SEQUENCE of what changed, stamps it
//! LAST-MODIFIED, and keeps what was withdrawn as STATUS:CANCELLED.

pub mod feed;
pub mod jcal;

use crate::calendar::names::Lang;
use crate::schedule::entries::{reconcile, Class, Entry};
use crate::schedule::{builtin, expand, Audiences, Event, Kind, KindCode, Schedule, When};
use crate::view::details::EventCard;
use crate::words;
use chrono::{NaiveDate, NaiveDateTime};
use feed::Previous;

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
    /// When the export is made, in UTC: every event's DTSTAMP, and the
    /// LAST-MODIFIED of what a feed changes.
    pub stamp: NaiveDateTime,
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
fn description(
    card: &EventCard,
    kind: &Kind,
    who: Audiences,
    undated: &[&Event],
    lang: Lang,
) -> String {
    let words = words::of(lang);
    let t = words.ui();
    let f = words.feed();
    let mut parts = Vec::new();
    if let Some(d) = &card.description {
        parts.push(d.text.clone());
    }
    // Who it concerns: the notice's words, or else the groups of its codes.
    let groups = || {
        who.iter()
            .map(|a| words.audience_group(a))
            .collect::<Vec<_>>()
            .join("; ")
    };
    match &card.audience {
        Some(a) => parts.push(format!("{}: {a}", t.audience)),
        None if !who.is_empty() => parts.push(format!("{}: {}", t.audience, groups())),
        None => {}
    }
    if let Kind::Duty { types, hours } = kind {
        if !types.is_empty() {
            let types: Vec<&str> = types.iter().map(|d| words.duty_type(*d)).collect();
            parts.push(format!("{}: {}", f.duty_types, types.join(", ")));
        }
        if let Some(h) = hours {
            parts.push(format!("{}: {h}", f.duty_hours));
        }
    }
    // What the card says of what is due and of a swapped day's pair.
    if let Some(to) = &card.sent.0 {
        parts.push(format!("{}: {to}", f.due_to));
    }
    if let Some(via) = &card.sent.1 {
        parts.push(format!("{}: {via}", f.channels));
    }
    if let Some(pair) = &card.pair {
        parts.push(format!("{}: {pair}", t.swap));
    }
    if let Some(b) = &card.begins {
        parts.push(format!("{}: {b}", t.begins));
    }
    if let Some(c) = &card.composition {
        parts.push(format!("{}: {c}", t.composition));
    }
    // The obligations the notice gives no date for, once, on its occasion:
    // said as the notice says them, never given invented dates.
    if !undated.is_empty() {
        parts.push(format!("{}:", f.undated));
        for e in undated {
            let note = match &e.when {
                When::Undated(n) => format!(" — {}", n.get(lang)),
                _ => String::new(),
            };
            parts.push(format!("• {}{note}", e.title.get(lang)));
        }
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
    for a in &card.also {
        let line = match a.title.text.starts_with(a.kind) {
            true => a.title.text.clone(),
            false => format!("{}: {}", a.kind, a.title.text),
        };
        if !parts.contains(&line) {
            parts.push(line);
        }
    }
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
/// let d = |t: &str| -> chrono::NaiveDate { t.parse().unwrap() };
/// let stamp = d("2024-01-31").and_hms_opt(0, 0, 0).unwrap();
/// let opts = IcsOptions { from: d("2024-01-01"), to: d("2024-12-31"), kinds: vec![], lang: Lang::Vi, stamp };
/// let ics = to_ics(&s, &opts);
/// assert!(ics.contains("UID:tet-am-lich-2024-off@lich\r\n"));
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
    write_feed(schedule, opts, &Previous::default(), sink);
}

/// [`write_ics`] as the next version of a published feed whose last
/// version was `previous`: an event whose content changed gets the next
/// SEQUENCE and a LAST-MODIFIED of [`IcsOptions::stamp`]; an unchanged one
/// keeps both; an event of `previous` that starts in the range but is no
/// longer there is kept, as STATUS:CANCELLED, so that clients holding it
/// remove it (events before the range have aged out and are dropped).
pub fn write_feed(
    schedule: &Schedule,
    opts: &IcsOptions,
    previous: &Previous,
    sink: &mut dyn FnMut(&str),
) {
    let lang = opts.lang;
    let survey = survey(schedule, opts);
    let mut out = String::new();
    let name = escape_text(&survey.name(schedule, lang));
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
        // How often a subscriber's client should fetch the feed again
        // (RFC 7986 §5.7; X-PUBLISHED-TTL for Outlook and Apple).
        "REFRESH-INTERVAL;VALUE=DURATION:P1D".into(),
        "X-PUBLISHED-TTL:P1D".into(),
    ] {
        fold_line(&line, &mut out);
    }
    sink(&out);
    let stamp = stamp(opts.stamp);
    let mut written: Vec<String> = Vec::new();
    each_entry(schedule, opts, &mut |e| {
        let uid = unique(uid(e), e, &written);
        let undated: Vec<&Event> = match survey.homes.iter().find(|(_, home)| *home == uid) {
            Some((origin, _)) => undated_of(schedule, opts, origin).collect(),
            None => Vec::new(),
        };
        let mut lines = event(schedule, e, &uid, &undated, lang);
        previous.settle(&uid, &mut lines, &stamp);
        out.clear();
        lines.iter().for_each(|l| fold_line(l, &mut out));
        sink(&out);
        written.push(uid);
    });
    let (from, to) = clamped(opts);
    for lines in previous.withdrawn(&written, from, to, &stamp) {
        out.clear();
        lines.iter().for_each(|l| fold_line(l, &mut out));
        sink(&out);
    }
    out.clear();
    fold_line("END:VCALENDAR", &mut out);
    sink(&out);
}

/// Every entry of the export, in date order, a year of rules at a time.
fn each_entry(schedule: &Schedule, opts: &IcsOptions, f: &mut dyn FnMut(&Entry)) {
    let (from, to) = clamped(opts);
    let week = chrono::Days::new(7);
    for (chunk_from, chunk_to) in years(from, to) {
        let wide_from = chunk_from
            .checked_sub_days(week)
            .unwrap_or(chunk_from)
            .max(from);
        let wide_to = chunk_to.checked_add_days(week).unwrap_or(chunk_to).min(to);
        let occurrences = expand(schedule, wide_from, wide_to)
            .into_iter()
            .filter(|o| wanted(opts, &o.kind()))
            .collect();
        for e in reconcile(occurrences) {
            // Each entry once: in the chunk where it starts (or the first).
            let starts_here = e.start >= chunk_from || chunk_from == from;
            if starts_here && e.start <= chunk_to {
                f(&e);
            }
        }
    }
}

/// What an export holds, found before it is written: the files its events
/// come from (its name) and, for each file with obligations it gives no
/// date for, the UID of the entry that carries them (its break on the
/// occasion, else its first entry).
struct Survey {
    origins: Vec<String>,
    homes: Vec<(String, String)>,
}

fn survey(schedule: &Schedule, opts: &IcsOptions) -> Survey {
    let mut s = Survey {
        origins: Vec::new(),
        homes: Vec::new(),
    };
    let mut firsts: Vec<(String, String)> = Vec::new();
    let mut written: Vec<String> = Vec::new();
    each_entry(schedule, opts, &mut |e| {
        let uid = unique(uid(e), e, &written);
        for m in &e.members {
            let origin = &m.event.origin;
            if !s.origins.contains(origin) {
                s.origins.push(origin.clone());
            }
            if !firsts.iter().any(|(o, _)| o == origin) {
                firsts.push((origin.clone(), uid.clone()));
            }
            let break_home = e.class == Class::Off && m.occasion().is_some();
            if break_home && !s.homes.iter().any(|(o, _)| o == origin) {
                s.homes.push((origin.clone(), uid.clone()));
            }
        }
        written.push(uid);
    });
    for (origin, uid) in firsts {
        if !s.homes.iter().any(|(o, _)| *o == origin) {
            s.homes.push((origin, uid));
        }
    }
    s.homes
        .retain(|(origin, _)| undated_of(schedule, opts, origin).next().is_some());
    s
}

impl Survey {
    /// The calendar's name, from the files it holds: the agencies' own by
    /// their titles, the national data by its name.
    fn name(&self, schedule: &Schedule, lang: Lang) -> String {
        let national = |o: &String| builtin::NATIONAL_IDS.contains(&o.as_str());
        let files: Vec<&str> = self
            .origins
            .iter()
            .filter(|o| !national(o))
            .map(|o| schedule.title_of(o).map_or(o.as_str(), |t| t.get(lang)))
            .collect();
        words::of(lang).calendar_name(&files, self.origins.iter().any(national))
    }
}

/// The undated events of file `origin` the options ask for.
fn undated_of<'a>(
    schedule: &'a Schedule,
    opts: &'a IcsOptions,
    origin: &'a str,
) -> impl Iterator<Item = &'a Event> + 'a {
    schedule.events.iter().filter(move |e| {
        e.origin == origin && matches!(e.when, When::Undated(_)) && wanted(opts, &e.kind)
    })
}

/// Whether [`write_ics`] would write at least one event. A calendar must
/// hold a component (RFC 5545 §3.6), so an export that would hold none is
/// refused before anything is written. Stops at the first year with one.
pub fn has_events(schedule: &Schedule, opts: &IcsOptions) -> bool {
    let (from, to) = clamped(opts);
    years(from, to).any(|(a, b)| {
        expand(schedule, a, b)
            .iter()
            .any(|o| wanted(opts, &o.kind()))
    })
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

/// Whether the options ask for this kind (no kinds: all).
fn wanted(opts: &IcsOptions, kind: &Kind) -> bool {
    opts.kinds.is_empty() || opts.kinds.contains(&kind.code())
}

/// A DATE-TIME in UTC (`20240131T000000Z`). Written out by hand: chrono's
/// `format` brought its whole strftime machinery into the file module
/// (+16 KB gzip, measured).
fn stamp(t: NaiveDateTime) -> String {
    use chrono::Timelike;
    format!(
        "{}T{:02}{:02}{:02}Z",
        ics_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// The identity of an entry, the same for the same occasion whatever its
/// days, its language or the file name:
/// - an entry about an occasion (a break, a flag period, a duty, a make-up
///   day): `{occasion}-{year}-{class}@lich`, whoever decides it — the law's
///   expectation and the decision that settles it are one event;
/// - otherwise the lead event's: `{event id}@{file id}.lich` for a dated
///   event (a notice's deadline keeps it when its day moves), with
///   `-{year}` for a yearly rule (one event per year).
///
/// Festivals and observances are named by their event even with an
/// occasion, since an occasion may have several (Giỗ Tổ's day and rite).
pub fn uid(entry: &Entry) -> String {
    let occasion = match entry.class {
        Class::Festival => None,
        _ => entry.members.iter().find_map(|m| m.occasion()),
    };
    if let Some((occasion, year)) = occasion {
        return format!(
            "{}-{year}-{}@lich",
            escape_text(occasion),
            entry.class.code()
        );
    }
    let lead = entry.lead();
    let year = match lead.event.when {
        When::Day(_) | When::Range(..) | When::Undated(_) => String::new(),
        _ => format!("-{}", chrono::Datelike::year(&lead.start)),
    };
    format!(
        "{}{year}@{}.lich",
        escape_text(&lead.event.id),
        escape_text(&lead.event.origin)
    )
}

/// `uid`, or when an earlier entry of the export already has it (which the
/// rules above should not allow) the same with the entry's first day, so
/// that the file stays valid.
fn unique(uid: String, entry: &Entry, written: &[String]) -> String {
    if written.contains(&uid) {
        let (name, domain) = uid.split_once('@').unwrap_or((&uid, "lich"));
        format!("{name}-{}@{domain}", ics_date(entry.start))
    } else {
        uid
    }
}

/// The content lines (unfolded) of one VEVENT for one entry; SEQUENCE and
/// LAST-MODIFIED are the feed's to add ([`Previous::settle`]).
fn event(
    schedule: &Schedule,
    entry: &Entry,
    uid: &str,
    undated: &[&Event],
    lang: Lang,
) -> Vec<String> {
    let words = words::of(lang);
    let card = EventCard::of_entry(schedule, entry, lang);
    let kind = entry.kind();
    let mut lines = vec!["BEGIN:VEVENT".to_string(), format!("UID:{uid}")];
    // A time of day on one day (a report due "trước 09 giờ 00") is an
    // instant in UTC, which apps show at that time in their own zone (no
    // DTEND: RFC 5545 3.6.1, it ends when it starts); any other is all-day.
    // A daily report ("báo cáo hằng ngày trước 16 giờ") is one day, at its
    // time if it has one, repeated every day of its range (RFC 5545 3.8.5.3).
    let lead = entry.lead().event;
    let daily = matches!(lead.kind, Kind::Report { daily: true, .. }) && entry.start < entry.end;
    let instant = lead.time.filter(|_| entry.start == entry.end || daily);
    let last = if daily { entry.start } else { entry.end };
    match instant {
        Some(t) => {
            // Vietnam is UTC+7 all year: before 07:00 it is the day before in UTC.
            let (day, hour) = match t.hour().checked_sub(7) {
                Some(h) => (entry.start, h),
                None => (entry.start.pred_opt().unwrap_or(entry.start), t.hour() + 17),
            };
            let at = format!("{}T{hour:02}{:02}00Z", ics_date(day), t.minute());
            lines.push(format!("DTSTART:{at}"));
        }
        None => {
            lines.push(format!("DTSTART;VALUE=DATE:{}", ics_date(entry.start)));
            lines.push(format!(
                "DTEND;VALUE=DATE:{}",
                ics_date(last.succ_opt().unwrap_or(last))
            ));
        }
    }
    if daily {
        let days = (entry.end - entry.start).num_days() + 1;
        lines.push(format!("RRULE:FREQ=DAILY;COUNT={days}"));
    }
    let summary = if card.expected {
        format!("{} ({})", card.title.text, words.ui().expected_in_title)
    } else {
        card.title.text.clone()
    };
    lines.push(format!("SUMMARY:{}", escape_text(&summary)));
    let desc = description(&card, &kind, entry.lead().event.who, undated, lang);
    if !desc.is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(&desc)));
    }
    lines.push(format!("CATEGORIES:{}", escape_text(card.kind)));
    // Free time, for every kind: a day off is free by nature; a make-up
    // workday is an ordinary working day, which the reader's own calendar
    // already fills; a duty period concerns only the people on the roster,
    // who are named elsewhere, so blocking seven days of every subscriber's
    // calendar as busy (OPAQUE) would be false; a deadline, a report, a
    // flag period and a festival are reminders, not meetings.
    lines.push("TRANSP:TRANSPARENT".into());
    if matches!(kind, Kind::Deadline { .. }) {
        lines.push("BEGIN:VALARM".into());
        lines.push("ACTION:DISPLAY".into());
        // An all-day event starts at midnight where the calendar is read:
        // the reminder comes at 08:00 of the working day before, not at 00:00.
        lines.push("TRIGGER:-PT16H".into());
        lines.push(format!("DESCRIPTION:{}", escape_text(&card.title.text)));
        lines.push("END:VALARM".into());
    }
    lines.push("END:VEVENT".into());
    lines
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
    fn escaping() {
        assert_eq!(escape_text("a,b;c\\d\ne\u{7}"), "a\\,b\\;c\\\\d\\ne");
    }
}
