//! Raw HTML elements a writer opened and never closed.
//!
//! An element left open carries over everything after it: an `<em>` whose end tag was typed
//! `< /em>` makes the rest of the draft italic, and an `<aside>` without `</aside>` puts the
//! rest of the draft in the aside, so the page and the change view see one block where the
//! writer wrote dozens. Browsers and the sanitizer's HTML parser both do this, so the damage
//! is kept where the writer made it: an element that has no end tag anywhere after it in the
//! draft is closed at the end of the block it was opened in (its HTML block, or the paragraph,
//! heading, list item... the inline tag stands in), and the writer is told where.
//!
//! Elements opened in one HTML block and closed in a later one (`<details>`, Markdown, then
//! `</details>`) are left alone, as are the elements HTML lets close themselves (`<p>`, `<li>`,
//! table cells...). This runs whatever `raw_html` says: it adds end tags and takes nothing out.

use pulldown_cmark::{CowStr, Event, Tag};

use super::safety::{Found, Rule};
use crate::html::{self, Token};

/// Elements whose end tag HTML lets a writer leave out: the next block closes them.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
    "colgroup", "caption", "rt", "rp", "html", "head", "body",
];

/// One piece of raw HTML: an HTML block (its lines joined) or one inline tag.
struct Fragment {
    /// The index of the `Start` event of the block it stands in, if any.
    container: Option<usize>,
    /// Whether it is an HTML block (else an inline tag).
    block: bool,
    /// Its text, and for each of its events where in the draft it starts and how long it is.
    text: String,
    parts: Vec<(usize, usize)>,
}

impl Fragment {
    /// Where byte `at` of the fragment's text is in the draft.
    fn offset(&self, at: usize) -> usize {
        let mut before = 0;
        for &(offset, len) in &self.parts {
            if at < before + len {
                return offset + (at - before);
            }
            before += len;
        }
        self.parts.last().map_or(0, |&(offset, _)| offset)
    }
}

/// `events` with an end tag added for each raw HTML element that is never closed, just
/// before the end of the block it was opened in; each is reported to `found`. `offsets` has
/// where each event starts in the draft.
pub(super) fn close_unclosed<'a>(
    events: Vec<Event<'a>>,
    offsets: &[usize],
    found: &mut Vec<Found>,
) -> Vec<Event<'a>> {
    if !events
        .iter()
        .any(|e| matches!(e, Event::Html(_) | Event::InlineHtml(_)))
    {
        return events;
    }
    let (fragments, end_of) = fragments(&events, offsets);

    // Match end tags to start tags, name by name, in the order they were written.
    let mut open: Vec<(String, usize, usize)> = Vec::new();
    for (index, fragment) in fragments.iter().enumerate() {
        for token in html::tokenize(&fragment.text) {
            let at = token.raw().as_ptr() as usize - fragment.text.as_ptr() as usize;
            match token {
                Token::Open(name, _) => {
                    let name = name.to_ascii_lowercase();
                    // `<!DOCTYPE html>` is no element, and has nothing to close.
                    let declaration = name.starts_with(['!', '?']);
                    if !name.is_empty() && !declaration && !OPTIONAL_END.contains(&name.as_str()) {
                        open.push((name, index, at));
                    }
                }
                Token::Close(name, _) => {
                    if let Some(i) = open
                        .iter()
                        .rposition(|(n, ..)| n.eq_ignore_ascii_case(name))
                    {
                        open.remove(i);
                    }
                }
                _ => {}
            }
        }
    }
    if open.is_empty() {
        return events;
    }

    // Each unclosed element's end tag goes before its block's end, the latest opened first.
    let mut closes: Vec<(usize, Event<'a>)> = Vec::new();
    for (name, index, at) in open.into_iter().rev() {
        let fragment = &fragments[index];
        let before = fragment
            .container
            .and_then(|start| end_of.get(start).copied().flatten())
            .unwrap_or(events.len());
        let tag = CowStr::Boxed(format!("</{name}>").into_boxed_str());
        closes.push((
            before,
            if fragment.block {
                Event::Html(tag)
            } else {
                Event::InlineHtml(tag)
            },
        ));
        found.push(Found {
            offset: fragment.offset(at),
            what: format!("`<{name}>`"),
            rule: Rule::Unclosed,
        });
    }
    // Stable: for one block, the order above (latest opened first) is kept.
    closes.sort_by_key(|(before, _)| *before);
    let mut out = Vec::with_capacity(events.len() + closes.len());
    let mut closes = closes.into_iter().peekable();
    for (i, event) in events.into_iter().enumerate() {
        while let Some((_, close)) = closes.next_if(|(before, _)| *before == i) {
            out.push(close);
        }
        out.push(event);
    }
    out.extend(closes.map(|(_, close)| close));
    out
}

/// The raw HTML of a draft's events, and for each `Start` event the index of its `End`.
fn fragments(events: &[Event<'_>], offsets: &[usize]) -> (Vec<Fragment>, Vec<Option<usize>>) {
    let mut end_of = vec![None; events.len()];
    let mut stack: Vec<usize> = Vec::new();
    let mut fragments: Vec<Fragment> = Vec::new();
    for (i, event) in events.iter().enumerate() {
        let offset = offsets.get(i).copied().unwrap_or_default();
        match event {
            Event::Start(tag) => {
                stack.push(i);
                if matches!(tag, Tag::HtmlBlock) {
                    fragments.push(Fragment {
                        container: Some(i),
                        block: true,
                        text: String::new(),
                        parts: Vec::new(),
                    });
                }
            }
            Event::End(_) => {
                if let Some(start) = stack.pop() {
                    end_of[start] = Some(i);
                }
            }
            Event::Html(h) => match fragments.last_mut() {
                Some(f) if f.block && f.container == stack.last().copied() => {
                    f.text.push_str(h);
                    f.parts.push((offset, h.len()));
                }
                _ => fragments.push(Fragment {
                    container: stack.last().copied(),
                    block: true,
                    text: h.to_string(),
                    parts: vec![(offset, h.len())],
                }),
            },
            Event::InlineHtml(h) => fragments.push(Fragment {
                container: stack.last().copied(),
                block: false,
                text: h.to_string(),
                parts: vec![(offset, h.len())],
            }),
            _ => {}
        }
    }
    (fragments, end_of)
}

#[cfg(test)]
mod tests {
    use crate::markdown::render;
    use crate::settings::RawHtml;

    /// What was reported about `rendered`: (line, what).
    fn reported(rendered: &crate::markdown::Rendered) -> Vec<(usize, &str)> {
        rendered
            .removed
            .iter()
            .map(|r| (r.line, r.what.as_str()))
            .collect()
    }

    #[test]
    fn an_unclosed_em_stays_in_its_paragraph() {
        let rendered = render(
            "You <em>really < /em> learn.\n\nNext paragraph.\n\n## A heading\n",
            RawHtml::Sanitize,
        );
        assert_eq!(rendered.blocks.len(), 3, "{:#?}", rendered.blocks);
        assert!(
            rendered.blocks[1].html.starts_with("<p>Next"),
            "{}",
            rendered.html
        );
        assert!(
            !rendered.blocks[1].html.contains("<em>"),
            "{}",
            rendered.html
        );
        assert_eq!(reported(&rendered), [(1, "`<em>`")]);
    }

    #[test]
    fn a_doctype_is_nothing_to_close() {
        let rendered = render(
            "The page it makes:\n<!DOCTYPE html>\n<title>A page</title>\n",
            RawHtml::Allow,
        );
        assert_eq!(reported(&rendered), []);
        assert!(!rendered.html.contains("</!doctype>"), "{}", rendered.html);
    }

    #[test]
    fn an_unclosed_aside_ends_with_its_html_block() {
        let markdown = "<aside class=\"pquote\">\n  A quote.\n\n## Next\n\nText.\n";
        let rendered = render(markdown, RawHtml::Allow);
        assert_eq!(rendered.blocks.len(), 3, "{:#?}", rendered.blocks);
        assert!(
            rendered.blocks[0].html.contains("</aside>"),
            "{}",
            rendered.html
        );
        assert_eq!(reported(&rendered), [(1, "`<aside>`")]);
    }

    #[test]
    fn elements_closed_in_a_later_block_are_left_alone() {
        let markdown = "<details>\n<summary>More</summary>\n\nHidden *text*.\n\n</details>\n";
        let rendered = render(markdown, RawHtml::Sanitize);
        assert_eq!(reported(&rendered), []);
        assert_eq!(rendered.html.matches("</details>").count(), 1);
        let bold = render("a <b>bold</b> word", RawHtml::Sanitize);
        assert!(bold.html.contains("<b>bold</b>") && bold.removed.is_empty());
    }

    #[test]
    fn elements_that_close_themselves_are_no_warning() {
        let rendered = render(
            "<p class=\"x\">One\n\n<ul><li>a<li>b</ul>\n",
            RawHtml::Sanitize,
        );
        assert!(rendered.removed.is_empty(), "{:?}", rendered.removed);
    }

    #[test]
    fn the_line_is_the_line_of_the_start_tag() {
        let rendered = render(
            "Text.\n\n<div>\nOne\n<span>two\n</div>\n",
            RawHtml::Sanitize,
        );
        assert_eq!(reported(&rendered), [(5, "`<span>`")]);
    }
}
