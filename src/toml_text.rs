//! The one place that knows which TOML library redraft uses: Hugo's and Zola's front matter
//! (between `+++` fences) read into the same [`Yaml`] tree as YAML front matter, so every field
//! is read, checked and reported the same way whichever a writer used.

use crate::yaml::{Limit, MAX_BYTES, MAX_DEPTH, SyntaxError, Yaml};

/// Parses a TOML document into a [`Yaml`] tree (tables are maps in source order as the parser
/// gives them, a date-time is its text). Text over the [`Limit`]s is refused before the parser
/// sees it.
pub fn parse(text: &str) -> Result<Yaml, SyntaxError> {
    within_limits(text)?;
    let table: toml::Table = toml::from_str(text).map_err(|e| {
        let at = e.span().map_or(0, |span| span.start);
        let (line, column) = line_and_column(text, at);
        SyntaxError {
            line,
            column,
            message: e.message().trim().trim_end_matches('.').to_string(),
            limit: None,
            hint: likely_hint(text, line),
        }
    })?;
    Ok(convert(toml::Value::Table(table)))
}

fn convert(value: toml::Value) -> Yaml {
    match value {
        toml::Value::String(s) => Yaml::Str(s),
        toml::Value::Integer(i) => Yaml::Int(i),
        toml::Value::Float(x) => Yaml::Float(x),
        toml::Value::Boolean(b) => Yaml::Bool(b),
        toml::Value::Datetime(d) => Yaml::Str(d.to_string()),
        toml::Value::Array(items) => Yaml::List(items.into_iter().map(convert).collect()),
        toml::Value::Table(table) => {
            Yaml::Map(table.into_iter().map(|(k, v)| (k, convert(v))).collect())
        }
    }
}

/// The 1-based line and column of byte `at` of `text`.
fn line_and_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// What to do when the line looks like YAML written between TOML's fences, the likeliest
/// mistake of someone moving a post from Jekyll to Hugo.
fn likely_hint(text: &str, line: usize) -> Option<&'static str> {
    let text = text.lines().nth(line.saturating_sub(1))?.trim();
    let yaml_like = text
        .split_once(':')
        .is_some_and(|(key, _)| !key.contains('=') && !key.contains('"'));
    if yaml_like {
        return Some(
            "between `+++` lines settings are TOML, written `title = \"My post\"`; for `title: My post`, use `---` lines instead",
        );
    }
    if text.contains('=') && !text.contains(['"', '\'', '[', '{']) {
        return Some("put text values in quotes, like `title = \"My post\"`");
    }
    None
}

/// Refuses text over the size limit, or whose arrays and inline tables nest deeper than the
/// depth limit (outside quoted text and comments; a `[table]` header does not count).
fn within_limits(text: &str) -> Result<(), SyntaxError> {
    let refuse = |line, message: String, limit| SyntaxError {
        line,
        column: 1,
        message,
        limit: Some(limit),
        hint: None,
    };
    if text.len() > MAX_BYTES {
        return Err(refuse(
            1,
            format!(
                "it is {} KB long, over the limit of {} KB",
                text.len().div_ceil(1024),
                MAX_BYTES / 1024
            ),
            Limit::Size,
        ));
    }
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for (index, line) in text.lines().enumerate() {
        let starts_header = quote.is_none() && depth == 0 && line.trim_start().starts_with('[');
        if starts_header {
            continue;
        }
        let mut escaped = false;
        for c in line.chars() {
            match quote {
                Some(q) => {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' && q == '"' {
                        escaped = true;
                    } else if c == q {
                        quote = None;
                    }
                }
                None => match c {
                    '#' => break,
                    '"' | '\'' => quote = Some(c),
                    '[' | '{' => {
                        depth += 1;
                        if depth > MAX_DEPTH {
                            return Err(refuse(
                                index + 1,
                                format!("`[` and `{{` nest more than {MAX_DEPTH} deep"),
                                Limit::Depth,
                            ));
                        }
                    }
                    ']' | '}' => depth = depth.saturating_sub(1),
                    _ => {}
                },
            }
        }
        // Only multi-line strings (`"""`) run past a line's end; the parser judges those.
        quote = None;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_hugo_front_matter_into_the_same_tree() {
        let text = "title = \"Sleep\"\ndraft = true\ndate = 2026-03-12T10:00:00Z\ntags = [\"a\", \"b\"]\n\n[[feedback]]\nfrom = \"Ana\"\ntext = \"More.\"\n";
        let Yaml::Map(entries) = parse(text).unwrap() else {
            panic!("a map");
        };
        let get = |k: &str| entries.iter().find(|(key, _)| key == k).map(|(_, v)| v);
        assert_eq!(get("title"), Some(&Yaml::Str("Sleep".into())));
        assert_eq!(get("draft"), Some(&Yaml::Bool(true)));
        assert_eq!(get("date"), Some(&Yaml::Str("2026-03-12T10:00:00Z".into())));
        assert!(matches!(get("feedback"), Some(Yaml::List(items)) if items.len() == 1));
    }

    #[test]
    fn errors_point_at_the_line_and_say_what_to_do() {
        let e = parse("title = \"A\"\ndate: 2026-03-12\n").unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        assert!(e.hint.is_some_and(|h| h.contains("`---`")), "{e:?}");
        let e = parse("title = \"A\"\nauthor = Sam Rivera\n").unwrap_err();
        assert_eq!(e.line, 2, "{e:?}");
        assert!(e.hint.is_some_and(|h| h.contains("quotes")), "{e:?}");
    }

    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let text = format!("a = {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(parse(&text).unwrap_err().limit, Some(Limit::Depth));
        // Brackets in text and comments do not count.
        let text = format!("a = \"{}\" # {}\n", "[".repeat(100), "{".repeat(100));
        assert!(parse(&text).is_ok());
    }
}
