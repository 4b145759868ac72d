//! A small JSON reader that remembers where every value stands.
//!
//! Schedule files are written by hand by agency clerks, so every problem must
//! point at a line and column. `serde_json` reports positions only for syntax
//! errors; this reader keeps the position of each value, so the validator can
//! name the line of a wrong date or an unknown kind too. It also enforces the
//! size limits (nesting depth), and it is small in the wasm build.

use super::problem::{JsonType, Syntax};
use core::fmt;

/// A position in the text, both 1-based; the column counts characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column, from 1, in characters.
    pub column: u32,
}

impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A JSON value and where it starts.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// Where the value starts.
    pub pos: Pos,
    /// The value.
    pub value: Value,
}

/// A JSON value; objects keep their members in order, with each key's position.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number, as written (the schedule format uses whole numbers only,
    /// so no floating point is needed to read it).
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Node>),
    /// An object: (key, key position, value).
    Object(Vec<(String, Pos, Node)>),
}

impl Value {
    /// The JSON type, for messages.
    pub fn json_type(&self) -> JsonType {
        match self {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Bool,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }
}

/// A syntax error and where it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Where.
    pub pos: Pos,
    /// What.
    pub kind: Syntax,
}

/// How deep arrays and objects may nest.
pub const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    /// The text after the reading point.
    rest: &'a str,
    pos: Pos,
}

/// Reads a whole JSON text.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let mut r = Reader {
        rest: text,
        pos: Pos { line: 1, column: 1 },
    };
    r.skip_ws();
    let node = r.value(0)?;
    r.skip_ws();
    if r.peek().is_some() {
        return Err(r.error(Syntax::TrailingText));
    }
    Ok(node)
}

impl Reader<'_> {
    fn peek(&mut self) -> Option<char> {
        match self.rest.as_bytes().first() {
            Some(&b) if b.is_ascii() => Some(char::from(b)),
            Some(_) => self.rest.chars().next(),
            None => None,
        }
    }

    fn next(&mut self) -> Option<char> {
        let c = self.peek()?;
        self.rest = &self.rest[c.len_utf8()..];
        if c == '\n' {
            self.pos.line += 1;
            self.pos.column = 1;
        } else {
            self.pos.column += 1;
        }
        Some(c)
    }

    fn error(&self, kind: Syntax) -> SyntaxError {
        SyntaxError {
            pos: self.pos,
            kind,
        }
    }

    fn skip_ws(&mut self) {
        loop {
            self.take_run(|b| matches!(b, b' ' | b'\t' | b'\r'));
            match self.peek() {
                Some('\n') => {
                    self.next();
                }
                // A byte order mark takes no column in an editor.
                Some('\u{feff}') => self.rest = &self.rest['\u{feff}'.len_utf8()..],
                _ => break,
            }
        }
    }

    fn expect(&mut self, c: char) -> Result<(), SyntaxError> {
        if self.peek() == Some(c) {
            self.next();
            Ok(())
        } else {
            let found = self.peek();
            Err(self.error(Syntax::Expected { wanted: c, found }))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Node, SyntaxError> {
        if depth > MAX_DEPTH {
            return Err(self.error(Syntax::TooDeep { max: MAX_DEPTH }));
        }
        let pos = self.pos;
        let value = match self.peek() {
            Some('{') => self.object(depth)?,
            Some('[') => self.array(depth)?,
            Some('"') => Value::String(self.string()?),
            Some('t') => self.word("true", Value::Bool(true))?,
            Some('f') => self.word("false", Value::Bool(false))?,
            Some('n') => self.word("null", Value::Null)?,
            Some(c) if c == '-' || c.is_ascii_digit() => self.number()?,
            Some(c) => return Err(self.error(Syntax::UnexpectedChar(c))),
            None => return Err(self.error(Syntax::UnexpectedEnd)),
        };
        Ok(Node { pos, value })
    }

    fn word(&mut self, word: &'static str, value: Value) -> Result<Value, SyntaxError> {
        for expected in word.chars() {
            if self.peek() != Some(expected) {
                return Err(self.error(Syntax::UnknownWord(word)));
            }
            self.next();
        }
        Ok(value)
    }

    /// Takes the longest prefix of plain characters (all on one line) and
    /// moves past it: strings are read in runs, not character by character.
    fn take_run(&mut self, plain: impl Fn(u8) -> bool) -> &str {
        let len = self
            .rest
            .bytes()
            .position(|b| !plain(b))
            .unwrap_or(self.rest.len());
        let (run, rest) = self.rest.split_at(len);
        self.rest = rest;
        self.pos.column += run.chars().count() as u32;
        run
    }

    fn number(&mut self) -> Result<Value, SyntaxError> {
        let pos = self.pos;
        let text = self
            .take_run(|b| b.is_ascii_digit() || matches!(b, b'-' | b'+' | b'.' | b'e' | b'E'))
            .to_string();
        if is_json_number(&text) {
            Ok(Value::Number(text))
        } else {
            Err(SyntaxError {
                pos,
                kind: Syntax::NotANumber,
            })
        }
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.expect('"')?;
        let mut s = String::new();
        loop {
            // Everything up to a quote, a backslash or a control character
            // (bytes of multi-byte characters are never below 0x80).
            s.push_str(self.take_run(|b| b != b'"' && b != b'\\' && b >= 0x20));
            // Errors point at the character that is wrong, not past it.
            let at = self.pos;
            let here = |kind| SyntaxError { pos: at, kind };
            match self.next() {
                None => return Err(self.error(Syntax::UnclosedString)),
                Some('"') => return Ok(s),
                Some('\\') => {
                    let c = match self.next() {
                        Some('"') => '"',
                        Some('\\') => '\\',
                        Some('/') => '/',
                        Some('b') => '\u{8}',
                        Some('f') => '\u{c}',
                        Some('n') => '\n',
                        Some('r') => '\r',
                        Some('t') => '\t',
                        Some('u') => self.unicode_escape(at)?,
                        _ => return Err(here(Syntax::BadEscape)),
                    };
                    s.push(c);
                }
                Some(c) if (c as u32) < 0x20 => return Err(here(Syntax::ControlInString)),
                Some(c) => s.push(c),
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut v = 0;
        for _ in 0..4 {
            let d = self.next().and_then(|c| c.to_digit(16));
            let Some(d) = d else {
                return Err(self.error(Syntax::BadHexEscape));
            };
            v = v * 16 + d;
        }
        Ok(v)
    }

    /// The character of a `\u` escape that starts at `pos` (the `\u`
    /// already read). A high surrogate must be followed by a `\u` low
    /// surrogate; anything else — a lone half of either kind — is an error,
    /// never some other character.
    fn unicode_escape(&mut self, pos: Pos) -> Result<char, SyntaxError> {
        let lone = SyntaxError {
            pos,
            kind: Syntax::LoneSurrogate,
        };
        let hi = self.hex4()?;
        let code = match hi {
            0xd800..=0xdbff => {
                if !self.rest.starts_with("\\u") {
                    return Err(lone);
                }
                self.next();
                self.next();
                let lo = self.hex4()?;
                if !(0xdc00..=0xdfff).contains(&lo) {
                    return Err(lone);
                }
                0x10000 + ((hi - 0xd800) << 10) + (lo - 0xdc00)
            }
            0xdc00..=0xdfff => return Err(lone),
            _ => hi,
        };
        char::from_u32(code).ok_or(lone)
    }

    fn array(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.expect('[')?;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.next();
            return Ok(Value::Array(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(depth + 1)?);
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.next();
                }
                Some(']') => {
                    self.next();
                    return Ok(Value::Array(items));
                }
                _ => return Err(self.error(Syntax::ArrayPunctuation)),
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Value, SyntaxError> {
        self.expect('{')?;
        let mut members = Vec::new();
        self.skip_ws();
        if self.peek() == Some('}') {
            self.next();
            return Ok(Value::Object(members));
        }
        loop {
            self.skip_ws();
            let key_pos = self.pos;
            if self.peek() != Some('"') {
                return Err(self.error(Syntax::KeyExpected));
            }
            let key = self.string()?;
            self.skip_ws();
            self.expect(':')?;
            self.skip_ws();
            let value = self.value(depth + 1)?;
            members.push((key, key_pos, value));
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.next();
                }
                Some('}') => {
                    self.next();
                    return Ok(Value::Object(members));
                }
                _ => return Err(self.error(Syntax::ObjectPunctuation)),
            }
        }
    }
}

/// JSON's number grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
fn is_json_number(text: &str) -> bool {
    let b = text.as_bytes();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let digits = |i: &mut usize| {
        let start = *i;
        while b.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let int_start = i;
    let n = digits(&mut i);
    if n == 0 || (n > 1 && b[int_start] == b'0') {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_positions() {
        let n = parse("{\n  \"a\": [1, \"x\\u00e9\", true, null],\n  \"b\": {\"c\": -2.5e1}\n}")
            .unwrap();
        let Value::Object(m) = n.value else { panic!() };
        assert_eq!(m[0].0, "a");
        assert_eq!(m[0].1, Pos { line: 2, column: 3 });
        let Value::Array(items) = &m[0].2.value else {
            panic!()
        };
        assert_eq!(items[1].value, Value::String("xé".into()));
        assert_eq!(
            items[1].pos,
            Pos {
                line: 2,
                column: 12
            }
        );
        let Value::Object(b) = &m[1].2.value else {
            panic!()
        };
        assert_eq!(b[0].2.value, Value::Number("-2.5e1".into()));
        for bad in ["01", "1.", "-", "1e", "+1", "1.2.3"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
    }

    /// Columns count characters, not bytes: Vietnamese text (two- and
    /// three-byte characters) and a byte order mark do not shift them.
    #[test]
    fn columns_count_characters() {
        let n = parse("\u{feff}{\"tên\": \"Tết Nguyên đán\", \"x\": 1}").unwrap();
        let Value::Object(m) = n.value else { panic!() };
        assert_eq!(m[0].0, "tên");
        assert_eq!(m[0].2.value, Value::String("Tết Nguyên đán".into()));
        assert_eq!(
            m[1].1,
            Pos {
                line: 1,
                column: 27
            }
        );
        assert_eq!(
            m[1].2.pos,
            Pos {
                line: 1,
                column: 32
            }
        );
        let e = parse("[\"Đà Lạt\",\n  \"Huế\" 1]").unwrap_err();
        assert_eq!(e.pos, Pos { line: 2, column: 9 });
    }

    #[test]
    fn errors_point_at_the_place() {
        let e = parse("{\n  \"a\": 1\n  \"b\": 2\n}").unwrap_err();
        assert_eq!(e.pos, Pos { line: 3, column: 3 });
        assert_eq!(e.kind, Syntax::ObjectPunctuation);
        let e = parse("[1, 2").unwrap_err();
        assert_eq!(e.pos, Pos { line: 1, column: 6 });
        assert!(parse("{\"a\": tru}").is_err());
        assert!(parse("\"open").is_err());
        assert!(parse("1 2").is_err());
        let deep = "[".repeat(100) + &"]".repeat(100);
        assert_eq!(
            parse(&deep).unwrap_err().kind,
            Syntax::TooDeep { max: MAX_DEPTH }
        );
        assert_eq!(
            parse("\"\\ud83d\\ude00\"").unwrap().value,
            Value::String("😀".into())
        );
    }

    /// Half a surrogate pair is an error, not some other character.
    #[test]
    fn lone_surrogates_are_rejected() {
        for bad in [
            "\"\\ud800\\u0041\"",
            "\"\\ud800\"",
            "\"\\ud800x\"",
            "\"\\udc00\"",
            "\"\\ud83d\\ud83d\"",
        ] {
            let e = parse(bad).unwrap_err();
            assert_eq!(
                (e.kind, e.pos),
                (Syntax::LoneSurrogate, Pos { line: 1, column: 2 }),
                "{bad}"
            );
        }
    }
}
