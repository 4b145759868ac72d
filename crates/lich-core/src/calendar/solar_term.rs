//! The 24 solar terms (tiết khí): the Sun's apparent longitude passing each
//! multiple of 15°. The even-numbered ones from the equinox (multiples of 30°)
//! are the major terms (trung khí) that place the leap month.
//!
//! Terms are given in UTC+7, the time of Vietnam today. Their moments come
//! from the astronomy ([`terms_of_year`]); the days on which they begin come
//! from a table, as conversions do from the year table: the widget then runs
//! no astronomy (no sine, no VSOP87 series in the wasm) and a month's terms
//! are a few shifts.
//!
//! # The term table
//! Over the years the table covers, term `i` of a solar year (in date order,
//! Tiểu hàn first) begins between [`BASE`]`[i]` and `BASE[i] + 3` days after
//! 1 January, so each term is two bits and a year is 48 bits:
//! ```text
//!  bits 2i..=2i+1  days after 1 January of term i, minus BASE[i]
//! ```
//! `cargo run --release --example gen_term_table > src/calendar/term_data.rs`
//! regenerates it; a test recomputes every row from the astronomy.

use super::astro;
use super::day_number::JulianDay;
use super::names::Lang;
pub use super::term_data::BASE;
use super::term_data::{FIRST_YEAR, ROWS};
use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// Solar years of the term table (inclusive): every day the year table
/// covers, and a little more.
pub const TERM_YEARS: core::ops::RangeInclusive<i32> =
    FIRST_YEAR..=FIRST_YEAR + ROWS.len() as i32 - 1;

/// Vietnam's offset from UTC today, hours.
pub const VIETNAM_UTC_OFFSET: f64 = 7.0;

/// One solar term.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[doc(alias = "tiết khí")]
pub struct SolarTerm(u8);

impl SolarTerm {
    /// The term at `index` × 15° (0 = Xuân phân, 21 = Lập xuân).
    pub const fn new(index: u8) -> Self {
        SolarTerm(index % 24)
    }

    /// Its index, 0–23.
    pub const fn index(self) -> u8 {
        self.0
    }

    /// The Sun's longitude at the term, degrees.
    pub fn longitude(self) -> f64 {
        f64::from(self.0) * 15.0
    }

    /// Whether it is a major term (trung khí).
    pub const fn is_major(self) -> bool {
        self.0 % 2 == 0
    }

    /// Its name.
    pub fn name(self, lang: Lang) -> &'static str {
        crate::words::of(lang).solar_term(self.0)
    }
}

/// A term's moment in a year, in Vietnam's local time (UTC+7).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TermMoment {
    /// Which term.
    pub term: SolarTerm,
    /// When, UTC+7, to the second.
    pub local: NaiveDateTime,
}

impl TermMoment {
    /// The local day it begins on.
    pub fn day(&self) -> NaiveDate {
        self.local.date()
    }
}

fn local_datetime(jd_ut: f64) -> Option<NaiveDateTime> {
    let local = jd_ut + 0.5 + VIETNAM_UTC_OFFSET / 24.0;
    let day = JulianDay::new(local.floor() as i32).to_date()?;
    let seconds = ((local - local.floor()) * 86_400.0).round() as u32;
    let (h, rest) = (seconds / 3600, seconds % 3600);
    // 86 400 rounds up to the next day's midnight.
    if h >= 24 {
        return day.succ_opt()?.and_hms_opt(0, 0, 0);
    }
    day.and_hms_opt(h, rest / 60, rest % 60)
}

/// The 24 terms of solar year `year` in date order (Tiểu hàn in early January
/// first, Đông chí in December last).
pub fn terms_of_year(year: i32) -> Vec<TermMoment> {
    (0..24u8)
        .filter_map(|i| {
            // Tiểu hàn (index 19) falls about 6 January; term n follows 15.2 days later.
            let term = SolarTerm::new((19 + i) % 24);
            let guess = f64::from(JulianDay::from_ymd(year, 1, 6).value()) + 15.218 * f64::from(i);
            let jd = astro::sun_reaches(term.longitude(), guess);
            local_datetime(jd).map(|local| TermMoment { term, local })
        })
        .collect()
}

/// The term that is `i`-th in date order in a solar year (Tiểu hàn is 0).
const fn term_in_year(i: usize) -> SolarTerm {
    SolarTerm::new((19 + i as u8) % 24)
}

/// The days (as days after 1 January) on which the 24 terms of solar year
/// `year` begin, from the astronomy. Generates the table's rows.
pub fn compute_term_days(year: i32) -> [i32; 24] {
    let jan1 = JulianDay::from_ymd(year, 1, 1).value();
    let mut days = [0; 24];
    for (i, t) in terms_of_year(year).iter().enumerate().take(24) {
        days[i] = JulianDay::from_date(t.day()).value() - jan1;
    }
    days
}

/// The first days of the 24 terms of solar year `year`, from the table.
fn term_days(year: i32) -> Option<[JulianDay; 24]> {
    let row = *ROWS.get(usize::try_from(year - FIRST_YEAR).ok()?)?;
    let jan1 = JulianDay::from_ymd(year, 1, 1);
    let mut days = [jan1; 24];
    for (i, d) in days.iter_mut().enumerate() {
        *d = jan1 + i32::from(BASE[i]) + ((row >> (2 * i)) & 3) as i32;
    }
    Some(days)
}

/// The term in effect on `day` (the last one that began on or before it, in
/// UTC+7), and whether it begins that very day; `None` outside
/// [`TERM_YEARS`].
pub fn term_of_day(day: NaiveDate) -> Option<(SolarTerm, bool)> {
    let jd = JulianDay::from_date(day);
    let this_year = term_days(day.year())?;
    match this_year.iter().rposition(|&d| d <= jd) {
        Some(i) => Some((term_in_year(i), this_year[i] == jd)),
        // Before Tiểu hàn: still Đông chí of the year before.
        None => term_days(day.year() - 1).map(|_| (term_in_year(23), false)),
    }
}

/// The terms that begin on the days `first..=last`, with their days, in
/// order. Years outside [`TERM_YEARS`] contribute none.
pub fn terms_between(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, SolarTerm)> {
    let (a, b) = (JulianDay::from_date(first), JulianDay::from_date(last));
    let mut out = Vec::new();
    for year in first.year()..=last.year() {
        let Some(days) = term_days(year) else {
            continue;
        };
        for (i, &d) in days.iter().enumerate() {
            if (a..=b).contains(&d) {
                if let Some(date) = d.to_date() {
                    out.push((date, term_in_year(i)));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::year_table::covered_days;

    /// The term of a day straight from the Sun's longitude at the day's two
    /// midnights (UTC+7): what the table must agree with.
    fn term_of_day_by_astronomy(day: NaiveDate) -> (SolarTerm, bool) {
        let end_of_day =
            f64::from(JulianDay::from_date(day).value()) + 0.5 - VIETNAM_UTC_OFFSET / 24.0;
        let at_end = (astro::sun_longitude_ut(end_of_day) / 15.0).floor() as u8;
        let at_start = (astro::sun_longitude_ut(end_of_day - 1.0) / 15.0).floor() as u8;
        (SolarTerm::new(at_end), at_start != at_end)
    }

    fn days(a: NaiveDate, b: NaiveDate) -> impl Iterator<Item = NaiveDate> {
        a.iter_days().take_while(move |d| *d <= b)
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// Every row is what the astronomy gives.
    #[test]
    fn table_is_regenerated_by_astronomy() {
        for year in TERM_YEARS {
            let jan1 = JulianDay::from_ymd(year, 1, 1);
            let stored = term_days(year).unwrap().map(|d| d - jan1);
            assert_eq!(
                compute_term_days(year),
                stored,
                "row {year} is stale: regenerate the term table"
            );
        }
    }

    #[test]
    fn term_of_day_agrees_with_the_sun_day_by_day() {
        let spans = [
            (ymd(2023, 1, 1), ymd(2026, 12, 31)),
            (ymd(1799, 1, 1), ymd(1800, 12, 31)),
            (ymd(1899, 12, 1), ymd(1900, 2, 28)),
            (ymd(2199, 12, 1), ymd(2200, 1, 31)),
            (ymd(2400, 12, 1), ymd(2401, 12, 31)),
        ];
        let mut checked = 0;
        for (a, b) in spans {
            for d in days(a, b) {
                if let Some(from_table) = term_of_day(d) {
                    assert_eq!(from_table, term_of_day_by_astronomy(d), "{d}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 2_400, "{checked}");
        // Before the first Tiểu hàn of the table the term is unknown.
        assert_eq!(term_of_day(ymd(1799, 1, 1)), None);
        assert_eq!(term_of_day(ymd(2402, 1, 10)), None);
    }

    #[test]
    fn every_day_the_year_table_covers_has_a_term() {
        let (first, last) = covered_days();
        for jd in [first, last] {
            assert!(term_of_day(jd.to_date().unwrap()).is_some(), "{jd:?}");
        }
    }

    #[test]
    fn terms_between_agrees_with_term_of_day() {
        let (a, b) = (ymd(2023, 1, 1), ymd(2026, 12, 31));
        let slow: Vec<(NaiveDate, SolarTerm)> = days(a, b)
            .filter_map(|d| match term_of_day(d) {
                Some((t, true)) => Some((d, t)),
                _ => None,
            })
            .collect();
        assert_eq!(slow.len(), 96);
        assert_eq!(terms_between(a, b), slow);
        // A single day, and a span that starts on a term's day.
        let lap_xuan = ymd(2024, 2, 4);
        assert_eq!(
            terms_between(lap_xuan, lap_xuan),
            [(lap_xuan, SolarTerm::new(21))]
        );
        assert!(terms_between(lap_xuan.succ_opt().unwrap(), lap_xuan).is_empty());
        assert!(terms_between(ymd(1700, 1, 1), ymd(1700, 12, 31)).is_empty());
    }

    #[test]
    fn lap_xuan_2024() {
        let terms = terms_of_year(2024);
        let lap_xuan = terms
            .iter()
            .find(|t| t.term.name(Lang::Vi) == "Lập xuân")
            .unwrap();
        assert_eq!(
            lap_xuan.local.format("%Y-%m-%d %H:%M").to_string(),
            "2024-02-04 15:27"
        );
        assert_eq!(terms.len(), 24);
        assert!(terms.windows(2).all(|w| w[0].local < w[1].local));
        assert_eq!(
            term_of_day(ymd(2024, 2, 4)),
            Some((SolarTerm::new(21), true))
        );
        assert_eq!(
            term_of_day(ymd(2024, 2, 10)),
            Some((SolarTerm::new(21), false))
        );
    }
}
