//! # The calling convention of the plain wasm modules
//!
//! The widget's file modules (`crates/lich-reader`) and the notice desk's
//! module (`crates/lich-notice`) are WebAssembly libraries without
//! JavaScript glue. The page asks the module for a buffer, copies its input
//! there, calls an export, and reads back an answer whose first four bytes
//! are its length (little-endian); the export frees the input and the page
//! frees the answer. These are the pieces each module exports under its own
//! names. (Plain memory; no web crate.)

use std::alloc::{alloc, dealloc, Layout};

fn layout(len: usize) -> Option<Layout> {
    Layout::from_size_align(len.max(1), 1).ok()
}

/// Room for `len` bytes, or null.
pub fn alloc_bytes(len: usize) -> *mut u8 {
    match layout(len) {
        // SAFETY: the layout has a non-zero size.
        Some(l) => unsafe { alloc(l) },
        None => core::ptr::null_mut(),
    }
}

/// Frees a buffer of [`alloc_bytes`] or [`answer`].
///
/// # Safety
/// `ptr` and `len` are such a buffer, not yet freed (or `ptr` is null).
pub unsafe fn free_bytes(ptr: *mut u8, len: usize) {
    if let (false, Some(l)) = (ptr.is_null(), layout(len)) {
        dealloc(ptr, l);
    }
}

/// Applies `f` to the `len` bytes at `ptr` (which it frees) and returns its
/// answer with the length in front (null if no room could be had).
///
/// # Safety
/// `ptr` and `len` are a buffer of [`alloc_bytes`], filled by the caller.
pub unsafe fn answer(ptr: *mut u8, len: usize, f: impl FnOnce(&[u8]) -> Vec<u8>) -> *mut u8 {
    let out = f(core::slice::from_raw_parts(ptr, len));
    free_bytes(ptr, len);
    let buf = alloc_bytes(out.len() + 4);
    if buf.is_null() {
        return buf;
    }
    let header = (out.len() as u32).to_le_bytes();
    core::ptr::copy_nonoverlapping(header.as_ptr(), buf, 4);
    core::ptr::copy_nonoverlapping(out.as_ptr(), buf.add(4), out.len());
    buf
}
