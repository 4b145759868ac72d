//! The generic half of reading: objects with known fields, strings, whole
//! numbers, texts, dates, links and fixed lists of values, each checked and
//! turned into a [`Problem`] with its path and position when wrong.

use super::super::json::{Node, Pos, Value};
use super::super::problem::{JsonType, Problem, ProblemKind, MAX_PROBLEMS};
use crate::error::Snippet;
use crate::schedule::Text;
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// The fields of an object, by name.
pub(super) type Fields<'a> = BTreeMap<&'a str, &'a Node>;

/// Reads values and collects what is wrong with them: the first
/// [`MAX_PROBLEMS`] problems, and a count of the rest.
#[derive(Debug, Default)]
pub(super) struct Decoder {
    pub problems: Vec<Problem>,
    pub more: usize,
}

impl Decoder {
    pub fn problem(&mut self, path: &str, pos: Pos, kind: ProblemKind) {
        if self.problems.len() < MAX_PROBLEMS {
            self.problems.push(Problem {
                path: path.to_string(),
                pos,
                kind,
            });
        } else {
            self.more += 1;
        }
    }

    /// The members of an object, checking for unknown, repeated and missing fields.
    pub fn object<'a>(
        &mut self,
        node: &'a Node,
        path: &str,
        allowed: &'static [&'static str],
        required: &[&'static str],
    ) -> Option<Fields<'a>> {
        let Value::Object(members) = &node.value else {
            self.wrong_type(node, path, JsonType::Object);
            return None;
        };
        let mut fields = Fields::new();
        for (key, key_pos, value) in members {
            if !allowed.contains(&key.as_str()) {
                let suggestion = allowed.iter().copied().find(|a| similar(a, key));
                // A key quoted in a path is cut like any quoted text.
                self.problem(
                    &at_field(path, Snippet::new(key).as_str()),
                    *key_pos,
                    ProblemKind::UnknownField {
                        key: Snippet::new(key),
                        suggestion,
                        allowed,
                    },
                );
            } else if fields.insert(key.as_str(), value).is_some() {
                self.problem(
                    &at_field(path, key),
                    *key_pos,
                    ProblemKind::DuplicateField {
                        key: Snippet::new(key),
                    },
                );
            }
        }
        for &key in required {
            if !fields.contains_key(key) {
                self.problem(path, node.pos, ProblemKind::MissingField { key });
            }
        }
        Some(fields)
    }

    pub fn wrong_type(&mut self, node: &Node, path: &str, expected: JsonType) {
        self.problem(
            path,
            node.pos,
            ProblemKind::WrongType {
                expected,
                found: node.value.json_type(),
            },
        );
    }

    /// A non-empty string, trimmed.
    pub fn string(&mut self, node: &Node, path: &str) -> Option<String> {
        match &node.value {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::String(_) => {
                self.problem(path, node.pos, ProblemKind::Empty);
                None
            }
            _ => {
                self.wrong_type(node, path, JsonType::String);
                None
            }
        }
    }

    /// The string of field `key`, if present.
    pub fn field_string(&mut self, f: &Fields, key: &str, path: &str) -> Option<String> {
        f.get(key)
            .and_then(|n| self.string(n, &at_field(path, key)))
    }

    /// A whole number in `range`.
    pub fn integer(&mut self, node: &Node, path: &str, range: (i64, i64)) -> Option<i64> {
        match &node.value {
            Value::Number(x) => match x.parse::<i64>() {
                Ok(n) if (range.0..=range.1).contains(&n) => Some(n),
                _ => {
                    self.problem(
                        path,
                        node.pos,
                        ProblemKind::NotInteger {
                            value: Snippet::new(x),
                            min: range.0,
                            max: range.1,
                        },
                    );
                    None
                }
            },
            _ => {
                self.wrong_type(node, path, JsonType::Number);
                None
            }
        }
    }

    /// `true` or `false`.
    pub fn boolean(&mut self, node: &Node, path: &str) -> Option<bool> {
        match node.value {
            Value::Bool(b) => Some(b),
            _ => {
                self.wrong_type(node, path, JsonType::Bool);
                None
            }
        }
    }

    /// A text: a string (Vietnamese), or `{"vi": …, "en": …}`.
    pub fn text(&mut self, node: &Node, path: &str) -> Option<Text> {
        if let Value::String(_) = node.value {
            return self.string(node, path).map(|vi| Text { vi, en: None });
        }
        let f = self.object(node, path, &["vi", "en"], &["vi"])?;
        let vi = self.field_string(&f, "vi", path)?;
        let en = self.field_string(&f, "en", path);
        Some(Text { vi, en })
    }

    /// A solar date `YYYY-MM-DD` inside the supported range.
    pub fn date(&mut self, node: &Node, path: &str) -> Option<NaiveDate> {
        let s = self.string(node, path)?;
        match crate::text::parse_solar(&s).and_then(crate::calendar::in_range) {
            Ok(d) => Some(d),
            Err(e) => {
                self.problem(path, node.pos, ProblemKind::BadDate(e));
                None
            }
        }
    }

    /// An http(s) link with nothing in it that a URL cannot hold.
    pub fn link(&mut self, node: &Node, path: &str) -> Option<String> {
        let s = self.string(node, path)?;
        let lower = s.to_ascii_lowercase();
        if (lower.starts_with("https://") || lower.starts_with("http://"))
            && !s
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
        {
            Some(s)
        } else {
            self.problem(
                path,
                node.pos,
                ProblemKind::BadLink {
                    value: Snippet::new(&s),
                },
            );
            None
        }
    }

    /// One of a fixed list of values: `codes[i]` gives `values[i]`.
    pub fn enumeration<T: Copy>(
        &mut self,
        node: &Node,
        path: &str,
        codes: &'static [&'static str],
        values: &[T],
    ) -> Option<T> {
        let s = self.string(node, path)?;
        if let Some(i) = codes.iter().position(|c| *c == s) {
            return values.get(i).copied();
        }
        self.problem(
            path,
            node.pos,
            ProblemKind::UnknownValue {
                value: Snippet::new(&s),
                allowed: codes,
            },
        );
        None
    }

    /// Optional field `key`, one of `codes`: `Some(None)` when it is left
    /// out, `None` when it has a problem (reported).
    pub fn field_enumeration<T: Copy>(
        &mut self,
        f: &Fields,
        key: &str,
        path: &str,
        codes: &'static [&'static str],
        values: &[T],
    ) -> Option<Option<T>> {
        match f.get(key) {
            Some(n) => self
                .enumeration(n, &at_field(path, key), codes, values)
                .map(Some),
            None => Some(None),
        }
    }

    /// The codes of array field `key` (none if absent), each one of `codes`:
    /// `codes[i]` gives `values[i]`.
    pub fn enumerations<T: Copy>(
        &mut self,
        f: &Fields,
        key: &str,
        path: &str,
        codes: &'static [&'static str],
        values: &[T],
    ) -> Vec<T> {
        self.items(f, key, path, |d, n, p| d.enumeration(n, p, codes, values))
    }

    /// The items of array field `key` (none if absent), each read by
    /// `item` (none where it has a problem).
    fn items<T>(
        &mut self,
        f: &Fields,
        key: &str,
        path: &str,
        mut item: impl FnMut(&mut Self, &Node, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(node) = f.get(key) else {
            return Vec::new();
        };
        let p = at_field(path, key);
        self.array(node, &p)
            .iter()
            .enumerate()
            .filter_map(|(i, n)| item(self, n, &at_item(&p, i)))
            .collect()
    }

    /// The items of an array (none, with a problem, if it is not one).
    pub fn array<'a>(&mut self, node: &'a Node, path: &str) -> &'a [Node] {
        match &node.value {
            Value::Array(items) => items,
            _ => {
                self.wrong_type(node, path, JsonType::Array);
                &[]
            }
        }
    }

    /// The strings of array field `key` (none if absent).
    pub fn strings(&mut self, f: &Fields, key: &str, path: &str) -> Vec<String> {
        self.items(f, key, path, |d, n, p| d.string(n, p))
    }
}

/// The path of member `key` of the value at `path`: `events[3].date`.
pub(super) fn at_field(path: &str, key: &str) -> String {
    [path, ".", key].concat()
}

/// The path of item `i` of the array at `path`: `events[3]`.
pub(super) fn at_item(path: &str, i: usize) -> String {
    let mut s = String::with_capacity(path.len() + 6);
    s.push_str(path);
    s.push('[');
    s.push_str(&i.to_string());
    s.push(']');
    s
}

/// Whether two field names are one typo apart (one letter different, more
/// or less, or two neighbours swapped).
fn similar(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    if a.len() == b.len() {
        let diff: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
        return diff.len() == 1
            || (diff.len() == 2 && a[diff[0]] == b[diff[1]] && a[diff[1]] == b[diff[0]]);
    }
    let (long, short) = if a.len() > b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    (0..long.len()).any(|skip| {
        long.iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .map(|(_, c)| c)
            .eq(short.iter())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos() {
        assert!(similar("from", "form"));
        assert!(similar("from", "fro"));
        assert!(similar("date", "dates"));
        assert!(!similar("date", "date"));
        assert!(!similar("title", "kind"));
        // A long key is not compared character by character.
        assert!(!similar("id", &"x".repeat(100_000)));
    }
}
