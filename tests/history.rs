//! The diff contract on real revision histories: every step of each history in
//! `tests/history/<name>/NN.md` (oldest first), and its first draft against its last, must read
//! back both ways and be well formed (`diff::verify`), and its counts must agree with the texts.
//!
//! `readme` and `architecture` are the committed versions of this repository's own `README.md`
//! and `ARCHITECTURE.md`, versions identical to the one before skipped, at most 15 kept (spread
//! over the history). `essay` is a text written for this test in five drafts that reorder, cut,
//! reword, add a list and a table, and turn words italic, bold or into links. To refresh the
//! first two, from the repository root:
//!
//! ```sh
//! for file in README.md ARCHITECTURE.md; do
//!   dir=tests/history/$(basename "$file" .md | tr '[:upper:]' '[:lower:]')
//!   all=$(mktemp -d) && n=0
//!   for hash in $(git log --follow --format=%H -- "$file" | tac); do
//!     git show "$hash:$file" > "$all/next"
//!     cmp -s "$all/next" "$all/$n" && continue
//!     n=$((n + 1)) && mv "$all/next" "$all/$n"
//!   done
//!   rm -rf "$dir" && mkdir -p "$dir" && keep=$((n < 15 ? n : 15))
//!   for i in $(seq 1 "$keep"); do
//!     cp "$all/$(( 1 + (i - 1) * (n - 1) / (keep > 1 ? keep - 1 : 1) ))" "$dir/$(printf %02d "$i").md"
//!   done
//!   rm -rf "$all"
//! done
//! ```

use std::path::{Path, PathBuf};

use redraft::diff::{self, ChangeView};
use redraft::markdown::{self, Rendered};
use redraft::settings::RawHtml;

/// One history: a folder of numbered drafts, rendered.
struct History {
    name: String,
    drafts: Vec<Draft>,
}

struct Draft {
    file: String,
    rendered: Rendered,
}

/// Every folder under `tests/history`, its drafts in file-name order.
fn histories() -> Vec<History> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/history");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("tests/history")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let histories: Vec<History> = folders.iter().map(|f| read_history(f)).collect();
    assert!(
        histories.len() >= 3,
        "expected readme, architecture and essay in {}",
        root.display()
    );
    histories
}

fn read_history(folder: &Path) -> History {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("history folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    let name = file_name(folder);
    assert!(files.len() >= 2, "{name} needs at least two drafts");
    let drafts = files
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("draft");
            Draft {
                file: file_name(path),
                rendered: markdown::render(&text, RawHtml::Sanitize),
            }
        })
        .collect();
    History { name, drafts }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .expect("file name")
        .to_string_lossy()
        .into_owned()
}

/// The pairs each history is checked on: every step, and first to last.
fn pairs(history: &History) -> Vec<(&Draft, &Draft)> {
    let drafts = &history.drafts;
    let mut pairs: Vec<_> = drafts.windows(2).map(|w| (&w[0], &w[1])).collect();
    if drafts.len() > 2 {
        pairs.push((&drafts[0], &drafts[drafts.len() - 1]));
    }
    pairs
}

/// Compares two drafts; a broken contract is returned as a message naming the history and the
/// files.
fn compare(history: &History, old: &Draft, new: &Draft) -> Result<ChangeView, String> {
    let view = diff::compare(
        &old.rendered,
        &new.rendered,
        &redraft::i18n::Catalog::english(),
    );
    match diff::verify(&old.rendered, &new.rendered, &view) {
        Ok(()) => Ok(view),
        Err(violation) => Err(format!(
            "{}: {} -> {}: {violation}",
            history.name, old.file, new.file
        )),
    }
}

/// The draft's text as a reader sees it: what the diff is about (re-wrapping is no change).
fn collapsed(draft: &Draft) -> String {
    draft
        .rendered
        .html
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_step_of_every_history_keeps_the_diff_contract() {
    let mut failures = Vec::new();
    let mut checked = 0;
    for history in &histories() {
        for (old, new) in pairs(history) {
            checked += 1;
            let view = match compare(history, old, new) {
                Ok(view) => view,
                Err(failure) => {
                    failures.push(failure);
                    continue;
                }
            };
            let step = format!("{}: {} -> {}", history.name, old.file, new.file);
            if collapsed(old) != collapsed(new) {
                if view.changes == 0 || view.stats.is_unchanged() {
                    failures.push(format!(
                        "{step}: the drafts differ but the view reports {} changes, {:?}",
                        view.changes, view.stats
                    ));
                }
            } else if !view.stats.is_unchanged() {
                failures.push(format!("{step}: same text, yet {:?}", view.stats));
            }
            // The counts add up: what was cut and added is what the word count changed by.
            let (stats, before, after) = (view.stats, old.rendered.words, new.rendered.words);
            if before + stats.words_added != after + stats.words_cut {
                failures.push(format!(
                    "{step}: {before} words - {} cut + {} added is not {after}",
                    stats.words_cut, stats.words_added
                ));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} comparisons failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_draft_compared_with_itself_has_no_changes() {
    for history in &histories() {
        for draft in &history.drafts {
            let view = compare(history, draft, draft).unwrap_or_else(|failure| panic!("{failure}"));
            let what = format!("{}: {} with itself", history.name, draft.file);
            assert_eq!(view.changes, 0, "{what}");
            assert!(view.stats.is_unchanged(), "{what}: {:?}", view.stats);
            assert!(
                !view.html.contains("<ins") && !view.html.contains("<del"),
                "{what}: marks in an unchanged view"
            );
        }
    }
}

#[test]
fn the_essays_moved_paragraphs_are_shown_as_moves() {
    let essay = histories()
        .into_iter()
        .find(|h| h.name == "essay")
        .expect("tests/history/essay");
    // Draft 2 brings the paragraph about the bus to the top and the one about the tyres forward;
    // draft 5 brings the one about the handwriting forward.
    for (from, to, moved) in [(1, 2, 2), (4, 5, 1)] {
        let (old, new) = (&essay.drafts[from - 1], &essay.drafts[to - 1]);
        let view = compare(&essay, old, new).unwrap_or_else(|failure| panic!("{failure}"));
        assert_eq!(
            view.stats.blocks_moved, moved,
            "essay: {} -> {}: {:?}",
            old.file, new.file, view.stats
        );
    }
}
