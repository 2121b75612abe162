//! A blog whose posts' drafts come from git history: a repository the test makes from scratch
//! with the `git` program (commits with their own dates and messages), read by redraft with
//! gitoxide.

mod common;

use std::process::Command;

use common::git::{commit, git};
use common::*;

const SETTINGS: &str = "title: Rae's notebook\nhistory:\n  - posts: content/posts\n    to: posts\n";

/// A blog in its own repository, the portfolio in its `redraft/` folder: one post revised over
/// four commits (a typo fix among them), one renamed, one with a bundle folder.
fn blog() -> Portfolio {
    let p = Portfolio::new(SETTINGS, &[]);
    let repo = p.path();
    git(
        repo,
        "2026-03-01T09:00:00+01:00",
        &["init", "-q", "-b", "main"],
    );
    let post = |title: &str, body: &str| {
        format!("+++\ntitle = \"{title}\"\ndate = 2026-03-01\nlayout = \"post\"\n+++\n{body}\n")
    };
    commit(
        repo,
        "2026-03-01T09:00:00+01:00",
        "First go at the sleep post",
        &[(
            "content/posts/sleep.md",
            &post("Sleep", "We sleep because we are tired."),
        )],
    );
    commit(
        repo,
        "2026-03-04T21:30:00+01:00",
        "Start with the night I could not sleep\n\nA reader said the opening was a lecture, so it begins with a scene now.",
        &[
            (
                "content/posts/sleep.md",
                &post(
                    "Why We Sleep",
                    "The night before the exam I lay awake. We sleep because the mind sorts the day.",
                ),
            ),
            ("content/posts/lunch.md", &post("Lunch", "Lunch is short.")),
        ],
    );
    git(
        repo,
        "2026-03-05T08:00:00+01:00",
        &[
            "mv",
            "content/posts/lunch.md",
            "content/posts/lunch-break.md",
        ],
    );
    commit(
        repo,
        "2026-03-05T08:00:00+01:00",
        "A better name for the lunch post",
        &[(
            "content/posts/lunch-break.md",
            &post("Lunch Break", "Lunch is far too short."),
        )],
    );
    commit(
        repo,
        "2026-03-06T08:00:00+01:00",
        "Fix a typo",
        &[(
            "content/posts/sleep.md",
            &post(
                "Why We Sleep",
                "The night before the exam I lay awake. We sleep because the mind sorts teh day.",
            ),
        )],
    );
    commit(
        repo,
        "2026-03-09T18:00:00+01:00",
        "End on what I do now",
        &[
            (
                "content/posts/sleep.md",
                &post(
                    "Why We Sleep",
                    "The night before the exam I lay awake. We sleep because the mind sorts the day. Now I stop reading at ten.",
                ),
            ),
            (
                "content/posts/trip/index.md",
                "---\ntitle: The Trip\ntags: [travel]\n---\nWe went north.\n\n![The road north](map.svg)\n",
            ),
            ("content/posts/trip/map.svg", MAP),
            (
                "content/posts/2026-03-09-a-short-note.markdown",
                "---\nlayout: post\ntitle: A short note\n---\nJekyll names its posts like this.\n",
            ),
        ],
    );
    p
}

/// A picture in the trip post's bundle.
const MAP: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>\n";

#[test]
fn each_commit_is_a_draft_with_its_date_message_and_author() {
    let p = blog();
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let journey = p.page("posts/sleep/index.html");
    assert!(
        journey.contains("Why We Sleep") && journey.contains("Rae Quill"),
        "{journey}"
    );
    for day in ["2026-03-01", "2026-03-04", "2026-03-06", "2026-03-09"] {
        assert!(
            journey.contains(&format!("datetime=\"{day}\"")),
            "{day}: {journey}"
        );
    }
    assert!(journey.contains("Start with the night I could not sleep"));
    assert!(journey.contains("A reader said the opening was a lecture"));
    assert!(
        p.page("posts/sleep/draft-4/index.html")
            .contains("Now I stop reading at ten")
    );
    assert!(!journey.contains("+++") && !journey.contains("layout"));
    // A rename is followed: the lunch post's first draft is from before it.
    let lunch = p.page("posts/lunch-break/index.html");
    assert!(lunch.contains("2 drafts"), "{lunch}");
    assert!(
        p.page("posts/lunch-break/draft-1/index.html")
            .contains("Lunch is short.")
    );
    // Jekyll's `.markdown` posts, named without their date.
    assert!(
        p.page("posts/a-short-note/draft-1/index.html")
            .contains("Jekyll names its posts")
    );
    // A page bundle is a post, named by its folder, with its pictures beside it.
    assert!(p.page("posts/trip/index.html").contains("The Trip"));
    assert_eq!(p.page("posts/trip/map.svg"), MAP);
    // The next commit shows on the next build, with nothing copied.
    commit(
        p.path(),
        "2026-03-10T08:00:00+01:00",
        "One more line",
        &[(
            "content/posts/trip/index.md",
            "---\ntitle: The Trip\n---\nWe went north, then home.\n\n![The road north](map.svg)\n",
        )],
    );
    assert!(p.build().status.success());
    assert!(
        p.page("posts/trip/draft-2/index.html")
            .contains("then home")
    );
}

#[test]
fn a_folder_moved_as_a_whole_keeps_its_posts_earlier_drafts() {
    let p = blog();
    let day = "2026-03-11T08:00:00+01:00";
    git(p.path(), day, &["mv", "content", "site"]);
    git(
        p.path(),
        day,
        &["commit", "-q", "-m", "Keep the site in its own folder"],
    );
    commit(
        p.path(),
        "2026-03-12T08:00:00+01:00",
        "Say why ten",
        &[(
            "site/posts/lunch-break.md",
            "+++\ntitle = \"Lunch Break\"\n+++\nLunch is far too short to eat slowly.\n",
        )],
    );
    std::fs::write(
        p.path().join("redraft.yaml"),
        SETTINGS.replace("content/posts", "site/posts"),
    )
    .expect("settings");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    // Drafts from before the move, under the old folder's name, and after it.
    let lunch = p.page("posts/lunch-break/index.html");
    assert!(lunch.contains("3 drafts"), "{lunch}");
    assert!(
        p.page("posts/lunch-break/draft-1/index.html")
            .contains("Lunch is short.")
    );
    assert!(p.page("posts/sleep/index.html").contains("4 drafts"));
    assert_eq!(p.page("posts/trip/map.svg"), MAP);
}

#[test]
fn small_commits_fold_and_chosen_ones_are_left_out() {
    let p = blog();
    let head = Command::new("git")
        .args(["log", "--format=%h %s"])
        .current_dir(p.path())
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&head.stdout).to_string();
    let first = log
        .lines()
        .find(|l| l.ends_with("First go at the sleep post"))
        .and_then(|l| l.split_whitespace().next())
        .unwrap()
        .to_string();
    p.write(
        "redraft.yaml",
        &format!("{SETTINGS}    merge_small: 3\n    skip: [{first}]\n"),
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let journey = p.page("posts/sleep/index.html");
    assert!(
        journey.contains("2 drafts"),
        "the typo fix folds, the first is skipped: {journey}"
    );
    assert!(!journey.contains("Fix a typo"));
    assert!(!journey.contains("datetime=\"2026-03-01\""));
}

#[test]
fn a_missing_repository_or_file_is_a_clear_error_and_nothing_is_lost() {
    let p = Portfolio::new(
        "title: T\nhistory:\n  - repo: ../nowhere-at-all\n    file: post.md\n",
        &[("pieces/a/01.md", "Text.\n")],
    );
    let o = p.build();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("redraft.yaml:3") && e.contains("nowhere-at-all is not there"),
        "{e}"
    );
    // Not a repository.
    p.write(
        "redraft.yaml",
        "title: T\nhistory:\n  - repo: pieces\n    file: post.md\n",
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(e.contains("is not a git repository"), "{e}");
    // A file never committed.
    let b = blog();
    b.write(
        "redraft.yaml",
        "title: T\nhistory:\n  - file: content/posts/never.md\n",
    );
    let (code, e) = checked(&b);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("content/posts/never.md is not in the latest commit"),
        "{e}"
    );
    // A version that is not UTF-8 names the file and the commit, and the site stays as it was.
    let c = blog();
    assert!(c.build().status.success());
    let before = c.page("posts/sleep/index.html");
    commit(
        c.path(),
        "2026-03-11T08:00:00+01:00",
        "Saved in the wrong encoding",
        &[],
    );
    std::fs::write(
        c.path().join("content/posts/sleep.md"),
        b"+++\ntitle = \"S\"\n+++\nCaf\xe9\n",
    )
    .unwrap();
    git(
        c.path(),
        "2026-03-11T08:00:00+01:00",
        &["commit", "-q", "-am", "Latin-1"],
    );
    let o = c.build();
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("content/posts/sleep.md: history: the version at commit")
            && e.contains("is not UTF-8"),
        "{e}"
    );
    assert_eq!(
        c.page("posts/sleep/index.html"),
        before,
        "the site is unchanged"
    );
}

#[test]
fn history_list_shows_the_commits_and_export_writes_files_that_build_the_same() {
    let p = blog();
    let dir = p.path().to_str().unwrap();
    let o = redraft(&["history", "list", dir]);
    assert!(o.status.success(), "{}", stderr(&o));
    let list = stdout(&o);
    assert!(
        list.contains("posts/sleep  (from content/posts/sleep.md, 4 drafts)"),
        "{list}"
    );
    assert!(
        list.contains("2026-03-06") && list.contains("Fix a typo"),
        "{list}"
    );
    let typo = list.lines().find(|l| l.ends_with("Fix a typo")).unwrap();
    assert!(typo.contains(" 2 words changed"), "{typo}");

    assert!(p.build().status.success());
    let from_git = without_notes(&p.page("posts/sleep/draft-2/index.html"));
    let o = redraft(&["history", "export", dir]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("pieces/posts/trip  (1 draft and 1 file beside it)"),
        "{}",
        stdout(&o)
    );
    let second = p
        .path()
        .join("pieces/posts/sleep/02-start-with-the-night-i-could.md");
    let text = std::fs::read_to_string(&second).unwrap();
    assert!(
        text.starts_with(
            "+++\ndate = 2026-03-04\nchanges = \"Start with the night I could not sleep\"\n"
        ),
        "{text}"
    );
    assert!(
        !text.contains("date = 2026-03-01"),
        "the post's own date goes: {text}"
    );
    assert_eq!(
        std::fs::read_to_string(p.path().join("pieces/posts/trip/map.svg")).unwrap(),
        MAP
    );
    // While `history:` is still there, the same posts are read twice: a clear error.
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("would both be published at posts/sleep/index.html")
            && e.contains("take the `history:` entry out"),
        "{e}"
    );
    // Exporting again writes nothing over the files.
    let o = redraft(&["history", "export", dir]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("already exists"), "{}", stderr(&o));
    // Without it, the files build the same drafts.
    p.write("redraft.yaml", "title: Rae's notebook\n");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        without_notes(&p.page("posts/sleep/draft-2/index.html")),
        from_git
    );
}

#[test]
fn a_corrupt_object_is_an_error_naming_the_commit() {
    let p = blog();
    let blob = Command::new("git")
        .args(["rev-parse", "HEAD~4:content/posts/sleep.md"])
        .current_dir(p.path())
        .output()
        .unwrap();
    let id = String::from_utf8_lossy(&blob.stdout).trim().to_string();
    std::fs::remove_file(p.path().join(".git/objects").join(&id[..2]).join(&id[2..])).unwrap();
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("content/posts/sleep.md: history: the version at commit")
            && e.contains("cannot be read")
            && e.contains("git fsck"),
        "{e}"
    );
}

#[test]
fn a_blog_home_lists_posts_newest_first_and_a_class_keeps_its_layout() {
    let p = blog();
    p.write(
        "redraft.yaml",
        &format!("{SETTINGS}base_url: https://rae.example/notes/\n"),
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let home = p.page("index.html");
    let at = |text: &str| {
        home.find(text)
            .unwrap_or_else(|| panic!("{text} is not on the home page: {home}"))
    };
    // Last revised 9 March: the sleep and trip posts; 5 March: the lunch post.
    assert!(at("Why We Sleep") < at("Lunch Break") && at("The Trip") < at("Lunch Break"));
    assert!(at(">2026</h2>") < at("Why We Sleep"));
    assert!(home.contains(">Posts</a>") && !home.contains(">Writers</a>"));
    assert!(at("Topics") < at(">2026</h2>"));
    assert!(home.contains("travel<span class=\"topics__count\"> (1 post)</span>"));
    assert!(home.contains("href=\"feed.xml\">Follow new drafts"));
    assert!(home.contains("<link rel=\"alternate\" type=\"application/atom+xml\""));
    assert!(p.site().join("feed.xml").is_file());

    // A writer who wants the portfolio's layout says so.
    p.write("redraft.yaml", &format!("{SETTINGS}home: pieces\n"));
    assert!(p.build().status.success());
    let home = p.page("index.html");
    assert!(
        home.contains("The pieces") && !home.contains("Topics"),
        "{home}"
    );

    // A class is never a blog: an assignment is enough.
    p.write("redraft.yaml", SETTINGS);
    p.write(
        "pieces/essay/01-draft.md",
        "---\ntitle: An essay\nassignment: Argument\n---\nText.\n",
    );
    assert!(p.build().status.success());
    let home = p.page("index.html");
    assert!(
        home.contains("The pieces") && home.contains(">Pieces</a>"),
        "{home}"
    );
}

#[test]
fn a_binary_version_and_a_shallow_clone_are_clear_errors() {
    let p = blog();
    std::fs::write(
        p.path().join("content/posts/sleep.md"),
        b"+++\ntitle = \"S\"\n+++\n\x00\x01\x02 not text\n",
    )
    .unwrap();
    git(
        p.path(),
        "2026-03-12T08:00:00+01:00",
        &["commit", "-q", "-am", "Saved over by a picture"],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("content/posts/sleep.md: history: the version at commit")
            && e.contains("is not text (a binary file)")
            && e.contains("skip: ["),
        "{e}"
    );

    // A clone of one commit has lost its history: it says how to get it back.
    let shallow = Portfolio::new(
        "title: T\nhistory:\n  - repo: clone\n    posts: content/posts\n",
        &[],
    );
    let original = blog();
    let source = format!("file://{}", original.path().display());
    git(
        shallow.path(),
        "2026-03-12T08:00:00+01:00",
        &["clone", "-q", "--depth", "1", &source, "clone"],
    );
    let (code, e) = checked(&shallow);
    assert_eq!(code, Some(1));
    assert!(
        e.contains("redraft.yaml:3")
            && e.contains("is a shallow clone")
            && e.contains("git fetch --unshallow"),
        "{e}"
    );
}
