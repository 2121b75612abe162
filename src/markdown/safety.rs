//! Keeping a writer's text from running script or from passing the page markup it did not ask
//! for, and saying what was taken out.
//!
//! Markup reaches a page from a draft in two ways: Markdown syntax, which pulldown-cmark turns
//! into HTML (escaping text and attribute values), and raw HTML written into the draft. One rule
//! holds for both:
//!
//! - The only attributes a writer may give are `id` and `class`, with plain values (letters,
//!   digits, `-`, `_`). Markdown's heading attributes (`### Title {#id .class key=value}`) are
//!   held to it whatever `raw_html` says; raw HTML is, under `raw_html: sanitize`, together with
//!   ammonia's allowlist of safe elements and attributes.
//! - A link or image whose address would run code (`javascript:`, `vbscript:`, `data:` other
//!   than a plain image) points at `#`, unless `raw_html: allow`.
//!
//! `raw_html: allow` trusts the raw HTML of every draft; it is the site owner's choice in
//! `redraft.yaml`, never a writer's. Everything taken out is reported as [`Removed`], so `build`
//! and `check` can name the file and line.

use std::collections::HashSet;
use std::sync::LazyLock;

use pulldown_cmark::CowStr;

use crate::html::{self, Token};

/// Something taken out of a writer's text before publishing (or, for [`Rule::Unclosed`], an end
/// tag added to it), with where it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    /// The 1-based line of the Markdown text it was on.
    pub line: usize,
    /// What it was, as written (shortened): "`onfocus=alert(1)`", "`onclick` on `<b>`".
    pub what: String,
    /// Which rule took it out.
    pub rule: Rule,
}

/// The rule that took something out, which says what the writer can do instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Heading attributes other than an id and classes.
    HeadingAttribute,
    /// An id or class whose value is not a plain name.
    PlainName,
    /// A link or image address that would run code.
    ScriptUrl,
    /// Raw HTML that the sanitizer does not allow.
    RawHtml,
    /// A raw HTML element never closed, closed where its block ends (nothing is taken out).
    Unclosed,
}

impl Rule {
    /// Where it was taken from: "a heading".
    pub fn place(self) -> &'static str {
        match self {
            Rule::HeadingAttribute | Rule::PlainName => "a heading",
            Rule::ScriptUrl => "a link",
            Rule::RawHtml | Rule::Unclosed => "raw HTML",
        }
    }

    /// What to do instead, for the help line.
    pub fn help(self) -> &'static str {
        match self {
            Rule::HeadingAttribute => {
                "after a heading, `{#name .class}` may give it an id and classes, nothing else"
            }
            Rule::PlainName => "write ids and classes with letters, digits, `-` and `_` only",
            Rule::ScriptUrl => "link to a web address (https://…) or to a file beside the draft",
            Rule::RawHtml => {
                "raw HTML is cleaned before publishing (`raw_html: sanitize` in redraft.yaml): scripts, styles, event handlers and other attributes never reach the site"
            }
            Rule::Unclosed => {
                "add its end tag where it should end (`</aside>` ends `<aside>`); an element left open takes in everything after it"
            }
        }
    }
}

/// What the rule found at byte `offset` of the Markdown text, before its line is known.
#[derive(Debug)]
pub(super) struct Found {
    pub offset: usize,
    pub what: String,
    pub rule: Rule,
}

impl Found {
    /// With its line worked out from the text it was found in.
    pub(super) fn in_text(self, markdown: &str) -> Removed {
        let before = &markdown.as_bytes()[..self.offset.min(markdown.len())];
        Removed {
            line: before.iter().filter(|b| **b == b'\n').count() + 1,
            what: self.what,
            rule: self.rule,
        }
    }
}

/// Whether `value` is a plain name for an `id` or a `class`: letters, digits, `-` and `_`, at
/// most 64 of them. Nothing else is needed to name a part of a page, and a value this plain
/// cannot break out of its attribute or look like a piece of the page's own machinery.
pub fn is_plain_name(value: &str) -> bool {
    !value.is_empty()
        && value.chars().count() <= 64
        && value
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Holds a heading's Markdown attributes to the rule: an id and classes with plain values stay,
/// everything else goes into `found` (at `offset`, where the heading starts).
pub(super) fn heading_attributes(
    id: &mut Option<CowStr<'_>>,
    classes: &mut Vec<CowStr<'_>>,
    attrs: &mut Vec<(CowStr<'_>, Option<CowStr<'_>>)>,
    offset: usize,
    found: &mut Vec<Found>,
) {
    for (name, value) in attrs.drain(..) {
        let written = match value {
            Some(v) => format!("{name}={v}"),
            None => name.to_string(),
        };
        found.push(Found {
            offset,
            what: format!("`{}`", shorten(&written)),
            rule: Rule::HeadingAttribute,
        });
    }
    if let Some(given) = id.as_deref()
        && !is_plain_name(given)
    {
        found.push(Found {
            offset,
            what: format!("the id `#{}`", shorten(given)),
            rule: Rule::PlainName,
        });
        *id = None;
    }
    classes.retain(|class| {
        let plain = is_plain_name(class);
        if !plain {
            found.push(Found {
                offset,
                what: format!("the class `.{}`", shorten(class)),
                rule: Rule::PlainName,
            });
        }
        plain
    });
}

/// A URL that would run code when followed: `javascript:`, `vbscript:`, or `data:` other than
/// an image. Browsers ignore spaces and control characters inside a scheme, so we do too.
pub(super) fn is_script_url(url: &str) -> bool {
    let squeezed: String = url
        .chars()
        .filter(|c| !c.is_ascii_whitespace() && !c.is_control())
        .take(24)
        .collect::<String>()
        .to_ascii_lowercase();
    let is_data = squeezed.starts_with("data:");
    let is_plain_image =
        squeezed.starts_with("data:image/") && !squeezed.starts_with("data:image/svg");
    squeezed.starts_with("javascript:")
        || squeezed.starts_with("vbscript:")
        || (is_data && !is_plain_image)
}

/// The script URL of a link or image, as it is reported.
pub(super) fn script_url(url: &str, offset: usize) -> Found {
    let scheme = url.split(':').next().unwrap_or_default();
    Found {
        offset,
        what: format!("the address `{}:…`", shorten(scheme.trim())),
        rule: Rule::ScriptUrl,
    }
}

/// Cleans rendered HTML that holds a writer's raw HTML.
pub(super) fn sanitize(html: &str) -> String {
    let clean = SANITIZER.clean(html).to_string();
    if clean.contains("<a ") || clean.contains("<a>") {
        without_addressless_links(&clean)
    } else {
        clean
    }
}

/// `html` without the `<a>` elements that have no address, their text kept. An old-style
/// anchor (`<a name=x>`, its name taken out by the sanitizer) is no link; left unclosed, as
/// such anchors often are, the HTML parser carries it over every block after it, which would
/// make one block of the rest of the draft.
fn without_addressless_links(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    // For each `<a>` open around the current point: whether it was dropped.
    let mut open: Vec<bool> = Vec::new();
    for token in html::tokenize(html) {
        match token {
            Token::Open("a", raw) => {
                let dropped = html::attribute(raw, "href").is_none();
                open.push(dropped);
                if dropped {
                    continue;
                }
            }
            Token::Close("a", _) if open.pop().unwrap_or(false) => continue,
            _ => {}
        }
        out.push_str(token.raw());
    }
    out
}

/// What the sanitizer takes out of one piece of raw HTML (an HTML block, or one inline tag)
/// that starts at byte `offset` of the draft.
///
/// The sanitizer itself is asked: the fragment is cleaned on its own and its elements compared
/// with what comes out. An element is reported when the sanitizer does not allow it at all, an
/// attribute when its element came through without it.
pub(super) fn sanitized_away(fragment: &str, offset: usize, found: &mut Vec<Found>) {
    let before = elements(fragment);
    if before.is_empty() {
        return;
    }
    // The sanitizer alone: what `sanitize` does after it takes out no attribute.
    let cleaned = SANITIZER.clean(fragment).to_string();
    let after = elements(&cleaned);
    let at = |raw: &str| offset + (raw.as_ptr() as usize - fragment.as_ptr() as usize);
    for (index, element) in before.iter().enumerate() {
        if !ALLOWED_TAGS.contains(element.name.as_str()) {
            found.push(Found {
                offset: at(element.raw),
                what: format!("the element `<{}>`", shorten(&element.name)),
                rule: Rule::RawHtml,
            });
            continue;
        }
        // The same element after cleaning: the one with as many of its name before it.
        let nth = before[..index]
            .iter()
            .filter(|e| e.name == element.name)
            .count();
        let Some(kept) = after.iter().filter(|e| e.name == element.name).nth(nth) else {
            continue;
        };
        // Names only: the sanitizer may write a kept value differently (entities, spacing).
        for name in &element.attributes {
            if !kept.attributes.contains(name) {
                found.push(Found {
                    offset: at(element.raw),
                    what: format!("`{}` on `<{}>`", shorten(name), element.name),
                    rule: Rule::RawHtml,
                });
            }
        }
    }
}

/// An element's start tag as written: its name and its attributes' names, lower-cased.
struct Element<'a> {
    name: String,
    attributes: Vec<String>,
    raw: &'a str,
}

fn elements(html: &str) -> Vec<Element<'_>> {
    html::tokenize(html)
        .into_iter()
        .filter_map(|token| match token {
            Token::Open(name, raw) | Token::Void(name, raw) if !name.is_empty() => Some(Element {
                name: name.to_ascii_lowercase(),
                attributes: html::attributes(raw)
                    .map(|(n, _)| n.to_ascii_lowercase())
                    .collect(),
                raw,
            }),
            _ => None,
        })
        .collect()
}

/// At most 40 characters of something a writer wrote, for a message.
fn shorten(text: &str) -> String {
    if text.chars().count() <= 40 {
        return text.to_string();
    }
    let mut short: String = text.chars().take(39).collect();
    short.push('…');
    short
}

/// The sanitizer for drafts with raw HTML: ammonia's safe defaults plus what pulldown-cmark
/// itself emits (heading ids, footnotes, task-list checkboxes, table alignment), with `id` and
/// `class` held to the same rule as Markdown's heading attributes.
static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.strip_comments(false)
        .add_generic_attributes(["id", "class"])
        .add_tags(["input"])
        .add_tag_attributes("input", ["type", "checked", "disabled", "aria-label"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("input", "type") => (value == "checkbox").then_some(value.into()),
            (_, "style") => matches!(
                value,
                "text-align: left"
                    | "text-align: center"
                    | "text-align: right"
                    | "text-align: start"
                    | "text-align: end"
            )
            .then_some(value.into()),
            (_, "id") => is_plain_name(value).then_some(value.into()),
            (_, "class") => {
                let plain: Vec<&str> = value
                    .split_whitespace()
                    .filter(|c| is_plain_name(c))
                    .collect();
                (!plain.is_empty()).then(|| plain.join(" ").into())
            }
            _ => Some(value.into()),
        });
    b
});

/// The elements the sanitizer keeps.
static ALLOWED_TAGS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| SANITIZER.clone_tags());

#[cfg(test)]
mod tests {
    use super::*;

    fn removed(fragment: &str) -> Vec<String> {
        let mut found = Vec::new();
        sanitized_away(fragment, 0, &mut found);
        found.into_iter().map(|f| f.what).collect()
    }

    #[test]
    fn an_unclosed_anchor_without_an_address_stays_in_its_heading() {
        let html = sanitize("<h3>Overload <a name=overload></h3>\n<p>Text.</p>\n<p>More.</p>");
        assert_eq!(html, "<h3>Overload </h3>\n<p>Text.</p>\n<p>More.</p>");
        let link = sanitize("<p><a href=\"x.html\">x</a> and <a>y</a></p>");
        assert_eq!(
            link,
            "<p><a href=\"x.html\" rel=\"noopener noreferrer\">x</a> and y</p>"
        );
    }

    #[test]
    fn plain_names_are_words_and_dashes() {
        for ok in ["intro", "part-2", "note_b", "résumé", "第一"] {
            assert!(is_plain_name(ok), "{ok}");
        }
        for bad in ["", "a b", "x\"y", "a:b", "a.b", "<x>", &"a".repeat(65)] {
            assert!(!is_plain_name(bad), "{bad}");
        }
    }

    #[test]
    fn the_sanitizer_says_what_it_took_out() {
        assert_eq!(
            removed("<b onclick=\"x()\" class=\"ok\">"),
            ["`onclick` on `<b>`"]
        );
        assert_eq!(
            removed("<script>alert(1)</script>"),
            ["the element `<script>`"]
        );
        assert_eq!(
            removed("<a href=\"javascript:alert(1)\" title=\"t\">"),
            ["`href` on `<a>`"]
        );
        assert_eq!(
            removed("<span class=\"b&quot;c\">"),
            ["`class` on `<span>`"]
        );
        assert!(removed("<em>").is_empty());
        assert!(removed("<a href=\"https://e.org/\">").is_empty());
        assert!(removed("</b>").is_empty());
    }

    #[test]
    fn a_removal_knows_its_line() {
        let text = "one\ntwo\n<script>";
        let f = Found {
            offset: text.find('<').unwrap_or(0),
            what: String::new(),
            rule: Rule::RawHtml,
        };
        assert_eq!(f.in_text(text).line, 3);
    }
}
