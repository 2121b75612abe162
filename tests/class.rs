//! A real class as a teacher and students set it up: details typed once in the first draft,
//! students who share initials, a teacher shown in full while students show initials, feedback
//! from a whole group, tags typed as a comma list, and the messages a student's typing errors
//! get.

mod common;

use common::*;

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

const INITIALS: &str = "title: Period 3 portfolios\nauthor: Ms. Park\nnames: initials\n";

/// Two students with the same initials, each with details only in their first draft, and a
/// teacher whose folder shows her name in full.
fn class() -> Portfolio {
    Portfolio::new(
        INITIALS,
        &[
            (
                "pieces/teacher/_defaults.yaml",
                "names: full\nrole: teacher\n",
            ),
            (
                "pieces/teacher/model/01-draft.md",
                &draft(
                    "title: Model essay\nauthor: Ms. Park\n",
                    "Teachers draft too, and badly at first.",
                ),
            ),
            (
                "pieces/jordan-alvarez/sleep/01-draft.md",
                &draft(
                    "title: Sleep\nauthor: Jordan Alvarez\nassignment: Argument\ncourse: English 9\ntags: argument, sleep\n",
                    "Teenagers need more sleep than school allows.",
                ),
            ),
            (
                "pieces/jordan-alvarez/sleep/02-revision.md",
                &draft(
                    "title: Sleep\nfeedback:\n  - from: Period 3\n    text: We wanted a source here.\n",
                    "Teenagers need more sleep than school allows, and the research agrees.",
                ),
            ),
            (
                "pieces/jamie-anderson/lunch/01-draft.md",
                &draft(
                    "title: Lunch\nauthor: Jamie Anderson\nassignment: Argument\n",
                    "Lunch is too short to eat and talk.",
                ),
            ),
            (
                "pieces/jamie-anderson/lunch/02-revision.md",
                &draft(
                    "title: Lunch\nfeedback:\n  - from: Ms. Park\n    role: teacher\n    text: Good start.\n",
                    "Lunch is far too short to eat and talk.",
                ),
            ),
        ],
    )
}

#[test]
fn details_typed_in_the_first_draft_hold_for_the_next() {
    let p = class();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let journey = p.page("jo-al/sleep/index.html");
    assert!(journey.contains("Jo. Al."), "the writer is still named");
    assert!(journey.contains("English 9"), "the course carried");
    let tags = files(&p.site().join("tags"));
    assert!(
        tags.iter().any(|f| f == "argument/index.html")
            && tags.iter().any(|f| f == "sleep/index.html"),
        "a comma list is two tags: {tags:?}"
    );
    let assignment = p.page("assignments/argument/index.html");
    assert!(assignment.contains("Sleep") && assignment.contains("Lunch"));
}

#[test]
fn students_who_share_initials_stay_two_writers() {
    let p = class();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let writers = p.page("writers/index.html");
    for name in ["Jo. Al.", "Ja. An.", "Ms. Park"] {
        assert!(writers.contains(name), "{name} listed: {writers}");
    }
    assert!(!writers.contains(">J. A.<"), "never merged");
    assert!(p.page("writers/jo-al/index.html").contains("Sleep"));
    let jamie = p.page("writers/ja-an/index.html");
    assert!(jamie.contains("Lunch") && !jamie.contains("Sleep"));
    // Their folders are shortened apart too, and no full name reaches an address.
    let all = files(&p.site()).join("\n");
    assert!(
        all.contains("jo-al/sleep/") && all.contains("ja-an/lunch/"),
        "{all}"
    );
    assert!(
        !all.contains("jordan") && !all.contains("anderson"),
        "{all}"
    );
    let warning = stderr(&o);
    assert!(
        warning.contains("Jamie Anderson and Jordan Alvarez alike, as \"J. A.\""),
        "{warning}"
    );
    assert!(
        warning.contains("pieces/jamie-anderson/lunch/01-draft.md:"),
        "{warning}"
    );
    let check = redraft(&["check", &p.path().to_string_lossy()]);
    assert_eq!(
        check.status.code(),
        Some(1),
        "check warns: {}",
        stderr(&check)
    );
}

#[test]
fn the_teacher_is_named_in_full_and_a_group_is_never_shortened() {
    let p = class();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let home = p.page("index.html");
    assert!(home.contains("Shared by Ms. Park."), "one full stop");
    assert!(!home.contains("Ms. P."), "the teacher is shown in full");
    let jordan = p.page("jo-al/sleep/draft-2/index.html");
    let jamie = p.page("ja-an/lunch/draft-2/index.html");
    assert!(jordan.contains("Period 3"), "a group keeps its name");
    assert!(
        jamie.contains("Ms. Park") && !jamie.contains("Ms. P."),
        "the teacher's feedback carries her name as she shows it"
    );
    // Under initials alone, the footer's one full stop still holds.
    let q = Portfolio::new(
        "title: T\nauthor: Grace Park\nnames: initials\n",
        &[("pieces/a/01.md", "Text.\n")],
    );
    assert!(q.build().status.success());
    let footer = q.page("index.html");
    assert!(
        footer.contains("Shared by G. P.<") || footer.contains("Shared by G. P.</"),
        "{footer}"
    );
    assert!(!footer.contains("G. P.."), "{footer}");
}

#[test]
fn next_draft_starts_with_the_details_the_drafts_set() {
    let p = class();
    let root = p.path().to_string_lossy().to_string();
    let o = redraft(&[
        "new",
        "--draft",
        "pieces/jordan-alvarez/sleep",
        "--in",
        &root,
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let third =
        std::fs::read_to_string(p.path().join("pieces/jordan-alvarez/sleep/03-revision.md"))
            .unwrap();
    for line in [
        "author: \"Jordan Alvarez\"",
        "assignment: \"Argument\"",
        "course: \"English 9\"",
        "tags: [\"argument\", \"sleep\"]",
        "draft: 3",
    ] {
        assert!(third.contains(line), "{line} in:\n{third}");
    }
    assert!(
        !third.contains("from:"),
        "feedback belongs to its draft:\n{third}"
    );
    // The teacher's folder defaults stay in her defaults file, not copied.
    let o = redraft(&["new", "--draft", "pieces/teacher/model", "--in", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let second =
        std::fs::read_to_string(p.path().join("pieces/teacher/model/02-revision.md")).unwrap();
    assert!(
        second.contains("author: \"Ms. Park\"") && !second.contains("role:"),
        "{second}"
    );
    assert!(p.build().status.success());
}

#[test]
fn an_unclosed_quote_is_reported_where_it_opens() {
    let p = Portfolio::new(
        "title: T\n",
        &[
            ("pieces/a/01-draft.md", &draft("title: A\n", "First.")),
            (
                "pieces/a/02-revision.md",
                "---\ntitle: A\ndraft: 2\nstage: revision\ndate: 2026-10-01\nlabel: \"After feedback\nreflection: |\n  I moved the ending.\nfeedback:\n  - from: Sam\n    text: Good.\n---\nSecond.\n",
            ),
        ],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "{e}");
    assert!(
        e.contains("pieces/a/02-revision.md:6:"),
        "the line it opens on: {e}"
    );
    assert!(e.contains("never closed"), "{e}");
    assert!(!e.contains("did not find expected key"), "plain words: {e}");
}

#[test]
fn a_tab_gets_told_to_indent_with_spaces() {
    let p = Portfolio::new(
        "title: T\n",
        &[(
            "pieces/a/01-draft.md",
            "---\ntitle: A\nfeedback:\n\t- from: Sam\n\t  text: Good.\n---\nText.\n",
        )],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "{e}");
    assert!(e.contains("pieces/a/01-draft.md:4:"), "{e}");
    assert!(e.contains("tab") && e.contains("spaces"), "{e}");
    assert!(!e.contains("put quotes around"), "{e}");
}

#[test]
fn every_problem_shows_in_one_run() {
    let p = Portfolio::new(
        "title: T\n",
        &[
            (
                "pieces/a/01-draft.md",
                &draft("title: A\ndraft: 1\n", "First words."),
            ),
            (
                "pieces/a/first-again.md",
                &draft("title: A\ndraft: 1\n", "Other words."),
            ),
            (
                "pieces/b/01-draft.md",
                &draft("title: B\ndate: someday\n", "Text."),
            ),
            (
                "pieces/c/01-draft.md",
                &draft("title: C\n", "The sky is grey."),
            ),
            (
                "pieces/c/02-revision.md",
                &draft(
                    "title: C\nfeedback:\n  - from: Sam\n    quote: the sea is blue\n    text: Which sea?\n",
                    "The sky is grey today.",
                ),
            ),
        ],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "{e}");
    // The draft-number clash names both files with the same spelling and the line.
    assert!(e.contains("pieces/a/first-again.md:3:"), "{e}");
    assert!(!e.contains("./pieces"), "one spelling of paths: {e}");
    assert!(e.contains("pieces/b/01-draft.md:3:"), "the bad date: {e}");
    assert!(
        e.contains("pieces/c/02-revision.md") && e.contains("the sea is blue"),
        "the quote not in its draft, in the same run: {e}"
    );
}

#[test]
fn a_placeholder_left_in_is_caught_before_it_is_published() {
    let p = Portfolio::new("title: T\n", &[]);
    let root = p.path().to_string_lossy().to_string();
    let o = redraft(&["new", "Why we sleep", "--in", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "check fails on a placeholder: {e}");
    assert!(
        e.contains("pieces/why-we-sleep/01-first-draft.md:8:") && e.contains("placeholder"),
        "{e}"
    );
    // Once replaced, and with a sample field uncommented as it was offered, only that is left.
    let first = p.path().join("pieces/why-we-sleep/01-first-draft.md");
    let text = std::fs::read_to_string(&first).unwrap();
    let text = text
        .replace("# label:", "label:")
        .replace(
            "Write your first draft here. It does not have to be good yet: that is what the next draft is for.",
            "We need more sleep.",
        );
    std::fs::write(&first, text).unwrap();
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1), "{e}");
    assert!(
        e.contains("01-first-draft.md:6:") && e.contains("`label:`"),
        "{e}"
    );
    assert!(!e.contains("placeholder \""), "{e}");
}

#[test]
fn folders_named_by_first_name_alone_stay_apart_too() {
    let p = Portfolio::new(
        INITIALS,
        &[
            ("pieces/ana/_defaults.yaml", "author: Ana Flores\n"),
            (
                "pieces/ana/essay/01.md",
                &draft("title: Rivers\n", "Ana's rivers."),
            ),
            (
                "pieces/andres/essay/01.md",
                &draft("title: Roads\nauthor: Andrés Fuentes\n", "Andrés's roads."),
            ),
        ],
    );
    let o = p.build();
    assert!(
        o.status.success(),
        "one address each, no clash: {}",
        stderr(&o)
    );
    assert!(p.page("an-fl/essay/index.html").contains("Rivers"));
    assert!(p.page("an-fu/essay/index.html").contains("Roads"));
    assert!(stderr(&o).contains("Ana Flores and Andrés Fuentes alike"));
}

#[test]
fn a_private_draft_leaves_no_gap() {
    let p = Portfolio::new(
        "title: T\n",
        &[
            ("pieces/a/01.md", &draft("title: A\n", "One.")),
            (
                "pieces/a/02.md",
                &draft("title: A\nvisibility: private\n", "Two, for my eyes."),
            ),
            ("pieces/a/03.md", &draft("title: A\n", "Three.")),
        ],
    );
    assert!(p.build().status.success());
    let journey = p.page("a/index.html");
    assert!(
        journey.contains("Draft 2") && !journey.contains("Draft 3"),
        "{journey}"
    );
    assert!(p.page("a/draft-2/index.html").contains("Three."));
    assert!(!p.site().join("a/draft-3").exists());
    let all = files(&p.site()).join("\n");
    assert!(!all.contains("draft-3"), "{all}");
}
