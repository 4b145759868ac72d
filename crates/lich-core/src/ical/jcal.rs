//! The same calendar as JSON: jCal (RFC 7265), for systems that would
//! rather not parse iCalendar text — a portal's own list, a chatbot.
//!
//! A component is `[name, properties, components]` and a property
//! `[name, parameters, type, value]`, names in lower case. The conversion
//! reads what [`super::write_feed`] writes, so the two forms of a feed can
//! never say different things: each property's type comes from the table
//! below, TEXT is unescaped, dates become `2024-02-08` and times
//! `2024-01-31T00:00:00Z`.

use super::feed::{split_line, unfold};
use serde_json::{json, Map, Value};

/// The jCal of an iCalendar text (its first component and what it holds).
pub fn from_ics(text: &str) -> Value {
    let mut stack: Vec<(String, Vec<Value>, Vec<Value>)> = Vec::new();
    let mut done: Option<Value> = None;
    for line in unfold(text) {
        let (name, value) = split_line(&line);
        match name.as_str() {
            "BEGIN" => stack.push((value.to_ascii_lowercase(), Vec::new(), Vec::new())),
            "END" => {
                let Some((name, props, comps)) = stack.pop() else {
                    continue;
                };
                let component = json!([name, props, comps]);
                match stack.last_mut() {
                    Some(parent) => parent.2.push(component),
                    None => done = done.or(Some(component)),
                }
            }
            _ => {
                if let Some(current) = stack.last_mut() {
                    current.1.push(property(&line, &name, value));
                }
            }
        }
    }
    done.unwrap_or(Value::Null)
}

/// [`from_ics`] as JSON text.
pub fn to_json(text: &str) -> String {
    from_ics(text).to_string()
}

/// One property in jCal form.
fn property(line: &str, name: &str, value: &str) -> Value {
    let head = &line[..line.len() - value.len() - 1];
    let mut params = Map::new();
    let mut value_type = None;
    for p in head.split(';').skip(1) {
        if let Some((k, v)) = p.split_once('=') {
            if k.eq_ignore_ascii_case("VALUE") {
                value_type = Some(v.to_ascii_lowercase());
            } else {
                params.insert(
                    k.to_ascii_lowercase(),
                    Value::String(v.trim_matches('"').into()),
                );
            }
        }
    }
    let kind = value_type.unwrap_or_else(|| default_type(name).to_string());
    let v = match kind.as_str() {
        "date" => Value::String(iso_date(value)),
        "date-time" => Value::String(iso_date_time(value)),
        "integer" => value
            .parse::<i64>()
            .map_or(Value::String(value.into()), Value::from),
        "text" => Value::String(unescape(value)),
        _ => Value::String(value.into()),
    };
    json!([name.to_ascii_lowercase(), params, kind, v])
}

/// The value type of a property without a VALUE parameter (RFC 5545 §3.7,
/// §3.8; RFC 7986); unknown and extension properties are `unknown` (RFC
/// 7265 §5).
fn default_type(name: &str) -> &'static str {
    match name {
        "DTSTART" | "DTEND" | "DTSTAMP" | "LAST-MODIFIED" | "CREATED" => "date-time",
        "SEQUENCE" => "integer",
        "TRIGGER" | "REFRESH-INTERVAL" | "DURATION" => "duration",
        "VERSION" | "PRODID" | "CALSCALE" | "METHOD" | "NAME" | "UID" | "SUMMARY"
        | "DESCRIPTION" | "CATEGORIES" | "TRANSP" | "STATUS" | "ACTION" | "LOCATION" => "text",
        _ => "unknown",
    }
}

fn iso_date(v: &str) -> String {
    match crate::text::parse_compact(v) {
        Some(d) => crate::text::iso(d),
        None => v.into(),
    }
}

/// `20240131T000000Z` as `2024-01-31T00:00:00Z`.
fn iso_date_time(v: &str) -> String {
    let b = v.as_bytes();
    if b.len() >= 15 && b[8] == b'T' && v.is_char_boundary(15) {
        let z = if v.ends_with('Z') { "Z" } else { "" };
        format!(
            "{}-{}-{}T{}:{}:{}{z}",
            &v[..4],
            &v[4..6],
            &v[6..8],
            &v[9..11],
            &v[11..13],
            &v[13..15]
        )
    } else {
        v.into()
    }
}

/// A TEXT value as written (RFC 5545 §3.3.11).
fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push('\n'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_calendar_in_jcal() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:L\r\nBEGIN:VEVENT\r\nUID:a@lich\r\nDTSTAMP:20240131T000000Z\r\nSEQUENCE:1\r\nDTSTART;VALUE=DATE:20240208\r\nSUMMARY:Ngh\u{1ec9}\\, T\u{1ebf}t\\nx\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let j = from_ics(ics);
        assert_eq!(j[0], "vcalendar");
        assert_eq!(j[1][1], json!(["x-wr-calname", {}, "unknown", "L"]));
        let e = &j[2][0];
        assert_eq!(e[0], "vevent");
        assert_eq!(
            e[1][1],
            json!(["dtstamp", {}, "date-time", "2024-01-31T00:00:00Z"])
        );
        assert_eq!(e[1][2], json!(["sequence", {}, "integer", 1]));
        assert_eq!(e[1][3], json!(["dtstart", {}, "date", "2024-02-08"]));
        assert_eq!(e[1][4], json!(["summary", {}, "text", "Nghỉ, Tết\nx"]));
    }
}
