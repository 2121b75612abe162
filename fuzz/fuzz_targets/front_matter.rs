//! Front-matter splitting and parsing, and redraft.yaml parsing, on arbitrary text: never panics,
//! and every diagnostic points inside the file.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use redraft::content::front_matter::{self, Source};
use redraft::settings::Settings;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // As the loader does when it reads a file.
    let text = &redraft::fence::normalize_newlines(text.to_string());
    let file = Path::new("pieces/fuzz/01.md");
    let lines = text.lines().count().max(1) + 1;
    let check = |ds: &[redraft::diagnostic::Diagnostic]| {
        for d in ds {
            assert!(d.line.is_none_or(|l| l >= 1 && l <= lines), "{d} outside a {lines}-line file");
            let _ = d.to_string();
        }
    };
    match front_matter::split(file, text) {
        Ok(split) => {
            if let Some(yaml) = split.yaml {
                let (_, ds) = front_matter::parse(file, yaml, 1, Source::Draft);
                check(&ds);
            }
            assert!(split.body_line >= 1 && split.body_line <= lines + 1);
        }
        Err(d) => check(std::slice::from_ref(&d)),
    }
    let (_, ds) = front_matter::parse(Path::new("_defaults.yaml"), text, 0, Source::Defaults);
    check(&ds);
    match Settings::parse(Path::new("redraft.yaml"), text, "fuzz") {
        Ok((_, ds)) => check(&ds),
        Err(problems) => check(&problems.0),
    }
});
