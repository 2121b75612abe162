//! Tests that read the source, so the design holds without anyone remembering it (as
//! rust-analyzer's tidy tests do): the modules form a pipeline and no module reaches back to a
//! later stage.

use std::path::{Path, PathBuf};

/// The top-level modules in pipeline order. A module may use the ones before it, never one
/// after it. The first few are leaves that every stage shares.
const STAGES: &[&str] = &[
    // Shared leaves.
    "lcg",
    "diagnostic",
    "text",
    "english",
    "slug",
    "html",
    "date",
    "yaml",
    "toml_text",
    "fields",
    "fence",
    "i18n",
    "git_history",
    // The build, in order.
    "settings",
    "content",
    "markdown",
    "diff",
    "growth",
    "quotes",
    "site",
    "theme",
    "output",
    "build",
    // What runs the build.
    "serve",
    "scaffold",
    "cli",
];

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The top-level modules a source text names after `crate::`, in `use` lines and paths alike,
/// groups (`crate::{a, b::c}`) included. Comments are left out.
fn crate_modules(source: &str) -> Vec<String> {
    let code: String = source
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    let ident = |s: &str| -> String {
        s.chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect()
    };
    let mut found = Vec::new();
    let mut rest = code.as_str();
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // The names at the group's first level: `{a, b::{c, d}, e}` gives a, b, e.
            let mut depth = 1;
            let mut item_start = true;
            for (i, c) in group.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    ',' if depth == 1 => item_start = true,
                    c if depth == 1 && item_start && !c.is_whitespace() => {
                        found.push(ident(&group[i..]));
                        item_start = false;
                    }
                    _ => {}
                }
            }
        } else {
            found.push(ident(rest));
        }
    }
    found.retain(|m| !m.is_empty() && m != "self");
    found
}

#[test]
fn no_module_uses_a_later_stage() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    for file in rust_files(&src) {
        let rel = file.strip_prefix(&src).expect("inside src");
        let top = rel
            .components()
            .next()
            .map(|c| {
                c.as_os_str()
                    .to_string_lossy()
                    .trim_end_matches(".rs")
                    .to_string()
            })
            .expect("a name");
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(stage) = STAGES.iter().position(|s| *s == top) else {
            problems.push(format!(
                "{}: module `{top}` is not in STAGES",
                rel.display()
            ));
            continue;
        };
        let source = std::fs::read_to_string(&file).expect("read");
        for used in crate_modules(&source) {
            match STAGES.iter().position(|s| *s == used) {
                Some(u) if u > stage => problems.push(format!(
                    "{}: `{top}` uses `{used}`, a later stage",
                    rel.display()
                )),
                Some(_) => {}
                None => problems.push(format!(
                    "{}: uses `crate::{used}`, which is not in STAGES",
                    rel.display()
                )),
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_stages_are_the_modules_lib_rs_declares() {
    let lib = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs"))
        .expect("read lib.rs");
    let mut declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    declared.sort_unstable();
    let mut stages = STAGES.to_vec();
    stages.sort_unstable();
    assert_eq!(declared, stages);
}

#[test]
fn the_reader_of_use_lines_finds_groups_and_paths() {
    let source = "use crate::{diff::{self, Side}, html, text::words};\n// crate::cli in a comment\nlet x = crate::slug::slugify(y);";
    assert_eq!(crate_modules(source), ["diff", "html", "text", "slug"]);
}

/// The most lines a source file may have before its tests: past it, a file has more than one
/// job, and a reader cannot hold it.
const MAX_LINES: usize = 600;

#[test]
fn no_source_file_is_too_long_to_hold() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut long = Vec::new();
    for file in rust_files(&src) {
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&file).expect("read");
        let lines = source
            .lines()
            .take_while(|l| l.trim() != "#[cfg(test)]")
            .count();
        if lines > MAX_LINES {
            long.push(format!("{}: {lines} lines", file.display()));
        }
    }
    assert!(long.is_empty(), "split these by job:\n{}", long.join("\n"));
}

#[test]
fn no_unfinished_code_is_left_where_a_user_can_reach_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for file in rust_files(&src) {
        let source = std::fs::read_to_string(&file).expect("read");
        for (i, line) in source.lines().enumerate() {
            if ["todo!(", "unimplemented!(", "dbg!("]
                .iter()
                .any(|m| line.contains(m))
            {
                found.push(format!("{}:{}: {}", file.display(), i + 1, line.trim()));
            }
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
}
