//! Changing how a site looks: the portfolio's own `static/custom.css`, loaded after the
//! built-in stylesheet, and `redraft theme`, which copies the built-in theme out to edit.

mod common;

use std::path::{Path, PathBuf};

use common::*;

const SETTINGS: &str = "title: Theme test\n";
const CUSTOM: &str = ":root {\n  --accent: #8a2be2;\n}\n";

fn draft(front: &str, body: &str) -> String {
    format!("---\n{front}---\n{body}\n")
}

/// A piece in two drafts, so the site has journey, draft, change and compare pages.
fn essay() -> Portfolio {
    Portfolio::new(
        SETTINGS,
        &[
            (
                "pieces/essay/01-first.md",
                &draft("title: Essay\n", "The first try."),
            ),
            (
                "pieces/essay/02-second.md",
                &draft("", "The second try, longer."),
            ),
        ],
    )
}

/// Every HTML page of the site in `site`, relative.
fn pages(site: &Path) -> Vec<String> {
    let pages: Vec<String> = files(site)
        .into_iter()
        .filter(|f| f.ends_with(".html"))
        .collect();
    assert!(pages.len() > 5, "a site of a few pages: {pages:?}");
    pages
}

/// Where `href`, found on the page at `page` (relative to the site root), leads in the site.
fn resolve(page: &str, href: &str) -> String {
    let mut parts: Vec<&str> = page.split('/').collect();
    parts.pop();
    for part in href.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// The stylesheets `html` links to, in order.
fn stylesheets(html: &str) -> Vec<String> {
    html.split("<link rel=\"stylesheet\" href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn custom_css_is_published_and_every_page_loads_it_after_the_built_in_stylesheet() {
    let p = essay();
    p.write("static/custom.css", CUSTOM);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(p.page("custom.css"), CUSTOM);
    for page in pages(&p.site()) {
        let sheets: Vec<String> = stylesheets(&p.page(&page))
            .iter()
            .map(|href| resolve(&page, href))
            .collect();
        assert_eq!(
            sheets,
            ["assets/redraft.css", "custom.css"],
            "{page} loads the built-in stylesheet, then the portfolio's"
        );
    }
}

#[test]
fn without_custom_css_no_page_links_to_one() {
    let p = essay();
    // A stylesheet elsewhere in static/ is only copied, not loaded.
    p.write("static/css/custom.css", CUSTOM);
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!p.site().join("custom.css").exists());
    assert!(p.site().join("css/custom.css").is_file());
    for page in pages(&p.site()) {
        let html = p.page(&page);
        assert!(!html.contains("custom.css"), "{page} links to custom.css");
        assert_eq!(stylesheets(&html).len(), 1, "{page}");
    }
}

#[cfg(unix)]
#[test]
fn custom_css_linked_from_outside_the_portfolio_is_neither_published_nor_loaded() {
    let p = essay();
    let elsewhere = tempfile::tempdir().expect("temp dir");
    let secret = elsewhere.path().join("secret.css");
    std::fs::write(&secret, "/* CANARY-OUTSIDE */\n").expect("write");
    std::fs::create_dir_all(p.path().join("static")).expect("mkdir");
    std::os::unix::fs::symlink(&secret, p.path().join("static/custom.css")).expect("link");
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("custom.css: warning: this links to something outside"),
        "{}",
        stderr(&o)
    );
    assert!(
        !p.site().join("custom.css").exists(),
        "the link was published"
    );
    assert!(
        !p.page("index.html").contains("custom.css"),
        "a page loads a file that is not there"
    );
}

/// The built-in theme's files as the source tree holds them, by their path in a portfolio.
fn builtin_theme() -> Vec<(PathBuf, Vec<u8>)> {
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    let mut out = Vec::new();
    for (from, to) in [("templates", "templates"), ("static", "static/assets")] {
        for file in files(&theme.join(from)) {
            let bytes = std::fs::read(theme.join(from).join(&file)).expect("read theme");
            out.push((Path::new(to).join(file), bytes));
        }
    }
    assert!(out.len() > 10, "{out:?}");
    out
}

#[test]
fn theme_writes_every_built_in_file_keeps_what_is_there_and_force_replaces_it() {
    let p = essay();
    let root = p.path().to_string_lossy().to_string();
    let o = redraft(&["theme", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    let said = stdout(&o);
    for (rel, bytes) in builtin_theme() {
        let written =
            std::fs::read(p.path().join(&rel)).unwrap_or_else(|e| panic!("{}: {e}", rel.display()));
        assert!(
            written == bytes,
            "{} is not the built-in file",
            rel.display()
        );
        assert!(
            said.contains(&p.path().join(&rel).display().to_string()),
            "{} is not named in:\n{said}",
            rel.display()
        );
    }

    // Run again: the writer's edit stays, and the output says so.
    let mine = "{% extends \"base.html\" %}MY OWN PIECE PAGE";
    p.write("templates/piece.html", mine);
    let o = redraft(&["theme", &root]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(p.path().join("templates/piece.html")).expect("read"),
        mine,
        "an existing file was overwritten"
    );
    let said = stdout(&o);
    assert!(
        said.contains("Kept") && said.contains("--force") && !said.contains("Wrote"),
        "{said}"
    );

    // With --force it is the built-in file again.
    let o = redraft(&["theme", &root, "--force"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let builtin = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates/piece.html"),
    )
    .expect("read");
    assert_eq!(
        std::fs::read_to_string(p.path().join("templates/piece.html")).expect("read"),
        builtin
    );
    assert!(stdout(&o).contains("Replaced"), "{}", stdout(&o));
}

#[test]
fn theme_names_paths_from_the_current_folder() {
    let p = essay();
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_redraft"))
        .arg("theme")
        .current_dir(p.path())
        .output()
        .expect("run redraft");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("\n  templates/base.html\n"),
        "{}",
        stdout(&o)
    );
    assert!(!stdout(&o).contains(&p.path().display().to_string()));
}

#[test]
fn theme_refuses_a_folder_that_is_not_a_portfolio() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = redraft(&["theme", &dir.path().to_string_lossy()]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(
        err.contains("no redraft.yaml") && err.contains("redraft init"),
        "{err}"
    );
    assert!(files(dir.path()).is_empty(), "something was written");
}

/// Copies the example portfolio (without a built site) into a temporary folder.
fn copy_of_example() -> tempfile::TempDir {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("example-portfolio");
    let copy = tempfile::tempdir().expect("temp dir");
    for file in files(&example) {
        if file.starts_with("public/") {
            continue;
        }
        let to = copy.path().join(&file);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(example.join(&file), to).expect("copy");
    }
    copy
}

/// Builds the portfolio in `root` into `out`; every file of the site, with its bytes.
fn build_into(root: &Path, out: &Path) -> Vec<(String, Vec<u8>)> {
    let o = redraft(&[
        "build",
        &root.to_string_lossy(),
        "-o",
        &out.to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    files(out)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(out.join(&f)).expect("read site");
            (f, bytes)
        })
        .collect()
}

#[test]
fn an_exported_theme_left_unchanged_builds_the_same_site_and_an_edit_shows() {
    let example = copy_of_example();
    let sites = tempfile::tempdir().expect("temp dir");
    let built_in = build_into(example.path(), &sites.path().join("built-in"));
    let o = redraft(&["theme", &example.path().to_string_lossy()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let exported = build_into(example.path(), &sites.path().join("exported"));
    assert_eq!(
        built_in.iter().map(|(f, _)| f).collect::<Vec<_>>(),
        exported.iter().map(|(f, _)| f).collect::<Vec<_>>()
    );
    for ((file, a), (_, b)) in built_in.iter().zip(&exported) {
        assert!(a == b, "{file} differs with the exported theme");
    }

    // The exported files are the ones in use: an edit to each shows in the site.
    let base = example.path().join("templates/base.html");
    let text = std::fs::read_to_string(&base).expect("read");
    std::fs::write(&base, text.replace("<main ", "<main data-mine=\"yes\" ")).expect("write");
    let css = example.path().join("static/assets/redraft.css");
    let mut sheet = std::fs::read_to_string(&css).expect("read");
    sheet.push_str("/* MY OWN RULES */\n");
    std::fs::write(&css, sheet).expect("write");
    let edited = build_into(example.path(), &sites.path().join("edited"));
    let file = |name: &str| -> String {
        let (_, bytes) = edited
            .iter()
            .find(|(f, _)| f == name)
            .unwrap_or_else(|| panic!("no {name}"));
        String::from_utf8_lossy(bytes).into_owned()
    };
    assert!(file("index.html").contains("data-mine=\"yes\""));
    assert!(file("assets/redraft.css").ends_with("/* MY OWN RULES */\n"));
}

#[test]
fn a_template_asking_for_a_message_no_table_has_is_an_error_naming_it() {
    let p = essay();
    let base = redraft::theme::builtin_files()
        .into_iter()
        .find(|(path, _)| path.ends_with("base.html"))
        .map(|(_, bytes)| String::from_utf8(bytes.to_vec()).expect("UTF-8"))
        .expect("base.html");
    p.write(
        "templates/base.html",
        &base.replace("t(id=\"skip-to-content\")", "t(id=\"skip-to-contnet\")"),
    );
    let o = p.build();
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(
        err.contains("base.html") && err.contains("no message `skip-to-contnet`"),
        "{err}"
    );
}
