//! The hostile catalogue (`tests/data/hostile/`, listed in `expect.tsv`):
//! files an attacker or a careless clerk could publish — other encodings,
//! half surrogate pairs, terminal escapes, mail and phone injection, script
//! links, impossible dates, absurd numbers, deep nesting, contradictions,
//! markup — each replayed through `lich validate`, `lich ics` and
//! `lich render` as a user runs them. For each: the exit status, a message
//! that names the place, no raw control character reaching the terminal, no
//! panic; a file that is valid but hostile comes out escaped. The worst
//! cases for time and memory are generated here too, and timed in
//! `scripts/measure.sh` (not here: timings do not belong in tests).
#![cfg(not(target_arch = "wasm32"))]

#[path = "worst/mod.rs"]
mod worst;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use worst::worst_cases;

fn lich(args: &[&str]) -> (String, String, i32) {
    let out = Command::new(env!("CARGO_BIN_EXE_lich"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    (
        String::from_utf8(out.stdout).expect("the CLI writes UTF-8"),
        String::from_utf8(out.stderr).expect("the CLI writes UTF-8"),
        out.status.code().unwrap_or(-1),
    )
}

/// Raw control characters other than line ends: what could drive a terminal.
fn assert_terminal_safe(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| {
            (c.is_control() && c != '\n' && c != '\r') || ('\u{202a}'..='\u{202e}').contains(&c)
        })
        .collect();
    assert!(bad.is_empty(), "{what}: raw control characters {bad:?}");
    assert!(!text.contains("panicked"), "{what}: {text}");
}

#[derive(Clone)]
struct Case {
    file: String,
    valid: bool,
    place: String,
    expect: String,
}

fn catalogue() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile");
    std::fs::read_to_string(dir.join("expect.tsv"))
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 4, "{l}");
            Case {
                file: format!("tests/data/hostile/{}", f[0]),
                valid: f[1] == "0",
                place: f[2].to_string(),
                expect: f[3].to_string(),
            }
        })
        .collect()
}

#[test]
fn the_catalogue_is_large_and_every_file_is_listed() {
    let cases = catalogue();
    assert!(cases.len() >= 60, "{} inputs", cases.len());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hostile");
    let on_disk = std::fs::read_dir(dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    assert_eq!(
        on_disk,
        cases.len(),
        "every file has its line in expect.tsv"
    );
}

#[test]
fn validate_names_the_place_of_every_problem() {
    for c in catalogue() {
        let (out, err, code) = lich(&["validate", &c.file]);
        assert_terminal_safe(&c.file, &(out.clone() + &err));
        assert_eq!(code, if c.valid { 0 } else { 1 }, "{}: {out}{err}", c.file);
        assert!(
            out.contains(&c.place),
            "{}: no {:?} in\n{out}",
            c.file,
            c.place
        );
        if !c.expect.starts_with("render:") && !c.expect.starts_with("ics:") {
            assert!(
                out.contains(&c.expect),
                "{}: no {:?} in\n{out}",
                c.file,
                c.expect
            );
        }
        if !c.valid {
            // Every problem has a place line and both languages.
            assert!(
                out.contains("    en: ") && out.contains("    vi: "),
                "{}",
                c.file
            );
        }
    }
}

#[test]
fn ics_refuses_bad_files_and_escapes_good_ones() {
    for c in catalogue() {
        let (out, err, code) =
            lich(&["ics", &c.file, "--from", "2024-01-01", "--to", "2024-12-31"]);
        assert_terminal_safe(&c.file, &(out.clone() + &err));
        if c.valid {
            assert_eq!(code, 0, "{}: {err}", c.file);
            // Unfolded, every line is a property; no injected component.
            let unfolded = out.replace("\r\n ", "");
            assert_eq!(
                unfolded.matches("BEGIN:VEVENT").count(),
                unfolded.matches("END:VEVENT").count()
            );
            if let Some(want) = c.expect.strip_prefix("ics:") {
                assert!(
                    unfolded.contains(want),
                    "{}: no {want:?} in\n{unfolded}",
                    c.file
                );
            }
        } else {
            assert_eq!(code, 1, "{}", c.file);
            assert!(
                err.contains("run `lich validate` for details"),
                "{}: {err}",
                c.file
            );
            assert!(out.is_empty(), "{}: wrote a calendar", c.file);
        }
    }
}

/// Whether some tag of `html` carries an `on…=` event attribute or is a
/// script, image or iframe (text that merely spells one is harmless).
fn has_markup_from_the_file(html: &str) -> bool {
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if matches!(name.as_str(), "script" | "img" | "iframe") {
            return true;
        }
        rest = &rest[name.len()..];
        // The attributes: names, and values in quotes (which may hold anything).
        loop {
            rest = rest.trim_start();
            match rest.chars().next() {
                None => return false,
                Some('>') | Some('/') => break,
                _ => {}
            }
            let attr: String = rest
                .chars()
                .take_while(|c| !c.is_whitespace() && *c != '=' && *c != '>')
                .collect();
            if attr.to_ascii_lowercase().starts_with("on") {
                return true;
            }
            rest = &rest[attr.len()..];
            if let Some(after) = rest.strip_prefix('=') {
                let quote = after.chars().next().unwrap_or('"');
                let end = after[1..].find(quote).map_or(after.len(), |e| e + 2);
                rest = &after[end.min(after.len())..];
            }
        }
    }
    false
}

#[test]
fn render_refuses_bad_files_and_escapes_good_ones() {
    for (c, mode) in catalogue()
        .into_iter()
        .flat_map(|c| [(c.clone(), "--noscript"), (c, "--prerender")])
    {
        let (out, err, code) = lich(&["render", "--src", &c.file, "--month", "2024-02", mode]);
        assert_terminal_safe(&c.file, &err);
        match c.expect.strip_prefix("render:") {
            Some(want) if c.valid && want.contains("built-in schedule") => {
                assert_eq!(code, 1, "{}", c.file);
                assert!(err.contains(want), "{}: {err}", c.file);
            }
            Some(want) => {
                assert_eq!(code, 0, "{}: {err}", c.file);
                if mode == "--prerender" {
                    assert!(out.contains(want), "{}: no {want:?}", c.file);
                }
                assert!(
                    !has_markup_from_the_file(&out),
                    "{} {mode}: markup from the file",
                    c.file
                );
            }
            None if c.valid => assert_eq!(code, 0, "{}", c.file),
            None => {
                assert_eq!(code, 1, "{}", c.file);
                assert!(out.is_empty(), "{}", c.file);
            }
        }
    }
}

#[test]
fn worst_cases_end_with_a_bounded_report() {
    let dir = std::env::temp_dir().join(format!("lich-worst-{}", std::process::id()));
    let files = worst_cases(&dir);
    for f in &files {
        let size = std::fs::metadata(f).unwrap().len();
        assert!(
            size <= lich::schedule::MAX_FILE_BYTES as u64,
            "{f:?} is {size} bytes"
        );
    }
    let (out, _, code) = lich(&["validate", files[0].to_str().unwrap()]);
    assert_eq!(code, 1);
    // 2,500 findings (one per make-up day), listed up to the cap.
    assert!(
        out.starts_with(&format!("{}: 2500 problems", files[0].display())),
        "{}",
        &out[..200]
    );
    assert_eq!(
        out.matches("    en: ").count(),
        lich::schedule::MAX_PROBLEMS + 1
    );
    assert!(
        out.contains("and 2400 more problems, not listed"),
        "{}",
        &out[out.len() - 300..]
    );
    let (out, _, code) = lich(&["validate", files[1].to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains("and 4900 more problems"),
        "{}",
        &out[out.len() - 300..]
    );
    let (out, _, code) = lich(&["validate", files[2].to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.len() < 200_000, "{} bytes of report", out.len());
    let (out, _, code) = lich(&["validate", files[3].to_str().unwrap()]);
    assert_eq!((code, out.contains("OK — 5000 events")), (0, true), "{out}");
    // The ring: each cycle once, where it closes.
    let (out, _, code) = lich(&["validate", files[4].to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        out.contains(": 2 problems"),
        "{}",
        &out[..out.len().min(600)]
    );
    assert!(
        out.contains("$.documents[8999].supersedes") && out.contains("$.documents[8999].relays"),
        "{out}"
    );
    // The chain: only the first document's events stand (one in 4,000).
    let (out, _, code) = lich(&["validate", files[5].to_str().unwrap()]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("OK — 5000 events, 4000 documents"), "{out}");
    assert!(out.contains("; 4998 events not shown"), "{out}");
    std::fs::remove_dir_all(dir).ok();
}

/// A device that never ends is read up to the limit, not to the end.
#[test]
fn an_endless_file_is_read_only_to_the_limit() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    let (out, _, code) = lich(&["validate", "/dev/zero"]);
    assert_eq!(code, 1);
    assert!(out.contains("the limit is 1048576 bytes (1 MiB)"), "{out}");
}

/// An export across the whole range is cut to the supported days, said so,
/// and streamed.
#[test]
fn a_huge_export_range_is_cut_to_the_supported_days() {
    let (out, err, code) = lich(&[
        "ics",
        "tests/data/bad/../../../static/data/festivals.json",
        "--from",
        "1700-01-01",
        "--to",
        "2999-12-31",
        "--kinds",
        "festival",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("the range was cut to the supported days: 1800-01-01 to 2399-12-31"),
        "{err}"
    );
    assert!(out.contains("DTSTART;VALUE=DATE:18000"), "starts in 1800");
    assert!(out.contains("DTSTART;VALUE=DATE:2399"));
    assert!(!out.contains("DTSTART;VALUE=DATE:1799") && !out.contains("DTSTART;VALUE=DATE:2400"));
}

/// Machine mode goes on after a line that is not UTF-8, as its help says.
#[test]
fn machine_mode_goes_on_after_a_bad_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_lich"))
        .arg("convert")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"2024-02-08\n\xff\xfe2024\n2024-02-10\n\x1b[2J\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        "2023 12 29 0\nerror: line 2 is not valid UTF-8\n2024 1 1 0\nerror: cannot read \"\\u{1b}[2J\": expected a date YYYY-MM-DD\n"
    );
    assert_eq!(out.status.code(), Some(1));
}
