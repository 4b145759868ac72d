//! # Drafting a schedule from a notice (`lich draft`)
//!
//! A notice is written for people: a header (số hiệu, trích yếu, place and
//! date, "Kính gửi"), the documents it rests on ("Căn cứ …", "Thực hiện
//! …"), numbered sections of bullet points, contacts, a signature. The
//! draft reads it clause by clause — a clause ends at a bullet, a numbered
//! heading, a blank line, a ";", a "." before a capital or at a line's end
//! — and writes what each clause decides as a schedule: days off (with
//! nghỉ bù, swaps and make-up workdays), flag periods, duty, deadlines,
//! reports, contacts, the documents cited and the notice itself.
//!
//! Two rules make a draft something a clerk can check:
//!
//! - **Every fact has its span.** [`Draft::facts`] gives, for each document,
//!   contact and event, the bytes of the (NFC) text it was read from, and
//!   each event's description is its clause as written, so a person sees
//!   why it is there.
//! - **Nothing is invented.** What the text does not give stays out or
//!   undated: a duty without dates is undated (not "the days of the
//!   break"); a cited document without a date has an unknown date; an
//!   issue date with a blank day is a month;
//!   an issuer the text does not name stays blank, for the validator to
//!   ask. Every event is `"confidence": "unverified"` until a person
//!   confirms it.
//!
//! The vocabulary below — the patterns and the few words of the drafted
//! titles ("Nghỉ", "Treo cờ Tổ quốc", "Hạn") — is the notices' own
//! language: the reader reads Vietnamese notices and writes Vietnamese
//! titles, as the notice would.

use chrono::{Datelike, NaiveDate};
use lich_core::schedule::{
    Audience, Audiences, Channel, Confidence, Contact, DayOffReason, DayPart, DocDate, DocStatus,
    Document, DutyType, Event, Kind, Occasion, Publisher, ReportPhase, Schedule, Text, TimeOfDay,
    When,
};
use lich_core::text::iso;
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

use crate::{floor, line_of, ranges, solar_dates, spaced, Dated};

/// What a fact of the draft is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Item {
    /// A document of `documents` (the notice itself or one it cites).
    Document,
    /// A contact of `contacts`.
    Contact,
    /// An event of `events`.
    Event,
}

impl Item {
    /// Its code in `lich draft --spans` files.
    pub fn code(self) -> &'static str {
        match self {
            Item::Document => "document",
            Item::Contact => "contact",
            Item::Event => "event",
        }
    }
}

/// One drafted fact and where in the notice it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    /// What it is.
    pub item: Item,
    /// Its id in the schedule.
    pub id: String,
    /// The line (1-based) where its span starts.
    pub line: usize,
    /// Its span: byte offsets into [`Draft::text`].
    pub start: usize,
    /// The end of the span (exclusive).
    pub end: usize,
}

/// A schedule drafted from a notice, with the span of every fact.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    /// The schedule; every event `unverified`.
    pub schedule: Schedule,
    /// Each document, contact and event with its span, in the text's order.
    pub facts: Vec<Fact>,
    /// The notice's NFC form, which the spans index.
    pub text: String,
}

/// A clause: a byte range of the text.
#[derive(Clone, Copy, Debug)]
struct Clause {
    start: usize,
    end: usize,
}

/// Document types as notices cite them.
const DOC_TYPES: &str = "Chỉ thị|Thông báo|Công văn|Công điện|Quyết định|Kế hoạch|Nghị quyết|Nghị định|Thông tư|Hướng dẫn";

/// The heads with which an audience begins ("Cán bộ, công chức …",
/// "Các doanh nghiệp …", "Học sinh …").
const AUDIENCE_HEADS: &str = "tất cả|toàn thể|cán bộ|công chức|viên chức|các cơ quan|các đơn vị|các phòng|các doanh nghiệp|doanh nghiệp|người lao động|người sử dụng lao động|học sinh|trẻ mầm non|trẻ em|sinh viên|giáo viên|nhân dân|hộ gia đình|các hộ";

/// The audience codes by the words that name them (lower case). Only
/// words that say whom unambiguously: "người lao động" alone may be a
/// state agency's staff, so it is the private sector's only beside
/// "doanh nghiệp", "khu vực tư" or "tư nhân".
const WHO_WORDS: [(&str, Audience); 5] = [
    (
        "cán bộ|công chức|viên chức|giáo viên",
        Audience::PublicSector,
    ),
    (
        "người lao động[^;.]*(?:doanh nghiệp|khu vực tư|tư nhân|ngoài nhà nước)",
        Audience::PrivateWorkers,
    ),
    ("doanh nghiệp", Audience::Businesses),
    ("học sinh|trẻ mầm non|sinh viên|học viên", Audience::Pupils),
    ("hộ gia đình|hộ dân|nhân dân|các hộ", Audience::Households),
];

/// The codes of the groups an audience's words name, in the table's order.
fn who_of(audience: &[String]) -> Audiences {
    Audiences::of(WHO_WORDS.iter().filter_map(|(w, a)| {
        let named = re(&format!("(?i){w}"));
        audience.iter().any(|x| named.is_match(x)).then_some(*a)
    }))
}

/// Occasions by the words that name them (lower case), and their ids in
/// schedule files.
const OCCASIONS: [(&str, &str); 5] = [
    ("tết nguyên đán|tết âm lịch", "tet-am-lich"),
    ("tết dương lịch", "tet-duong-lich"),
    ("giỗ tổ hùng vương", "gio-to"),
    (
        r"ngày chiến thắng(?:\s+30/4)?|giải phóng (?:hoàn toàn )?miền nam|quốc tế lao động(?:\s+1/5)?|lễ 30/4(?:\s*(?:và|-|–)\s*1/5)?",
        "30-4-1-5",
    ),
    (r"quốc khánh(?:\s+2/9)?", "quoc-khanh"),
];

/// Drafts a schedule from `text`, a notice as copied; `today` is the
/// draft's `updated` day.
///
/// # Example
/// ```
/// use lich_core::schedule::When;
/// let d = lich_notice::draft(
///     "Số: 12/TB-UBND\nV/v nghỉ Tết Dương lịch 2026\nBắc Thuận, ngày 05 tháng 12 năm 2025\n\n\
///      Cán bộ, công chức được nghỉ từ ngày 01/01/2026 đến hết ngày 04/01/2026.",
///     "2025-12-06".parse().unwrap(),
/// );
/// let e = &d.schedule.events[0];
/// assert_eq!(e.when, When::Range("2026-01-01".parse().unwrap(), "2026-01-04".parse().unwrap()));
/// assert_eq!(e.audience, ["Cán bộ, công chức"]);
/// ```
pub fn draft(text: &str, today: NaiveDate) -> Draft {
    let text: String = text.nfc().collect();
    let mut d = Drafting {
        text: &text,
        dated: solar_dates(&text),
        facts: Vec::new(),
        documents: Vec::new(),
        contacts: Vec::new(),
        events: Vec::new(),
        ids: Vec::new(),
        replaced: Vec::new(),
        relayed: None,
    };
    let mut header = d.header();
    let clauses = clauses(&text);
    let body_end = first(&text, r"(?im)^\s*nơi nhận\s*:").unwrap_or(text.len());
    let body: Vec<Clause> = clauses
        .into_iter()
        .filter(|c| c.start >= header.body && c.end <= body_end)
        .collect();
    let reported = d.citations(&body);
    if header.subject.is_empty() {
        // A press copy: the subject of the notice it reports, else its headline.
        header.subject = reported
            .as_ref()
            .and_then(|id| d.documents.iter().find(|x| &x.id == id))
            .map(|x| x.subject.vi.clone())
            .or_else(|| headline(&text))
            .unwrap_or_default();
    }
    let reported = reported.or_else(|| d.unnumbered(&header));
    d.contacts(&body);
    d.events(&body, &header);
    d.finish(header, reported, today)
}

/// The notice's header, as read.
struct Header {
    /// Where the body starts (after "Kính gửi" and its list).
    body: usize,
    /// The trích yếu, as written ("V/v …").
    subject: String,
    /// The notice's own document, if its header gives its date.
    document: Option<String>,
    /// Its number ("/STTTT-TTr" when the number is blank).
    number: String,
    /// The issuer, as the text names it.
    issuer: String,
    /// The place of the place-date line.
    place: Option<String>,
    /// The year of the notice's date.
    year: Option<i32>,
    /// The "Kính gửi" list.
    recipients: Vec<String>,
}

struct Drafting<'a> {
    text: &'a str,
    dated: Vec<Dated>,
    facts: Vec<Fact>,
    documents: Vec<Document>,
    contacts: Vec<Contact>,
    /// Events with the start of the clause they come from.
    events: Vec<Event>,
    ids: Vec<String>,
    /// Documents the notice says it replaces ("Thông báo này thay thế
    /// Thông báo số …").
    replaced: Vec<String>,
    /// The document it carries out ("Thực hiện Thông báo số …" opening a
    /// clause): the one it relays.
    relayed: Option<String>,
}

/// A report found in a clause, written once the break is known.
struct Pending {
    clause: Clause,
    phase: ReportPhase,
    date: Option<NaiveDate>,
    time: Option<TimeOfDay>,
}

impl Drafting<'_> {
    /// An id not yet used: `base`, else `base-2`, `base-3` ….
    fn id(&mut self, base: &str) -> String {
        let base: String = base.chars().take(56).collect();
        let base = base.trim_end_matches('-').to_string();
        let mut id = base.clone();
        let mut n = 1;
        while self.ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.ids.push(id.clone());
        id
    }

    fn fact(&mut self, item: Item, id: &str, start: usize, end: usize) {
        self.facts.push(Fact {
            item,
            id: id.to_string(),
            line: line_of(self.text, start),
            start,
            end,
        });
    }

    /// The dates of a clause, without those of citations ("số 12/TB-UBND
    /// ngày 09/01/2026") and posting stamps ("(14:14 | 21/01/2026)").
    fn dates_in(&self, c: Clause) -> Vec<Dated> {
        let cited = re(r"(?i)số\s+\S+\s+ngày\s*$");
        let stamp = re(r"\d{1,2}:\d{2}\s*\|\s*$");
        // "lễ 30/4", "Quốc tế Lao động 1/5", "Quốc khánh 2/9" name a
        // holiday; so does a short date listed after one ("30/4 và 1/5").
        let name = re(r"(?i)(?:chiến thắng|lao động|quốc khánh|miền nam|\blễ|\bdịp|kỷ niệm)\s*$");
        let and = re(r"^\s*(?:và|,|-|–)\s*(?:(?:ngày\s+)?quốc tế lao động\s*)?$");
        let mut names: Vec<usize> = Vec::new();
        let mut out = Vec::new();
        for x in self
            .dated
            .iter()
            .filter(|x| x.start >= c.start && x.end <= c.end)
        {
            let lead = &self.text[floor(self.text, x.start.saturating_sub(40))..x.start];
            let written = &self.text[x.start..x.end];
            let short = written.matches(['/', '-']).count() == 1;
            let after_name = names
                .last()
                .is_some_and(|&end| and.is_match(&self.text[end..x.start]));
            if short && (name.is_match(lead) || after_name) {
                names.push(x.end);
                continue;
            }
            if !cited.is_match(lead) && !stamp.is_match(lead) {
                out.push(*x);
            }
        }
        out
    }

    /// Adds `e`, read from clause `c`: its description is the clause.
    fn event(&mut self, c: Clause, mut e: Event) {
        e.description = Some(vi(spaced(&self.text[c.start..c.end])));
        e.who = who_of(&e.audience);
        e.concerns = e.concerns_by_words();
        e.confidence = Confidence::Unverified;
        self.fact(Item::Event, &e.id, c.start, c.end);
        self.events.push(e);
    }

    /// Events over the clause's ranges ("từ … đến hết …") and its other
    /// single dates; returns the first range.
    fn periods(
        &mut self,
        c: Clause,
        dates: &[Dated],
        model: &Event,
        kind: impl Fn(&Dated) -> Kind,
        prefix: &str,
    ) -> Option<(NaiveDate, NaiveDate)> {
        let clause = &self.text[c.start..c.end];
        let local: Vec<Dated> = dates
            .iter()
            .map(|x| Dated {
                start: x.start - c.start,
                end: x.end - c.start,
                date: x.date,
            })
            .collect();
        let mut used = vec![false; dates.len()];
        let mut whens = Vec::new();
        let mut first = None;
        for r in ranges(clause, &local) {
            let (a, b) = (local[r.from].date, local[r.to].date);
            used[r.from] = true;
            used[r.to] = true;
            if b < a {
                continue; // `lich check` says so; nothing to draft.
            }
            first = first.or(Some((a, b)));
            whens.push((r.from, When::Range(a, b)));
        }
        for (i, x) in dates.iter().enumerate() {
            if !used[i] {
                whens.push((i, When::Day(x.date)));
            }
        }
        whens.sort_by_key(|(i, _)| *i);
        // Days listed one after the other ("thứ Ba 01/9 và thứ Tư 02/9/2026")
        // are one period when they follow each other in the calendar too.
        let joined = re(r"(?i)^\s*(?:,|và)\s*(?:(?:thứ\s+\S+|chủ nhật|cn)\s*,?\s*)?(?:ngày\s*)?$");
        let mut merged: Vec<(usize, When)> = Vec::new();
        for (i, when) in whens {
            if let (Some((j, last)), When::Day(b)) = (merged.last_mut(), &when) {
                let (a, z) = match *last {
                    When::Range(a, z) => (a, z),
                    When::Day(a) => (a, a),
                    _ => (*b, *b),
                };
                // The period ends at the date just before this one in the text.
                let follows = i > 0
                    && dates[i - 1].date == z
                    && z.succ_opt() == Some(*b)
                    && joined.is_match(&clause[local[i - 1].end..local[i].start]);
                if follows && kind(&dates[*j]) == kind(&dates[i]) {
                    *last = When::Range(a, *b);
                    first = first.or(Some((a, *b)));
                    continue;
                }
            }
            merged.push((i, when));
        }
        // A period said twice, in solar and lunar dates ("từ thứ Năm ngày
        // 04/02/2027 đến hết thứ Tư ngày 10/02/2027 (tức từ ngày 28 tháng
        // Chạp … đến hết ngày mùng 5 tháng Giêng …)"), is one.
        let mut seen: Vec<(When, Kind)> = Vec::new();
        merged.retain(|(i, when)| {
            let key = (when.clone(), kind(&dates[*i]));
            let new = !seen.contains(&key);
            seen.push(key);
            new
        });
        for (i, when) in merged {
            let (When::Range(day, _) | When::Day(day)) = when else {
                continue;
            };
            // "treo cờ từ chiều ngày 01/9/2025": the part of its first day.
            let lead =
                &self.text[floor(self.text, dates[i].start.saturating_sub(40))..dates[i].start];
            let begins = re(
                r"(?i)\btừ\s+(sáng|chiều|tối)\s+(?:(?:thứ\s+\S+|chủ nhật)\s*,?\s*)?(?:ngày\s*)?$",
            )
            .captures(lead)
            .map(|m| match &m[1].to_lowercase()[..] {
                "sáng" => DayPart::Morning,
                "tối" => DayPart::Evening,
                _ => DayPart::Afternoon,
            });
            let e = Event {
                id: self.id(&format!("{prefix}-{}", iso(day))),
                kind: kind(&dates[i]),
                when,
                begins,
                ..model.clone()
            };
            self.event(c, e);
        }
        first
    }

    /// The header: số hiệu, trích yếu, place and date, issuer, recipients.
    fn header(&mut self) -> Header {
        let text = self.text;
        let number = caps(text, r"(?im)^\s*số\s*:\s*([^\n]*?)\s*$")
            .map(|(at, s)| (at, s.split_whitespace().collect::<String>()));
        let place_date = re(
            r"(?im)^\s*([\p{L} .]{2,40}?),\s*ngày\s*(\d{1,2})?[\s…._]*tháng\s*(\d{1,2})\s*năm\s*(\d{4})",
        );
        let pd = place_date.captures(text);
        let subject = caps(text, r"(?im)^\s*(v/v\b[^\n]*(?:\n[^\n]*\S[^\n]*)*)").map(|(_, s)| {
            // Over its lines, until a blank line or the place-date line.
            let lines: Vec<&str> = s
                .lines()
                .take_while(|l| !re(r"(?i),\s*ngày\b").is_match(l))
                .collect();
            spaced(&lines.join(" "))
        });
        let subject = subject.or_else(|| {
            // "KẾ HOẠCH\nTrực và phục vụ người bệnh dịp Tết …"
            let c = re(r"(?m)^\s*(?:THÔNG BÁO|KẾ HOẠCH|CHỈ THỊ|QUYẾT ĐỊNH|CÔNG ĐIỆN|CÔNG VĂN|HƯỚNG DẪN)\s*\n\s*(\S[^\n]*)")
                .captures(text)?;
            let line = c[1].trim();
            (!place_date.is_match(line)).then(|| spaced(line))
        });
        let date = pd.as_ref().and_then(|c| {
            let (m, y): (u32, i32) = (c[3].parse().ok()?, c[4].parse().ok()?);
            Some(match c.get(2).and_then(|d| d.as_str().parse().ok()) {
                Some(d) => DocDate::Day(NaiveDate::from_ymd_opt(y, m, d)?),
                None => DocDate::Month(y, m),
            })
        });
        // The header's name of the issuer: its last line in capitals before
        // "Số:", as written, with the line above when the name is split
        // over two ("ỦY BAN NHÂN DÂN" / "TỈNH BẮC THUẬN") or names an office
        // of the body above ("VĂN PHÒNG BỘ XÂY DỰNG").
        let in_header = {
            let until = number.as_ref().map_or(0, |n| n.0);
            let caps_lines: Vec<&str> = text[..until]
                .lines()
                .map(str::trim)
                .filter(|l| {
                    l.chars().any(char::is_alphabetic) && !l.chars().any(char::is_lowercase)
                })
                .collect();
            let organ = re(r"^(?:ỦY|UỶ|UBND)\s+BAN\s+NHÂN\s+DÂN$|^HỘI\s+ĐỒNG\s+NHÂN\s+DÂN$");
            let place = re(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s");
            // An office of the body above it: "BỘ XÂY DỰNG" / "VĂN PHÒNG".
            let office = re(r"^(?:VĂN PHÒNG|THANH TRA)$");
            match caps_lines.as_slice() {
                [.., above, last] if organ.is_match(above) && place.is_match(last) => {
                    Some(format!("{above} {last}"))
                }
                [.., above, last] if office.is_match(last) => Some(format!("{last} {above}")),
                [.., last] => Some(last.to_string()),
                [] => None,
            }
        };
        // The issuer as the body names it ("Sở … đề nghị"), unless the
        // header names it more fully ("Ủy ban nhân dân tỉnh" in the body,
        // "ỦY BAN NHÂN DÂN TỈNH BẮC THUẬN" above); else the header's.
        let issuer = caps(text, r"(?m)^\s*(?:[-+•]\s*)?((?:Sở|Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Bộ|Văn phòng|Phòng|Trường|Bệnh viện|Ban|Cục|Chi cục|Trung tâm|Phường|Xã|Thị trấn|Quận|Huyện|Thị xã|Thành phố|Tỉnh)\s[^,.;:\n]{3,90}?)\s+(?:kính\s+|vừa\s+|đã\s+)?(?:đề nghị|thông báo|hướng dẫn|yêu cầu|triển khai|ban hành)\b")
            .map(|(_, s)| match &in_header {
                Some(h) if h.len() > s.len() && h.to_lowercase().starts_with(&s.to_lowercase()) => h.clone(),
                _ => s,
            })
            .or(in_header)
            .unwrap_or_default();
        let (body, recipients) = recipients(text);
        let body = body
            .or_else(|| pd.as_ref().map(|c| c.get(0).expect("the match").end()))
            .unwrap_or(0);
        let number_text = number.as_ref().map(|n| n.1.clone()).unwrap_or_default();
        let year = match date {
            Some(DocDate::Day(d)) => Some(d.year()),
            Some(DocDate::Month(y, _)) => Some(y),
            Some(DocDate::Unknown) | None => None,
        };
        let subject = subject.unwrap_or_default();
        let document = date.map(|date| {
            let id = self.id(&doc_id(&number_text, &issuer, year));
            let start = number
                .as_ref()
                .map(|n| n.0)
                .or(pd.as_ref().map(|c| c.get(0).expect("the match").start()))
                .unwrap_or(0);
            let end = pd
                .as_ref()
                .map_or(start, |c| c.get(0).expect("the match").end());
            self.documents.push(Document {
                origin: String::new(),
                id: id.clone(),
                number: number_text.clone(),
                issuer: issuer.clone(),
                date,
                subject: vi(subject.clone()),
                url: None,
                note: None,
                status: DocStatus::InForce,
                supersedes: Vec::new(),
                relays: None,
            });
            self.fact(Item::Document, &id, start.min(end), start.max(end));
            id
        });
        Header {
            body,
            subject,
            document,
            number: number_text,
            issuer,
            place: pd.as_ref().map(|c| c[1].trim().to_string()),
            year,
            recipients,
        }
    }

    /// A notice posted without its header ("Phường Tân Mỹ thông báo …"):
    /// itself, with the issuer it names, no number and an unknown date.
    fn unnumbered(&mut self, h: &Header) -> Option<String> {
        if h.document.is_some() || h.issuer.is_empty() {
            return None;
        }
        let at = self.text.find(h.issuer.as_str())?;
        let id = self.id(&format!("van-ban-{}", slug(&h.issuer)));
        self.documents.push(Document {
            origin: String::new(),
            id: id.clone(),
            number: String::new(),
            issuer: h.issuer.clone(),
            date: DocDate::Unknown,
            subject: vi(h.subject.clone()),
            url: None,
            note: None,
            status: DocStatus::InForce,
            supersedes: Vec::new(),
            relays: None,
        });
        self.fact(Item::Document, &id, at, at + h.issuer.len());
        Some(id)
    }

    /// "Căn cứ Chỉ thị số 06/CT-BTTTT ngày 29/12/2023 của Bộ trưởng … về …;"
    /// and "theo Công văn số …" anywhere in a clause. Returns the id of the
    /// document a press copy reports ("UBND tỉnh X vừa ban hành Thông báo
    /// số …"), which is the notice itself.
    fn citations(&mut self, body: &[Clause]) -> Option<String> {
        let issued = re(r"(?i)(?:^|[,.]\s*)([^,.;]{3,90}?)\s+(?:vừa\s+|đã\s+)?ban hành\s*$");
        let replaces = re(r"\bthay thế\s*(?:cho\s*)?$");
        let withdraws = re(r"\b(?:thu hồi|bãi bỏ|hủy bỏ|huỷ bỏ)\s*(?:toàn bộ\s*)?$");
        let mut reported = None;
        let cite = re(&format!(
            r"(?i)\b({DOC_TYPES})\s+(?:số\s+)?(\d+[/\-][\p{{L}}\d/\-&.]*[\p{{L}}\d])(?:\s+ngày\s+(\d{{1,2}}\s*[/\-.]\s*\d{{1,2}}\s*[/\-.]\s*\d{{4}}))?(?:\s+của\s+([^;]+?))?(?:\s+(?:về việc|về|v/v)\s+([^;]+?))?\s*(?:[;,.]\s*$|;|,\s*\n|$)"
        ));
        for c in body {
            let clause = &self.text[c.start..c.end];
            for m in cite.captures_iter(clause) {
                let whole = m.get(0).expect("the match");
                let (start, end) = (c.start + whole.start(), c.start + whole.end());
                let number = m[2].to_string();
                let date = m.get(3).and_then(|x| {
                    let digits: Vec<&str> = x
                        .as_str()
                        .split(|ch: char| !ch.is_ascii_digit())
                        .filter(|s| !s.is_empty())
                        .collect();
                    crate::ymd(digits.get(2)?, digits.get(1)?, digits.first()?)
                });
                if self.documents.iter().any(|x| x.number == number) {
                    continue;
                }
                let by = issued.captures(&clause[..whole.start()]);
                let issuer = m
                    .get(4)
                    .map(|x| spaced(x.as_str()))
                    .or_else(|| by.as_ref().map(|c| spaced(unbulleted(&c[1]))))
                    .unwrap_or_default();
                // "… năm 2027, Sở Giáo dục và Đào tạo thông báo như sau:": the
                // subject ends before the sentence the citation opens.
                let said =
                    re(r",\s+[^,]*\b(?:thông báo|đề nghị|hướng dẫn|yêu cầu|triển khai)\b[^,]*$");
                let subject = match m.get(5) {
                    Some(s) => {
                        let s = s.as_str();
                        capitalised(&spaced(said.find(s).map_or(s, |x| &s[..x.start()])))
                    }
                    None => format!("{} số {number}", &m[1]),
                };
                let id = self.id(&doc_id(&number, &issuer, date.map(|d| d.year())));
                if by.is_some() {
                    reported = reported.or(Some(id.clone()));
                }
                // What the words before the citation do with it: "… thay thế
                // Thông báo số …" (this notice replaces it), "thu hồi / bãi
                // bỏ / hủy bỏ Văn bản số …" (it no longer stands), a clause
                // opening "Thực hiện Thông báo số …" (this notice carries it
                // out: the one it relays).
                let lead = unbulleted(&clause[..whole.start()]).trim().to_lowercase();
                if replaces.is_match(&lead) {
                    self.replaced.push(id.clone());
                } else if lead == "thực hiện" && self.relayed.is_none() {
                    self.relayed = Some(id.clone());
                }
                let status = match withdraws.is_match(&lead) {
                    true => DocStatus::Withdrawn,
                    false => DocStatus::InForce,
                };
                self.documents.push(Document {
                    origin: String::new(),
                    id: id.clone(),
                    number,
                    issuer,
                    date: date.map_or(DocDate::Unknown, DocDate::Day),
                    subject: vi(subject),
                    url: None,
                    note: None,
                    status,
                    supersedes: Vec::new(),
                    relays: None,
                });
                self.fact(Item::Document, &id, start, end);
            }
        }
        reported
    }

    /// Telephone numbers and e-mail addresses, each with the name the
    /// clause gives before them ("+ Văn phòng Sở: Số điện thoại …").
    fn contacts(&mut self, body: &[Clause]) {
        let phone = re(r"(?:\+84|\b0)\d{1,4}(?:[ .]?\d{1,4}){2,4}\b");
        let email = re(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+");
        for c in body {
            let clause = &self.text[c.start..c.end];
            let phones: Vec<regex::Match> = phone
                .find_iter(clause)
                .filter(|m| {
                    (10..=12).contains(&m.as_str().chars().filter(char::is_ascii_digit).count())
                })
                .collect();
            let mails: Vec<regex::Match> = email.find_iter(clause).collect();
            let Some(at) = phones.first().or(mails.first()).map(|m| m.start()) else {
                continue;
            };
            let name = contact_name(&clause[..at]);
            let id = self.id(&slug(&name));
            self.contacts.push(Contact {
                origin: String::new(),
                id: id.clone(),
                name: vi(name),
                phone: phones.first().map(|m| m.as_str().to_string()),
                email: mails
                    .first()
                    .map(|m| m.as_str().trim_end_matches('.').to_string()),
            });
            self.fact(Item::Contact, &id, c.start, c.end);
        }
    }

    /// What the clauses of the body decide.
    fn events(&mut self, body: &[Clause], header: &Header) {
        let text = self.text;
        let mut section: Option<String> = None;
        let mut pending: Vec<Pending> = Vec::new();
        let mut break_days: Option<(NaiveDate, NaiveDate)> = None;
        let off = re(r"\bnghỉ\b");
        for &c in body {
            let raw = &text[c.start..c.end];
            let words = fold_typos(&raw.to_lowercase());
            let lead = unbulleted(&words);
            if re(&format!(
                r"(?i)^(?:căn cứ|thực hiện|theo)\s+(?:{DOC_TYPES})\b"
            ))
            .is_match(lead)
            {
                continue;
            }
            if let Some(h) = heading(raw) {
                section = Some(h);
                continue;
            }
            let dates = self.dates_in(c);
            let audience = subject_audience(raw)
                .map(|a| vec![a])
                .or_else(|| {
                    section
                        .as_deref()
                        .and_then(heading_audience)
                        .map(|a| vec![a])
                })
                .unwrap_or_else(|| header.recipients.clone());
            let occasion = occasion_in(raw)
                .or_else(|| section.as_deref().and_then(occasion_in))
                .or_else(|| occasion_in(&header.subject));
            let model = Event {
                audience: audience.clone(),
                occasion: occasion.as_ref().map(|(o, _)| o.clone()),
                ..blank()
            };
            let named = |w: &str| {
                occasion
                    .as_ref()
                    .map_or(w.to_string(), |(_, o)| format!("{w} {o}"))
            };
            // A public service closed, reduced or reopened: "Bộ phận một cửa
            // tạm dừng tiếp nhận hồ sơ ngày … và tiếp nhận trở lại từ 07 giờ 30
            // ngày …", "chỉ tiếp nhận cấp cứu từ … đến hết …". Each is named by
            // its own words; the days after "trở lại" are the reopening.
            let closed =
                re(r"((?:tạm dừng|tạm ngừng|ngừng|chỉ)\s[^.;,]*?)\s+(?:từ|vào|trong|các|ngày)\b");
            let served = re(r"tiếp nhận|phục vụ|làm việc|cấp cứu|khám|giao dịch");
            let service = closed
                .captures(&words)
                .and_then(|m| m.get(1))
                .filter(|g| served.is_match(g.as_str()))
                .map(|g| g.range());
            // The reopening's words: the last verb before "trở lại" ("tạm dừng
            // tiếp nhận hồ sơ … và tiếp nhận trở lại": the second "tiếp nhận").
            let verb = re(r"tiếp nhận|hoạt động|mở cửa|làm việc|phục vụ");
            let back = words.find("trở lại").and_then(|at| {
                let from = verb.find_iter(&words[..at]).last()?.start();
                let near = !words[from..at].contains([',', ';', '.']) && at - from <= 60;
                near.then_some(from..at + "trở lại".len())
            });
            if !dates.is_empty() && (service.is_some() || back.is_some()) {
                // The words as written (the lower-case copy has the same
                // offsets unless a typo was mended in it).
                let named = |r: &std::ops::Range<usize>| {
                    let said = raw.get(r.clone()).unwrap_or(&words[r.clone()]);
                    vi(capitalised(&spaced(said)))
                };
                let again = back.as_ref().map_or(usize::MAX, |r| c.start + r.start);
                let (reopen, shut): (Vec<Dated>, Vec<Dated>) =
                    dates.iter().partition(|x| x.start > again);
                if let (Some(r), false) = (&service, shut.is_empty()) {
                    let model = Event {
                        kind: Kind::Service,
                        title: named(r),
                        ..model.clone()
                    };
                    self.periods(c, &shut, &model, |_| Kind::Service, "phuc-vu");
                }
                if let Some(r) = &back {
                    for x in reopen {
                        let e = Event {
                            id: self.id(&format!("tro-lai-{}", iso(x.date))),
                            kind: Kind::Service,
                            title: named(r),
                            when: When::Day(x.date),
                            time: time_before(self.text, c.start, x.start),
                            ..model.clone()
                        };
                        self.event(c, e);
                    }
                }
                continue;
            }
            // A deadline: "chậm nhất là ngày …", "trước ngày …", "trước 09 giờ 00 các ngày …".
            if let Some(at) = deadline_at(&words) {
                let due: Vec<Dated> = dates
                    .iter()
                    .filter(|x| x.start >= c.start + at)
                    .copied()
                    .collect();
                if !due.is_empty() {
                    if lead.starts_with("báo cáo") {
                        for x in due {
                            pending.push(Pending {
                                clause: c,
                                phase: ReportPhase::During,
                                date: Some(x.date),
                                time: time_before(self.text, c.start, x.start),
                            });
                        }
                    } else {
                        let what = what_is_due(raw, at);
                        let to = due_to(raw);
                        // "… gửi danh sách trực trước 16 giờ ngày 30/12 và báo cáo
                        // tình hình trước 10 giờ ngày 04/01": what follows "và báo
                        // cáo" is a report's date, not the deadline's.
                        let report = re(r"(?:\bvà|,|;)\s+báo cáo\b")
                            .find(&words[at..])
                            .map(|m| c.start + at + m.start());
                        let (due, reported): (Vec<Dated>, Vec<Dated>) = due
                            .into_iter()
                            .partition(|x| report.is_none_or(|r| x.start < r));
                        for x in reported {
                            pending.push(Pending {
                                clause: c,
                                phase: ReportPhase::During,
                                date: Some(x.date),
                                time: time_before(self.text, c.start, x.start),
                            });
                        }
                        for x in due {
                            let e = Event {
                                id: self.id(&format!("han-{}", iso(x.date))),
                                kind: Kind::Deadline {
                                    to: to.clone(),
                                    via: channels(raw),
                                },
                                title: vi(format!("Hạn: {what}")),
                                when: When::Day(x.date),
                                time: time_before(self.text, c.start, x.start),
                                occasion: None,
                                ..model.clone()
                            };
                            self.event(c, e);
                        }
                    }
                    continue;
                }
            }
            if words.contains("báo cáo") {
                let phases = report_phases(&words);
                if !phases.is_empty() {
                    pending.extend(phases.into_iter().map(|phase| Pending {
                        clause: c,
                        phase,
                        date: None,
                        time: None,
                    }));
                    continue;
                }
            }
            if (words.contains("treo cờ") || words.contains("quốc kỳ")) && !dates.is_empty() {
                let title = match &occasion {
                    Some((_, o)) => format!("Treo cờ Tổ quốc dịp {o}"),
                    None => "Treo cờ Tổ quốc".to_string(),
                };
                let model = Event {
                    title: vi(title),
                    ..model.clone()
                };
                self.periods(c, &dates, &model, |_| Kind::Flag, "treo-co");
                continue;
            }
            if let Some((types, hours)) = duty(&words) {
                let title = match &hours {
                    Some(h) => format!("{} ({h} giờ)", named("Trực")),
                    None => named("Trực"),
                };
                let kind = Kind::Duty { types, hours };
                let model = Event {
                    title: vi(title),
                    kind: kind.clone(),
                    ..model.clone()
                };
                if dates.is_empty() {
                    let e = Event {
                        id: self.id("truc"),
                        when: When::Undated(vi("Văn bản không ghi ngày trực.".into())),
                        ..model
                    };
                    self.event(c, e);
                } else {
                    self.periods(c, &dates, &model, |_| kind.clone(), "truc");
                }
                continue;
            }
            let says_off = off.is_match(&words);
            if (says_off || words.contains("làm bù")) && !dates.is_empty() {
                // The make-up day follows "làm bù", or "sang" in "hoán đổi
                // ngày làm việc thứ Hai 31/8 sang thứ Bảy 22/8".
                let make_up = words
                    .find("làm bù")
                    .or_else(|| re(r"hoán đổi[^.;]*?\bsang\b").find(&words).map(|m| m.end()))
                    .map(|i| c.start + i);
                let swap = make_up.is_some() || words.contains("hoán đổi");
                // "(nghỉ bù do ngày Giỗ Tổ trùng Chủ nhật 26/4/2026)": the
                // day the holiday fell on explains; it is not a day given.
                let context = re(
                    r"(?i)trùng(?:\s+vào)?(?:\s+ngày)?\s*(?:thứ\s+\S+|chủ nhật)?\s*,?\s*(?:ngày\s*)?$",
                );
                let given: Vec<Dated> = dates
                    .iter()
                    .filter(|x| {
                        let lead = &text[floor(text, x.start.saturating_sub(40))..x.start];
                        !context.is_match(lead)
                    })
                    .copied()
                    .collect();
                let (work, rest): (Vec<Dated>, Vec<Dated>) = given
                    .iter()
                    .partition(|x| make_up.is_some_and(|m| x.start > m));
                let before = self.events.len();
                if says_off && !rest.is_empty() {
                    // A day said after "nghỉ bù", or with it in brackets, is
                    // one; a single day of a
                    // clause that swaps ("hoán đổi", "làm bù") is the swapped
                    // day; a range is the break.
                    let in_range = ranges_in(text, c, &rest);
                    let reason = |x: &Dated| {
                        let lead = &text[floor(text, x.start.saturating_sub(60))..x.start];
                        let tail = &text[x.end..crate::ceil(text, x.end + 24)];
                        let said = |s: &str| fold_typos(&s.to_lowercase()).contains("nghỉ bù");
                        // "(trong đó thứ Hai ngày 03/5/2027 là ngày nghỉ bù)": the
                        // day inside brackets that say so.
                        let inside = lead.rfind('(').is_some_and(|i| !lead[i..].contains(')'))
                            && text[x.end..crate::ceil(text, x.end + 48)]
                                .split(')')
                                .next()
                                .is_some_and(said);
                        if said(lead) || tail.trim_start().starts_with('(') && said(tail) || inside
                        {
                            DayOffReason::Compensatory
                        } else if swap && !in_range.contains(&x.start) {
                            DayOffReason::Swap
                        } else {
                            DayOffReason::Holiday
                        }
                    };
                    let model = Event {
                        title: vi(named("Nghỉ")),
                        ..model.clone()
                    };
                    let range = self.periods(c, &rest, &model, |x| Kind::DayOff(reason(x)), "nghi");
                    break_days = break_days.or(range);
                }
                // "Nghỉ thứ Sáu ngày 02/01/2026 và đi làm bù thứ Bảy ngày
                // 10/01/2026": one swapped day and one make-up day in a
                // clause are a pair.
                let swapped: Vec<&Event> = self.events[before..]
                    .iter()
                    .filter(|e| matches!(e.kind, Kind::DayOff(DayOffReason::Swap)))
                    .collect();
                let makes_up = match (swapped.as_slice(), work.len()) {
                    ([one], 1) => Some(one.id.clone()),
                    _ => None,
                };
                for x in work {
                    let e = Event {
                        id: self.id(&format!("lam-bu-{}", iso(x.date))),
                        kind: Kind::MakeUpWorkday {
                            makes_up: makes_up.clone(),
                        },
                        title: vi("Làm bù".into()),
                        when: When::Day(x.date),
                        ..model.clone()
                    };
                    self.event(c, e);
                }
            }
        }
        // Reports last: a dated report's phase is read from the break.
        for p in pending {
            let phase = match (p.date, break_days) {
                (Some(x), Some((a, _))) if x < a => ReportPhase::Before,
                (Some(x), Some((_, b))) if x > b => ReportPhase::After,
                _ => p.phase,
            };
            let raw = &text[p.clause.start..p.clause.end];
            let tet = occasion_in(raw)
                .or_else(|| occasion_in(&header.subject))
                .is_none_or(|(o, _)| o.id == "tet-am-lich");
            let title = match (phase, tet) {
                (ReportPhase::Before, true) => "Báo cáo trước Tết",
                (ReportPhase::During, true) => "Báo cáo trong Tết",
                (ReportPhase::After, true) => "Báo cáo sau Tết",
                (ReportPhase::Before, false) => "Báo cáo trước kỳ nghỉ",
                (ReportPhase::During, false) => "Báo cáo trong kỳ nghỉ",
                (ReportPhase::After, false) => "Báo cáo sau kỳ nghỉ",
                (ReportPhase::Incident, _) => "Báo cáo đột xuất",
            };
            let (id, when) = match p.date {
                Some(x) => (format!("bao-cao-{}", iso(x)), When::Day(x)),
                None => (
                    format!("bao-cao-{}", phase.code()),
                    When::Undated(vi("Văn bản không ghi ngày báo cáo.".into())),
                ),
            };
            // "báo cáo hằng ngày trước 16 giờ": daily, at that time; its
            // days stay undated unless the clause gives them.
            let daily = p.date.is_none()
                && re(r"(?i)\bh[ằà]ng ngày\b").is_match(raw)
                && phase == ReportPhase::During;
            let time = p.time.or_else(|| daily.then(|| time_due(raw)).flatten());
            let e = Event {
                id: self.id(&id),
                kind: Kind::Report {
                    phase,
                    to: due_to(raw),
                    via: channels(raw),
                    daily,
                },
                title: vi(title.into()),
                when,
                time,
                audience: subject_audience(raw)
                    .map(|a| vec![a])
                    .unwrap_or_else(|| header.recipients.clone()),
                ..blank()
            };
            self.event(p.clause, e);
        }
    }

    /// The schedule: the notice's document as every event's source, the
    /// contacts on what is due or on duty, the facts in the text's order.
    fn finish(mut self, h: Header, reported: Option<String>, today: NaiveDate) -> Draft {
        let contacts: Vec<String> = self.contacts.iter().map(|c| c.id.clone()).collect();
        let notice = h.document.clone().or(reported);
        if let Some(d) = self
            .documents
            .iter_mut()
            .find(|d| Some(&d.id) == notice.as_ref())
        {
            d.supersedes = std::mem::take(&mut self.replaced);
            d.supersedes.retain(|x| *x != d.id);
            d.relays = self.relayed.take().filter(|x| *x != d.id);
        }
        for e in &mut self.events {
            e.sources = notice.iter().cloned().collect();
            if matches!(
                e.kind,
                Kind::Duty { .. } | Kind::Deadline { .. } | Kind::Report { .. }
            ) {
                e.contacts = contacts.clone();
            }
        }
        self.facts.sort_by_key(|f| (f.start, f.end));
        let focus = self
            .events
            .iter()
            .filter(|e| matches!(e.kind, Kind::DayOff(_)))
            .chain(&self.events)
            .find_map(|e| match e.when {
                When::Range(a, _) | When::Day(a) => Some(a),
                _ => None,
            });
        let title = match h
            .subject
            .strip_prefix("V/v ")
            .or(h.subject.strip_prefix("v/v "))
        {
            Some(s) => capitalised(s),
            None if !h.subject.is_empty() => h.subject.clone(),
            None => format!("Văn bản {}", h.number).trim().to_string(),
        };
        let title = if h.issuer.is_empty() {
            title
        } else {
            format!("{}: {title}", h.issuer)
        };
        let id = match (h.number.trim_matches('/').is_empty(), h.year) {
            (false, Some(y)) => format!("{}-{y}", slug(&h.number)),
            (false, None) => slug(&h.number),
            (true, y) => format!(
                "{}{}",
                slug(&h.issuer),
                y.map_or(String::new(), |y| format!("-{y}"))
            ),
        };
        let id: String = id.chars().take(64).collect();
        let id = match id.trim_matches('-') {
            "" => "ban-nhap".to_string(),
            id => id.to_string(),
        };
        for d in &mut self.documents {
            d.origin = id.clone();
        }
        for c in &mut self.contacts {
            c.origin = id.clone();
        }
        for e in &mut self.events {
            e.origin = id.clone();
        }
        Draft {
            schedule: Schedule {
                id,
                title: vi(title),
                publisher: Publisher {
                    agency: h.issuer.clone(),
                    province: h.place.clone(),
                },
                updated: today,
                focus,
                documents: self.documents,
                contacts: self.contacts,
                events: self.events,
                notes: Vec::new(),
                merged: Vec::new(),
            },
            facts: self.facts,
            text: self.text.to_string(),
        }
    }
}

/// The starts of the dates of `dates` that begin a range of clause `c`.
fn ranges_in(text: &str, c: Clause, dates: &[Dated]) -> Vec<usize> {
    let local: Vec<Dated> = dates
        .iter()
        .map(|x| Dated {
            start: x.start - c.start,
            end: x.end - c.start,
            date: x.date,
        })
        .collect();
    ranges(&text[c.start..c.end], &local)
        .iter()
        .map(|r| dates[r.from].start)
        .collect()
}

/// A compiled pattern (the patterns here are fixed and valid).
fn re(p: &str) -> Regex {
    Regex::new(p).expect("a valid pattern")
}

/// Where `pattern` first matches `text`.
fn first(text: &str, pattern: &str) -> Option<usize> {
    re(pattern).find(text).map(|m| m.start())
}

/// The first match's start and its first group.
fn caps(text: &str, pattern: &str) -> Option<(usize, String)> {
    let c = re(pattern).captures(text)?;
    Some((c.get(0)?.start(), c.get(1)?.as_str().trim().to_string()))
}

/// The clauses of `text`: a clause ends at a blank line, before a line
/// that starts with a bullet or a number ("- ", "+ ", "2. ", "a) "), at a
/// line that ends with ".", ";" or ":", at "; " and at ". " before a
/// capital. A line break inside a sentence (as PDFs copy) does not end it.
fn clauses(text: &str) -> Vec<Clause> {
    let starts_item = re(r"^\s*(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)");
    let mut cuts: Vec<usize> = Vec::new();
    let mut noise: Vec<usize> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim_end();
        if is_noise(t) {
            // A portal's furniture is a clause of its own, then dropped.
            cuts.extend([at, at + line.len()]);
            noise.push(at);
        }
        if t.trim().is_empty() || starts_item.is_match(line) {
            cuts.push(at);
        }
        if t.ends_with(['.', ';', ':', '!', '?']) {
            cuts.push(at + line.len());
        }
        at += line.len();
    }
    // "; " always; ". " before a capital, except after an item's number
    // ("4. Trực Tết") or an abbreviation ("TP. Cần Thơ", "KT. Giám đốc").
    let not_a_sentence =
        re(r"(?:^|\n)\s*(?:\d{1,2}|[IVX]{1,4}|[a-zđ])$|\b(?:TP|Tp|KT|TM|TL|TS|ThS|BS|PGS|GS|Q|P)$");
    for m in re(r";\s+|[.!?]\s+\p{Lu}").find_iter(text) {
        let s = m.as_str();
        if !s.starts_with(';') && not_a_sentence.is_match(&text[..m.start()]) {
            continue;
        }
        let capital = s
            .chars()
            .last()
            .filter(|c| c.is_uppercase())
            .map_or(0, char::len_utf8);
        cuts.push(m.end() - capital);
    }
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::new();
    let mut start = 0;
    for cut in cuts {
        let piece = &text[start..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if piece.trim().chars().any(char::is_alphanumeric) && !noise.contains(&start) {
            out.push(Clause {
                start: start + lead,
                end: cut - trail,
            });
        }
        start = cut;
    }
    out
}

/// A line of a portal's furniture copied with the notice: a posting stamp
/// ("(14:14 | 21/08/2023)"), a photo caption, "Tin liên quan", a view
/// counter, a bare address.
fn is_noise(line: &str) -> bool {
    re(r"(?i)^\s*(?:\(?\s*\d{1,2}:\d{2}\s*\|\s*[\d/]+\s*\)?|ảnh\s*(?:minh họa|minh hoạ|:)[^\n]*|tin liên quan|bài liên quan|xem thêm\b[^\n]*|[\d.]+\s+lượt xem|lượt xem[^\n]*|https?://\S+)\s*$")
        .is_match(line)
}

/// The first line of a press copy, when it reads as a headline (short,
/// not a stamp).
fn headline(text: &str) -> Option<String> {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    (!is_noise(line) && line.split_whitespace().count() <= 20).then(|| spaced(line))
}

/// A clause without its bullet or number ("- ", "2. ", "a) ").
fn unbulleted(s: &str) -> &str {
    let m = re(r"^\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))?\s*").find(s);
    &s[m.map_or(0, |m| m.end())..]
}

/// The "Kính gửi" list (as written, without bullets and the final ";"/"."),
/// and where the text after it starts.
fn recipients(text: &str) -> (Option<usize>, Vec<String>) {
    let Some(m) = re(r"(?im)^\s*kính gửi\s*:").find(text) else {
        return (None, Vec::new());
    };
    let mut names = Vec::new();
    let mut end = m.end();
    let mut rest = &text[m.end()..];
    // A recipient on the same line ("Kính gửi: - Các phòng …;") and then
    // one per bullet line, until a line that is not one.
    let mut first_line = true;
    loop {
        let (line, next) = rest.split_at(rest.find('\n').map_or(rest.len(), |i| i + 1));
        let t = line.trim();
        let item = t.trim_start_matches(|ch: char| "-+•*– ".contains(ch));
        if t.is_empty() {
            if !names.is_empty() || next.is_empty() {
                break;
            }
        } else if first_line || t.starts_with(['-', '+', '•', '*', '–']) {
            let name = item.trim_end_matches([';', '.', ',']).trim();
            if !name.is_empty() {
                names.push(name.to_string());
            }
        } else {
            break;
        }
        end += line.len();
        rest = next;
        first_line = false;
        if rest.is_empty() {
            break;
        }
    }
    (Some(end), names)
}

/// A numbered heading without a date ("1. Tết Nguyên đán Giáp Thìn 2024:",
/// "2. Trực Tết"), as written without its number and colon.
fn heading(raw: &str) -> Option<String> {
    let c = re(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+([^\n]{2,90}?)\s*:?$").captures(raw.trim())?;
    let h = c[1].to_string();
    (!re(r"\d{1,2}\s*[/\-]\s*\d{1,2}").is_match(&h) || occasion_in(&h).is_some())
        .then_some(h)
        .filter(|h| h.split_whitespace().count() <= 12)
}

/// The audience a heading names ("2. Các doanh nghiệp viễn thông:").
fn heading_audience(h: &str) -> Option<String> {
    re(&format!(r"(?i)^(?:{AUDIENCE_HEADS})\b"))
        .is_match(h)
        .then(|| h.trim_end_matches(':').trim().to_string())
}

/// The subject of a clause when it is an audience: "Cán bộ, công chức,
/// viên chức … được nghỉ …" gives "Cán bộ, công chức, viên chức …".
fn subject_audience(raw: &str) -> Option<String> {
    let raw = unbulleted(raw);
    // A press copy's lead-in: "Theo đó, cán bộ, công chức … được nghỉ".
    let raw = re(r"(?i)^(?:theo đó|cụ thể|trong đó)\s*,\s*")
        .find(raw)
        .map_or(raw, |m| &raw[m.end()..]);
    let c = re(&format!(
        r"(?i)^((?:{AUDIENCE_HEADS})\b[^.;:]*?)\s+(?:được\s+|sẽ\s+)?(?:nghỉ|nghĩ|treo|thực hiện|lập|gửi|báo cáo|đi làm|làm bù|bố trí)\b"
    ))
    .captures(raw)?;
    let a = spaced(c[1].trim_end_matches(','));
    (a.split_whitespace().count() <= 25).then(|| capitalised(&a))
}

/// The occasion a text names, with its words as written and what follows
/// them that belongs to the name (the year's can chi, the year).
fn occasion_in(s: &str) -> Option<(Occasion, String)> {
    let stems = "giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý";
    let branches = "tý|sửu|dần|mão|thìn|tỵ|ngọ|mùi|thân|dậu|tuất|hợi";
    let mut best: Option<(usize, Occasion, String)> = None;
    for (words, id) in OCCASIONS {
        let p = format!(
            r"(?i)(?:{words})(?:\s+(?:{stems})\s+(?:{branches}))?(?:\s+(?:năm\s+)?\d{{4}})?"
        );
        if let Some(m) = re(&p).find(s) {
            if best.as_ref().is_none_or(|b| m.start() < b.0) {
                let o = Occasion {
                    id: id.into(),
                    year: None,
                };
                best = Some((m.start(), o, capitalised(&spaced(m.as_str()))));
            }
        }
    }
    best.map(|(_, o, w)| (o, w))
}

/// The common typo "nghĩ" for "nghỉ" where a day off is meant.
fn fold_typos(s: &str) -> String {
    re(r"nghĩ(\s+(?:lễ|tết|bù|liên tục|từ|\d|hằng tuần|hàng tuần|việc)\b)")
        .replace_all(s, "nghỉ$1")
        .into_owned()
}

/// The time of day written just before a date, between `start` and the
/// date at `end` of `text` ("trước 09 giờ 00 ngày 07/02", "trước 16h30
/// thứ Tư, ngày 07/02", and each day of "trước 09 giờ 00 các ngày 02/01 và
/// 05/01"): when what falls due that day is due. Nothing when more than a
/// day's name or the list's other days stand between them.
fn time_before(text: &str, start: usize, end: usize) -> Option<TimeOfDay> {
    let before = &text[start..floor(text, end)];
    let m = re(r"(?i)\b(\d{1,2})\s*(?:giờ|h|g)\s*(\d{2})?(?:\s*phút)?")
        .captures_iter(before)
        .last()?;
    let gap = before[m.get(0)?.end()..].to_lowercase();
    let near = re(concat!(
        r"^[\s,]*(?:(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\S+|chủ nhật)[\s,]*)?",
        r"(?:(?:các\s+)?ngày|hôm)?(?:\s*\d{1,2}/\d{1,2}(?:/\d{4})?\s*(?:,|và))*\s*$",
    ));
    if !near.is_match(&gap) {
        return None;
    }
    let number = |i| {
        m.get(i)
            .map_or(Some(0), |g: regex::Match| g.as_str().parse().ok())
    };
    TimeOfDay::new(number(1)?, number(2)?)
}

/// The time something is due by, anywhere in a clause: "trước 16 giờ",
/// "trước 9h30".
fn time_due(raw: &str) -> Option<TimeOfDay> {
    let c = re(r"(?i)\btrước\s+(\d{1,2})\s*(?:giờ|h|g)\s*(\d{2})?").captures(raw)?;
    let minute = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
    TimeOfDay::new(c[1].parse().ok()?, minute)
}

/// Where a deadline's words are in a (lower-case) clause.
fn deadline_at(words: &str) -> Option<usize> {
    re(r"chậm nhất(?:\s+là)?(?:\s+vào)?(?:\s+ngày)?|hạn chót|hạn cuối|\btrước\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{2})?(?:\s+(?:các\s+)?ngày)?|ngày)|\bhạn\s+(?:nộp|gửi)")
        .find(words)
        .map(|m| m.start())
}

/// What a deadline is for: the clause up to "gửi"/"nộp" or the deadline's
/// words, as written (at most about 12 words).
fn what_is_due(raw: &str, at: usize) -> String {
    let raw = &raw[..floor(raw, at)];
    let lower = raw.to_lowercase();
    let cut = re(r"\s+(?:gửi|nộp)\s+(?:về|cho|đến|tới)\b")
        .find(&lower)
        .map_or(raw.len(), |m| m.start());
    let s = unbulleted(&raw[..floor(raw, cut)]);
    let words: Vec<&str> = s.split_whitespace().collect();
    let short = if words.len() > 14 {
        format!("{} …", words[..12].join(" "))
    } else {
        words.join(" ")
    };
    let short = short.trim_end_matches([',', ';']).to_string();
    let mut cs = short.chars();
    match cs.next() {
        Some(c) => c.to_lowercase().chain(cs).collect(),
        None => short,
    }
}

/// To whom something is sent: "gửi về Sở … chậm nhất" gives "Sở …".
fn due_to(raw: &str) -> Option<String> {
    // "gửi về Sở …", or with what is sent between: "gửi danh sách trực Tết về Sở …".
    const END: &str = r"\s*(?:,|;|\.|\bchậm nhất|\btrước\b|\bqua\b|\btheo\b|\bbằng\b|$)";
    // Farther from "báo cáo" (up to 12 words: "báo cáo tình hình an ninh
    // trật tự hằng ngày trước 15 giờ về Văn phòng …") only when an office
    // follows "về": "báo cáo hằng ngày tình hình người bệnh về Phòng Kế
    // hoạch tổng hợp", not "báo cáo về tình hình" (about the situation).
    let office =
        r"(?:Phòng|Văn phòng|Sở|UBND|Ủy ban|Uỷ ban|Ban|Bộ|Cục|Chi cục|Trung tâm|Khoa|Bệnh viện)\b";
    let c = re(&format!(r"(?i)\b(?:gửi|nộp|báo cáo)(?:\s+[^\s,.;]+){{0,4}}?\s+(?:về|cho|đến|tới)\s+(.+?){END}"))
        .captures(raw)
        .or_else(|| {
            re(&format!(r"\b(?:gửi|nộp|báo cáo)(?:\s+[^\s,.;]+){{0,12}}?\s+(?:về|cho|đến|tới)\s+({office}.+?){END}"))
                .captures(raw)
        })?;
    let to = spaced(&c[1]);
    (!to.is_empty()).then_some(to)
}

/// How a clause says something is sent: "qua địa chỉ email …", "qua điện
/// thoại", "bằng văn bản" or "hỏa tốc", "qua Hệ thống quản lý văn bản".
fn channels(raw: &str) -> Vec<Channel> {
    let words = raw.to_lowercase();
    [
        (r"\be-?mail\b|thư điện tử|@", Channel::Email),
        (r"(?:qua|bằng)\s+điện thoại", Channel::Phone),
        (
            r"bằng văn bản|văn bản giấy|bản giấy|hỏa tốc|hoả tốc",
            Channel::Paper,
        ),
        (
            r"hệ thống quản lý văn bản|phần mềm quản lý văn bản|văn bản điện tử|ioffice|eoffice",
            Channel::DocumentSystem,
        ),
    ]
    .into_iter()
    .filter(|(p, _)| re(p).is_match(&words))
    .map(|(_, c)| c)
    .collect()
}

/// The report phases a (lower-case) clause names.
fn report_phases(words: &str) -> Vec<ReportPhase> {
    let mut out = Vec::new();
    let listed = re(
        r"báo cáo(?:\s+[\p{L}]+){0,3}?\s+((?:(?:trước|trong|sau)(?:\s*,\s*|\s+và\s+|\s+))+)(?:dịp\s+|kỳ\s+|các ngày\s+)?(?:nghỉ\s+)?(?:tết|lễ|kỳ nghỉ)",
    );
    if let Some(c) = listed.captures(words) {
        for (w, p) in [
            ("trước", ReportPhase::Before),
            ("trong", ReportPhase::During),
            ("sau", ReportPhase::After),
        ] {
            if c[1].contains(w) {
                out.push(p);
            }
        }
    }
    if out.is_empty()
        && re(r"báo cáo[^.;]{0,40}\bhằng ngày|báo cáo[^.;]{0,40}\bhàng ngày").is_match(words)
    {
        out.push(ReportPhase::During);
    }
    if words.contains("đột xuất") {
        out.push(ReportPhase::Incident);
    }
    out
}

/// The duties a (lower-case) clause names and their hours ("24/24").
fn duty(words: &str) -> Option<(Vec<DutyType>, Option<String>)> {
    if !re(r"\btrực\b").is_match(words) || words.contains("danh sách trực") {
        return None;
    }
    let mut types = Vec::new();
    for (w, t) in [
        ("trực lãnh đạo", DutyType::Leadership),
        ("trực điều hành", DutyType::Operations),
        ("trực ca", DutyType::Shift),
        ("trực ứng cứu", DutyType::IncidentResponse),
        ("trực vận hành", DutyType::NetworkOperation),
    ] {
        if words.contains(w) {
            types.push(t);
        }
    }
    let hours = re(r"\b24\s*/\s*24\b")
        .is_match(words)
        .then(|| "24/24".to_string());
    // Hours alone do not make a duty ("các đơn vị làm việc 24/24 giờ bố trí
    // nghỉ bù theo lịch trực"): a duty is named, or the clause is one.
    let named = re(r"^trực\b|\btrực (?:tết|lễ|cơ quan|văn phòng|chỉ huy)\b|\b(?:tổ chức|bố trí|phân công|thực hiện)(?: nghiêm)? trực\b")
        .is_match(unbulleted(words));
    let roster = re(r"(?:lịch|danh sách|kế hoạch) trực").is_match(words);
    (!types.is_empty() || named && !roster).then_some((types, hours))
}

/// The name written before a telephone or address: "+ Hoặc ông Nguyễn
/// Văn A - Chánh Thanh tra Sở: Số điện thoại" gives "Ông Nguyễn Văn A -
/// Chánh Thanh tra Sở"; a bare label ("Liên hệ: ĐT") stays as written.
fn contact_name(before: &str) -> String {
    let label = re(
        r"(?i)^(?:số điện thoại|điện thoại|sđt|đt|tel|email|e-mail|thư điện tử|địa chỉ email|địa chỉ thư điện tử)$",
    );
    let prefix = re(
        r"(?i)^(?:hoặc|qua|liên hệ với|liên hệ|mọi (?:chi tiết|thắc mắc|vướng mắc|ý kiến)(?: xin)? liên hệ(?: với)?)\b\s*",
    );
    // The label before the number, also when it is all that follows a
    // colon ("Văn phòng Sở: Số điện thoại 0299…").
    let tail = re(
        r"(?i)(?:^|[,\s]+)(?:số điện thoại|điện thoại|sđt|đt|tel|email|e-mail|thư điện tử|địa chỉ email)\s*$",
    );
    let cleaned = |s: &str| {
        let s = prefix.replace(unbulleted(s).trim(), "");
        spaced(&tail.replace(&s, ""))
            .trim_end_matches([',', ';'])
            .to_string()
    };
    // "Liên hệ: bà Trần Thị B – Chánh Văn phòng, ĐT: " → the last part
    // before a colon that is not only a label.
    let parts: Vec<String> = before.split(':').map(cleaned).collect();
    if let Some(name) = parts.iter().rev().find(|p| {
        !p.is_empty()
            && !label.is_match(p)
            && !p.chars().any(|c| c.is_ascii_digit())
            && p.split_whitespace().count() <= 16
    }) {
        return capitalised(name);
    }
    // Only a label, or a sentence: the label as written ("Email").
    let last =
        re(r"(?i)(?:số điện thoại|điện thoại|sđt|đt|email|e-mail|thư điện tử|địa chỉ email)")
            .find_iter(before)
            .last()
            .map(|m| m.as_str().to_string());
    capitalised(&last.unwrap_or_else(|| spaced(before)))
}

/// An id for a document: its number as a slug, and its year.
fn doc_id(number: &str, issuer: &str, year: Option<i32>) -> String {
    let base = if number.trim_matches('/').is_empty() {
        format!("van-ban-{}", slug(issuer))
    } else {
        slug(number)
    };
    match year {
        Some(y) => format!("{}-{y}", base.trim_end_matches('-')),
        None => base,
    }
}

/// Lower-case ASCII letters, digits and "-": "Sở TT&TT Sóc Trăng" gives
/// "so-tt-tt-soc-trang".
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for ch in s.nfd() {
        let ch = match ch {
            'đ' | 'Đ' => 'd',
            c if c.is_ascii_alphanumeric() => c.to_ascii_lowercase(),
            c if c.is_ascii() || c.is_whitespace() => '-',
            _ => continue, // a combining mark or another script
        };
        if ch != '-' || !out.is_empty() && !out.ends_with('-') {
            out.push(ch);
        }
    }
    let out: String = out.chars().take(48).collect();
    out.trim_end_matches('-').to_string()
}

/// `s` with its first letter in capitals.
fn capitalised(s: &str) -> String {
    let mut cs = s.chars();
    match cs.next() {
        Some(c) => c.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn blank() -> Event {
    Event {
        id: String::new(),
        kind: Kind::Observance,
        title: Text::default(),
        description: None,
        when: When::Undated(Text::default()),
        sources: Vec::new(),
        audience: Vec::new(),
        who: Audiences::default(),
        concerns: Audiences::default(),
        time: None,
        begins: None,
        composition: None,
        contacts: Vec::new(),
        confidence: Confidence::Unverified,
        occasion: None,
        supersedes: Vec::new(),
        statute: None,
        origin: String::new(),
    }
}

fn vi(s: String) -> Text {
    Text { vi: s, en: None }
}
