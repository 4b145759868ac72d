//! Properties of the expansion, of iCalendar folding and of the small sort
//! (proptest).
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use lich::ical::{escape_text, fold_line};
use lich::schedule::{builtin, expand};
use lich::small_sort::stable_sort_by_key;
use proptest::prelude::*;

fn day(offset: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(1990, 1, 1).unwrap() + Days::new(u64::from(offset))
}

proptest! {
    /// Every occurrence touches the asked range; they come sorted and unique.
    #[test]
    fn expansion_is_inside_sorted_and_unique(a in 0u32..30_000, len in 0u32..800) {
        let s = builtin::all();
        let (from, to) = (day(a), day(a + len));
        let occ = expand(&s, from, to);
        for o in &occ {
            prop_assert!(o.start <= to && o.end >= from, "{} {}–{}", o.event.id, o.start, o.end);
            prop_assert!(o.start <= o.end);
        }
        prop_assert!(occ.windows(2).all(|w| w[0].start <= w[1].start));
        let mut keys: Vec<_> = occ.iter().map(|o| (o.event.origin.as_str(), o.event.id.as_str(), o.start)).collect();
        let n = keys.len();
        keys.sort();
        keys.dedup();
        prop_assert_eq!(keys.len(), n, "an occurrence twice");
    }

    /// Folding: every physical line is at most 75 octets, and unfolding
    /// restores the text exactly.
    #[test]
    fn folding_round_trips(text in "\\PC{0,400}") {
        let line = format!("DESCRIPTION:{}", escape_text(&text));
        let mut out = String::new();
        fold_line(&line, &mut out);
        prop_assert!(out.ends_with("\r\n"));
        for physical in out.trim_end_matches("\r\n").split("\r\n") {
            prop_assert!(physical.len() <= 75, "{} octets", physical.len());
        }
        prop_assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
    }

    /// The small sort orders exactly as the standard library's stable sort,
    /// equal keys included.
    #[test]
    fn small_sort_agrees_with_std(items in proptest::collection::vec((0u8..8, any::<u16>()), 0..300)) {
        let mut expected = items.clone();
        expected.sort_by_key(|x| x.0);
        prop_assert_eq!(stable_sort_by_key(items, |x| x.0), expected);
    }
}
