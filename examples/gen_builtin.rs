//! Writes the built-in schedules in their compiled form
//! (`crates/lich-core/src/schedule/builtin.wire`): the files of
//! `static/data/` read, checked and encoded. Run after editing them:
//! `cargo run --example gen_builtin`.
use lich::schedule::{builtin, parse_schedule, wire};

fn main() {
    let files: Vec<_> = builtin::FILES
        .iter()
        .map(|(name, text)| {
            parse_schedule(text).unwrap_or_else(|problems| {
                for p in &problems {
                    eprintln!("{name}:{p}");
                }
                panic!("{name} has {} problems", problems.len())
            })
        })
        .collect();
    let bytes = wire::encode_all(&files);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/lich-core/src/schedule/builtin.wire"
    );
    std::fs::write(path, &bytes).expect("write builtin.wire");
    println!("{path}: {} bytes for {} files", bytes.len(), files.len());
}
