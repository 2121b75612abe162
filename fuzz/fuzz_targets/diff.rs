//! The diff contract on two arbitrary drafts: the change view reads back as both drafts and is
//! well formed (`diff::verify`), whatever the Markdown.
//!
//! The input is split at its first 0xFF byte (which never occurs in UTF-8), or half-way if there
//! is none: the old draft, then the new one.
#![no_main]

use libfuzzer_sys::fuzz_target;
use redraft::{diff, markdown, settings::RawHtml};

fuzz_target!(|data: &[u8]| {
    let (old, new) = match data.iter().position(|b| *b == 0xFF) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => data.split_at(data.len() / 2),
    };
    let old = markdown::render(&String::from_utf8_lossy(old), RawHtml::Sanitize);
    let new = markdown::render(&String::from_utf8_lossy(new), RawHtml::Sanitize);
    let view = diff::compare(&old, &new, &redraft::i18n::Catalog::english());
    if let Err(violation) = diff::verify(&old, &new, &view) {
        panic!("{violation}\nin the change view:\n{}", view.html);
    }
    if let Err(violation) = diff::well_formed(&view.side_by_side) {
        panic!("{violation}\nin the side-by-side view:\n{}", view.side_by_side);
    }
});
