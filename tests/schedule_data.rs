//! The built-in data, the seed's facts, the validator's messages and expansion.
#![cfg(not(target_arch = "wasm32"))]

use chrono::NaiveDate;
use lich::calendar::names::Lang;
use lich::schedule::{
    builtin, expand, parse_schedule, DayOffReason, DutyType, Kind, ReportPhase, When,
};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

#[test]
fn every_builtin_file_reads_cleanly() {
    for (name, text) in builtin::FILES {
        if let Err(problems) = parse_schedule(text) {
            panic!(
                "{name}:\n{}",
                problems
                    .iter()
                    .map(|p| p.to_string())
                    .collect::<Vec<_>>()
                    .join("\n")
            );
        }
    }
}

fn ids_on(day: &str) -> Vec<String> {
    let s = builtin::all();
    expand(&s, d(day), d(day))
        .into_iter()
        .map(|o| o.event.id.clone())
        .collect()
}

#[test]
fn facts_of_the_seed() {
    let s = builtin::soc_trang_tet_2024();
    assert_eq!(s.focus, Some(d("2024-02-10")));
    let ev = |id: &str| s.events.iter().find(|e| e.id == id).unwrap();
    assert_eq!(
        ev("nghi-tet").when,
        When::Range(d("2024-02-08"), d("2024-02-14"))
    );
    assert_eq!(ev("nghi-tet").kind, Kind::DayOff(DayOffReason::Holiday));
    assert_eq!(
        ev("treo-co-tet").when,
        When::Range(d("2024-02-08"), d("2024-02-14"))
    );
    assert_eq!(ev("treo-co-tet").kind, Kind::Flag);
    let Kind::Duty { types, hours } = &ev("truc-tet").kind else {
        panic!()
    };
    assert!(types.contains(&DutyType::Leadership) && types.contains(&DutyType::Operations));
    assert!(types.contains(&DutyType::Shift) && types.contains(&DutyType::IncidentResponse));
    assert_eq!(hours.as_deref(), Some("24/24"));
    assert_eq!(ev("han-danh-sach-truc").when, When::Day(d("2024-02-01")));
    assert_eq!(
        ev("han-danh-sach-truc").kind,
        Kind::Deadline {
            to: Some("Sở Thông tin và Truyền thông tỉnh Sóc Trăng".into()),
            via: vec![],
        }
    );
    for (id, phase) in [
        ("bao-cao-truoc-tet", ReportPhase::Before),
        ("bao-cao-trong-tet", ReportPhase::During),
        ("bao-cao-sau-tet", ReportPhase::After),
        ("bao-cao-dot-xuat", ReportPhase::Incident),
    ] {
        assert_eq!(
            ev(id).kind,
            Kind::Report {
                phase,
                to: None,
                via: vec![],
                daily: false,
            }
        );
        assert!(
            matches!(ev(id).when, When::Undated(_)),
            "{id} must not invent a date"
        );
    }
    let phones: Vec<_> = s
        .contacts
        .iter()
        .filter_map(|c| c.phone.as_deref())
        .collect();
    assert_eq!(phones, ["02993.621090", "02993.621676", "0916861396"]);
    assert!(s
        .contacts
        .iter()
        .any(|c| c.email.as_deref() == Some("thanhtra.sotttt@soctrang.gov.vn")));
    let numbers: Vec<_> = s.documents.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(
        numbers,
        ["/STTTT-TTr", "06/CT-BTTTT", "13/CT-UBND", "58/TB-UBND"]
    );
    assert_eq!(s.notes.len(), 2);
}

#[test]
fn the_2024_national_facts() {
    let on = ids_on;
    assert!(on("2024-02-13").contains(&"2024-tet-nghi-bu".to_string()));
    assert!(on("2024-04-29").contains(&"2024-30-4-hoan-doi".to_string()));
    assert!(on("2024-05-04").contains(&"2024-lam-bu-4-5".to_string()));
    assert!(on("2024-04-18").contains(&"2024-gio-to".to_string()));
    assert!(on("2024-09-03").contains(&"2024-quoc-khanh".to_string()));
    assert!(on("2025-04-26").contains(&"2025-lam-bu-26-4".to_string()));
    assert!(on("2026-08-22").contains(&"2026-lam-bu-22-8".to_string()));
    assert!(on("2024-05-19").contains(&"co-19-5".to_string()));
}

#[test]
fn lunar_festivals_land_on_their_days() {
    assert!(ids_on("2024-09-17").contains(&"trung-thu".to_string()));
    assert!(ids_on("2024-02-02").contains(&"ong-cong-ong-tao".to_string()));
    assert!(ids_on("2024-02-10").contains(&"co-tet-nguyen-dan".to_string()));
    // Giao thừa is 30 Chạp in 2024 but 29 Chạp in 2025 and 2026 (29-day months).
    assert!(ids_on("2024-02-09").contains(&"giao-thua".to_string()));
    assert!(ids_on("2025-01-28").contains(&"giao-thua".to_string()));
    assert!(ids_on("2026-02-16").contains(&"giao-thua".to_string()));
    let s = builtin::all();
    let year: Vec<_> = expand(&s, d("2025-01-01"), d("2025-12-31"))
        .into_iter()
        .filter(|o| o.event.id == "giao-thua")
        .collect();
    assert_eq!(year.len(), 1, "one Giao thừa in 2025");
}

#[test]
fn expansion_is_sorted_and_inside_the_range() {
    let s = builtin::all();
    let (a, b) = (d("2024-01-01"), d("2026-12-31"));
    let occ = expand(&s, a, b);
    assert!(occ.windows(2).all(|w| w[0].start <= w[1].start));
    assert!(occ.iter().all(|o| o.start <= b && o.end >= a));
    assert!(occ.len() > 100);
}

/// The compiled built-in data is exactly the JSON files read and encoded:
/// after editing `static/data/*.json`, `cargo run --example gen_builtin`.
#[test]
fn the_compiled_built_in_data_is_up_to_date() {
    let from_json = builtin::from_json();
    assert_eq!(from_json.len(), builtin::FILES.len(), "every file reads");
    assert!(
        lich::schedule::wire::encode_all(&from_json) == builtin::COMPILED,
        "builtin.wire is stale: run `cargo run --example gen_builtin`"
    );
    let decoded = lich::schedule::wire::decode_all(builtin::COMPILED).unwrap();
    assert_eq!(decoded, from_json);
    // The single-language builds' copies: what each shows, nothing else
    // (`Schedule::for_widget`: `in_language`, whose own test checks the
    // texts, without the documents' notes and links, which no view shows).
    for (lang, compiled) in [
        (
            Lang::Vi,
            &include_bytes!("../crates/lich-core/src/schedule/builtin-vi.wire")[..],
        ),
        (
            Lang::En,
            &include_bytes!("../crates/lich-core/src/schedule/builtin-en.wire")[..],
        ),
    ] {
        let one: Vec<_> = from_json.iter().map(|s| s.for_widget(lang)).collect();
        assert!(
            lich::schedule::wire::encode_all(&one) == compiled,
            "the {lang:?} copy is stale: run `cargo run --example gen_builtin`"
        );
        for (full, one) in from_json.iter().zip(&one) {
            assert_eq!(full.events.len(), one.events.len());
            assert!(full
                .events
                .iter()
                .zip(&one.events)
                .all(|(a, b)| a.title.get(lang) == b.title.get(lang) && a.kind == b.kind));
        }
    }
}
