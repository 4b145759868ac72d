//! Reading a schedule file, with every problem reported at once.
//!
//! Each problem names its JSON path (`events[3].to`) and line:column, in
//! English and Vietnamese, so a clerk can fix the file without a developer.
//! Unknown fields are rejected, not ignored: a misspelt `"form"` for `"from"`
//! would otherwise silently drop a date.

use super::json::{self, Node, Pos, Value};
use super::model::*;
use crate::calendar::{year_table, LunarDate, LunarYear};
use crate::small_sort::stable_sort_by_key;
use chrono::NaiveDate;
use core::fmt;
use std::collections::{BTreeMap, HashSet};

/// The largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 1 << 20;
/// The most events a file may hold.
pub const MAX_EVENTS: usize = 5_000;
/// The only format version so far.
pub const FORMAT: &str = "1";

/// One thing wrong with a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path, e.g. `events[3].to`.
    pub path: String,
    /// Where in the text.
    pub pos: Pos,
    /// In English.
    pub en: String,
    /// In Vietnamese.
    pub vi: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}: {} / {}", self.pos, self.path, self.en, self.vi)
    }
}

/// Reads and checks a schedule file. `Err` holds every problem found.
pub fn parse_schedule(text: &str) -> Result<Schedule, Vec<Problem>> {
    if text.len() > MAX_FILE_BYTES {
        return Err(vec![Problem {
            path: "$".into(),
            pos: Pos { line: 1, column: 1 },
            en: format!(
                "the file is {} bytes; the limit is {} bytes (1 MiB)",
                text.len(),
                MAX_FILE_BYTES
            ),
            vi: format!(
                "tệp dài {} byte; giới hạn là {} byte (1 MiB)",
                text.len(),
                MAX_FILE_BYTES
            ),
        }]);
    }
    let root = json::parse(text).map_err(|e| {
        vec![Problem {
            path: "$".into(),
            pos: e.pos,
            en: e.en,
            vi: e.vi,
        }]
    })?;
    let mut d = Decoder {
        problems: Vec::new(),
    };
    let schedule = d.schedule(&root);
    let problems = stable_sort_by_key(d.problems, |p| (p.pos.line, p.pos.column));
    match schedule {
        Some(s) if problems.is_empty() => Ok(s),
        _ => Err(problems),
    }
}

struct Decoder {
    problems: Vec<Problem>,
}

type Fields<'a> = BTreeMap<&'a str, &'a Node>;

impl Decoder {
    fn problem(&mut self, path: &str, pos: Pos, en: String, vi: String) {
        self.problems.push(Problem {
            path: path.to_string(),
            pos,
            en,
            vi,
        });
    }

    /// The members of an object, checking for unknown and missing fields.
    fn object<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        allowed: &[&str],
        required: &[&str],
    ) -> Option<Fields<'a>> {
        let Value::Object(members) = &node.value else {
            self.problem(
                path,
                node.pos,
                format!("expected an object, found {}", node.value.type_name()),
                format!("cần một đối tượng {{…}}, gặp {}", type_vi(&node.value)),
            );
            return None;
        };
        let mut fields = Fields::new();
        for (key, key_pos, value) in members {
            let here = at_field(path, key);
            if !allowed.contains(&key.as_str()) {
                let hint = allowed
                    .iter()
                    .find(|a| similar(a, key))
                    .map(|a| format!(" (did you mean \"{a}\"?)"))
                    .unwrap_or_default();
                let hint_vi = allowed
                    .iter()
                    .find(|a| similar(a, key))
                    .map(|a| format!(" (có phải \"{a}\"?)"))
                    .unwrap_or_default();
                self.problem(
                    &here,
                    *key_pos,
                    format!(
                        "unknown field \"{key}\"{hint}; allowed: {}",
                        allowed.join(", ")
                    ),
                    format!(
                        "trường \"{key}\" không được hỗ trợ{hint_vi}; các trường hợp lệ: {}",
                        allowed.join(", ")
                    ),
                );
            } else if fields.insert(key.as_str(), value).is_some() {
                self.problem(
                    &here,
                    *key_pos,
                    format!("field \"{key}\" appears twice"),
                    format!("trường \"{key}\" xuất hiện hai lần"),
                );
            }
        }
        for r in required {
            if !fields.contains_key(r) {
                self.problem(
                    path,
                    node.pos,
                    format!("missing required field \"{r}\""),
                    format!("thiếu trường bắt buộc \"{r}\""),
                );
            }
        }
        Some(fields)
    }

    fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.value {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::String(_) => {
                self.problem(
                    path,
                    node.pos,
                    "must not be empty".into(),
                    "không được để trống".into(),
                );
                None
            }
            other => {
                self.problem(
                    path,
                    node.pos,
                    format!("expected a string, found {}", other.type_name()),
                    format!("cần một chuỗi \"…\", gặp {}", type_vi(other)),
                );
                None
            }
        }
    }

    fn opt_string(&mut self, f: &Fields, key: &str, path: &str) -> Option<String> {
        f.get(key)
            .and_then(|n| self.string(n, &at_field(path, key)))
    }

    fn integer(&mut self, node: &Node, path: &str, range: (i64, i64)) -> Option<i64> {
        match &node.value {
            Value::Number(x)
                if x.parse::<i64>()
                    .is_ok_and(|n| (range.0..=range.1).contains(&n)) =>
            {
                x.parse().ok()
            }
            Value::Number(x) => {
                self.problem(
                    path,
                    node.pos,
                    format!("{x} is not a whole number from {} to {}", range.0, range.1),
                    format!("{x} không phải là số nguyên từ {} đến {}", range.0, range.1),
                );
                None
            }
            other => {
                self.problem(
                    path,
                    node.pos,
                    format!("expected a number, found {}", other.type_name()),
                    format!("cần một số, gặp {}", type_vi(other)),
                );
                None
            }
        }
    }

    fn text(&mut self, node: &Node, path: &str) -> Option<Text> {
        if let Value::String(_) = node.value {
            return self.string(node, path).map(|vi| Text { vi, en: None });
        }
        let f = self.object(node, path, &["vi", "en"], &["vi"])?;
        let vi = f
            .get("vi")
            .and_then(|n| self.string(n, &at_field(path, "vi")))?;
        let en = f
            .get("en")
            .and_then(|n| self.string(n, &at_field(path, "en")));
        Some(Text { vi, en })
    }

    fn date(&mut self, node: &Node, path: &str) -> Option<NaiveDate> {
        let s = self.string(node, path)?;
        match crate::text::parse_solar(&s) {
            Ok(d) => {
                let (first, last) = year_table::covered_days();
                let (first, last) = (first.to_date()?, last.to_date()?);
                if d < first || d > last {
                    self.problem(
                        path,
                        node.pos,
                        format!("{d} is outside the supported range {first} to {last}"),
                        format!("{d} nằm ngoài khoảng hỗ trợ {first} đến {last}"),
                    );
                    return None;
                }
                Some(d)
            }
            Err(e) => {
                self.problem(
                    path,
                    node.pos,
                    e.to_string(),
                    format!("ngày \"{s}\" không hợp lệ (cần dạng YYYY-MM-DD có thật)"),
                );
                None
            }
        }
    }

    fn link(&mut self, node: &Node, path: &str, schemes: &[&str]) -> Option<String> {
        let s = self.string(node, path)?;
        let lower = s.to_ascii_lowercase();
        if schemes.iter().any(|p| lower.starts_with(p))
            && !s.chars().any(|c| c.is_whitespace() || c == '"' || c == '<')
        {
            Some(s)
        } else {
            self.problem(
                path,
                node.pos,
                format!(
                    "\"{s}\" is not an allowed link (must start with {})",
                    schemes.join(" or ")
                ),
                format!(
                    "\"{s}\" không phải liên kết hợp lệ (phải bắt đầu bằng {})",
                    schemes.join(" hoặc ")
                ),
            );
            None
        }
    }

    fn enumeration<T: Copy>(
        &mut self,
        node: &Node,
        path: &str,
        options: &[(&str, T)],
    ) -> Option<T> {
        let s = self.string(node, path)?;
        if let Some((_, v)) = options.iter().find(|(k, _)| *k == s) {
            return Some(*v);
        }
        let names: Vec<&str> = options.iter().map(|(k, _)| *k).collect();
        self.problem(
            path,
            node.pos,
            format!("unknown value \"{s}\"; allowed: {}", names.join(", ")),
            format!(
                "giá trị \"{s}\" không hợp lệ; các giá trị hợp lệ: {}",
                names.join(", ")
            ),
        );
        None
    }

    fn array<'a>(&mut self, node: &'a Node, path: &str) -> &'a [Node] {
        match &node.value {
            Value::Array(items) => items,
            other => {
                self.problem(
                    path,
                    node.pos,
                    format!("expected an array, found {}", other.type_name()),
                    format!("cần một mảng […], gặp {}", type_vi(other)),
                );
                &[]
            }
        }
    }

    fn strings(&mut self, f: &Fields, key: &str, path: &str) -> Vec<String> {
        let Some(node) = f.get(key) else {
            return Vec::new();
        };
        let p = at_field(path, key);
        self.array(node, &p)
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.string(n, &at_item(&p, i)))
            .collect()
    }

    fn schedule(&mut self, root: &Node) -> Option<Schedule> {
        let f = self.object(
            root,
            "$",
            &[
                "$schema",
                "format",
                "id",
                "title",
                "publisher",
                "updated",
                "focus",
                "documents",
                "contacts",
                "events",
                "notes",
            ],
            &["format", "id", "title", "publisher", "updated", "events"],
        )?;
        if let Some(n) = f.get("format") {
            if !matches!(&n.value, Value::Number(x) if x == FORMAT) {
                self.problem(
                    "$.format",
                    n.pos,
                    "this reader knows format 1 only".into(),
                    "chương trình chỉ đọc được định dạng 1 (\"format\": 1)".into(),
                );
            }
        }
        let id = f.get("id").and_then(|n| self.string(n, "$.id"));
        let title = f.get("title").and_then(|n| self.text(n, "$.title"));
        let publisher = f.get("publisher").and_then(|n| {
            let p = self.object(n, "$.publisher", &["agency", "province"], &["agency"])?;
            Some(Publisher {
                agency: self.opt_string(&p, "agency", "$.publisher")?,
                province: self.opt_string(&p, "province", "$.publisher"),
            })
        });
        let updated = f.get("updated").and_then(|n| self.date(n, "$.updated"));
        let focus = f.get("focus").and_then(|n| self.date(n, "$.focus"));

        let documents = self.list(&f, "documents", Self::document);
        let contacts = self.list(&f, "contacts", Self::contact);
        let notes = self.list(&f, "notes", Self::note);
        let events = self.list(&f, "events", Self::event);

        let doc_ids: HashSet<&str> = documents.iter().map(|(_, _, d)| d.id.as_str()).collect();
        let contact_ids: HashSet<&str> = contacts.iter().map(|(_, _, c)| c.id.as_str()).collect();
        for (i, pos, n) in &notes {
            for s in n.sources.iter().filter(|s| !doc_ids.contains(s.as_str())) {
                self.problem(
                    &format!("$.notes[{i}].sources"),
                    *pos,
                    format!(
                        "note \"{}\" cites document \"{s}\", which is not in \"documents\"",
                        n.id
                    ),
                    format!(
                        "ghi chú \"{}\" dẫn văn bản \"{s}\" không có trong \"documents\"",
                        n.id
                    ),
                );
            }
        }
        for (i, pos, e) in &events {
            let pos = *pos;
            if e.kind.is_official() && e.sources.is_empty() {
                self.problem(&format!("$.events[{i}].sources"), pos,
                    format!("event \"{}\" of kind \"{}\" must cite at least one document in \"sources\"", e.id, e.kind.code()),
                    format!("sự kiện \"{}\" loại \"{}\" phải dẫn ít nhất một văn bản trong \"sources\"", e.id, e.kind.code()));
            }
            for s in &e.sources {
                if !doc_ids.contains(s.as_str()) {
                    self.problem(
                        &format!("$.events[{i}].sources"),
                        pos,
                        format!(
                            "event \"{}\" cites document \"{s}\", which is not in \"documents\"",
                            e.id
                        ),
                        format!(
                            "sự kiện \"{}\" dẫn văn bản \"{s}\" không có trong \"documents\"",
                            e.id
                        ),
                    );
                }
            }
            for c in &e.contacts {
                if !contact_ids.contains(c.as_str()) {
                    self.problem(
                        &format!("$.events[{i}].contacts"),
                        pos,
                        format!(
                            "event \"{}\" names contact \"{c}\", which is not in \"contacts\"",
                            e.id
                        ),
                        format!(
                            "sự kiện \"{}\" dẫn liên hệ \"{c}\" không có trong \"contacts\"",
                            e.id
                        ),
                    );
                }
            }
        }
        self.off_and_worked(&events);

        let id = id?;
        let events: Vec<Event> = events
            .into_iter()
            .map(|(_, _, mut e)| {
                e.origin.clone_from(&id);
                e
            })
            .collect();
        Some(Schedule {
            id,
            title: title?,
            publisher: publisher?,
            updated: updated?,
            focus,
            documents: documents.into_iter().map(|(_, _, d)| d).collect(),
            contacts: contacts.into_iter().map(|(_, _, c)| c).collect(),
            events,
            notes: notes.into_iter().map(|(_, _, n)| n).collect(),
        })
    }

    /// The items of an array field that decode, with their index and position;
    /// also checks that their ids are unique.
    fn list<T>(
        &mut self,
        f: &Fields,
        key: &str,
        item: fn(&mut Self, &Node, &str) -> Option<T>,
    ) -> Vec<(usize, Pos, T)> {
        let Some(node) = f.get(key) else {
            return Vec::new();
        };
        let path = format!("$.{key}");
        let items = self.array(node, &path);
        if key == "events" && items.len() > MAX_EVENTS {
            self.problem(
                &path,
                node.pos,
                format!("{} events; the limit is {MAX_EVENTS}", items.len()),
                format!("{} sự kiện; giới hạn là {MAX_EVENTS}", items.len()),
            );
            return Vec::new();
        }
        let mut seen = HashSet::new();
        for (i, n) in items.iter().enumerate() {
            if let Some(id) = raw_id(n) {
                if !seen.insert(id) {
                    self.problem(
                        &at_field(&at_item(&path, i), "id"),
                        n.pos,
                        format!("id \"{id}\" is used twice"),
                        format!("mã \"{id}\" bị dùng hai lần"),
                    );
                }
            }
        }
        items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| item(self, n, &at_item(&path, i)).map(|t| (i, n.pos, t)))
            .collect()
    }

    /// A day cannot be both off and a make-up working day.
    fn off_and_worked(&mut self, events: &[(usize, Pos, Event)]) {
        let days = |e: &Event| match e.when {
            When::Day(d) => Some((d, d)),
            When::Range(a, b) => Some((a, b)),
            _ => None,
        };
        for (i, pos, work) in events {
            if work.kind != Kind::MakeUpWorkday {
                continue;
            }
            let Some((a, b)) = days(work) else { continue };
            for (_, _, off) in events
                .iter()
                .filter(|(_, _, e)| matches!(e.kind, Kind::DayOff(_)))
            {
                if let Some((c, d)) = days(off) {
                    if a <= d && c <= b {
                        let day = a.max(c);
                        self.problem(&format!("$.events[{i}]"), *pos,
                            format!("{day} is both a make-up working day (\"{}\") and a day off (\"{}\")", work.id, off.id),
                            format!("ngày {} vừa là ngày làm bù (\"{}\") vừa là ngày nghỉ (\"{}\")", crate::text::dmy(day), work.id, off.id));
                    }
                }
            }
        }
    }

    fn document(&mut self, node: &Node, path: &str) -> Option<Document> {
        let f = self.object(
            node,
            path,
            &["id", "number", "issuer", "date", "subject", "url", "note"],
            &["id", "number", "issuer", "date", "subject"],
        )?;
        let id = self.opt_string(&f, "id", path);
        let number = match f.get("number").map(|n| &n.value) {
            Some(Value::String(s)) => Some(s.trim().to_string()),
            _ => self.opt_string(&f, "number", path),
        };
        let issuer = self.opt_string(&f, "issuer", path);
        let date = f
            .get("date")
            .and_then(|n| self.doc_date(n, &at_field(path, "date")));
        let subject = f
            .get("subject")
            .and_then(|n| self.text(n, &at_field(path, "subject")));
        let url = f
            .get("url")
            .and_then(|n| self.link(n, &at_field(path, "url"), &["https://", "http://"]));
        let note = f
            .get("note")
            .and_then(|n| self.text(n, &at_field(path, "note")));
        Some(Document {
            id: id?,
            number: number?,
            issuer: issuer?,
            date: date?,
            subject: subject?,
            url,
            note,
        })
    }

    fn doc_date(&mut self, node: &Node, path: &str) -> Option<DocDate> {
        if let Value::String(s) = &node.value {
            if s.len() == 7 && s.as_bytes().get(4) == Some(&b'-') {
                let (y, m) = (s[..4].parse::<i32>(), s[5..].parse::<u32>());
                if let (Ok(y), Ok(m @ 1..=12)) = (y, m) {
                    return Some(DocDate::Month(y, m));
                }
            }
        }
        self.date(node, path).map(DocDate::Day)
    }

    fn note(&mut self, node: &Node, path: &str) -> Option<Note> {
        let f = self.object(
            node,
            path,
            &["id", "title", "points", "audience", "sources"],
            &["id", "title", "points"],
        )?;
        let id = self.opt_string(&f, "id", path);
        let title = f
            .get("title")
            .and_then(|n| self.text(n, &at_field(path, "title")));
        let p = at_field(path, "points");
        let nodes = f.get("points").map(|n| self.array(n, &p)).unwrap_or(&[]);
        let points = nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| self.text(n, &at_item(&p, i)))
            .collect();
        let audience = self.strings(&f, "audience", path);
        let sources = self.strings(&f, "sources", path);
        Some(Note {
            id: id?,
            title: title?,
            points,
            audience,
            sources,
        })
    }

    fn contact(&mut self, node: &Node, path: &str) -> Option<Contact> {
        let f = self.object(
            node,
            path,
            &["id", "name", "phone", "email"],
            &["id", "name"],
        )?;
        let id = self.opt_string(&f, "id", path);
        let name = f
            .get("name")
            .and_then(|n| self.text(n, &at_field(path, "name")));
        let phone = f.get("phone").and_then(|n| {
            let p = at_field(path, "phone");
            let s = self.string(n, &p)?;
            if s.chars()
                .all(|c| c.is_ascii_digit() || " .+-()".contains(c))
                && s.chars().any(|c| c.is_ascii_digit())
            {
                Some(s)
            } else {
                self.problem(
                    &p,
                    n.pos,
                    format!("\"{s}\" is not a telephone number"),
                    format!("\"{s}\" không phải số điện thoại"),
                );
                None
            }
        });
        let email = f.get("email").and_then(|n| {
            let p = at_field(path, "email");
            let s = self.string(n, &p)?;
            let ok = s.split_once('@').is_some_and(|(a, b)| {
                !a.is_empty()
                    && b.contains('.')
                    && !s.chars().any(|c| c.is_whitespace() || "<>\"':".contains(c))
            });
            if ok {
                Some(s)
            } else {
                self.problem(
                    &p,
                    n.pos,
                    format!("\"{s}\" is not an e-mail address"),
                    format!("\"{s}\" không phải địa chỉ thư điện tử"),
                );
                None
            }
        });
        Some(Contact {
            id: id?,
            name: name?,
            phone,
            email,
        })
    }

    fn event(&mut self, node: &Node, path: &str) -> Option<Event> {
        const FIELDS: [&str; 19] = [
            "id",
            "kind",
            "title",
            "description",
            "date",
            "from",
            "to",
            "lunar",
            "solar",
            "undated",
            "sources",
            "audience",
            "contacts",
            "confidence",
            "day_off_reason",
            "duty_types",
            "hours",
            "due_to",
            "report_phase",
        ];
        let f = self.object(node, path, &FIELDS, &["id", "kind", "title"])?;
        let id = self.opt_string(&f, "id", path);
        let kind_code = f.get("kind").and_then(|n| {
            self.enumeration(n, &at_field(path, "kind"), &Kind::CODES.map(|c| (c, c)))
        });
        let kind = kind_code.and_then(|code| self.kind(code, &f, node, path));
        let title = f
            .get("title")
            .and_then(|n| self.text(n, &at_field(path, "title")));
        let description = f
            .get("description")
            .and_then(|n| self.text(n, &at_field(path, "description")));
        let when = self.when(&f, node, path);
        let sources = self.strings(&f, "sources", path);
        let audience = self.strings(&f, "audience", path);
        let contacts = self.strings(&f, "contacts", path);
        let confidence = f.get("confidence").and_then(|n| {
            self.enumeration(
                n,
                &at_field(path, "confidence"),
                &[
                    ("confirmed", Confidence::Confirmed),
                    ("single_source", Confidence::SingleSource),
                    ("derived", Confidence::Derived),
                    ("unverified", Confidence::Unverified),
                    ("pending", Confidence::Pending),
                ],
            )
        });
        if confidence.is_none() && f.contains_key("confidence") {
            return None;
        }
        let confidence = confidence.unwrap_or_default();
        Some(Event {
            id: id?,
            kind: kind?,
            title: title?,
            description,
            when: when?,
            sources,
            audience,
            contacts,
            confidence,
            origin: String::new(),
        })
    }

    fn kind(&mut self, code: &str, f: &Fields, node: &Node, path: &str) -> Option<Kind> {
        let only_for = |key: &str, kind: &str| {
            (f.contains_key(key) && code != kind).then(|| (key.to_string(), kind.to_string()))
        };
        for (key, kind) in [
            only_for("day_off_reason", "day_off"),
            only_for("duty_types", "duty"),
            only_for("hours", "duty"),
            only_for("due_to", "deadline"),
            only_for("report_phase", "report"),
        ]
        .into_iter()
        .flatten()
        {
            self.problem(
                &at_field(path, &key),
                node.pos,
                format!("\"{key}\" belongs to kind \"{kind}\" only"),
                format!("trường \"{key}\" chỉ dùng cho loại \"{kind}\""),
            );
        }
        Some(match code {
            "holiday" => Kind::Holiday,
            "day_off" => Kind::DayOff(match f.get("day_off_reason") {
                Some(n) => self.enumeration(
                    n,
                    &at_field(path, "day_off_reason"),
                    &[
                        ("holiday", DayOffReason::Holiday),
                        ("compensatory", DayOffReason::Compensatory),
                        ("swap", DayOffReason::Swap),
                        ("weekend", DayOffReason::Weekend),
                    ],
                )?,
                None => DayOffReason::Holiday,
            }),
            "make_up_workday" => Kind::MakeUpWorkday,
            "flag" => Kind::Flag,
            "duty" => {
                let p = at_field(path, "duty_types");
                let nodes = f
                    .get("duty_types")
                    .map(|n| self.array(n, &p))
                    .unwrap_or(&[]);
                let types = nodes
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| {
                        self.enumeration(
                            n,
                            &at_item(&p, i),
                            &[
                                ("leadership", DutyType::Leadership),
                                ("operations", DutyType::Operations),
                                ("shift", DutyType::Shift),
                                ("incident_response", DutyType::IncidentResponse),
                                ("network_operation", DutyType::NetworkOperation),
                            ],
                        )
                    })
                    .collect();
                Kind::Duty {
                    types,
                    hours: self.opt_string(f, "hours", path),
                }
            }
            "deadline" => Kind::Deadline {
                to: self.opt_string(f, "due_to", path),
            },
            "report" => {
                let Some(n) = f.get("report_phase") else {
                    self.problem(path, node.pos, "a report needs \"report_phase\": before, during, after or incident".into(),
                        "báo cáo cần trường \"report_phase\": before (trước), during (trong), after (sau) hoặc incident (đột xuất)".into());
                    return None;
                };
                Kind::Report(self.enumeration(
                    n,
                    &at_field(path, "report_phase"),
                    &[
                        ("before", ReportPhase::Before),
                        ("during", ReportPhase::During),
                        ("after", ReportPhase::After),
                        ("incident", ReportPhase::Incident),
                    ],
                )?)
            }
            "festival" => Kind::Festival,
            _ => Kind::Observance,
        })
    }

    fn when(&mut self, f: &Fields, node: &Node, path: &str) -> Option<When> {
        let given: Vec<&str> = ["date", "from", "lunar", "solar", "undated"]
            .into_iter()
            .filter(|k| f.contains_key(k))
            .collect();
        if given.len() != 1 {
            self.problem(path, node.pos,
                "an event needs exactly one of \"date\", \"from\"+\"to\", \"lunar\", \"solar\" or \"undated\"".into(),
                "sự kiện cần đúng một trong các trường \"date\", \"from\"+\"to\", \"lunar\", \"solar\" hoặc \"undated\"".into());
            return None;
        }
        if f.contains_key("to") && !f.contains_key("from") {
            self.problem(
                &at_field(path, "to"),
                node.pos,
                "\"to\" needs \"from\"".into(),
                "\"to\" cần đi kèm \"from\"".into(),
            );
            return None;
        }
        match given[0] {
            "date" => f
                .get("date")
                .and_then(|n| self.date(n, &at_field(path, "date")))
                .map(When::Day),
            "from" => {
                let from = f
                    .get("from")
                    .and_then(|n| self.date(n, &at_field(path, "from")));
                let Some(to_node) = f.get("to") else {
                    self.problem(
                        path,
                        node.pos,
                        "\"from\" needs \"to\" (the last day, inclusive)".into(),
                        "\"from\" cần đi kèm \"to\" (ngày cuối, tính cả ngày đó)".into(),
                    );
                    return None;
                };
                let to = self.date(to_node, &at_field(path, "to"));
                let (from, to) = (from?, to?);
                if to < from {
                    self.problem(
                        &at_field(path, "to"),
                        to_node.pos,
                        format!("the range ends ({to}) before it starts ({from})"),
                        format!(
                            "khoảng thời gian kết thúc ({}) trước khi bắt đầu ({})",
                            crate::text::dmy(to),
                            crate::text::dmy(from)
                        ),
                    );
                    return None;
                }
                Some(When::Range(from, to))
            }
            "lunar" => self.lunar_rule(f.get("lunar")?, &at_field(path, "lunar")),
            "solar" => self.solar_rule(f.get("solar")?, &at_field(path, "solar")),
            _ => f
                .get("undated")
                .and_then(|n| self.text(n, &at_field(path, "undated")))
                .map(When::Undated),
        }
    }

    fn years(&mut self, f: &Fields, path: &str) -> Option<Option<(i32, i32)>> {
        let Some(n) = f.get("years") else {
            return Some(None);
        };
        let p = at_field(path, "years");
        let y = self.object(n, &p, &["from", "to"], &["from", "to"])?;
        let span = (year_table::YEARS.start() + 1, *year_table::YEARS.end());
        let range = (i64::from(span.0), i64::from(span.1));
        let a = y
            .get("from")
            .and_then(|n| self.integer(n, &at_field(&p, "from"), range));
        let b = y
            .get("to")
            .and_then(|n| self.integer(n, &at_field(&p, "to"), range));
        let (a, b) = (a? as i32, b? as i32);
        if b < a {
            self.problem(
                &p,
                n.pos,
                format!("the years end ({b}) before they start ({a})"),
                format!("năm kết thúc ({b}) trước năm bắt đầu ({a})"),
            );
            return None;
        }
        Some(Some((a, b)))
    }

    fn lunar_rule(&mut self, node: &Node, path: &str) -> Option<When> {
        let f = self.object(
            node,
            path,
            &["month", "day", "missing_day", "years"],
            &["month", "day"],
        )?;
        let month = f
            .get("month")
            .and_then(|n| self.integer(n, &at_field(path, "month"), (1, 12)));
        let day = f
            .get("day")
            .and_then(|n| self.integer(n, &at_field(path, "day"), (1, 30)));
        let missing = match f.get("missing_day") {
            Some(n) => Some(self.enumeration(
                n,
                &at_field(path, "missing_day"),
                &[
                    ("last_day", MissingDay::LastDay),
                    ("skip", MissingDay::Skip),
                ],
            )?),
            None => None,
        };
        let years = self.years(&f, path)?;
        let (month, day) = (month? as u8, day? as u8);
        if day == 30 && missing.is_none() {
            self.problem(path, node.pos,
                "day 30 does not exist in 29-day months: add \"missing_day\": \"last_day\" or \"skip\"".into(),
                "tháng thiếu (29 ngày) không có ngày 30: thêm \"missing_day\": \"last_day\" (ngày cuối tháng) hoặc \"skip\" (bỏ qua)".into());
            return None;
        }
        Some(When::Lunar {
            month,
            day,
            missing: missing.unwrap_or(MissingDay::Skip),
            years,
        })
    }

    fn solar_rule(&mut self, node: &Node, path: &str) -> Option<When> {
        let f = self.object(node, path, &["month", "day", "years"], &["month", "day"])?;
        let month = f
            .get("month")
            .and_then(|n| self.integer(n, &at_field(path, "month"), (1, 12)));
        let day = f
            .get("day")
            .and_then(|n| self.integer(n, &at_field(path, "day"), (1, 31)));
        let years = self.years(&f, path)?;
        let (month, day) = (month? as u32, day? as u32);
        if NaiveDate::from_ymd_opt(2024, month, day).is_none() {
            self.problem(
                path,
                node.pos,
                format!("no month {month} has a day {day}"),
                format!("tháng {month} không có ngày {day}"),
            );
            return None;
        }
        Some(When::Solar { month, day, years })
    }
}

/// The path of member `key` of the value at `path`: `events[3].date`.
fn at_field(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

/// The path of item `i` of the array at `path`: `events[3]`.
fn at_item(path: &str, i: usize) -> String {
    let mut s = String::with_capacity(path.len() + 6);
    s.push_str(path);
    s.push('[');
    s.push_str(&i.to_string());
    s.push(']');
    s
}

/// The JSON type in Vietnamese, for messages.
fn type_vi(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "giá trị true/false",
        Value::Number(_) => "một số",
        Value::String(_) => "một chuỗi",
        Value::Array(_) => "một mảng",
        Value::Object(_) => "một đối tượng",
    }
}

/// The `"id"` string of a raw object, if it has one.
fn raw_id(node: &Node) -> Option<&str> {
    let Value::Object(members) = &node.value else {
        return None;
    };
    members
        .iter()
        .find(|(k, _, _)| k == "id")
        .and_then(|(_, _, v)| match &v.value {
            Value::String(s) => Some(s.as_str()),
            _ => None,
        })
}

/// Whether two field names are one typo apart (same length, one letter
/// different, or two letters swapped, or one letter more or less).
fn similar(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b {
        return false;
    }
    if a.len() == b.len() {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return diff.len() == 1
            || (diff.len() == 2 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]);
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.len() == short.len() + 1
        && (0..long.len()).any(|skip| {
            long.iter()
                .enumerate()
                .filter(|&(i, _)| i != skip)
                .map(|(_, c)| c)
                .eq(short.iter())
        })
}

/// The lunar date of a yearly rule in lunar year `year`, resolving a
/// missing 30th as the rule says.
pub(crate) fn lunar_rule_date(
    year: i32,
    month: u8,
    day: u8,
    missing: MissingDay,
) -> Option<NaiveDate> {
    match LunarDate::new(year, month, day, false) {
        Ok(l) => Some(l.to_solar()),
        Err(_) if missing == MissingDay::LastDay => {
            let length = LunarYear::new(year).ok()?.month_length(month, false).ok()?;
            LunarDate::new(year, month, length.min(day), false)
                .ok()
                .map(LunarDate::to_solar)
        }
        Err(_) => None,
    }
}

/// Solar years a yearly rule applies to, within `[a, b]`.
pub(crate) fn rule_years(
    years: Option<(i32, i32)>,
    a: i32,
    b: i32,
) -> core::ops::RangeInclusive<i32> {
    match years {
        Some((from, to)) => a.max(from)..=b.min(to),
        None => a..=b,
    }
}
