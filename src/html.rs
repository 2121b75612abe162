//! A small tokenizer for the HTML redraft itself produces (pulldown-cmark's output, cleaned by
//! ammonia when the draft held raw HTML), used to split drafts into blocks and to diff words.
//!
//! It is not a general HTML parser: it relies on text being escaped and tags being balanced,
//! which both producers guarantee.

use std::borrow::Cow;

/// One piece of an HTML string, borrowing from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token<'a> {
    /// `<p class="x">`: the element name and the whole tag.
    Open(&'a str, &'a str),
    /// `</p>`.
    Close(&'a str, &'a str),
    /// `<br>`, `<img ...>`, `<input ... />`: elements without content.
    Void(&'a str, &'a str),
    /// `<!-- ... -->`.
    Comment(&'a str),
    /// Escaped text between tags.
    Text(&'a str),
}

impl<'a> Token<'a> {
    /// The token exactly as it appeared.
    pub fn raw(&self) -> &'a str {
        match self {
            Token::Open(_, raw) | Token::Close(_, raw) | Token::Void(_, raw) => raw,
            Token::Comment(raw) | Token::Text(raw) => raw,
        }
    }
}

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements that flow inside a line of text; every other element separates words.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd",
    "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
];

/// The value of attribute `name` in a start tag (`Some("")` for one written without a value),
/// or `None` if the tag does not have it. Attribute names are compared without regard to case;
/// text inside other attributes' values never counts as a name.
pub fn attribute<'t>(tag: &'t str, name: &str) -> Option<&'t str> {
    attributes(tag).find_map(|(found, value)| found.eq_ignore_ascii_case(name).then_some(value))
}

/// Every attribute of a start tag in order, as written: its name and its raw value (still
/// escaped; `""` for one written without a value).
pub fn attributes(tag: &str) -> impl Iterator<Item = (&str, &str)> {
    let bytes = tag.as_bytes();
    let stop = |b: u8| b.is_ascii_whitespace() || b == b'>' || b == b'/' || b == b'=';
    // Past `<` and the element's name.
    let mut i = 1;
    while i < bytes.len() && !stop(bytes[i]) {
        i += 1;
    }
    std::iter::from_fn(move || {
        while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
            i += 1;
        }
        if i >= bytes.len() || bytes[i] == b'>' {
            return None;
        }
        let start = i;
        while i < bytes.len() && !stop(bytes[i]) {
            i += 1;
        }
        let found = &tag[start..i];
        while i < bytes.len() && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if bytes.get(i) == Some(&b'=') {
            i += 1;
            while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            let (from, to) = match bytes.get(i) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = tag[i + 1..]
                        .find(quote as char)
                        .map_or(bytes.len(), |e| i + 1 + e);
                    (i + 1, end)
                }
                _ => {
                    let end = (i..bytes.len())
                        .find(|&j| bytes[j].is_ascii_whitespace() || bytes[j] == b'>')
                        .unwrap_or(bytes.len());
                    (i, end)
                }
            };
            value = &tag[from..to];
            i = (to + 1).min(bytes.len());
        }
        Some((found, value))
    })
}

/// Elements in which text may not stand directly (only other elements).
const NO_TEXT: &[&str] = &[
    "ul", "ol", "table", "thead", "tbody", "tfoot", "tr", "dl", "colgroup",
];

/// Whether text may stand directly inside an element called `name`.
pub fn takes_text(name: &str) -> bool {
    !NO_TEXT.contains(&name)
}

/// Whether `name` is an inline element (text on both sides of it belongs to the same line).
pub fn is_inline(name: &str) -> bool {
    INLINE.contains(&name)
}

/// Whether `name` is a heading element, `h1` to `h6` (in any case).
pub fn is_heading(name: &str) -> bool {
    let name = name.as_bytes();
    name.len() == 2 && name[0].eq_ignore_ascii_case(&b'h') && (b'1'..=b'6').contains(&name[1])
}

/// Splits `html` into tokens.
pub fn tokenize(html: &str) -> Vec<Token<'_>> {
    let bytes = html.as_bytes();
    // A paragraph is a few tags and the text between them; formatting adds a few more.
    let mut tokens = Vec::with_capacity(html.len() / 64 + 4);
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'<' {
            let end = html[i..].find('<').map_or(html.len(), |j| i + j);
            tokens.push(Token::Text(&html[i..end]));
            i = end;
            continue;
        }
        if html[i..].starts_with("<!--") {
            let end = html[i..].find("-->").map_or(html.len(), |j| i + j + 3);
            tokens.push(Token::Comment(&html[i..end]));
            i = end;
            continue;
        }
        // Find the closing `>` outside quoted attribute values.
        let mut j = i + 1;
        let mut quote = None;
        while j < bytes.len() {
            match (quote, bytes[j]) {
                (None, b'"' | b'\'') => quote = Some(bytes[j]),
                (Some(q), c) if c == q => quote = None,
                (None, b'>') => break,
                _ => {}
            }
            j += 1;
        }
        let end = (j + 1).min(html.len());
        let raw = &html[i..end];
        let closing = raw.starts_with("</");
        let name_start = if closing { 2 } else { 1 };
        let name_len = raw[name_start..]
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(raw.len() - name_start);
        let name = &raw[name_start..name_start + name_len];
        let token = if closing {
            Token::Close(name, raw)
        } else if raw.ends_with("/>") || VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) {
            Token::Void(name, raw)
        } else {
            Token::Open(name, raw)
        };
        tokens.push(token);
        i = end;
    }
    tokens
}

/// `html` with every `id` given `prefix`, and every link to an id on the same page with it, so
/// several drafts can share one page without two elements sharing an id.
pub fn prefix_ids(html: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(html.len() + 64);
    for token in tokenize(html) {
        match token {
            Token::Open(_, raw) | Token::Void(_, raw)
                if raw.contains(" id=\"") || raw.contains(" href=\"#") =>
            {
                out.push_str(
                    &raw.replace(" id=\"", &format!(" id=\"{prefix}"))
                        .replace(" href=\"#", &format!(" href=\"#{prefix}")),
                );
            }
            other => out.push_str(other.raw()),
        }
    }
    out
}

/// Escapes text for use between tags.
pub fn escape(text: &str) -> Cow<'_, str> {
    // Most text has nothing to escape; a byte scan settles that (the three are ASCII, so they
    // never occur inside a longer character).
    let special = |b: u8| matches!(b, b'&' | b'<' | b'>');
    if !text.bytes().any(special) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(at) = rest.bytes().position(special) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            _ => "&gt;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Turns escaped text back into plain text (the named entities our producers emit, and numbers).
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let entity_end = rest.find(';').filter(|&e| e <= 10);
        let decoded = entity_end.and_then(|e| decode_entity(&rest[1..e]).map(|c| (c, e)));
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn decode_entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "nbsp" => Some('\u{a0}'),
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)
        }
    }
}

/// The plain text of an HTML fragment, with a space wherever a block element starts or ends.
pub fn text_of(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for token in tokenize(html) {
        match token {
            Token::Text(t) => out.push_str(&unescape(t)),
            Token::Open(name, _) | Token::Close(name, _) | Token::Void(name, _)
                if !is_inline(name) =>
            {
                out.push(' ')
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixed_ids_keep_their_links() {
        let html = r##"<h2 id="plan">Plan</h2><p>See<sup class="footnote-reference" id="fnref-1"><a href="#fn-1">1</a></sup> <a href="https://e.org/#x">there</a>. id="text"</p>"##;
        assert_eq!(
            prefix_ids(html, "d2-"),
            r##"<h2 id="d2-plan">Plan</h2><p>See<sup class="footnote-reference" id="d2-fnref-1"><a href="#d2-fn-1">1</a></sup> <a href="https://e.org/#x">there</a>. id="text"</p>"##
        );
    }

    #[test]
    fn tokenizes_tags_text_and_comments() {
        let t = tokenize("<p class=\"a>b\">Hi &amp; <em>you</em><br /></p><!-- x -->");
        assert_eq!(
            t,
            vec![
                Token::Open("p", "<p class=\"a>b\">"),
                Token::Text("Hi &amp; "),
                Token::Open("em", "<em>"),
                Token::Text("you"),
                Token::Close("em", "</em>"),
                Token::Void("br", "<br />"),
                Token::Close("p", "</p>"),
                Token::Comment("<!-- x -->"),
            ]
        );
    }

    #[test]
    fn attributes_are_found_by_name_never_inside_values() {
        let tag = r#"<a href="https://e.org/data-note" data-side="old" hidden title='x y'>"#;
        assert_eq!(attribute(tag, "data-side"), Some("old"));
        assert_eq!(attribute(tag, "HIDDEN"), Some(""));
        assert_eq!(attribute(tag, "title"), Some("x y"));
        assert_eq!(attribute(tag, "data-note"), None);
        assert_eq!(attribute("<h2 id=about-data-notes>", "data-note"), None);
        assert_eq!(
            attribute("<span data-diff-label>", "data-diff-label"),
            Some("")
        );
        assert_eq!(attribute("<br/>", "br"), None);
    }

    #[test]
    fn escape_round_trips() {
        let s = "a < b & \"c\" > d";
        assert_eq!(unescape(&escape(s)), s);
        assert_eq!(escape("é<ü&&>ß"), "é&lt;ü&amp;&amp;&gt;ß");
        assert!(matches!(escape("plain ünïcode"), Cow::Borrowed(_)));
        assert_eq!(
            unescape("&#8217;&#x2014;&quot;&bogus;"),
            "\u{2019}\u{2014}\"&bogus;"
        );
    }

    #[test]
    fn text_separates_blocks_but_not_inline_runs() {
        assert_eq!(
            text_of("<ul><li>a<em>b</em></li><li>c</li></ul>")
                .split_whitespace()
                .collect::<Vec<_>>(),
            ["ab", "c"]
        );
    }
}
