//! `lich`: the Vietnamese calendar on the command line.
//!
//! - `lich convert 2024-02-10` — the lunar date in words, with can chi;
//! - `lich convert --reverse 2024-1-1 [--leap]` — the solar date;
//! - `lich year 2024` — the months of a lunar year and the 24 solar terms;
//! - `lich validate FILE.json` — every problem of a schedule file, with line:column;
//! - `lich ics [FILE] [--from D --to D] [--kinds k,…]` — iCalendar export;
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
    use lich::text;
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
        /// Export a schedule (default: the built-in data) as iCalendar.
        Ics {
            /// A schedule JSON file; without it, the built-in schedules.
            file: Option<std::path::PathBuf>,
            /// First day (default: 1 January of the schedule's focus year).
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
            Command::Ics {
                file,
                from,
                to,
                kinds,
                lang,
            } => ics(file.as_deref(), from, to, kinds, lang.into()),
        };
        match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("lich: {e}");
                ExitCode::FAILURE
            }
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
        println!("{}", text::describe_day(solar, lang)?);
        Ok(())
    }

    /// One conversion per input line; buffered both ways.
    fn machine_mode(reverse: bool) -> ExitCode {
        let stdin = io::stdin().lock();
        let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
        let mut failed = false;
        for line in stdin.lines() {
            let line = match line {
                Ok(l) => l,
                Err(e) => {
                    eprintln!("lich: cannot read standard input: {e}");
                    return ExitCode::FAILURE;
                }
            };
            let result = if reverse {
                text::reverse_line(&line)
            } else {
                text::convert_line(&line)
            };
            let written = match result {
                Ok(s) => writeln!(out, "{s}"),
                Err(e) => {
                    failed = true;
                    writeln!(out, "error: {e}")
                }
            };
            if written.is_err() {
                return ExitCode::FAILURE;
            }
        }
        if out.flush().is_err() || failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    fn read_file(path: &std::path::Path) -> Result<String, String> {
        let meta = std::fs::metadata(path).map_err(|e| format!("{}: {e}", path.display()))?;
        if meta.len() > lich::schedule::MAX_FILE_BYTES as u64 {
            return Err(format!(
                "{}: the file is {} bytes; the limit is {} bytes (1 MiB)",
                path.display(),
                meta.len(),
                lich::schedule::MAX_FILE_BYTES
            ));
        }
        std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn validate(files: &[std::path::PathBuf]) -> ExitCode {
        let mut failed = false;
        for path in files {
            let text = match read_file(path) {
                Ok(t) => t,
                Err(e) => {
                    println!("{e}");
                    failed = true;
                    continue;
                }
            };
            match lich::schedule::parse_schedule(&text) {
                Ok(s) => println!(
                    "{}: OK — {} events, {} documents, {} contacts",
                    path.display(),
                    s.events.len(),
                    s.documents.len(),
                    s.contacts.len()
                ),
                Err(problems) => {
                    failed = true;
                    println!(
                        "{}: {} problem(s) / {} lỗi",
                        path.display(),
                        problems.len(),
                        problems.len()
                    );
                    for p in problems {
                        println!(
                            "{}:{}:{}: {}",
                            path.display(),
                            p.pos.line,
                            p.pos.column,
                            p.path
                        );
                        println!("    en: {}", p.en);
                        println!("    vi: {}", p.vi);
                    }
                }
            }
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    fn ics(
        file: Option<&std::path::Path>,
        from: Option<String>,
        to: Option<String>,
        kinds: Vec<String>,
        lang: Lang,
    ) -> Result<(), Box<dyn std::error::Error>> {
        use chrono::Datelike;
        let schedule = match file {
            Some(path) => {
                let text = read_file(path)?;
                lich::schedule::parse_schedule(&text).map_err(|problems| {
                    let lines: Vec<String> = problems
                        .iter()
                        .map(|p| format!("{}:{p}", path.display()))
                        .collect();
                    format!(
                        "the file has problems; run `lich validate` for details:\n{}",
                        lines.join("\n")
                    )
                })?
            }
            None => lich::schedule::builtin::all(),
        };
        for k in &kinds {
            if !lich::schedule::Kind::CODES.contains(&k.as_str()) {
                return Err(format!(
                    "unknown kind {k:?}; kinds are {}",
                    lich::schedule::Kind::CODES.join(", ")
                )
                .into());
            }
        }
        let year = schedule.focus.unwrap_or(schedule.updated).year();
        let from = match from {
            Some(s) => text::parse_solar(&s)?,
            None => chrono::NaiveDate::from_ymd_opt(year, 1, 1).ok_or("no such year")?,
        };
        let to = match to {
            Some(s) => text::parse_solar(&s)?,
            None => chrono::NaiveDate::from_ymd_opt(from.year(), 12, 31).ok_or("no such year")?,
        };
        if to < from {
            return Err(format!("--to {to} is before --from {from}").into());
        }
        let out = lich::ical::to_ics(
            &schedule,
            &lich::ical::IcsOptions {
                from,
                to,
                kinds,
                lang,
            },
        );
        io::stdout().lock().write_all(out.as_bytes())?;
        Ok(())
    }

    fn print_year(year: i32, lang: Lang) -> Result<(), Box<dyn std::error::Error>> {
        let y = LunarYear::new(year)?;
        let cc = CanChi::of_year(year);
        let mut out = BufWriter::new(io::stdout().lock());
        match lang {
            Lang::Vi => writeln!(
                out,
                "Năm {} {} (con {}): Tết {}, {} tháng, {} ngày, {}",
                year,
                cc.name(),
                cc.animal(Lang::Vi),
                y.tet().format("%d/%m/%Y"),
                y.months().count(),
                y.length(),
                y.leap_month()
                    .map_or("không có tháng nhuận".to_string(), |m| format!(
                        "nhuận tháng {m}"
                    ))
            )?,
            Lang::En => writeln!(
                out,
                "Lunar year {} {} ({}): Tết {}, {} months, {} days, {}",
                year,
                cc.name(),
                cc.animal(Lang::En),
                y.tet(),
                y.months().count(),
                y.length(),
                y.leap_month()
                    .map_or("no leap month".to_string(), |m| format!("leap month {m}"))
            )?,
        }
        writeln!(out)?;
        let header = match lang {
            Lang::Vi => "Tháng           Ngày đầu     Số ngày",
            Lang::En => "Month           First day    Days",
        };
        writeln!(out, "{header}")?;
        for m in y.months() {
            let name = text::lunar_month_in_words(m.number, m.leap, lang);
            writeln!(
                out,
                "{name:<16}{}   {}",
                m.first_day.format("%Y-%m-%d"),
                m.length
            )?;
        }
        writeln!(out)?;
        writeln!(
            out,
            "{}",
            if lang == Lang::Vi {
                "Tiết khí (giờ Việt Nam, UTC+7)"
            } else {
                "Solar terms (Vietnam time, UTC+7)"
            }
        )?;
        for t in terms_of_year(year) {
            let name = t.term.name(lang);
            writeln!(out, "{name:<22}{}", t.local.format("%Y-%m-%d %H:%M"))?;
        }
        out.flush()?;
        Ok(())
    }
}
