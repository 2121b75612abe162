//! The one place that knows which YAML library redraft uses.
//!
//! serde_yaml 0.9 is archived upstream, so everything else works on [`Yaml`], a plain tree, and
//! finds where keys sit in the source with [`KeyLocator`]. Swapping the parser for
//! serde_yaml_ng (or anything else) means changing this file only.

use std::collections::HashMap;

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
}

/// Parses a YAML document. An empty document is [`Yaml::Null`].
pub fn parse(text: &str) -> Result<Yaml, SyntaxError> {
    let value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map(|l| (l.line(), l.column()))
            .unwrap_or((1, 1));
        SyntaxError {
            line,
            column,
            message: clean_message(&e.to_string()),
        }
    })?;
    Ok(convert(value))
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
        KeyLocator { keys, lines }
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
    let first = line.chars().next()?;
    if first.is_whitespace() || matches!(first, '#' | '-' | '[' | '{' | '|' | '>') {
        return None;
    }
    let (key, after_key) = if first == '"' || first == '\'' {
        let end = line[1..].find(first)? + 1;
        (line[1..end].to_string(), end + 1)
    } else {
        let colon = line.find(':')?;
        (line[..colon].trim_end().to_string(), colon)
    };
    let rest = line.get(after_key..)?;
    let rest = rest.strip_prefix(':')?;
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
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
