//! The committed corpora of hard input. `tests/bad/*` are portfolios that must fail well: exit 1,
//! every expected line of `expect.txt` in the message, no panic, nothing written. `expect.txt`
//! may say `command: check` (the default is `build`) and `args:` to add. `tests/odd` is a
//! portfolio of odd but valid input that must just work.

mod common;

use std::path::{Path, PathBuf};

use common::*;

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(name)
}

#[test]
fn every_bad_portfolio_fails_with_a_clear_message_and_writes_nothing() {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(corpus("bad"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    cases.sort();
    assert!(cases.len() >= 26, "the corpus has {} cases", cases.len());
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy();
        let expect = std::fs::read_to_string(case.join("expect.txt")).unwrap();
        let mut args = vec!["build".to_string(), ".".to_string()];
        let mut expected = Vec::new();
        for line in expect.lines().filter(|l| !l.trim().is_empty()) {
            if let Some(extra) = line.strip_prefix("args:") {
                args.extend(extra.split_whitespace().map(str::to_string));
            } else if let Some(command) = line.strip_prefix("command:") {
                args[0] = command.trim().to_string();
            } else {
                expected.push(line);
            }
        }
        let before = files(case);
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_redraft"))
            .args(&args)
            .current_dir(case)
            .output()
            .unwrap();
        let err = stderr(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: exit code\n{err}");
        assert!(
            !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
            "{name}: panic\n{err}"
        );
        for line in &expected {
            assert!(err.contains(line), "{name}: expected {line:?} in\n{err}");
        }
        assert_eq!(files(case), before, "{name}: the failed build wrote files");
    }
}

#[test]
fn odd_but_valid_input_just_works() {
    let out = tempfile::tempdir().unwrap();
    let site = out.path().join("site");
    let o = redraft(&[
        "build",
        &corpus("odd").to_string_lossy(),
        "-o",
        &site.to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).is_empty(),
        "no warnings expected:\n{}",
        stderr(&o)
    );
    let read =
        |p: &str| std::fs::read_to_string(site.join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
    let all = files(&site);
    for page in all.iter().filter(|p| p.ends_with(".html")) {
        let html = read(page);
        assert!(
            !html.contains('\u{feff}') && !html.contains('\r'),
            "{page}: BOM or CR leaked"
        );
    }
    assert!(
        read("index.html").contains("lang=\"fr\""),
        "settings with a BOM and CRLF are read"
    );
    let bom = read("bom-and-crlf/draft-1/index.html");
    assert!(bom.contains("Written on a school laptop,") && bom.contains("Windows Notepad Draft"));
    assert!(read("bom-and-crlf/draft-2/changes/index.html").contains("data-side=\"new\""));
    assert!(
        read("no-front-matter/index.html").contains("No front matter"),
        "title from the folder name"
    );
    assert!(read("empty-draft/draft-2/changes/index.html").contains("Something, finally."));
    assert!(
        all.contains(&"ecriture-a-la-main/draft-2/index.html".to_string()),
        "{all:?}"
    );
    assert!(read("ecriture-a-la-main/index.html").contains("Lettre à ma ville"));
    let japanese = all
        .iter()
        .find(|p| p.ends_with("/draft-2/changes/index.html") && read(p).contains("雨"))
        .expect("the 日記 piece");
    assert!(
        read(japanese).contains("<ins"),
        "Japanese text gets word-level changes"
    );
    assert!(read("deep-nesting/draft-2/changes/index.html").contains("thirty"));
}

#[test]
fn a_very_large_draft_builds() {
    let paragraph = "The quick brown fox considered the lazy dog and decided, after some thought, to write a draft. ".repeat(20);
    let big: String = (0..1_000).map(|i| format!("{i} {paragraph}\n\n")).collect();
    let mut bigger = big.replacen("lazy", "sleepy", 50);
    bigger.push_str("A new ending.\n");
    let p = Portfolio::new(
        "title: Big\n",
        &[("pieces/big/01.md", &big), ("pieces/big/02.md", &bigger)],
    );
    let o = p.build();
    assert!(o.status.success(), "{}", stderr(&o));
    let changes = p.page("big/draft-2/changes/index.html");
    assert!(changes.contains("sleepy") && changes.contains("A new ending."));
}

#[test]
fn nothing_is_written_outside_the_output_folder() {
    let p = Portfolio::new(
        "title: Names\n",
        &[
            ("pieces/a..b/01.md", "One.\n"),
            ("pieces/%2e%2e/01.md", "Two.\n"),
            ("pieces/ spaced out /01.md", "Three.\n"),
            ("pieces/x/..hidden.jpg", "not really an image"),
            ("static/.well-known/x.txt", "hidden folders are skipped"),
            ("static/ok/../ok.txt", "normalised by the file system"),
        ],
    );
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("site");
    let before: Vec<String> = files(p.path());
    let o = redraft(&[
        "build",
        &p.path().to_string_lossy(),
        "-o",
        &target.to_string_lossy(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(files(p.path()), before, "the portfolio folder is untouched");
    let written = files(outside.path());
    assert!(
        written.iter().all(|f| f.starts_with("site/")),
        "{written:?}"
    );
    assert!(
        written.contains(&"site/a-b/index.html".to_string()),
        "{written:?}"
    );
    assert!(
        written.contains(&"site/2e-2e/index.html".to_string()),
        "{written:?}"
    );
}
