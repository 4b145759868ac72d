//! The format's own half of reading: the schedule's header, its documents,
//! contacts, notes and events, and the ways an event gives its date.

use super::super::json::{Node, Value};
use super::super::model::*;
use super::super::problem::ProblemKind;
use super::fields::{at_field, at_item, Decoder, Fields};
use super::FORMAT;
use crate::error::Snippet;
use chrono::NaiveDate;

/// The top-level fields of a schedule.
pub(super) const SCHEDULE_FIELDS: &[&str] = &[
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
];

/// The fields of an event.
pub(super) const EVENT_FIELDS: &[&str] = &[
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
    "who",
    "contacts",
    "time",
    "begins",
    "composition",
    "confidence",
    "day_off_reason",
    "duty_types",
    "hours",
    "due_to",
    "channels",
    "report_phase",
    "daily",
    "makes_up",
    "occasion",
    "occasion_year",
    "supersedes",
    "statute",
];

impl Decoder {
    /// `"format": 1` — the number, not the text "1".
    pub(super) fn format(&mut self, node: &Node) {
        match &node.value {
            Value::Number(x) if x == FORMAT => {}
            Value::String(x) if x.trim() == FORMAT => {
                self.problem("$.format", node.pos, ProblemKind::FormatQuoted)
            }
            _ => self.problem("$.format", node.pos, ProblemKind::FormatVersion),
        }
    }

    pub(super) fn publisher(&mut self, node: &Node) -> Option<Publisher> {
        let p = self.object(node, "$.publisher", &["agency", "province"], &["agency"])?;
        Some(Publisher {
            agency: self.field_string(&p, "agency", "$.publisher")?,
            province: self.field_string(&p, "province", "$.publisher"),
        })
    }

    pub(super) fn document(&mut self, node: &Node, path: &str) -> Option<Document> {
        let f = self.object(
            node,
            path,
            &[
                "id",
                "number",
                "issuer",
                "date",
                "subject",
                "url",
                "note",
                "status",
                "supersedes",
                "relays",
            ],
            &["id", "number", "issuer", "subject"],
        )?;
        let id = self.field_string(&f, "id", path);
        // A number may be blank in the document itself ("Số: /STTTT-TTr").
        let number = match f.get("number").map(|n| &n.value) {
            Some(Value::String(s)) => Some(s.trim().to_string()),
            _ => self.field_string(&f, "number", path),
        };
        let issuer = self.field_string(&f, "issuer", path);
        let date = match f.get("date") {
            Some(n) => self.doc_date(n, &at_field(path, "date")),
            None => Some(DocDate::Unknown),
        };
        let subject = f
            .get("subject")
            .and_then(|n| self.text(n, &at_field(path, "subject")));
        let url = f
            .get("url")
            .and_then(|n| self.link(n, &at_field(path, "url")));
        let note = f
            .get("note")
            .and_then(|n| self.text(n, &at_field(path, "note")));
        let status =
            self.field_enumeration(&f, "status", path, DocStatus::CODES, DocStatus::ALL)?;
        let supersedes = self.strings(&f, "supersedes", path);
        let relays = f
            .get("relays")
            .and_then(|n| self.string(n, &at_field(path, "relays")));
        Some(Document {
            origin: String::new(),
            id: id?,
            number: number?,
            issuer: issuer?,
            date: date?,
            subject: subject?,
            url,
            note,
            status: status.unwrap_or_default(),
            supersedes,
            relays,
        })
    }

    /// A document's date: a day, or `YYYY-MM` when the day is blank in the
    /// document itself; either inside the supported range. (Not known: the
    /// field is left out; a blank one says so.)
    fn doc_date(&mut self, node: &Node, path: &str) -> Option<DocDate> {
        if let Value::String(s) = &node.value {
            let s = s.trim();
            if s.is_empty() {
                self.problem(path, node.pos, ProblemKind::DocDateBlank);
                return None;
            }
            if s.len() == 7 && s.as_bytes().get(4) == Some(&b'-') && s.is_ascii() {
                let (y, m) = (s[..4].parse::<i32>(), s[5..].parse::<u32>());
                if let (Ok(year), Ok(month @ 1..=12)) = (y, m) {
                    if crate::calendar::YEARS.contains(&year) {
                        return Some(DocDate::Month(year, month));
                    }
                    self.problem(path, node.pos, ProblemKind::MonthOutOfRange { year, month });
                    return None;
                }
            }
        }
        self.date(node, path).map(DocDate::Day)
    }

    pub(super) fn contact(&mut self, node: &Node, path: &str) -> Option<Contact> {
        let f = self.object(
            node,
            path,
            &["id", "name", "phone", "email"],
            &["id", "name"],
        )?;
        let id = self.field_string(&f, "id", path);
        let name = f
            .get("name")
            .and_then(|n| self.text(n, &at_field(path, "name")));
        let phone = f.get("phone").and_then(|n| {
            let p = at_field(path, "phone");
            let s = self.string(n, &p)?;
            if crate::links::is_phone(&s) {
                Some(s)
            } else {
                let value = Snippet::new(&s);
                self.problem(&p, n.pos, ProblemKind::NotPhone { value });
                None
            }
        });
        let email = f.get("email").and_then(|n| {
            let p = at_field(path, "email");
            let s = self.string(n, &p)?;
            if crate::links::is_email(&s) {
                Some(s)
            } else {
                let value = Snippet::new(&s);
                self.problem(&p, n.pos, ProblemKind::NotEmail { value });
                None
            }
        });
        Some(Contact {
            origin: String::new(),
            id: id?,
            name: name?,
            phone,
            email,
        })
    }

    pub(super) fn note(&mut self, node: &Node, path: &str) -> Option<Note> {
        let f = self.object(
            node,
            path,
            &["id", "title", "points", "audience", "sources"],
            &["id", "title", "points"],
        )?;
        let id = self.field_string(&f, "id", path);
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

    pub(super) fn event(&mut self, node: &Node, path: &str) -> Option<Event> {
        let f = self.object(node, path, EVENT_FIELDS, &["id", "kind", "title"])?;
        let id = self.field_string(&f, "id", path);
        let code = f.get("kind").and_then(|n| {
            self.enumeration(n, &at_field(path, "kind"), KindCode::CODES, KindCode::ALL)
        });
        let kind = code.and_then(|code| self.kind(code, &f, node, path));
        let title = f
            .get("title")
            .and_then(|n| self.text(n, &at_field(path, "title")));
        let description = f
            .get("description")
            .and_then(|n| self.text(n, &at_field(path, "description")));
        let when = self.when(&f, node, path);
        let sources = self.strings(&f, "sources", path);
        let audience = self.strings(&f, "audience", path);
        let who = Audiences::of(self.enumerations(&f, "who", path, Audience::CODES, Audience::ALL));
        let contacts = self.strings(&f, "contacts", path);
        let confidence =
            self.field_enumeration(&f, "confidence", path, Confidence::CODES, Confidence::ALL)?;
        let occasion = self.occasion(&f, node, path);
        let time = self.time(&f, path);
        let begins = self.field_enumeration(&f, "begins", path, DayPart::CODES, DayPart::ALL);
        let composition = self.composition(&f, path);
        let supersedes = self.strings(&f, "supersedes", path);
        let statute = match f.get("statute") {
            Some(n) => Some(self.statute(n, &at_field(path, "statute"))?),
            None => None,
        };
        let (kind, when, occasion, time, begins, composition) =
            (kind?, when?, occasion?, time?, begins?, composition?);
        // A time is on one day, or on each day of a daily report's range
        // (or of its days the notice does not give: "hằng ngày trước 16 giờ"
        // with no dates).
        let daily = matches!(kind, Kind::Report { daily: true, .. });
        let range = matches!(when, When::Range(..) | When::Undated(_));
        let needs = if daily && !range {
            Some(("daily", "from"))
        } else if time.is_some() && !matches!(when, When::Day(_)) && !daily {
            Some(("time", "date"))
        } else if begins.is_some() && !matches!(when, When::Day(_) | When::Range(..)) {
            // Its first day: a date or a range's `from`.
            Some(("begins", "from"))
        } else if composition.is_some() && !matches!(when, When::Day(_) | When::Range(..)) {
            // The days of one break: a date or a range.
            Some(("composition", "from"))
        } else {
            None
        };
        if let Some((key, needs)) = needs {
            let kind = ProblemKind::NeedsField { key, needs };
            self.problem(&at_field(path, key), node.pos, kind);
            return None;
        }
        // "bao gồm 02 ngày nghỉ lễ, 01 ngày nghỉ hằng tuần và 01 ngày nghỉ
        // bù" adds up to the break's days.
        if let (Some(c), Some(n)) = (&composition, f.get("composition")) {
            let days = match when {
                When::Range(a, b) => (b - a).num_days() as u32 + 1,
                _ => 1,
            };
            if c.total() != days {
                let kind = ProblemKind::CompositionCount {
                    counted: c.total(),
                    days,
                };
                self.problem(&at_field(path, "composition"), n.pos, kind);
                return None;
            }
        }
        if statute.is_some() {
            let yearly = matches!(when, When::Lunar { .. } | When::Solar { .. });
            let off = matches!(kind, Kind::DayOff(_) | Kind::Holiday);
            let problem = if !yearly {
                Some(ProblemKind::StatuteNeedsRule)
            } else if !off {
                Some(ProblemKind::OnlyForKind {
                    key: "statute",
                    kinds: &[KindCode::DayOff],
                })
            } else if occasion.is_none() {
                Some(ProblemKind::NeedsField {
                    key: "statute",
                    needs: "occasion",
                })
            } else {
                None
            };
            if let Some(p) = problem {
                self.problem(&at_field(path, "statute"), node.pos, p);
                return None;
            }
        }
        let mut event = Event {
            id: id?,
            kind,
            title: title?,
            description,
            when,
            sources,
            audience,
            who,
            concerns: who,
            contacts,
            time,
            begins,
            composition,
            confidence: confidence.unwrap_or_default(),
            occasion,
            supersedes,
            statute,
            origin: String::new(),
        };
        event.concerns = event.concerns_by_words();
        Some(event)
    }

    /// `"time"`, `HH:MM`. `None` when it is wrong; `Some(None)` when absent.
    fn time(&mut self, f: &Fields, path: &str) -> Option<Option<TimeOfDay>> {
        let Some(n) = f.get("time") else {
            return Some(None);
        };
        let p = at_field(path, "time");
        let s = self.string(n, &p)?;
        match TimeOfDay::parse(&s) {
            Some(t) => Some(Some(t)),
            None => {
                let value = Snippet::new(&s);
                self.problem(&p, n.pos, ProblemKind::NotTime { value });
                None
            }
        }
    }

    /// `"composition": {"holidays": 2, "weekly_rest": 1, …}`: the days of
    /// each kind (0–31). `None` when it is wrong; `Some(None)` when absent.
    fn composition(&mut self, f: &Fields, path: &str) -> Option<Option<Composition>> {
        let Some(n) = f.get("composition") else {
            return Some(None);
        };
        let p = at_field(path, "composition");
        let parts = self.object(n, &p, BreakPart::CODES, &[])?;
        let mut c = Composition::default();
        let mut ok = true;
        for (i, code) in BreakPart::CODES.iter().enumerate() {
            if let Some(v) = parts.get(code) {
                match self.integer(v, &at_field(&p, code), (0, 31)) {
                    Some(x) => c.0[i] = x as u8,
                    None => ok = false,
                }
            }
        }
        ok.then_some(Some(c))
    }

    /// `"occasion"` (a code: lower-case letters, digits, `-`) and its
    /// optional `"occasion_year"`. `None` when they are wrong; `Some(None)`
    /// when absent.
    fn occasion(&mut self, f: &Fields, node: &Node, path: &str) -> Option<Option<Occasion>> {
        let year = match f.get("occasion_year") {
            Some(n) => {
                let span = crate::calendar::YEARS;
                let range = (i64::from(*span.start()), i64::from(*span.end()));
                Some(self.integer(n, &at_field(path, "occasion_year"), range)? as i32)
            }
            None => None,
        };
        let Some(n) = f.get("occasion") else {
            if year.is_some() {
                let kind = ProblemKind::NeedsField {
                    key: "occasion_year",
                    needs: "occasion",
                };
                self.problem(&at_field(path, "occasion_year"), node.pos, kind);
                return None;
            }
            return Some(None);
        };
        let p = at_field(path, "occasion");
        let id = self.string(n, &p)?;
        if !is_code(&id) {
            let value = Snippet::new(&id);
            self.problem(&p, n.pos, ProblemKind::BadCode { value });
            return None;
        }
        Some(Some(Occasion { id, year }))
    }

    /// `"statute": {"days": …, "fixed": …, "compensation": …, "undecided": …}`.
    fn statute(&mut self, node: &Node, path: &str) -> Option<Statute> {
        let f = self.object(
            node,
            path,
            &["days", "fixed", "compensation", "undecided"],
            &["days"],
        )?;
        let days = self.integer(f.get("days")?, &at_field(path, "days"), (1, 10))? as u8;
        let fixed = match f.get("fixed") {
            Some(n) => self.integer(n, &at_field(path, "fixed"), (1, 10))? as u8,
            None => days,
        };
        if fixed > days {
            let kind = ProblemKind::FixedOverDays { fixed, days };
            self.problem(&at_field(path, "fixed"), node.pos, kind);
            return None;
        }
        let compensation = match f.get("compensation") {
            Some(n) => self.boolean(n, &at_field(path, "compensation"))?,
            None => false,
        };
        let undecided = match f.get("undecided") {
            Some(n) => Some(self.text(n, &at_field(path, "undecided"))?),
            None => None,
        };
        Some(Statute {
            days,
            fixed,
            compensation,
            undecided,
        })
    }

    /// The kind and the fields only it may have.
    fn kind(&mut self, code: KindCode, f: &Fields, node: &Node, path: &str) -> Option<Kind> {
        // A field and the kinds that may have it.
        const SENT: &[KindCode] = &[KindCode::Deadline, KindCode::Report];
        const ONLY_FOR: [(&str, &[KindCode]); 9] = [
            ("day_off_reason", &[KindCode::DayOff]),
            ("composition", &[KindCode::DayOff]),
            ("duty_types", &[KindCode::Duty]),
            ("hours", &[KindCode::Duty]),
            ("due_to", SENT),
            ("channels", SENT),
            ("report_phase", &[KindCode::Report]),
            ("daily", &[KindCode::Report]),
            ("makes_up", &[KindCode::MakeUpWorkday]),
        ];
        for (key, kinds) in ONLY_FOR {
            if f.contains_key(key) && !kinds.contains(&code) {
                self.problem(
                    &at_field(path, key),
                    node.pos,
                    ProblemKind::OnlyForKind { key, kinds },
                );
            }
        }
        Some(match code {
            KindCode::Holiday => Kind::Holiday,
            KindCode::DayOff => Kind::DayOff(
                self.field_enumeration(
                    f,
                    "day_off_reason",
                    path,
                    DayOffReason::CODES,
                    DayOffReason::ALL,
                )?
                .unwrap_or(DayOffReason::Holiday),
            ),
            KindCode::MakeUpWorkday => Kind::MakeUpWorkday {
                makes_up: self.field_string(f, "makes_up", path),
            },
            KindCode::Flag => Kind::Flag,
            KindCode::Duty => {
                let types =
                    self.enumerations(f, "duty_types", path, DutyType::CODES, DutyType::ALL);
                Kind::Duty {
                    types,
                    hours: self.field_string(f, "hours", path),
                }
            }
            KindCode::Deadline => Kind::Deadline {
                to: self.field_string(f, "due_to", path),
                via: self.enumerations(f, "channels", path, Channel::CODES, Channel::ALL),
            },
            KindCode::Report => {
                let Some(n) = f.get("report_phase") else {
                    self.problem(path, node.pos, ProblemKind::ReportNeedsPhase);
                    return None;
                };
                Kind::Report {
                    phase: self.enumeration(
                        n,
                        &at_field(path, "report_phase"),
                        ReportPhase::CODES,
                        ReportPhase::ALL,
                    )?,
                    to: self.field_string(f, "due_to", path),
                    via: self.enumerations(f, "channels", path, Channel::CODES, Channel::ALL),
                    daily: match f.get("daily") {
                        Some(n) => self.boolean(n, &at_field(path, "daily"))?,
                        None => false,
                    },
                }
            }
            KindCode::Festival => Kind::Festival,
            KindCode::Observance => Kind::Observance,
            KindCode::Service => Kind::Service,
        })
    }

    /// Exactly one of `date`, `from`+`to`, `lunar`, `solar`, `undated`.
    fn when(&mut self, f: &Fields, node: &Node, path: &str) -> Option<When> {
        let given: Vec<&str> = ["date", "from", "lunar", "solar", "undated"]
            .into_iter()
            .filter(|k| f.contains_key(k))
            .collect();
        if given.len() != 1 {
            self.problem(path, node.pos, ProblemKind::OneDateForm);
            return None;
        }
        if f.contains_key("to") && !f.contains_key("from") {
            self.problem(&at_field(path, "to"), node.pos, ProblemKind::ToNeedsFrom);
            return None;
        }
        let field = |key: &str| f.get(key).copied();
        match given[0] {
            "date" => field("date")
                .and_then(|n| self.date(n, &at_field(path, "date")))
                .map(When::Day),
            "from" => {
                let from = field("from").and_then(|n| self.date(n, &at_field(path, "from")));
                let Some(to_node) = field("to") else {
                    self.problem(path, node.pos, ProblemKind::FromNeedsTo);
                    return None;
                };
                let to = self.date(to_node, &at_field(path, "to"));
                let (from, to) = (from?, to?);
                if to < from {
                    let kind = ProblemKind::RangeBackwards { from, to };
                    self.problem(&at_field(path, "to"), to_node.pos, kind);
                    return None;
                }
                Some(When::Range(from, to))
            }
            "lunar" => self.lunar_rule(field("lunar")?, &at_field(path, "lunar")),
            "solar" => self.solar_rule(field("solar")?, &at_field(path, "solar")),
            _ => field("undated")
                .and_then(|n| self.text(n, &at_field(path, "undated")))
                .map(When::Undated),
        }
    }

    /// `"years": {"from": …, "to": …}` of a yearly rule, inside the
    /// supported years; without `"to"`, the rule holds from `"from"` on.
    fn years(&mut self, f: &Fields, path: &str) -> Option<Option<(i32, i32)>> {
        let Some(n) = f.get("years") else {
            return Some(None);
        };
        let p = at_field(path, "years");
        let y = self.object(n, &p, &["from", "to"], &["from"])?;
        let span = crate::calendar::YEARS;
        let range = (i64::from(*span.start()), i64::from(*span.end()));
        let a = y
            .get("from")
            .and_then(|n| self.integer(n, &at_field(&p, "from"), range));
        let b = match y.get("to") {
            Some(n) => self.integer(n, &at_field(&p, "to"), range),
            None => Some(range.1),
        };
        let (a, b) = (a? as i32, b? as i32);
        if b < a {
            self.problem(&p, n.pos, ProblemKind::YearsBackwards { from: a, to: b });
            return None;
        }
        Some(Some((a, b)))
    }

    fn missing_day(&mut self, f: &Fields, path: &str) -> Option<Option<MissingDay>> {
        match f.get("missing_day") {
            Some(n) => self
                .enumeration(
                    n,
                    &at_field(path, "missing_day"),
                    MissingDay::CODES,
                    MissingDay::ALL,
                )
                .map(Some),
            None => Some(None),
        }
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
        let missing = self.missing_day(&f, path)?;
        let years = self.years(&f, path)?;
        let (month, day) = (month? as u8, day? as u8);
        if day == 30 && missing.is_none() {
            self.problem(path, node.pos, ProblemKind::LunarDay30NeedsRule);
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
            .and_then(|n| self.integer(n, &at_field(path, "day"), (1, 31)));
        let missing = self.missing_day(&f, path)?;
        let years = self.years(&f, path)?;
        let (month, day) = (month? as u32, day? as u32);
        // 2024 is a leap year: every month–day that ever exists exists in it.
        if NaiveDate::from_ymd_opt(2024, month, day).is_none() {
            self.problem(path, node.pos, ProblemKind::NoSuchSolarDay { month, day });
            return None;
        }
        if (month, day) == (2, 29) && missing.is_none() {
            self.problem(path, node.pos, ProblemKind::February29NeedsRule);
            return None;
        }
        Some(When::Solar {
            month,
            day,
            missing: missing.unwrap_or(MissingDay::Skip),
            years,
        })
    }
}

/// The `"id"` string of a raw object, if it has one.
pub(super) fn raw_id(node: &Node) -> Option<&str> {
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

/// Whether `s` is a code: lower-case ASCII letters, digits and `-`.
fn is_code(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 64
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
