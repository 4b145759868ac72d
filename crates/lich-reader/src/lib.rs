//! # The file module
//!
//! Reading and checking an agency's schedule file — the JSON reader, the
//! validator and the words of every problem in every language — and writing
//! the iCalendar file a visitor downloads are a large part of the widget's
//! code, and a visitor who only looks at the calendar needs none of it. So
//! they are WebAssembly modules of their own, fetched by the widget's file
//! helpers (`static/embed/lich-files.js`) the first time a widget names a
//! file (the reader, feature `read`) or a visitor downloads a `.ics` (the
//! writer, feature `ics`, which carries the built-in data): this crate,
//! with no wasm-bindgen and no JavaScript glue, only these exports.
//!
//! - `lich_alloc(len) -> ptr`: room for the input's bytes;
//! - `lich_read(ptr, len) -> ptr`: reads a schedule file's bytes (and frees
//!   them) and returns a buffer: four bytes of length (little-endian), then
//!   the [`lich_core::schedule::wire::encode_outcome`] of the reading;
//! - `lich_ics(ptr, len, now) -> ptr`: answers an
//!   [`lich_core::schedule::wire::IcsRequest`] (frees it) with the
//!   iCalendar text stamped `now` (seconds since 1970, UTC),
//!   length-prefixed the same way (empty if the request does not decode);
//! - `lich_free(ptr, len)`: frees a buffer.
//!
//! [`read`] and [`ics`] are the same functions for native code and tests.

#[cfg(feature = "read")]
use lich_core::schedule::outcome;
use lich_core::schedule::wire;
#[cfg(feature = "ics")]
use lich_core::schedule::{builtin, Outcome};

/// The encoded outcome of reading `bytes`.
#[cfg(feature = "read")]
pub fn read(bytes: &[u8]) -> Vec<u8> {
    wire::encode_outcome(&outcome(bytes))
}

/// The iCalendar text (UTF-8) that an encoded [`wire::IcsRequest`] asks
/// for, stamped `now` (seconds since 1970, UTC): the built-in data with the
/// request's file over it (or the file alone), as the widget shows it.
/// Empty when the request does not decode.
#[cfg(feature = "ics")]
pub fn ics(request: &[u8], now: i64) -> Vec<u8> {
    let Some(mut r) = wire::decode_ics_request(request) else {
        return Vec::new();
    };
    if let Some(t) = chrono::DateTime::from_timestamp(now, 0) {
        r.options.stamp = t.naive_utc();
    }
    let base = builtin::all();
    let file = match r.file.as_deref().and_then(wire::decode_outcome) {
        Some(Outcome::Read(file)) => Some(file),
        _ => None,
    };
    let schedule = match &file {
        Some(f) => base.shown_with(f, r.replace),
        None => base,
    };
    lich_core::ical::to_ics(&schedule, &r.options).into_bytes()
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use lich_core::abi::{alloc_bytes, answer, free_bytes};

    /// Talc, as in the widget's module.
    #[global_allocator]
    static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    /// Room for `len` bytes.
    #[no_mangle]
    pub extern "C" fn lich_alloc(len: usize) -> *mut u8 {
        alloc_bytes(len)
    }

    /// Frees a buffer of `lich_alloc` or `lich_read`.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer this module gave out, not yet freed.
    #[no_mangle]
    pub unsafe extern "C" fn lich_free(ptr: *mut u8, len: usize) {
        free_bytes(ptr, len)
    }

    /// Reads the schedule file of `len` bytes at `ptr` (which it frees) and
    /// returns the length-prefixed outcome.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer of `lich_alloc`, filled by the caller.
    #[cfg(feature = "read")]
    #[no_mangle]
    pub unsafe extern "C" fn lich_read(ptr: *mut u8, len: usize) -> *mut u8 {
        answer(ptr, len, super::read)
    }

    /// Answers the iCalendar request of `len` bytes at `ptr` (which it
    /// frees) with the length-prefixed iCalendar text, stamped `now`
    /// (seconds since 1970, UTC; a number, since JavaScript has no i64
    /// without BigInt).
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer of `lich_alloc`, filled by the caller.
    #[cfg(feature = "ics")]
    #[no_mangle]
    pub unsafe extern "C" fn lich_ics(ptr: *mut u8, len: usize, now: f64) -> *mut u8 {
        answer(ptr, len, |r| super::ics(r, now as i64))
    }
}

#[cfg(test)]
mod tests {
    use lich_core::schedule::{wire, Outcome};

    #[test]
    fn reads_and_rejects() {
        let good = super::read(lich_core::schedule::builtin::NATIONAL.as_bytes());
        assert!(matches!(
            wire::decode_outcome(&good),
            Some(Outcome::Read(_))
        ));
        let bad = super::read(b"{\xff}");
        let Some(Outcome::Rejected { count, first }) = wire::decode_outcome(&bad) else {
            panic!()
        };
        assert_eq!(count, 1);
        assert!(first[0]
            .line(lich_core::calendar::names::Lang::En)
            .contains("not UTF-8"));
    }

    #[test]
    fn writes_what_the_widget_shows() {
        use lich_core::calendar::names::Lang;
        use lich_core::ical::{to_ics, IcsOptions};
        use lich_core::schedule::builtin;
        use lich_core::schedule::wire::{encode_ics_request, IcsRequest};
        let d = |s: &str| s.parse().unwrap();
        let options = IcsOptions {
            from: d("2024-02-01"),
            to: d("2024-02-29"),
            kinds: vec![],
            lang: Lang::Vi,
            stamp: d("2024-02-01").and_hms_opt(8, 0, 0).unwrap(),
        };
        let now = options.stamp.and_utc().timestamp();
        let file = r#"{"format": 1, "id": "t", "title": "T", "publisher": {"agency": "A"}, "updated": "2024-01-01",
            "documents": [{"id": "d", "number": "1/X", "issuer": "I", "date": "2024-01-01", "subject": "S"}],
            "events": [{"id": "due", "kind": "deadline", "title": "Hạn thử", "date": "2024-02-20", "time": "09:00", "sources": ["d"]}]}"#;
        let encoded = super::read(file.as_bytes());
        let Some(Outcome::Read(parsed)) = wire::decode_outcome(&encoded) else {
            panic!("{:?}", wire::decode_outcome(&encoded))
        };
        for replace in [false, true] {
            let request = IcsRequest {
                options: options.clone(),
                replace,
                file: Some(encoded.clone()),
            };
            let got = String::from_utf8(super::ics(&encode_ics_request(&request), now)).unwrap();
            let shown = builtin::all().shown_with(&parsed, replace);
            assert_eq!(got, to_ics(&shown, &options));
            assert!(got.contains("SUMMARY:Hạn thử"));
            // Due at 09:00 in Vietnam: 02:00 UTC, as `lich ics` has it.
            assert!(got.contains("DTSTART:20240220T020000Z"), "{got}");
            assert_eq!(got.contains("Tết"), !replace, "replace={replace}");
        }
        let alone = IcsRequest {
            options: options.clone(),
            replace: false,
            file: None,
        };
        let got = String::from_utf8(super::ics(&encode_ics_request(&alone), now)).unwrap();
        assert_eq!(got, to_ics(&builtin::all(), &options));
        assert!(super::ics(b"LCI1", now).is_empty());
    }
}
