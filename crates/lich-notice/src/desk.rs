//! # The notice desk's module
//!
//! The editor page (`editor.html`) turns a notice into a published schedule
//! file without anyone writing JSON. Everything it knows of notices,
//! calendars and the format is here, in Rust, and reaches the page as a
//! plain WebAssembly module of its own (no JavaScript glue, like the
//! widget's file modules): the page only draws forms. Each call takes text
//! and answers JSON, so the page needs no decoder:
//!
//! - [`draft`]: a notice → the draft schedule (as the file would say it),
//!   each fact's span (in UTF-16 code units, as the page's strings count)
//!   and what `lich check` finds, worded in both languages;
//! - [`add`]: the file being written and another notice → the file with
//!   that notice's draft added (an agency keeps one file for its notices);
//! - [`file()`]: a schedule file → its canonical text (what a download
//!   holds), or every problem with its line, column and words;
//! - [`ics`]: a schedule file → the iCalendar text of its events alone;
//! - [`lunar`]: `YYYY-MM-DD` → the lunar date in words, for the date
//!   fields.
//!
//! A visitor of the widget never downloads this module: only the editor
//! page loads it.

use chrono::NaiveDate;
use lich_core::calendar::names::Lang;
use lich_core::calendar::LunarDate;
use lich_core::schedule::{parse_schedule, write::to_json, When};
use lich_core::words;
use serde_json::{json, Value};

/// UTF-16 length of `s`: where a byte offset is in the page's strings.
fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The draft of `notice` (see the module's words), as JSON.
pub fn draft(notice: &str, today: NaiveDate) -> String {
    drafted(notice, today).to_string()
}

/// The file being written (`{"file": …, "notice": …}`, the file as the page
/// holds it) with the draft of another notice added: the draft's documents
/// that the file already has (the same number, with digits) and its
/// contacts that it already has (the same phone number or e-mail) are not
/// added twice, and what cites them cites the file's; the rest keep their
/// ids, or get new ones where the file uses them already. The answer is
/// [`draft`]'s, with the merged file as its schedule and the spans
/// pointing at the merged ids.
pub fn add(input: &str, today: NaiveDate) -> String {
    let Ok(Value::Object(input)) = serde_json::from_str::<Value>(input) else {
        return Value::Null.to_string();
    };
    let (Some(mut file), Some(notice)) = (
        input.get("file").cloned(),
        input.get("notice").and_then(Value::as_str),
    ) else {
        return Value::Null.to_string();
    };
    let mut d = drafted(notice, today);
    let mut taken: std::collections::HashSet<String> = ["documents", "contacts", "events"]
        .iter()
        .flat_map(|list| items(&file, list))
        .filter_map(|x| x["id"].as_str().map(str::to_string))
        .collect();
    let mut fresh = |id: &str| {
        let mut new = id.to_string();
        let mut n = 2;
        while taken.contains(&new) {
            new = format!("{id}-{n}");
            n += 1;
        }
        taken.insert(new.clone());
        new
    };
    // Documents and contacts: the same one, or added under a free id.
    let digits = |v: &Value| -> String {
        v.as_str()
            .unwrap_or_default()
            .chars()
            .filter(char::is_ascii_digit)
            .collect()
    };
    let same_document = |a: &Value, b: &Value| {
        let number = |x: &Value| {
            x["number"]
                .as_str()
                .unwrap_or_default()
                .trim()
                .to_lowercase()
        };
        number(a).starts_with(|c: char| c.is_ascii_digit()) && number(a) == number(b)
    };
    let same_contact = |a: &Value, b: &Value| {
        let phone = digits(&a["phone"]);
        (!phone.is_empty() && phone == digits(&b["phone"]))
            || (a["email"].is_string() && a["email"] == b["email"])
    };
    let mut renamed: Vec<(&str, String, String)> = Vec::new();
    for (list, same) in [
        (
            "documents",
            &same_document as &dyn Fn(&Value, &Value) -> bool,
        ),
        ("contacts", &same_contact),
    ] {
        for x in items(&d["schedule"], list) {
            let id = x["id"].as_str().unwrap_or_default().to_string();
            match items(&file, list).into_iter().find(|y| same(&x, y)) {
                Some(y) => renamed.push((list, id, y["id"].as_str().unwrap_or_default().into())),
                None => {
                    let new = fresh(&id);
                    let mut x = x.clone();
                    x["id"] = new.clone().into();
                    push(&mut file, list, x);
                    renamed.push((list, id, new));
                }
            }
        }
    }
    let rename = |list: &str, id: &str| {
        renamed
            .iter()
            .find(|(l, old, _)| *l == list && old == id)
            .map_or(id.to_string(), |(_, _, new)| new.clone())
    };
    let mut events_renamed = Vec::new();
    for mut e in items(&d["schedule"], "events") {
        let id = e["id"].as_str().unwrap_or_default().to_string();
        let new = fresh(&id);
        e["id"] = new.clone().into();
        for (key, list) in [("sources", "documents"), ("contacts", "contacts")] {
            if let Some(ids) = e.get_mut(key).and_then(Value::as_array_mut) {
                for x in ids.iter_mut() {
                    *x = rename(list, x.as_str().unwrap_or_default()).into();
                }
            }
        }
        push(&mut file, "events", e);
        events_renamed.push((id, new));
    }
    if let Some(updated) = d["schedule"].get("updated").cloned() {
        file["updated"] = updated;
    }
    if let Some(facts) = d["facts"].as_array_mut() {
        for f in facts {
            let id = f["id"].as_str().unwrap_or_default().to_string();
            let new = match f["item"].as_str() {
                Some("document") => rename("documents", &id),
                Some("contact") => rename("contacts", &id),
                _ => events_renamed
                    .iter()
                    .find(|(old, _)| *old == id)
                    .map_or(id, |(_, new)| new.clone()),
            };
            f["id"] = new.into();
        }
    }
    d["schedule"] = file;
    d.to_string()
}

/// The items of one list of a schedule as JSON (none if it has no such list).
fn items(schedule: &Value, list: &str) -> Vec<Value> {
    schedule[list].as_array().cloned().unwrap_or_default()
}

/// Appends `item` to `schedule`'s `list`, making the list if need be.
fn push(schedule: &mut Value, list: &str, item: Value) {
    match schedule.get_mut(list).and_then(Value::as_array_mut) {
        Some(items) => items.push(item),
        None => schedule[list] = Value::Array(vec![item]),
    }
}

fn drafted(notice: &str, today: NaiveDate) -> Value {
    let d = crate::draft(notice, today);
    let schedule: Value = serde_json::from_str(&to_json(&d.schedule)).unwrap_or(Value::Null);
    let facts: Vec<Value> = d
        .facts
        .iter()
        .map(|f| {
            let start = utf16(&d.text[..f.start]);
            json!({
                "item": f.item.code(),
                "id": f.id,
                "line": f.line,
                "start": start,
                "end": start + utf16(&d.text[f.start..f.end]),
            })
        })
        .collect();
    let (vi, en) = (words::of(Lang::Vi), words::of(Lang::En));
    let findings: Vec<Value> = crate::check(&d.text)
        .findings
        .iter()
        .map(|f| json!({ "line": f.line, "quote": f.quote, "vi": vi.finding(&f.kind), "en": en.finding(&f.kind) }))
        .collect();
    json!({ "text": d.text, "schedule": schedule, "facts": facts, "findings": findings })
}

/// A schedule file checked: `{"ok": true, "json": canonical text, "events",
/// "documents", "contacts"}` or `{"ok": false, "problems": [{line, column,
/// path, vi, en}]}`.
pub fn file(text: &str) -> String {
    match parse_schedule(text) {
        Ok(s) => json!({
            "ok": true,
            "json": to_json(&s) + "\n",
            "id": s.id,
            "focus": s.focus.map(lich_core::text::iso),
            "events": s.events.len(),
            "documents": s.documents.len(),
            "contacts": s.contacts.len(),
        })
        .to_string(),
        Err(problems) => {
            let problems: Vec<Value> = problems
                .iter()
                .map(|p| {
                    json!({
                        "line": p.pos.line,
                        "column": p.pos.column,
                        "path": p.path,
                        "vi": p.message(Lang::Vi),
                        "en": p.message(Lang::En),
                    })
                })
                .collect();
            json!({ "ok": false, "problems": problems }).to_string()
        }
    }
}

/// The iCalendar text of a schedule file's own events (Vietnamese), stamped
/// `now` (seconds since 1970, UTC); empty if the file has problems or no
/// dated event.
pub fn ics(text: &str, now: i64) -> String {
    let Ok(s) = parse_schedule(text) else {
        return String::new();
    };
    let days: Vec<NaiveDate> = s
        .events
        .iter()
        .flat_map(|e| match e.when {
            When::Day(d) => vec![d, d],
            When::Range(a, b) => vec![a, b],
            _ => Vec::new(),
        })
        .collect();
    let (Some(&from), Some(&to)) = (days.iter().min(), days.iter().max()) else {
        return String::new();
    };
    let stamp = chrono::DateTime::from_timestamp(now, 0).map_or_else(
        || s.updated.and_hms_opt(0, 0, 0).unwrap_or_default(),
        |t| t.naive_utc(),
    );
    let options = lich_core::ical::IcsOptions {
        from,
        to,
        kinds: Vec::new(),
        lang: Lang::Vi,
        stamp,
    };
    lich_core::ical::to_ics(&s, &options)
}

/// The lunar date of `YYYY-MM-DD` in Vietnamese words, or nothing.
pub fn lunar(date: &str) -> String {
    lich_core::text::parse_solar(date.trim())
        .ok()
        .and_then(|d| LunarDate::from_solar(d).ok())
        .map(|l| lich_core::text::lunar_in_words(l, Lang::Vi))
        .unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
mod exports {
    //! `desk_alloc(len) -> ptr`, `desk_free(ptr, len)`, and for each call a
    //! `desk_*(ptr, len, now) -> ptr` that reads the UTF-8 input (and frees
    //! it) and answers a buffer: four bytes of length (little-endian), then
    //! the UTF-8 answer.
    use lich_core::abi::{alloc_bytes, free_bytes};

    #[global_allocator]
    static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    /// Room for `len` bytes.
    #[no_mangle]
    pub extern "C" fn desk_alloc(len: usize) -> *mut u8 {
        alloc_bytes(len)
    }

    /// Frees a buffer of `desk_alloc` or of an answer.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer this module gave out, not yet freed.
    #[no_mangle]
    pub unsafe extern "C" fn desk_free(ptr: *mut u8, len: usize) {
        free_bytes(ptr, len)
    }

    /// The text answer of `f` on the UTF-8 input, in the modules' convention.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer of `desk_alloc`, filled by the caller.
    unsafe fn answer(ptr: *mut u8, len: usize, f: impl FnOnce(&str) -> String) -> *mut u8 {
        lich_core::abi::answer(ptr, len, |bytes| {
            f(&String::from_utf8_lossy(bytes)).into_bytes()
        })
    }

    fn today(now: i64) -> chrono::NaiveDate {
        lich_core::calendar::day_in_vietnam(now).unwrap_or_default()
    }

    /// [`super::draft`]; `now` gives the draft's `updated` day (in Vietnam).
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_draft(ptr: *mut u8, len: usize, now: i64) -> *mut u8 {
        answer(ptr, len, |t| super::draft(t, today(now)))
    }

    /// [`super::add`]; `now` gives the file's new `updated` day.
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_add(ptr: *mut u8, len: usize, now: i64) -> *mut u8 {
        answer(ptr, len, |t| super::add(t, today(now)))
    }

    /// [`super::file`].
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_file(ptr: *mut u8, len: usize, _now: i64) -> *mut u8 {
        answer(ptr, len, super::file)
    }

    /// [`super::ics`].
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_ics(ptr: *mut u8, len: usize, now: i64) -> *mut u8 {
        answer(ptr, len, |t| super::ics(t, now))
    }

    /// [`super::lunar`].
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_lunar(ptr: *mut u8, len: usize, _now: i64) -> *mut u8 {
        answer(ptr, len, super::lunar)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_as_the_page_reads_it() {
        let notice = "Số: 12/TB-UBND\nV/v nghỉ Tết\nBắc Thuận, ngày 05 tháng 12 năm 2025\n\n\
                      UBND xã An Thạnh thông báo:\nCán bộ nghỉ từ thứ Năm ngày 01/01/2026 đến hết thứ Hai ngày 04/01/2026.";
        let v: Value = serde_json::from_str(&draft(
            notice,
            NaiveDate::from_ymd_opt(2025, 12, 6).unwrap(),
        ))
        .unwrap();
        let e = &v["schedule"]["events"][0];
        assert_eq!(
            (e["from"].as_str(), e["to"].as_str()),
            (Some("2026-01-01"), Some("2026-01-04"))
        );
        // Spans count UTF-16 code units, as JavaScript strings do.
        let f = v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["item"] == "event")
            .unwrap();
        let text: Vec<u16> = v["text"].as_str().unwrap().encode_utf16().collect();
        let (a, b) = (
            f["start"].as_u64().unwrap() as usize,
            f["end"].as_u64().unwrap() as usize,
        );
        assert!(String::from_utf16(&text[a..b])
            .unwrap()
            .starts_with("Cán bộ nghỉ"));
        // 04/01/2026 is a Sunday.
        assert_eq!(
            v["findings"][0]["en"],
            "2026-01-04 is a Sunday, not a Monday"
        );
        let written = v["schedule"].to_string();
        let checked: Value = serde_json::from_str(&file(&written)).unwrap();
        assert_eq!(checked["ok"], true, "{checked}");
        assert!(ics(&written, 0).contains("DTSTART;VALUE=DATE:20260101"));
    }

    #[test]
    fn a_second_notice_added_to_the_file_being_written() {
        let day = NaiveDate::from_ymd_opt(2026, 2, 1).unwrap();
        let first = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/data/notices/seed-like.txt"),
        )
        .unwrap();
        let file: Value = serde_json::from_str(&draft(&first, day)).unwrap();
        let file = &file["schedule"];
        // A later notice of the same Sở: it cites a document the file has
        // and gives a phone number the file has.
        let second =
            "Số: 20/TB-SVHTT\nV/v lịch trực bổ sung\nBắc Thuận, ngày 02 tháng 02 năm 2026\n\n\
                      Căn cứ Thông báo số 12/TB-UBND ngày 09/01/2026 của UBND tỉnh;\n\
                      Sở Văn hóa và Thể thao thông báo:\n\
                      - Danh sách trực bổ sung gửi về Văn phòng Sở chậm nhất là ngày 11/02/2026.\n\
                      Liên hệ: ĐT 0290.3 812 345";
        let input = json!({ "file": file, "notice": second }).to_string();
        let v: Value = serde_json::from_str(&add(&input, day)).unwrap();
        let merged = &v["schedule"];
        let n = |s: &Value, list: &str| s[list].as_array().map_or(0, Vec::len);
        assert_eq!(
            n(merged, "documents"),
            n(file, "documents") + 1,
            "12/TB-UBND once"
        );
        assert_eq!(
            n(merged, "contacts"),
            n(file, "contacts"),
            "the same phone, once"
        );
        let added = &merged["events"].as_array().unwrap()[n(file, "events")..];
        assert_eq!(added.len(), 1);
        let deadline = &added[0];
        assert_eq!(deadline["date"], "2026-02-11");
        assert_eq!(deadline["contacts"], json!([file["contacts"][0]["id"]]));
        assert_eq!(deadline["sources"], json!(["20-tb-svhtt-2026"]));
        // The first notice's items are as they were, and the whole is valid.
        assert_eq!(merged["events"][0], file["events"][0]);
        let checked: Value = serde_json::from_str(&super::file(&merged.to_string())).unwrap();
        assert_eq!(checked["ok"], true, "{checked}");
        // The spans name the merged ids.
        let ids: Vec<&str> = v["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&deadline["id"].as_str().unwrap()));
        assert!(ids.contains(&file["contacts"][0]["id"].as_str().unwrap()));
    }

    #[test]
    fn a_file_with_problems_and_a_lunar_date() {
        let v: Value = serde_json::from_str(&file("{\"format\": 1}")).unwrap();
        assert_eq!(v["ok"], false);
        assert!(v["problems"][0]["vi"]
            .as_str()
            .is_some_and(|s| !s.is_empty()));
        assert_eq!(
            lunar("2024-02-14"),
            lich_core::text::lunar_in_words(
                LunarDate::from_solar(NaiveDate::from_ymd_opt(2024, 2, 14).unwrap()).unwrap(),
                Lang::Vi
            )
        );
        assert_eq!(lunar("not a date"), "");
    }
}
