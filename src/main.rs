//! The browser entry point (built by Trunk): mounts the Yew app.
fn main() {
    #[cfg(target_arch = "wasm32")]
    lich::ui::start();
}
