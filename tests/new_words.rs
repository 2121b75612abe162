//! "New words tried" on a portfolio made here: everyday words, numbers and names are not words
//! tried, and a writer's page lists the words each piece tried first across all their pieces.

mod common;

use common::*;

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

/// One writer, two pieces of two drafts each. The folder order is the reverse of the date
/// order, so the writer's page must sort them by date itself.
fn portfolio() -> Portfolio {
    Portfolio::new(
        "title: Harbour Class\nlanguage: en\n",
        &[
            ("pieces/rosa/_defaults.yaml", "author: Rosa Lindqvist\n"),
            (
                "pieces/rosa/a-lighthouse/01-draft.md",
                &draft(
                    "title: The Lighthouse\ndate: 2026-10-02\n",
                    "The lighthouse keeper kept the lamp clean. The lamp was luminous at night.",
                ),
            ),
            (
                "pieces/rosa/a-lighthouse/02-draft.md",
                &draft(
                    "title: The Lighthouse\ndate: 2026-10-09\n",
                    "The lighthouse keeper polished the lamp until it was luminous. Her errand \
                     felt quixotic, and the beam swept the shoals all night.",
                ),
            ),
            (
                "pieces/rosa/b-harbour/01-draft.md",
                &draft(
                    "title: Harbour Morning\ndate: 2026-09-01\n",
                    "The harbour was quiet and grey in the morning.",
                ),
            ),
            (
                "pieces/rosa/b-harbour/02-draft.md",
                &draft(
                    "title: Harbour Morning\ndate: 2026-09-05\n",
                    "The harbour was quiet and grey. A poster from the American Academy of \
                     Pediatrics says eight hours of sleep matter, but the gulls wheeled and \
                     lingered over the luminous water.",
                ),
            ),
        ],
    )
}

/// The text of the part of `html` from `start` to the next `end`, tags removed.
fn text_between(html: &str, start: &str, end: &str) -> String {
    let from = html
        .find(start)
        .unwrap_or_else(|| panic!("no {start} in {html}"));
    let rest = &html[from..];
    let to = rest.find(end).map_or(rest.len(), |e| e + end.len());
    let mut text = String::new();
    let mut in_tag = false;
    for c in rest[..to].chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_drafts_new_words_leave_out_everyday_words_numbers_and_names() {
    let p = portfolio();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let page = p.page("rosa/b-harbour/draft-2/index.html");
    let new = text_between(&page, "class=\"new-words\"", "</p>");
    assert!(new.contains("gulls"), "{new}");
    assert!(new.contains("lingered"), "{new}");
    for not_new in [
        "american",
        "academy",
        "pediatrics",
        "Pediatrics",
        "says",
        "eight",
        "poster",
    ] {
        assert!(
            !new.split([' ', ',', ':', '.']).any(|w| w == not_new),
            "{not_new} in {new}"
        );
    }
    // The name is still written as the writer wrote it in the draft itself.
    assert!(page.contains("American Academy of Pediatrics"));
}

#[test]
fn the_writers_page_lists_the_words_each_piece_tried_first_in_date_order() {
    let p = portfolio();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let page = p.page("writers/rosa-lindqvist/index.html");
    let section = text_between(&page, "class=\"writer-words\"", "</section>");
    assert!(section.contains("New words over time"), "{section}");
    let harbour = section
        .find("Harbour Morning")
        .unwrap_or_else(|| panic!("{section}"));
    let lighthouse = section
        .find("The Lighthouse")
        .unwrap_or_else(|| panic!("{section}"));
    assert!(harbour < lighthouse, "date order: {section}");
    let (harbour, lighthouse) = (&section[harbour..lighthouse], &section[lighthouse..]);
    for word in ["harbour", "gulls", "lingered", "luminous"] {
        assert!(harbour.contains(word), "{word} in {harbour}");
    }
    // New in the later piece, across the portfolio: not "luminous", tried in the harbour piece.
    for word in ["lighthouse", "quixotic", "shoals"] {
        assert!(lighthouse.contains(word), "{word} in {lighthouse}");
    }
    assert!(!lighthouse.contains("luminous"), "{lighthouse}");
    for not_new in ["academy", "pediatrics", "american", "eight"] {
        assert!(
            !section.to_lowercase().contains(not_new),
            "{not_new} in {section}"
        );
    }
}
