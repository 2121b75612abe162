//! A whole build of a portfolio made from the input: never panics, and every change view keeps
//! the round trip of the diff contract.
//!
//! The input is split at 0xFF bytes: the first part is redraft.yaml, the next ones are drafts
//! (alternating between two pieces, every fourth one a `_defaults.yaml`).
#![no_main]

use libfuzzer_sys::fuzz_target;
use redraft::{build, content, diff, markdown};

fuzz_target!(|data: &[u8]| {
    let mut parts = data.split(|b| *b == 0xFF);
    let Some(settings) = parts.next() else { return };
    let Ok(dir) = tempfile::tempdir() else { return };
    let root = dir.path();
    let write = |rel: &str, bytes: &[u8]| {
        let path = root.join(rel);
        let _ = std::fs::create_dir_all(path.parent().unwrap_or(root));
        let _ = std::fs::write(path, bytes);
    };
    write("redraft.yaml", settings);
    let _ = std::fs::create_dir_all(root.join("pieces"));
    for (i, part) in parts.take(8).enumerate() {
        let piece = if i % 2 == 0 { "a" } else { "b" };
        if i % 4 == 3 {
            write(&format!("pieces/{piece}/_defaults.yaml"), part);
        } else {
            write(&format!("pieces/{piece}/{:02}-draft.md", i + 1), part);
        }
    }
    let Ok(loaded) = content::load(root, &[], redraft::settings::Trust::Owner) else { return };
    let _ = build::render(&loaded.portfolio);
    // The comparisons the build made, made again and read back both ways.
    let raw_html = loaded.portfolio.settings.raw_html;
    for piece in &loaded.portfolio.pieces {
        let drafts: Vec<markdown::Rendered> = piece
            .drafts
            .iter()
            .filter(|d| !d.is_private())
            .map(|d| markdown::render(&d.body, raw_html))
            .collect();
        for pair in drafts.windows(2) {
            let view = diff::compare(&pair[0], &pair[1], &redraft::i18n::Catalog::english());
            if let Err(violation) = diff::verify(&pair[0], &pair[1], &view) {
                panic!("{violation}\n{}", view.html);
            }
        }
    }
});
