//! A feed's memory: the previous version of a published calendar.
//!
//! A subscriber's client fetches a feed again and again (daily, as
//! REFRESH-INTERVAL asks) and matches events by UID. For it to apply a
//! correction rather than keep a stale copy, the new version must say which
//! events changed (a higher SEQUENCE, a LAST-MODIFIED, RFC 5545 §3.8.7) and
//! which were withdrawn (the event kept with STATUS:CANCELLED, since an
//! event that merely disappears stays in some clients, Outlook's among
//! them). No database is needed: the last published file *is* the state. It
//! is read back here — only the parts this writer puts there — and
//! [`super::write_feed`] compares each new event with its previous version.

use chrono::NaiveDate;

/// The events of a feed's previous version, by UID.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Previous {
    events: Vec<OldEvent>,
}

/// One VEVENT as it was published.
#[derive(Clone, Debug, PartialEq, Eq)]
struct OldEvent {
    uid: String,
    sequence: u32,
    last_modified: Option<String>,
    cancelled: bool,
    start: Option<NaiveDate>,
    /// Its content lines, unfolded, without the ones that say when and
    /// which version (DTSTAMP, SEQUENCE, LAST-MODIFIED): what a change is
    /// measured on.
    content: Vec<String>,
}

/// The lines that say when a version was made, not what it says.
fn is_version_line(line: &str) -> bool {
    ["DTSTAMP:", "SEQUENCE:", "LAST-MODIFIED:"]
        .iter()
        .any(|p| line.starts_with(p))
}

/// Content lines of an iCalendar text: physical lines unfolded (a line
/// that starts with a space or tab continues the one before, §3.1).
pub fn unfold(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for physical in text.split('\n') {
        let physical = physical.strip_suffix('\r').unwrap_or(physical);
        match (physical.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ if physical.is_empty() => {}
            _ => lines.push(physical.to_string()),
        }
    }
    lines
}

/// A content line's name (upper-cased, parameters cut) and value.
pub fn split_line(line: &str) -> (String, &str) {
    // The value starts at the first colon outside a quoted parameter value.
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => {
                let name = line[..i].split(';').next().unwrap_or("");
                return (name.to_ascii_uppercase(), &line[i + 1..]);
            }
            _ => {}
        }
    }
    (line.to_ascii_uppercase(), "")
}

/// Puts DTSTAMP, SEQUENCE and LAST-MODIFIED (if any) after an event's UID.
fn stamp_version(lines: &mut Vec<String>, stamp: &str, sequence: u32, modified: Option<String>) {
    let mut version = vec![format!("DTSTAMP:{stamp}"), format!("SEQUENCE:{sequence}")];
    version.extend(modified.map(|m| format!("LAST-MODIFIED:{m}")));
    let at = lines
        .iter()
        .position(|l| l.starts_with("UID:"))
        .map_or(1, |i| i + 1)
        .min(lines.len());
    lines.splice(at..at, version);
}

impl Previous {
    /// The events of a previously published iCalendar text. What it cannot
    /// read (another writer's components, broken lines) it leaves out: an
    /// event it does not know is published as new.
    pub fn read(text: &str) -> Previous {
        let mut events = Vec::new();
        let mut current: Option<(OldEvent, usize)> = None;
        for line in unfold(text) {
            let (name, value) = split_line(&line);
            match (&mut current, name.as_str()) {
                (None, "BEGIN") if value.eq_ignore_ascii_case("VEVENT") => {
                    current = Some((
                        OldEvent {
                            uid: String::new(),
                            sequence: 0,
                            last_modified: None,
                            cancelled: false,
                            start: None,
                            content: vec![line.clone()],
                        },
                        0,
                    ));
                    continue;
                }
                (None, _) => continue,
                (Some((_, depth)), "BEGIN") => *depth += 1,
                (Some((e, 0)), "END") if value.eq_ignore_ascii_case("VEVENT") => {
                    e.content.push(line.clone());
                    let (e, _) = current.take().expect("inside an event");
                    if !e.uid.is_empty() {
                        events.push(e);
                    }
                    continue;
                }
                (Some((_, depth)), "END") => *depth = depth.saturating_sub(1),
                (Some((e, 0)), "UID") => e.uid = value.to_string(),
                (Some((e, 0)), "SEQUENCE") => e.sequence = value.trim().parse().unwrap_or(0),
                (Some((e, 0)), "LAST-MODIFIED") => e.last_modified = Some(value.to_string()),
                (Some((e, 0)), "STATUS") => e.cancelled = value.eq_ignore_ascii_case("CANCELLED"),
                (Some((e, 0)), "DTSTART") => e.start = crate::text::parse_compact(value),
                _ => {}
            }
            if let Some((e, _)) = &mut current {
                if !is_version_line(&line) {
                    e.content.push(line);
                }
            }
        }
        Previous { events }
    }

    /// Puts the version lines into a new event's `lines` (after its UID):
    /// DTSTAMP `stamp`; the previous SEQUENCE and LAST-MODIFIED if the
    /// content is the same, else the next SEQUENCE and LAST-MODIFIED
    /// `stamp`; SEQUENCE 0 for an event the feed did not have.
    pub fn settle(&self, uid: &str, lines: &mut Vec<String>, stamp: &str) {
        let old = self.events.iter().find(|e| e.uid == uid);
        let (sequence, modified) = match old {
            None => (0, None),
            Some(old) if old.content == *lines => (old.sequence, old.last_modified.clone()),
            Some(old) => (old.sequence + 1, Some(stamp.to_string())),
        };
        stamp_version(lines, stamp, sequence, modified);
    }

    /// The previous events that start in `[from, to]` and are not in
    /// `written`, as CANCELLED events (content lines): the next SEQUENCE
    /// and LAST-MODIFIED `stamp` when newly withdrawn; as they were when
    /// already cancelled. Alarms are dropped. An event before `from` has
    /// aged out of the feed and is not repeated.
    pub fn withdrawn(
        &self,
        written: &[String],
        from: NaiveDate,
        to: NaiveDate,
        stamp: &str,
    ) -> Vec<Vec<String>> {
        self.events
            .iter()
            .filter(|e| !written.contains(&e.uid))
            .filter(|e| e.start.is_some_and(|d| from <= d && d <= to))
            .map(|e| {
                let mut lines: Vec<String> = Vec::new();
                let mut depth = 0usize;
                for line in &e.content {
                    let (name, _) = split_line(line);
                    match name.as_str() {
                        "BEGIN" if !lines.is_empty() => depth += 1,
                        "END" if depth > 0 => {
                            depth -= 1;
                            continue;
                        }
                        "STATUS" => continue,
                        "END" => lines.push("STATUS:CANCELLED".into()),
                        _ => {}
                    }
                    if depth == 0 {
                        lines.push(line.clone());
                    }
                }
                let (sequence, modified) = if e.cancelled {
                    (e.sequence, e.last_modified.clone())
                } else {
                    (e.sequence + 1, Some(stamp.to_string()))
                };
                stamp_version(&mut lines, stamp, sequence, modified);
                lines
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unfolds_and_splits() {
        let text = "BEGIN:VEVENT\r\nUID:a@b\r\nSUMMARY:T\r\n ết\r\nX;P=\"a:b\":v\r\nEND:VEVENT\r\n";
        let lines = unfold(text);
        assert_eq!(lines[2], "SUMMARY:Tết");
        assert_eq!(split_line(&lines[3]), ("X".to_string(), "v"));
    }

    #[test]
    fn settles_versions() {
        let old = "BEGIN:VEVENT\r\nUID:x@lich\r\nDTSTAMP:20240101T000000Z\r\nSEQUENCE:2\r\nDTSTART;VALUE=DATE:20240201\r\nSUMMARY:A\r\nEND:VEVENT\r\n";
        let p = Previous::read(old);
        let lines = |summary: &str| {
            vec![
                "BEGIN:VEVENT".to_string(),
                "UID:x@lich".into(),
                "DTSTART;VALUE=DATE:20240201".into(),
                format!("SUMMARY:{summary}"),
                "END:VEVENT".into(),
            ]
        };
        let mut same = lines("A");
        p.settle("x@lich", &mut same, "20250101T000000Z");
        assert_eq!(same[3], "SEQUENCE:2");
        assert!(!same.iter().any(|l| l.starts_with("LAST-MODIFIED")));
        let mut changed = lines("B");
        p.settle("x@lich", &mut changed, "20250101T000000Z");
        assert_eq!(
            changed[3..5],
            ["SEQUENCE:3", "LAST-MODIFIED:20250101T000000Z"]
        );
        let gone = p.withdrawn(
            &[],
            "2024-01-01".parse().unwrap(),
            "2024-12-31".parse().unwrap(),
            "S",
        );
        assert_eq!(gone.len(), 1);
        assert!(gone[0].contains(&"STATUS:CANCELLED".to_string()));
        assert!(gone[0].contains(&"SEQUENCE:3".to_string()));
        let aged = p.withdrawn(
            &[],
            "2025-01-01".parse().unwrap(),
            "2025-12-31".parse().unwrap(),
            "S",
        );
        assert!(aged.is_empty());
    }
}
