//! The options an embedding gives, with the same names in all three ways
//! of embedding (`data-*` attributes on a container, attributes of
//! `<lich-calendar>`, URL parameters of `embed.html`):
//!
//! | option | values | default |
//! | --- | --- | --- |
//! | `month` | `YYYY-MM` | the schedule's focus |
//! | `lang` | `vi`, `en` | `vi` |
//! | `src` | URL of a schedule JSON (same origin, or CORS) | none |
//! | `data` | `merge` (over the built-in data), `replace` | `merge` |
//! | `view` | `month`, `agenda`, `year`, `converter` | `month` |
//! | `kinds` | comma list of `days-off`, `flags`, `work`, `festivals` | all |
//! | `first-day` | `mon`, `sun` | `mon` |
//! | `theme` | `auto`, `light`, `dark` | `auto` |
//! | `compact` | `true`, `false` | `false` |
//!
//! A bad value never breaks the widget: it falls back to the default and
//! the widget shows the problem in words.

use crate::calendar::names::Lang;
use crate::day_marks::{Filter, Group};
use crate::month_grid::WeekStart;
use crate::widget::View;
use chrono::NaiveDate;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The class the widget root carries.
    pub fn class(self) -> &'static str {
        match self {
            Theme::Auto => "lich-theme-auto",
            Theme::Light => "lich-theme-light",
            Theme::Dark => "lich-theme-dark",
        }
    }
}

/// The parsed options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// The month to open on (its first day), if given.
    pub month: Option<NaiveDate>,
    /// Language.
    pub lang: Lang,
    /// A schedule file to load.
    pub src: Option<String>,
    /// Replace the built-in data instead of merging over it.
    pub replace: bool,
    /// Opening view.
    pub view: View,
    /// Kinds shown.
    pub filter: Filter,
    /// First day of the week.
    pub week_start: WeekStart,
    /// Theme.
    pub theme: Theme,
    /// Smaller cells.
    pub compact: bool,
    /// Problems with the given values, in the widget's language.
    pub warnings: Vec<String>,
}

/// Every option name.
pub const NAMES: [&str; 9] = [
    "month",
    "lang",
    "src",
    "data",
    "view",
    "kinds",
    "first-day",
    "theme",
    "compact",
];

impl EmbedOptions {
    /// Parses name/value pairs; unknown names and bad values become warnings.
    ///
    /// # Example
    /// ```
    /// use lich_core::embed_options::EmbedOptions;
    /// let o = EmbedOptions::parse([("month", "2024-13"), ("lang", "en")]);
    /// assert_eq!(o.month, None);
    /// assert_eq!(o.warnings, ["month=\"2024-13\" is not a month YYYY-MM (01–12); showing the default month"]);
    /// ```
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
        let pairs: Vec<(&str, &str)> = pairs
            .into_iter()
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        let lang = match pairs
            .iter()
            .rev()
            .find(|(k, _)| *k == "lang")
            .map(|(_, v)| *v)
        {
            Some("en") => Lang::En,
            _ => Lang::Vi,
        };
        let mut o = EmbedOptions {
            lang,
            ..EmbedOptions::default()
        };
        let vi = lang == Lang::Vi;
        for (name, value) in pairs {
            let mut bad = |expected_en: &str, expected_vi: &str| {
                o.warnings.push(if vi {
                    format!(
                        "{name}=\"{value}\" không hợp lệ ({expected_vi}); dùng giá trị mặc định"
                    )
                } else {
                    format!(
                        "{name}=\"{value}\" is not {expected_en}; showing the default {}",
                        if name == "month" { "month" } else { "value" }
                    )
                })
            };
            match name {
                "month" => match parse_month(value) {
                    Some(d) => o.month = Some(d),
                    None => bad(
                        "a month YYYY-MM (01–12)",
                        "cần tháng dạng YYYY-MM, tháng 01–12",
                    ),
                },
                "lang" => {
                    if !matches!(value, "vi" | "en") {
                        bad("vi or en", "cần vi hoặc en");
                    }
                }
                "src" => {
                    let lower = value.to_ascii_lowercase();
                    let scheme = lower
                        .split_once(':')
                        .map(|(s, _)| s)
                        .filter(|s| !s.contains('/'));
                    if value.is_empty() || scheme.is_some_and(|s| s != "http" && s != "https") {
                        bad(
                            "an http(s) or relative URL",
                            "cần đường dẫn http(s) hoặc đường dẫn tương đối",
                        );
                    } else {
                        o.src = Some(value.to_string());
                    }
                }
                "data" => match value {
                    "merge" => o.replace = false,
                    "replace" => o.replace = true,
                    _ => bad("merge or replace", "cần merge hoặc replace"),
                },
                "view" => match View::ALL.iter().find(|v| v.code() == value) {
                    Some(&v) => o.view = v,
                    None => bad(
                        "month, agenda, year or converter",
                        "cần month, agenda, year hoặc converter",
                    ),
                },
                "kinds" => {
                    let mut filter = Filter::default();
                    for g in Group::ALL {
                        filter = filter.toggled(g);
                    }
                    let mut ok = true;
                    for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                        match group_of(part) {
                            Some(g) if !filter.shows(g) => filter = filter.toggled(g),
                            Some(_) => {}
                            None => ok = false,
                        }
                    }
                    if ok {
                        o.filter = filter;
                    } else {
                        bad(
                            "a list of days-off, flags, work, festivals",
                            "cần danh sách days-off, flags, work, festivals",
                        );
                    }
                }
                "first-day" => match value {
                    "mon" => o.week_start = WeekStart::Monday,
                    "sun" => o.week_start = WeekStart::Sunday,
                    _ => bad("mon or sun", "cần mon hoặc sun"),
                },
                "theme" => match value {
                    "auto" => o.theme = Theme::Auto,
                    "light" => o.theme = Theme::Light,
                    "dark" => o.theme = Theme::Dark,
                    _ => bad("auto, light or dark", "cần auto, light hoặc dark"),
                },
                "compact" => match value {
                    "" | "true" => o.compact = true,
                    "false" => o.compact = false,
                    _ => bad("true or false", "cần true hoặc false"),
                },
                _ => o.warnings.push(if vi {
                    format!(
                        "tùy chọn \"{name}\" không được hỗ trợ (các tùy chọn: {})",
                        NAMES.join(", ")
                    )
                } else {
                    format!("unknown option \"{name}\" (options: {})", NAMES.join(", "))
                }),
            }
        }
        o
    }
}

fn group_of(name: &str) -> Option<Group> {
    Some(match name {
        "days-off" => Group::DaysOff,
        "flags" => Group::Flags,
        "work" => Group::Work,
        "festivals" => Group::Festivals,
        _ => return None,
    })
}

fn parse_month(value: &str) -> Option<NaiveDate> {
    let (y, m) = value.split_once('-')?;
    if y.len() != 4 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    if !(1800..=2399).contains(&y) {
        return None;
    }
    NaiveDate::from_ymd_opt(y, m, 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn good_values() {
        let o = EmbedOptions::parse([
            ("month", "2024-05"),
            ("lang", "en"),
            ("src", "/data/notice.json"),
            ("data", "replace"),
            ("view", "agenda"),
            ("kinds", "days-off, flags"),
            ("first-day", "sun"),
            ("theme", "dark"),
            ("compact", ""),
        ]);
        assert!(o.warnings.is_empty(), "{:?}", o.warnings);
        assert_eq!(o.month, NaiveDate::from_ymd_opt(2024, 5, 1));
        assert_eq!(
            (o.lang, o.view, o.week_start, o.theme, o.compact, o.replace),
            (
                Lang::En,
                View::Agenda,
                WeekStart::Sunday,
                Theme::Dark,
                true,
                true
            )
        );
        assert!(
            o.filter.shows(Group::DaysOff)
                && o.filter.shows(Group::Flags)
                && !o.filter.shows(Group::Work)
        );
        assert_eq!(o.src.as_deref(), Some("/data/notice.json"));
    }

    #[test]
    fn bad_values_fall_back_with_a_message() {
        let o = EmbedOptions::parse([
            ("lang", "xx"),
            ("month", "2024-13"),
            ("src", "javascript:alert(1)"),
            ("colour", "red"),
        ]);
        assert_eq!(o.lang, Lang::Vi);
        assert_eq!(o.month, None);
        assert_eq!(o.src, None);
        assert_eq!(o.warnings, [
            "lang=\"xx\" không hợp lệ (cần vi hoặc en); dùng giá trị mặc định",
            "month=\"2024-13\" không hợp lệ (cần tháng dạng YYYY-MM, tháng 01–12); dùng giá trị mặc định",
            "src=\"javascript:alert(1)\" không hợp lệ (cần đường dẫn http(s) hoặc đường dẫn tương đối); dùng giá trị mặc định",
            "tùy chọn \"colour\" không được hỗ trợ (các tùy chọn: month, lang, src, data, view, kinds, first-day, theme, compact)",
        ]);
        let o = EmbedOptions::parse([("kinds", "parties")]);
        assert_eq!(o.filter, Filter::default());
        assert_eq!(o.warnings.len(), 1);
    }
}
