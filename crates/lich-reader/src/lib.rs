//! # The reader module
//!
//! Reading and checking an agency's schedule file — the JSON reader, the
//! validator and the words of every problem in every language — is a third
//! of the widget's code, and a visitor of a page without a file (`src`)
//! needs none of it. So it is a WebAssembly module of its own, fetched by
//! `embed.js` only when a widget names a file: this crate, with no
//! wasm-bindgen and no JavaScript glue, only these exports.
//!
//! - `lich_alloc(len) -> ptr`: room for the file's bytes;
//! - `lich_read(ptr, len) -> ptr`: reads the bytes (and frees them) and
//!   returns a buffer: four bytes of length (little-endian), then the
//!   [`lich_core::schedule::wire::encode_outcome`] of the reading;
//! - `lich_free(ptr, len)`: frees a buffer.
//!
//! [`read`] is the same function for native code and tests.

use lich_core::schedule::{outcome, wire};

/// The encoded outcome of reading `bytes`.
pub fn read(bytes: &[u8]) -> Vec<u8> {
    wire::encode_outcome(&outcome(bytes))
}

#[cfg(target_arch = "wasm32")]
mod exports {
    use std::alloc::{alloc, dealloc, Layout};

    /// Talc, as in the widget's module.
    #[global_allocator]
    static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

    fn layout(len: usize) -> Option<Layout> {
        Layout::from_size_align(len.max(1), 1).ok()
    }

    /// Room for `len` bytes.
    #[no_mangle]
    pub extern "C" fn lich_alloc(len: usize) -> *mut u8 {
        match layout(len) {
            // SAFETY: the layout has a non-zero size.
            Some(l) => unsafe { alloc(l) },
            None => core::ptr::null_mut(),
        }
    }

    /// Frees a buffer of `lich_alloc` or `lich_read`.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer this module gave out, not yet freed.
    #[no_mangle]
    pub unsafe extern "C" fn lich_free(ptr: *mut u8, len: usize) {
        if let (false, Some(l)) = (ptr.is_null(), layout(len)) {
            dealloc(ptr, l);
        }
    }

    /// Reads the `len` bytes at `ptr` (which it frees) and returns the
    /// length-prefixed outcome.
    ///
    /// # Safety
    /// `ptr` and `len` are a buffer of `lich_alloc`, filled by the caller.
    #[no_mangle]
    pub unsafe extern "C" fn lich_read(ptr: *mut u8, len: usize) -> *mut u8 {
        let out = {
            let bytes = core::slice::from_raw_parts(ptr, len);
            super::read(bytes)
        };
        lich_free(ptr, len);
        let total = out.len() + 4;
        let buf = lich_alloc(total);
        if buf.is_null() {
            return buf;
        }
        let header = (out.len() as u32).to_le_bytes();
        core::ptr::copy_nonoverlapping(header.as_ptr(), buf, 4);
        core::ptr::copy_nonoverlapping(out.as_ptr(), buf.add(4), out.len());
        buf
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
}
