//! Vietnamese and English names: one table per language, all text in
//! Unicode NFC (precomposed), as Vietnamese typography requires.

/// A display language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Tiếng Việt (the default).
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Parses `vi` or `en`.
    pub fn parse(tag: &str) -> Option<Lang> {
        match tag.trim().to_ascii_lowercase().as_str() {
            "vi" | "vi-vn" => Some(Lang::Vi),
            "en" | "en-us" | "en-gb" => Some(Lang::En),
            _ => None,
        }
    }
}

/// The ten heavenly stems (thiên can), Giáp first.
pub const STEMS: [&str; 10] = [
    "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý",
];

/// The twelve earthly branches (địa chi), Tý first.
pub const BRANCHES: [&str; 12] = [
    "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi",
];

/// The animals of the branches (con giáp); Vietnam has the Cat, not the Rabbit.
pub const ANIMALS_VI: [&str; 12] = [
    "Chuột", "Trâu", "Hổ", "Mèo", "Rồng", "Rắn", "Ngựa", "Dê", "Khỉ", "Gà", "Chó", "Lợn",
];

/// The animals in English.
pub const ANIMALS_EN: [&str; 12] = [
    "Rat", "Ox", "Tiger", "Cat", "Dragon", "Snake", "Horse", "Goat", "Monkey", "Rooster", "Dog",
    "Pig",
];

/// Lunar month names, month 1 first: tháng Giêng … tháng Chạp.
pub const MONTHS_VI: [&str; 12] = [
    "Giêng",
    "Hai",
    "Ba",
    "Tư",
    "Năm",
    "Sáu",
    "Bảy",
    "Tám",
    "Chín",
    "Mười",
    "Mười Một",
    "Chạp",
];

/// Weekday names, Monday first.
pub const WEEKDAYS_VI: [&str; 7] = [
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ Nhật",
];

/// Short weekday names, Monday first.
pub const WEEKDAYS_VI_SHORT: [&str; 7] = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"];

/// Weekday names in English, Monday first.
pub const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Short English weekday names, Monday first.
pub const WEEKDAYS_EN_SHORT: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/// English month names (solar).
pub const SOLAR_MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The 24 solar terms (tiết khí), from the March equinox (0°), 15° apart.
pub const SOLAR_TERMS_VI: [&str; 24] = [
    "Xuân phân",
    "Thanh minh",
    "Cốc vũ",
    "Lập hạ",
    "Tiểu mãn",
    "Mang chủng",
    "Hạ chí",
    "Tiểu thử",
    "Đại thử",
    "Lập thu",
    "Xử thử",
    "Bạch lộ",
    "Thu phân",
    "Hàn lộ",
    "Sương giáng",
    "Lập đông",
    "Tiểu tuyết",
    "Đại tuyết",
    "Đông chí",
    "Tiểu hàn",
    "Đại hàn",
    "Lập xuân",
    "Vũ thủy",
    "Kinh trập",
];

/// The 24 solar terms in English, in the same order.
pub const SOLAR_TERMS_EN: [&str; 24] = [
    "Spring Equinox",
    "Clear and Bright",
    "Grain Rain",
    "Start of Summer",
    "Grain Buds",
    "Grain in Ear",
    "Summer Solstice",
    "Minor Heat",
    "Major Heat",
    "Start of Autumn",
    "End of Heat",
    "White Dew",
    "Autumn Equinox",
    "Cold Dew",
    "Frost's Descent",
    "Start of Winter",
    "Minor Snow",
    "Major Snow",
    "Winter Solstice",
    "Minor Cold",
    "Major Cold",
    "Start of Spring",
    "Rain Water",
    "Awakening of Insects",
];

/// The name of lunar month `m` (1–12) in Vietnamese, without "tháng".
pub fn month_name_vi(m: u8) -> &'static str {
    MONTHS_VI
        .get(usize::from(m.max(1) - 1))
        .copied()
        .unwrap_or("?")
}

/// The Vietnamese label of lunar day `d`: "mùng 1" … "mùng 10", "Rằm" for 15,
/// the number otherwise.
pub fn day_label_vi(d: u8) -> String {
    match d {
        1..=10 => format!("mùng {d}"),
        15 => "Rằm".to_string(),
        _ => d.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::is_nfc;

    #[test]
    fn every_name_is_nfc() {
        let all = STEMS
            .iter()
            .chain(&BRANCHES)
            .chain(&ANIMALS_VI)
            .chain(&MONTHS_VI)
            .chain(&WEEKDAYS_VI)
            .chain(&SOLAR_TERMS_VI);
        for name in all {
            assert!(is_nfc(name), "{name:?} is not NFC");
        }
    }

    #[test]
    fn day_labels() {
        assert_eq!(day_label_vi(1), "mùng 1");
        assert_eq!(day_label_vi(10), "mùng 10");
        assert_eq!(day_label_vi(15), "Rằm");
        assert_eq!(day_label_vi(29), "29");
    }
}
