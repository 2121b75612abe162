//! Posts brought over from other static site generators: Hugo's and Zola's TOML front matter,
//! their keys and Jekyll's, `draft: true` and `published: false`, and Jekyll's dated file names.

mod common;

use common::*;

#[test]
fn a_hugo_post_in_toml_builds_with_its_keys_accepted_quietly() {
    let p = Portfolio::new(
        "title: A blog\nignore_keys: [showToc, cover]\n",
        &[
            (
                "pieces/sleep/01.md",
                "+++\ntitle = \"Why we sleep\"\ndate = 2026-03-01T09:00:00Z\nauthor = \"Rae Quill\"\ntags = [\"health\", \"school\"]\ncategories = [\"essays\"]\nlayout = \"post\"\nweight = 3\nshowToc = true\n\n[params]\ncover = \"night.jpg\"\n+++\nWe sleep because the body asks.\n",
            ),
            (
                "pieces/sleep/02.md",
                "+++\ntitle = \"Why We Sleep\"\ndate = 2026-03-05\ndraft = true\n+++\nHALF-DONE-DRAFT words.\n",
            ),
            (
                "pieces/sleep/03.md",
                "+++\ntitle = \"Why We Sleep\"\ndate = 2026-03-09\nslug = \"sleep\"\nsummary = \"On rest.\"\n[[feedback]]\nfrom = \"Sam\"\ntext = \"Say why it matters to you.\"\n+++\nWe sleep because the body asks, and because the mind sorts the day.\n",
            ),
        ],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(0), "no warnings for the generators' keys: {e}");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let journey = p.page("sleep/index.html");
    assert!(journey.contains("Why We Sleep") && journey.contains("Rae Quill"));
    assert!(
        !journey.contains("+++") && !journey.contains("layout"),
        "front matter is never text"
    );
    // `draft = true` is Hugo's "not published": no page, no trace, no gap.
    assert!(journey.contains("Draft 2") && !journey.contains("Draft 3"));
    let all: String = files(&p.site())
        .iter()
        .filter(|f| f.ends_with(".html") || f.ends_with(".json") || f.ends_with(".js"))
        .map(|f| std::fs::read_to_string(p.site().join(f)).unwrap_or_default())
        .collect();
    assert!(!all.contains("HALF-DONE-DRAFT"));
    assert!(
        p.page("sleep/draft-2/index.html")
            .contains("the mind sorts the day")
    );
    assert!(p.site().join("tags/health/index.html").exists());
    // A key no generator defines still gets its warning.
    p.write(
        "pieces/sleep/03.md",
        "+++\ntitle = \"Why We Sleep\"\ntitel = \"x\"\n+++\nText.\n",
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("pieces/sleep/03.md:3:") && e.contains("did you mean `title`?"),
        "{e}"
    );
}

#[test]
fn toml_mistakes_point_at_their_line() {
    let p = Portfolio::new(
        "title: T\n",
        &[(
            "pieces/a/01.md",
            "+++\ntitle = \"A\"\nauthor = Sam Rivera\n+++\nText.\n",
        )],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "{e}");
    assert!(e.contains("pieces/a/01.md:3:"), "{e}");
    assert!(e.contains("quotes"), "{e}");
    p.write("pieces/a/01.md", "+++\ntitle: A\n+++\nText.\n");
    let (_, e) = checked(&p);
    assert!(
        e.contains("pieces/a/01.md:2:") && e.contains("`---`"),
        "{e}"
    );
    p.write("pieces/a/01.md", "{\n  \"title\": \"A\"\n}\nText.\n");
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(e.contains("JSON"), "{e}");
}

#[test]
fn jekyll_dates_in_file_names_are_dates_and_published_false_is_private() {
    let p = Portfolio::new(
        "title: T\n",
        &[
            (
                "pieces/lunch/2026-03-01-lunch.md",
                "---\ntitle: Lunch\nlayout: post\npermalink: /lunch/\n---\nLunch is short.\n",
            ),
            (
                "pieces/lunch/2026-03-04-lunch.md",
                "---\ntitle: Lunch\npublished: false\n---\nNOT-YET words.\n",
            ),
            (
                "pieces/lunch/2026-03-10-lunch.md",
                "---\ntitle: Lunch, Longer\nexcerpt: On lunch.\n---\nLunch is far too short.\n",
            ),
        ],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(0), "{e}");
    assert!(p.build().status.success());
    let journey = p.page("lunch/index.html");
    assert!(
        journey.contains("datetime=\"2026-03-01\"") && journey.contains("datetime=\"2026-03-10\"")
    );
    assert!(journey.contains("Draft 2") && !journey.contains("Draft 3"));
    assert!(!journey.contains("NOT-YET"));
    assert!(p.page("lunch/draft-2/index.html").contains("far too short"));
}
