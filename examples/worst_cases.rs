//! Writes the reader's worst cases (tests/worst/mod.rs) into a folder, for
//! `scripts/measure.sh`: `cargo run --release --example worst_cases -- DIR`.
#[path = "../tests/worst/mod.rs"]
mod worst;

fn main() {
    let dir = std::env::args().nth(1).expect("usage: worst_cases DIR");
    for path in worst::worst_cases(std::path::Path::new(&dir)) {
        println!("{}", path.display());
    }
}
