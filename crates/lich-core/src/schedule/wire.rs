//! A compact binary form of a checked schedule, for handing schedules
//! around without reading JSON again.
//!
//! The widget's first download should not carry the JSON reader and the
//! validator, which only a page with an agency file (`src`) needs: the
//! built-in data is compiled into this form ahead of time
//! (`cargo run --example gen_builtin`; `tests/schedule_data.rs` re-derives it
//! from `static/data/*.json` and fails if it is stale), and an agency file
//! is read and checked by the separate reader module, which hands the widget
//! the same form. Decoding it is a few kilobytes of code and no checks:
//! whatever was encoded had been validated.
//!
//! The layout is a sequence of unsigned LEB128 numbers and length-prefixed
//! UTF-8 strings, in the order of the model's fields; enums are their index
//! in their code table, options a 0/1 tag, lists a count, dates the day
//! number from the common era. [`encode`] and [`decode`] are exact inverses
//! on what the validator accepts: checked on the built-in files here, and on
//! every file of the fuzzer's corpus that reads (`fuzz/checks.rs`, replayed
//! by `tests/fuzz_corpus.rs`).

use super::model::*;
use super::problem::{Outcome, WordedProblem};
use crate::calendar::names::Lang;
use chrono::{Datelike, NaiveDate};

/// The first bytes of every encoded schedule, with the layout's version.
pub const MAGIC: &[u8; 4] = b"LCH2";

/// The encoded form of `s`.
pub fn encode(s: &Schedule) -> Vec<u8> {
    let mut w = Writer(MAGIC.to_vec());
    w.schedule(s);
    w.0
}

/// The schedule encoded in `bytes`, or `None` if they are not an encoding
/// [`encode`] wrote.
pub fn decode(bytes: &[u8]) -> Option<Schedule> {
    let mut r = Reader(bytes.strip_prefix(MAGIC)?);
    let s = r.schedule()?;
    r.0.is_empty().then_some(s)
}

/// Several encoded schedules one after the other, each with its length.
pub fn encode_all(schedules: &[Schedule]) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    for s in schedules {
        let one = encode(s);
        w.uint(one.len() as u64);
        w.0.extend_from_slice(&one);
    }
    w.0
}

/// The schedules of [`encode_all`].
pub fn decode_all(bytes: &[u8]) -> Option<Vec<Schedule>> {
    let mut r = Reader(bytes);
    let mut out = Vec::new();
    while !r.0.is_empty() {
        let n = r.len()?;
        let (one, rest) = (r.0.get(..n)?, r.0.get(n..)?);
        out.push(decode(one)?);
        r.0 = rest;
    }
    Some(out)
}

/// The encoded form of a reading's outcome (tag 0 and the schedule, or
/// tag 1, the count and the worded problems).
pub fn encode_outcome(o: &Outcome) -> Vec<u8> {
    let mut w = Writer(Vec::new());
    match o {
        Outcome::Read(s) => {
            w.uint(0);
            w.0.extend_from_slice(&encode(s));
        }
        Outcome::Rejected { count, first } => {
            w.uint(1);
            w.uint(*count as u64);
            w.list(first, |w, p| {
                w.str(&p.place);
                w.strs(&p.messages);
            });
        }
    }
    w.0
}

/// The outcome of [`encode_outcome`].
pub fn decode_outcome(bytes: &[u8]) -> Option<Outcome> {
    let mut r = Reader(bytes);
    match r.uint()? {
        0 => decode(r.0).map(Outcome::Read),
        1 => {
            let count = r.len()?;
            let first = r.list(|r| {
                Some(WordedProblem {
                    place: r.str()?,
                    messages: r.strs()?,
                })
            })?;
            r.0.is_empty().then_some(Outcome::Rejected { count, first })
        }
        _ => None,
    }
}

/// What the widget asks the file module for when a visitor downloads an
/// iCalendar file: the options, whether the agency file replaces the
/// built-in data, and that file as the reader module encoded it (its
/// [`encode_outcome`]), so the module need not read it again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsRequest {
    /// Range, kinds and language.
    pub options: crate::ical::IcsOptions,
    /// `data="replace"`: the file alone, without the built-in data.
    pub replace: bool,
    /// The agency file's encoded outcome, if one is shown.
    pub file: Option<Vec<u8>>,
}

/// The magic of an [`IcsRequest`].
const ICS_MAGIC: &[u8; 4] = b"LCI1";

/// The bytes of an [`IcsRequest`].
pub fn encode_ics_request(r: &IcsRequest) -> Vec<u8> {
    let mut w = Writer(ICS_MAGIC.to_vec());
    w.date(r.options.from);
    w.date(r.options.to);
    w.list(&r.options.kinds, |w, k| w.code(KindCode::ALL, k));
    w.code(Lang::ALL, &r.options.lang);
    w.uint(r.replace.into());
    w.opt(&r.file, |w, f| {
        w.uint(f.len() as u64);
        w.0.extend_from_slice(f);
    });
    w.0
}

/// The request of [`encode_ics_request`].
pub fn decode_ics_request(bytes: &[u8]) -> Option<IcsRequest> {
    let mut r = Reader(bytes.strip_prefix(ICS_MAGIC)?);
    let from = r.date()?;
    let to = r.date()?;
    let kinds = r.list(|r| r.code(KindCode::ALL))?;
    let lang = r.code(Lang::ALL)?;
    let replace = match r.uint()? {
        0 => false,
        1 => true,
        _ => return None,
    };
    let file = r.opt(|r| {
        let n = r.len()?;
        let (f, rest) = (r.0.get(..n)?, r.0.get(n..)?);
        r.0 = rest;
        Some(f.to_vec())
    })?;
    r.0.is_empty().then_some(IcsRequest {
        options: crate::ical::IcsOptions {
            from,
            to,
            kinds,
            lang,
            // Not sent: the file module stamps the export when it writes it.
            stamp: chrono::NaiveDateTime::default(),
        },
        replace,
        file,
    })
}

struct Writer(Vec<u8>);

impl Writer {
    fn uint(&mut self, mut n: u64) {
        loop {
            let byte = (n & 0x7f) as u8;
            n >>= 7;
            if n == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }

    fn int(&mut self, n: i64) {
        self.uint(((n << 1) ^ (n >> 63)) as u64);
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len() as u64);
        self.0.extend_from_slice(s.as_bytes());
    }

    fn opt<T>(&mut self, v: &Option<T>, f: impl FnOnce(&mut Self, &T)) {
        match v {
            None => self.uint(0),
            Some(x) => {
                self.uint(1);
                f(self, x);
            }
        }
    }

    fn list<T>(&mut self, items: &[T], mut f: impl FnMut(&mut Self, &T)) {
        self.uint(items.len() as u64);
        for x in items {
            f(self, x);
        }
    }

    fn strs(&mut self, items: &[String]) {
        self.list(items, |w, s| w.str(s));
    }

    fn code<T: PartialEq>(&mut self, all: &[T], v: &T) {
        self.uint(all.iter().position(|x| x == v).unwrap_or(0) as u64);
    }

    fn date(&mut self, d: NaiveDate) {
        self.int(i64::from(d.num_days_from_ce()));
    }

    fn text(&mut self, t: &Text) {
        self.str(&t.vi);
        self.opt(&t.en, |w, en| w.str(en));
    }

    fn years(&mut self, y: &Option<(i32, i32)>) {
        self.opt(y, |w, &(a, b)| {
            w.int(a.into());
            w.int(b.into());
        });
    }

    fn schedule(&mut self, s: &Schedule) {
        self.str(&s.id);
        self.text(&s.title);
        self.str(&s.publisher.agency);
        self.opt(&s.publisher.province, |w, p| w.str(p));
        self.date(s.updated);
        self.opt(&s.focus, |w, &d| w.date(d));
        self.list(&s.documents, Self::document);
        self.list(&s.contacts, |w, c| {
            w.str(&c.origin);
            w.str(&c.id);
            w.text(&c.name);
            w.opt(&c.phone, |w, p| w.str(p));
            w.opt(&c.email, |w, e| w.str(e));
        });
        self.list(&s.events, Self::event);
        self.list(&s.notes, |w, n| {
            w.str(&n.id);
            w.text(&n.title);
            w.list(&n.points, Self::text);
            w.strs(&n.audience);
            w.strs(&n.sources);
        });
    }

    fn document(&mut self, d: &Document) {
        self.str(&d.origin);
        self.str(&d.id);
        self.str(&d.number);
        self.str(&d.issuer);
        match d.date {
            DocDate::Day(x) => {
                self.uint(0);
                self.date(x);
            }
            DocDate::Month(y, m) => {
                self.uint(1);
                self.int(y.into());
                self.uint(m.into());
            }
            DocDate::Unknown => self.uint(2),
        }
        self.text(&d.subject);
        self.opt(&d.url, |w, u| w.str(u));
        self.opt(&d.note, Self::text);
        self.code(DocStatus::ALL, &d.status);
        self.strs(&d.supersedes);
        self.opt(&d.relays, |w, r| w.str(r));
    }

    fn event(&mut self, e: &Event) {
        self.str(&e.id);
        let code = e.kind.code();
        self.code(KindCode::ALL, &code);
        match &e.kind {
            Kind::DayOff(r) => self.code(DayOffReason::ALL, r),
            Kind::Duty { types, hours } => {
                self.list(types, |w, t| w.code(DutyType::ALL, t));
                self.opt(hours, |w, h| w.str(h));
            }
            Kind::Deadline { to, via } => {
                self.opt(to, |w, t| w.str(t));
                self.list(via, |w, c| w.code(Channel::ALL, c));
            }
            Kind::Report {
                phase,
                to,
                via,
                daily,
            } => {
                self.code(ReportPhase::ALL, phase);
                self.opt(to, |w, t| w.str(t));
                self.list(via, |w, c| w.code(Channel::ALL, c));
                self.uint((*daily).into());
            }
            Kind::MakeUpWorkday { makes_up } => self.opt(makes_up, |w, m| w.str(m)),
            Kind::Holiday | Kind::Flag | Kind::Festival | Kind::Observance | Kind::Service => {}
        }
        self.text(&e.title);
        self.opt(&e.description, Self::text);
        match &e.when {
            When::Day(d) => {
                self.uint(0);
                self.date(*d);
            }
            When::Range(a, b) => {
                self.uint(1);
                self.date(*a);
                self.date(*b);
            }
            When::Lunar {
                month,
                day,
                missing,
                years,
            } => {
                self.uint(2);
                self.uint((*month).into());
                self.uint((*day).into());
                self.code(MissingDay::ALL, missing);
                self.years(years);
            }
            When::Solar {
                month,
                day,
                missing,
                years,
            } => {
                self.uint(3);
                self.uint((*month).into());
                self.uint((*day).into());
                self.code(MissingDay::ALL, missing);
                self.years(years);
            }
            When::Undated(t) => {
                self.uint(4);
                self.text(t);
            }
        }
        self.strs(&e.sources);
        self.strs(&e.audience);
        // Whom it concerns as read (the widget needs no more).
        self.uint(e.concerns.bits().into());
        self.strs(&e.contacts);
        // The time of day in minutes: the widget shows the notice's words
        // for it, but its `.ics` download has the instant.
        self.opt(&e.time, |w, t| w.uint((t.hour() * 60 + t.minute()).into()));
        self.opt(&e.begins, |w, p| w.code(DayPart::ALL, p));
        self.opt(&e.composition, |w, c| {
            c.0.iter().for_each(|&n| w.uint(n.into()))
        });
        self.code(Confidence::ALL, &e.confidence);
        self.opt(&e.occasion, |w, o| {
            w.str(&o.id);
            w.opt(&o.year, |w, &y| w.int(y.into()));
        });
        self.strs(&e.supersedes);
        self.opt(&e.statute, |w, st| {
            w.uint(st.days.into());
            w.uint(st.fixed.into());
            w.uint(st.compensation.into());
            w.opt(&st.undecided, Self::text);
        });
        self.str(&e.origin);
    }
}

struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn uint(&mut self) -> Option<u64> {
        let mut n = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.0.split_first()?;
            self.0 = rest;
            n |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Some(n);
            }
        }
        None
    }

    fn len(&mut self) -> Option<usize> {
        usize::try_from(self.uint()?).ok()
    }

    fn int(&mut self) -> Option<i64> {
        let u = self.uint()?;
        Some((u >> 1) as i64 ^ -((u & 1) as i64))
    }

    fn small<T: TryFrom<u64>>(&mut self) -> Option<T> {
        T::try_from(self.uint()?).ok()
    }

    fn str(&mut self) -> Option<String> {
        let n = self.len()?;
        let (bytes, rest) = (self.0.get(..n)?, self.0.get(n..)?);
        self.0 = rest;
        core::str::from_utf8(bytes).ok().map(String::from)
    }

    fn opt<T>(&mut self, f: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        match self.uint()? {
            0 => Some(None),
            1 => f(self).map(Some),
            _ => None,
        }
    }

    fn list<T>(&mut self, mut f: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len()?;
        // A count cannot exceed the bytes left: no huge allocation from a bad length.
        let mut out = Vec::with_capacity(n.min(self.0.len()));
        for _ in 0..n {
            out.push(f(self)?);
        }
        Some(out)
    }

    fn strs(&mut self) -> Option<Vec<String>> {
        self.list(Self::str)
    }

    fn code<T: Copy>(&mut self, all: &[T]) -> Option<T> {
        all.get(self.len()?).copied()
    }

    fn date(&mut self) -> Option<NaiveDate> {
        NaiveDate::from_num_days_from_ce_opt(i32::try_from(self.int()?).ok()?)
    }

    fn text(&mut self) -> Option<Text> {
        Some(Text {
            vi: self.str()?,
            en: self.opt(Self::str)?,
        })
    }

    fn years(&mut self) -> Option<Option<(i32, i32)>> {
        self.opt(|r| Some((i32::try_from(r.int()?).ok()?, i32::try_from(r.int()?).ok()?)))
    }

    fn schedule(&mut self) -> Option<Schedule> {
        Some(Schedule {
            id: self.str()?,
            title: self.text()?,
            publisher: Publisher {
                agency: self.str()?,
                province: self.opt(Self::str)?,
            },
            updated: self.date()?,
            focus: self.opt(Self::date)?,
            documents: self.list(Self::document)?,
            contacts: self.list(|r| {
                Some(Contact {
                    origin: r.str()?,
                    id: r.str()?,
                    name: r.text()?,
                    phone: r.opt(Self::str)?,
                    email: r.opt(Self::str)?,
                })
            })?,
            events: self.list(Self::event)?,
            notes: self.list(|r| {
                Some(Note {
                    id: r.str()?,
                    title: r.text()?,
                    points: r.list(Self::text)?,
                    audience: r.strs()?,
                    sources: r.strs()?,
                })
            })?,
            // Files are encoded one by one; merging happens after decoding.
            merged: Vec::new(),
        })
    }

    fn document(&mut self) -> Option<Document> {
        Some(Document {
            origin: self.str()?,
            id: self.str()?,
            number: self.str()?,
            issuer: self.str()?,
            date: match self.uint()? {
                0 => DocDate::Day(self.date()?),
                1 => DocDate::Month(i32::try_from(self.int()?).ok()?, self.small()?),
                2 => DocDate::Unknown,
                _ => return None,
            },
            subject: self.text()?,
            url: self.opt(Self::str)?,
            note: self.opt(Self::text)?,
            status: self.code(DocStatus::ALL)?,
            supersedes: self.strs()?,
            relays: self.opt(Self::str)?,
        })
    }

    fn event(&mut self) -> Option<Event> {
        let id = self.str()?;
        let kind = match self.code(KindCode::ALL)? {
            KindCode::Holiday => Kind::Holiday,
            KindCode::DayOff => Kind::DayOff(self.code(DayOffReason::ALL)?),
            KindCode::MakeUpWorkday => Kind::MakeUpWorkday {
                makes_up: self.opt(Self::str)?,
            },
            KindCode::Flag => Kind::Flag,
            KindCode::Duty => Kind::Duty {
                types: self.list(|r| r.code(DutyType::ALL))?,
                hours: self.opt(Self::str)?,
            },
            KindCode::Deadline => Kind::Deadline {
                to: self.opt(Self::str)?,
                via: self.list(|r| r.code(Channel::ALL))?,
            },
            KindCode::Report => Kind::Report {
                phase: self.code(ReportPhase::ALL)?,
                to: self.opt(Self::str)?,
                via: self.list(|r| r.code(Channel::ALL))?,
                daily: self.uint()? == 1,
            },
            KindCode::Festival => Kind::Festival,
            KindCode::Observance => Kind::Observance,
            KindCode::Service => Kind::Service,
        };
        let title = self.text()?;
        let description = self.opt(Self::text)?;
        let when = match self.uint()? {
            0 => When::Day(self.date()?),
            1 => When::Range(self.date()?, self.date()?),
            2 => When::Lunar {
                month: self.small()?,
                day: self.small()?,
                missing: self.code(MissingDay::ALL)?,
                years: self.years()?,
            },
            3 => When::Solar {
                month: self.small()?,
                day: self.small()?,
                missing: self.code(MissingDay::ALL)?,
                years: self.years()?,
            },
            4 => When::Undated(self.text()?),
            _ => return None,
        };
        Some(Event {
            id,
            kind,
            title,
            description,
            when,
            sources: self.strs()?,
            audience: self.strs()?,
            who: Audiences::default(),
            concerns: Audiences::from_bits(self.small()?)?,
            contacts: self.strs()?,
            time: self.opt(|r| {
                let m = u16::try_from(r.uint()?).ok()?;
                TimeOfDay::new(m / 60, m % 60)
            })?,
            begins: self.opt(|r| r.code(DayPart::ALL))?,
            composition: self.opt(|r| {
                Some(Composition([
                    r.small()?,
                    r.small()?,
                    r.small()?,
                    r.small()?,
                ]))
            })?,
            confidence: self.code(Confidence::ALL)?,
            occasion: self.opt(|r| {
                Some(Occasion {
                    id: r.str()?,
                    year: r.opt(|r| i32::try_from(r.int()?).ok())?,
                })
            })?,
            supersedes: self.strs()?,
            statute: self.opt(|r| {
                Some(Statute {
                    days: r.small()?,
                    fixed: r.small()?,
                    compensation: match r.uint()? {
                        0 => false,
                        1 => true,
                        _ => return None,
                    },
                    undecided: r.opt(Self::text)?,
                })
            })?,
            origin: self.str()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schedule::parse_schedule;

    #[test]
    fn round_trips_the_built_in_files() {
        for (name, text) in crate::schedule::builtin::FILES {
            let s = parse_schedule(text).unwrap();
            let bytes = encode(&s);
            assert_eq!(decode(&bytes).as_ref(), Some(&s), "{name}");
            // Every strict prefix is refused, never misread.
            for cut in [0, 4, 5, bytes.len() / 2, bytes.len() - 1] {
                assert_eq!(decode(&bytes[..cut]), None, "{name} cut at {cut}");
            }
        }
    }

    #[test]
    fn outcomes_round_trip() {
        let good = crate::schedule::outcome(crate::schedule::builtin::FESTIVALS.as_bytes());
        assert!(matches!(good, Outcome::Read(_)));
        assert_eq!(decode_outcome(&encode_outcome(&good)), Some(good));
        let bad = crate::schedule::outcome(b"{\"format\": 2}");
        let Outcome::Rejected { count, first } = &bad else {
            panic!("{bad:?}")
        };
        assert_eq!((*count, first.len()), (6, 5));
        assert_eq!(decode_outcome(&encode_outcome(&bad)), Some(bad.clone()));
        assert_eq!(decode_outcome(b"\x02"), None);
    }

    #[test]
    fn ics_requests_round_trip() {
        use crate::ical::IcsOptions;
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let file = encode_outcome(&crate::schedule::outcome(
            crate::schedule::builtin::FESTIVALS.as_bytes(),
        ));
        for (kinds, replace, file) in [
            (vec![], false, None),
            (vec![KindCode::DayOff, KindCode::Flag], true, Some(file)),
        ] {
            let r = IcsRequest {
                options: IcsOptions {
                    from: d("2027-01-01"),
                    to: d("2027-12-31"),
                    kinds,
                    lang: Lang::En,
                    stamp: chrono::NaiveDateTime::default(),
                },
                replace,
                file,
            };
            let bytes = encode_ics_request(&r);
            assert_eq!(decode_ics_request(&bytes), Some(r));
            // Cut anywhere, or with a byte more, it is refused, not misread.
            for n in 0..bytes.len() {
                assert_eq!(decode_ics_request(&bytes[..n]), None, "cut at {n}");
            }
            let mut longer = bytes.clone();
            longer.push(0);
            assert_eq!(decode_ics_request(&longer), None);
        }
    }

    #[test]
    fn several_at_once() {
        let all: Vec<Schedule> = crate::schedule::builtin::FILES
            .iter()
            .map(|(_, t)| parse_schedule(t).unwrap())
            .collect();
        assert_eq!(decode_all(&encode_all(&all)), Some(all));
        assert_eq!(decode_all(b"\x05LCH1"), None);
        assert_eq!(decode(b"LCH1"), None);
    }
}
