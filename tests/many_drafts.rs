//! A piece of many drafts: each draft page lists a window of the drafts rather than all of
//! them, so the site grows in step with the drafts instead of with their square.

mod common;

use common::*;
use redraft::site::replay::{REPLAY_ALL_LIMIT, REPLAY_WINDOW};

/// A portfolio with one piece, `essay`, of `drafts` short drafts.
fn essay(drafts: u32) -> Portfolio {
    let files: Vec<(String, String)> = (1..=drafts)
        .map(|n| {
            (
                format!("pieces/essay/{n:03}.md"),
                format!("---\ntitle: Essay\n---\nThe essay as it stood at draft {n}.\n"),
            )
        })
        .collect();
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(path, text)| (path.as_str(), text.as_str()))
        .collect();
    let p = Portfolio::new("title: Many drafts\n", &files);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    p
}

/// The draft pages a draft page's replay stepper links to, by number, in order.
fn replay_steps(page: &str) -> Vec<u32> {
    links(element_with(page, "data-replay"))
        .iter()
        .filter_map(|l| l.strip_suffix("/index.html")?.rsplit_once("/draft-"))
        .filter_map(|(_, n)| n.parse().ok())
        .collect()
}

#[test]
fn a_middle_draft_of_many_lists_the_first_its_neighbours_and_the_latest() {
    assert_eq!(REPLAY_WINDOW, 3, "the expected steps below assume it");
    let p = essay(60);
    let page = p.page("essay/draft-30/index.html");
    let replay = element_with(&page, "data-replay");
    assert_eq!(replay_steps(&page), [1, 27, 28, 29, 30, 31, 32, 33, 60]);
    assert!(
        replay.contains("href=\"../../essay/draft-30/index.html\" aria-current=\"page\""),
        "{replay}"
    );
    // The gaps are visible and say which drafts they leave out.
    let gaps: Vec<&str> = replay.matches("<li class=\"replay__gap\">").collect();
    assert_eq!(gaps.len(), 2, "{replay}");
    assert!(replay.contains("<span aria-hidden=\"true\">…</span>"));
    assert!(
        replay.contains("Drafts 2 to 26 are not listed here."),
        "{replay}"
    );
    assert!(
        replay.contains("Drafts 34 to 59 are not listed here."),
        "{replay}"
    );
    // In order: draft 1, a gap, the window, a gap, the latest.
    let at = |text: &str| replay.find(text).unwrap_or_else(|| panic!("{text}"));
    assert!(at("draft-1/") < at("Drafts 2 to 26") && at("Drafts 2 to 26") < at("draft-27/"));
    assert!(at("draft-33/") < at("Drafts 34 to 59") && at("Drafts 34 to 59") < at("draft-60/"));
    // The journey page, which lists every draft, is a link away.
    assert!(replay.contains(
        "<a href=\"../../essay/index.html#journey-title\">See all 60 drafts on the journey page</a>"
    ));
    let journey = p.page("essay/index.html");
    assert!(journey.contains("id=\"journey-title\""));
    for n in 1..=60 {
        assert!(
            journey.contains(&format!("href=\"../essay/draft-{n}/index.html\"")),
            "the journey page lists draft {n}"
        );
    }
    // Far-away drafts appear nowhere on the page, not only not in the stepper.
    for far in [2, 10, 26, 34, 45, 59] {
        assert!(
            !page.contains(&format!("/draft-{far}/")),
            "draft 30's page links draft {far}"
        );
    }
}

#[test]
fn the_first_and_latest_drafts_of_many_list_a_window_from_their_end() {
    let p = essay(60);
    assert_eq!(
        replay_steps(&p.page("essay/draft-1/index.html")),
        [1, 2, 3, 4, 60]
    );
    assert_eq!(
        replay_steps(&p.page("essay/draft-60/index.html")),
        [1, 57, 58, 59, 60]
    );
    // Draft 2 alone between draft 1 and the window would be a gap of one: it is listed.
    assert_eq!(
        replay_steps(&p.page("essay/draft-6/index.html")),
        [1, 2, 3, 4, 5, 6, 7, 8, 9, 60]
    );
}

#[test]
fn a_draft_page_is_no_longer_for_a_piece_of_more_drafts() {
    // Same text, same place in the piece, ten times the drafts: the same stepper.
    let stepper = |drafts: u32| {
        let p = essay(drafts);
        let page = p.page("essay/draft-30/index.html");
        element_with(&page, "data-replay")
            .replace(&format!("draft-{drafts}/"), "draft-LATEST/")
            .replace(&format!(">Draft {drafts}<"), ">Draft LATEST<")
            .replace(&format!("See all {drafts} drafts"), "See all drafts")
            .replace(&format!("Drafts 34 to {}", drafts - 1), "Drafts 34 to …")
    };
    assert_eq!(stepper(60), stepper(600));
}

#[test]
fn a_piece_up_to_the_limit_lists_every_draft_on_every_draft_page() {
    let n = REPLAY_ALL_LIMIT as u32;
    let p = essay(n);
    for current in [1, n / 2, n] {
        let page = p.page(&format!("essay/draft-{current}/index.html"));
        let replay = element_with(&page, "data-replay");
        assert_eq!(replay_steps(&page), (1..=n).collect::<Vec<_>>());
        assert!(replay.contains(&format!(
            "href=\"../../essay/draft-{current}/index.html\" aria-current=\"page\""
        )));
        assert!(!replay.contains("replay__gap"), "{replay}");
        assert!(!replay.contains("journey page"), "{replay}");
        assert!(page.contains("<nav class=\"replay\" id=\"replay\""));
    }
}

#[test]
fn every_change_page_of_many_drafts_compares_a_draft_with_the_one_before() {
    // Past 64 drafts the comparisons are made a run of drafts at a time: each step across the
    // runs' edges still compares its two drafts, and the first is compared with the latest.
    let p = essay(150);
    let view = |page: &str| element_with(page, "class=\"change-view\"").to_string();
    for n in 2..=150 {
        let page = p.page(&format!("essay/draft-{n}/changes/index.html"));
        assert!(
            page.contains(&format!(
                "<div class=\"change-view\" data-diff-from=\"{}\" data-diff-to=\"{n}\">",
                n - 1
            )),
            "draft {n}"
        );
        let view = view(&page);
        assert!(
            view.contains(&format!("cut: </span>{}</del>", n - 1))
                && view.contains(&format!("added: </span>{n}</ins>")),
            "draft {n}: {view}"
        );
    }
    let compare = view(&p.page("essay/compare/index.html"));
    assert!(
        compare.contains("cut: </span>1</del>") && compare.contains("added: </span>150</ins>"),
        "{compare}"
    );
}

#[test]
fn a_draft_template_written_before_the_window_still_builds_and_shows_the_gaps() {
    // An override that calls the replay component as the theme did before it took `list` and
    // `piece`: the window and its gaps are shown, without the link to the journey.
    let p = essay(30);
    p.write(
        "templates/draft.html",
        "{% extends \"base.html\" %}{% block main %}\
         {{ <replay drafts={drafts} position={position} root={root} /> }}\
         {% endblock main %}",
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let page = p.page("essay/draft-15/index.html");
    assert_eq!(replay_steps(&page), [1, 12, 13, 14, 15, 16, 17, 18, 30]);
    assert!(page.contains("Drafts 2 to 11 are not listed here."));
}
