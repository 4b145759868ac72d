//! Dates as text: the fixed formats (ISO, dd/mm/yyyy, iCalendar), dates in
//! words through the catalogue of a language ([`crate::words`]), reading
//! dates, and the line formats of the command line's machine mode. Pure:
//! the CLI and the widget share it.

use crate::calendar::names::Lang;
use crate::calendar::sexagenary::{self, CanChi};
use crate::calendar::solar_term::term_of_day;
use crate::calendar::{JulianDay, LunarDate};
use crate::error::{Error, Expected, Result, Snippet};
use crate::words::{self, DayDescription};
use chrono::{Datelike, NaiveDate};

/// Items in a sentence: "a, b và c" with `and` = "và" (one item alone,
/// two joined by `and`).
pub fn series(items: &[String], and: &str) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} {and} {last}", rest.join(", ")),
        _ => items.concat(),
    }
}

/// `2024-02-10`.
pub fn iso(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `10/02/2024`, as Vietnamese documents write dates.
pub fn dmy(d: NaiveDate) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), d.month(), d.year())
}

/// `10/02`.
pub fn dm(d: NaiveDate) -> String {
    format!("{:02}/{:02}", d.day(), d.month())
}

/// `20240210`, as iCalendar writes dates.
pub fn compact(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// The date of an iCalendar DATE (`20240208`), or `None`.
pub fn parse_compact(s: &str) -> Option<NaiveDate> {
    let digits = s
        .get(..8)
        .filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    NaiveDate::from_ymd_opt(
        digits[..4].parse().ok()?,
        digits[4..6].parse().ok()?,
        digits[6..].parse().ok()?,
    )
}

/// "Thứ Bảy, 10/02/2024" or "Saturday, 10 February 2024".
pub fn solar_in_words(date: NaiveDate, lang: Lang) -> String {
    words::of(lang).solar_date(date)
}

/// "tháng Giêng", "tháng Hai nhuận"; English "month 1", "leap month 2".
pub fn lunar_month_in_words(month: u8, leap: bool, lang: Lang) -> String {
    words::of(lang).lunar_month(month, leap)
}

/// "mùng 1 tháng Giêng năm Giáp Thìn"; English "day 1 of month 1, year Giáp Thìn (Dragon)".
pub fn lunar_in_words(l: LunarDate, lang: Lang) -> String {
    words::of(lang).lunar_date(l)
}

/// The auspicious hours of a day: "Dần (3–5h), Thìn (7–9h), …".
pub fn auspicious_hours_in_words(day: JulianDay) -> String {
    let hours: Vec<String> = sexagenary::auspicious_hours(day)
        .into_iter()
        .map(|h| {
            let (a, b) = sexagenary::hour_span(h);
            format!(
                "{} ({a}–{b}h)",
                crate::calendar::names::BRANCHES[usize::from(h) % 12]
            )
        })
        .collect();
    hours.join(", ")
}

/// The full description of a day, several lines: both calendars, can chi,
/// solar term and auspicious hours.
pub fn describe_day(date: NaiveDate, lang: Lang) -> Result<String> {
    let lunar = LunarDate::from_solar(date)?;
    let jd = JulianDay::from_date(date);
    // Every day of the supported range is inside the term table.
    let (term, begins) = term_of_day(date).ok_or(Error::DayOutOfRange {
        day: (date.year(), date.month(), date.day()),
    })?;
    let year = CanChi::of_year(lunar.year());
    let facts = DayDescription {
        date,
        lunar,
        can_chi: (
            CanChi::of_day(jd).name(),
            CanChi::of_month(lunar.year(), lunar.month()).name(),
            year.name(),
        ),
        branch: year.branch,
        term: (term.index(), begins),
        hours: auspicious_hours_in_words(jd),
    };
    Ok(words::of(lang).day_description(&facts))
}

/// Reads a solar date `YYYY-MM-DD` (one- or two-digit month and day allowed).
pub fn parse_solar(input: &str) -> Result<NaiveDate> {
    let s = input.trim();
    let bad = || Error::Parse {
        input: Snippet::new(s),
        expected: Expected::SolarDate,
    };
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let digits = |t: &str, max: usize| {
        !t.is_empty() && t.len() <= max && t.bytes().all(|b| b.is_ascii_digit())
    };
    if !(y.len() == 4 && digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(bad());
    }
    let (year, month, day): (i32, u32, u32) = (
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
    );
    NaiveDate::from_ymd_opt(year, month, day).ok_or(if (1..=12).contains(&month) {
        Error::SolarDayTooLarge { year, month, day }
    } else {
        Error::SolarMonthNumber { year, month }
    })
}

/// Reads a lunar date `YYYY-M-D` (the leap flag comes separately).
pub fn parse_lunar(input: &str, leap: bool) -> Result<LunarDate> {
    let s = input.trim();
    let bad = || Error::Parse {
        input: Snippet::new(s),
        expected: Expected::LunarDate,
    };
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return Err(bad());
    };
    let y: i32 = y.parse().map_err(|_| bad())?;
    let m: u8 = m.parse().map_err(|_| bad())?;
    let d: u8 = d.parse().map_err(|_| bad())?;
    LunarDate::new(y, m, d, leap)
}

/// Machine mode, solar → lunar: `YYYY-MM-DD` in, `LUNAR_YEAR LUNAR_MONTH LUNAR_DAY LEAP` out.
///
/// # Example
/// ```
/// assert_eq!(lich_core::text::convert_line("2024-02-08").unwrap(), "2023 12 29 0");
/// ```
pub fn convert_line(line: &str) -> Result<String> {
    let l = LunarDate::from_solar(parse_solar(line)?)?;
    Ok(format!(
        "{} {} {} {}",
        l.year(),
        l.month(),
        l.day(),
        u8::from(l.is_leap())
    ))
}

/// Machine mode, lunar → solar: `LUNAR_YEAR LUNAR_MONTH LUNAR_DAY LEAP` in, `YYYY-MM-DD` out.
///
/// # Example
/// ```
/// assert_eq!(lich_core::text::reverse_line("2023 2 1 1").unwrap(), "2023-03-22");
/// ```
pub fn reverse_line(line: &str) -> Result<String> {
    let s = line.trim();
    let bad = || Error::Parse {
        input: Snippet::new(s),
        expected: Expected::LunarLine,
    };
    let fields: Vec<&str> = s.split_whitespace().collect();
    let [y, m, d, leap] = fields.as_slice() else {
        return Err(bad());
    };
    let leap = match *leap {
        "0" => false,
        "1" => true,
        _ => return Err(bad()),
    };
    let l = LunarDate::new(
        y.parse().map_err(|_| bad())?,
        m.parse().map_err(|_| bad())?,
        d.parse().map_err(|_| bad())?,
        leap,
    )?;
    Ok(iso(l.to_solar()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn words() {
        let l = LunarDate::from_solar(d("2024-02-10")).unwrap();
        assert_eq!(
            solar_in_words(d("2024-02-10"), Lang::Vi),
            "Thứ Bảy, 10/02/2024"
        );
        assert_eq!(
            lunar_in_words(l, Lang::Vi),
            "mùng 1 tháng Giêng năm Giáp Thìn"
        );
        assert_eq!(
            lunar_in_words(l, Lang::En),
            "day 1 of month 1, year Giáp Thìn (Dragon)"
        );
        let rằm = LunarDate::new(2024, 1, 15, false).unwrap();
        assert_eq!(
            lunar_in_words(rằm, Lang::Vi),
            "Rằm tháng Giêng năm Giáp Thìn"
        );
        let leap = LunarDate::new(2023, 2, 11, true).unwrap();
        assert_eq!(
            lunar_in_words(leap, Lang::Vi),
            "11 tháng Hai nhuận năm Quý Mão"
        );
        let late = LunarDate::new(2023, 12, 29, false).unwrap();
        assert_eq!(lunar_in_words(late, Lang::Vi), "29 tháng Chạp năm Quý Mão");
    }

    #[test]
    fn machine_lines() {
        assert_eq!(convert_line("2024-02-08").unwrap(), "2023 12 29 0");
        assert_eq!(convert_line(" 2024-2-10 ").unwrap(), "2024 1 1 0");
        assert_eq!(reverse_line("2024 1 1 0").unwrap(), "2024-02-10");
        assert_eq!(
            convert_line("2024-02-30").unwrap_err().to_string(),
            "solar date 2024-02-30 does not exist: 2024-02 has no day 30"
        );
        assert!(convert_line("hello")
            .unwrap_err()
            .to_string()
            .contains("expected a date YYYY-MM-DD"));
        assert!(reverse_line("2024 4 1 1")
            .unwrap_err()
            .to_string()
            .contains("has no leap month"));
        assert_eq!(
            convert_line("1799-12-31").unwrap_err().to_string(),
            "1799-12-31 is outside the supported range 1800-01-01 to 2399-12-31"
        );
        assert!(convert_line("2399-12-31").is_ok() && convert_line("1800-01-01").is_ok());
        assert!(reverse_line("2024 4 1 2").is_err());
    }

    #[test]
    fn description() {
        let text = describe_day(d("2024-02-10"), Lang::Vi).unwrap();
        assert!(text.starts_with("Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn\nNgày Giáp Thìn, tháng Bính Dần, năm Giáp Thìn (con Rồng)"), "{text}");
        assert!(text.contains("Tiết khí: Lập xuân"), "{text}");
    }
}
