//! The languages, and the names that are the same in every language: the
//! ten stems and twelve branches of can chi are proper names. Everything
//! said in a language — weekdays, months, animals, solar terms — is in that
//! language's catalogue ([`crate::words`]). All text is in Unicode NFC
//! (precomposed), as Vietnamese typography requires.

crate::codes! {
    /// A display language; its code is its BCP 47 tag.
    #[derive(Default)]
    pub enum Lang {
        /// Tiếng Việt (the default).
        #[default]
        Vi = "vi",
        /// English.
        En = "en",
    }
}

impl Lang {
    /// The BCP 47 tag (`lang="vi"`).
    pub const fn tag(self) -> &'static str {
        self.code()
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

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_normalization::is_nfc;

    #[test]
    fn every_name_is_nfc() {
        for name in STEMS.iter().chain(&BRANCHES) {
            assert!(is_nfc(name), "{name:?} is not NFC");
        }
    }
}
