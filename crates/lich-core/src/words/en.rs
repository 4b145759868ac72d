//! English.

use super::{Catalogue, CliMessage, DayDescription, Feed, Host, LoadMessage, Marker, Names, Ui};
use crate::calendar::names::Lang;
use crate::calendar::sexagenary::CanChi;
use crate::calendar::LunarDate;
use crate::day_marks::Group;
use crate::embed_options::{OptionName, OptionProblem};
use crate::error::{Error, Expected};
use crate::notice::FindingKind;
use crate::schedule::conflicts::Conflict;
use crate::schedule::problem::{Encoding, Item, JsonType, ProblemKind, Syntax};
use crate::schedule::{
    Audience, BreakPart, Channel, Composition, Confidence, DayOffReason, DayPart, DocDate,
    Document, DutyType, Kind,
};
use crate::text::{dmy, iso};
use crate::widget::View;
use chrono::{Datelike, NaiveDate};

/// The English catalogue.
#[derive(Debug)]
pub struct En;

/// The interface's labels.
pub const UI: Ui = Ui {
    views_label: "View",
    other_lang: "Tiếng Việt",
    other_lang_label: "Chuyển sang tiếng Việt",
    prev_year: "Previous year",
    prev_month: "Previous month",
    next_month: "Next month",
    next_year: "Next year",
    today: "Today",
    tet: "Tết",
    tet_go: "go to the Lunar New Year of",
    pick_month: "Month",
    pick_year: "Year",
    month_option: "Month",
    go: "Show",
    mark_off: "Off",
    mark_compensatory: "Off",
    mark_workday: "Work",
    mark_flag: "Flag",
    mark_deadline: "Due",
    mark_duty: "Duty",
    mark_expected: "Expected",
    expected_in_title: "expected",
    mark_overruled: "Conflict",
    details_events: "On this day",
    no_events: "Nothing on this day.",
    can_chi: "Day {d}, month {m}, year {y}",
    solar_term: "Solar term",
    solar_term_in_name: "solar term",
    lunar_in_cell: "lunar",
    term_begins: "begins today",
    hours_show: "Show auspicious hours",
    hours_hide: "Hide auspicious hours",
    hours_title: "Auspicious hours (giờ hoàng đạo)",
    audience: "Who",
    due_to: "Send to",
    channels: "Send by",
    daily: "every day",
    swap: "Swap",
    begins: "Begins",
    composition: "Made up of",
    source: "Source",
    relays: " (carrying out ",
    contacts: "Contacts",
    contact: "Contact",
    confidence: "Confidence",
    filters_label: "Show",
    agenda_title: "Agenda",
    next_off: "Next day off",
    undated_title: "Obligations without a date",
    nothing: "Nothing in this period.",
    export: "Download calendar (.ics)",
    export_failed: "The calendar file could not be made (offline?); click to try again",
    export_nothing: "Every kind is hidden: there is nothing to download.",
    subscribe: "Subscribe",
    subscribe_lead: "Subscribe once: your calendar app gets next year's decisions and every correction by itself.",
    subscribe_webcal: "Open in Apple Calendar or Outlook",
    subscribe_url: "Address to copy:",
    subscribe_google: "Google Calendar (on a computer): Other calendars › + › “From URL”, paste the address above. Android phones get it after syncing.",
    year_title: "Year",
    print: "Print the year",
    conv_solar_title: "Solar → lunar",
    conv_lunar_title: "Lunar → solar",
    conv_solar_date: "Solar date",
    conv_lunar_year: "Lunar year",
    conv_lunar_month: "Month",
    conv_lunar_day: "Day",
    conv_leap: "Leap month",
    conv_result: "Result",
    conv_numbers: "Enter the year, month and day as numbers.",
    conv_date_hint: "Use the calendar button in the field, or type each part of the date in the order the field shows.",
    legend_title: "Legend",
    legend_off: "Days off",
    legend_workday: "make-up working day",
    legend_flag: "Flag display",
    legend_deadline: "deadline",
    legend_duty: "duty period",
    legend_today: "today: the day’s number in a circle",
    legend_expected: "by law, no Prime Minister's decision yet (striped)",
    legend_overruled: "documents disagree about this day; the later one applies",
    legend_lunar: "Small number: lunar day",
    legend_new_month: "Day/month (e.g. 1/1): first day of a lunar month; N: leap month",
    legend_named: "✱ (on narrow screens): the day has a festival or solar term, named in the details",
    notes_title: "Other instructions of the notice",
    also_title: "Also behind this",
    sources_title: "Documents behind this",
    static_list_title: "Days off, flag days, duty and deadlines this month",
    data_from: "Data",
    data_builtin: "built into the calendar",
    no_number: "(no number)",
    page_title: "Calendar",
};

/// The calendar's names in English.
pub const NAMES: Names = Names {
    weekdays: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    weekdays_short: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    solar_months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    animals: [
        "Rat", "Ox", "Tiger", "Cat", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster",
        "Dog", "Pig",
    ],
    solar_terms: [
        "Spring Equinox",
        "Clear and Bright",
        "Grain Rain",
        "Start of Summer",
        "Grain Buds",
        "Grain in Ear",
        "Summer Solstice",
        "Minor Heat",
        "Major Heat",
        "Start of Autumn",
        "End of Heat",
        "White Dew",
        "Autumn Equinox",
        "Cold Dew",
        "Frost's Descent",
        "Start of Winter",
        "Minor Snow",
        "Major Snow",
        "Winter Solstice",
        "Minor Cold",
        "Major Cold",
        "Start of Spring",
        "Rain Water",
        "Awakening of Insects",
    ],
};

fn range() -> String {
    let r = crate::calendar::RANGE;
    format!("{} to {}", iso(*r.start()), iso(*r.end()))
}

fn leap(leap: bool) -> &'static str {
    if leap {
        " (leap)"
    } else {
        ""
    }
}

fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::Null => "null",
        JsonType::Bool => "a boolean",
        JsonType::Number => "a number",
        JsonType::String => "a string",
        JsonType::Array => "an array",
        JsonType::Object => "an object",
    }
}

fn quoted(c: char) -> String {
    if c.is_control() {
        format!("the control character U+{:04X}", c as u32)
    } else {
        format!("'{c}'")
    }
}

fn syntax(s: Syntax) -> String {
    match s {
        Syntax::TrailingText => "unexpected text after the end of the JSON value".into(),
        Syntax::Expected { wanted, found } => format!(
            "expected '{wanted}' but found {}",
            found.map_or("the end of the file".into(), quoted)
        ),
        Syntax::TooDeep { max } => format!("arrays and objects nest deeper than {max} levels"),
        Syntax::UnexpectedChar(c) => format!(
            "unexpected {}: a value must be a string, number, object, array, true, false or null",
            quoted(c)
        ),
        Syntax::UnexpectedEnd => "the file ends where a value was expected".into(),
        Syntax::UnknownWord(w) => {
            format!("unknown word: did you mean {w}? (strings need double quotes)")
        }
        Syntax::NotANumber => "this is not a number".into(),
        Syntax::UnclosedString => "a string is not closed (missing \")".into(),
        Syntax::BadEscape => "unknown escape after \\".into(),
        Syntax::ControlInString => {
            "a line break or control character inside a string (write \\n)".into()
        }
        Syntax::BadHexEscape => "\\u needs four hexadecimal digits".into(),
        Syntax::LoneSurrogate => "half of a \\u surrogate pair: a \\ud800–\\udbff escape must be followed by a \\udc00–\\udfff one".into(),
        Syntax::ArrayPunctuation => "expected ',' or ']' in an array".into(),
        Syntax::KeyExpected => "expected a key in double quotes".into(),
        Syntax::ObjectPunctuation => {
            "expected ',' or '}' in an object (a comma may be missing)".into()
        }
    }
}

fn list(items: &[&str]) -> String {
    items.join(", ")
}

fn or_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn option_values(o: OptionName) -> String {
    match o {
        OptionName::Month => format!(
            "a month YYYY-MM (01–12) from {} to {}, or today",
            &iso(*crate::calendar::RANGE.start())[..7],
            &iso(*crate::calendar::RANGE.end())[..7]
        ),
        OptionName::Lang => "vi or en".into(),
        OptionName::Src => "an http(s) or relative URL".into(),
        OptionName::Data => "merge or replace".into(),
        OptionName::View => or_list(View::CODES),
        OptionName::Kinds => format!("a list of {}", list(Group::CODES)),
        OptionName::FirstDay => "mon or sun".into(),
        OptionName::Theme => "auto, light or dark".into(),
        OptionName::Compact => "true or false".into(),
        OptionName::Feed => "the http(s) URL of a published .ics feed".into(),
        // Audience::CODES, written out (a test checks the list).
        OptionName::Who => {
            "public_sector, private_workers, businesses, pupils or households".into()
        }
    }
}

/// The labels of iCalendar files and feeds.
pub const FEED: Feed = Feed {
    national_name: "Vietnam: public holidays, flag days and festivals",
    duty_types: "Duties",
    duty_hours: "Hours",
    due_to: "Send to",
    channels: "Send by",
    undated: "What the notice gives no date for",
};

/// The words of the page around the widget.
pub const HOST: Host = Host {
    static_note: "The interactive calendar cannot run in this browser or on this page: this is a still view of the month, and its buttons do nothing.",
    src_refused: "Lịch: src=\"{src}\" was not used — only files on this website (or on an origin its administrator allows) can be shown.",
};

impl Catalogue for En {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn finding(&self, f: &FindingKind) -> String {
        match f {
            FindingKind::Weekday { date, stated } => format!(
                "{} is a {}, not a {}",
                iso(*date),
                NAMES.weekdays[date.weekday().num_days_from_monday() as usize],
                NAMES.weekdays[usize::from(*stated) % 7]
            ),
            FindingKind::Lunar {
                date,
                stated: (day, month, year),
                actual,
            } => {
                let mut said = format!("day {day}");
                if *month != 0 {
                    said += &format!(" of month {month}");
                }
                if let Some(y) = year {
                    said += &format!(", year {y}");
                }
                format!(
                    "{} is the {} in the lunar calendar, not {said}",
                    iso(*date),
                    self.lunar_date(*actual)
                )
            }
            FindingKind::Backwards { from, to } => format!(
                "the period ends on {} before it starts on {}",
                iso(*to),
                iso(*from)
            ),
            FindingKind::Count { stated, from, to } => format!(
                "says {stated} days, but {} to {} is {} days",
                iso(*from),
                iso(*to),
                (*to - *from).num_days() + 1
            ),
        }
    }

    fn feed(&self) -> &'static Feed {
        &FEED
    }

    fn host(&self) -> &'static Host {
        &HOST
    }

    fn duty_type(&self, t: DutyType) -> &'static str {
        match t {
            DutyType::Leadership => "leadership duty",
            DutyType::Operations => "operations duty",
            DutyType::Shift => "shift duty",
            DutyType::IncidentResponse => "information incident response",
            DutyType::NetworkOperation => "network operation duty",
        }
    }

    fn day_part(&self, part: DayPart, day: &str) -> String {
        let part = match part {
            DayPart::Morning => "in the morning",
            DayPart::Afternoon => "in the afternoon",
            DayPart::Evening => "in the evening",
        };
        format!("{day}, {part}")
    }

    fn composition(&self, c: &Composition) -> String {
        let parts = c
            .parts()
            .map(|(part, n)| {
                let kind = match part {
                    BreakPart::Holidays => "public holiday",
                    BreakPart::WeeklyRest => "weekly rest day",
                    BreakPart::Compensatory => "compensatory day off",
                    BreakPart::Swapped => "swapped day off",
                };
                let plural = if n == 1 { "" } else { "s" };
                format!("{n} {kind}{plural}")
            })
            .collect::<Vec<_>>();
        crate::text::series(&parts, "and")
    }

    fn swap(&self, off: &str, worked: &str) -> String {
        format!("{off} off, worked instead on {worked}")
    }

    fn channel(&self, c: Channel) -> &'static str {
        match c {
            Channel::Email => "e-mail",
            Channel::Phone => "telephone",
            Channel::Paper => "paper",
            Channel::DocumentSystem => "the document system",
        }
    }

    fn audience_group(&self, a: Audience) -> &'static str {
        match a {
            Audience::PublicSector => "civil servants and public employees",
            Audience::PrivateWorkers => "employees of businesses",
            Audience::Businesses => "businesses",
            Audience::Pupils => "pupils and students",
            Audience::Households => "households",
        }
    }

    fn calendar_name(&self, files: &[&str], national: bool) -> String {
        match (files, national) {
            ([], _) => FEED.national_name.into(),
            (files, false) => files.join("; "),
            (files, true) => format!("{} and Vietnam's public holidays", files.join("; ")),
        }
    }

    fn ui(&self) -> &'static Ui {
        &UI
    }

    fn names(&self) -> &'static Names {
        &NAMES
    }

    fn view(&self, v: View) -> &'static str {
        match v {
            View::Month => "Month",
            View::Agenda => "Agenda",
            View::Year => "Year",
            View::Converter => "Converter",
        }
    }

    fn group(&self, g: Group) -> &'static str {
        match g {
            Group::DaysOff => "Days off",
            Group::Flags => "Flag days",
            Group::Work => "Duty and deadlines",
            Group::Festivals => "Festivals",
        }
    }

    fn error(&self, e: &Error) -> String {
        match e {
            Error::DayOutOfRange { day: (y, m, d) } => format!(
                "{y:04}-{m:02}-{d:02} is outside the supported range {}",
                range()
            ),
            Error::LunarYearOutOfRange { year } => format!(
                "lunar year {year} is outside the supported range (solar dates {})",
                range()
            ),
            Error::LunarMonthNumber { month } => {
                format!("lunar month {month} does not exist: a lunar month is numbered 1 to 12")
            }
            Error::LunarDayNumber { day } => {
                format!("lunar day {day} does not exist: a lunar day is numbered 1 to 30")
            }
            Error::NoSuchLeapMonth {
                year,
                month,
                leap_month,
            } => match leap_month {
                None => format!("lunar year {year} has no leap month"),
                Some(l) => {
                    format!("lunar year {year} has leap month {l} only, not a leap month {month}")
                }
            },
            Error::LunarDayTooLarge {
                year,
                month,
                leap: is_leap,
                day,
                length,
            } => format!(
                "day {day} does not exist: month {month}{} of lunar year {year} has {length} days",
                leap(*is_leap)
            ),
            Error::SolarMonthNumber { year, month } => {
                format!("{year:04}-{month:02} does not exist: the month must be 1 to 12")
            }
            Error::SolarDayTooLarge { year, month, day } => {
                format!("solar date {year:04}-{month:02}-{day:02} does not exist: {year:04}-{month:02} has no day {day}")
            }
            Error::Parse { input, expected } => format!(
                "cannot read \"{input}\": expected {}",
                match expected {
                    Expected::SolarDate => "a date YYYY-MM-DD",
                    Expected::LunarDate => "a lunar date YYYY-M-D",
                    Expected::Month => "a month YYYY-MM",
                    Expected::LunarLine => "LUNAR_YEAR LUNAR_MONTH LUNAR_DAY LEAP (LEAP 0 or 1)",
                }
            ),
        }
    }

    fn problem(&self, p: &ProblemKind) -> String {
        use ProblemKind as P;
        match p {
            P::FileTooLarge { bytes, limit } => {
                format!("the file is {bytes} bytes; the limit is {limit} bytes (1 MiB)")
            }
            P::NotUtf8 { offset, guess } => format!(
                "the file is not UTF-8 (the byte at offset {offset} is not valid UTF-8){}; save it as UTF-8",
                match guess {
                    Encoding::Utf16Le | Encoding::Utf16Be => ": it looks like UTF-16 (\"Unicode\")",
                    Encoding::Legacy => ": it looks like an older encoding such as Windows-1258 or TCVN3",
                }
            ),
            P::Syntax(s) => syntax(*s),
            P::TooManyEvents { count, limit } => format!("{count} events; the limit is {limit}"),
            P::More { count } => format!("and {count} more problems, not listed; fix these first"),
            P::WrongType { expected, found } => {
                format!("expected {}, found {}", json_type(*expected), json_type(*found))
            }
            P::Empty => "must not be empty".into(),
            P::UnknownField {
                key,
                suggestion,
                allowed,
            } => format!(
                "unknown field \"{key}\"{}; allowed: {}",
                suggestion.map_or(String::new(), |s| format!(" (did you mean \"{s}\"?)")),
                list(allowed)
            ),
            P::DuplicateField { key } => format!("field \"{key}\" appears twice"),
            P::MissingField { key } => format!("missing required field \"{key}\""),
            P::NotInteger { value, min, max } => {
                format!("{value} is not a whole number from {min} to {max}")
            }
            P::BadDate(e) => self.error(e),
            P::DocDateBlank => "is blank: if the document's date is not known, leave \"date\" out (a date known only to the month is written YYYY-MM)".into(),
            P::MonthOutOfRange { year, month } => format!(
                "{year:04}-{month:02} is outside the supported range {}",
                range()
            ),
            P::BadLink { value } => format!(
                "\"{value}\" is not an allowed link (must start with https:// or http://, without spaces or quotes)"
            ),
            P::UnknownValue { value, allowed } => {
                format!("unknown value \"{value}\"; allowed: {}", list(allowed))
            }
            P::FormatVersion => "this reader knows format 1 only: write \"format\": 1".into(),
            P::FormatQuoted => "\"format\" must be the number 1, without quotes".into(),
            P::NotTime { value } => format!(
                "\"{value}\" is not a time of day HH:MM (00:00 to 23:59, e.g. \"09:00\" for \"before 9 o'clock\")"
            ),
            P::NotPhone { value } => format!("\"{value}\" is not a telephone number"),
            P::NotEmail { value } => format!(
                "\"{value}\" is not a plain e-mail address (letters, digits and . _ + - before the @, a host name after it; no spaces, ?, &, = or %)"
            ),
            P::OnlyForKind { key, kinds } => format!(
                "\"{key}\" belongs to kind \"{}\" only",
                kinds.iter().map(|k| k.code()).collect::<Vec<_>>().join("\" or \"")
            ),
            P::ReportNeedsPhase => {
                "a report needs \"report_phase\": before, during, after or incident".into()
            }
            P::OneDateForm => "an event needs exactly one of \"date\", \"from\"+\"to\", \"lunar\", \"solar\" or \"undated\"".into(),
            P::ToNeedsFrom => "\"to\" needs \"from\"".into(),
            P::FromNeedsTo => "\"from\" needs \"to\" (the last day, inclusive)".into(),
            P::RangeBackwards { from, to } => {
                format!("the range ends ({to}) before it starts ({from})")
            }
            P::YearsBackwards { from, to } => {
                format!("the years end ({to}) before they start ({from})")
            }
            P::LunarDay30NeedsRule => "day 30 does not exist in 29-day months: add \"missing_day\": \"last_day\" or \"skip\"".into(),
            P::February29NeedsRule => "29 February exists only in leap years: add \"missing_day\": \"last_day\" (28 February in other years) or \"skip\"".into(),
            P::NoSuchSolarDay { month, day } => format!("no month {month} has a day {day}"),
            P::DuplicateId { id } => format!("id \"{id}\" is used twice"),
            P::MissingSource { event, kind } => format!(
                "event \"{event}\" of kind \"{kind}\" must cite at least one document in \"sources\""
            ),
            P::UnknownDocument { item, id, document } => format!(
                "{} \"{id}\" cites document \"{document}\", which is not in \"documents\"",
                match item {
                    Item::Event => "event",
                    Item::Note => "note",
                    Item::Document => "document",
                }
            ),
            P::InvalidDocument { document } => format!(
                "document \"{document}\" is cited but has problems of its own (see there)"
            ),
            P::UnknownContact { event, contact } => format!(
                "event \"{event}\" names contact \"{contact}\", which is not in \"contacts\""
            ),
            P::BadCode { value } => format!(
                "\"{value}\" is not a code: use lower-case letters, digits and - only (for example \"tet-am-lich\")"
            ),
            P::NeedsField { key, needs } => format!("\"{key}\" needs \"{needs}\""),
            P::StatuteNeedsRule => "a \"statute\" belongs to a yearly rule (\"lunar\" or \"solar\")".into(),
            P::FixedOverDays { fixed, days } => {
                format!("\"fixed\" ({fixed}) cannot be more than \"days\" ({days})")
            }
            P::UnknownEvent { event, id } => format!(
                "event \"{event}\" supersedes \"{id}\", which is not another event of this file (write file-id/event-id for another file's)"
            ),
            P::CompositionCount { counted, days } => format!(
                "\"composition\" counts {counted} days, but the break has {days}: the kinds of days must add up to the days from \"from\" to \"to\""
            ),
            P::NotADayOff { event, id } => format!(
                "make-up day \"{event}\" makes up for \"{id}\", which is not a day off (\"day_off\") of this file"
            ),
            P::DocumentCycle { document, key } => format!(
                "document \"{document}\" leads back to itself through \"{key}\": a document cannot supersede or relay itself, directly or through other documents"
            ),
            P::OffAndWorked { day, work, off } => format!(
                "{day} is both a make-up working day (\"{work}\") and a day off (\"{off}\")"
            ),
        }
    }

    fn kind(&self, k: &Kind) -> &'static str {
        match k {
            Kind::Holiday => "Public holiday",
            Kind::DayOff(DayOffReason::Compensatory) => "Compensatory day off",
            Kind::DayOff(DayOffReason::Swap) => "Swapped day off",
            Kind::DayOff(DayOffReason::Holiday | DayOffReason::Weekend) => "Day off",
            Kind::MakeUpWorkday { .. } => "Make-up working day",
            Kind::Flag => "Flag display",
            Kind::Duty { .. } => "Duty",
            Kind::Deadline { .. } => "Deadline",
            Kind::Report { .. } => "Report",
            Kind::Festival => "Traditional festival",
            Kind::Observance => "Observance",
            Kind::Service => "Service hours",
        }
    }

    fn confidence(&self, c: Confidence) -> &'static str {
        match c {
            Confidence::Confirmed => "confirmed",
            Confidence::SingleSource => "single source",
            Confidence::Derived => "derived by computation",
            Confidence::Unverified => "unverified",
            Confidence::Pending => "pending a decision",
            Confidence::Expected => {
                "expected: what the law gives, pending the Prime Minister's decision"
            }
        }
    }

    fn marker(&self, m: Marker) -> &'static str {
        match m {
            Marker::Off => "day off",
            Marker::Compensatory => "compensatory day off",
            Marker::Swap => "swapped day off",
            Marker::Workday => "make-up working day",
            Marker::Flag => "flag display",
            Marker::Duty => "duty",
            Marker::Deadline => "deadline",
            Marker::Expected => "expected, not yet decided",
            Marker::Overruled => "another document says otherwise",
        }
    }

    fn countdown(&self, days: i64) -> String {
        match days {
            0 => "today".into(),
            1 => "tomorrow".into(),
            n if n > 1 => format!("in {n} days"),
            -1 => "1 day ago".into(),
            n => format!("{} days ago", -n),
        }
    }

    fn solar_date(&self, d: NaiveDate) -> String {
        let wd = d.weekday().num_days_from_monday() as usize;
        format!(
            "{}, {} {} {}",
            NAMES.weekdays[wd],
            d.day(),
            NAMES.solar_months[d.month0() as usize],
            d.year()
        )
    }

    fn solar_date_spoken(&self, d: NaiveDate) -> String {
        self.solar_date(d)
    }

    fn lunar_month(&self, month: u8, leap: bool) -> String {
        format!("{}month {month}", if leap { "leap " } else { "" })
    }

    fn lunar_month_of_year(&self, month: u8, leap: bool, year: i32) -> String {
        format!(
            "{}lunar month {month} of {}",
            if leap { "leap " } else { "" },
            CanChi::of_year(year).name()
        )
    }

    fn lunar_date(&self, l: LunarDate) -> String {
        let year = CanChi::of_year(l.year());
        format!(
            "day {} of {}, year {} ({})",
            l.day(),
            self.lunar_month(l.month(), l.is_leap()),
            year.name(),
            NAMES.animals[usize::from(year.branch) % 12]
        )
    }

    fn leap_hint(&self, year: i32, leap_month: Option<u8>) -> String {
        match leap_month {
            Some(m) => format!("{year} has a leap month {m}."),
            None => format!("{year} has no leap month."),
        }
    }

    fn compensation(&self, day: NaiveDate) -> String {
        format!("Compensatory day off for {}", self.solar_date(day))
    }

    fn days_count(&self, n: i64) -> String {
        if n == 1 {
            "1 day".into()
        } else {
            format!("{n} days")
        }
    }

    fn entries_count(&self, n: usize) -> String {
        if n == 1 {
            "1 entry listed.".into()
        } else {
            format!("{n} entries listed.")
        }
    }

    fn solar_month(&self, year: i32, month: u32) -> String {
        format!(
            "{} {year}",
            NAMES.solar_months[(month.clamp(1, 12) - 1) as usize]
        )
    }

    fn document_head(&self, d: &Document) -> String {
        let date = match d.date {
            DocDate::Day(x) => dmy(x),
            DocDate::Month(y, m) => format!("{m:02}/{y}"),
            DocDate::Unknown => "an unknown date".into(),
        };
        let number = if d.number.is_empty() {
            UI.no_number
        } else {
            &d.number
        };
        format!("{number} of {date},")
    }

    fn option_problem(&self, p: &OptionProblem) -> String {
        match p {
            OptionProblem::BadValue { option, value } => format!(
                "{}=\"{value}\" is not {}; showing the default {}",
                option.code(),
                option_values(*option),
                if *option == OptionName::Month {
                    "month"
                } else {
                    "value"
                }
            ),
            OptionProblem::Unknown { name } => format!(
                "unknown option \"{name}\" (options: {})",
                list(OptionName::CODES)
            ),
        }
    }

    fn load(&self, m: &LoadMessage) -> String {
        match m {
            LoadMessage::Problems { src, count, shown } => format!(
                "The data file {src} has {count} problem{} and is not shown: {}{}",
                if *count == 1 { "" } else { "s" },
                shown
                    .iter()
                    .map(|p| p.line(Lang::En))
                    .collect::<Vec<_>>()
                    .join("; "),
                match count.saturating_sub(shown.len()) {
                    0 => String::new(),
                    n => format!(" (and {n} more)"),
                }
            ),
            LoadMessage::Http { src, status } => format!(
                "Could not load the data file {src} (the server answered HTTP {status}); the built-in data is shown."
            ),
            LoadMessage::Timeout { src, seconds } => format!(
                "Could not load the data file {src} (no answer within {seconds} s); the built-in data is shown."
            ),
            LoadMessage::Refused { src } => format!(
                "Could not load the data file {src}: the browser refused the request (no network, or the page's security settings — Content-Security-Policy or CORS — do not allow it); the built-in data is shown."
            ),
            LoadMessage::OtherOrigin { src, origin } => format!(
                "The data file {src} is on another site ({origin}), which this page does not allow; the built-in data is shown. The site's administrator can allow it (see EMBEDDING.md, Security)."
            ),
            LoadMessage::SameId { src, id } => format!(
                "The data file {src} has the id \"{id}\" of a built-in schedule, so it is not shown; give the file an id of its own."
            ),
            LoadMessage::TooLarge { src, bytes } => format!(
                "The data file {src} is {bytes} bytes, over the limit of {} bytes (1 MiB), so it was not read; the built-in data is shown.",
                crate::schedule::MAX_FILE_BYTES
            ),
            LoadMessage::ReaderUnavailable { src } => format!(
                "Could not read the data file {src}: the part of the calendar that reads data files did not load; the built-in data is shown."
            ),
            LoadMessage::QueryIgnored => "This page's address names the data or its audience (src, data, feed or who); only the site's administrator can choose them, so it is ignored.".into(),
        }
    }

    fn conflict(&self, c: &Conflict) -> String {
        format!(
            "{}: \"{}\" ({}) makes it a working day, \"{}\" ({}) a day off",
            dmy(c.day),
            c.work.1,
            c.work.0,
            c.off.1,
            c.off.0
        )
    }

    fn cli(&self, m: &CliMessage) -> String {
        match m {
            CliMessage::Drafted {
                events,
                documents,
                contacts,
            } => format!(
                "draft: {}, {}, {}, all \"unverified\": check each against the notice, then set \"confidence\"",
                counted(*events, "event"),
                counted(*documents, "document"),
                counted(*contacts, "contact")
            ),
            CliMessage::Checked {
                dates,
                checks,
                findings,
            } => format!(
                "{dates} dates read, {checks} statements checked: {findings} contradict the calendar"
            ),
            CliMessage::Valid {
                events,
                documents,
                contacts,
                stale,
            } => {
                let mut m = format!(
                    "OK — {}, {}, {}",
                    counted(*events, "event"),
                    counted(*documents, "document"),
                    counted(*contacts, "contact")
                );
                if *stale > 0 {
                    m += &format!(
                        "; {} not shown, as their documents were superseded or withdrawn",
                        counted(*stale, "event")
                    );
                }
                m
            }
            CliMessage::Invalid { count } => {
                format!("{count} problem{}", if *count == 1 { "" } else { "s" })
            }
            CliMessage::RunValidate { count } => format!(
                "the file has {count} problem{}; run `lich validate` for details",
                if *count == 1 { "" } else { "s" }
            ),
            CliMessage::Unreadable { reason } => format!("cannot read the file: {reason}"),
            CliMessage::UnknownKind { kind } => format!(
                "unknown kind \"{kind}\"; kinds are {}",
                list(crate::schedule::KindCode::CODES)
            ),
            CliMessage::ToBeforeFrom { from, to } => {
                format!("--to {to} is before --from {from}")
            }
            CliMessage::Published {
                file,
                events,
                cancelled,
            } => format!(
                "wrote {file}: {events} event{}, {cancelled} of them withdrawn (CANCELLED)",
                if *events == 1 { "" } else { "s" }
            ),
            CliMessage::NotPublished { file, from, to } => format!(
                "{file} not written: no event from {} to {}",
                iso(*from),
                iso(*to)
            ),
            CliMessage::BadFeedName { id } => format!(
                "the file id {id:?} cannot name a feed file (only a-z, 0-9, - and _)"
            ),
            CliMessage::NothingToExport { from, to } => format!(
                "no event of the chosen kinds from {} to {}: nothing to export (an iCalendar file must hold at least one event)",
                iso(*from),
                iso(*to)
            ),
            CliMessage::Clamped { from, to } => format!(
                "the range was cut to the supported days: {} to {}",
                iso(*from),
                iso(*to)
            ),
            CliMessage::YearSummary {
                year,
                can_chi,
                branch,
                tet,
                months,
                days,
                leap_month,
            } => format!(
                "Lunar year {year} {can_chi} ({}): Tết {}, {months} months, {days} days, {}",
                NAMES.animals[usize::from(*branch) % 12],
                iso(*tet),
                leap_month.map_or("no leap month".to_string(), |m| format!("leap month {m}"))
            ),
            CliMessage::YearColumns => "Month           First day    Days".into(),
            CliMessage::TermsHeading => "Solar terms (Vietnam time, UTC+7)".into(),
            CliMessage::MonthPage { year, month } => format!("Calendar {month:02}/{year}"),
            CliMessage::LineNotUtf8 { line } => format!("line {line} is not valid UTF-8"),
        }
    }

    fn day_description(&self, d: &DayDescription) -> String {
        let (day, month, year) = &d.can_chi;
        format!(
            "{} — {}\nDay {day}, month {month}, year {year} ({})\nSolar term: {} ({}){}\nAuspicious hours: {}",
            self.solar_date(d.date),
            self.lunar_date(d.lunar),
            NAMES.animals[usize::from(d.branch) % 12],
            self.solar_term(d.term.0),
            super::vi::NAMES.solar_terms[usize::from(d.term.0) % 24],
            if d.term.1 { ", begins today" } else { "" },
            d.hours
        )
    }
}

/// "1 event", "2 events".
fn counted(k: usize, one: &str) -> String {
    format!("{k} {one}{}", if k == 1 { "" } else { "s" })
}
