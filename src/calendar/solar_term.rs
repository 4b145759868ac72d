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

#[cfg(test)]
mod tests {
    use super::*;

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
