//! The one place that knows which YAML library redraft uses.
//!
//! serde_yaml 0.9 is archived upstream, so everything else works on [`Yaml`], a plain tree, and
//! finds where keys sit in the source with [`KeyLocator`]. Swapping the parser for
//! serde_yaml_ng (or anything else) means changing this file only.

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;

/// A parsed YAML value.
#[derive(Debug, Clone, PartialEq)]
pub enum Yaml {
    /// `~`, `null` or nothing.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A whole number that fits in 64 bits.
    Int(i64),
    /// Any other number (fractions, or whole numbers too large for 64 bits).
    Float(f64),
    /// Text.
    Str(String),
    /// A `- item` list.
    List(Vec<Yaml>),
    /// A `key: value` mapping, in source order.
    Map(Vec<(String, Yaml)>),
}

impl Yaml {
    /// A short description for error messages: `"two"`, `a list`, `3.5`.
    pub fn describe(&self) -> String {
        match self {
            Yaml::Null => "nothing".to_string(),
            Yaml::Bool(b) => b.to_string(),
            Yaml::Int(i) => i.to_string(),
            Yaml::Float(x) => x.to_string(),
            Yaml::Str(s) => format!("{s:?}"),
            Yaml::List(_) => "a list".to_string(),
            Yaml::Map(_) => "a group of settings".to_string(),
        }
    }

    /// The value as text when it is a scalar (numbers and booleans are written out).
    pub fn as_text(&self) -> Option<String> {
        match self {
            Yaml::Str(s) => Some(s.clone()),
            Yaml::Int(i) => Some(i.to_string()),
            Yaml::Float(x) => Some(x.to_string()),
            Yaml::Bool(b) => Some(b.to_string()),
            Yaml::Null | Yaml::List(_) | Yaml::Map(_) => None,
        }
    }
}

/// A YAML syntax error, with a 1-based position inside the parsed text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// 1-based line within the parsed text.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What the parser said, without its own position suffix.
    pub message: String,
    /// The limit the text is over, when that is why it was not read.
    pub limit: Option<Limit>,
    /// What to do, when the likely cause is known (a quote never closed, a tab).
    pub hint: Option<&'static str>,
}

impl SyntaxError {
    /// What to do about it: the limit's help, the likely cause's, or else `general`.
    pub fn help(&self, general: &'static str) -> &'static str {
        self.limit.map(Limit::help).or(self.hint).unwrap_or(general)
    }

    /// Points `d` at the error in `text` (the YAML, whose first line is line `offset` + 1 of
    /// its file), quoting the line; a text over the size limit is pointed at as a whole.
    pub fn place(&self, d: Diagnostic, text: &str, offset: usize) -> Diagnostic {
        if self.limit == Some(Limit::Size) {
            return d.at_line(offset + 1);
        }
        d.at(self.line + offset, self.column)
            .with_source(text, offset)
    }
}

/// The bounds a YAML text must keep to be read at all, checked before parsing: the parser's
/// time grows with the square of how deeply `[` and `{` nest (250,000 of them, in 500 KB, took
/// two minutes), so a hostile file could tie up a build.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Limit {
    /// At most [`MAX_BYTES`].
    Size,
    /// `[ ]` and `{ }` nested at most [`MAX_DEPTH`] deep.
    Depth,
}

impl Limit {
    /// What to do about it.
    pub fn help(self) -> &'static str {
        match self {
            Limit::Size => {
                "front matter and settings hold short details; put long writing in a draft's text, below its front matter"
            }
            Limit::Depth => {
                "front matter needs two or three levels at most; look for stray `[` or `{`"
            }
        }
    }
}

/// The most bytes of YAML read: a long reflection and a page of feedback take a few kilobytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// The deepest `[ ]` and `{ }` may nest: front matter needs two or three levels.
pub const MAX_DEPTH: usize = 64;

/// Parses a YAML document. An empty document is [`Yaml::Null`]. Text over the [`Limit`]s is
/// refused before the parser sees it.
pub fn parse(text: &str) -> Result<Yaml, SyntaxError> {
    within_limits(text)?;
    let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        likely_cause(text, line).unwrap_or(SyntaxError {
            line,
            column,
            limit: None,
            hint: None,
            message: clean_message(&e.to_string()),
        })
    })?;
    Ok(convert(value))
}

/// Refuses text over the size limit, or whose flow collections (`[ ]`, `{ }`) nest deeper than
/// the depth limit. Quoted text, comments and block scalars (`|`, `>`) are passed over, and
/// in block context a bracket counts only where a value starts (`key: [`, `- {`), so brackets
/// in a writer's words never count.
pub(crate) fn within_limits(text: &str) -> Result<(), SyntaxError> {
    if text.len() > MAX_BYTES {
        return Err(SyntaxError {
            line: 1,
            column: 1,
            message: format!(
                "it is {} KB long, over the limit of {} KB",
                text.len().div_ceil(1024),
                MAX_BYTES / 1024
            ),
            limit: Some(Limit::Size),
            hint: None,
        });
    }
    // The indentation of a key whose value is a block scalar: its text is the lines below
    // that are indented further (or blank).
    let mut scalar_of: Option<usize> = None;
    let mut depth = 0usize;
    for (index, line) in text.lines().enumerate() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(key_indent) = scalar_of {
            if line.trim().is_empty() || indent > key_indent {
                continue;
            }
            scalar_of = None;
        }
        let bytes = line.as_bytes();
        let mut i = 0;
        // In block context, where the next value may start: the line's start, after `- `,
        // `? ` or `: `.
        let mut value_start = true;
        let mut quote: Option<u8> = None;
        while i < bytes.len() {
            let b = bytes[i];
            match quote {
                Some(b'"') if b == b'\\' => i += 1,
                Some(q) if b == q => quote = None,
                Some(_) => {}
                None if b == b'"' || b == b'\'' => {
                    if depth == 0 && !value_start {
                        break; // an apostrophe inside plain text
                    }
                    quote = Some(b);
                }
                None if b == b'#' && (i == 0 || bytes[i - 1] == b' ' || bytes[i - 1] == b'\t') => {
                    break;
                }
                None if b == b'[' || b == b'{' => {
                    if depth == 0 && !value_start {
                        break; // plain text that happens to hold a bracket
                    }
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return Err(SyntaxError {
                            line: index + 1,
                            column: line[..i].chars().count() + 1,
                            message: format!(
                                "lists and groups in `[ ]` or `{{ }}` nest more than {MAX_DEPTH} deep"
                            ),
                            limit: Some(Limit::Depth),
                            hint: None,
                        });
                    }
                }
                None if b == b']' || b == b'}' => depth = depth.saturating_sub(1),
                None if depth == 0 => {
                    let after_indicator = matches!(b, b'-' | b'?' | b':')
                        && bytes.get(i + 1).is_none_or(|n| *n == b' ' || *n == b'\t');
                    if after_indicator {
                        value_start = true;
                        if b == b':' || b == b'-' {
                            let rest = line[i + 1..].trim();
                            if rest.starts_with(['|', '>']) {
                                scalar_of = Some(indent);
                                break;
                            }
                        }
                    } else if b != b' ' && b != b'\t' {
                        value_start = false;
                    }
                }
                None => {}
            }
            i += 1;
        }
    }
    Ok(())
}

/// The mistake people make that explains a syntax error the parser found on line `failed`,
/// pointed at where it was made rather than where the parser gave up: a line indented with a
/// tab, or a quote opened and never closed (the parser reads on, taking the next lines into the
/// value, and fails lines later).
fn likely_cause(text: &str, failed: usize) -> Option<SyntaxError> {
    for (index, line) in text.lines().enumerate().take(failed) {
        let indent = &line[..line.len() - line.trim_start().len()];
        if let Some(column) = indent.find('\t') {
            return Some(SyntaxError {
                line: index + 1,
                column: column + 1,
                limit: None,
                hint: Some("indent with spaces: YAML does not allow tabs there"),
                message: "this line is indented with a tab".to_string(),
            });
        }
        if let Some(column) = unclosed_quote(line) {
            return Some(SyntaxError {
                line: index + 1,
                column: column + 1,
                limit: None,
                hint: Some(
                    "add the closing quote at the end of the value, or remove the opening one",
                ),
                message: "this value opens a quote that is never closed".to_string(),
            });
        }
    }
    None
}

/// The byte column of a quote that opens a value on `line` (`key: "...` or `- "...`) and is not
/// closed on the line.
fn unclosed_quote(line: &str) -> Option<usize> {
    let trimmed = line.trim_start();
    if trimmed.starts_with('#') {
        return None;
    }
    let value_start = match trimmed.strip_prefix("- ") {
        Some(rest) => line.len() - rest.len(),
        None => line.find(": ")? + 2,
    };
    let value = &line[value_start..];
    let start = value_start + (value.len() - value.trim_start().len());
    let value = value.trim_start();
    let quote = value.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let mut chars = value[1..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            '\'' if quote == '\'' && chars.peek() == Some(&'\'') => {
                chars.next();
            }
            c if c == quote => return None,
            _ => {}
        }
    }
    Some(start)
}

/// serde_yaml appends " at line L column C"; we print positions our own way. Numbers too large
/// for 64 bits come out as a type error about u128, which we say in plain words.
fn clean_message(message: &str) -> String {
    let message = match message.find(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    if let Some((key, rest)) = message.split_once(": invalid type: integer `")
        && let Some((number, _)) = rest.split_once('`')
    {
        return format!("{key}: the number {number} is too large");
    }
    message.trim_end_matches('.').to_string()
}

fn convert(value: serde_yaml::Value) -> Yaml {
    use serde_yaml::Value;
    match value {
        Value::Null => Yaml::Null,
        Value::Bool(b) => Yaml::Bool(b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Yaml::Int(i),
            None => Yaml::Float(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => Yaml::Str(s),
        Value::Sequence(items) => Yaml::List(items.into_iter().map(convert).collect()),
        Value::Mapping(map) => Yaml::Map(
            map.into_iter()
                .map(|(k, v)| (convert(k).as_text().unwrap_or_default(), convert(v)))
                .collect(),
        ),
        Value::Tagged(tagged) => convert(tagged.value),
    }
}

/// Where each top-level key of a YAML mapping sits in its source, so errors about a value can
/// point at it. Positions are 1-based and relative to the YAML text.
#[derive(Debug, Default, Clone)]
pub struct KeyLocator {
    keys: HashMap<String, Position>,
    lines: Vec<String>,
    /// For TOML, where each `sub` key of the `index`-th `[[list]]` table sits, found up front
    /// (YAML's are found by walking its indentation when asked).
    items: Option<HashMap<(String, usize, String), Position>>,
}

/// A line and the column where the value after `key:` starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column of the value (or of the key when the value is on later lines).
    pub column: usize,
}

impl KeyLocator {
    /// Scans `text` for top-level `key:` lines.
    pub fn new(text: &str) -> Self {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut keys = HashMap::new();
        for (i, line) in lines.iter().enumerate() {
            if let Some((key, column)) = key_on_line(line, 0) {
                keys.entry(key).or_insert(Position {
                    line: i + 1,
                    column,
                });
            }
        }
        KeyLocator {
            keys,
            lines,
            items: None,
        }
    }

    /// Scans TOML `text` for top-level `key = value` lines and for the keys of each
    /// `[[list]]` table.
    pub fn toml(text: &str) -> Self {
        let lines: Vec<String> = text.lines().map(str::to_string).collect();
        let mut keys = HashMap::new();
        let mut items = HashMap::new();
        // The `[[list]]` table being read and its index, once past the top-level keys.
        let mut table: Option<(String, usize)> = None;
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut in_tables = false;
        for (i, line) in lines.iter().enumerate() {
            let trimmed = line.trim();
            if let Some(name) = trimmed
                .strip_prefix("[[")
                .and_then(|r| r.split_once("]]"))
                .map(|(name, _)| name.trim().to_string())
            {
                let count = counts.entry(name.clone()).or_insert(0);
                table = Some((name, *count));
                *count += 1;
                in_tables = true;
                continue;
            }
            if trimmed.starts_with('[') {
                table = None;
                in_tables = true;
                continue;
            }
            let indent = line.len() - line.trim_start().len();
            let Some((key, column)) = key_on_line_with(trimmed, indent, '=') else {
                continue;
            };
            let at = Position {
                line: i + 1,
                column,
            };
            match &table {
                Some((list, index)) => {
                    items.entry((list.clone(), *index, key)).or_insert(at);
                }
                None if !in_tables => {
                    keys.entry(key).or_insert(at);
                }
                None => {}
            }
        }
        KeyLocator {
            keys,
            lines,
            items: Some(items),
        }
    }

    /// The text of 1-based line `n`.
    pub fn line(&self, n: usize) -> Option<&str> {
        n.checked_sub(1)
            .and_then(|i| self.lines.get(i))
            .map(String::as_str)
    }

    /// Where `key`'s value starts, if the key is at the top level.
    pub fn key(&self, key: &str) -> Option<Position> {
        self.keys.get(key).copied()
    }

    /// Where `sub` sits inside the `index`-th list item under the top-level `key`.
    pub fn item_key(&self, key: &str, index: usize, sub: &str) -> Option<Position> {
        if let Some(items) = &self.items {
            return items
                .get(&(key.to_string(), index, sub.to_string()))
                .copied();
        }
        let start = self.key(key)?.line; // 1-based line of `key:`, so the next line's index
        let mut item = None;
        for (offset, line) in self.lines[start..].iter().enumerate() {
            let number = start + offset + 1;
            let indent = line.len() - line.trim_start().len();
            if indent == 0 && !line.trim().is_empty() && !line.trim_start().starts_with('-') {
                break; // the next top-level key
            }
            let trimmed = line.trim_start();
            if let Some(rest) = trimmed
                .strip_prefix("- ")
                .or(trimmed.strip_prefix('-').filter(|r| r.is_empty()))
            {
                item = Some(item.map_or(0, |i| i + 1));
                if item == Some(index) {
                    let dash_column = indent + 2;
                    if let Some((k, column)) = key_on_line(rest, dash_column)
                        && k == sub
                    {
                        return Some(Position {
                            line: number,
                            column,
                        });
                    }
                }
            } else if item == Some(index) {
                if let Some((k, column)) = key_on_line(trimmed, indent)
                    && k == sub
                {
                    return Some(Position {
                        line: number,
                        column,
                    });
                }
            } else if item.is_some_and(|i| i > index) {
                break;
            }
        }
        None
    }
}

/// Reads `key:` at the start of `line` (which starts at 0-based column `offset` of the source
/// line) and returns the key and the 1-based column of its value.
fn key_on_line(line: &str, offset: usize) -> Option<(String, usize)> {
    key_on_line_with(line, offset, ':')
}

/// [`key_on_line`] for keys followed by `separator` (`:` in YAML, `=` in TOML).
fn key_on_line_with(line: &str, offset: usize, separator: char) -> Option<(String, usize)> {
    let first = line.chars().next()?;
    if first.is_whitespace() || matches!(first, '#' | '-' | '[' | '{' | '|' | '>') {
        return None;
    }
    let (key, after_key) = if first == '"' || first == '\'' {
        let end = line[1..].find(first)? + 1;
        (line[1..end].to_string(), end + 1)
    } else {
        let colon = line.find(separator)?;
        let key = line[..colon].trim_end();
        (key.to_string(), key.len())
    };
    let rest = line.get(after_key..)?.trim_start_matches([' ', '\t']);
    let after_key = line.len() - rest.len();
    let rest = rest.strip_prefix(separator)?;
    // YAML needs a space after the colon (`a:b` is one word); TOML does not after `=`.
    if separator == ':' && !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let spaces = rest.len() - rest.trim_start().len();
    let value_at = after_key + 1 + spaces;
    let column = if rest.trim().is_empty() {
        offset + 1
    } else {
        offset + value_at + 1
    };
    Some((key, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unclosed_quote_and_a_tab_are_blamed_where_they_are() {
        let text = "title: Sleep\nlabel: \"After feedback\nstage: revision\ndate: 2026-10-03\n";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (2, 8), "{e:?}");
        assert!(e.message.contains("never closed"), "{e:?}");
        let text = "feedback:\n  - from: Ana\n\t text: More, please.\n";
        let e = parse(text).unwrap_err();
        assert_eq!((e.line, e.column), (3, 1), "{e:?}");
        assert_eq!(
            e.help(""),
            "indent with spaces: YAML does not allow tabs there"
        );
        // A quote closed on its line, or a quote that spans lines in valid YAML, is no error.
        assert!(parse("title: \"A: b\"\nlabel: 'it''s'\n").is_ok());
        assert!(parse("title: \"one\n  two\"\n").is_ok());
    }

    #[test]
    fn parses_into_plain_tree() {
        let y = parse("title: Hello\ndraft: 2\ntags: [a, b]\n").unwrap();
        assert_eq!(
            y,
            Yaml::Map(vec![
                ("title".into(), Yaml::Str("Hello".into())),
                ("draft".into(), Yaml::Int(2)),
                (
                    "tags".into(),
                    Yaml::List(vec![Yaml::Str("a".into()), Yaml::Str("b".into())])
                ),
            ])
        );
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = parse("title: [unclosed\n").unwrap_err();
        assert!(e.line >= 1);
        assert!(!e.message.contains("at line"));
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing_but_brackets_in_words_are_not() {
        let deep = format!("title: {}\n", "[".repeat(250_000));
        let e = parse(&deep).unwrap_err();
        assert_eq!(e.limit, Some(Limit::Depth));
        assert_eq!((e.line, e.column), (1, 8 + MAX_DEPTH));
        let deep_maps = format!("a:\n  b: {}\n", "{x: ".repeat(100));
        assert_eq!(parse(&deep_maps).unwrap_err().limit, Some(Limit::Depth));
        let words = format!(
            "title: sad :-{}\ntext: \"{}\"\nreflection: |\n  {}\n  [[[\ntags: [a, [b], c]\n# {}\n",
            "[".repeat(100),
            "{".repeat(100),
            "[".repeat(100),
            "[".repeat(100)
        );
        assert!(parse(&words).is_ok(), "{:?}", parse(&words));
    }

    #[test]
    fn long_text_is_refused_before_parsing() {
        let long = format!("title: {}\n", "a".repeat(MAX_BYTES));
        let e = parse(&long).unwrap_err();
        assert_eq!(e.limit, Some(Limit::Size));
        assert_eq!(e.message, "it is 257 KB long, over the limit of 256 KB");
    }

    #[test]
    fn numbers_too_large_are_said_plainly() {
        let e = parse("draft: 99999999999999999999\n").unwrap_err();
        assert_eq!(
            e.message,
            "draft: the number 99999999999999999999 is too large"
        );
    }

    #[test]
    fn locates_top_level_keys_and_values() {
        let loc = KeyLocator::new("title: A\ndraft: two\n\"odd key\": 1\nreflection: |\n  text\n");
        assert_eq!(loc.key("draft"), Some(Position { line: 2, column: 8 }));
        assert_eq!(
            loc.key("odd key"),
            Some(Position {
                line: 3,
                column: 12
            })
        );
        assert_eq!(loc.key("reflection").map(|p| p.line), Some(4));
        assert_eq!(loc.key("text"), None);
    }

    #[test]
    fn locates_keys_inside_list_items() {
        let text =
            "feedback:\n  - from: A\n    date: 2026-13-01\n  - from: B\n    date: nope\ntitle: x\n";
        let loc = KeyLocator::new(text);
        assert_eq!(
            loc.item_key("feedback", 0, "from"),
            Some(Position {
                line: 2,
                column: 11
            })
        );
        assert_eq!(
            loc.item_key("feedback", 1, "date"),
            Some(Position {
                line: 5,
                column: 11
            })
        );
        assert_eq!(loc.item_key("feedback", 2, "date"), None);
    }
}
