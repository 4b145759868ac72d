//! The browser entry point: mounts the Yew app (built by Trunk).
fn main() {}
