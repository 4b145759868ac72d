//! The WordPress plugin (wordpress/lich) speaks the widget's options: its
//! shortcode's names and its block's attributes and choices are copies of
//! the core's tables (PHP and block.json cannot read Rust), so this checks
//! that they stay equal. The plugin itself runs in a real WordPress in the
//! test command's WordPress tier (wordpress/test.sh).
#![cfg(not(target_arch = "wasm32"))]

use lich::calendar::names::Lang;
use lich::embed_options::{OptionName, Theme};
use lich::widget::View;

const BLOCK: &str = include_str!("../wordpress/lich/block/block.json");
const PLUGIN: &str = include_str!("../wordpress/lich/lich.php");

/// "first-day" → "firstDay", as WordPress block attributes are named.
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '-' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

fn block() -> serde_json::Value {
    serde_json::from_str(BLOCK).expect("block.json is JSON")
}

#[test]
fn the_block_has_an_attribute_for_every_option_and_no_other() {
    let b = block();
    let mut attributes: Vec<String> = b["attributes"]
        .as_object()
        .expect("attributes")
        .keys()
        .cloned()
        .collect();
    let mut options: Vec<String> = OptionName::CODES.iter().map(|c| camel(c)).collect();
    attributes.sort();
    options.sort();
    assert_eq!(attributes, options);
}

#[test]
fn the_blocks_choices_are_the_widgets_codes() {
    let b = block();
    let choices = |name: &str| -> Vec<String> {
        b["attributes"][name]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("{name} has a list of choices"))
            .iter()
            .map(|v| v.as_str().expect("a string").to_string())
            .collect()
    };
    let with_default = |codes: &[&str]| -> Vec<String> {
        std::iter::once("")
            .chain(codes.iter().copied())
            .map(String::from)
            .collect()
    };
    assert_eq!(choices("lang"), with_default(Lang::CODES));
    assert_eq!(choices("view"), with_default(View::CODES));
    assert_eq!(choices("theme"), with_default(Theme::CODES));
    assert_eq!(
        choices("who"),
        with_default(lich::schedule::Audience::CODES)
    );
}

#[test]
fn the_shortcode_takes_every_option() {
    let line = PLUGIN
        .lines()
        .find(|l| l.starts_with("const LICH_OPTIONS = array("))
        .expect("lich.php lists its options");
    let inner = &line[line.find('(').unwrap() + 1..line.rfind(')').unwrap()];
    let names: Vec<&str> = inner
        .split(',')
        .map(|s| s.trim().trim_matches('\''))
        .collect();
    assert_eq!(names, OptionName::CODES);
}
