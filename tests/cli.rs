//! The `lich` binary as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn lich(args: &[&str], stdin: &str) -> (String, String, i32) {
    lich_on(None, args, stdin)
}

/// `lich` with "today" set by `LICH_TODAY` (or the real clock with `None`).
fn lich_on(today: Option<&str>, args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_lich"));
    match today {
        Some(day) => command.env("LICH_TODAY", day),
        None => command.env_remove("LICH_TODAY"),
    };
    let mut child = command
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Feed standard input from another thread, so a large input cannot
    // deadlock against the output filling its pipe.
    let mut pipe = child.stdin.take().unwrap();
    let input = stdin.to_string();
    let feeder = std::thread::spawn(move || pipe.write_all(input.as_bytes()));
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap(),
    )
}

#[test]
fn convert_in_words() {
    let (out, _, code) = lich(&["convert", "2024-02-10"], "");
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Thứ Bảy, 10/02/2024 — mùng 1 tháng Giêng năm Giáp Thìn\n"),
        "{out}"
    );
    let (out, _, _) = lich(&["convert", "2024-02-10", "--lang", "en"], "");
    assert!(
        out.starts_with("Saturday, 10 February 2024 — day 1 of month 1, year Giáp Thìn (Dragon)\n"),
        "{out}"
    );
    let (out, _, code) = lich(&["convert", "--reverse", "2023-2-1", "--leap"], "");
    assert_eq!(code, 0);
    assert!(
        out.starts_with("Thứ Tư, 22/03/2023 — mùng 1 tháng Hai nhuận năm Quý Mão"),
        "{out}"
    );
}

#[test]
fn bad_input_exits_1_with_a_reason() {
    let (_, err, code) = lich(&["convert", "--reverse", "2024-4-1", "--leap"], "");
    assert_eq!(code, 1);
    assert!(err.contains("lunar year 2024 has no leap month"), "{err}");
    let (_, err, code) = lich(&["year", "3000"], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("lunar year 3000 is outside the supported range"),
        "{err}"
    );
}

#[test]
fn machine_mode_both_ways() {
    let (out, _, code) = lich(&["convert"], "2024-02-08\n2024-02-30\n2024-02-10\n");
    assert_eq!(out, "2023 12 29 0\nerror: solar date 2024-02-30 does not exist: 2024-02 has no day 30\n2024 1 1 0\n");
    assert_eq!(code, 1);
    let (out, _, code) = lich(&["convert", "--reverse"], "2023 12 29 0\n2023 2 1 1\n");
    assert_eq!((out.as_str(), code), ("2024-02-08\n2023-03-22\n", 0));
}

#[test]
fn machine_mode_whole_range_round_trips() {
    let mut days = String::new();
    let mut d = chrono::NaiveDate::from_ymd_opt(1900, 1, 31).unwrap();
    while d <= chrono::NaiveDate::from_ymd_opt(2199, 12, 31).unwrap() {
        days.push_str(&format!("{d}\n"));
        d = d.succ_opt().unwrap();
    }
    let (lunar, _, code) = lich(&["convert"], &days);
    assert_eq!(code, 0);
    assert_eq!(lunar.lines().count(), 109_543);
    let (back, _, code) = lich(&["convert", "--reverse"], &lunar);
    assert_eq!(code, 0);
    assert_eq!(back, days);
}

#[test]
fn year_listing() {
    let (out, _, code) = lich(&["year", "2023"], "");
    assert_eq!(code, 0);
    assert!(
        out.starts_with(
            "Năm 2023 Quý Mão (con Mèo): Tết 22/01/2023, 13 tháng, 384 ngày, nhuận tháng 2"
        ),
        "{out}"
    );
    assert!(
        out.contains("tháng Hai nhuận    2023-03-22   29")
            || out.contains("tháng Hai nhuận 2023-03-22"),
        "{out}"
    );
    assert!(out.contains("Lập xuân"));
}

#[test]
fn validate_reports_every_planted_error_with_line_and_column() {
    let (out, _, code) = lich(
        &[
            "validate",
            "static/data/soc-trang-tet-2024.json",
            "static/data/national-2024-2026.json",
            "static/data/festivals.json",
        ],
        "",
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.matches(": OK — ").count(), 3);
    let (out, _, code) = lich(&["validate", "tests/data/bad/planted.json"], "");
    assert_eq!(code, 1);
    assert!(
        out.starts_with("tests/data/bad/planted.json: 14 problems / 14 lỗi\n"),
        "{out}"
    );
    assert!(out.contains("tests/data/bad/planted.json:13:83: $.events[1].to\n    en: the range ends (2024-02-08) before it starts (2024-02-14)\n    vi: khoảng thời gian kết thúc (08/02/2024) trước khi bắt đầu (14/02/2024)\n"), "{out}");
    let (out, _, code) = lich(&["validate", "no/such/file.json"], "");
    assert_eq!(code, 1);
    assert!(out.starts_with("no/such/file.json: "), "{out}");
}

#[test]
fn ics_export() {
    let (out, _, code) = lich(
        &[
            "ics",
            "--from",
            "2024-02-01",
            "--to",
            "2024-02-29",
            "--kinds",
            "day_off,deadline",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(out.contains("UID:nghi-tet-20240208@soc-trang-stttt-tet-giap-thin-2024.lich\r\n"));
    assert!(out.contains("DTSTART;VALUE=DATE:20240201\r\n"));
    assert!(!out.contains("CATEGORIES:Treo cờ"));
    let (_, err, code) = lich(&["ics", "--kinds", "party"], "");
    assert_eq!(code, 1);
    assert!(err.contains("unknown kind \"party\""), "{err}");
    let (_, err, code) = lich(&["ics", "tests/data/bad/planted.json"], "");
    assert_eq!(code, 1);
    assert!(err.contains("run `lich validate` for details"), "{err}");
}

#[test]
fn ics_refuses_an_export_without_events() {
    // RFC 5545 §3.6: a calendar holds at least one component. Reports are
    // undated and no day off is a deadline: nothing to write, said so.
    for kinds in ["report", "deadline"] {
        let args = [
            "ics",
            "--kinds",
            kinds,
            "--from",
            "2025-03-01",
            "--to",
            "2025-03-31",
        ];
        let (out, err, code) = lich_on(None, &args, "");
        assert_eq!(code, 1, "{kinds}: {out}");
        assert!(out.is_empty(), "{kinds}: nothing written");
        assert!(err.contains("nothing to export"), "{kinds}: {err}");
    }
    // A kind that has events in the range is exported as before.
    let (out, _, code) = lich_on(
        None,
        &[
            "ics",
            "--kinds",
            "deadline",
            "--from",
            "2024-01-01",
            "--to",
            "2024-12-31",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(out.contains("BEGIN:VEVENT"));
}

#[test]
fn ics_defaults_to_the_current_year() {
    // Built-in data: the year it is in Vietnam, law expectations included.
    let (out, _, code) = lich_on(Some("2027-03-01"), &["ics"], "");
    assert_eq!(code, 0);
    let starts: Vec<&str> = out.lines().filter(|l| l.starts_with("DTSTART")).collect();
    assert!(!starts.is_empty());
    assert!(starts.iter().all(|l| l.contains(":2027")), "{starts:?}");
    assert!(
        out.contains("DTSTART;VALUE=DATE:20270206\r\nDTEND;VALUE=DATE:20270211\r\n"),
        "{out}"
    );
    assert!(out.contains("(dự kiến)"));
    // A notice file of its own: the notice's year.
    let (out, _, _) = lich_on(
        Some("2027-03-01"),
        &["ics", "static/data/soc-trang-tet-2024.json"],
        "",
    );
    assert!(out.contains("DTSTART;VALUE=DATE:20240208"), "{out}");
    // The real clock: this year, whatever it is.
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let year = lich::calendar::day_in_vietnam(secs)
        .unwrap()
        .format("%Y")
        .to_string();
    let (out, _, _) = lich_on(None, &["ics"], "");
    assert!(
        out.contains(&format!("DTSTART;VALUE=DATE:{year}0101")),
        "{year}"
    );
    let (_, err, code) = lich_on(Some("2027-02-30"), &["ics"], "");
    assert_eq!(code, 1, "{err}");
}

#[test]
fn render_a_static_month() {
    let (out, _, code) = lich(&["render", "--month", "2024-02", "--lang", "vi"], "");
    assert_eq!(code, 0);
    assert!(
        out.starts_with("<!doctype html>\n<html lang=\"vi\">"),
        "{}",
        &out[..100]
    );
    assert!(
        out.contains("<style>") && !out.contains("<script"),
        "a page with no script"
    );
    assert!(out.contains("Tháng 2/2024 · tháng Chạp Quý Mão – tháng Giêng Giáp Thìn"));
    assert!(out.contains("08/02 – 14/02/2024</strong> · Ngày nghỉ · Nghỉ Tết Nguyên đán Giáp Thìn (07 ngày liên tục)"));
    assert!(out.contains("58/TB-UBND ngày 26/12/2023 của UBND tỉnh Sóc Trăng"));
    assert_eq!(out.matches("data-date=").count(), 42);
    let (_, err, code) = lich(&["render", "--month", "2024-13"], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("--month \"2024-13\" is not a month YYYY-MM"),
        "{err}"
    );
    let (out, _, _) = lich(&["render", "--prerender", "--lang", "en"], "");
    assert!(
        out.starts_with("<section part=\"calendar\" lang=\"en\""),
        "{}",
        &out[..100]
    );
}

/// A reader that closes the pipe early (`lich validate … | head -1`) gets
/// no panic and no message: the exit status alone says the run stopped.
#[test]
fn a_closed_pipe_is_not_a_crash() {
    for args in [
        &["validate", "tests/data/bad/types.json"][..],
        &["convert"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_lich"))
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take()); // the reader is gone before anything is written
        let mut stdin = child.stdin.take().unwrap();
        let _ = stdin.write_all("2024-02-08\n".repeat(50_000).as_bytes());
        drop(stdin);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("panicked") && err.is_empty(),
            "{args:?}: {err}"
        );
        assert_eq!(out.status.code(), Some(1), "{args:?}");
    }
}
