//! The schedules compiled into the widget, from the JSON files in
//! `static/data/` (the same files agencies can read and copy).
//!
//! The files are checked by the tests; should one ever fail to read, the
//! widget shows what remains rather than nothing.

use super::model::Schedule;
use super::read::parse_schedule;

/// The Sóc Trăng Department of Information and Communications' letter for
/// Tết Giáp Thìn 2024 (the seed notice).
pub const SOC_TRANG_TET_2024: &str =
    include_str!("../../../../static/data/soc-trang-tet-2024.json");
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
    BUILT_IN.with(|b| b.0.clone())
}

/// The ids of the built-in schedules (an agency file may not reuse one:
/// its events would share their iCalendar identities).
pub fn ids() -> Vec<String> {
    BUILT_IN.with(|b| b.1.clone())
}

thread_local! {
    static BUILT_IN: (std::rc::Rc<Schedule>, Vec<String>) = {
        let files: Vec<Schedule> = [SOC_TRANG_TET_2024, NATIONAL, FESTIVALS]
            .into_iter()
            .filter_map(read)
            .collect();
        let ids = files.iter().map(|f| f.id.clone()).collect();
        let mut all = files.into_iter();
        let first = all.next().unwrap_or_else(empty);
        (std::rc::Rc::new(all.fold(first, |s, f| s.merged_with(&f))), ids)
    };
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
