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
    assert!(out.contains("UID:tet-am-lich-2024-off@lich\r\n"));
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
    assert!(out.contains(r#"<table data-from="2024-01-29" class="lich-grid">"#));
    assert_eq!(out.matches("<td").count(), 42);
    let (_, err, code) = lich(&["render", "--month", "2024-13"], "");
    assert_eq!(code, 1);
    assert!(
        err.contains("--month \"2024-13\" is not a month YYYY-MM"),
        "{err}"
    );
    let (out, _, _) = lich(&["render", "--prerender", "--lang", "en"], "");
    // The note embed.js shows if the live widget cannot start, hidden until then.
    let note = "<p class=\"lich-warning lich-fallback\" role=\"status\" hidden>The interactive calendar cannot run in this browser or on this page: this is a still view of the month, and its buttons do nothing.</p>";
    assert!(
        out.starts_with(&format!("{note}<section part=\"calendar\" lang=\"en\"")),
        "{}",
        &out[..300]
    );
    assert!(out.ends_with("</section>"));
}

/// `--plain`: the static month without svg, the flags as words (what
/// WordPress keeps for an author is tested in the WordPress tier).
#[test]
fn render_plain_html_for_filtered_portals() {
    let (out, _, code) = lich(
        &["render", "--month", "2024-02", "--noscript", "--plain"],
        "",
    );
    assert_eq!(code, 0);
    assert!(!out.contains("<svg") && !out.contains("<polygon"));
    // Seven flag days (08–14/02/2024), each a word now.
    assert_eq!(
        out.matches("<span class=\"lich-mark lich-mark-flag\">Treo cờ</span>")
            .count(),
        7
    );
    let (_, err, code) = lich(&["render", "--plain"], "");
    assert_eq!(code, 2, "{err}");
}

/// `--css` puts the first paint in a declarative shadow root with the
/// widget's stylesheet; `lich prerender` writes a range of months so.
#[test]
fn prerender_into_a_declarative_shadow_root() {
    let (out, _, code) = lich(
        &[
            "render",
            "--prerender",
            "--month",
            "2024-02",
            "--css",
            "/lich/style-1.css?a=1&b=\"2\"",
        ],
        "",
    );
    assert_eq!(code, 0);
    assert!(
        out.starts_with("<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"/lich/style-1.css?a=1&amp;b=&quot;2&quot;\"><div class=\"lich-host\"><p class=\"lich-warning lich-fallback\""),
        "{}",
        &out[..200]
    );
    assert!(out.ends_with("</section></div></template>"));

    let dir = std::env::temp_dir().join(format!("lich-prerender-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let d = dir.to_str().unwrap();
    let (_, err, code) = lich(
        &[
            "prerender",
            d,
            "--from",
            "2024-12",
            "--to",
            "2025-02",
            "--css",
            "{css}",
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "2024-12.en.html",
            "2024-12.vi.html",
            "2025-01.en.html",
            "2025-01.vi.html",
            "2025-02.en.html",
            "2025-02.vi.html",
            "words.json"
        ]
    );
    let jan = std::fs::read_to_string(dir.join("2025-01.vi.html")).unwrap();
    assert!(jan.contains("href=\"{css}\"") && jan.contains("Tháng 1/2025"));
    let words = std::fs::read_to_string(dir.join("words.json")).unwrap();
    assert!(
        words.contains("\"src_refused\": \"Lịch: không dùng src=\\\"{src}\\\""),
        "{words}"
    );
    std::fs::remove_dir_all(&dir).unwrap();

    let (_, err, code) = lich(
        &[
            "prerender",
            d,
            "--from",
            "2025-02",
            "--to",
            "2025-01",
            "--css",
            "x",
        ],
        "",
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("--to 2025-01 is before --from 2025-02"),
        "{err}"
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

/// `lich publish`: the feeds of a site, then the same folder published
/// again after the agency moved a deadline and withdrew its flag period.
#[test]
fn publish_writes_feeds_and_updates_them() {
    let dir = std::env::temp_dir().join(format!("lich-publish-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let feeds = dir.join("feeds");
    let feeds_arg = feeds.to_str().unwrap();
    let notice = dir.join("notice.json");
    let mut json: serde_json::Value =
        serde_json::from_str(lich::schedule::builtin::SOC_TRANG_TET_2024).unwrap();
    json["id"] = "so-thu-tet-2024".into();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(&notice, json.to_string()).unwrap();
    let (_, err, code) = lich_on(
        Some("2024-01-20"),
        &["publish", feeds_arg, notice.to_str().unwrap()],
        "",
    );
    assert_eq!(code, 0, "{err}");
    for name in ["vn-national", "so-thu-tet-2024", "all"] {
        for ext in ["ics", "en.ics", "json", "en.json"] {
            assert!(
                feeds.join(format!("{name}.{ext}")).is_file(),
                "{name}.{ext}: {err}"
            );
        }
    }
    assert!(err.contains("all.ics: "), "{err}");
    let read = |name: &str| std::fs::read_to_string(feeds.join(name)).unwrap();
    // Last year to three years ahead: 2023–2027, with the law's 2027.
    let national = read("vn-national.ics");
    assert!(national.contains("UID:tet-am-lich-2027-off@lich\r\n"));
    assert!(national.contains("UID:tet-duong-lich-2023-off@lich\r\n"));
    assert!(!national.contains("UID:tet-duong-lich-2028-off@lich\r\n"));
    assert!(!national.contains("Sóc Trăng: bảo đảm"));
    let own = read("so-thu-tet-2024.ics");
    assert!(own.contains("UID:han-danh-sach-truc@so-thu-tet-2024.lich\r\n"));
    // The JSON is jCal of the same feed.
    let jcal: serde_json::Value = serde_json::from_str(&read("all.json")).unwrap();
    let events = jcal[2].as_array().unwrap().len();
    assert_eq!(events, read("all.ics").matches("BEGIN:VEVENT").count());

    // The agency moves its deadline and withdraws its flag period.
    let events = json["events"].as_array_mut().unwrap();
    events.retain(|e| e["id"] != "treo-co-tet");
    let due = events
        .iter_mut()
        .find(|e| e["id"] == "han-danh-sach-truc")
        .unwrap();
    due["date"] = "2024-02-02".into();
    std::fs::write(&notice, json.to_string()).unwrap();
    let (_, err, code) = lich_on(
        Some("2024-01-22"),
        &["publish", feeds_arg, notice.to_str().unwrap()],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let own = read("so-thu-tet-2024.ics");
    let block = |ics: &str, uid: &str| {
        let at = ics
            .find(&format!("UID:{uid}\r\n"))
            .unwrap_or_else(|| panic!("{uid}"));
        ics[at..at + ics[at..].find("END:VEVENT").unwrap()].to_string()
    };
    let due = block(&own, "han-danh-sach-truc@so-thu-tet-2024.lich");
    assert!(
        due.contains("SEQUENCE:1\r\nLAST-MODIFIED:20240122T000000Z\r\n"),
        "{due}"
    );
    assert!(due.contains("DTSTART;VALUE=DATE:20240202\r\n"), "{due}");
    let flag = block(&own, "tet-am-lich-2024-flag@lich");
    assert!(flag.contains("STATUS:CANCELLED\r\n"), "{flag}");
    assert!(
        err.contains("so-thu-tet-2024.ics: 4 events, 1 of them withdrawn"),
        "{err}"
    );
    // Unchanged: the national feed keeps its versions.
    assert!(!read("vn-national.ics").contains("SEQUENCE:1\r\n"));

    // A file id that cannot name a file is refused.
    json["id"] = "all".into();
    std::fs::write(&notice, json.to_string()).unwrap();
    let (_, err, code) = lich_on(
        Some("2024-01-22"),
        &["publish", feeds_arg, notice.to_str().unwrap()],
        "",
    );
    assert_eq!(code, 1);
    assert!(err.contains("cannot name a feed file"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// `lich check`: a notice's dates proofread, each slip with its line.
#[test]
fn check_proofreads_a_notice() {
    let (out, _, code) = lich(&["check", "tests/data/notices/seed-like.txt"], "");
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("kiểm 8 chỗ: 0 chỗ sai với lịch"), "{out}");
    let (out, _, code) = lich(&["check", "tests/data/notices/slips.txt"], "");
    assert_eq!(code, 1, "{out}");
    for line in [
        "slips.txt:5: «thứ hai, 02/9/2025»",
        "    vi: ngày 02/09/2025 là Thứ Ba, không phải Thứ Hai",
        "    en: 2025-09-02 is a Tuesday, not a Monday",
        "    vi: ghi 3 ngày, nhưng từ 30/08/2025 đến hết 02/09/2025 là 4 ngày",
        "slips.txt:7: «từ ngày 05/9/2025 đến hết ngày 02/9/2025»",
    ] {
        assert!(out.contains(line), "{line:?} in\n{out}");
    }
    assert!(out.contains("4 chỗ sai với lịch"), "{out}");
    let bad = std::env::temp_dir().join(format!("lich-check-{}.txt", std::process::id()));
    std::fs::write(&bad, b"ng\xe0y 08/02/2024").unwrap();
    let (_, err, code) = lich(&["check", bad.to_str().unwrap()], "");
    assert_eq!(code, 1);
    assert!(err.contains("not UTF-8 at byte 2"), "{err}");
    let _ = std::fs::remove_file(&bad);
}

/// `lich draft`: a notice → a schedule file that `lich validate` accepts →
/// the notice's days in `lich ics`; each fact on standard error with its
/// line, and `--spans` as data.
#[test]
fn draft_then_validate_then_export() {
    let dir = std::env::temp_dir().join(format!("lich-draft-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let spans = dir.join("spans.json");
    let (json, err, code) = lich_on(
        Some("2026-01-20"),
        &[
            "draft",
            "tests/data/notices/seed-like.txt",
            "--spans",
            spans.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(code, 0, "{err}");
    for line in [
        "seed-like.txt:14: event nghi-2026-02-14: «- Cán bộ, công chức, viên chức",
        "seed-like.txt:20: event han-2026-02-09: «danh sách trực gửi về Văn phòng Sở",
        "bản nháp: 6 sự kiện, 3 văn bản, 1 liên hệ",
        "draft: 6 events, 3 documents, 1 contact, all \"unverified\"",
    ] {
        assert!(err.contains(line), "{line:?} in\n{err}");
    }
    let file = dir.join("draft.json");
    std::fs::write(&file, &json).unwrap();
    let path = file.to_str().unwrap();
    let (out, _, code) = lich(&["validate", path], "");
    assert_eq!(code, 0, "{out}\n{json}");
    let (ics, err, code) = lich(
        &["ics", path, "--from", "2026-01-01", "--to", "2026-03-31"],
        "",
    );
    assert_eq!(code, 0, "{err}");
    let unfolded = ics.replace("\r\n ", "");
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20260214\r\nDTEND;VALUE=DATE:20260223\r\n"),
        "the 9-day break 14–22/02/2026:\n{unfolded}"
    );
    let spans: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&spans).unwrap()).unwrap();
    let facts = spans["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 3 + 1 + 6, "documents, contacts and events");
    let text = std::fs::read_to_string("tests/data/notices/seed-like.txt").unwrap();
    for f in facts {
        let (a, b) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
        assert_eq!(
            f["text"].as_str().unwrap(),
            &text[a as usize..b as usize],
            "{f}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
