//! The pure core is a boundary Cargo enforces, not a promise: `lich-core`
//! (and the reader module built on it) depend on no web crate, and nothing
//! in their sources names one. Checked with `cargo tree` on the locked
//! dependency graph, for every target.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

const WEB: [&str; 8] = [
    "yew",
    "web-sys",
    "wasm-bindgen",
    "js-sys",
    "gloo",
    "wasm-bindgen-futures",
    "gloo-utils",
    "implicit-clone",
];

fn tree(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args([
            "tree",
            "--offline",
            "-p",
            package,
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(String::from))
        .collect()
}

#[test]
fn the_core_and_the_reader_depend_on_no_web_crate() {
    for package in ["lich-core", "lich-reader", "lich-notice"] {
        let crates = tree(package);
        assert!(
            crates.iter().any(|c| c == "chrono"),
            "{package}: {crates:?}"
        );
        for web in WEB {
            assert!(
                !crates.iter().any(|c| c == web),
                "{package} depends on {web}"
            );
        }
    }
    // The shell does: the check is not vacuous.
    assert!(tree("lich").iter().any(|c| c == "yew"));
}

#[test]
fn the_core_sources_name_no_web_crate() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/lich-core/src");
    let mut stack = vec![dir];
    let mut files = 0;
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files += 1;
                let text = std::fs::read_to_string(&path).unwrap();
                for web in ["yew::", "web_sys::", "wasm_bindgen::", "js_sys::", "gloo::"] {
                    assert!(!text.contains(web), "{} names {web}", path.display());
                }
            }
        }
    }
    assert!(files > 20);
}
