//! Every word the product shows, one catalogue per language.
//!
//! The rest of the code deals in facts — an [`Error`] with its numbers, a
//! [`ProblemKind`] with the value found, a [`Kind`], a [`Confidence`], a
//! date — and asks the catalogue of the reader's language for the words:
//! the widget, the validator, the command line and the iCalendar export all
//! speak through [`of`], which returns the language's [`Words`]. So a message is worded once per language, the same
//! everywhere, and never at the point of failure.
//!
//! A catalogue is a [`Catalogue`]: fixed labels ([`Ui`]), the calendar's
//! names ([`Names`]) and the sentences built from data. Vietnamese
//! ([`vi`]) is the product's language; English ([`en`]) the second. A third
//! language is one more file implementing [`Catalogue`], a variant of
//! [`Lang`] and its line in `dispatch!` below; `tests/words.rs` renders every variant
//! of every kind in every language and checks that each text is there, in
//! Unicode NFC, and not the other language's text.

pub mod en;
pub mod vi;

use crate::calendar::names::Lang;
use crate::calendar::LunarDate;
use crate::day_marks::Group;
use crate::embed_options::OptionProblem;
use crate::error::Error;
use crate::schedule::conflicts::Conflict;
use crate::schedule::{
    Audience, Channel, Composition, Confidence, DayPart, Document, DutyType, Kind, ProblemKind,
    WordedProblem,
};
use crate::widget::View;
use chrono::NaiveDate;

/// The catalogue of `lang`.
///
/// Dispatched statically, not through `dyn Catalogue`: a trait object's
/// table keeps every method of every catalogue in the wasm, the command
/// line's sentences included, while a `match` lets the build drop what the
/// widget never says.
pub fn of(lang: Lang) -> Words {
    Words(lang)
}

/// The words of one language: [`Catalogue`]'s methods, each dispatched to
/// the language's catalogue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Words(pub Lang);

/// The one language of a single-language build (the `only-vi` and
/// `only-en` features), whose words every [`Words`] then gives: the build
/// carries one catalogue. `None` in the usual build, which has them all.
pub const ONLY: Option<Lang> = if cfg!(feature = "only-vi") {
    Some(Lang::Vi)
} else if cfg!(feature = "only-en") {
    Some(Lang::En)
} else {
    None
};

#[cfg(all(feature = "only-vi", feature = "only-en"))]
compile_error!("the features only-vi and only-en exclude each other");

macro_rules! dispatch {
    ($( $(#[$m:meta])* fn $name:ident(&self $(, $arg:ident: $ty:ty)*) -> $ret:ty; )+) => {
        impl Words {
            $(
                $(#[$m])*
                #[allow(unreachable_patterns)]
                pub fn $name(&self $(, $arg: $ty)*) -> $ret {
                    match self.0 {
                        #[cfg(not(feature = "only-en"))]
                        Lang::Vi => vi::Vi.$name($($arg),*),
                        #[cfg(not(feature = "only-vi"))]
                        Lang::En => en::En.$name($($arg),*),
                        #[cfg(feature = "only-vi")]
                        _ => vi::Vi.$name($($arg),*),
                        #[cfg(feature = "only-en")]
                        _ => en::En.$name($($arg),*),
                    }
                }
            )+
        }
    };
}

dispatch! {
    /// See [`Catalogue::lang`].
    fn lang(&self) -> Lang;
    /// See [`Catalogue::ui`].
    fn ui(&self) -> &'static Ui;
    /// See [`Catalogue::names`].
    fn names(&self) -> &'static Names;
    /// See [`Catalogue::view`].
    fn view(&self, v: View) -> &'static str;
    /// See [`Catalogue::group`].
    fn group(&self, g: Group) -> &'static str;
    /// See [`Catalogue::error`].
    fn error(&self, e: &Error) -> String;
    /// See [`Catalogue::problem`].
    fn problem(&self, p: &ProblemKind) -> String;
    /// See [`Catalogue::kind`].
    fn kind(&self, k: &Kind) -> &'static str;
    /// See [`Catalogue::confidence`].
    fn confidence(&self, c: Confidence) -> &'static str;
    /// See [`Catalogue::marker`].
    fn marker(&self, m: Marker) -> &'static str;
    /// See [`Catalogue::countdown`].
    fn countdown(&self, days: i64) -> String;
    /// See [`Catalogue::solar_date`].
    fn solar_date(&self, d: NaiveDate) -> String;
    /// See [`Catalogue::solar_date_spoken`].
    fn solar_date_spoken(&self, d: NaiveDate) -> String;
    /// See [`Catalogue::lunar_month`].
    fn lunar_month(&self, month: u8, leap: bool) -> String;
    /// See [`Catalogue::lunar_month_of_year`].
    fn lunar_month_of_year(&self, month: u8, leap: bool, year: i32) -> String;
    /// See [`Catalogue::lunar_date`].
    fn lunar_date(&self, l: LunarDate) -> String;
    /// See [`Catalogue::leap_hint`].
    fn leap_hint(&self, year: i32, leap_month: Option<u8>) -> String;
    /// See [`Catalogue::solar_month`].
    fn solar_month(&self, year: i32, month: u32) -> String;
    /// See [`Catalogue::compensation`].
    fn compensation(&self, day: NaiveDate) -> String;
    /// See [`Catalogue::days_count`].
    fn days_count(&self, n: i64) -> String;
    /// See [`Catalogue::entries_count`].
    fn entries_count(&self, n: usize) -> String;
    /// See [`Catalogue::solar_term`].
    fn solar_term(&self, index: u8) -> &'static str;
    /// See [`Catalogue::document`].
    fn document(&self, d: &Document) -> String;
    /// See [`Catalogue::document_head`].
    fn document_head(&self, d: &Document) -> String;
    /// See [`Catalogue::option_problem`].
    fn option_problem(&self, p: &OptionProblem) -> String;
    /// See [`Catalogue::load`].
    fn load(&self, m: &LoadMessage) -> String;
    /// See [`Catalogue::conflict`].
    fn conflict(&self, c: &Conflict) -> String;
    /// See [`Catalogue::cli`].
    fn cli(&self, m: &CliMessage) -> String;
    /// See [`Catalogue::day_description`].
    fn day_description(&self, d: &DayDescription) -> String;
    /// See [`Catalogue::feed`].
    fn feed(&self) -> &'static Feed;
    /// See [`Catalogue::host`].
    fn host(&self) -> &'static Host;
    /// See [`Catalogue::finding`].
    fn finding(&self, f: &crate::notice::FindingKind) -> String;
    /// See [`Catalogue::duty_type`].
    fn duty_type(&self, t: DutyType) -> &'static str;
    /// See [`Catalogue::audience_group`].
    fn audience_group(&self, a: Audience) -> &'static str;
    /// See [`Catalogue::channel`].
    fn channel(&self, c: Channel) -> &'static str;
    /// See [`Catalogue::swap`].
    fn swap(&self, off: &str, worked: &str) -> String;
    /// See [`Catalogue::day_part`].
    fn day_part(&self, part: DayPart, day: &str) -> String;
    /// See [`Catalogue::composition`].
    fn composition(&self, c: &Composition) -> String;
    /// See [`Catalogue::calendar_name`].
    fn calendar_name(&self, files: &[&str], national: bool) -> String;
}

/// The words a day's markers are said with (in accessible names and lists).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Marker {
    /// A day off.
    Off,
    /// A compensatory day off (nghỉ bù).
    Compensatory,
    /// A swapped day off (hoán đổi).
    Swap,
    /// A make-up working day (làm bù).
    Workday,
    /// Flag display.
    Flag,
    /// A duty period.
    Duty,
    /// A deadline.
    Deadline,
    /// The day off is only expected (dự kiến): no decision yet.
    Expected,
    /// Another document says otherwise about the day.
    Overruled,
}

impl Marker {
    /// Every marker.
    pub const ALL: [Marker; 9] = [
        Marker::Off,
        Marker::Compensatory,
        Marker::Swap,
        Marker::Workday,
        Marker::Flag,
        Marker::Duty,
        Marker::Deadline,
        Marker::Expected,
        Marker::Overruled,
    ];
}

/// Why an agency's file (`src`) is not shown, or what came of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadMessage {
    /// The file has problems; the first few are listed.
    Problems {
        /// The file's URL.
        src: String,
        /// How many problems in all.
        count: usize,
        /// The first ones, worded.
        shown: Vec<WordedProblem>,
    },
    /// The server answered with an HTTP error.
    Http {
        /// The file's URL.
        src: String,
        /// The status.
        status: u16,
    },
    /// No answer within the time limit.
    Timeout {
        /// The file's URL.
        src: String,
        /// The limit in seconds.
        seconds: u32,
    },
    /// The browser refused or could not make the request at once (no
    /// network, the page's Content-Security-Policy, CORS).
    Refused {
        /// The file's URL.
        src: String,
    },
    /// The file is on another site that the page does not allow.
    OtherOrigin {
        /// The file's URL.
        src: String,
        /// Its origin.
        origin: String,
    },
    /// The file's schedule id is a built-in schedule's, so its events would
    /// be mistaken for the built-in ones.
    SameId {
        /// The file's URL.
        src: String,
        /// The id.
        id: String,
    },
    /// The address of `embed.html` named a data file: only the page's
    /// deployer can choose the data.
    QueryIgnored,
    /// The file is over the size limit, so it was not read.
    TooLarge {
        /// The file's URL.
        src: String,
        /// Its size as announced.
        bytes: u64,
    },
    /// The module that reads agency files could not be loaded.
    ReaderUnavailable {
        /// The file's URL.
        src: String,
    },
}

/// A sentence of the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CliMessage {
    /// `lich draft`: what a draft holds.
    Drafted {
        /// Events drafted.
        events: usize,
        /// Documents: the notice and those it cites.
        documents: usize,
        /// Contacts.
        contacts: usize,
    },
    /// `lich check`: what was read and checked in a notice.
    Checked {
        /// Solar dates read.
        dates: usize,
        /// Statements checked.
        checks: usize,
        /// How many contradict the calendar.
        findings: usize,
    },
    /// A file that read cleanly.
    Valid {
        /// Events.
        events: usize,
        /// Documents.
        documents: usize,
        /// Contacts.
        contacts: usize,
        /// Events not shown: they cite only superseded or withdrawn documents.
        stale: usize,
    },
    /// A file with problems.
    Invalid {
        /// How many problems (the listed ones and the counted rest).
        count: usize,
    },
    /// `lich ics FILE` or `lich render --src FILE` on a file with problems.
    RunValidate {
        /// How many problems.
        count: usize,
    },
    /// A file that cannot be opened or read.
    Unreadable {
        /// The operating system's reason.
        reason: String,
    },
    /// `--kinds` names a kind that does not exist.
    UnknownKind {
        /// The name given.
        kind: String,
    },
    /// `--to` before `--from`.
    ToBeforeFrom {
        /// From.
        from: NaiveDate,
        /// To.
        to: NaiveDate,
    },
    /// An export that would hold no event (the kinds asked for have none
    /// in the range): refused, since a calendar must hold one.
    NothingToExport {
        /// First day asked for.
        from: NaiveDate,
        /// Last day asked for.
        to: NaiveDate,
    },
    /// `lich publish` wrote a feed.
    Published {
        /// The file written.
        file: String,
        /// Its events, the withdrawn ones included.
        events: usize,
        /// How many of them are withdrawn (STATUS:CANCELLED).
        cancelled: usize,
    },
    /// `lich publish` wrote no feed for a file with no event in the range.
    NotPublished {
        /// The feed's file.
        file: String,
        /// First day of the range.
        from: NaiveDate,
        /// Last day.
        to: NaiveDate,
    },
    /// A file's id cannot name a feed file.
    BadFeedName {
        /// The id.
        id: String,
    },
    /// An export range that reaches outside the supported range was cut.
    Clamped {
        /// First day exported.
        from: NaiveDate,
        /// Last day exported.
        to: NaiveDate,
    },
    /// A machine-mode input line that is not UTF-8.
    LineNotUtf8 {
        /// The line number.
        line: usize,
    },
    /// The first line of `lich year`.
    YearSummary {
        /// The lunar year.
        year: i32,
        /// Its can chi.
        can_chi: String,
        /// Its branch (the animal).
        branch: u8,
        /// Its Tết.
        tet: NaiveDate,
        /// How many months.
        months: usize,
        /// How many days.
        days: i32,
        /// The leap month, if any.
        leap_month: Option<u8>,
    },
    /// The column heads of `lich year`'s months.
    YearColumns,
    /// The heading of `lich year`'s solar terms.
    TermsHeading,
    /// The title of a page of `lich render`.
    MonthPage {
        /// Solar year.
        year: i32,
        /// Solar month.
        month: u32,
    },
}

/// The fixed labels of the interface (field names say where each is used).
#[allow(missing_docs)]
#[derive(Debug)]
pub struct Ui {
    pub views_label: &'static str,
    pub other_lang: &'static str,
    pub other_lang_label: &'static str,
    pub prev_year: &'static str,
    pub prev_month: &'static str,
    pub next_month: &'static str,
    pub next_year: &'static str,
    pub today: &'static str,
    pub tet: &'static str,
    /// Said after "Tết" on its button (the year follows).
    pub tet_go: &'static str,
    pub pick_month: &'static str,
    pub pick_year: &'static str,
    pub month_option: &'static str,
    pub go: &'static str,
    pub mark_off: &'static str,
    pub mark_compensatory: &'static str,
    pub mark_workday: &'static str,
    pub mark_flag: &'static str,
    pub mark_deadline: &'static str,
    pub mark_duty: &'static str,
    pub mark_expected: &'static str,
    pub expected_in_title: &'static str,
    pub mark_overruled: &'static str,
    pub details_events: &'static str,
    pub no_events: &'static str,
    pub can_chi: &'static str,
    pub solar_term: &'static str,
    pub solar_term_in_name: &'static str,
    /// Said before a cell's lunar day ("âm lịch 1/1").
    pub lunar_in_cell: &'static str,
    pub term_begins: &'static str,
    pub hours_show: &'static str,
    pub hours_hide: &'static str,
    pub hours_title: &'static str,
    pub audience: &'static str,
    pub due_to: &'static str,
    pub channels: &'static str,
    pub daily: &'static str,
    pub swap: &'static str,
    pub begins: &'static str,
    pub composition: &'static str,
    pub source: &'static str,
    pub relays: &'static str,
    pub contacts: &'static str,
    pub contact: &'static str,
    pub confidence: &'static str,
    pub filters_label: &'static str,
    pub agenda_title: &'static str,
    pub next_off: &'static str,
    pub undated_title: &'static str,
    pub nothing: &'static str,
    pub export: &'static str,
    /// The download link, when the file could not be written (the file
    /// module did not load).
    pub export_failed: &'static str,
    /// Instead of the download when every kind is hidden.
    pub export_nothing: &'static str,
    /// The subscribe disclosure: its summary, lead, the webcal link, the
    /// address to copy, and the steps for Google Calendar.
    pub subscribe: &'static str,
    pub subscribe_lead: &'static str,
    pub subscribe_webcal: &'static str,
    pub subscribe_url: &'static str,
    pub subscribe_google: &'static str,
    pub year_title: &'static str,
    pub print: &'static str,
    pub conv_solar_title: &'static str,
    pub conv_lunar_title: &'static str,
    pub conv_solar_date: &'static str,
    pub conv_lunar_year: &'static str,
    pub conv_lunar_month: &'static str,
    pub conv_lunar_day: &'static str,
    pub conv_leap: &'static str,
    pub conv_result: &'static str,
    pub conv_numbers: &'static str,
    /// How to enter a solar date, under its field.
    pub conv_date_hint: &'static str,
    pub legend_title: &'static str,
    pub legend_off: &'static str,
    pub legend_workday: &'static str,
    pub legend_flag: &'static str,
    pub legend_deadline: &'static str,
    pub legend_duty: &'static str,
    pub legend_today: &'static str,
    /// Legend: an expected day (from the law, no decision yet).
    pub legend_expected: &'static str,
    /// Legend: two documents disagree about a day.
    pub legend_overruled: &'static str,
    pub legend_lunar: &'static str,
    pub legend_new_month: &'static str,
    /// The ✱ a narrow cell shows for a name it has no room for.
    pub legend_named: &'static str,
    pub notes_title: &'static str,
    pub also_title: &'static str,
    pub sources_title: &'static str,
    pub static_list_title: &'static str,
    pub data_from: &'static str,
    pub data_builtin: &'static str,
    pub no_number: &'static str,
    pub page_title: &'static str,
}

/// The labels of an iCalendar export or feed (only the exports use them,
/// so the widget's first download does not carry them).
#[allow(missing_docs)]
#[derive(Debug)]
pub struct Feed {
    /// The name of a calendar of the national data only.
    pub national_name: &'static str,
    pub duty_types: &'static str,
    pub duty_hours: &'static str,
    pub due_to: &'static str,
    pub channels: &'static str,
    /// Heads the obligations a notice gives no date for.
    pub undated: &'static str,
}

/// The words a host page shows around the widget, written into the
/// prerendered month and the WordPress plugin by the build (the widget's
/// own download does not carry them).
#[derive(Debug, serde::Serialize)]
pub struct Host {
    /// Shown under the prerendered month when the live widget cannot start
    /// (no WebAssembly, or a policy forbidding it): what the reader sees is
    /// a still picture of the month.
    pub static_note: &'static str,
    /// Told to a post's editor when the plugin drops a `src` (`{src}`) that
    /// is not on the site.
    pub src_refused: &'static str,
}

/// The calendar's names in a language.
#[allow(missing_docs)]
#[derive(Debug)]
pub struct Names {
    /// Monday first.
    pub weekdays: [&'static str; 7],
    /// Monday first.
    pub weekdays_short: [&'static str; 7],
    /// The solar months, January first.
    pub solar_months: [&'static str; 12],
    /// The animals of the twelve branches, Tý (Rat) first.
    pub animals: [&'static str; 12],
    /// The 24 solar terms from the March equinox.
    pub solar_terms: [&'static str; 24],
}

/// A language's words.
pub trait Catalogue: Sync {
    /// The language.
    fn lang(&self) -> Lang;
    /// Fixed labels.
    fn ui(&self) -> &'static Ui;
    /// The calendar's names.
    fn names(&self) -> &'static Names;
    /// A view's name on its tab.
    fn view(&self, v: View) -> &'static str;
    /// A filter group's name.
    fn group(&self, g: Group) -> &'static str;
    /// An error, as a clause (lower-case, no final period).
    fn error(&self, e: &Error) -> String;
    /// A problem of a schedule file (without its place).
    fn problem(&self, p: &ProblemKind) -> String;
    /// The label of an event kind ("Nghỉ bù", "Deadline").
    fn kind(&self, k: &Kind) -> &'static str;
    /// How sure an event is, in words.
    fn confidence(&self, c: Confidence) -> &'static str;
    /// A marker in words ("ngày nghỉ").
    fn marker(&self, m: Marker) -> &'static str;
    /// Days from today in words ("còn 5 ngày", "2 days ago").
    fn countdown(&self, days: i64) -> String;
    /// "Thứ Bảy, 10/02/2024" / "Saturday, 10 February 2024".
    fn solar_date(&self, d: NaiveDate) -> String;
    /// A solar date as a screen reader should say it: "Thứ Bảy, 10 tháng 2 năm 2024".
    fn solar_date_spoken(&self, d: NaiveDate) -> String;
    /// A lunar month: "tháng Giêng", "leap month 2".
    fn lunar_month(&self, month: u8, leap: bool) -> String;
    /// A lunar month with its year's can chi, as month headings name it.
    fn lunar_month_of_year(&self, month: u8, leap: bool, year: i32) -> String;
    /// A lunar date: "mùng 1 tháng Giêng năm Giáp Thìn".
    fn lunar_date(&self, l: LunarDate) -> String;
    /// Whether a lunar year has a leap month, as a hint: "Năm 2023 nhuận tháng 2."
    fn leap_hint(&self, year: i32, leap_month: Option<u8>) -> String;
    /// A solar month's heading: "Tháng 2/2024" / "February 2024".
    fn solar_month(&self, year: i32, month: u32) -> String;
    /// The title of a nghỉ bù the law gives: "Nghỉ bù cho Thứ Bảy, 06/02/2027".
    fn compensation(&self, day: NaiveDate) -> String;
    /// A number of days: "7 ngày".
    fn days_count(&self, n: i64) -> String;
    /// How many entries a list shows, said when a filter changes it:
    /// "Danh sách có 10 mục." / "10 entries listed."
    fn entries_count(&self, n: usize) -> String;
    /// A solar term's name.
    fn solar_term(&self, index: u8) -> &'static str {
        self.names()
            .solar_terms
            .get(usize::from(index))
            .copied()
            .unwrap_or_default()
    }
    /// A document in one line: its number, date, issuer and subject.
    fn document(&self, d: &Document) -> String {
        format!(
            "{} {}: {}",
            self.document_head(d),
            d.issuer,
            d.subject.get(self.lang())
        )
    }
    /// What comes before a document's issuer: "58/TB-UBND ngày 26/12/2023
    /// của" / "58/TB-UBND of 26/12/2023,".
    fn document_head(&self, d: &Document) -> String;
    /// A problem with an embedding's option.
    fn option_problem(&self, p: &OptionProblem) -> String;
    /// What came of an agency's file.
    fn load(&self, m: &LoadMessage) -> String;
    /// A contradiction between two files.
    fn conflict(&self, c: &Conflict) -> String;
    /// A sentence of the command line.
    fn cli(&self, m: &CliMessage) -> String;
    /// The auspicious-hours line ("Dần (3–5h), …") needs no words of a
    /// language; the rest of a day's description does.
    fn day_description(&self, d: &DayDescription) -> String;
    /// The labels of exports and feeds.
    fn feed(&self) -> &'static Feed;
    /// The words a host page shows around the widget.
    fn host(&self) -> &'static Host;
    /// What a notice's statement gets wrong, as a sentence for a clerk.
    fn finding(&self, f: &crate::notice::FindingKind) -> String;
    /// A kind of duty ("trực lãnh đạo").
    fn duty_type(&self, t: DutyType) -> &'static str;
    /// An audience code's group ("cán bộ, công chức, viên chức").
    fn audience_group(&self, a: Audience) -> &'static str;
    /// How something due is sent ("thư điện tử").
    fn channel(&self, c: Channel) -> &'static str;
    /// A swap: the day (or days) off and the make-up working day, each
    /// already in words.
    fn swap(&self, off: &str, worked: &str) -> String;
    /// A part of a day already in words: "chiều Thứ Hai, 01/09/2025".
    fn day_part(&self, part: DayPart, day: &str) -> String;
    /// A break's days counted by kind: "2 ngày nghỉ lễ, 1 ngày nghỉ hằng
    /// tuần và 1 ngày nghỉ bù".
    fn composition(&self, c: &Composition) -> String;
    /// An export's name, from the titles of the agencies' files it holds
    /// and whether it holds the national data too (none and false: the
    /// national name).
    fn calendar_name(&self, files: &[&str], national: bool) -> String;
}

/// The facts of a day's long description (`lich convert`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayDescription {
    /// The solar date.
    pub date: NaiveDate,
    /// Its lunar date.
    pub lunar: LunarDate,
    /// Can chi of the day, the month and the year.
    pub can_chi: (String, String, String),
    /// The animal of the year (its branch index).
    pub branch: u8,
    /// The solar term and whether it begins that day.
    pub term: (u8, bool),
    /// The auspicious hours in words.
    pub hours: String,
}
