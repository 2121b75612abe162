//! One page made by each template, pinned with insta, so a reviewer sees exactly what a change
//! to a template, a page's values or the theme's components does to the HTML.
//!
//! The portfolio is small and written here: one piece in two drafts with everything a page can
//! show (a writer, an assignment, tags, a stage, dates, feedback quoting its passage, a
//! reflection, a showcase draft). After an intended change, review the new snapshots with
//! `cargo insta review` (or run with `INSTA_UPDATE=always` and read the diff in git).

mod common;

use common::*;

fn portfolio() -> Portfolio {
    Portfolio::new(
        "title: Room 5, drafts and all\nauthor: Ms. Ada Reyes\nlanguage: en\n",
        &[
            (
                "pieces/the-kite/01-first.md",
                "---\ntitle: The Kite\ndraft: 1\nlabel: First try\nstage: first-draft\ndate: 2026-03-02\nauthor: Lena Ortiz\nassignment: Personal narrative\ntags: [wind, memory]\nfeedback:\n  - from: Ms. Ada Reyes\n    role: teacher\n    date: 2026-03-03\n    text: Show us the wind instead of naming it.\n    quote: It was very windy.\n---\n# The Kite\n\nIt was very windy. My kite went up and then it came down.\n\nI was sad.\n",
            ),
            (
                "pieces/the-kite/02-after-feedback.md",
                "---\ntitle: The Kite\ndraft: 2\nlabel: After feedback\nstage: revision\ndate: 2026-03-06\nauthor: Lena Ortiz\nassignment: Personal narrative\ntags: [wind, memory]\nshowcase: true\nchanges: Showed the wind, cut the sad line.\nreflection: |\n  I let the *grass* show the wind.\ntried: Ending on an image.\n---\n# The Kite\n\nThe grass lay down flat. My kite went up, *snapped*, and then it came down.\n\nI wound the string back slowly.\n",
            ),
        ],
    )
}

macro_rules! page {
    ($name:ident, $path:expr) => {
        #[test]
        fn $name() {
            let p = portfolio();
            let o = p.build();
            assert!(o.status.success(), "{}", stderr(&o));
            insta::assert_snapshot!(stringify!($name), p.page($path));
        }
    };
}

page!(home, "index.html");
page!(piece_journey, "the-kite/index.html");
page!(packet, "the-kite/packet/index.html");
page!(draft, "the-kite/draft-1/index.html");
page!(changes, "the-kite/draft-2/changes/index.html");
page!(compare, "the-kite/compare/index.html");
page!(groups, "writers/index.html");
page!(group, "tags/wind/index.html");
page!(showcase, "showcase/index.html");
page!(search, "search/index.html");
page!(not_found, "404.html");
