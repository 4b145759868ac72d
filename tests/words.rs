//! Every word of every catalogue: each error kind, problem kind, syntax
//! error, event kind, confidence, marker, view, filter group, option
//! problem, load message, command-line sentence and label is rendered in
//! every language and must be there, be Unicode NFC, and differ between the
//! languages (proper names aside).
//!
//! The samples cover each variant once. `index` matches every variant with
//! no wildcard, so a new variant does not compile until it has an index, and
//! the coverage check fails until it has a sample.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use lich::calendar::names::Lang;
use lich::calendar::LunarDate;
use lich::embed_options::{OptionName, OptionProblem};
use lich::notice::FindingKind;
use lich::schedule::conflicts::Conflict;
use lich::schedule::problem::{Encoding, Item, JsonType, ProblemKind, Syntax};
use lich::schedule::{
    Audience, Channel, Confidence, DayOffReason, DocDate, DocStatus, Document, DutyType, Kind,
    KindCode, ReportPhase, Text,
};
use lich::words::{self, CliMessage, DayDescription, LoadMessage, Marker, Words};
use lich::{Error, Expected, Snippet};
use std::collections::BTreeSet;
use unicode_normalization::is_nfc;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn sn(s: &str) -> Snippet {
    Snippet::new(s)
}

fn errors() -> Vec<Error> {
    vec![
        Error::DayOutOfRange { day: (1750, 1, 1) },
        Error::LunarYearOutOfRange { year: 2500 },
        Error::LunarMonthNumber { month: 13 },
        Error::LunarDayNumber { day: 0 },
        Error::NoSuchLeapMonth {
            year: 2024,
            month: 4,
            leap_month: None,
        },
        Error::NoSuchLeapMonth {
            year: 2023,
            month: 3,
            leap_month: Some(2),
        },
        Error::LunarDayTooLarge {
            year: 2024,
            month: 12,
            leap: false,
            day: 30,
            length: 29,
        },
        Error::SolarMonthNumber {
            year: 2024,
            month: 13,
        },
        Error::SolarDayTooLarge {
            year: 2024,
            month: 2,
            day: 30,
        },
        Error::Parse {
            input: sn("x"),
            expected: Expected::SolarDate,
        },
        Error::Parse {
            input: sn("x"),
            expected: Expected::LunarDate,
        },
        Error::Parse {
            input: sn("x"),
            expected: Expected::Month,
        },
        Error::Parse {
            input: sn("x"),
            expected: Expected::LunarLine,
        },
    ]
}

fn error_index(e: &Error) -> usize {
    match e {
        Error::DayOutOfRange { .. } => 0,
        Error::LunarYearOutOfRange { .. } => 1,
        Error::LunarMonthNumber { .. } => 2,
        Error::LunarDayNumber { .. } => 3,
        Error::NoSuchLeapMonth { .. } => 4,
        Error::LunarDayTooLarge { .. } => 5,
        Error::SolarMonthNumber { .. } => 6,
        Error::SolarDayTooLarge { .. } => 7,
        Error::Parse { .. } => 8,
    }
}

const ERROR_VARIANTS: usize = 9;

fn syntaxes() -> Vec<Syntax> {
    vec![
        Syntax::TrailingText,
        Syntax::Expected {
            wanted: ',',
            found: Some('x'),
        },
        Syntax::Expected {
            wanted: ',',
            found: None,
        },
        Syntax::TooDeep { max: 32 },
        Syntax::UnexpectedChar('\u{1b}'),
        Syntax::UnexpectedEnd,
        Syntax::UnknownWord("true"),
        Syntax::NotANumber,
        Syntax::UnclosedString,
        Syntax::BadEscape,
        Syntax::ControlInString,
        Syntax::BadHexEscape,
        Syntax::LoneSurrogate,
        Syntax::ArrayPunctuation,
        Syntax::KeyExpected,
        Syntax::ObjectPunctuation,
    ]
}

fn syntax_index(s: &Syntax) -> usize {
    match s {
        Syntax::TrailingText => 0,
        Syntax::Expected { .. } => 1,
        Syntax::TooDeep { .. } => 2,
        Syntax::UnexpectedChar(_) => 3,
        Syntax::UnexpectedEnd => 4,
        Syntax::UnknownWord(_) => 5,
        Syntax::NotANumber => 6,
        Syntax::UnclosedString => 7,
        Syntax::BadEscape => 8,
        Syntax::ControlInString => 9,
        Syntax::BadHexEscape => 10,
        Syntax::LoneSurrogate => 11,
        Syntax::ArrayPunctuation => 12,
        Syntax::KeyExpected => 13,
        Syntax::ObjectPunctuation => 14,
    }
}

const SYNTAX_VARIANTS: usize = 15;

fn problems() -> Vec<ProblemKind> {
    use ProblemKind as P;
    let mut all = vec![
        P::FileTooLarge {
            bytes: 2_000_000,
            limit: 1 << 20,
        },
        P::NotUtf8 {
            offset: 12,
            guess: Encoding::Legacy,
        },
        P::NotUtf8 {
            offset: 0,
            guess: Encoding::Utf16Le,
        },
        P::NotUtf8 {
            offset: 0,
            guess: Encoding::Utf16Be,
        },
        P::TooManyEvents {
            count: 5001,
            limit: 5000,
        },
        P::More { count: 17 },
        P::WrongType {
            expected: JsonType::String,
            found: JsonType::Number,
        },
        P::WrongType {
            expected: JsonType::Object,
            found: JsonType::Array,
        },
        P::WrongType {
            expected: JsonType::Bool,
            found: JsonType::Null,
        },
        P::Empty,
        P::UnknownField {
            key: sn("form"),
            suggestion: Some("from"),
            allowed: &["from", "to"],
        },
        P::UnknownField {
            key: sn("colour"),
            suggestion: None,
            allowed: &["from", "to"],
        },
        P::DuplicateField { key: sn("date") },
        P::MissingField { key: "title" },
        P::NotInteger {
            value: sn("13"),
            min: 1,
            max: 12,
        },
        P::BadDate(Error::SolarDayTooLarge {
            year: 2024,
            month: 2,
            day: 30,
        }),
        P::MonthOutOfRange { year: 0, month: 1 },
        P::DocDateBlank,
        P::BadLink {
            value: sn("javascript:x"),
        },
        P::UnknownValue {
            value: sn("holiday_off"),
            allowed: &["holiday", "day_off"],
        },
        P::FormatVersion,
        P::FormatQuoted,
        P::NotPhone { value: sn("phone") },
        P::NotTime { value: sn("9h") },
        P::NotEmail {
            value: sn("a@b.vn?cc=c@d.vn"),
        },
        P::OnlyForKind {
            key: "due_to",
            kinds: &[KindCode::Deadline, KindCode::Report],
        },
        P::OnlyForKind {
            key: "hours",
            kinds: &[KindCode::Duty],
        },
        P::ReportNeedsPhase,
        P::OneDateForm,
        P::ToNeedsFrom,
        P::FromNeedsTo,
        P::RangeBackwards {
            from: d("2024-02-14"),
            to: d("2024-02-08"),
        },
        P::YearsBackwards {
            from: 2030,
            to: 2024,
        },
        P::LunarDay30NeedsRule,
        P::February29NeedsRule,
        P::NoSuchSolarDay { month: 4, day: 31 },
        P::DuplicateId { id: sn("e") },
        P::MissingSource {
            event: sn("x"),
            kind: "day_off",
        },
        P::UnknownDocument {
            item: Item::Event,
            id: sn("f"),
            document: sn("d"),
        },
        P::UnknownDocument {
            item: Item::Note,
            id: sn("n"),
            document: sn("d"),
        },
        P::UnknownDocument {
            item: Item::Document,
            id: sn("moi"),
            document: sn("cu"),
        },
        P::InvalidDocument { document: sn("d") },
        P::DocumentCycle {
            document: sn("tb-1"),
            key: "relays",
        },
        P::NotADayOff {
            event: sn("lam-bu"),
            id: sn("nghi"),
        },
        P::UnknownContact {
            event: sn("x"),
            contact: sn("c"),
        },
        P::OffAndWorked {
            day: d("2024-05-04"),
            work: sn("h"),
            off: sn("g"),
        },
        P::BadCode { value: sn("Tết") },
        P::NeedsField {
            key: "statute",
            needs: "occasion",
        },
        P::StatuteNeedsRule,
        P::FixedOverDays { fixed: 6, days: 5 },
        P::CompositionCount {
            counted: 3,
            days: 4,
        },
        P::UnknownEvent {
            event: sn("x"),
            id: sn("y"),
        },
    ];
    all.extend(syntaxes().into_iter().map(P::Syntax));
    all
}

fn problem_index(p: &ProblemKind) -> usize {
    use ProblemKind as P;
    match p {
        P::FileTooLarge { .. } => 0,
        P::NotUtf8 { .. } => 1,
        P::Syntax(_) => 2,
        P::TooManyEvents { .. } => 3,
        P::More { .. } => 4,
        P::WrongType { .. } => 5,
        P::Empty => 6,
        P::UnknownField { .. } => 7,
        P::DuplicateField { .. } => 8,
        P::MissingField { .. } => 9,
        P::NotInteger { .. } => 10,
        P::BadDate(_) => 11,
        P::MonthOutOfRange { .. } => 12,
        P::BadLink { .. } => 13,
        P::UnknownValue { .. } => 14,
        P::FormatVersion => 15,
        P::FormatQuoted => 16,
        P::NotPhone { .. } => 17,
        P::NotEmail { .. } => 18,
        P::OnlyForKind { .. } => 19,
        P::ReportNeedsPhase => 20,
        P::OneDateForm => 21,
        P::ToNeedsFrom => 22,
        P::FromNeedsTo => 23,
        P::RangeBackwards { .. } => 24,
        P::YearsBackwards { .. } => 25,
        P::LunarDay30NeedsRule => 26,
        P::February29NeedsRule => 27,
        P::NoSuchSolarDay { .. } => 28,
        P::DuplicateId { .. } => 29,
        P::MissingSource { .. } => 30,
        P::UnknownDocument { .. } => 31,
        P::InvalidDocument { .. } => 32,
        P::UnknownContact { .. } => 33,
        P::OffAndWorked { .. } => 34,
        P::BadCode { .. } => 35,
        P::NeedsField { .. } => 36,
        P::StatuteNeedsRule => 37,
        P::FixedOverDays { .. } => 38,
        P::UnknownEvent { .. } => 39,
        P::DocDateBlank => 40,
        P::NotTime { .. } => 41,
        P::DocumentCycle { .. } => 42,
        P::NotADayOff { .. } => 43,
        P::CompositionCount { .. } => 44,
    }
}

const PROBLEM_VARIANTS: usize = 45;

fn kinds() -> Vec<Kind> {
    vec![
        Kind::Holiday,
        Kind::DayOff(DayOffReason::Holiday),
        Kind::DayOff(DayOffReason::Compensatory),
        Kind::DayOff(DayOffReason::Swap),
        Kind::DayOff(DayOffReason::Weekend),
        Kind::MakeUpWorkday { makes_up: None },
        Kind::Flag,
        Kind::Duty {
            types: vec![],
            hours: None,
        },
        Kind::Deadline {
            to: None,
            via: vec![],
        },
        Kind::Report {
            phase: ReportPhase::Before,
            to: None,
            via: vec![],
            daily: false,
        },
        Kind::Festival,
        Kind::Observance,
        Kind::Service,
    ]
}

fn loads() -> Vec<LoadMessage> {
    let src = "/du-lieu/thong-bao.json".to_string();
    vec![
        LoadMessage::Problems {
            src: src.clone(),
            count: 7,
            shown: lich::schedule::parse_schedule("{")
                .unwrap_err()
                .iter()
                .map(lich::schedule::WordedProblem::of)
                .collect(),
        },
        LoadMessage::Http {
            src: src.clone(),
            status: 404,
        },
        LoadMessage::Timeout {
            src: src.clone(),
            seconds: 10,
        },
        LoadMessage::Refused { src: src.clone() },
        LoadMessage::OtherOrigin {
            src: src.clone(),
            origin: "https://evil.example".into(),
        },
        LoadMessage::SameId {
            src: src.clone(),
            id: "vn-national".into(),
        },
        LoadMessage::QueryIgnored,
        LoadMessage::TooLarge {
            src: src.clone(),
            bytes: 2_000_000,
        },
        LoadMessage::ReaderUnavailable { src },
    ]
}

fn load_index(m: &LoadMessage) -> usize {
    match m {
        LoadMessage::Problems { .. } => 0,
        LoadMessage::Http { .. } => 1,
        LoadMessage::Timeout { .. } => 2,
        LoadMessage::Refused { .. } => 3,
        LoadMessage::OtherOrigin { .. } => 4,
        LoadMessage::SameId { .. } => 5,
        LoadMessage::QueryIgnored => 6,
        LoadMessage::TooLarge { .. } => 7,
        LoadMessage::ReaderUnavailable { .. } => 8,
    }
}

fn clis() -> Vec<CliMessage> {
    vec![
        CliMessage::Valid {
            events: 8,
            documents: 4,
            contacts: 4,
            stale: 0,
        },
        CliMessage::Valid {
            events: 8,
            documents: 4,
            contacts: 4,
            stale: 2,
        },
        CliMessage::Invalid { count: 3 },
        CliMessage::RunValidate { count: 3 },
        CliMessage::Unreadable {
            reason: "No such file or directory (os error 2)".into(),
        },
        CliMessage::UnknownKind {
            kind: "party".into(),
        },
        CliMessage::ToBeforeFrom {
            from: d("2024-02-02"),
            to: d("2024-02-01"),
        },
        CliMessage::Clamped {
            from: d("1800-01-01"),
            to: d("2399-12-31"),
        },
        CliMessage::NothingToExport {
            from: d("2024-01-01"),
            to: d("2024-12-31"),
        },
        CliMessage::LineNotUtf8 { line: 3 },
        CliMessage::Published {
            file: "feeds/all.ics".into(),
            events: 40,
            cancelled: 1,
        },
        CliMessage::NotPublished {
            file: "feeds/x.ics".into(),
            from: d("2025-01-01"),
            to: d("2029-12-31"),
        },
        CliMessage::BadFeedName { id: "../x".into() },
        CliMessage::Drafted {
            events: 9,
            documents: 4,
            contacts: 1,
        },
        CliMessage::Checked {
            dates: 8,
            checks: 7,
            findings: 1,
        },
        CliMessage::YearSummary {
            year: 2023,
            can_chi: "Quý Mão".into(),
            branch: 3,
            tet: d("2023-01-22"),
            months: 13,
            days: 384,
            leap_month: Some(2),
        },
        CliMessage::YearColumns,
        CliMessage::TermsHeading,
        CliMessage::MonthPage {
            year: 2024,
            month: 2,
        },
    ]
}

fn cli_index(m: &CliMessage) -> usize {
    match m {
        CliMessage::Valid { .. } => 0,
        CliMessage::Invalid { .. } => 1,
        CliMessage::RunValidate { .. } => 2,
        CliMessage::Unreadable { .. } => 3,
        CliMessage::UnknownKind { .. } => 4,
        CliMessage::ToBeforeFrom { .. } => 5,
        CliMessage::Clamped { .. } => 6,
        CliMessage::LineNotUtf8 { .. } => 7,
        CliMessage::YearSummary { .. } => 8,
        CliMessage::YearColumns => 9,
        CliMessage::TermsHeading => 10,
        CliMessage::MonthPage { .. } => 11,
        CliMessage::NothingToExport { .. } => 12,
        CliMessage::Published { .. } => 13,
        CliMessage::NotPublished { .. } => 14,
        CliMessage::BadFeedName { .. } => 15,
        CliMessage::Checked { .. } => 16,
        CliMessage::Drafted { .. } => 17,
    }
}

fn options() -> Vec<OptionProblem> {
    let mut all: Vec<OptionProblem> = OptionName::ALL
        .iter()
        .map(|&option| OptionProblem::BadValue {
            option,
            value: sn("x"),
        })
        .collect();
    all.push(OptionProblem::Unknown { name: sn("colour") });
    all
}

fn covered<T>(samples: &[T], index: fn(&T) -> usize, variants: usize, what: &str) {
    let seen: BTreeSet<usize> = samples.iter().map(index).collect();
    assert_eq!(seen.len(), variants, "every {what} variant has a sample");
}

#[test]
fn every_variant_has_a_sample() {
    covered(&errors(), error_index, ERROR_VARIANTS, "error");
    covered(&syntaxes(), syntax_index, SYNTAX_VARIANTS, "syntax");
    covered(&problems(), problem_index, PROBLEM_VARIANTS, "problem");
    covered(&loads(), load_index, 9, "load message");
    covered(&clis(), cli_index, 18, "command-line message");
}

/// Every text of `lang`, with a label saying what it is.
fn texts(w: Words) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut put = |what: String, text: String| out.push((what, text));
    for e in errors() {
        put(format!("error {e:?}"), w.error(&e));
    }
    for p in problems() {
        put(format!("problem {p:?}"), w.problem(&p));
    }
    for k in kinds() {
        put(format!("kind {k:?}"), w.kind(&k).into());
    }
    for &c in Confidence::ALL {
        put(format!("confidence {c:?}"), w.confidence(c).into());
    }
    for m in Marker::ALL {
        put(format!("marker {m:?}"), w.marker(m).into());
    }
    for &v in lich::widget::View::ALL {
        put(format!("view {v:?}"), w.view(v).into());
    }
    for &g in lich::day_marks::Group::ALL {
        put(format!("group {g:?}"), w.group(g).into());
    }
    for o in options() {
        put(format!("option {o:?}"), w.option_problem(&o));
    }
    for l in loads() {
        put(format!("load {l:?}"), w.load(&l));
    }
    for c in clis() {
        put(format!("cli {c:?}"), w.cli(&c));
    }
    for n in [-3, -1, 0, 1, 5] {
        put(format!("countdown {n}"), w.countdown(n));
    }
    let tet = LunarDate::new(2024, 1, 1, false).unwrap();
    put("solar date".into(), w.solar_date(d("2024-02-10")));
    put("spoken date".into(), w.solar_date_spoken(d("2024-02-10")));
    put("lunar month".into(), w.lunar_month(2, true));
    put(
        "lunar month of year".into(),
        w.lunar_month_of_year(12, false, 2023),
    );
    put("lunar date".into(), w.lunar_date(tet));
    put("leap hint".into(), w.leap_hint(2023, Some(2)));
    put("no leap hint".into(), w.leap_hint(2024, None));
    put("solar month".into(), w.solar_month(2024, 2));
    put("compensation".into(), w.compensation(d("2027-02-06")));
    put("days count".into(), w.days_count(7));
    put("entries count".into(), w.entries_count(10));
    put(
        "document".into(),
        w.document(&Document {
            origin: "so-thu".into(),
            id: "tb".into(),
            number: String::new(),
            issuer: "UBND tỉnh Sóc Trăng".into(),
            date: DocDate::Month(2024, 1),
            subject: Text {
                vi: "Về việc nghỉ Tết".into(),
                en: Some("On the Tết break".into()),
            },
            url: None,
            note: None,
            status: DocStatus::InForce,
            supersedes: Vec::new(),
            relays: None,
        }),
    );
    put(
        "conflict".into(),
        w.conflict(&Conflict {
            day: d("2024-05-04"),
            work: ("vn-national".into(), "lam-bu".into()),
            off: ("so-noi-vu".into(), "nghi".into()),
        }),
    );
    put(
        "day description".into(),
        w.day_description(&DayDescription {
            date: d("2024-02-10"),
            lunar: tet,
            can_chi: ("Giáp Thìn".into(), "Bính Dần".into(), "Giáp Thìn".into()),
            branch: 4,
            term: (21, false),
            hours: "Dần (3–5h)".into(),
        }),
    );
    let ui = format!("{:?}", w.ui());
    put("ui labels".into(), ui);
    let feed = format!("{:?}", w.feed());
    put("feed labels".into(), feed);
    put("host words".into(), format!("{:?}", w.host()));
    for &t in DutyType::ALL {
        put(format!("duty type {t:?}"), w.duty_type(t).into());
    }
    for &a in Audience::ALL {
        put(format!("audience {a:?}"), w.audience_group(a).into());
    }
    for &c in Channel::ALL {
        put(format!("channel {c:?}"), w.channel(c).into());
    }
    put(
        "swap".into(),
        w.swap("Thứ Sáu, 02/01/2026", "Thứ Bảy, 10/01/2026"),
    );
    put("calendar name".into(), w.calendar_name(&[], false));
    let day = d("2025-09-02");
    let lunar = LunarDate::from_solar(day).unwrap();
    for (i, f) in [
        FindingKind::Weekday {
            date: day,
            stated: 0,
        },
        FindingKind::Lunar {
            date: day,
            stated: (10, 7, Some("Ất Tỵ".into())),
            actual: lunar,
        },
        FindingKind::Backwards {
            from: d("2025-09-05"),
            to: day,
        },
        FindingKind::Count {
            stated: 3,
            from: d("2025-08-30"),
            to: day,
        },
    ]
    .iter()
    .enumerate()
    {
        // Every kind, matched without a wildcard so a new one needs a sample.
        match f {
            FindingKind::Weekday { .. }
            | FindingKind::Lunar { .. }
            | FindingKind::Backwards { .. }
            | FindingKind::Count { .. } => put(format!("finding {i}"), w.finding(f)),
        }
    }
    put(
        "calendar name with national".into(),
        w.calendar_name(&["Sở X"], true),
    );
    let n = w.names();
    for (i, name) in n
        .weekdays
        .iter()
        .chain(&n.weekdays_short)
        .chain(&n.solar_months)
        .chain(&n.animals)
        .chain(&n.solar_terms)
        .enumerate()
    {
        put(format!("name {i}"), (*name).into());
    }
    out
}

#[test]
fn every_text_is_there_nfc_and_in_its_language() {
    let vi = texts(words::of(Lang::Vi));
    let en = texts(words::of(Lang::En));
    assert_eq!(vi.len(), en.len());
    // Proper names and codes that are the same in both languages.
    let same_allowed = ["Tết", "view Month"];
    for ((what, v), (_, e)) in vi.iter().zip(&en) {
        for (lang, text) in [("vi", v), ("en", e)] {
            assert!(!text.trim().is_empty(), "{lang} {what}: empty");
            assert!(is_nfc(text), "{lang} {what}: not NFC: {text}");
        }
        if v == e && !same_allowed.iter().any(|s| what.contains(s)) {
            panic!("{what}: the same text in both languages: {v}");
        }
    }
}

/// The Vietnamese sentences carry no English: a few words that give it away.
#[test]
fn vietnamese_has_no_english_inside() {
    let english = [
        " is ",
        " the ",
        " not ",
        " bytes",
        " over ",
        " only",
        " expected",
        "limit of",
    ];
    for (what, text) in texts(words::of(Lang::Vi)) {
        // Codes and field names quoted from the format are English by design;
        // in the labels' table (printed with Debug) the values are the
        // quoted parts and the field names the rest.
        let skip = if what.ends_with(" labels") { 1 } else { 0 };
        let unquoted: String = text
            .split('"')
            .skip(skip)
            .step_by(2)
            .collect::<Vec<_>>()
            .join(" ");
        for w in english {
            assert!(!unquoted.contains(w), "{what}: English {w:?} in {text}");
        }
    }
}
