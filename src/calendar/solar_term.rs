//! The 24 solar terms (tiết khí): the Sun's apparent longitude passing each
//! multiple of 15°. The even-numbered ones from the equinox (multiples of 30°)
//! are the major terms (trung khí) that place the leap month.
//!
//! Terms are computed from the astronomy (they are not in the year table),
//! and given in UTC+7, the time of Vietnam today.

use super::astro;
use super::day_number::JulianDay;
use super::names::{Lang, SOLAR_TERMS_EN, SOLAR_TERMS_VI};
use chrono::{NaiveDate, NaiveDateTime};

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
        let i = usize::from(self.0);
        match lang {
            Lang::Vi => SOLAR_TERMS_VI[i],
            Lang::En => SOLAR_TERMS_EN[i],
        }
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

/// The term in effect on `day` (the last one that began on or before it, in
/// UTC+7), and whether it begins that very day.
pub fn term_of_day(day: NaiveDate) -> (SolarTerm, bool) {
    let jd = JulianDay::from_date(day);
    let end_of_day = f64::from(jd.value()) + 0.5 - VIETNAM_UTC_OFFSET / 24.0;
    let at_end = astro::sun_longitude_ut(end_of_day);
    let at_start = astro::sun_longitude_ut(end_of_day - 1.0);
    let term = SolarTerm::new((at_end / 15.0).floor() as u8);
    (term, (at_start / 15.0).floor() as u8 != term.0)
}

/// The terms that begin on the days `first..=last` (UTC+7), with their days:
/// a handful of solar positions for the whole span instead of two per day.
pub fn terms_between(first: NaiveDate, last: NaiveDate) -> Vec<(NaiveDate, SolarTerm)> {
    let midnight =
        |d: NaiveDate| f64::from(JulianDay::from_date(d).value()) - 0.5 - VIETNAM_UTC_OFFSET / 24.0;
    let Some(after_last) = last.succ_opt() else {
        return Vec::new();
    };
    let (start, end) = (midnight(first), midnight(after_last));
    if end <= start {
        return Vec::new();
    }
    let l0 = astro::sun_longitude_ut(start);
    let mut out = Vec::new();
    // The next multiple of 15° after the position at the start, and so on
    // while the Sun gets there before the end (it moves ~1° a day).
    let mut target = (l0 / 15.0).floor() * 15.0 + 15.0;
    loop {
        let guess = start + (target - l0) * 365.2422 / 360.0;
        if guess > end + 2.0 {
            break;
        }
        let moment = astro::sun_reaches(target.rem_euclid(360.0), guess);
        if moment >= end {
            break;
        }
        if moment >= start {
            let day = JulianDay::new((moment + 0.5 + VIETNAM_UTC_OFFSET / 24.0).floor() as i32);
            if let Some(d) = day.to_date() {
                out.push((
                    d,
                    SolarTerm::new(((target / 15.0) as i64).rem_euclid(24) as u8),
                ));
            }
        }
        target += 15.0;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast span search agrees with the day-by-day test on every day of 2023–2026.
    #[test]
    fn terms_between_agrees_with_term_of_day() {
        let (a, b) = (
            NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap(),
        );
        let slow: Vec<(NaiveDate, SolarTerm)> = a
            .iter_days()
            .take_while(|d| *d <= b)
            .filter_map(|d| match term_of_day(d) {
                (t, true) => Some((d, t)),
                _ => None,
            })
            .collect();
        assert_eq!(slow.len(), 96);
        assert_eq!(terms_between(a, b), slow);
        // A single day, and a span that starts on a term's day.
        let lap_xuan = NaiveDate::from_ymd_opt(2024, 2, 4).unwrap();
        assert_eq!(
            terms_between(lap_xuan, lap_xuan),
            [(lap_xuan, SolarTerm::new(21))]
        );
        assert!(terms_between(lap_xuan.succ_opt().unwrap(), lap_xuan).is_empty());
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
            term_of_day(NaiveDate::from_ymd_opt(2024, 2, 4).unwrap()),
            (SolarTerm::new(21), true)
        );
        assert_eq!(
            term_of_day(NaiveDate::from_ymd_opt(2024, 2, 10).unwrap()),
            (SolarTerm::new(21), false)
        );
    }
}
