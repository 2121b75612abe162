//! Building small portfolios made in the tests: ordering, the defaults cascade, template
//! overrides, privacy, bad input, and the commands that make new content.

mod common;

use common::*;

const SETTINGS: &str = "title: Test portfolio\n";

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

#[test]
fn drafts_are_ordered_by_draft_number_then_file_name() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            ("pieces/essay/10-late.md", &draft("title: Essay\n", "Ten.")),
            ("pieces/essay/2-second.md", &draft("", "Two.")),
            ("pieces/essay/notes.md", &draft("draft: 1\n", "One.")),
        ],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    for (n, text) in [(1, "One."), (2, "Two."), (10, "Ten.")] {
        assert!(
            p.page(&format!("essay/draft-{n}/index.html"))
                .contains(&format!("<p>{text}</p>")),
            "draft {n}"
        );
    }
    // The change page of draft 10 compares with draft 2, the one before it.
    let changes = p.page("essay/draft-10/changes/index.html");
    assert!(
        changes.contains("data-diff-from=\"2\" data-diff-to=\"10\""),
        "{changes}"
    );
    // The piece takes the latest draft's title.
    assert!(p.page("index.html").contains(">Essay</a>"));
}

#[test]
fn defaults_cascade_nearer_wins_and_front_matter_wins_over_all() {
    let p = Portfolio::new(
        "title: T\nnames: full\n",
        &[
            (
                "pieces/_defaults.yaml",
                "author: Far Away\ncourse: English 9\n",
            ),
            ("pieces/class/_defaults.yaml", "author: Near By\n"),
            ("pieces/class/a/01.md", &draft("title: A\n", "Text a.")),
            (
                "pieces/class/b/01.md",
                &draft("title: B\nauthor: Own Name\n", "Text b."),
            ),
            ("pieces/class/c/piece.yaml", "assignment: Letters\n"),
            ("pieces/class/c/01.md", &draft("title: C\n", "Text c.")),
        ],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let a = p.page("class/a/index.html");
    assert!(
        a.contains("Near By") && a.contains("English 9") && !a.contains("Far Away"),
        "{a}"
    );
    let b = p.page("class/b/index.html");
    assert!(b.contains("Own Name") && !b.contains("Near By"), "{b}");
    assert!(p.page("class/c/index.html").contains("Letters"));
}

#[test]
fn a_template_override_replaces_one_template_only() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            ("pieces/essay/01.md", &draft("title: Essay\n", "First.")),
            ("pieces/essay/02.md", &draft("", "Second.")),
            (
                "templates/404.html",
                "{% extends \"base.html\" %}{% block main %}<p>Custom lost page</p>{% endblock main %}",
            ),
        ],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(p.page("404.html").contains("Custom lost page"));
    assert!(
        p.page("404.html").contains("assets/redraft.css"),
        "still extends the built-in base"
    );
    assert!(
        p.page("essay/index.html").contains("Draft by draft"),
        "other templates stay built in"
    );
}

#[test]
fn bad_front_matter_names_file_line_and_column_and_keeps_the_old_site() {
    let p = Portfolio::new(
        SETTINGS,
        &[("pieces/essay/01.md", &draft("title: Essay\n", "First."))],
    );
    assert!(p.build().status.success());
    let before = p.page("index.html");
    p.write(
        "pieces/essay/02.md",
        "---\ntitle: Essay\ndraft: two\n---\nSecond.\n",
    );
    p.write("pieces/other/01.md", "---\ndate: 2026-02-30\n---\nText.\n");
    let o = p.build();
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("pieces/essay/02.md:3:8: draft must be a whole number, found \"two\""),
        "{err}"
    );
    assert!(
        err.contains("pieces/other/01.md:2:7: date must be a real date"),
        "both problems in one run: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        p.page("index.html"),
        before,
        "the previous site is untouched"
    );
}

#[test]
fn common_mistakes_get_clear_errors() {
    let cases: &[(&[(&str, &str)], &str)] = &[
        (
            &[("pieces/e/01.md", "---\ntitle: x\nNo end\n")],
            "never ends",
        ),
        (
            &[("pieces/e/01.md", "---\ntitle: [oops\n---\nx\n")],
            "cannot read the front matter",
        ),
        (
            &[("pieces/e/01-a.md", "a\n"), ("pieces/e/1-b.md", "b\n")],
            "both number 1",
        ),
        (
            &[
                ("pieces/My Essay/01.md", "a\n"),
                ("pieces/my-essay/01.md", "b\n"),
            ],
            "both become the web address",
        ),
        (
            &[("pieces/e/01.md", "a\n"), ("pieces/e/notes.md", "b\n")],
            "has no number",
        ),
        (
            &[("pieces/e/01.md", "---\nstage: drafty\n---\nx\n")],
            "stage must be one of",
        ),
        (&[("pieces/e/01.md", "a\u{0}b\n")], "not a text file"),
        (&[("pieces/e/01.md", "a \u{0}\n")], "not a text file"),
        (
            &[(
                "pieces/e/01.md",
                "---\ndraft: 99999999999999999999\n---\nx\n",
            )],
            "the number 99999999999999999999 is too large",
        ),
    ];
    for (files, expected) in cases {
        let p = Portfolio::new(SETTINGS, files);
        let o = p.build();
        assert_eq!(o.status.code(), Some(1), "{expected}");
        assert!(
            stderr(&o).contains(expected),
            "expected {expected:?} in {}",
            stderr(&o)
        );
        assert!(!p.site().exists(), "no partial site for {expected:?}");
    }
}

#[test]
fn unknown_keys_warn_but_build() {
    let p = Portfolio::new(
        SETTINGS,
        &[("pieces/e/01.md", "---\ntitel: Oops\n---\nText.\n")],
    );
    let o = p.build();
    assert!(o.status.success());
    assert!(stderr(&o).contains("pieces/e/01.md:2: warning: unknown key `titel` is ignored\n  help: did you mean `title`?"), "{}", stderr(&o));
}

#[test]
fn missing_settings_file_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let o = redraft(&["build", &dir.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("redraft init"), "{}", stderr(&o));
}

#[test]
fn private_drafts_leave_no_trace() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            (
                "pieces/essay/01.md",
                &draft("title: Essay\n", "Public words."),
            ),
            (
                "pieces/essay/02.md",
                &draft("visibility: private\n", "CANARY-PRIVATE-TEXT"),
            ),
            (
                "pieces/secret/01.md",
                &draft(
                    "title: CANARY-SECRET-TITLE\nvisibility: private\n",
                    "Hidden.",
                ),
            ),
            (
                "pieces/quiet/01.md",
                &draft(
                    "title: Quiet piece\nvisibility: unlisted\n",
                    "Unlisted words.",
                ),
            ),
        ],
    );
    assert!(p.build().status.success());
    for file in files(&p.site()) {
        let bytes = std::fs::read(p.site().join(&file)).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("CANARY"), "{file} leaks a private draft");
    }
    assert!(!p.site().join("essay/draft-2").exists());
    assert!(!p.site().join("secret").exists());
    assert!(
        p.site().join("quiet/index.html").exists(),
        "unlisted pieces are built"
    );
    assert!(
        !p.page("index.html").contains("Quiet piece"),
        "but not listed"
    );
}

#[test]
fn raw_html_is_sanitized_and_front_matter_escaped() {
    let p = Portfolio::new(
        SETTINGS,
        &[(
            "pieces/e/01.md",
            &draft(
                "title: \"<script>alert(1)</script>\"\n",
                "Hi <img src=x onerror=alert(2)> <script>alert(3)</script>",
            ),
        )],
    );
    assert!(p.build().status.success());
    for file in files(&p.site()).iter().filter(|f| f.ends_with(".html")) {
        let html = p.page(file);
        assert!(!html.contains("<script>alert"), "{file}");
        assert!(!html.contains("onerror"), "{file}");
    }
}

#[test]
fn piece_files_are_copied_and_relative_images_resolve_from_every_page() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            ("pieces/e/photo.txt", "pretend image"),
            ("pieces/e/01.md", &draft("", "![A photo](photo.txt)")),
            (
                "pieces/e/02.md",
                &draft("", "![A photo](photo.txt) and more"),
            ),
            ("static/extra.css", "body{}"),
        ],
    );
    assert!(p.build().status.success());
    assert!(p.site().join("e/photo.txt").is_file());
    assert!(p.site().join("extra.css").is_file());
    assert!(p.page("e/index.html").contains("src=\"photo.txt\""));
    assert!(
        p.page("e/draft-1/index.html")
            .contains("src=\"../photo.txt\"")
    );
    assert!(
        p.page("e/draft-2/changes/index.html")
            .contains("src=\"../../photo.txt\"")
    );
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_write() {
    let p = Portfolio::new(SETTINGS, &[("pieces/e/01.md", "Text.\n")]);
    p.write("public/thesis.txt", "precious");
    let o = p.build();
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("--force"), "{}", stderr(&o));
    assert!(p.site().join("thesis.txt").exists());
}

#[test]
fn init_makes_a_portfolio_that_builds_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("mine");
    let o = redraft(&["init", &target.to_string_lossy()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("redraft build"), "says what to do next");
    let o = redraft(&["build", &target.to_string_lossy()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "no warnings: {}", stderr(&o));
    let changes =
        std::fs::read_to_string(target.join("public/the-walk-home/draft-2/changes/index.html"))
            .unwrap();
    assert!(
        changes.contains("<ins") && changes.contains("data-side"),
        "a real revision"
    );
    assert_eq!(
        redraft(&["init", &target.to_string_lossy()]).status.code(),
        Some(1),
        "init never overwrites"
    );
}

#[test]
fn new_starts_a_piece_and_then_its_next_draft() {
    let p = Portfolio::new(SETTINGS, &[]);
    std::fs::create_dir_all(p.path().join("pieces")).unwrap();
    let root = p.path().to_string_lossy().to_string();
    let o = redraft(&["new", "Ma lettre à la ville", "--in", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = p
        .path()
        .join("pieces/ma-lettre-a-la-ville/01-first-draft.md");
    assert!(first.is_file());
    std::fs::write(
        &first,
        "---\ntitle: \"Ma lettre: à la ville\"\ndraft: 1\n---\nBonjour la ville.\n",
    )
    .unwrap();
    let o = redraft(&["new", "--draft", "ma-lettre-a-la-ville", "--in", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let second =
        std::fs::read_to_string(p.path().join("pieces/ma-lettre-a-la-ville/02-revision.md"))
            .unwrap();
    assert!(
        second.contains("draft: 2") && second.contains("Bonjour la ville."),
        "{second}"
    );
    // Not revised yet: the build says so, and only that.
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    let warnings: Vec<&str> = err
        .lines()
        .filter(|l| l.contains("warning:"))
        .collect::<Vec<_>>();
    assert_eq!(warnings.len(), 1, "{err}");
    assert!(
        warnings[0].contains("02-revision.md:")
            && warnings[0].ends_with("this draft's text is the same as draft 1's"),
        "{err}"
    );
    let revised = second.replace("Bonjour la ville.", "Bonjour, ma ville.");
    p.write("pieces/ma-lettre-a-la-ville/02-revision.md", &revised);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).is_empty(),
        "the new draft's front matter is clean: {}",
        stderr(&o)
    );
    assert!(p.page("index.html").contains("Ma lettre: à la ville"));
}

#[test]
fn command_line_contract() {
    let v = redraft(&["--version"]);
    assert!(v.status.success() && stdout(&v).starts_with("redraft "));
    assert_eq!(redraft(&["build", "--no-such-flag"]).status.code(), Some(2));
    assert_eq!(redraft(&["new"]).status.code(), Some(2));
    for cmd in ["build", "init", "new", "diff", "theme"] {
        let h = redraft(&[cmd, "--help"]);
        assert!(
            h.status.success() && stdout(&h).contains("Usage"),
            "{cmd} --help"
        );
    }
}

#[test]
fn builds_are_deterministic() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            ("pieces/a/01.md", "One two.\n"),
            ("pieces/a/02.md", "One two three.\n"),
            ("pieces/b/01.md", "Other.\n"),
        ],
    );
    assert!(p.build().status.success());
    let read_all = || {
        files(&p.site())
            .into_iter()
            .map(|f| (std::fs::read(p.site().join(&f)).unwrap(), f))
            .collect::<Vec<_>>()
    };
    let first = read_all();
    assert!(p.build().status.success());
    assert_eq!(first, read_all());
}

#[test]
fn diff_command_prints_the_comparison_in_the_terminal() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            (
                "a.md",
                "---\ntitle: A\n---\nIt was a nice day.\n\nWe walked [home](old.html).\n",
            ),
            (
                "b.md",
                "---\ntitle: A\n---\nIt was a bright day.\n\nWe walked [home](new.html).\n\nThe end.\n",
            ),
        ],
    );
    let (a, b) = (p.path().join("a.md"), p.path().join("b.md"));
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    // Not a terminal here, so plain wdiff-style marks.
    let o = redraft(&["diff", &a, &b]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("It was a [-nice-]{+bright+} day."), "{out}");
    assert!(out.contains("{+The end.+}"), "{out}");
    // A link's address as the writer wrote it.
    assert!(
        out.contains("{~link address changed from old.html to new.html: home~}"),
        "{out}"
    );
    assert!(
        !out.contains("title:"),
        "front matter is not compared: {out}"
    );
    assert!(
        out.trim_end()
            .ends_with("3 words added, 1 cut, 1 paragraph added, 1 formatting change"),
        "{out}"
    );
    let stat = redraft(&["diff", "--stat", &a, &b]);
    assert_eq!(
        stdout(&stat),
        "3 words added, 1 cut, 1 paragraph added, 1 formatting change\n"
    );
    let colour = redraft(&["diff", "--color", "always", &a, &b]);
    assert!(
        stdout(&colour).contains("\u{1b}[31;9mnice\u{1b}[0m"),
        "{}",
        stdout(&colour)
    );
    let missing = redraft(&["diff", &a, "nope.md"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("nope.md: cannot read this file"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn a_build_that_fails_while_writing_pages_keeps_the_previous_site_and_leaves_no_folder_behind() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            ("pieces/a/01.md", &draft("title: A\n", "First words.")),
            ("pieces/b/01.md", &draft("title: B\n", "Other words.")),
        ],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let before = files(&p.site());
    // Pieces' pages are written as they are made; a template that fails on one kind of page
    // stops the build halfway through.
    p.write("templates/draft.html", "{{ no_such_value.field }}");
    p.write("pieces/a/01.md", &draft("title: A\n", "Changed words."));
    let o = p.build();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stderr(&o).contains("draft.html"), "{}", stderr(&o));
    assert_eq!(files(&p.site()), before);
    assert!(p.page("a/draft-1/index.html").contains("First words."));
    let beside: Vec<String> = std::fs::read_dir(p.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("redraft-new") || n.contains("redraft-old"))
        .collect();
    assert!(beside.is_empty(), "left behind: {beside:?}");
}

#[test]
fn a_draft_dated_before_the_one_it_follows_is_named_with_its_line() {
    let p = Portfolio::new(
        SETTINGS,
        &[
            (
                "pieces/river/01.md",
                "---\ntitle: River\ndate: 2025-01-20\n---\nThe river runs.\n",
            ),
            (
                "pieces/river/02.md",
                "---\ntitle: River\ndate: 2025-01-19\n---\nThe river runs fast.\n",
            ),
        ],
    );
    let o = p.build();
    // A warning, not an error: the site is built, in the drafts' order.
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains(
            "02.md:3: warning: this draft is dated 2025-01-19, before draft 1 (2025-01-20)"
        ),
        "{err}"
    );
    assert!(err.contains("help: check the two dates"), "{err}");
}
