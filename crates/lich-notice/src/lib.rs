//! # Proofreading a notice's dates (`lich check`)
//!
//! A notice states its dates several times over — "thứ Năm ngày 08/02/2024
//! (tức ngày 29 tháng Chạp năm Quý Mão)", "nghỉ liên tục 07 ngày, từ … đến
//! hết …" — and real notices carry slips (a Tuesday called Monday in the
//! lead). Each redundant statement is checked against the calendar:
//!
//! - a weekday written next to a solar date ("thứ 5 ngày 8-2-2024",
//!   "Chủ nhật, ngày 4/5/2025", "08/02/2024 (thứ Năm)") must be that
//!   date's weekday;
//! - a lunar date in brackets after a solar date ("(tức mùng 5 tháng
//!   Giêng năm Giáp Thìn)", "(mùng 02 Tết)") must be its lunar date;
//! - a range "từ … đến (hết) …" must not end before it starts, and a count
//!   of days said just before it ("07 ngày") must match its length.
//!
//! A date without its year ("08/02") takes the year of the last full date
//! before it, or else the notice's most frequent year. The text is read as
//! copied from a PDF, a Word file or a portal (NFC-normalised, any case,
//! line breaks inside a sentence); only what contradicts the calendar is a
//! finding — nothing is guessed.

pub mod desk;
mod draft;

pub use draft::{draft, slug, Draft, Fact, Item};

use chrono::{Datelike, NaiveDate};
use lich_core::calendar::names::{BRANCHES, STEMS};
use lich_core::calendar::sexagenary::CanChi;
use lich_core::calendar::LunarDate;
pub use lich_core::notice::{Finding, FindingKind, Report};
use regex::Regex;
use unicode_normalization::UnicodeNormalization;

/// A solar date in the text: where it is and what day.
#[derive(Clone, Copy)]
pub(crate) struct Dated {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) date: NaiveDate,
}

/// A lunar month as notices write it: its name ("Giêng", "Chạp", "Ba") or
/// its number (what [`lunar_month`] reads).
const LUNAR_MONTH: &str =
    r"giêng|chạp|mười một|mười|một|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|\d{1,2}";

const WEEKDAY: &str = r"(thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|2|3|4|5|6|7)|chủ\s*nhật|cn)\b";

fn weekday_index(s: &str) -> Option<u8> {
    let s: String = s
        .to_lowercase()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    Some(match s.as_str() {
        "thứ hai" | "thứ 2" => 0,
        "thứ ba" | "thứ 3" => 1,
        "thứ tư" | "thứ 4" => 2,
        "thứ năm" | "thứ 5" => 3,
        "thứ sáu" | "thứ 6" => 4,
        "thứ bảy" | "thứ bẩy" | "thứ 7" => 5,
        "chủ nhật" | "cn" => 6,
        _ => return None,
    })
}

fn lunar_month(s: &str) -> Option<u8> {
    Some(match s {
        "giêng" => 1,
        "chạp" => 12,
        "một" => 1,
        "hai" => 2,
        "ba" => 3,
        "tư" | "bốn" => 4,
        "năm" => 5,
        "sáu" => 6,
        "bảy" => 7,
        "tám" => 8,
        "chín" => 9,
        "mười" => 10,
        "mười một" => 11,
        n => n.parse().ok().filter(|m| (1..=12).contains(m))?,
    })
}

/// The line (1-based) of byte `at`.
fn line_of(text: &str, at: usize) -> usize {
    text[..at].matches('\n').count() + 1
}

/// Every solar date of `text` (NFC), in order: full dates ("08/02/2024",
/// "8-2-2024", "ngày 08 tháng 02 năm 2024") and short ones ("08/02"), which
/// take the year of the full date that ends their list ("02/01 và
/// 05/01/2026"), else of the last full date before them, else the text's
/// most frequent year. Document numbers ("58/TB-UBND") are not dates.
pub(crate) fn solar_dates(text: &str) -> Vec<Dated> {
    let full = Regex::new(
        r"(?i)\b(\d{1,2})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{4})\b|\bngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\b",
    )
    .expect("a valid pattern");
    let short = Regex::new(r"\b(\d{1,2})\s*[/\-]\s*(\d{1,2})\b").expect("a valid pattern");
    // Full dates first; their years settle the short ones.
    let mut dated: Vec<Dated> = Vec::new();
    let mut years: Vec<i32> = Vec::new();
    for c in full.captures_iter(text) {
        let g = |a: usize, b: usize| c.get(a).or_else(|| c.get(b)).map(|m| m.as_str());
        let (Some(d), Some(m), Some(y)) = (g(1, 4), g(2, 5), g(3, 6)) else {
            continue;
        };
        let whole = c.get(0).expect("the match");
        if let Some(date) = ymd(y, m, d) {
            years.push(date.year());
            dated.push(Dated {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    let usual = most_frequent(&years);
    let full_dates: Vec<(usize, i32)> = dated.iter().map(|d| (d.start, d.date.year())).collect();
    // "các ngày 02/01 và 05/01/2026": a list's short dates take the year of
    // the full date that ends it.
    let list = Regex::new(r"^(?:\s*(?:,|và)\s*\d{1,2}\s*[/\-]\s*\d{1,2})*\s*(?:,|và)\s*$")
        .expect("a valid pattern");
    let lunar_said = Regex::new(r"(?i)^\s*âm\s+lịch").expect("a valid pattern");
    for c in short.captures_iter(text) {
        let whole = c.get(0).expect("the match");
        if dated
            .iter()
            .any(|d| d.start <= whole.start() && whole.start() < d.end)
        {
            continue;
        }
        // Not a document number ("58/TB-UBND", "06/CT"), a time or a fraction.
        let after = &text[whole.end()..];
        if after.starts_with(|ch: char| ch.is_alphanumeric() || ch == '/' || ch == '-') {
            continue;
        }
        // "10/3 âm lịch" is a lunar date (read by `lunar_dates`).
        if lunar_said.is_match(after) {
            continue;
        }
        let before = dated.iter().rev().find(|d| d.end <= whole.start());
        let ending = full_dates
            .iter()
            .find(|(at, _)| *at >= whole.end())
            .filter(|(at, _)| list.is_match(&text[whole.end()..*at]));
        let year = ending
            .map(|(_, y)| *y)
            .or(before.map(|d| d.date.year()))
            .or(usual);
        if let Some(date) = year.and_then(|y| ymd(&y.to_string(), &c[2], &c[1])) {
            dated.push(Dated {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    lunar_dates(text, &mut dated);
    dated.sort_by_key(|d| d.start);
    dated
}

/// Dates written only in the lunar calendar ("từ ngày 29 tháng Chạp đến
/// hết mùng 5 tháng Giêng", "ngày 10/3 âm lịch", "mùng 10 tháng 3 năm Giáp
/// Thìn"), added to `dated` as their solar days. A lunar date in brackets
/// after a solar one ("08/02/2024 (tức ngày 29 tháng Chạp …)") says the
/// same day again and is not added (`lich check` compares the two). A year
/// the text does not give is the one that puts the day nearest the
/// notice's solar dates: a notice about Tết 2027 means the Chạp before it.
fn lunar_dates(text: &str, dated: &mut Vec<Dated>) {
    let lunar = Regex::new(&format!(
        r"(?i)\b(?:ngày\s+)?(mùng\s*|mồng\s*)?(\d{{1,2}})(?:\s+tháng\s+({LUNAR_MONTH})|\s*/\s*(\d{{1,2}}))(?:\s+năm\s+(\p{{L}}+\s+\p{{L}}+))?(\s+âm\s+lịch)?",
    ))
    .expect("a valid pattern");
    let restated = Regex::new(r"(?i)(?:\(\s*(?:tức\s+)?(?:ngày\s+)?|\btức\s+(?:ngày\s+)?)$")
        .expect("a valid pattern");
    let near: Vec<NaiveDate> = dated.iter().map(|d| d.date).collect();
    let Some(around) = most_frequent(&near.iter().map(|d| d.year()).collect::<Vec<_>>()) else {
        return; // no solar date to place a lunar one by
    };
    let mut found = Vec::new();
    for c in lunar.captures_iter(text) {
        let whole = c.get(0).expect("the match");
        if dated
            .iter()
            .any(|d| d.start < whole.end() && whole.start() < d.end)
        {
            continue; // a solar date ("ngày 08 tháng 02 năm 2024", "10/3/2024")
        }
        let word_month = c
            .get(3)
            .is_some_and(|m| !m.as_str().starts_with(|ch: char| ch.is_ascii_digit()));
        let year_named = c
            .get(5)
            .map(|y| y.as_str().to_lowercase())
            .filter(|y| is_can_chi(y));
        // Lunar for sure: a month named in words, "mùng", a can chi year or "âm lịch".
        if !(word_month || c.get(1).is_some() || year_named.is_some() || c.get(6).is_some()) {
            continue;
        }
        // "10/3" is lunar only when "âm lịch" says so.
        if c.get(4).is_some() && c.get(6).is_none() {
            continue;
        }
        let lead = &text[floor(text, whole.start().saturating_sub(12))..whole.start()];
        if restated.is_match(lead) {
            continue;
        }
        let (Some(day), Some(month)) = (
            c[2].parse::<u8>().ok(),
            c.get(3)
                .or(c.get(4))
                .and_then(|m| lunar_month(&m.as_str().to_lowercase())),
        ) else {
            continue;
        };
        // The candidate lunar years around the notice's solar dates.
        let best = (around - 1..=around + 1)
            .filter(|y| {
                year_named
                    .as_ref()
                    .is_none_or(|n| CanChi::of_year(*y).name().to_lowercase() == *n)
            })
            .filter_map(|y| {
                LunarDate::new(y, month, day, false)
                    .ok()
                    .map(|l| l.to_solar())
            })
            .min_by_key(|d| {
                near.iter()
                    .map(|x| (*x - *d).num_days().abs())
                    .min()
                    .unwrap_or(0)
            });
        if let Some(date) = best {
            found.push(Dated {
                start: whole.start(),
                end: whole.end(),
                date,
            });
        }
    }
    dated.extend(found);
}

/// A range "từ … đến [hết] …" with a date on each side, in one sentence:
/// where its "từ" is and the indices of its two dates in the dates it was
/// found among.
pub(crate) struct RangeAt {
    pub(crate) start: usize,
    pub(crate) from: usize,
    pub(crate) to: usize,
}

/// The ranges of `text` among its `dated` dates. Up to 160 characters
/// between "từ" and "đến": a weekday and a lunar date in brackets often sit
/// inside.
pub(crate) fn ranges(text: &str, dated: &[Dated]) -> Vec<RangeAt> {
    let range = Regex::new(r"(?i)\btừ\b[^.;]{0,160}?\bđến(?:\s+hết)?").expect("a valid pattern");
    let mut out = Vec::new();
    for m in range.find_iter(text) {
        let from = dated
            .iter()
            .position(|d| d.start >= m.start() && d.end <= m.end());
        let to = dated
            .iter()
            .position(|d| d.start >= m.end() && d.start <= m.end() + 40);
        if let (Some(from), Some(to)) = (from, to) {
            out.push(RangeAt {
                start: m.start(),
                from,
                to,
            });
        }
    }
    out
}

/// Proofreads `text`, a notice as copied.
///
/// # Example
/// ```
/// let r = lich_notice::check("Nghỉ từ thứ Hai ngày 08/02/2024 đến hết ngày 14/02/2024.");
/// assert_eq!(r.findings.len(), 1, "08/02/2024 is a Thursday");
/// ```
pub fn check(text: &str) -> Report {
    // Matched without regard to case (`(?i)`), on the text as written, so
    // that what is quoted back is the notice's own words.
    let text: String = text.nfc().collect();
    let text = text.as_str();
    let dated = solar_dates(text);
    let mut report = Report {
        dates: dated.len(),
        ..Report::default()
    };
    let weekday_before =
        Regex::new(&format!(r"(?i){WEEKDAY}\s*,?\s*(?:ngày\s*)?$")).expect("a valid pattern");
    let weekday_after =
        Regex::new(&format!(r"(?i)^\s*\(\s*{WEEKDAY}\s*\)")).expect("a valid pattern");
    let lunar_after = Regex::new(&format!(
        r"(?i)^\s*(?:dương\s+lịch\s*)?\(\s*(?:tức\s+)?(?:ngày\s+)?(?:mùng|mồng)?\s*(\d{{1,2}})\s*(?:tháng\s+({LUNAR_MONTH})(?:\s+(?:năm|âm lịch)\s+([\p{{L}}]+\s+[\p{{L}}]+))?|(tết))",
    ))
    .expect("a valid pattern");
    for d in &dated {
        let head_start = floor(text, d.start.saturating_sub(40));
        let head = &text[head_start..d.start];
        let tail = &text[d.end..ceil(text, d.end + 120)];
        // The weekday before the date ("thứ Năm ngày 08/02/2024"), or in
        // brackets after it ("08/02/2024 (thứ Năm)"): the quote runs from
        // the one to the other.
        let weekday = match weekday_before.captures(head) {
            Some(c) => c
                .get(1)
                .map(|m| (head_start + m.start(), d.end, m.as_str())),
            None => weekday_after
                .captures(tail)
                .and_then(|c| c.get(1).map(|m| (d.start, d.end + c[0].len(), m.as_str()))),
        };
        if let Some((from, to, name)) = weekday {
            if let Some(stated) = weekday_index(name) {
                report.checks += 1;
                if stated != d.date.weekday().num_days_from_monday() as u8 {
                    report.findings.push(Finding {
                        line: line_of(text, d.start),
                        quote: spaced(&text[from..to]),
                        kind: FindingKind::Weekday {
                            date: d.date,
                            stated,
                        },
                    });
                }
            }
        }
        if let Some(c) = lunar_after.captures(tail) {
            let Ok(actual) = LunarDate::from_solar(d.date) else {
                continue;
            };
            let day: u8 = c[1].parse().unwrap_or(0);
            let (month, year) = if c.get(4).is_some() {
                (1, None)
            } else {
                (
                    c.get(2)
                        .and_then(|m| lunar_month(&m.as_str().to_lowercase()))
                        .unwrap_or(0),
                    c.get(3).map(|y| y.as_str().to_string()),
                )
            };
            report.checks += 1;
            let year_ok = year.as_deref().is_none_or(|y| {
                let y = y.to_lowercase();
                CanChi::of_year(actual.year()).name().to_lowercase() == y || !is_can_chi(&y)
            });
            if day != actual.day() || (month != 0 && month != actual.month()) || !year_ok {
                // Quoted to its closing bracket, when there is one nearby.
                let said = c.get(0).map_or(0, |m| m.end());
                let close = tail[said..]
                    .find(')')
                    .filter(|i| *i < 40)
                    .map_or(said, |i| said + i + 1);
                let quote = spaced(&tail[..close]);
                report.findings.push(Finding {
                    line: line_of(text, d.start),
                    quote: format!("{} {quote}", &text[d.start..d.end]),
                    kind: FindingKind::Lunar {
                        date: d.date,
                        stated: (day, month, year),
                        actual,
                    },
                });
            }
        }
    }
    let count = Regex::new(r"(?i)(\d{1,3})\s+ngày[^.;\d]{0,40}$").expect("a valid pattern");
    for r in ranges(text, &dated) {
        let (from, to) = (&dated[r.from], &dated[r.to]);
        report.checks += 1;
        let line = line_of(text, r.start);
        let quote = spaced(&text[r.start..to.end]);
        if to.date < from.date {
            report.findings.push(Finding {
                line,
                quote,
                kind: FindingKind::Backwards {
                    from: from.date,
                    to: to.date,
                },
            });
            continue;
        }
        let lead = &text[floor(text, r.start.saturating_sub(60))..r.start];
        if let Some(c) = count.captures(lead) {
            let stated: u32 = c[1].parse().unwrap_or(0);
            report.checks += 1;
            let days = (to.date - from.date).num_days() + 1;
            if i64::from(stated) != days {
                report.findings.push(Finding {
                    line,
                    quote: format!("{} … {quote}", c[0].trim()),
                    kind: FindingKind::Count {
                        stated,
                        from: from.date,
                        to: to.date,
                    },
                });
            }
        }
    }
    report
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn most_frequent(years: &[i32]) -> Option<i32> {
    let mut best = None;
    let mut best_n = 0;
    for y in years {
        let n = years.iter().filter(|x| *x == y).count();
        if n > best_n {
            (best, best_n) = (Some(*y), n);
        }
    }
    best
}

/// Whether two words are a stem and a branch ("giáp thìn").
fn is_can_chi(s: &str) -> bool {
    let mut w = s.split_whitespace();
    let (Some(a), Some(b)) = (w.next(), w.next()) else {
        return false;
    };
    STEMS.iter().any(|x| x.to_lowercase() == a) && BRANCHES.iter().any(|x| x.to_lowercase() == b)
}

/// `s` with each run of white space (line breaks too) as one space.
fn spaced(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The largest char boundary at or before `i`.
fn floor(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or after `i` (at most the end).
fn ceil(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn the_seed_has_no_slip() {
        let r = check(include_str!("../../../tests/data/notices/seed-like.txt"));
        assert_eq!(r.findings, vec![], "{r:?}");
        // 3 weekdays, 2 lunar dates, 2 ranges and the count of the break.
        assert_eq!((r.dates, r.checks), (10, 8), "{r:?}");
    }

    #[test]
    fn the_slips_of_a_notice() {
        let r = check(include_str!("../../../tests/data/notices/slips.txt"));
        let found: Vec<(usize, &FindingKind)> =
            r.findings.iter().map(|f| (f.line, &f.kind)).collect();
        assert_eq!(
            found,
            vec![
                (
                    5,
                    &FindingKind::Weekday {
                        date: d("2025-09-02"),
                        stated: 0
                    }
                ),
                (
                    5,
                    &FindingKind::Lunar {
                        date: d("2025-09-02"),
                        stated: (10, 7, Some("Ất Tỵ".into())),
                        actual: LunarDate::from_solar(d("2025-09-02")).unwrap()
                    }
                ),
                (
                    6,
                    &FindingKind::Count {
                        stated: 3,
                        from: d("2025-08-30"),
                        to: d("2025-09-02")
                    }
                ),
                (
                    7,
                    &FindingKind::Backwards {
                        from: d("2025-09-05"),
                        to: d("2025-09-02")
                    }
                ),
            ],
            "{r:#?}"
        );
    }

    #[test]
    fn a_wrong_weekday() {
        let r = check("Nghỉ lễ Quốc khánh vào thứ Hai, ngày 02/9/2025.");
        assert_eq!(
            r.findings[0].kind,
            FindingKind::Weekday {
                date: d("2025-09-02"),
                stated: 0
            }
        );
    }

    #[test]
    fn a_weekday_in_brackets_after_the_date() {
        let r = check("Hạn nộp: 14/01/2023 (thứ Sáu).");
        assert_eq!(r.checks, 1);
        assert_eq!(r.findings[0].quote, "14/01/2023 (thứ Sáu)");
        assert_eq!(
            r.findings[0].kind,
            FindingKind::Weekday {
                date: d("2023-01-14"),
                stated: 4
            }
        );
        assert_eq!(check("Hạn nộp: 14/01/2023 (thứ Bảy).").findings, vec![]);
    }

    #[test]
    fn years_come_from_the_notice() {
        let r = check(
            "Thông báo nghỉ Tết năm 2026.\nNghỉ từ thứ Bảy 14/02 đến hết Chủ nhật 22/02/2026.",
        );
        assert_eq!(r.findings, vec![], "{r:?}");
        assert_eq!(r.checks, 3, "{r:?}");
        let r = check("Năm 2026: làm bù thứ Bảy 10/01.");
        assert_eq!(r.findings, vec![], "{r:?}");
    }
}
