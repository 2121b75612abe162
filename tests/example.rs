//! The example portfolio builds into a complete site: every page exists, every link resolves,
//! and every change view honours the round trip of the diff contract.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use common::*;
use redraft::diff::{Side, read_side};
use redraft::html::text_of;

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Builds the example into a temporary output folder (the checkout stays clean).
fn build_example() -> tempfile::TempDir {
    let out = tempfile::tempdir().expect("temp dir");
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-portfolio");
    let o = redraft(&[
        "build",
        &example.to_string_lossy(),
        "-o",
        &out.path().join("site").to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("Built 5 pieces, 15 drafts"),
        "{}",
        stdout(&o)
    );
    out
}

#[test]
fn every_piece_and_draft_has_its_pages() {
    let out = build_example();
    let site = out.path().join("site");
    let all: BTreeSet<String> = files(&site).into_iter().collect();
    let pieces = [
        ("ms-okafor/the-bridge-i-almost-didnt-cross", 4),
        ("students/priya-nair/cafeteria-compost", 3),
        ("students/dev-castillo/quarters", 3),
        ("students/hana-sato/yeast-balloons", 3),
        // Written in Spanish on an English site.
        ("students/hana-sato/mi-calle", 2),
    ];
    for (piece, drafts) in pieces {
        assert!(all.contains(&format!("{piece}/index.html")), "{piece}");
        assert!(
            all.contains(&format!("{piece}/compare/index.html")),
            "{piece}"
        );
        for n in 1..=drafts {
            assert!(
                all.contains(&format!("{piece}/draft-{n}/index.html")),
                "{piece} draft {n}"
            );
            assert_eq!(
                all.contains(&format!("{piece}/draft-{n}/changes/index.html")),
                n > 1,
                "{piece} draft {n} changes"
            );
        }
    }
    for f in [
        "index.html",
        "404.html",
        "assets/redraft.css",
        "robots.txt",
        ".redraft-site",
    ] {
        assert!(all.contains(f), "{f}");
    }
    let home = std::fs::read_to_string(site.join("index.html")).unwrap();
    // The teacher's own piece is listed first.
    let teacher = home.find("The Bridge I Almost Didn").unwrap();
    for student in ["Forty-One Pounds", "Quarters", "The Balloon That Didn"] {
        assert!(
            teacher
                < home
                    .find(student)
                    .unwrap_or_else(|| panic!("{student} missing")),
            "{student}"
        );
    }
}

#[test]
fn every_internal_link_resolves_and_none_is_absolute() {
    let out = build_example();
    let site = out.path().join("site");
    let mut checked = 0;
    for page in files(&site)
        .iter()
        .filter(|f| f.ends_with(".html") && *f != "404.html")
    {
        let html = std::fs::read_to_string(site.join(page)).unwrap();
        let dir = site.join(page).parent().unwrap().to_path_buf();
        for link in links(&html) {
            assert!(!link.starts_with('/'), "{page}: {link} is absolute");
            if link.contains("://") || link.starts_with("mailto:") {
                continue;
            }
            let (path, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let target = if path.is_empty() {
                site.join(page)
            } else {
                dir.join(path)
            };
            assert!(target.is_file(), "{page}: {link} does not resolve");
            assert!(
                target
                    .canonicalize()
                    .unwrap()
                    .starts_with(site.canonicalize().unwrap()),
                "{page}: {link} leaves the site"
            );
            if !fragment.is_empty() {
                let target_html = std::fs::read_to_string(&target).unwrap();
                assert!(
                    target_html.contains(&format!("id=\"{fragment}\"")),
                    "{page}: #{fragment} not in {link}"
                );
            }
            checked += 1;
        }
    }
    assert!(checked > 200, "only {checked} links checked");
}

#[test]
fn every_change_view_round_trips_to_both_drafts() {
    let out = build_example();
    let site = out.path().join("site");
    let mut views = 0;
    for page in files(&site)
        .iter()
        .filter(|f| f.ends_with("changes/index.html") || f.ends_with("compare/index.html"))
    {
        let html = std::fs::read_to_string(site.join(page)).unwrap();
        let attr = |name: &str| -> String {
            let at = html.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
            html[at..].split('"').next().unwrap().to_string()
        };
        let (from, to) = (attr("data-diff-from"), attr("data-diff-to"));
        let view = element_with(&html, "data-diff-from=");
        let piece = page
            .rsplit_once("/draft-")
            .map_or_else(|| page.trim_end_matches("/compare/index.html"), |(p, _)| p);
        let draft_text = |n: &str| {
            let draft_page =
                std::fs::read_to_string(site.join(format!("{piece}/draft-{n}/index.html")))
                    .unwrap();
            collapse(&text_of(&without_notes(element_with(
                &draft_page,
                &format!("data-draft=\"{n}\""),
            ))))
        };
        assert_eq!(
            read_side(view, Side::Old),
            draft_text(&from),
            "{page}: old side"
        );
        assert_eq!(
            read_side(view, Side::New),
            draft_text(&to),
            "{page}: new side"
        );
        assert!(
            view.contains("<ins") || view.contains("data-side=\"new\""),
            "{page}: no additions marked"
        );
        views += 1;
    }
    assert_eq!(
        views,
        15 - 5 + 5,
        "one change page per later draft plus one compare page per piece"
    );
}

#[test]
fn change_pages_follow_the_markup_contract() {
    let out = build_example();
    let html = std::fs::read_to_string(
        out.path()
            .join("site/ms-okafor/the-bridge-i-almost-didnt-cross/draft-3/changes/index.html"),
    )
    .unwrap();
    let view = element_with(&html, "data-diff-from=\"2\" data-diff-to=\"3\"");
    assert!(
        view.contains("data-diff-label"),
        "labels for screen readers"
    );
    // ins/del never wrap a block element.
    for tag in ["ins", "del"] {
        for chunk in view.split(&format!("<{tag}")).skip(1) {
            let inner = &chunk[..chunk.find(&format!("</{tag}>")).unwrap()];
            for block in ["<p", "<li", "<div", "<h2", "<ul", "<blockquote"] {
                assert!(!inner.contains(block), "<{tag}> wraps {block}: {inner}");
            }
        }
    }
}

#[test]
fn no_page_repeats_an_id() {
    let out = build_example();
    let site = out.path().join("site");
    for page in files(&site).iter().filter(|f| f.ends_with(".html")) {
        let html = std::fs::read_to_string(site.join(page)).unwrap();
        let mut seen = BTreeSet::new();
        for chunk in html.split(" id=\"").skip(1) {
            let id = chunk.split('"').next().unwrap();
            assert!(
                seen.insert(id.to_string()),
                "{page}: id {id:?} appears twice"
            );
        }
    }
}
