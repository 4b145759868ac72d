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

use crate::Item;
use chrono::NaiveDate;
use lich_core::calendar::names::Lang;
use lich_core::calendar::LunarDate;
use lich_core::schedule::{
    parse_schedule, write::to_json, Contact, DocStatus, Document, Schedule, When,
};
use lich_core::words;
use serde_json::{json, Value};
use std::collections::HashSet;

/// UTF-16 length of `s`: where a byte offset is in the page's strings.
fn utf16(s: &str) -> usize {
    s.encode_utf16().count()
}

/// The draft of `notice` (see the module's words), as JSON.
pub fn draft(notice: &str, today: NaiveDate) -> String {
    let d = crate::draft(notice, today);
    answer_of(&d.text, &d.facts, &d.schedule)
}

/// The file being written (`{"file": …, "notice": …}`, the file as the page
/// holds it) with the draft of another notice added: an agency keeps one
/// file for its notices. The draft's documents that the file already has
/// (the same number, when it has digits) and its contacts that it already
/// has (the same phone number or e-mail) are not added twice, and what
/// cites them cites the file's; the rest keep their ids, or get new ones
/// where the file uses them already. The answer is [`draft`]'s, with the
/// merged file as its schedule and the spans naming the merged ids; or
/// `{"problems": n}` when the file has problems to mend first.
pub fn add(input: &str, today: NaiveDate) -> String {
    let input: Value = serde_json::from_str(input).unwrap_or(Value::Null);
    let notice = input["notice"].as_str().unwrap_or_default();
    let mut file = match parse_schedule(&input["file"].to_string()) {
        Ok(file) => file,
        Err(problems) => return json!({ "problems": problems.len() }).to_string(),
    };
    let d = crate::draft(notice, today);
    let mut taken: HashSet<String> = (file.documents.iter().map(|x| &x.id))
        .chain(file.contacts.iter().map(|x| &x.id))
        .chain(file.events.iter().map(|x| &x.id))
        .cloned()
        .collect();
    let mut fresh = |id: &str| {
        let mut new = id.to_string();
        let mut n = 2;
        while !taken.insert(new.clone()) {
            new = format!("{id}-{n}");
            n += 1;
        }
        new
    };
    // (what, the draft's id, the merged file's id)
    let mut renamed: Vec<(Item, String, String)> = Vec::new();
    let number = |x: &Document| x.number.trim().to_lowercase();
    let same_document = |x: &Document, y: &Document| {
        number(x).starts_with(|c: char| c.is_ascii_digit()) && number(x) == number(y)
    };
    let digits = |s: &Option<String>| -> String {
        s.iter()
            .flat_map(|s| s.chars())
            .filter(char::is_ascii_digit)
            .collect()
    };
    let same_contact = |x: &Contact, y: &Contact| {
        !digits(&x.phone).is_empty() && digits(&x.phone) == digits(&y.phone)
            || x.email.is_some() && x.email == y.email
    };
    let (documents, contacts) = (d.schedule.documents, d.schedule.contacts);
    // A document the file has already that the new notice withdraws.
    let withdrawn: Vec<Document> = documents
        .iter()
        .filter(|x| x.status == DocStatus::Withdrawn)
        .cloned()
        .collect();
    let (r, f) = (&mut renamed, &mut fresh);
    let before = file.documents.len();
    merge_items(
        &mut file.documents,
        documents,
        Item::Document,
        same_document,
        r,
        f,
    );
    merge_items(
        &mut file.contacts,
        contacts,
        Item::Contact,
        same_contact,
        r,
        f,
    );
    let rename = |renamed: &[(Item, String, String)], item: Item, id: &str| {
        renamed
            .iter()
            .find(|(i, old, _)| *i == item && old == id)
            .map_or(id.to_string(), |(_, _, new)| new.clone())
    };
    // What the notice's documents say of each other, in the file's ids.
    for x in &mut file.documents[before..] {
        for s in &mut x.supersedes {
            *s = rename(&renamed, Item::Document, s);
        }
        if let Some(r) = &mut x.relays {
            *r = rename(&renamed, Item::Document, r);
        }
    }
    for x in &mut file.documents[..before] {
        if withdrawn.iter().any(|w| same_document(w, x)) {
            x.status = DocStatus::Withdrawn;
        }
    }
    for mut e in d.schedule.events {
        for s in &mut e.sources {
            *s = rename(&renamed, Item::Document, s);
        }
        for c in &mut e.contacts {
            *c = rename(&renamed, Item::Contact, c);
        }
        let id = fresh(&e.id);
        renamed.push((Item::Event, std::mem::replace(&mut e.id, id), e.id.clone()));
        file.events.push(e);
    }
    file.updated = d.schedule.updated;
    let facts: Vec<crate::Fact> = d
        .facts
        .into_iter()
        .map(|f| crate::Fact {
            id: rename(&renamed, f.item, &f.id),
            ..f
        })
        .collect();
    answer_of(&d.text, &facts, &file)
}

/// A document or a contact: an item other items cite by its id.
trait Cited {
    fn id_mut(&mut self) -> &mut String;
}

impl Cited for Document {
    fn id_mut(&mut self) -> &mut String {
        &mut self.id
    }
}

impl Cited for Contact {
    fn id_mut(&mut self) -> &mut String {
        &mut self.id
    }
}

/// Adds the `new` items to `into`, except those `same` finds there: each
/// is recorded in `renamed` as (what, its draft id, its id in the file),
/// under a `fresh` id when it is added.
fn merge_items<T: Cited>(
    into: &mut Vec<T>,
    new: Vec<T>,
    item: Item,
    same: impl Fn(&T, &T) -> bool,
    renamed: &mut Vec<(Item, String, String)>,
    fresh: &mut impl FnMut(&str) -> String,
) {
    for mut x in new {
        let found = into
            .iter_mut()
            .find(|y| same(&x, y))
            .map(|y| y.id_mut().clone());
        let id = found.clone().unwrap_or_else(|| fresh(x.id_mut()));
        let old = std::mem::replace(x.id_mut(), id.clone());
        renamed.push((item, old, id));
        if found.is_none() {
            into.push(x);
        }
    }
}

/// What [`draft`] and [`add`] answer: the notice's text, `schedule` as the
/// file says it, the spans and what `lich check` finds in the text.
fn answer_of(text: &str, facts: &[crate::Fact], schedule: &Schedule) -> String {
    let schedule: Value = serde_json::from_str(&to_json(schedule)).unwrap_or(Value::Null);
    let facts: Vec<Value> = facts
        .iter()
        .map(|f| {
            let start = utf16(&text[..f.start]);
            json!({
                "item": f.item.code(),
                "id": f.id,
                "line": f.line,
                "start": start,
                "end": start + utf16(&text[f.start..f.end]),
            })
        })
        .collect();
    let (vi, en) = (words::of(Lang::Vi), words::of(Lang::En));
    let findings: Vec<Value> = crate::check(text)
        .findings
        .iter()
        .map(|f| json!({ "line": f.line, "quote": f.quote, "vi": vi.finding(&f.kind), "en": en.finding(&f.kind) }))
        .collect();
    json!({ "text": text, "schedule": schedule, "facts": facts, "findings": findings }).to_string()
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
    let Ok(mut s) = parse_schedule(text) else {
        return String::new();
    };
    // What a visitor would be shown: not what only replaced or withdrawn
    // notices say.
    s.retain_in_force();
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

/// The codes the page's pickers offer, each with its name in Vietnamese, in
/// the tables' order, as JSON pairs under `who` (the audience codes) and
/// `channels` (how what is due is sent): the catalogue's words.
pub fn codes() -> String {
    use lich_core::schedule::{Audience, Channel};
    let words = lich_core::words::of(Lang::Vi);
    let who: Vec<(&str, &str)> = Audience::ALL
        .iter()
        .map(|&a| (a.code(), words.audience_group(a)))
        .collect();
    let channels: Vec<(&str, &str)> = Channel::ALL
        .iter()
        .map(|&c| (c.code(), words.channel(c)))
        .collect();
    json!({ "who": who, "channels": channels }).to_string()
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

    /// [`super::codes`] (the input is ignored).
    ///
    /// # Safety
    /// As [`answer`].
    #[no_mangle]
    pub unsafe extern "C" fn desk_codes(ptr: *mut u8, len: usize, _now: i64) -> *mut u8 {
        answer(ptr, len, |_| super::codes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pickers_offer_the_core_codes_with_their_names() {
        let v: Value = serde_json::from_str(&codes()).unwrap();
        let pairs = |key: &str| -> Vec<(String, String)> {
            serde_json::from_value(v[key].clone()).unwrap()
        };
        let (who, channels) = (pairs("who"), pairs("channels"));
        let code = |p: &[(String, String)]| p.iter().map(|(c, _)| c.clone()).collect::<Vec<_>>();
        assert_eq!(code(&who), lich_core::schedule::Audience::CODES);
        assert_eq!(who[3].1, "học sinh, sinh viên");
        assert_eq!(code(&channels), lich_core::schedule::Channel::CODES);
        assert_eq!(channels[0].1, "thư điện tử");
    }

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
        // A file with problems is mended first.
        let input = json!({ "file": { "format": 1 }, "notice": second }).to_string();
        let v: Value = serde_json::from_str(&add(&input, day)).unwrap();
        assert!(v["problems"].as_u64().is_some_and(|n| n > 0), "{v}");
    }

    /// A commune's replacement notice added to the file of the notice it
    /// replaces: it names the file's document, and the file's `.ics` then
    /// holds only the new notice's days.
    #[test]
    fn a_replacing_notice_added_to_the_file_of_the_one_it_replaces() {
        let day = NaiveDate::from_ymd_opt(2025, 12, 26).unwrap();
        let first = std::fs::read_to_string(
            std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../../tests/data/notices/commune-tet-duong-lich.txt"),
        )
        .unwrap();
        let file: Value = serde_json::from_str(&draft(&first, day)).unwrap();
        let file = &file["schedule"];
        let old = file["documents"][0]["id"].clone();
        assert_eq!(file["documents"][0]["number"], "215/TB-UBND");
        let second = "Số: 230/TB-UBND\nV/v nghỉ Tết Dương lịch năm 2026\nAn Thạnh, ngày 26 tháng 12 năm 2025\n\n\
                      Thông báo này thay thế Thông báo số 215/TB-UBND ngày 19/12/2025 của UBND xã An Thạnh.\n\
                      UBND xã An Thạnh thông báo:\n\
                      - Cán bộ, công chức nghỉ từ ngày 01/01/2026 đến hết ngày 03/01/2026.\n";
        let input = json!({ "file": file, "notice": second }).to_string();
        let v: Value = serde_json::from_str(&add(&input, day)).unwrap();
        let merged = &v["schedule"];
        let new = merged["documents"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["number"] == "230/TB-UBND")
            .expect("the new notice");
        assert_eq!(new["supersedes"], json!([old]), "{new}");
        let checked: Value = serde_json::from_str(&super::file(&merged.to_string())).unwrap();
        assert_eq!(checked["ok"], true, "{checked}");
        let ics = ics(&merged.to_string(), 0);
        assert!(
            ics.contains("DTEND;VALUE=DATE:20260104"),
            "the new break, 01–03/01"
        );
        assert!(
            !ics.contains("DTEND;VALUE=DATE:20260105"),
            "not the old one, 01–04/01"
        );
        assert!(
            !ics.contains("20260110"),
            "nor the old notice's make-up day"
        );
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
