//! Hostile input, as a class's submitted work can hold it: a teacher builds the students'
//! portfolios in CI, and nothing a student writes may run script on the site, reach outside the
//! portfolio, hang the build or cost the teacher the site already published.

mod common;

use redraft::html::{Token, attributes, tokenize};

use common::*;

/// Markdown that tries to get script or page markup through, one vector per line or block.
const HOSTILE_BODY: &str = r#"### Three {tabindex=1 autofocus onfocus=alert(document.domain)}

## Styled {style="position:fixed;inset:0" .ok #fine}

## Quoted {#a"onmouseover=alert(1) .b'onclick=alert(2)}

Link [one](javascript:alert(3)), [two](<java script:alert(4)>), <javascript:alert(5)>,
![img](vbscript:msgbox(6)) and [ref][r] and [data](data:text/html;base64,PHNjcmlwdD4=).

[r]: JAVASCRIPT:alert(7)

[title](https://example.org/ "x\" onmouseover=\"alert(8)")

```js" onmouseover="alert(9)
code
```

Raw <b onclick="alert(10)">bold</b>, <img src="x.png" onerror="alert(11)">,
<a href="javascript:alert(12)">a</a>, <svg onload="alert(13)"></svg>.

<script>alert(14)</script>

<iframe src="https://example.org/"></iframe>

<form action="https://example.org/"><button formaction="javascript:alert(15)">go</button></form>

<style>body { display: none }</style>

<meta http-equiv="refresh" content="0; url=https://example.org/">

<base href="https://example.org/">

<object data="x.swf"></object>

<details open ontoggle="alert(16)"><summary>s</summary></details>
"#;

/// Front matter whose every text field tries the same.
const HOSTILE_FRONT: &str = r#"title: "<script>alert(20)</script> Essay"
label: "<img src=x onerror=alert(21)>"
changes: "<b onclick=alert(22)>x</b>"
tried: "</p><script>alert(23)</script>"
tags: ["<svg onload=alert(24)>"]
author: "<i onmouseover=alert(25)>Sam</i>"
reflection: |
  ## Why {onclick=alert(26)}

  [r](javascript:alert(27)) <img src=x onerror=alert(28)>
feedback:
  - from: "<b onclick=alert(29)>Ms. Lee</b>"
    text: '### Hm {onfocus=alert(30) autofocus}'
    quote: Raw
"#;

/// Every way the site could run script that is not the theme's own: event-handler attributes,
/// script elements, and addresses that run code. Returns what was found, by file.
fn scripts_in(site: &std::path::Path) -> Vec<String> {
    let mut found = Vec::new();
    for file in files(site) {
        if !file.ends_with(".html") && !file.ends_with(".xml") {
            continue;
        }
        let text = std::fs::read_to_string(site.join(&file)).expect("read page");
        for token in tokenize(&text) {
            let (Token::Open(name, raw) | Token::Void(name, raw)) = token else {
                continue;
            };
            let name = name.to_ascii_lowercase();
            // The theme's own scripts, the words its script writes (JSON, which no browser
            // runs) and its search form.
            let theme_script = name == "script"
                && (attributes(raw).any(|(n, v)| {
                    n == "src"
                        && (v.ends_with("assets/redraft.js") || v.ends_with("search-index.js"))
                }) || raw == "<script type=\"application/json\" id=\"redraft-words\">");
            let theme_form = name == "form" && attributes(raw).any(|(n, _)| n == "data-search");
            if matches!(
                name.as_str(),
                "script" | "iframe" | "object" | "embed" | "base" | "form" | "style"
            ) && !theme_script
                && !theme_form
            {
                found.push(format!("{file}: {raw}"));
            }
            for (attr, value) in attributes(raw) {
                let attr = attr.to_ascii_lowercase();
                let squeezed: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let runs = ["javascript:", "vbscript:", "data:text"]
                    .iter()
                    .any(|s| squeezed.starts_with(s));
                let refresh = name == "meta" && attr == "http-equiv";
                if attr.starts_with("on")
                    || attr == "style" && name != "th" && name != "td"
                    || attr == "autofocus"
                    || attr == "tabindex" && !value.starts_with('-') && value != "0"
                    || runs
                    || refresh
                {
                    found.push(format!("{file}: {raw}"));
                }
            }
        }
    }
    found
}

fn hostile_portfolio(raw_html: &str) -> Portfolio {
    Portfolio::new(
        &format!("title: Class\nraw_html: {raw_html}\n"),
        &[
            (
                "pieces/essay/01.md",
                &format!("---\n{HOSTILE_FRONT}---\n{HOSTILE_BODY}"),
            ),
            (
                "pieces/essay/02.md",
                &format!("---\ntitle: Essay\n---\n{HOSTILE_BODY}\nA new line.\n"),
            ),
        ],
    )
}

#[test]
fn a_students_markdown_never_runs_script_on_any_page() {
    for mode in ["sanitize", "escape"] {
        let p = hostile_portfolio(mode);
        let o = p.build();
        assert!(o.status.success(), "{mode}: {}", stderr(&o));
        let found = scripts_in(&p.site());
        assert!(
            found.is_empty(),
            "{mode}: script got through:\n{}",
            found.join("\n")
        );
        // The headings keep what is allowed: an id and classes.
        let draft = p.page("essay/draft-1/index.html");
        assert!(draft.contains("<h3 id=\"three\">"), "{mode}");
        assert!(draft.contains("<h2 id=\"fine\" class=\"ok\">"), "{mode}");
    }
}

#[test]
fn heading_attributes_are_held_to_the_rule_even_when_raw_html_is_allowed() {
    let p = hostile_portfolio("allow");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    for page in [
        "essay/index.html",
        "essay/draft-1/index.html",
        "essay/packet/index.html",
    ] {
        let html = p.page(page);
        assert!(!html.contains("onfocus"), "{page}");
        assert!(
            !html.contains("alert(26)"),
            "{page}: the reflection's heading"
        );
        assert!(
            !html.contains("alert(30)"),
            "{page}: the feedback's heading"
        );
    }
}

#[test]
fn check_names_each_line_where_something_was_removed() {
    let p = hostile_portfolio("sanitize");
    let o = redraft(&["check", &p.path().to_string_lossy()]);
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    // The body starts on line 17 of draft 1, after 14 lines of front matter and two fences.
    for expected in [
        "01.md:17: warning: removed from a heading before publishing: `tabindex=1`, `autofocus`, `onfocus=alert(document.domain)`",
        "01.md:19: warning: removed from a heading before publishing: `style=",
        "01.md:21: warning: removed from a heading before publishing: the id `#a\"onmouseover=alert(1)`, the class `.b'onclick=alert(2)`",
        "01.md:23: warning: removed from a link before publishing: the address `javascript:…`, the address `java script:…`",
        "01.md:24: warning: removed from a link before publishing: the address `vbscript:…`, the address `JAVASCRIPT:…`, the address `data:…`",
        "01.md:34: warning: removed from raw HTML before publishing: `onclick` on `<b>`, `onerror` on `<img>`",
        "01.md:37: warning: removed from raw HTML before publishing: the element `<script>`",
        "01.md:8: warning: removed from a heading in the reflection before publishing: `onclick=alert(26)`",
        "help: write ids and classes with letters, digits, `-` and `_` only",
        "in the text of feedback 1 before publishing: `onfocus=alert(30)`, `autofocus`",
        "help: after a heading, `{#name .class}` may give it an id and classes, nothing else",
    ] {
        assert!(err.contains(expected), "expected {expected:?} in\n{err}");
    }
    assert!(!err.contains("panicked"), "{err}");
}

/// Runs redraft with `args`, failing the test (rather than hanging it) if it has not finished
/// in a minute: a build that opens a named pipe waits for a writer forever.
fn redraft_or_give_up(args: &[&str]) -> std::process::Output {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_redraft"))
        .args(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start redraft");
    let started = std::time::Instant::now();
    while child.try_wait().expect("wait").is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            let _ = child.kill();
            panic!("redraft {args:?} still runs after a minute: it waits on something");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    child.wait_with_output().expect("output")
}

/// A class of `pieces` pieces in three short drafts each.
fn class_of(pieces: usize) -> Portfolio {
    let p = Portfolio::new("title: A busy class\n", &[]);
    for i in 0..pieces {
        for n in 1..=3 {
            p.write(
                &format!("pieces/student-{i:03}/0{n}.md"),
                &format!(
                    "---\ntitle: Piece {i}\n---\nDraft {n} of piece {i}: the river ran{} past the mill.\n",
                    " fast".repeat(n)
                ),
            );
        }
    }
    p
}

#[test]
fn builds_side_by_side_into_one_output_each_publish_a_whole_site() {
    let p = class_of(200);
    let reference = tempfile::tempdir().expect("temp dir");
    let o = redraft(&[
        "build",
        &p.path().to_string_lossy(),
        "-o",
        &reference.path().join("site").to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let expected = files(&reference.path().join("site"));
    for round in 0..3 {
        let builds: Vec<_> = (0..4)
            .map(|_| {
                std::process::Command::new(env!("CARGO_BIN_EXE_redraft"))
                    .args(["build", &p.path().to_string_lossy()])
                    .stderr(std::process::Stdio::piped())
                    .stdout(std::process::Stdio::piped())
                    .spawn()
                    .expect("start a build")
            })
            .collect();
        for build in builds {
            let o = build.wait_with_output().expect("wait for a build");
            assert!(o.status.success(), "round {round}: {}", stderr(&o));
        }
        assert_eq!(
            files(&p.site()),
            expected,
            "round {round}: pages missing or extra"
        );
        for file in &expected {
            assert_eq!(
                std::fs::read(p.site().join(file)).expect("read"),
                std::fs::read(reference.path().join("site").join(file)).expect("read"),
                "round {round}: {file}"
            );
        }
        let beside: Vec<String> = std::fs::read_dir(p.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("redraft-new") || n.contains("redraft-old"))
            .collect();
        assert!(beside.is_empty(), "round {round}: left behind {beside:?}");
    }
}

#[cfg(unix)]
#[test]
fn an_output_that_is_a_link_is_written_through_and_stays_a_link() {
    let p = class_of(2);
    let www = tempfile::tempdir().expect("temp dir");
    let served = www.path().join("www");
    std::fs::create_dir(&served).expect("mkdir");
    std::fs::write(served.join("index.html"), "the live site, not redraft's").expect("write");
    std::os::unix::fs::symlink(&served, p.site()).expect("link");

    // A folder redraft did not write is refused through the link too.
    let o = p.build();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(served.join("index.html")).expect("read"),
        "the live site, not redraft's"
    );

    // Once it is redraft's, each build replaces the folder and keeps the link.
    std::fs::remove_file(served.join("index.html")).expect("empty it");
    for _ in 0..2 {
        let o = p.build();
        assert!(o.status.success(), "{}", stderr(&o));
        let link = std::fs::symlink_metadata(p.site()).expect("the link");
        assert!(link.file_type().is_symlink(), "public/ is still a link");
        assert!(served.join("student-000/draft-3/index.html").is_file());
    }
}

#[cfg(unix)]
#[test]
fn force_never_replaces_the_portfolio_however_the_output_is_spelled() {
    let p = class_of(1);
    let outside = tempfile::tempdir().expect("temp dir");
    let link = outside.path().join("site");
    std::os::unix::fs::symlink(p.path(), &link).expect("link");
    let before = files(p.path());
    let root = p.path().to_string_lossy().into_owned();
    for output in [
        link.to_string_lossy().into_owned(),
        root.clone(),
        format!("{root}/pieces/../"),
        format!("{root}/static/site"),
        p.path()
            .parent()
            .expect("parent")
            .to_string_lossy()
            .into_owned(),
        "/".to_string(),
    ] {
        let o = redraft(&["build", &root, "-o", &output, "--force"]);
        assert_eq!(o.status.code(), Some(1), "{output}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("the output folder would"),
            "{output}: {}",
            stderr(&o)
        );
        assert_eq!(files(p.path()), before, "{output}: the portfolio changed");
    }
}

#[cfg(unix)]
#[test]
fn settings_linked_from_outside_are_never_read_nor_quoted() {
    let p = class_of(1);
    let outside = tempfile::tempdir().expect("temp dir");
    let secret = outside.path().join("environ");
    std::fs::write(&secret, "CI_TOKEN=s3cr3t-t0ken\ntitle: [not yaml\n").expect("write");
    std::fs::remove_file(p.path().join("redraft.yaml")).expect("remove");
    std::os::unix::fs::symlink(&secret, p.path().join("redraft.yaml")).expect("link");
    for command in ["build", "check"] {
        let o = redraft(&[command, &p.path().to_string_lossy()]);
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{command}: {err}");
        assert!(err.contains("redraft.yaml"), "{command}: {err}");
        assert!(err.contains("outside the portfolio"), "{command}: {err}");
        assert!(!err.contains("s3cr3t"), "{command} quoted the file: {err}");
    }
    assert!(!p.site().exists(), "nothing was built");
    // A link to settings elsewhere inside the portfolio is fine.
    std::fs::remove_file(p.path().join("redraft.yaml")).expect("remove");
    p.write("config/site.yaml", "title: Linked inside\n");
    std::os::unix::fs::symlink("config/site.yaml", p.path().join("redraft.yaml")).expect("link");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(p.page("index.html").contains("Linked inside"));
}

#[cfg(unix)]
#[test]
fn templates_and_files_linked_from_outside_need_the_portfolio_to_let_them_in() {
    let p = class_of(1);
    let shared = tempfile::tempdir().expect("temp dir");
    let templates = shared.path().join("class-templates");
    std::fs::create_dir(&templates).expect("mkdir");
    std::fs::write(templates.join("404.html"), "SHARED 404 {{ site.title }}").expect("write");
    std::os::unix::fs::symlink(&templates, p.path().join("templates")).expect("link");
    std::fs::write(shared.path().join("photo.jpg"), "not really a photo").expect("write");
    std::os::unix::fs::symlink(
        shared.path().join("photo.jpg"),
        p.path().join("pieces/student-000/photo.jpg"),
    )
    .expect("link");

    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("templates: warning: this links to something outside"),
        "{err}"
    );
    assert!(
        err.contains("photo.jpg: warning: this links to something outside"),
        "{err}"
    );
    assert!(
        !p.page("404.html").contains("SHARED"),
        "the linked template was used"
    );
    assert!(
        !p.site().join("student-000/photo.jpg").exists(),
        "the linked file was published"
    );

    // Named in redraft.yaml, the shared folder is let in.
    p.write(
        "redraft.yaml",
        &format!(
            "title: A busy class\nallow_links_to: [{}]\n",
            shared.path().display()
        ),
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    assert!(p.page("404.html").contains("SHARED 404 A busy class"));
    assert!(p.site().join("student-000/photo.jpg").is_file());
}

#[cfg(unix)]
#[test]
fn named_pipes_are_skipped_with_a_warning_never_waited_on() {
    let p = class_of(1);
    for pipe in [
        "pieces/student-000/04.md",
        "static/feed.txt",
        "pieces/student-000/piece.yaml",
    ] {
        std::fs::create_dir_all(p.path().join(pipe).parent().expect("parent")).expect("mkdir");
        let made = std::process::Command::new("mkfifo")
            .arg(p.path().join(pipe))
            .status()
            .expect("run mkfifo");
        assert!(made.success());
    }
    for command in ["build", "check"] {
        let o = redraft_or_give_up(&[command, &p.path().to_string_lossy()]);
        let err = stderr(&o);
        for pipe in ["04.md", "feed.txt", "piece.yaml"] {
            assert!(
                err.contains(&format!(
                    "{pipe}: warning: this is a named pipe, not a file, so it is skipped"
                )),
                "{command}: {err}"
            );
        }
    }
    assert!(p.page("student-000/draft-3/index.html").contains("Draft 3"));
    assert!(!p.site().join("feed.txt").exists());
}

#[test]
fn a_submitted_portfolio_built_untrusted_runs_no_script_whatever_its_settings_say() {
    let p = hostile_portfolio("allow");
    let base = include_str!("../themes/default/templates/base.html");
    p.write(
        "templates/base.html",
        &base.replace("</body>", "<script>alert('template')</script></body>"),
    );
    // Built as the owner's, the student's settings and templates are taken at their word.
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!scripts_in(&p.site()).is_empty());

    let o = redraft(&["build", &p.path().to_string_lossy(), "--untrusted"]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("`raw_html: allow` is not used for submitted work"),
        "{err}"
    );
    assert!(
        err.contains("templates are not used for submitted work"),
        "{err}"
    );
    let found = scripts_in(&p.site());
    assert!(
        found.is_empty(),
        "script got through:\n{}",
        found.join("\n")
    );

    let o = redraft(&["check", &p.path().to_string_lossy(), "--untrusted"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("removed from raw HTML before publishing"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn the_same_removal_on_many_lines_is_one_warning_saying_where() {
    let rows: String = (1..=6)
        .map(|n| format!("<tr><td style=\"color: red\">{n}</td></tr>\n"))
        .collect();
    let p = Portfolio::new(
        "title: T\n",
        &[(
            "pieces/table/01.md",
            &format!(
                "---\ntitle: A styled table\n---\nA table.\n\n<table>\n{rows}</table>\n\n<b onclick=\"go()\">one</b> and <b onclick=\"go()\">two</b>\n\n<i onclick=\"go()\">three</i>\n"
            ),
        )],
    );
    let (code, e) = checked(&p);
    assert_eq!(code, Some(1));
    let warnings: Vec<&str> = e
        .lines()
        .filter(|l| l.contains("warning:"))
        .filter_map(|l| l.split_once("pieces/table/").map(|(_, w)| w))
        .collect();
    assert_eq!(
        warnings,
        [
            "01.md:7: warning: removed from raw HTML before publishing: `style` on `<td>` (and on 5 more lines)",
            "01.md:15: warning: removed from raw HTML before publishing: `onclick` on `<b>`",
            "01.md:17: warning: removed from raw HTML before publishing: `onclick` on `<i>`",
        ],
        "{e}"
    );
}
