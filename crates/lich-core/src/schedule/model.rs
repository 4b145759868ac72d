//! The schedule model: what an official notice decides, typed.
//!
//! A schedule is one publisher's file: the source documents it cites, the
//! contacts it gives and its events. An event is a *rule* (a day, a range, a
//! yearly solar or lunar date, or "no date given") plus what it means (its
//! [`Kind`]); [`super::expand`] turns rules into concrete occurrences.

use chrono::NaiveDate;

use crate::calendar::names::Lang;
use crate::codes;

/// Text in Vietnamese, with English where the publisher gave it; the UI
/// falls back to Vietnamese.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Text {
    /// Vietnamese (required).
    pub vi: String,
    /// English, if given.
    pub en: Option<String>,
}

impl Text {
    /// The text in `lang`, falling back to Vietnamese.
    pub fn get(&self, lang: Lang) -> &str {
        match (lang, &self.en) {
            (Lang::En, Some(en)) => en,
            _ => &self.vi,
        }
    }

    /// The language the text is in when shown in `lang`: Vietnamese when
    /// no translation was given (so the page can mark it `lang="vi"`).
    pub fn lang_of(&self, lang: Lang) -> Lang {
        match (lang, &self.en) {
            (Lang::En, Some(_)) => Lang::En,
            _ => Lang::Vi,
        }
    }
}

/// A document's issue date: a day, only a month when the day is blank in
/// the document itself (as in "ngày … tháng 01 năm 2024"), or not known —
/// a press copy that names "Thông báo số 154/TB-UBND" without its date, a
/// law cited by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocDate {
    /// The full date.
    Day(NaiveDate),
    /// Year and month only.
    Month(i32, u32),
    /// Not given where the document is cited (a file leaves `"date"` out).
    Unknown,
}

/// A source document (văn bản): the legal basis of events.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// The id of the schedule file it comes from (ids are unique per file only).
    pub origin: String,
    /// Identifier events cite.
    pub id: String,
    /// Số hiệu, e.g. "58/TB-UBND"; may be blank in a draft.
    pub number: String,
    /// Who issued it.
    pub issuer: String,
    /// When.
    pub date: DocDate,
    /// Trích yếu: what it is about.
    pub subject: Text,
    /// A link to its text (http or https).
    pub url: Option<String>,
    /// What is known of it (e.g. "text not found").
    pub note: Option<Text>,
    /// Whether it still stands, as far as the file says of it itself
    /// (withdrawn or not). A document another one `supersedes` no longer
    /// stands either. The events of a document that does not are kept in
    /// the file, for the record, but not shown ([`Schedule::retain_in_force`]).
    pub status: DocStatus,
    /// The documents of the same file that this one replaces: "Thông báo
    /// này thay thế Thông báo số 200/TB-UBND ngày 05/12/2025" (as an event's
    /// `supersedes` names the events it replaces).
    pub supersedes: Vec<String>,
    /// The document of the same file that this one passes on: a commune's
    /// notice "thực hiện" the province's, which relays the ministry's. The
    /// day's details name the chain beside the document.
    pub relays: Option<String>,
}

codes! {
    /// What a document says of its own standing (`"status"`); being
    /// replaced is said by the replacing document (`"supersedes"`).
    #[derive(Default)]
    pub enum DocStatus {
        /// Còn hiệu lực: the default.
        #[default]
        InForce = "in_force",
        /// Withdrawn or annulled (thu hồi, bãi bỏ, hủy bỏ), with nothing in
        /// its place in the file.
        Withdrawn = "withdrawn",
    }
}

/// A person or office to call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    /// The id of the schedule file it comes from (ids are unique per file only).
    pub origin: String,
    /// Identifier events cite.
    pub id: String,
    /// Name or office.
    pub name: Text,
    /// Telephone as printed.
    pub phone: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
}

codes! {
    /// Why a day is off.
    pub enum DayOffReason {
        /// A statutory holiday day (ngày lễ, Tết).
        Holiday = "holiday",
        /// Nghỉ bù: compensation for a holiday on a weekend.
        Compensatory = "compensatory",
        /// A working day swapped off (hoán đổi), worked on a make-up day.
        Swap = "swap",
        /// A weekend inside a break.
        Weekend = "weekend",
    }
}

codes! {
    /// The kinds of duty (trực) notices name.
    pub enum DutyType {
        /// Trực lãnh đạo.
        Leadership = "leadership",
        /// Trực điều hành.
        Operations = "operations",
        /// Trực ca.
        Shift = "shift",
        /// Trực ứng cứu thông tin.
        IncidentResponse = "incident_response",
        /// Trực vận hành khai thác mạng lưới.
        NetworkOperation = "network_operation",
    }
}

codes! {
    /// Whom an event concerns, as a code the widget can choose by (the
    /// event's `audience` keeps the notice's own words). Notices name these
    /// groups: a break for civil servants, another for pupils, a request to
    /// businesses, the flag for households.
    pub enum Audience {
        /// Cán bộ, công chức, viên chức (and the state's employees): the
        /// yearly decisions' days off are theirs.
        PublicSector = "public_sector",
        /// Người lao động of businesses and the private sector.
        PrivateWorkers = "private_workers",
        /// Doanh nghiệp, as employers.
        Businesses = "businesses",
        /// Học sinh, trẻ mầm non, sinh viên: the schools' breaks.
        Pupils = "pupils",
        /// Hộ gia đình, nhân dân: the flag at home.
        Households = "households",
    }
}

/// A set of audiences (an event's `"who"`), kept as bits in the table's
/// order: copied, compared and carried to the widget as one byte (a `Vec`
/// in every event measured 0.5 KB more code in the first load).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Audiences(u8);

impl Audiences {
    /// People at work, whom the widget answers for unless an embedding
    /// names another audience: the law's days off are theirs.
    pub const AT_WORK: Audiences =
        Audiences(1 << Audience::PublicSector as u8 | 1 << Audience::PrivateWorkers as u8);

    /// The set of these.
    pub fn of(list: impl IntoIterator<Item = Audience>) -> Audiences {
        Audiences(list.into_iter().fold(0, |bits, a| bits | 1 << a as u8))
    }

    /// The set of the bits `bits` (the wire's number), if they are audiences.
    pub fn from_bits(bits: u32) -> Option<Audiences> {
        (bits >> Audience::ALL.len() == 0).then_some(Audiences(bits as u8))
    }

    /// The byte of the wire.
    pub fn bits(self) -> u8 {
        self.0
    }

    /// Whether `a` is in the set.
    pub fn contains(self, a: Audience) -> bool {
        self.0 & 1 << a as u8 != 0
    }

    /// Whether the two sets share an audience.
    pub fn meets(self, other: Audiences) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The audiences in the table's order.
    pub fn iter(self) -> impl Iterator<Item = Audience> {
        Audience::ALL
            .iter()
            .copied()
            .filter(move |&a| self.contains(a))
    }
}

/// A time of day in Vietnam (UTC+7), to the minute: when a deadline or a
/// report falls due ("trước 09 giờ 00"), or a day's event begins.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TimeOfDay(u16);

impl TimeOfDay {
    /// `HH:MM`, 00:00 to 23:59.
    ///
    /// ```
    /// use lich_core::schedule::TimeOfDay;
    /// assert_eq!(TimeOfDay::parse("09:00").unwrap().to_string(), "09:00");
    /// assert!(TimeOfDay::parse("9h").is_none() && TimeOfDay::parse("24:00").is_none());
    /// ```
    pub fn parse(s: &str) -> Option<TimeOfDay> {
        let (h, m) = s.split_once(':')?;
        let two = |x: &str| {
            (x.len() == 2 && x.bytes().all(|b| b.is_ascii_digit()))
                .then(|| x.parse::<u16>().ok())?
        };
        let (h, m) = (two(h)?, two(m)?);
        TimeOfDay::new(h, m)
    }

    /// `hour`:`minute`, if it is a time of day.
    pub fn new(hour: u16, minute: u16) -> Option<TimeOfDay> {
        (hour < 24 && minute < 60).then_some(TimeOfDay(hour * 60 + minute))
    }

    /// The hour, 0 to 23.
    pub fn hour(self) -> u32 {
        u32::from(self.0 / 60)
    }

    /// The minute, 0 to 59.
    pub fn minute(self) -> u32 {
        u32::from(self.0 % 60)
    }
}

impl core::fmt::Display for TimeOfDay {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour(), self.minute())
    }
}

codes! {
    /// When a report is due relative to the period.
    pub enum ReportPhase {
        /// Trước Tết.
        Before = "before",
        /// Trong Tết.
        During = "during",
        /// Sau Tết.
        After = "after",
        /// Đột xuất: when something happens.
        Incident = "incident",
    }
}

codes! {
    /// A part of the day, as notices say when something begins ("từ chiều
    /// ngày …") without an hour.
    pub enum DayPart {
        /// Sáng.
        Morning = "morning",
        /// Chiều.
        Afternoon = "afternoon",
        /// Tối.
        Evening = "evening",
    }
}

codes! {
    /// A kind of day in a break's composition (`"composition"`), as notices
    /// count them: "bao gồm 02 ngày nghỉ lễ, 01 ngày nghỉ hằng tuần và 01
    /// ngày nghỉ bù".
    pub enum BreakPart {
        /// Ngày nghỉ lễ, Tết: the days the law gives.
        Holidays = "holidays",
        /// Ngày nghỉ hằng tuần: Saturdays and Sundays inside the break.
        WeeklyRest = "weekly_rest",
        /// Ngày nghỉ bù: for a holiday on a weekly rest day (Điều 111(3)).
        Compensatory = "compensatory",
        /// Ngày nghỉ hoán đổi: a working day off, made up on another day.
        Swapped = "swapped",
    }
}

/// What a break is made of, as its notice counts its days: "Đợt nghỉ này
/// bao gồm 02 ngày nghỉ lễ, 01 ngày nghỉ hằng tuần và 01 ngày nghỉ bù".
/// The counts are the notice's words as data; which day is which the file
/// says with its other events (a `compensatory` day off, a swapped day and
/// the make-up day that names it). The reader checks that the counts add
/// up to the break's days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Composition(pub [u8; 4]);

impl Composition {
    /// The days of one kind.
    pub fn get(&self, part: BreakPart) -> u8 {
        self.0[part as usize]
    }

    /// The kinds counted, with their days, in [`BreakPart::ALL`]'s order.
    pub fn parts(&self) -> impl Iterator<Item = (BreakPart, u8)> + '_ {
        BreakPart::ALL
            .iter()
            .map(|p| (*p, self.get(*p)))
            .filter(|(_, n)| *n > 0)
    }

    /// All the days counted.
    pub fn total(&self) -> u32 {
        self.0.iter().map(|n| u32::from(*n)).sum()
    }
}

codes! {
    /// How something due is sent (`"channels"`): "qua địa chỉ email …",
    /// "qua điện thoại", "bằng văn bản" (or "hỏa tốc"), "qua Hệ thống quản
    /// lý văn bản và điều hành".
    pub enum Channel {
        /// Thư điện tử.
        Email = "email",
        /// Điện thoại.
        Phone = "phone",
        /// Văn bản giấy (also hỏa tốc, by courier).
        Paper = "paper",
        /// The agencies' document system (hệ thống quản lý văn bản, phần mềm).
        DocumentSystem = "document_system",
    }
}

codes! {
    /// The kinds of event, as files name them (`"kind"`).
    pub enum KindCode {
        /// [`Kind::Holiday`].
        Holiday = "holiday",
        /// [`Kind::DayOff`].
        DayOff = "day_off",
        /// [`Kind::MakeUpWorkday`].
        MakeUpWorkday = "make_up_workday",
        /// [`Kind::Flag`].
        Flag = "flag",
        /// [`Kind::Duty`].
        Duty = "duty",
        /// [`Kind::Deadline`].
        Deadline = "deadline",
        /// [`Kind::Report`].
        Report = "report",
        /// [`Kind::Festival`].
        Festival = "festival",
        /// [`Kind::Observance`].
        Observance = "observance",
        /// [`Kind::Service`].
        Service = "service",
    }
}

/// What an event is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An official holiday (ngày lễ, Tết) as named by law.
    Holiday,
    /// A day off for the audience.
    DayOff(DayOffReason),
    /// A Saturday (or other day) made a working day (làm bù).
    MakeUpWorkday {
        /// The id of the swapped day off of the same file it makes up for
        /// (`"makes_up"`): "nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01".
        makes_up: Option<String>,
    },
    /// National flag display (treo cờ Tổ quốc).
    Flag,
    /// A duty period.
    Duty {
        /// Which duties.
        types: Vec<DutyType>,
        /// The hours, e.g. "24/24".
        hours: Option<String>,
    },
    /// Something due by a day.
    Deadline {
        /// To whom it is sent (`"due_to"`), as written.
        to: Option<String>,
        /// How it is sent.
        via: Vec<Channel>,
    },
    /// A report obligation.
    Report {
        /// When, relative to the period.
        phase: ReportPhase,
        /// To whom it is sent (`"due_to"`), as written: "Văn phòng UBND tỉnh".
        to: Option<String>,
        /// How it is sent.
        via: Vec<Channel>,
        /// Hằng ngày: due on every day of its range (at its `time`, if
        /// given), not once for the range; or daily on days the notice does
        /// not give (an undated report).
        daily: bool,
    },
    /// A traditional festival.
    Festival,
    /// An observance (ngày kỷ niệm), not a day off.
    Observance,
    /// A public service closed, reduced or reopened (the one-stop counter
    /// "tạm dừng tiếp nhận hồ sơ", a hospital's emergencies only): its
    /// title says which; shown in the month by that title.
    Service,
}

impl Kind {
    /// Whether the kind states an official decision, so it must cite a document.
    pub fn is_official(&self) -> bool {
        !matches!(self, Kind::Festival | Kind::Observance)
    }

    /// The kind's code in files and in filters.
    pub fn code(&self) -> KindCode {
        match self {
            Kind::Holiday => KindCode::Holiday,
            Kind::DayOff(_) => KindCode::DayOff,
            Kind::MakeUpWorkday { .. } => KindCode::MakeUpWorkday,
            Kind::Flag => KindCode::Flag,
            Kind::Duty { .. } => KindCode::Duty,
            Kind::Deadline { .. } => KindCode::Deadline,
            Kind::Report { .. } => KindCode::Report,
            Kind::Festival => KindCode::Festival,
            Kind::Observance => KindCode::Observance,
            Kind::Service => KindCode::Service,
        }
    }
}

codes! {
    /// What a yearly rule does in a year that lacks its day: day 30 of a
    /// 29-day lunar month, or 29 February in a common year.
    pub enum MissingDay {
        /// Use the month's last day (as for Giao thừa, 29 Chạp in such years).
        LastDay = "last_day",
        /// No occurrence that year.
        Skip = "skip",
    }
}

/// When an event happens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum When {
    /// One day.
    Day(NaiveDate),
    /// Every day from the first to the last, inclusive.
    Range(NaiveDate, NaiveDate),
    /// Every year on a lunar date.
    Lunar {
        /// Lunar month 1–12 (never the leap month).
        month: u8,
        /// Day 1–30.
        day: u8,
        /// What to do when the month is too short.
        missing: MissingDay,
        /// Only in these solar years, inclusive.
        years: Option<(i32, i32)>,
    },
    /// Every year on a solar date.
    Solar {
        /// Month 1–12.
        month: u32,
        /// Day 1–31.
        day: u32,
        /// What to do in years without the day (only 29 February).
        missing: MissingDay,
        /// Only in these years, inclusive.
        years: Option<(i32, i32)>,
    },
    /// The source gives no date; the note says what it does say.
    Undated(Text),
}

codes! {
    /// How sure the publisher is of an event.
    #[derive(Default)]
    pub enum Confidence {
        /// Stated by an official text or by two independent sources.
        #[default]
        Confirmed = "confirmed",
        /// One source only.
        SingleSource = "single_source",
        /// Computed (a lunar date, a weekday), not stated.
        Derived = "derived",
        /// Not verified: the source text was not found.
        Unverified = "unverified",
        /// Depends on a decision not yet confirmed.
        Pending = "pending",
        /// What the law gives for a year whose decision is not yet in the
        /// data (dự kiến): a statute's day or its nghỉ bù, never a decided day.
        Expected = "expected",
    }
}

/// One event of a schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique within the schedule; part of the iCalendar UID.
    pub id: String,
    /// What it is.
    pub kind: Kind,
    /// Its name.
    pub title: Text,
    /// More words.
    pub description: Option<Text>,
    /// When.
    pub when: When,
    /// Ids of the documents that decide it (at least one for official kinds).
    pub sources: Vec<String>,
    /// Who it concerns, in the notice's words, e.g. "cán bộ, công chức, viên chức".
    pub audience: Vec<String>,
    /// Who it concerns, as codes, as the file writes them (`"who"`).
    pub who: Audiences,
    /// Who it concerns, as the views read it: `who`, or what the audience's
    /// words say ([`Event::concerns_by_words`]); none: everyone. Set by the
    /// file's reader; the wire to the widget carries only this.
    pub concerns: Audiences,
    /// Ids of the contacts for it.
    pub contacts: Vec<String>,
    /// The time of day on its one `date` (`"time"`): when it falls due, or
    /// begins. The notice's words stay in the description; the widget does
    /// not carry it (the `.ics` does: a timed event).
    pub time: Option<TimeOfDay>,
    /// The part of its first day it begins in (`"begins"`), when the notice
    /// says so without a time: "treo cờ từ chiều ngày 01/9/2025".
    pub begins: Option<DayPart>,
    /// A day off's days counted by kind, as its notice states them
    /// (`"composition"`).
    pub composition: Option<Composition>,
    /// How sure.
    pub confidence: Confidence,
    /// The occasion it belongs to, which links a decision to the law's
    /// expectation for the same occasion and year, and makes the events of
    /// one break one entry.
    pub occasion: Option<Occasion>,
    /// Events this one replaces: ids of this file, or `file-id/event-id`.
    pub supersedes: Vec<String>,
    /// For the law's yearly rules: what the statute gives.
    pub statute: Option<Statute>,
    /// The id of the schedule file the event comes from (stable across merges;
    /// part of its iCalendar UID).
    pub origin: String,
}

impl Event {
    /// Whom the event concerns: its `who` codes, or else, read from the
    /// audience's words as notices write them, pupils when every group
    /// named is pupils or students ("Học sinh các trường trên địa bàn xã",
    /// "trẻ mầm non, học sinh") and none names people at work ("cán bộ",
    /// "người lao động"); none: everyone. The reader keeps it in
    /// `concerns`, so that the widget carries no word list.
    pub fn concerns_by_words(&self) -> Audiences {
        // Each word without its first letter, which notices write in either
        // case ("Học sinh", "học sinh"): one entry for both.
        const PUPILS: [&str; 4] = ["ọc sinh", "ầm non", "inh viên", "ọc viên"];
        const WORKERS: [&str; 5] = ["án bộ", "ông chức", "iên chức", "ao động", "iáo viên"];
        let pupils = !self.audience.is_empty()
            && self.audience.iter().all(|a| {
                PUPILS.iter().any(|w| a.contains(w)) && !WORKERS.iter().any(|w| a.contains(w))
            });
        match (self.who.is_empty(), pupils) {
            (true, true) => Audiences::of([Audience::Pupils]),
            _ => self.who,
        }
    }

    /// Whether the event applies to someone of `reader` (the widget answers
    /// for [`Audiences::AT_WORK`] unless its embedding names an audience).
    /// A school break does not apply to civil servants: the month shows it
    /// by its name, not as "Nghỉ", which would tell them the day is off.
    pub fn applies_to(&self, reader: Audiences) -> bool {
        self.concerns.is_empty() || self.concerns.meets(reader)
    }
}

/// An occasion: a holiday or observance that recurs every year, such as
/// Tết Âm lịch (`tet-am-lich`), and which year's instance an event is about.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Occasion {
    /// The occasion's id, the same in every file (`tet-am-lich`, `quoc-khanh`).
    pub id: String,
    /// The year, when it is not the year of the event's last day (the
    /// weekend of 30–31/12/2023 belongs to Tết Dương lịch 2024).
    pub year: Option<i32>,
}

/// What a statute gives for an occasion each year (Bộ luật Lao động 2019,
/// Điều 112): `days` paid days, of which the first `fixed` follow from the
/// rule's date every year (mùng 1–3 Tết); the rest are the Prime
/// Minister's to place (Điều 112(3)) and are said in `undecided`. With
/// `compensation`, a fixed day on the weekly rest day gives a nghỉ bù on
/// the next working day (Điều 111(3); the public servants' week is
/// Monday–Friday).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Statute {
    /// Paid days the law gives.
    pub days: u8,
    /// How many of them, from the rule's date on, are fixed.
    pub fixed: u8,
    /// Whether a fixed day on Saturday or Sunday gives a nghỉ bù.
    pub compensation: bool,
    /// What is left to decide, in words.
    pub undecided: Option<Text>,
}

/// Standing instructions of a notice that have no date of their own (e.g.
/// what telecom carriers must do during Tết), kept as text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Identifier.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// The points, in order.
    pub points: Vec<Text>,
    /// Who it concerns.
    pub audience: Vec<String>,
    /// Ids of the documents it comes from.
    pub sources: Vec<String>,
}

/// Who publishes a schedule.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Publisher {
    /// The agency.
    pub agency: String,
    /// The province or city.
    pub province: Option<String>,
}

/// A whole schedule file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Identifier (part of iCalendar UIDs).
    pub id: String,
    /// Its name.
    pub title: Text,
    /// Who publishes it.
    pub publisher: Publisher,
    /// When it was last updated (also the iCalendar DTSTAMP).
    pub updated: NaiveDate,
    /// The day the widget opens on, if the schedule has a focus.
    pub focus: Option<NaiveDate>,
    /// Cited documents.
    pub documents: Vec<Document>,
    /// Contacts.
    pub contacts: Vec<Contact>,
    /// Events.
    pub events: Vec<Event>,
    /// Undated instructions.
    pub notes: Vec<Note>,
    /// The other files merged into this one ([`Schedule::merged_with`]), in
    /// order: what an export held is named after them. Empty for a file as read.
    pub merged: Vec<Part>,
}

/// A file merged into a schedule: its id and its name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The file's id (the `origin` of its items).
    pub id: String,
    /// Its title.
    pub title: Text,
}

impl Schedule {
    /// Keeps what still stands of one file as read: every citation of a
    /// document that no longer does (withdrawn, or superseded by another
    /// document of the file) is dropped,
    /// and with it each event and note that cited only such documents;
    /// those that cite nothing stay. This is what a visitor is shown and an
    /// export holds — the file itself keeps the rest, for the record.
    /// Returns how many events were dropped.
    ///
    /// # Example
    /// ```
    /// use lich_core::schedule::{parse_schedule, DocStatus};
    /// let mut s = parse_schedule(r#"{"format": 1, "id": "xa", "title": "Xã", "publisher": {"agency": "UBND xã"},
    ///   "updated": "2025-12-10",
    ///   "documents": [
    ///     {"id": "cu", "number": "200/TB-UBND", "issuer": "UBND tỉnh", "date": "2025-12-05", "subject": "Nghỉ Tết Dương lịch"},
    ///     {"id": "moi", "number": "12729/VPCP-KGVX", "issuer": "Văn phòng Chính phủ", "date": "2025-12-25",
    ///      "subject": "Hoán đổi ngày làm việc", "supersedes": ["cu"]}],
    ///   "events": [
    ///     {"id": "nghi-1", "kind": "day_off", "day_off_reason": "holiday", "title": "Tết Dương lịch", "date": "2026-01-01", "sources": ["cu"]},
    ///     {"id": "nghi-2", "kind": "day_off", "day_off_reason": "swap", "title": "Nghỉ hoán đổi", "date": "2026-01-02", "sources": ["moi"]}]}"#).unwrap();
    /// assert_eq!(s.document("cu").unwrap().status, DocStatus::InForce); // as it says of itself
    /// assert_eq!(s.retain_in_force(), 1);
    /// assert_eq!(s.events.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["nghi-2"]);
    /// ```
    pub fn retain_in_force(&mut self) -> usize {
        let docs = &self.documents;
        let stands = |id: &String| {
            !docs.iter().any(|d| {
                (d.id == *id && d.status != DocStatus::InForce) || d.supersedes.contains(id)
            })
        };
        let standing = |sources: &mut Vec<String>| {
            let cited = !sources.is_empty();
            sources.retain(stands);
            !cited || !sources.is_empty()
        };
        let before = self.events.len();
        self.events.retain_mut(|e| standing(&mut e.sources));
        self.notes.retain_mut(|n| standing(&mut n.sources));
        before - self.events.len()
    }

    /// The document with this id (the first, if merged files share it).
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id == id)
    }

    /// The document `id` that event `e` cites: the one of `e`'s own file,
    /// since ids are unique only within a file.
    pub fn document_of(&self, e: &Event, id: &str) -> Option<&Document> {
        self.documents
            .iter()
            .find(|d| d.id == id && d.origin == e.origin)
            .or_else(|| self.document(id))
    }

    /// The title of the file `origin` (this one or one merged into it).
    pub fn title_of(&self, origin: &str) -> Option<&Text> {
        if origin == self.id {
            return Some(&self.title);
        }
        self.merged
            .iter()
            .find(|p| p.id == origin)
            .map(|p| &p.title)
    }

    /// The contact with this id.
    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The contact `id` that event `e` names, from `e`'s own file.
    pub fn contact_of(&self, e: &Event, id: &str) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.id == id && c.origin == e.origin)
            .or_else(|| self.contact(id))
    }

    /// The focus to open on, while the notice it belongs to is current: some
    /// dated event of this schedule's own file ends today or later. `None`
    /// once the notice is over (the widget then opens on today), or when
    /// there is no focus. Without a clock (`today` unknown), the focus.
    pub fn current_focus(&self, today: Option<NaiveDate>) -> Option<NaiveDate> {
        let focus = self.focus?;
        let Some(today) = today else {
            return Some(focus);
        };
        let current = self
            .events
            .iter()
            .filter(|e| e.origin == self.id)
            .any(|e| match e.when {
                When::Day(d) => d >= today,
                When::Range(_, b) => b >= today,
                _ => false,
            });
        current.then_some(focus)
    }

    /// This schedule as a single-language build shows it: every text keeps
    /// only what [`Text::get`] gives in `lang` — in Vietnamese, the
    /// Vietnamese; in English, the English where there is one and the
    /// Vietnamese otherwise. The built-in data of the `only-vi` and
    /// `only-en` builds, which never show the rest.
    pub fn in_language(&self, lang: Lang) -> Schedule {
        self.map_texts(|t| match lang {
            Lang::Vi => t.en = None,
            // The Vietnamese is shown only where there is no English.
            Lang::En if t.en.is_some() => t.vi.clear(),
            Lang::En => {}
        })
    }

    /// The built-in data of a single-language widget build: this schedule
    /// [`in_language`](Schedule::in_language), without what no view of the
    /// widget shows — the documents' notes ("text not found") and links,
    /// and the built-in files' publishers (the widget names an agency's
    /// own file by its publisher, and the built-in data as built in). The
    /// full data stays in the file module and the command line, which
    /// export them; leaving them out of the first download saves 0.5 KB gzip.
    pub fn for_widget(&self, lang: Lang) -> Schedule {
        let mut s = self.in_language(lang);
        s.publisher = Publisher::default();
        for d in &mut s.documents {
            d.note = None;
            d.url = None;
        }
        s
    }

    /// A copy with `f` applied to every text of the schedule, in a fixed order.
    pub(crate) fn map_texts(&self, mut f: impl FnMut(&mut Text)) -> Schedule {
        let mut s = self.clone();
        f(&mut s.title);
        for d in &mut s.documents {
            f(&mut d.subject);
            d.note.iter_mut().for_each(&mut f);
        }
        for c in &mut s.contacts {
            f(&mut c.name);
        }
        for e in &mut s.events {
            f(&mut e.title);
            e.description.iter_mut().for_each(&mut f);
            if let When::Undated(t) = &mut e.when {
                f(t);
            }
            if let Some(st) = &mut e.statute {
                st.undecided.iter_mut().for_each(&mut f);
            }
        }
        for n in &mut s.notes {
            f(&mut n.title);
            n.points.iter_mut().for_each(&mut f);
        }
        for p in &mut s.merged {
            f(&mut p.title);
        }
        s
    }

    /// What a widget shows of this (built-in) schedule and an agency `file`:
    /// the file merged over it, or with `replace` (`data="replace"`) the
    /// file alone. The widget and the file module's iCalendar export both
    /// ask this, so a download holds what the screen shows.
    pub fn shown_with(&self, file: &Schedule, replace: bool) -> Schedule {
        if replace {
            file.clone()
        } else {
            self.merged_with(file)
        }
    }

    /// Merges `other` over this schedule: its documents, contacts and events
    /// are added after this schedule's own. Lookups by id find this
    /// schedule's items first, so the two files should use distinct ids.
    pub fn merged_with(&self, other: &Schedule) -> Schedule {
        let mut out = self.clone();
        out.absorb(other.clone());
        out
    }

    /// [`Schedule::merged_with`] in place, taking `other`'s items without
    /// copying them.
    pub fn absorb(&mut self, other: Schedule) {
        // Only exports name what they hold, and the single-language widget
        // builds write none (the file module does, built without these
        // features): not keeping the names there saves code in the first
        // load.
        #[cfg(not(any(feature = "only-vi", feature = "only-en")))]
        {
            self.merged.push(Part {
                id: other.id,
                title: other.title,
            });
            self.merged.extend(other.merged);
        }
        self.documents.extend(other.documents);
        self.contacts.extend(other.contacts);
        self.events.extend(other.events);
        self.notes.extend(other.notes);
        self.updated = self.updated.max(other.updated);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every text of `s`, in `map_texts` order.
    fn texts(s: &Schedule) -> Vec<Text> {
        let mut out = Vec::new();
        s.map_texts(|t| out.push(t.clone()));
        out
    }

    /// Every minute of the day is written `HH:MM` and read back; nothing
    /// else of that shape is a time.
    #[test]
    fn times_of_day_round_trip() {
        for minute in 0..24 * 60u16 {
            let t = TimeOfDay::new(minute / 60, minute % 60).unwrap();
            assert_eq!(TimeOfDay::parse(&t.to_string()), Some(t));
        }
        for bad in [
            "24:00", "23:60", "7:30", "07:3", "07-30", "0730", " 07:30", "+7:30", "07:30 ",
        ] {
            assert_eq!(TimeOfDay::parse(bad), None, "{bad}");
        }
    }

    /// Every set of audiences goes through its byte and back, in the
    /// table's order; a byte with bits beyond the table is none.
    #[test]
    fn audiences_round_trip_through_their_byte() {
        for bits in 0..32u32 {
            let set = Audiences::from_bits(bits).expect("five codes, five bits");
            let listed: Vec<Audience> = set.iter().collect();
            assert_eq!(Audiences::of(listed.iter().copied()), set);
            assert_eq!(u32::from(set.bits()), bits);
            assert!(listed.windows(2).all(|w| w[0] < w[1]), "in order");
        }
        assert_eq!(Audiences::from_bits(32), None);
        assert!(Audiences::AT_WORK.contains(Audience::PublicSector));
        assert!(!Audiences::AT_WORK.meets(Audiences::of([Audience::Pupils])));
    }

    #[test]
    fn a_single_language_copy_shows_the_same_in_that_language() {
        for s in crate::schedule::builtin::from_json() {
            let all = texts(&s);
            assert!(
                all.iter().any(|t| t.en.is_some()),
                "{} has translations",
                s.id
            );
            for lang in Lang::ALL {
                let one = s.in_language(*lang);
                let kept = texts(&one);
                assert_eq!(kept.len(), all.len());
                for (a, b) in all.iter().zip(&kept) {
                    assert_eq!(
                        (a.get(*lang), a.lang_of(*lang)),
                        (b.get(*lang), b.lang_of(*lang))
                    );
                }
                // And nothing else: the other language's words are gone.
                let other: usize = kept
                    .iter()
                    .map(|t| match lang {
                        Lang::Vi => t.en.as_ref().map_or(0, String::len),
                        Lang::En => t.en.as_ref().map_or(0, |_| t.vi.len()),
                    })
                    .sum();
                assert_eq!(other, 0, "{} in {lang:?}", s.id);
            }
        }
    }
}
