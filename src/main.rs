//! The browser module (built by Trunk). It mounts nothing by itself:
//! `embed.js` calls its exported `mount` for each widget on the page.
fn main() {
    #[cfg(target_arch = "wasm32")]
    std::hint::black_box(lich::ui::mount as fn(_, _) -> _);
}
