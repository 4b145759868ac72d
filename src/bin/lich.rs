//! `lich`: the Vietnamese calendar on the command line.
//!
//! - `lich convert 2024-02-10` — the lunar date in words, with can chi;
//! - `lich convert --reverse 2024-1-1 [--leap]` — the solar date;
//! - `lich year 2024` — the months of a lunar year and the 24 solar terms;
//! - `lich validate FILE.json` — every problem of a schedule file, with line:column;
//! - `lich check NOTICE.txt` — the dates a notice states, proofread against the calendar;
//! - `lich draft NOTICE.txt [--spans F]` — a draft schedule file from a notice, each fact
//!   with the span of text it was read from;
//! - `lich ics [FILE] [--from D --to D] [--kinds k,…]` — iCalendar export;
//! - `lich publish DIR [FILE…]` — the calendar feeds of a site, updating
//!   the previous ones in DIR;
//! - `lich render --month 2024-02 --lang vi` — a month as static HTML (no script);
//! - `lich convert` / `lich convert --reverse` with no date: machine mode,
//!   one conversion per line of standard input.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use clap::{Parser, Subcommand, ValueEnum};
    use lich::calendar::names::Lang;
    use lich::calendar::sexagenary::CanChi;
    use lich::calendar::solar_term::terms_of_year;
    use lich::calendar::LunarYear;
    use lich::schedule::{
        parse_schedule_bytes, KindCode, Problem, ProblemKind, Schedule, MAX_FILE_BYTES,
    };
    use lich::text;
    use lich::words::{self, CliMessage};
    use std::io::{self, BufRead, BufWriter, Write};
    use std::process::ExitCode;

    #[derive(Parser)]
    #[command(
        name = "lich",
        version,
        about = "Lịch — the Vietnamese lunisolar calendar (âm lịch)"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum LangArg {
        Vi,
        En,
    }

    impl From<LangArg> for Lang {
        fn from(l: LangArg) -> Lang {
            match l {
                LangArg::Vi => Lang::Vi,
                LangArg::En => Lang::En,
            }
        }
    }

    #[derive(Subcommand)]
    enum Command {
        /// Convert a solar date to lunar (or lunar to solar with --reverse).
        ///
        /// With no DATE, reads standard input to its end, one date a line:
        /// `YYYY-MM-DD` → `LUNAR_YEAR LUNAR_MONTH LUNAR_DAY LEAP`, or with
        /// --reverse the other way. A line that cannot be converted gets
        /// `error: <reason>`; the exit status is then 1.
        Convert {
            /// YYYY-MM-DD (solar), or YYYY-M-D (lunar) with --reverse.
            date: Option<String>,
            /// Lunar → solar.
            #[arg(long)]
            reverse: bool,
            /// With --reverse: the date is in the leap month.
            #[arg(long, requires = "reverse")]
            leap: bool,
            /// Language of the words.
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
        },
        /// Check schedule files; every problem with its line:column, in
        /// Vietnamese and English. Exit status 1 if any file has a problem.
        Validate {
            /// Schedule JSON files.
            #[arg(required = true)]
            files: Vec<std::path::PathBuf>,
        },
        /// Proofread the dates of notices (plain text as copied from a PDF,
        /// a Word file or a portal): every weekday written next to a date,
        /// every lunar date in brackets, every range and its count of
        /// days, against the calendar. Each contradiction with its line, in
        /// Vietnamese and English; exit status 1 if there is one.
        Check {
            /// Notice text files (UTF-8).
            #[arg(required = true)]
            files: Vec<std::path::PathBuf>,
        },
        /// Draft a schedule file from a notice (plain text as copied): the
        /// notice and the documents it cites, days off, make-up days, flag
        /// periods, duty, deadlines, reports, audiences and contacts, every
        /// event "unverified" until a person confirms it. The schedule JSON
        /// goes to standard output; each drafted fact with its line and
        /// words, and what the notice's dates get wrong (`lich check`), to
        /// standard error.
        Draft {
            /// The notice (UTF-8 text).
            file: std::path::PathBuf,
            /// Also write each fact's span (JSON: item, id, line, and byte
            /// offsets into the notice's NFC form) to this file.
            #[arg(long)]
            spans: Option<std::path::PathBuf>,
        },
        /// Export a schedule (default: the built-in data) as iCalendar.
        Ics {
            /// A schedule JSON file; without it, the built-in schedules.
            file: Option<std::path::PathBuf>,
            /// First day (default: 1 January of the current year in Vietnam,
            /// or of the notice's year for a FILE; LICH_TODAY=YYYY-MM-DD sets
            /// "today").
            #[arg(long)]
            from: Option<String>,
            /// Last day (default: 31 December of the same year).
            #[arg(long)]
            to: Option<String>,
            /// Kinds to keep, comma-separated (holiday, day_off, make_up_workday,
            /// flag, duty, deadline, report, festival, observance).
            #[arg(long, value_delimiter = ',')]
            kinds: Vec<String>,
            /// Language of the text.
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
        },
        /// Write the calendar feeds a site publishes for subscribers: into
        /// DIR, `vn-national.ics` (the national days off, flag days and
        /// festivals), `<id>.ics` for each schedule FILE (default: the
        /// built-in notices) and `all.ics` (both), each in Vietnamese and
        /// in English (`.en.ics`), and the same as jCal JSON (`.json`).
        /// Each covers last year to three years ahead (an agency's own
        /// feed from its first event on). A feed already in DIR (or in
        /// --previous) is the previous version: what changed gets a higher
        /// SEQUENCE, what was withdrawn stays as CANCELLED.
        Publish {
            /// The folder to write (created if missing).
            dir: std::path::PathBuf,
            /// The agency's schedule files.
            files: Vec<std::path::PathBuf>,
            /// Where the previous version of the feeds is (default: DIR).
            #[arg(long)]
            previous: Option<std::path::PathBuf>,
        },
        /// A month as HTML: a whole page that needs no script (default), the
        /// widget's first paint for a page that will load the script
        /// (`--prerender`), or the no-script part alone (`--noscript`).
        Render {
            /// The month, YYYY-MM (default: the schedule's focus).
            #[arg(long)]
            month: Option<String>,
            /// A schedule JSON file merged over the built-in data.
            #[arg(long)]
            src: Option<std::path::PathBuf>,
            /// Only the widget's first paint (server-rendered), for prerendering.
            #[arg(long, conflicts_with = "noscript")]
            prerender: bool,
            /// Only the static month and its list, for a `<noscript>` block.
            #[arg(long)]
            noscript: bool,
            /// With `--noscript`: only tags and attributes that WordPress's
            /// filter keeps for any author (no svg: the flag is a word), for
            /// portals that accept nothing but plain HTML.
            #[arg(long, requires = "noscript")]
            plain: bool,
            /// With `--prerender`: wrap the first paint in a declarative
            /// shadow root that loads this stylesheet (the widget's hashed
            /// style-….css, as a URL the host page can reach), so a page
            /// with its own CSS shows it styled, and unbent, before any script.
            #[arg(long, requires = "prerender")]
            css: Option<String>,
            /// Language of the words.
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
        },
        /// The widget's first paint of every month from FROM to TO in both
        /// languages, as DIR/YYYY-MM.vi.html and DIR/YYYY-MM.en.html (for
        /// hosts that cannot run the CLI at display time: the WordPress
        /// plugin), each wrapped as `--css` does, and DIR/words.json: the
        /// few words such a host shows itself.
        Prerender {
            /// The folder to write (created if missing).
            dir: std::path::PathBuf,
            /// The first month, YYYY-MM.
            #[arg(long)]
            from: String,
            /// The last month, YYYY-MM.
            #[arg(long)]
            to: String,
            /// The stylesheet's URL written into each file (a host may write
            /// a placeholder here and replace it).
            #[arg(long)]
            css: String,
        },
        /// The months of a lunar year and the 24 solar terms of the solar year.
        Year {
            /// The lunar year, e.g. 2024.
            year: i32,
            /// Language of the words.
            #[arg(long, value_enum, default_value = "vi")]
            lang: LangArg,
        },
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        let result = match cli.command {
            Command::Convert {
                date: Some(date),
                reverse,
                leap,
                lang,
            } => convert_one(&date, reverse, leap, lang.into()),
            Command::Convert {
                date: None,
                reverse,
                ..
            } => return machine_mode(reverse),
            Command::Year { year, lang } => print_year(year, lang.into()),
            Command::Validate { files } => return validate(&files),
            Command::Check { files } => return check(&files),
            Command::Draft { file, spans } => draft(&file, spans.as_deref()),
            Command::Render {
                month,
                src,
                prerender,
                noscript,
                plain,
                css,
                lang,
            } => render(
                month,
                src.as_deref(),
                RenderAs {
                    prerender,
                    noscript,
                    plain,
                    css,
                },
                lang.into(),
            ),
            Command::Prerender { dir, from, to, css } => prerender_months(&dir, &from, &to, &css),
            Command::Ics {
                file,
                from,
                to,
                kinds,
                lang,
            } => ics(file.as_deref(), from, to, kinds, lang.into()),
            Command::Publish {
                dir,
                files,
                previous,
            } => publish(&dir, &files, previous.as_deref()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => failure(e),
        }
    }

    fn convert_one(
        date: &str,
        reverse: bool,
        leap: bool,
        lang: Lang,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let solar = if reverse {
            text::parse_lunar(date, leap)?.to_solar()
        } else {
            text::parse_solar(date)?
        };
        writeln!(io::stdout().lock(), "{}", text::describe_day(solar, lang)?)?;
        Ok(())
    }

    /// One conversion per input line; buffered both ways. A line that is
    /// not UTF-8 gets its error like any other, and the rest go on.
    fn machine_mode(reverse: bool) -> ExitCode {
        let mut stdin = io::stdin().lock();
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut failed = false;
        let mut buf = Vec::new();
        let mut number = 0;
        loop {
            buf.clear();
            match stdin.read_until(b'\n', &mut buf) {
                Ok(0) => break,
                Ok(_) => number += 1,
                Err(e) => {
                    eprintln!("lich: cannot read standard input: {e}");
                    return ExitCode::FAILURE;
                }
            }
            let line = buf.strip_suffix(b"\n").unwrap_or(&buf);
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            let result = match std::str::from_utf8(line) {
                Ok(line) if reverse => text::reverse_line(line).map_err(|e| e.to_string()),
                Ok(line) => text::convert_line(line).map_err(|e| e.to_string()),
                Err(_) => Err(words::of(Lang::En).cli(&CliMessage::LineNotUtf8 { line: number })),
            };
            let written = match result {
                Ok(s) => writeln!(out, "{s}"),
                Err(e) => {
                    failed = true;
                    writeln!(out, "error: {}", terminal_safe(&e))
                }
            };
            if let Err(e) = written {
                return failure(e.into());
            }
        }
        if let Err(e) = out.flush() {
            return failure(e.into());
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// Text that is safe to print to a terminal: control characters (ESC,
    /// BEL, the C1 codes that start OSC sequences, line breaks, …) and the
    /// bidirectional overrides that reorder what a terminal shows are
    /// written as `\u{…}`, so that a file can neither clear the screen nor
    /// forge an "OK" line. Applied to each line this program prints, before
    /// the line break it adds.
    pub(crate) fn terminal_safe(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            if c.is_control() || bidi {
                out.push_str(&format!("\\u{{{:x}}}", c as u32));
            } else {
                out.push(c);
            }
        }
        out
    }

    /// A file's bytes, read up to the size limit (a larger file, or a
    /// device like /dev/zero, is not read further).
    fn read_bytes(path: &std::path::Path) -> Result<Vec<u8>, String> {
        use std::io::Read;
        let name = terminal_safe(&path.display().to_string());
        let unreadable = |e: io::Error| {
            let m = CliMessage::Unreadable {
                reason: e.to_string(),
            };
            format!("{name}: {}", words::of(Lang::En).cli(&m))
        };
        let file = std::fs::File::open(path).map_err(unreadable)?;
        let mut bytes = Vec::new();
        file.take(MAX_FILE_BYTES as u64 + 1)
            .read_to_end(&mut bytes)
            .map_err(unreadable)?;
        Ok(bytes)
    }

    /// Reads and checks a schedule file: the schedule, or every problem.
    fn read_schedule(path: &std::path::Path) -> Result<Result<Schedule, Vec<Problem>>, String> {
        let bytes = read_bytes(path)?;
        if bytes.len() > MAX_FILE_BYTES {
            return Ok(Err(vec![lich::schedule::too_large(bytes.len() as u64)]));
        }
        Ok(parse_schedule_bytes(&bytes))
    }

    /// A schedule for `ics` and `render`, as it stands (without what only
    /// superseded or withdrawn documents say), or a message sending the
    /// user to `lich validate`.
    fn schedule_or_hint(path: &std::path::Path) -> Result<Schedule, Box<dyn std::error::Error>> {
        let mut s = read_schedule(path)?.map_err(|problems| {
            let count = counted(&problems);
            let lines: Vec<String> = problems
                .iter()
                .map(|p| format!("{}:{p}", path.display()))
                .collect();
            let hint = words::of(Lang::En).cli(&CliMessage::RunValidate { count });
            let lines: Vec<String> = lines.iter().map(|l| terminal_safe(l)).collect();
            format!("{}:\n{}", terminal_safe(&hint), lines.join("\n"))
        })?;
        s.retain_in_force();
        Ok(s)
    }

    /// How many problems the list stands for (the last may count the rest).
    fn counted(problems: &[Problem]) -> usize {
        problems
            .iter()
            .map(|p| match p.kind {
                ProblemKind::More { count } => count,
                _ => 1,
            })
            .sum()
    }

    fn check(files: &[std::path::PathBuf]) -> ExitCode {
        let (en, vi) = (words::of(Lang::En), words::of(Lang::Vi));
        let mut out = BufWriter::new(io::stdout().lock());
        let mut clean = true;
        for path in files {
            let name = terminal_safe(&path.display().to_string());
            let text = match read_notice(path) {
                Ok(t) => t,
                Err(e) => return failure(e.into()),
            };
            let report = lich_notice::check(&text);
            for f in &report.findings {
                let _ = writeln!(out, "{name}:{}: «{}»", f.line, terminal_safe(&f.quote));
                let _ = writeln!(out, "    vi: {}", vi.finding(&f.kind));
                let _ = writeln!(out, "    en: {}", en.finding(&f.kind));
            }
            clean &= report.findings.is_empty();
            let m = CliMessage::Checked {
                dates: report.dates,
                checks: report.checks,
                findings: report.findings.len(),
            };
            let _ = writeln!(out, "{name}: {} / {}", vi.cli(&m), en.cli(&m));
        }
        if out.flush().is_err() {
            return ExitCode::FAILURE;
        }
        if clean {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    fn draft(
        path: &std::path::Path,
        spans: Option<&std::path::Path>,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let (en, vi) = (words::of(Lang::En), words::of(Lang::Vi));
        let name = terminal_safe(&path.display().to_string());
        let text = read_notice(path)?;
        let d = lich_notice::draft(&text, today()?);
        let mut err = io::stderr().lock();
        for f in &d.facts {
            let quote: String = d.text[f.start..f.end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let short: String = quote.chars().take(90).collect();
            let more = if short.len() < quote.len() {
                " …"
            } else {
                ""
            };
            writeln!(
                err,
                "{name}:{}: {} {}: «{}{more}»",
                f.line,
                f.item.code(),
                terminal_safe(&f.id),
                terminal_safe(&short)
            )?;
        }
        for f in &lich_notice::check(&text).findings {
            writeln!(err, "{name}:{}: «{}»", f.line, terminal_safe(&f.quote))?;
            writeln!(err, "    vi: {}", vi.finding(&f.kind))?;
            writeln!(err, "    en: {}", en.finding(&f.kind))?;
        }
        let s = &d.schedule;
        let m = CliMessage::Drafted {
            events: s.events.len(),
            documents: s.documents.len(),
            contacts: s.contacts.len(),
        };
        writeln!(err, "{name}: {}\n{name}: {}", vi.cli(&m), en.cli(&m))?;
        if let Some(out) = spans {
            let facts: Vec<serde_json::Value> = d
                .facts
                .iter()
                .map(|f| {
                    serde_json::json!({
                        "item": f.item.code(),
                        "id": f.id,
                        "line": f.line,
                        "start": f.start,
                        "end": f.end,
                        "text": &d.text[f.start..f.end],
                    })
                })
                .collect();
            let json = serde_json::json!({ "text": "NFC, UTF-8 byte offsets", "facts": facts });
            std::fs::write(out, serde_json::to_string_pretty(&json)? + "\n")?;
        }
        let mut out = io::stdout().lock();
        writeln!(out, "{}", lich::schedule::write::to_json(s))?;
        Ok(out.flush()?)
    }

    /// A notice's text: UTF-8, or a message that says where it is not.
    fn read_notice(path: &std::path::Path) -> Result<String, String> {
        read_bytes(path).and_then(|b| {
            String::from_utf8(b).map_err(|e| {
                let m = CliMessage::Unreadable {
                    reason: format!("not UTF-8 at byte {}", e.utf8_error().valid_up_to()),
                };
                words::of(Lang::En).cli(&m)
            })
        })
    }

    fn validate(files: &[std::path::PathBuf]) -> ExitCode {
        match write_validation(files, &mut BufWriter::new(io::stdout().lock())) {
            Ok(true) => ExitCode::SUCCESS,
            Ok(false) => ExitCode::FAILURE,
            Err(e) => failure(e.into()),
        }
    }

    /// Writes the report of each file; whether every file is valid. Every
    /// piece of a file that is quoted back is made terminal-safe.
    fn write_validation(files: &[std::path::PathBuf], out: &mut impl Write) -> io::Result<bool> {
        let (en, vi) = (words::of(Lang::En), words::of(Lang::Vi));
        let mut valid = true;
        for path in files {
            let name = terminal_safe(&path.display().to_string());
            match read_schedule(path) {
                Err(e) => {
                    writeln!(out, "{e}")?;
                    valid = false;
                }
                Ok(Ok(mut s)) => {
                    let events = s.events.len();
                    let m = CliMessage::Valid {
                        events,
                        documents: s.documents.len(),
                        contacts: s.contacts.len(),
                        stale: s.retain_in_force(),
                    };
                    writeln!(out, "{name}: {} / {}", en.cli(&m), vi.cli(&m))?;
                }
                Ok(Err(problems)) => {
                    valid = false;
                    let m = CliMessage::Invalid {
                        count: counted(&problems),
                    };
                    writeln!(out, "{name}: {} / {}", en.cli(&m), vi.cli(&m))?;
                    for p in problems {
                        let place = terminal_safe(&format!(
                            "{}:{}:{}: {}",
                            name, p.pos.line, p.pos.column, p.path
                        ));
                        writeln!(out, "{place}")?;
                        writeln!(out, "    en: {}", terminal_safe(&p.message(Lang::En)))?;
                        writeln!(out, "    vi: {}", terminal_safe(&p.message(Lang::Vi)))?;
                    }
                }
            }
        }
        out.flush()?;
        Ok(valid)
    }

    /// The exit for an error, said on standard error, except when the reader
    /// closed the pipe early (`| head`): nothing more can be said there, so
    /// the exit status alone tells it.
    fn failure(e: Box<dyn std::error::Error>) -> ExitCode {
        let closed = e
            .downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe);
        if !closed {
            // Each line made safe on its own (a message may hold several).
            let text = e.to_string();
            let safe: Vec<String> = text.split('\n').map(terminal_safe).collect();
            eprintln!("lich: {}", safe.join("\n"));
        }
        ExitCode::FAILURE
    }

    /// Today in Vietnam from the system clock, or `LICH_TODAY=YYYY-MM-DD`
    /// (for reproducible exports and tests).
    fn today() -> Result<chrono::NaiveDate, Box<dyn std::error::Error>> {
        if let Ok(s) = std::env::var("LICH_TODAY") {
            return Ok(text::parse_solar(&s)?);
        }
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() as i64);
        lich::calendar::day_in_vietnam(secs)
            .ok_or_else(|| "the system clock is outside the calendar".into())
    }

    fn ics(
        file: Option<&std::path::Path>,
        from: Option<String>,
        to: Option<String>,
        kinds: Vec<String>,
        lang: Lang,
    ) -> Result<(), Box<dyn std::error::Error>> {
        use chrono::Datelike;
        let words = words::of(Lang::En);
        let schedule = match file {
            Some(path) => schedule_or_hint(path)?,
            None => lich::schedule::builtin::all(),
        };
        let kinds = kinds
            .iter()
            .map(|k| {
                KindCode::parse(k).ok_or_else(|| {
                    terminal_safe(&words.cli(&CliMessage::UnknownKind { kind: k.clone() }))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        // The current year (in Vietnam); a file of its own, the year of its
        // notice, so that exporting last year's letter gives its dates.
        let today = today()?;
        let year = match file {
            Some(_) => schedule.focus.unwrap_or(today),
            None => today,
        }
        .year();
        let from = match from {
            Some(s) => text::parse_solar(&s)?,
            None => chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or("no such year")?,
        };
        let to = match to {
            Some(s) => text::parse_solar(&s)?,
            None => chrono::NaiveDate::from_ymd_opt(from.year(), 12, 31).ok_or("no such year")?,
        };
        if to < from {
            return Err(words.cli(&CliMessage::ToBeforeFrom { from, to }).into());
        }
        let range = lich::calendar::RANGE;
        let (cut_from, cut_to) = (from.max(*range.start()), to.min(*range.end()));
        if (cut_from, cut_to) != (from, to) {
            let m = CliMessage::Clamped {
                from: cut_from,
                to: cut_to,
            };
            eprintln!("lich: {}", words.cli(&m));
        }
        let opts = lich::ical::IcsOptions {
            from: cut_from,
            to: cut_to,
            kinds,
            lang,
            stamp: now()?,
        };
        if !lich::ical::has_events(&schedule, &opts) {
            let m = CliMessage::NothingToExport { from, to };
            return Err(words.cli(&m).into());
        }
        // Streamed: a long range is written as it is made.
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut result = Ok(());
        lich::ical::write_ics(&schedule, &opts, &mut |chunk| {
            if result.is_ok() {
                result = out.write_all(chunk.as_bytes());
            }
        });
        result?;
        out.flush()?;
        Ok(())
    }

    /// The time of an export, in UTC: `SOURCE_DATE_EPOCH` (seconds, as
    /// reproducible builds set it), else 00:00 UTC of `LICH_TODAY`, else
    /// the system clock.
    fn now() -> Result<chrono::NaiveDateTime, Box<dyn std::error::Error>> {
        let secs = match std::env::var("SOURCE_DATE_EPOCH") {
            Ok(s) => s
                .trim()
                .parse::<i64>()
                .map_err(|_| format!("SOURCE_DATE_EPOCH={s:?} is not a number of seconds"))?,
            Err(_) if std::env::var("LICH_TODAY").is_ok() => {
                return Ok(today()?.and_time(chrono::NaiveTime::MIN));
            }
            Err(_) => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs() as i64),
        };
        chrono::DateTime::from_timestamp(secs, 0)
            .map(|t| t.naive_utc())
            .ok_or_else(|| "the export time is outside the calendar".into())
    }

    fn publish(
        dir: &std::path::Path,
        files: &[std::path::PathBuf],
        previous: Option<&std::path::Path>,
    ) -> Result<(), Box<dyn std::error::Error>> {
        use chrono::Datelike;
        use lich::ical::{feed::Previous, jcal, write_feed, IcsOptions};
        use lich::schedule::builtin;
        let words = words::of(Lang::En);
        let year = today()?.year();
        let day =
            |y: i32, m: u32, d: u32| chrono::NaiveDate::from_ymd_opt(y, m, d).ok_or("no such year");
        let (from, to) = (day(year - 1, 1, 1)?, day(year + 3, 12, 31)?);
        let stamp = now()?;
        let (national, notices): (Vec<Schedule>, Vec<Schedule>) = builtin::files()
            .into_iter()
            .partition(|f| builtin::NATIONAL_IDS.contains(&f.id.as_str()));
        let merge = |files: &[Schedule]| {
            let mut all = files.iter();
            let first = all.next().cloned();
            first.map(|f| all.fold(f, |s, x| s.merged_with(x)))
        };
        let national = merge(&national).ok_or("the built-in data did not decode")?;
        let own = if files.is_empty() {
            notices
        } else {
            let mut own: Vec<Schedule> = Vec::new();
            for path in files {
                let s = schedule_or_hint(path)?;
                if builtin::ids().contains(&s.id) || own.iter().any(|o| o.id == s.id) {
                    let m = lich::words::LoadMessage::SameId {
                        src: path.display().to_string(),
                        id: s.id,
                    };
                    return Err(terminal_safe(&words.load(&m)).into());
                }
                own.push(s);
            }
            own
        };
        let mut feeds = vec![("vn-national".to_string(), national.clone(), from)];
        for s in &own {
            let name_ok = !s.id.is_empty()
                && !s.id.starts_with(['.', '-'])
                && s.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b));
            if !name_ok || ["vn-national", "all"].contains(&s.id.as_str()) {
                let m = CliMessage::BadFeedName { id: s.id.clone() };
                return Err(terminal_safe(&words.cli(&m)).into());
            }
            // An agency's own feed holds all its notices, the past ones too.
            let first = s
                .events
                .iter()
                .filter_map(|e| match e.when {
                    lich::schedule::When::Day(d) | lich::schedule::When::Range(d, _) => Some(d),
                    _ => None,
                })
                .min()
                .map_or(from, |d| d.min(from));
            feeds.push((s.id.clone(), s.clone(), first));
        }
        // Everything: the agencies' notices from their first event on too.
        let all_from = feeds.iter().map(|f| f.2).min().unwrap_or(from);
        let all = own.iter().fold(national, |s, x| s.merged_with(x));
        feeds.push(("all".into(), all, all_from));
        std::fs::create_dir_all(dir)?;
        for (name, schedule, from) in &feeds {
            for lang in [Lang::Vi, Lang::En] {
                let base = match lang {
                    Lang::Vi => name.clone(),
                    Lang::En => format!("{name}.en"),
                };
                let ics_path = dir.join(format!("{base}.ics"));
                let before = previous.unwrap_or(dir).join(format!("{base}.ics"));
                let previous = match std::fs::read(&before) {
                    Ok(bytes) => Previous::read(&String::from_utf8_lossy(&bytes)),
                    Err(e) if e.kind() == io::ErrorKind::NotFound => Previous::default(),
                    Err(e) => return Err(format!("{}: {e}", before.display()).into()),
                };
                let opts = IcsOptions {
                    from: *from,
                    to,
                    kinds: Vec::new(),
                    lang,
                    stamp,
                };
                let mut text = String::new();
                write_feed(schedule, &opts, &previous, &mut |c| text.push_str(c));
                let events = text.matches("\r\nBEGIN:VEVENT\r\n").count();
                let file = ics_path.display().to_string();
                if events == 0 {
                    let m = CliMessage::NotPublished {
                        file,
                        from: *from,
                        to,
                    };
                    eprintln!("lich: {}", terminal_safe(&words.cli(&m)));
                    continue;
                }
                write_atomically(&ics_path, text.as_bytes())?;
                write_atomically(
                    &dir.join(format!("{base}.json")),
                    jcal::to_json(&text).as_bytes(),
                )?;
                let cancelled = text.matches("\r\nSTATUS:CANCELLED\r\n").count();
                let m = CliMessage::Published {
                    file,
                    events,
                    cancelled,
                };
                eprintln!("lich: {}", terminal_safe(&words.cli(&m)));
            }
        }
        Ok(())
    }

    /// Writes a file whole or not at all (a subscriber never fetches half a
    /// feed): into a temporary file beside it, then renamed over it.
    fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> io::Result<()> {
        let mut tmp = path.as_os_str().to_owned();
        tmp.push(".tmp");
        std::fs::write(&tmp, bytes)?;
        std::fs::rename(&tmp, path)
    }

    /// Text made safe inside HTML text and double-quoted attributes.
    fn escape_html(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
        }
        out
    }

    /// The month `--month` names, or the reason it is not one.
    fn month_arg(m: &str) -> Result<chrono::NaiveDate, String> {
        match lich::embed_options::EmbedOptions::parse([("month", m)]).opening {
            lich::widget::Opening::Month(d) => Some(d),
            _ => None,
        }
        .ok_or_else(|| {
            let range = lich::calendar::RANGE;
            format!(
                "{m:?} is not a month YYYY-MM between {} and {}",
                &text::iso(*range.start())[..7],
                &text::iso(*range.end())[..7]
            )
        })
    }

    /// The widget's first paint of the month starting `first` (Yew's server
    /// renderer on the same component), with the note that embed.js shows
    /// if the live widget cannot start; wrapped in a declarative shadow root
    /// with the stylesheet `css` when given.
    fn first_paint(
        runtime: &tokio::runtime::Runtime,
        schedule: &std::rc::Rc<lich::schedule::Schedule>,
        first: chrono::NaiveDate,
        lang: Lang,
        css: Option<&str>,
    ) -> String {
        use lich::ui::{App, AppProps};
        let props = AppProps {
            opening: lich::widget::Opening::Month(first),
            lang,
            schedule: schedule.clone(),
            ..AppProps::default()
        };
        let app = runtime.block_on(
            yew::LocalServerRenderer::<App>::with_props(props)
                .hydratable(false)
                .render(),
        );
        let note = escape_html(words::of(lang).host().static_note);
        // Above the month, so a reader sees it before trying the buttons.
        let paint = format!(
            "<p class=\"lich-warning lich-fallback\" role=\"status\" hidden>{note}</p>{app}"
        );
        match css {
            Some(css) => format!(
                "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\"><div class=\"lich-host\">{paint}</div></template>",
                escape_html(css)
            ),
            None => paint,
        }
    }

    /// What `lich render` writes (see its options).
    struct RenderAs {
        prerender: bool,
        noscript: bool,
        plain: bool,
        css: Option<String>,
    }

    fn render(
        month: Option<String>,
        src: Option<&std::path::Path>,
        what: RenderAs,
        lang: Lang,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let RenderAs {
            prerender,
            noscript,
            plain,
            css,
        } = what;
        use chrono::Datelike;
        use lich::ui::static_month::{StaticMonth, StaticMonthProps};
        use std::rc::Rc;
        let mut schedule = lich::schedule::builtin::all();
        if let Some(path) = src {
            let extra = schedule_or_hint(path)?;
            if lich::schedule::builtin::ids().contains(&extra.id) {
                let m = lich::words::LoadMessage::SameId {
                    src: path.display().to_string(),
                    id: extra.id,
                };
                return Err(terminal_safe(&words::of(Lang::En).load(&m)).into());
            }
            schedule = schedule.merged_with(&extra);
            for c in lich::schedule::conflicts::between_files(&schedule.events) {
                eprintln!("lich: {}", terminal_safe(&words::of(lang).conflict(&c)));
            }
        }
        let first = match month {
            Some(m) => month_arg(&m).map_err(|e| format!("--month {e}"))?,
            None => schedule
                .focus
                .unwrap_or(schedule.updated)
                .with_day(1)
                .ok_or("no such day")?,
        };
        let schedule = Rc::new(schedule);
        let runtime = tokio::runtime::Builder::new_current_thread().build()?;
        let fixed = || {
            let props = StaticMonthProps {
                year: first.year(),
                month: first.month(),
                lang,
                schedule: schedule.clone(),
                plain,
            };
            runtime.block_on(
                yew::LocalServerRenderer::<StaticMonth>::with_props(props)
                    .hydratable(false)
                    .render(),
            )
        };
        let html = if prerender {
            first_paint(&runtime, &schedule, first, lang, css.as_deref())
        } else if noscript {
            fixed()
        } else {
            let title = words::of(lang).cli(&CliMessage::MonthPage {
                year: first.year(),
                month: first.month(),
            });
            format!(
                "<!doctype html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{}</style>\n</head>\n<body>\n<main>\n{}\n</main>\n</body>\n</html>\n",
                lang.tag(),
                include_str!("../../static/style.css"),
                fixed()
            )
        };
        io::stdout().lock().write_all(html.as_bytes())?;
        Ok(())
    }

    fn prerender_months(
        dir: &std::path::Path,
        from: &str,
        to: &str,
        css: &str,
    ) -> Result<(), Box<dyn std::error::Error>> {
        let (from, to) = (
            month_arg(from).map_err(|e| format!("--from {e}"))?,
            month_arg(to).map_err(|e| format!("--to {e}"))?,
        );
        if to < from {
            return Err(format!(
                "--to {} is before --from {}",
                &text::iso(to)[..7],
                &text::iso(from)[..7]
            )
            .into());
        }
        std::fs::create_dir_all(dir)?;
        let schedule = std::rc::Rc::new(lich::schedule::builtin::all());
        let runtime = tokio::runtime::Builder::new_current_thread().build()?;
        let mut count = 0;
        let mut month = from;
        while month <= to {
            for lang in Lang::ALL.iter().copied() {
                let path = dir.join(format!("{}.{}.html", &text::iso(month)[..7], lang.tag()));
                write_atomically(
                    &path,
                    first_paint(&runtime, &schedule, month, lang, Some(css)).as_bytes(),
                )?;
                count += 1;
            }
            month = lich::widget::add_months(month, 1);
        }
        let host: std::collections::BTreeMap<&str, &lich::words::Host> = Lang::ALL
            .iter()
            .map(|&l| (l.tag(), words::of(l).host()))
            .collect();
        write_atomically(
            &dir.join("words.json"),
            serde_json::to_string_pretty(&host)?.as_bytes(),
        )?;
        eprintln!(
            "lich: wrote {count} prerendered months and words.json in {}",
            dir.display()
        );
        Ok(())
    }

    fn print_year(year: i32, lang: Lang) -> Result<(), Box<dyn std::error::Error>> {
        let y = LunarYear::new(year)?;
        let cc = CanChi::of_year(year);
        let words = words::of(lang);
        let mut out = BufWriter::new(io::stdout().lock());
        let summary = CliMessage::YearSummary {
            year,
            can_chi: cc.name(),
            branch: cc.branch,
            tet: y.tet(),
            months: y.months().count(),
            days: y.length(),
            leap_month: y.leap_month(),
        };
        writeln!(out, "{}", words.cli(&summary))?;
        writeln!(out)?;
        writeln!(out, "{}", words.cli(&CliMessage::YearColumns))?;
        for m in y.months() {
            let name = text::lunar_month_in_words(m.number, m.leap, lang);
            writeln!(
                out,
                "{name:<16}{}   {}",
                lich::text::iso(m.first_day),
                m.length
            )?;
        }
        writeln!(out)?;
        writeln!(out, "{}", words.cli(&CliMessage::TermsHeading))?;
        for t in terms_of_year(year) {
            let name = t.term.name(lang);
            writeln!(out, "{name:<22}{}", t.local.format("%Y-%m-%d %H:%M"))?;
        }
        out.flush()?;
        Ok(())
    }
}
