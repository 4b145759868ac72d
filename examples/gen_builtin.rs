//! Writes the built-in schedules in their compiled form
//! (`crates/lich-core/src/schedule/builtin.wire`, and `builtin-vi.wire` and
//! `builtin-en.wire` with only what the single-language builds show): the files of
//! `static/data/` read, checked, kept to what stands and encoded. Run after editing them:
//! `cargo run --example gen_builtin`.
use lich::calendar::names::Lang;
use lich::schedule::{builtin, parse_schedule, wire};

fn main() {
    let files: Vec<_> = builtin::FILES
        .iter()
        .map(|(name, text)| {
            let mut s = parse_schedule(text).unwrap_or_else(|problems| {
                for p in &problems {
                    eprintln!("{name}:{p}");
                }
                panic!("{name} has {} problems", problems.len())
            });
            // As it stands, as an agency's file reaches the widget.
            s.retain_in_force();
            s
        })
        .collect();
    let only = |lang| files.iter().map(|s| s.for_widget(lang)).collect::<Vec<_>>();
    let (vi, en) = (only(Lang::Vi), only(Lang::En));
    for (name, files) in [
        ("builtin.wire", files),
        ("builtin-vi.wire", vi),
        ("builtin-en.wire", en),
    ] {
        let bytes = wire::encode_all(&files);
        let path = format!(
            "{}/crates/lich-core/src/schedule/{name}",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(&path, &bytes).expect("write the compiled data");
        println!("{path}: {} bytes for {} files", bytes.len(), files.len());
    }
}
