//! Rendering a draft's Markdown, once, into HTML split into top-level blocks.
//!
//! The blocks are what the diff compares and what the pages show. Links and images that point
//! at files in the piece's folder are written with a placeholder prefix ([`PIECE_LINK`]) so the
//! same HTML works on the journey page, the draft page and the change page, which sit at
//! different depths: each page swaps the placeholder for its own way back to the piece folder.

mod safety;
mod unclosed;

use crate::i18n::Catalog;
use std::collections::HashMap;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::html::{self, Token};
use crate::settings::RawHtml;
use crate::text;
use safety::Found;
pub use safety::{Removed, Rule, is_plain_name};

/// Stands for "the piece's folder" at the start of relative links; see the module docs.
pub const PIECE_LINK: &str = "./@piece/";

/// Separates top-level blocks in pulldown-cmark's output until they are split apart.
const BLOCK_MARK: &str = "<!--redraft:block-->";

/// One top-level block of a draft: a paragraph, heading, list, quote, table, code block ...
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Block {
    /// The block's HTML.
    pub html: String,
    /// Its plain text (what a reader reads), for word diffs and statistics.
    pub text: String,
    /// The name of its outermost element (`p`, `h2`, `ul` ...), empty for bare text.
    pub tag: String,
}

impl Block {
    /// Several blocks read as one (to compare a paragraph with the two it was split into),
    /// with `between` in the HTML where two blocks of one kind meet. The kind is the first
    /// block's.
    pub(crate) fn joined(blocks: &[Block], between: Option<&str>) -> Block {
        let mut html = String::new();
        let mut text = String::new();
        for (i, block) in blocks.iter().enumerate() {
            if i > 0 {
                if blocks[i - 1].tag == block.tag {
                    html.push_str(between.unwrap_or_default());
                }
                text.push('\n');
            }
            html.push_str(&block.html);
            text.push_str(&block.text);
        }
        Block {
            html,
            text,
            tag: blocks.first().map(|b| b.tag.clone()).unwrap_or_default(),
        }
    }
}

/// A draft rendered to HTML.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Rendered {
    /// The top-level blocks in order.
    pub blocks: Vec<Block>,
    /// All blocks joined: the draft's body.
    pub html: String,
    /// Words in the draft.
    pub words: usize,
    /// What was taken out of the writer's text so it could not run script, in order.
    pub removed: Vec<Removed>,
}

/// A short text (a reflection, a feedback comment) rendered to HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snippet {
    /// The HTML.
    pub html: String,
    /// What was taken out of it; lines count from the text's first line.
    pub removed: Vec<Removed>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders a whole draft body, with English words for what the renderer adds itself (a task
/// box's name, a footnote's link): [`render_in`] takes the site's.
pub fn render(markdown: &str, raw_html: RawHtml) -> Rendered {
    render_in(markdown, raw_html, crate::i18n::english())
}

/// Table columns aligned the logical way: `:---` puts its colon at the start of the line, which
/// is the right-hand side in an Arabic or Hebrew editor, so a column aligned "left" is aligned
/// to where the writing starts (and "right" to where it ends): the same in English, mirrored
/// on a right-to-left page, as the writer saw it.
fn logical_alignment(html: &mut String) {
    const LEFT: &str = "style=\"text-align: left\"";
    const RIGHT: &str = "style=\"text-align: right\"";
    if html.contains(LEFT) {
        *html = html.replace(LEFT, "style=\"text-align: start\"");
    }
    if html.contains(RIGHT) {
        *html = html.replace(RIGHT, "style=\"text-align: end\"");
    }
}

/// Renders a whole draft body, naming the task boxes and footnote links it adds in the
/// language of `words`.
pub fn render_in(markdown: &str, raw_html: RawHtml, words: &Catalog) -> Rendered {
    let (mut events, offsets): (Vec<Event<'_>>, Vec<usize>) = Parser::new_ext(markdown, options())
        .into_offset_iter()
        .map(|(event, range)| (event, range.start))
        .unzip();
    let mut found = Vec::new();
    let raw = prepare(&mut events, &offsets, raw_html, &mut found, words);
    let mut events = unclosed::close_unclosed(events, &offsets, &mut found);
    drop(offsets);
    write_footnotes(&mut events, words);
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut out, with_block_marks(events));
    if raw.seen && raw_html == RawHtml::Sanitize {
        out = safety::sanitize(&out);
        for (offset, fragment) in &raw.fragments {
            safety::sanitized_away(fragment, *offset, &mut found);
        }
    }
    if raw.seen {
        out = without_change_marks(&out);
    }
    logical_alignment(&mut out);
    let blocks = split_blocks(&out);
    let html = blocks
        .iter()
        .map(|b| b.html.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let words = blocks.iter().map(|b| text::count_words(&b.text)).sum();
    found.sort_by_key(|f| f.offset);
    Rendered {
        blocks,
        html,
        words,
        removed: found.into_iter().map(|f| f.in_text(markdown)).collect(),
    }
}

/// Renders a short text (a reflection, a feedback comment) to HTML.
pub fn render_snippet(markdown: &str, raw_html: RawHtml) -> Snippet {
    render_snippet_in(markdown, raw_html, crate::i18n::english())
}

/// [`render_snippet`], in the language of `words`.
pub fn render_snippet_in(markdown: &str, raw_html: RawHtml, words: &Catalog) -> Snippet {
    let rendered = render_in(markdown, raw_html, words);
    Snippet {
        html: rendered.html,
        removed: rendered.removed,
    }
}

/// The raw HTML a draft holds.
#[derive(Debug, Default)]
struct RawHtmlSeen {
    /// Whether there is any.
    seen: bool,
    /// Under `raw_html: sanitize`, each HTML block and each inline tag with where it starts,
    /// to say what the sanitizer took out of it.
    fragments: Vec<(usize, String)>,
}

/// Gives headings ids, points relative links at the piece folder, handles raw HTML and holds
/// what Markdown syntax passes through to the page to [`safety`]'s rule, adding what it takes
/// out to `found`. `offsets` has where each event starts in the text.
fn prepare(
    events: &mut [Event<'_>],
    offsets: &[usize],
    raw_html: RawHtml,
    found: &mut Vec<Found>,
    words: &Catalog,
) -> RawHtmlSeen {
    let mut raw = RawHtmlSeen::default();
    let mut used_ids: HashMap<String, usize> = HashMap::new();
    // Whether an HTML comment is open: it may span the lines of an HTML block.
    let mut in_comment = false;
    // The HTML block being read, for the sanitizer's report.
    let mut block: Option<(usize, String)> = None;
    for i in 0..events.len() {
        let offset = offsets.get(i).copied().unwrap_or_default();
        let block_line = matches!(events[i], Event::Html(_));
        match &mut events[i] {
            Event::Html(h) | Event::InlineHtml(h) => {
                raw.seen = true;
                if raw_html == RawHtml::Escape {
                    events[i] = Event::Text(std::mem::replace(h, CowStr::Borrowed("")));
                    continue;
                } else if in_comment || h.contains("<!--") {
                    *h = CowStr::Boxed(without_comments(h, &mut in_comment).into_boxed_str());
                }
                if raw_html == RawHtml::Sanitize {
                    match &mut block {
                        Some((_, text)) if block_line => text.push_str(h),
                        _ => raw.fragments.push((offset, h.to_string())),
                    }
                }
            }
            Event::Start(Tag::HtmlBlock) => block = Some((offset, String::new())),
            Event::End(TagEnd::HtmlBlock) => {
                in_comment = false;
                raw.fragments.extend(block.take());
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if raw_html != RawHtml::Allow && safety::is_script_url(dest_url) =>
            {
                found.push(safety::script_url(dest_url, offset));
                *dest_url = CowStr::Borrowed("#");
            }
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. })
                if is_relative_file_link(dest_url) =>
            {
                *dest_url = CowStr::Boxed(format!("{PIECE_LINK}{dest_url}").into_boxed_str());
            }
            // `<del>` and `<ins>` mean "cut" and "added" in a change view; a writer's own
            // strike-through is `<s>`.
            Event::Start(Tag::Strikethrough) => events[i] = Event::InlineHtml("<s>".into()),
            Event::End(TagEnd::Strikethrough) => events[i] = Event::InlineHtml("</s>".into()),
            Event::TaskListMarker(done) => {
                // pulldown-cmark's checkbox has no name; say what the box means.
                let (checked, name) = if *done {
                    (" checked", words.text("md-task-done"))
                } else {
                    ("", words.text("md-task-not-done"))
                };
                let name = crate::html::escape(&name);
                events[i] = Event::InlineHtml(CowStr::Boxed(
                    format!("<input type=\"checkbox\" disabled{checked} aria-label=\"{name}\"> ")
                        .into_boxed_str(),
                ));
            }
            Event::Start(Tag::Heading {
                id, classes, attrs, ..
            }) => {
                safety::heading_attributes(id, classes, attrs, offset, found);
                let given = id.take();
                let mut id = match given {
                    Some(given) => given.to_string(),
                    None => crate::slug::slugify(&heading_text(&events[i + 1..])),
                };
                if id.is_empty() {
                    id = "section".to_string();
                }
                // Ids a writer gives count too, so no two headings share one.
                let n = used_ids.entry(id.clone()).or_insert(0);
                *n += 1;
                if *n > 1 {
                    id = format!("{id}-{n}");
                }
                if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i] {
                    *slot = Some(CowStr::Boxed(id.into_boxed_str()));
                }
            }
            _ => {}
        }
    }
    raw
}

/// Raw HTML without its comments. Comments are a writer's notes to self, never shown, so they
/// are not published; and an unclosed one would swallow the rest of the page. `in_comment`
/// carries an open comment from one line of an HTML block to the next.
fn without_comments(html: &str, in_comment: &mut bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    loop {
        if *in_comment {
            match rest.find("-->") {
                Some(end) => {
                    rest = &rest[end + 3..];
                    *in_comment = false;
                }
                None => return out,
            }
        }
        match rest.find("<!--") {
            Some(start) => {
                out.push_str(&rest[..start]);
                rest = &rest[start + 4..];
                *in_comment = true;
            }
            None => {
                out.push_str(rest);
                return out;
            }
        }
    }
}

/// Text up to the end of the heading that starts just before `rest`.
fn heading_text(rest: &[Event<'_>]) -> String {
    let mut text = String::new();
    for event in rest {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// Replaces pulldown-cmark's footnote markup (bare numeric ids, no way back) with our own:
/// `fn-<label>` and `fnref-<label>` ids, numbered in order of first reference, and a link from
/// each note back to where it was cited.
fn write_footnotes(events: &mut [Event<'_>], words: &Catalog) {
    let mut numbers: HashMap<String, usize> = HashMap::new();
    for event in events.iter() {
        if let Event::FootnoteReference(label) = event {
            let next = numbers.len() + 1;
            numbers.entry(label.to_string()).or_insert(next);
        }
    }
    if numbers.is_empty()
        && !events
            .iter()
            .any(|e| matches!(e, Event::Start(Tag::FootnoteDefinition(_))))
    {
        return;
    }
    let id = |label: &str| {
        let slug = crate::slug::slugify(label);
        if slug.is_empty() {
            format!("{:x}", label.len())
        } else {
            slug
        }
    };
    let mut cited: HashMap<String, usize> = HashMap::new();
    let mut open: Option<String> = None;
    for event in events.iter_mut() {
        let replacement = match event {
            Event::FootnoteReference(label) => {
                let number = numbers.get(label.as_ref()).copied().unwrap_or(0);
                let times = cited.entry(label.to_string()).or_insert(0);
                *times += 1;
                let suffix = if *times > 1 {
                    format!("-{times}")
                } else {
                    String::new()
                };
                let id = id(label);
                format!(
                    "<sup class=\"footnote-ref\" id=\"fnref-{id}{suffix}\"><a href=\"#fn-{id}\" aria-label=\"{}\">{number}</a></sup>",
                    crate::html::escape(&words.with("md-note", &[("n", number.into())]))
                )
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                let number = numbers
                    .get(label.as_ref())
                    .map_or_else(String::new, usize::to_string);
                open = Some(label.to_string());
                format!(
                    "<div class=\"footnote-definition\" id=\"fn-{}\"><p class=\"footnote-definition-label\">{number}</p>",
                    id(label)
                )
            }
            Event::End(TagEnd::FootnoteDefinition) => match open.take() {
                Some(label) if cited.contains_key(&label) => format!(
                    "<p class=\"footnote-back\"><a href=\"#fnref-{}\" aria-label=\"{}\">↩</a></p></div>",
                    id(&label),
                    crate::html::escape(&words.text("md-back"))
                ),
                _ => "</div>".to_string(),
            },
            _ => continue,
        };
        *event = Event::Html(CowStr::Boxed(replacement.into_boxed_str()));
    }
}

/// A link to a file beside the draft: no scheme, not absolute, not a fragment.
fn is_relative_file_link(url: &str) -> bool {
    !(url.is_empty()
        || url.starts_with(['/', '#', '?'])
        || url.starts_with(PIECE_LINK)
        || url.split_once(':').is_some_and(|(scheme, _)| {
            !scheme.is_empty()
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }))
}

/// A writer's own `<del>` and `<ins>` (in raw HTML) as `<s>` and `<u>`, so a change view never
/// mistakes them for its cut and added text.
fn without_change_marks(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for token in html::tokenize(html) {
        let (name, raw, at) = match token {
            Token::Open(name, raw) => (name, raw, 1),
            Token::Close(name, raw) => (name, raw, 2),
            other => {
                out.push_str(other.raw());
                continue;
            }
        };
        let plain = if name.eq_ignore_ascii_case("del") {
            "s"
        } else if name.eq_ignore_ascii_case("ins") {
            "u"
        } else {
            out.push_str(raw);
            continue;
        };
        out.push_str(&raw[..at]);
        out.push_str(plain);
        out.push_str(&raw[at + name.len()..]);
    }
    out
}

/// Puts [`BLOCK_MARK`] after every top-level block.
fn with_block_marks<'a>(events: Vec<Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut depth = 0usize;
    events.into_iter().flat_map(move |event| {
        let ends_block = match &event {
            Event::Start(_) => {
                depth += 1;
                false
            }
            Event::End(_) => {
                depth = depth.saturating_sub(1);
                depth == 0
            }
            Event::Rule => depth == 0,
            _ => false,
        };
        let mark = ends_block.then_some(Event::Html(CowStr::Borrowed(BLOCK_MARK)));
        std::iter::once(event).chain(mark)
    })
}

/// Splits rendered HTML at the block marks that sit at the top level.
fn split_blocks(out: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut offset = 0;
    let mut push = |from: usize, to: usize| {
        let html = out[from..to].trim();
        if !html.is_empty() {
            let tag = match html::tokenize(html).first() {
                Some(Token::Open(name, _) | Token::Void(name, _)) => (*name).to_string(),
                _ => String::new(),
            };
            blocks.push(Block {
                html: html.to_string(),
                text: html::text_of(html),
                tag,
            });
        }
    };
    for token in html::tokenize(out) {
        let len = token.raw().len();
        match token {
            Token::Open(..) => depth += 1,
            Token::Close(..) => depth = depth.saturating_sub(1),
            // A mark inside unclosed raw HTML is not a block boundary; it is removed below.
            Token::Comment(c) if c == BLOCK_MARK && depth == 0 => {
                push(start, offset);
                start = offset + len;
            }
            _ => {}
        }
        offset += len;
    }
    push(start, out.len());
    for block in &mut blocks {
        if block.html.contains(BLOCK_MARK) {
            block.html = block.html.replace(BLOCK_MARK, "");
        }
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(r: &Rendered) -> Vec<&str> {
        r.blocks.iter().map(|b| b.tag.as_str()).collect()
    }

    #[test]
    fn splits_into_top_level_blocks() {
        let r = render(
            "# Title\n\nOne *two*.\n\n- a\n- b\n\n> quote\n\n---\n\n| x |\n|---|\n| y |\n",
            RawHtml::Sanitize,
        );
        assert_eq!(tags(&r), ["h1", "p", "ul", "blockquote", "hr", "table"]);
        assert_eq!(r.blocks[1].html, "<p>One <em>two</em>.</p>");
        assert_eq!(r.blocks[0].html, "<h1 id=\"title\">Title</h1>");
        assert_eq!(r.words, 1 + 2 + 2 + 1 + 2);
    }

    #[test]
    fn a_writers_own_strike_through_and_underline_are_never_change_marks() {
        let md = "It was ~~very~~ nice.\n\nRaw <del>old</del> and <INS title=\"x\">new</INS>.\n";
        let sanitized = render(md, RawHtml::Sanitize);
        assert_eq!(sanitized.blocks[0].html, "<p>It was <s>very</s> nice.</p>");
        assert_eq!(
            sanitized.blocks[1].html,
            "<p>Raw <s>old</s> and <u title=\"x\">new</u>.</p>"
        );
        let allowed = render(md, RawHtml::Allow);
        assert_eq!(
            allowed.blocks[1].html,
            "<p>Raw <s>old</s> and <u title=\"x\">new</u>.</p>"
        );
    }

    #[test]
    fn html_comments_are_not_published_even_unclosed() {
        for raw_html in [RawHtml::Sanitize, RawHtml::Allow] {
            let r = render(
                "Before <!-- a note --> after.\n\n<!-- a private\nnote -->\n\nKept.\n\n<!-- never closed\n",
                raw_html,
            );
            assert_eq!(
                r.html, "<p>Before  after.</p>\n<p>Kept.</p>",
                "{raw_html:?}"
            );
        }
        let mut open = false;
        assert_eq!(without_comments("a <!-- b", &mut open), "a ");
        assert!(open);
        assert_eq!(without_comments("c --> d <!-- e --> f", &mut open), " d  f");
        assert!(!open);
    }

    #[test]
    fn rewrapped_paragraph_renders_the_same_text() {
        let a = render("One two\nthree four.\n", RawHtml::Sanitize);
        let b = render("One two three\nfour.\n", RawHtml::Sanitize);
        assert_eq!(
            html::text_of(&a.html)
                .split_whitespace()
                .collect::<Vec<_>>(),
            html::text_of(&b.html)
                .split_whitespace()
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn table_columns_align_to_where_the_writing_starts_and_ends() {
        let md = "| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n";
        for raw_html in [RawHtml::Sanitize, RawHtml::Allow] {
            let html = render(&format!("{md}\n<b>raw</b>\n"), raw_html).html;
            assert!(
                html.contains("<th style=\"text-align: start\">a</th>"),
                "{html}"
            );
            assert!(
                html.contains("<th style=\"text-align: center\">b</th>"),
                "{html}"
            );
            assert!(
                html.contains("<td style=\"text-align: end\">3</td>"),
                "{html}"
            );
        }
    }

    #[test]
    fn sanitizes_scripts_but_keeps_safe_markup() {
        let r = render(
            "Hi <b onclick=\"x()\">there</b><script>alert(1)</script>\n\n## Next\n",
            RawHtml::Sanitize,
        );
        assert!(!r.html.contains("script"), "{}", r.html);
        assert!(!r.html.contains("onclick"), "{}", r.html);
        assert!(r.html.contains("<b>there</b>"), "{}", r.html);
        assert!(r.html.contains("id=\"next\""), "{}", r.html);
        assert_eq!(tags(&r), ["p", "h2"]);
    }

    #[test]
    fn script_urls_in_markdown_links_are_neutralised() {
        let urls = |html: &str| -> Vec<String> {
            html.split(['"'])
                .zip(html.split('"').skip(1))
                .filter(|(before, _)| before.ends_with("href=") || before.ends_with("src="))
                .map(|(_, url)| url.to_lowercase())
                .collect()
        };
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "java\tscript:alert(1)",
            "vbscript:x",
            "data:text/html;base64,PHNjcmlwdD4=",
            "data:image/svg+xml;base64,PHN2Zz4=",
        ] {
            let r = render(
                &format!("[click](<{url}>) ![img](<{url}>)"),
                RawHtml::Sanitize,
            );
            let found = urls(&r.html);
            assert_eq!(found, ["#", "#"], "{url}: {}", r.html);
        }
        let ok = render(
            "![dot](data:image/png;base64,iVBORw0KGgo=) [site](https://e.org)",
            RawHtml::Sanitize,
        );
        assert_eq!(
            urls(&ok.html),
            ["data:image/png;base64,ivborw0kggo=", "https://e.org"],
            "{}",
            ok.html
        );
    }

    #[test]
    fn escape_mode_shows_tags_as_text() {
        let r = render("Hi <b>there</b>\n", RawHtml::Escape);
        assert!(r.html.contains("&lt;b&gt;there&lt;/b&gt;"), "{}", r.html);
    }

    #[test]
    fn unclosed_raw_html_keeps_blocks_balanced() {
        let r = render("<div>\n\nInside\n\nStill inside\n", RawHtml::Allow);
        for b in &r.blocks {
            let opens = html::tokenize(&b.html)
                .iter()
                .filter(|t| matches!(t, Token::Open(..)))
                .count();
            let closes = html::tokenize(&b.html)
                .iter()
                .filter(|t| matches!(t, Token::Close(..)))
                .count();
            assert!(opens >= closes, "{}", b.html);
        }
    }

    #[test]
    fn relative_links_point_at_the_piece_folder() {
        let r = render(
            "![me](photo.jpg) [site](https://e.org) [top](#x) [mail](mailto:a@b.c)",
            RawHtml::Sanitize,
        );
        assert!(r.html.contains("src=\"./@piece/photo.jpg\""), "{}", r.html);
        assert!(r.html.contains("href=\"https://e.org\""));
        assert!(r.html.contains("href=\"#x\""));
        assert!(r.html.contains("href=\"mailto:a@b.c\""));
    }

    #[test]
    fn footnotes_have_prefixed_ids_and_a_way_back() {
        let r = render(
            "Text.[^a] More.[^a]\n\n[^a]: The note.\n",
            RawHtml::Sanitize,
        );
        assert!(
            r.html.contains("id=\"fnref-a\"") && r.html.contains("id=\"fnref-a-2\""),
            "{}",
            r.html
        );
        assert!(
            r.html
                .contains("<div class=\"footnote-definition\" id=\"fn-a\">"),
            "{}",
            r.html
        );
        assert!(r.html.contains("href=\"#fnref-a\""), "{}", r.html);
        assert_eq!(r.blocks.last().map(|b| b.tag.as_str()), Some("div"));
        let sanitized = render("Text.[^1] <b>raw</b>\n\n[^1]: Note.\n", RawHtml::Sanitize);
        assert!(sanitized.html.contains("id=\"fn-1\""), "{}", sanitized.html);
    }

    #[test]
    fn heading_attributes_keep_an_id_and_classes_only_in_every_mode() {
        for raw_html in [RawHtml::Sanitize, RawHtml::Allow, RawHtml::Escape] {
            let r = render(
                "## A {#top .note onclick=x}\n\n## B {#top}\n\n## C {.a\"b}\n",
                raw_html,
            );
            let headings: Vec<&str> = r.blocks.iter().map(|b| b.html.as_str()).collect();
            assert_eq!(
                headings,
                [
                    "<h2 id=\"top\" class=\"note\">A</h2>",
                    "<h2 id=\"top-2\">B</h2>",
                    "<h2 id=\"c\">C</h2>"
                ],
                "{raw_html:?}"
            );
            let removed: Vec<(usize, &str)> = r
                .removed
                .iter()
                .map(|r| (r.line, r.what.as_str()))
                .collect();
            assert_eq!(
                removed,
                [(1, "`onclick=x`"), (5, "the class `.a\"b`")],
                "{raw_html:?}"
            );
        }
    }

    #[test]
    fn duplicate_headings_get_distinct_ids() {
        let r = render("## A\n\n## A\n", RawHtml::Sanitize);
        assert!(
            r.blocks[1].html.contains("id=\"a-2\""),
            "{}",
            r.blocks[1].html
        );
    }
}
