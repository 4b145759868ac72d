//! The line formats of `lich convert` and the embed options: any input
//! gives a result or a message, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(line) = std::str::from_utf8(data) else { return };
    if let Ok(out) = lich::text::convert_line(line) {
        // A converted line converts back to the same day.
        let back = lich::text::reverse_line(&out).expect("a converted line reverses");
        assert_eq!(back, lich::text::parse_solar(line).unwrap().format("%Y-%m-%d").to_string());
    }
    let _ = lich::text::reverse_line(line);
    let _ = lich::text::parse_lunar(line, true);
    let pairs: Vec<(&str, &str)> = line.lines().filter_map(|l| l.split_once('=')).collect();
    let _ = lich::embed_options::EmbedOptions::parse(pairs);
});
