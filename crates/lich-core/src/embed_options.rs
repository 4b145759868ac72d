//! The options an embedding gives, with the same names in all three ways
//! of embedding (`data-*` attributes on a container, attributes of
//! `<lich-calendar>`, URL parameters of `embed.html`):
//!
//! | option | values | default |
//! | --- | --- | --- |
//! | `month` | `YYYY-MM` or `YYYY-MM-DD` inside [`crate::calendar::RANGE`], or `today` | the notice's focus while it is current, else today ([`crate::widget::Opening`]) |
//! | `lang` | `vi`, `en` | `vi` |
//! | `src` | URL of a schedule JSON (same origin unless allowed) | none |
//! | `data` | `merge` (over the built-in data), `replace` | `merge` |
//! | `view` | `month`, `agenda`, `year`, `converter` | `month` |
//! | `kinds` | comma list of `days-off`, `flags`, `work`, `festivals` | all |
//! | `first-day` | `mon`, `sun` | `mon` |
//! | `theme` | `auto`, `light`, `dark` | `auto` |
//! | `compact` | `true`, `false` | `false` |
//!
//! A bad value never breaks the widget: it falls back to the default and
//! the widget shows the problem in words.
//!
//! # Who chooses the data
//! `src` and `data` decide what an agency's page says, so only whoever
//! deploys the page may set them: attributes of the page's own elements, or
//! `<meta name="lich:src">` / `<meta name="lich:data">` in `embed.html`.
//! `embed.js` never takes them from the address of `embed.html` (a link in a
//! phishing message could otherwise put anyone's file on the agency's
//! domain); it passes the names it ignored as `ignored`, and the widget says
//! so. A `src` on another origin is fetched only if the page lists that
//! origin in `<meta name="lich:allow-origins">` ([`source_allowed`]).

use crate::calendar::names::Lang;
use crate::codes;
use crate::day_marks::{Filter, Group};
use crate::error::Snippet;
use crate::month_grid::WeekStart;
use crate::schedule::{Audience, Audiences};
use crate::widget::View;
use chrono::NaiveDate;

codes! {
    /// The colour theme.
    #[derive(Default)]
    pub enum Theme {
        /// Follow `prefers-color-scheme`.
        #[default]
        Auto = "auto",
        /// Always light.
        Light = "light",
        /// Always dark.
        Dark = "dark",
    }
}

codes! {
    /// The options' names.
    pub enum OptionName {
        /// `month`
        Month = "month",
        /// `lang`
        Lang = "lang",
        /// `src`
        Src = "src",
        /// `data`
        Data = "data",
        /// `view`
        View = "view",
        /// `kinds`
        Kinds = "kinds",
        /// `first-day`
        FirstDay = "first-day",
        /// `theme`
        Theme = "theme",
        /// `compact`
        Compact = "compact",
        /// `feed`
        Feed = "feed",
        /// `who`: whose days off the month paints (an audience code).
        Who = "who",
    }
}

/// What is wrong with an option.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionProblem {
    /// A value the option does not take.
    BadValue {
        /// The option.
        option: OptionName,
        /// The value given.
        value: Snippet,
    },
    /// An option that does not exist.
    Unknown {
        /// The name given.
        name: Snippet,
    },
}

/// The parsed options.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// Where to open (the `month` option).
    pub opening: crate::widget::Opening,
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
    /// The published feed a visitor may subscribe to (an absolute http or
    /// https URL; `embed.js` resolves it and gives the default one).
    pub feed: Option<String>,
    /// Origins other than the page's from which `src` may be fetched.
    pub allow_origins: Vec<String>,
    /// The address named `src` or `data`, which were ignored.
    pub address_named_data: bool,
    /// Problems with the given values.
    pub problems: Vec<OptionProblem>,
}

/// Names `embed.js` passes besides the options: set by the deployer
/// (`allow-origins`, from the page's meta element) or by `embed.js` itself
/// (`ignored`).
pub const INTERNAL: [&str; 2] = ["allow-origins", "ignored"];

impl EmbedOptions {
    /// Parses name/value pairs; unknown names and bad values become problems.
    ///
    /// # Example
    /// ```
    /// use lich_core::embed_options::EmbedOptions;
    /// use lich_core::calendar::names::Lang;
    /// let o = EmbedOptions::parse([("month", "2024-13"), ("lang", "en")]);
    /// assert_eq!(o.opening, lich_core::widget::Opening::Default);
    /// assert_eq!(o.warnings(), ["month=\"2024-13\" is not a month YYYY-MM (01–12) from 1800-01 to 2399-12, or today; showing the default month"]);
    /// ```
    pub fn parse<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> EmbedOptions {
        let pairs: Vec<(&str, &str)> = pairs
            .into_iter()
            .map(|(k, v)| (k.trim(), v.trim()))
            .collect();
        let lang = pairs
            .iter()
            .rev()
            .find(|(k, _)| *k == "lang")
            .and_then(|(_, v)| Lang::parse(v))
            .unwrap_or_default();
        let mut o = EmbedOptions {
            lang,
            ..EmbedOptions::default()
        };
        for (name, value) in pairs {
            match name {
                "allow-origins" => {
                    o.allow_origins = value
                        .split_whitespace()
                        .filter_map(origin_of_allowed)
                        .collect();
                    continue;
                }
                "ignored" => {
                    o.address_named_data = !value.is_empty();
                    continue;
                }
                _ => {}
            }
            let Some(option) = OptionName::parse(name) else {
                o.problems.push(OptionProblem::Unknown {
                    name: Snippet::new(name),
                });
                continue;
            };
            if !o.set(option, value) {
                o.problems.push(OptionProblem::BadValue {
                    option,
                    value: Snippet::new(value),
                });
            }
        }
        o
    }

    /// Sets one option; whether the value was one it takes.
    fn set(&mut self, option: OptionName, value: &str) -> bool {
        match option {
            OptionName::Month => match parse_opening(value) {
                Some(o) => {
                    self.opening = o;
                    true
                }
                None => false,
            },
            OptionName::Lang => Lang::parse(value).is_some(),
            OptionName::Src => {
                let ok = is_source(value);
                if ok {
                    self.src = Some(value.to_string());
                }
                ok
            }
            OptionName::Data => match value {
                "merge" | "replace" => {
                    self.replace = value == "replace";
                    true
                }
                _ => false,
            },
            OptionName::View => View::parse(value).map(|v| self.view = v).is_some(),
            OptionName::Kinds => {
                let mut filter = Filter::NONE;
                for part in value.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                    match Group::parse(part) {
                        Some(g) => filter = filter.with(g),
                        None => return false,
                    }
                }
                self.filter = filter.for_reader(self.filter.reader);
                true
            }
            OptionName::FirstDay => match value {
                "mon" | "sun" => {
                    self.week_start = if value == "sun" {
                        WeekStart::Sunday
                    } else {
                        WeekStart::Monday
                    };
                    true
                }
                _ => false,
            },
            OptionName::Theme => Theme::parse(value).map(|t| self.theme = t).is_some(),
            OptionName::Feed => {
                let ok = (value.starts_with("https://") || value.starts_with("http://"))
                    && !value.contains(|c: char| c.is_whitespace() || c == '"' || c == '<');
                if ok {
                    self.feed = Some(value.to_string());
                }
                ok
            }
            OptionName::Who => Audience::parse(value)
                .map(|a| self.filter = self.filter.for_reader(Audiences::of([a])))
                .is_some(),
            OptionName::Compact => match value {
                "" | "true" | "false" => {
                    self.compact = value != "false";
                    true
                }
                _ => false,
            },
        }
    }

    /// The problems in the widget's language.
    pub fn warnings(&self) -> Vec<String> {
        let words = crate::words::of(self.lang);
        self.problems
            .iter()
            .map(|p| words.option_problem(p))
            .collect()
    }
}

/// Whether `value` may be a `src`: a relative URL or an http(s) one, with
/// nothing a URL cannot hold — or a `blob:` address, which only a script of
/// the page can make and which has the page's origin (the notice desk's
/// preview shows the file being written that way); the origin is checked
/// as for any other address.
fn is_source(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let scheme = lower
        .split_once(':')
        .map(|(s, _)| s)
        .filter(|s| !s.contains(['/', '?', '#']));
    !value.is_empty()
        && !value.chars().any(|c| c.is_control() || c.is_whitespace())
        && scheme.is_none_or(|s| s == "http" || s == "https" || s == "blob")
}

/// The origin an allow-list entry names (`https://host[:port]`, no path),
/// lower-cased; `None` for anything else, which is then not allowed.
fn origin_of_allowed(entry: &str) -> Option<String> {
    let lower = entry.trim_end_matches('/').to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"))?;
    let ok = !rest.is_empty()
        && rest
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b".-:[]".contains(&b));
    ok.then_some(lower)
}

/// Whether a `src` whose resolved URL has `origin` may be fetched by a page
/// of `page_origin`: the same origin always, another only if `allowed`
/// lists it. Origins are compared as the browser serialises them
/// (`URL.origin`: scheme, host and a non-default port).
///
/// # Example
/// ```
/// use lich_core::embed_options::source_allowed;
/// let page = "https://soctrang.gov.vn";
/// assert!(source_allowed("https://soctrang.gov.vn", page, &[]));
/// assert!(!source_allowed("https://evil.example", page, &[]));
/// assert!(source_allowed("https://data.cantho.gov.vn", page, &["https://data.cantho.gov.vn".into()]));
/// assert!(!source_allowed("null", page, &[]));
/// ```
pub fn source_allowed(origin: &str, page_origin: &str, allowed: &[String]) -> bool {
    let origin = origin.to_ascii_lowercase();
    (origin.starts_with("https://") || origin.starts_with("http://"))
        && (origin == page_origin.to_ascii_lowercase() || allowed.contains(&origin))
}

/// `today`, `YYYY-MM` or `YYYY-MM-DD`, inside the supported range.
fn parse_opening(value: &str) -> Option<crate::widget::Opening> {
    use crate::widget::Opening;
    if value == "today" {
        return Some(Opening::Today);
    }
    let mut parts = value.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next());
    let number = |t: &str| !t.is_empty() && t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some()
        || y.len() != 4
        || !y.bytes().all(|b| b.is_ascii_digit())
        || !number(m)
    {
        return None;
    }
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    let day = match d {
        None => 1,
        Some(d) if number(d) => d.parse().ok()?,
        Some(_) => return None,
    };
    let date = NaiveDate::from_ymd_opt(y, m, day).filter(|d| crate::calendar::RANGE.contains(d))?;
    Some(if d.is_some() {
        Opening::Day(date)
    } else {
        Opening::Month(date)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widget::Opening;

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
            ("who", "pupils"),
            ("compact", ""),
        ]);
        assert!(o.problems.is_empty(), "{:?}", o.problems);
        // `who` before or after `kinds`: both are kept.
        assert_eq!(o.filter.reader, Audiences::of([Audience::Pupils]));
        let after = EmbedOptions::parse([("kinds", "flags"), ("who", "businesses")]);
        assert_eq!(after.filter.reader, Audiences::of([Audience::Businesses]));
        assert!(after.filter.shows(Group::Flags) && !after.filter.shows(Group::DaysOff));
        let bad = EmbedOptions::parse([("who", "hoc-sinh")]);
        assert_eq!(bad.filter.reader, Audiences::AT_WORK);
        // The words list the codes of the table, in its order.
        let listed = |lang, or: &str| {
            let (last, rest) = Audience::CODES.split_last().unwrap();
            let words = crate::words::of(lang).option_problem(&bad.problems[0]);
            words.contains(&format!("{} {or} {last}", rest.join(", ")))
        };
        assert!(listed(Lang::Vi, "hoặc") && listed(Lang::En, "or"));
        assert_eq!(bad.warnings(), ["who=\"hoc-sinh\" không hợp lệ (cần public_sector, private_workers, businesses, pupils hoặc households); dùng giá trị mặc định"]);
        assert_eq!(
            o.opening,
            Opening::Month(NaiveDate::from_ymd_opt(2024, 5, 1).unwrap())
        );
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
        assert_eq!(o.opening, Opening::Default);
        assert_eq!(o.src, None);
        assert_eq!(o.warnings(), [
            "lang=\"xx\" không hợp lệ (cần vi hoặc en); dùng giá trị mặc định",
            "month=\"2024-13\" không hợp lệ (cần tháng dạng YYYY-MM, tháng 01–12, từ 01/1800 đến 12/2399, hoặc today); dùng giá trị mặc định",
            "src=\"javascript:alert(1)\" không hợp lệ (cần đường dẫn http(s) hoặc đường dẫn tương đối); dùng giá trị mặc định",
            "tùy chọn \"colour\" không được hỗ trợ (các tùy chọn: month, lang, src, data, view, kinds, first-day, theme, compact, feed, who)",
        ]);
        let o = EmbedOptions::parse([("kinds", "parties")]);
        assert_eq!(o.filter, Filter::default());
        assert_eq!(o.problems.len(), 1);
        for bad in ["1799-12", "2400-01", "２０２４-01", "2024-1x"] {
            assert_eq!(
                EmbedOptions::parse([("month", bad)]).problems.len(),
                1,
                "{bad}"
            );
        }
        for bad in ["data:x", "java\tscript:x", "a b.json", "vbscript:x", ""] {
            assert_eq!(
                EmbedOptions::parse([("src", bad)]).problems.len(),
                1,
                "{bad}"
            );
        }
        for good in [
            "1799-12.json",
            "./a:b.json",
            "https://x.vn/a.json",
            "?x=1",
            "blob:https://x.vn/1b2c",
        ] {
            assert!(
                EmbedOptions::parse([("src", good)]).problems.is_empty(),
                "{good}"
            );
        }
    }

    #[test]
    fn allowed_origins_are_origins_only() {
        let o = EmbedOptions::parse([(
            "allow-origins",
            "https://data.cantho.gov.vn/ https://x.vn/path javascript:1 http://127.0.0.1:8080",
        )]);
        assert_eq!(
            o.allow_origins,
            ["https://data.cantho.gov.vn", "http://127.0.0.1:8080"]
        );
        assert!(o.problems.is_empty());
        assert!(EmbedOptions::parse([("ignored", "src,data")]).address_named_data);
        let o = EmbedOptions::parse([("month", "today")]);
        assert!(o.opening == Opening::Today && o.problems.is_empty());
        let o = EmbedOptions::parse([("month", "2027-02-09")]);
        assert_eq!(
            o.opening,
            Opening::Day(NaiveDate::from_ymd_opt(2027, 2, 9).unwrap())
        );
        for bad in [
            "2027-02-30",
            "2027-2-",
            "2027-02-09-1",
            "2027-02-1x",
            "Today",
        ] {
            assert_eq!(
                EmbedOptions::parse([("month", bad)]).problems.len(),
                1,
                "{bad}"
            );
        }
    }
}
