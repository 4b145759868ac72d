//! The sexagenary cycle (can chi): names of years, months, days and hours,
//! and the auspicious hours (giờ hoàng đạo).
//!
//! Stems cycle through 10 names and branches through 12, so a pair repeats
//! every 60. Years count from Giáp Tý (year 4 CE), months start each year at
//! Dần (month 1), days count from the Julian day number, and each day has
//! twelve two-hour periods starting with Tý at 23:00.

use super::day_number::JulianDay;
use super::names::{Lang, BRANCHES, STEMS};

/// A stem–branch pair, both as 0-based indices (Giáp = 0, Tý = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[doc(alias = "can chi")]
pub struct CanChi {
    /// Heavenly stem, 0 = Giáp … 9 = Quý.
    pub stem: u8,
    /// Earthly branch, 0 = Tý … 11 = Hợi.
    pub branch: u8,
}

impl CanChi {
    fn from_indices(stem: i64, branch: i64) -> Self {
        CanChi {
            stem: stem.rem_euclid(10) as u8,
            branch: branch.rem_euclid(12) as u8,
        }
    }

    /// Of a lunar year: 2024 is Giáp Thìn.
    pub fn of_year(lunar_year: i32) -> Self {
        let n = i64::from(lunar_year) - 4;
        Self::from_indices(n, n)
    }

    /// Of a lunar month (a leap month shares its month's name): month 1 of
    /// Giáp Thìn is Bính Dần.
    pub fn of_month(lunar_year: i32, month: u8) -> Self {
        let m = i64::from(month);
        Self::from_indices(i64::from(lunar_year) * 12 + m + 3, m + 1)
    }

    /// Of a day: 2024-02-10 is Giáp Thìn.
    pub fn of_day(day: JulianDay) -> Self {
        let d = i64::from(day.value());
        Self::from_indices(d + 9, d + 1)
    }

    /// Of the two-hour period `period` (0 = Tý, 23:00–01:00) of `day`.
    pub fn of_hour(day: JulianDay, period: u8) -> Self {
        let day_stem = i64::from(Self::of_day(day).stem);
        Self::from_indices(2 * (day_stem % 5) + i64::from(period), i64::from(period))
    }

    /// "Giáp Thìn".
    pub fn name(self) -> String {
        format!(
            "{} {}",
            STEMS[usize::from(self.stem) % 10],
            BRANCHES[usize::from(self.branch) % 12]
        )
    }

    /// The animal of the branch (con giáp).
    pub fn animal(self, lang: Lang) -> &'static str {
        crate::words::of(lang).names().animals[usize::from(self.branch) % 12]
    }
}

/// The local clock span of two-hour period `period`: Tý is 23:00–01:00.
pub fn hour_span(period: u8) -> (u8, u8) {
    let start = (23 + 2 * u32::from(period)) % 24;
    (start as u8, ((start + 2) % 24) as u8)
}

/// The twelve spirits of the hours, Thanh Long first; `true` = hoàng đạo.
const SPIRITS: [(&str, bool); 12] = [
    ("Thanh Long", true),
    ("Minh Đường", true),
    ("Thiên Hình", false),
    ("Chu Tước", false),
    ("Kim Quỹ", true),
    ("Bảo Quang", true),
    ("Bạch Hổ", false),
    ("Ngọc Đường", true),
    ("Thiên Lao", false),
    ("Huyền Vũ", false),
    ("Tư Mệnh", true),
    ("Câu Trần", false),
];

/// The auspicious hours (giờ hoàng đạo) of a day, as period indices (0 = Tý).
///
/// The spirit Thanh Long starts the cycle at the hour Thân on Tý and Ngọ
/// days and two hours later for each following pair of branches.
#[doc(alias = "giờ hoàng đạo")]
pub fn auspicious_hours(day: JulianDay) -> Vec<u8> {
    let branch = CanChi::of_day(day).branch;
    let start = (8 + 2 * (branch % 6)) % 12;
    (0..12u8)
        .filter(|&h| SPIRITS[usize::from((h + 12 - start) % 12)].1)
        .collect()
}

/// The name of the spirit that rules period `period` of `day`.
pub fn hour_spirit(day: JulianDay, period: u8) -> &'static str {
    let branch = CanChi::of_day(day).branch;
    let start = (8 + 2 * (branch % 6)) % 12;
    SPIRITS[usize::from((period % 12 + 12 - start) % 12)].0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_day_is_giap_thin() {
        let d = JulianDay::from_ymd(2024, 2, 10);
        assert_eq!(CanChi::of_day(d).name(), "Giáp Thìn");
        assert_eq!(CanChi::of_month(2024, 1).name(), "Bính Dần");
        assert_eq!(CanChi::of_year(2024).name(), "Giáp Thìn");
        assert_eq!(CanChi::of_year(2023).name(), "Quý Mão");
        assert_eq!(CanChi::of_year(2023).animal(Lang::Vi), "Mèo");
        assert_eq!(CanChi::of_year(2024).animal(Lang::En), "Dragon");
        // The Tý hour of a Giáp day is Giáp Tý.
        assert_eq!(CanChi::of_hour(d, 0).name(), "Giáp Tý");
    }

    /// The traditional table of auspicious hours, one line per pair of day
    /// branches (Tý/Ngọ, Sửu/Mùi, …); '1' marks a hoàng đạo period Tý…Hợi.
    #[test]
    fn auspicious_hours_match_the_traditional_table() {
        const TABLE: [&str; 6] = [
            "110100101100",
            "001101001011",
            "110011010010",
            "101100110100",
            "001011001101",
            "010010110011",
        ];
        let start = JulianDay::from_ymd(2024, 1, 1);
        for i in 0..12 {
            let day = start + i;
            let branch = CanChi::of_day(day).branch;
            let expected: Vec<u8> = TABLE[usize::from(branch % 6)]
                .bytes()
                .enumerate()
                .filter(|&(_, c)| c == b'1')
                .map(|(h, _)| h as u8)
                .collect();
            assert_eq!(auspicious_hours(day), expected, "day branch {branch}");
        }
    }

    #[test]
    fn hour_spans() {
        assert_eq!(hour_span(0), (23, 1));
        assert_eq!(hour_span(6), (11, 13));
        assert_eq!(hour_span(11), (21, 23));
    }
}
