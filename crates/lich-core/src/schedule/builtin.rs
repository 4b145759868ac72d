//! The schedules compiled into the widget, from the JSON files in
//! `static/data/` (the same files agencies can read and copy).
//!
//! The files are checked by the tests; should one ever fail to read, the
//! widget shows what remains rather than nothing.

use super::model::Schedule;
use super::read::parse_schedule;

/// The Sóc Trăng Department of Information and Communications' letter for
/// Tết Giáp Thìn 2024 (the seed notice).
pub const SOC_TRANG_TET_2024: &str = include_str!("../../../../static/data/soc-trang-tet-2024.json");
/// National days off, swaps and make-up days 2024–2026, flag-day rules and ngày lễ lớn.
pub const NATIONAL: &str = include_str!("../../../../static/data/national-2024-2026.json");
/// Traditional lunar festivals and Sóc Trăng's Khmer festivals.
pub const FESTIVALS: &str = include_str!("../../../../static/data/festivals.json");

/// Every built-in file, with its name.
pub const FILES: [(&str, &str); 3] = [
    ("soc-trang-tet-2024.json", SOC_TRANG_TET_2024),
    ("national-2024-2026.json", NATIONAL),
    ("festivals.json", FESTIVALS),
];

fn read(text: &str) -> Option<Schedule> {
    parse_schedule(text).ok()
}

/// The seed notice alone.
pub fn soc_trang_tet_2024() -> Schedule {
    read(SOC_TRANG_TET_2024).unwrap_or_else(empty)
}

/// Everything built in: the seed notice, then the national data, then festivals.
pub fn all() -> Schedule {
    (*shared()).clone()
}

/// The same, read once per thread and shared: every widget on a page uses it.
pub fn shared() -> std::rc::Rc<Schedule> {
    thread_local! {
        static ALL: std::rc::Rc<Schedule> = std::rc::Rc::new({
            let mut s = soc_trang_tet_2024();
            for text in [NATIONAL, FESTIVALS] {
                if let Some(other) = read(text) {
                    s = s.merged_with(&other);
                }
            }
            s
        });
    }
    ALL.with(std::rc::Rc::clone)
}

fn empty() -> Schedule {
    Schedule {
        id: "empty".into(),
        title: Default::default(),
        publisher: Default::default(),
        updated: chrono::NaiveDate::default(),
        focus: None,
        documents: Vec::new(),
        contacts: Vec::new(),
        events: Vec::new(),
        notes: Vec::new(),
    }
}
