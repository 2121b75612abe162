//! The words `redraft new` writes for the writer to replace, and the warning when a draft still
//! has them: a placeholder left in would be published as the writer's own words.

use std::path::Path;

use super::front_matter::{FrontMatter, Key};
use crate::diagnostic::Diagnostic;

/// The body of a new piece's first draft.
pub const FIRST_DRAFT_BODY: &str = "Write your first draft here. It does not have to be good yet: that is what the next draft is for.";

/// The commented-out lines a new draft's front matter offers, each a key and its sample value.
/// Written as comments, they are not read; a writer who takes the `#` off and keeps the sample
/// gets a warning.
pub const SAMPLE_FIELDS: &[(Key, &str)] = &[
    (Key::Label, "A name for this draft"),
    (Key::Changes, "One line on what you changed."),
    (Key::Reflection, "Why you changed it, and what you learned."),
    (Key::Tried, "Something new you tried in this draft."),
];

/// The start of the first-draft placeholder: enough to find it after the writer has added words
/// around it or changed its ending.
const FIRST_DRAFT_START: &str = "Write your first draft here.";

/// Warnings for placeholders left in `file`: in its body (which starts on `body_line`) or as a
/// field's value.
pub(super) fn warnings(
    file: &Path,
    meta: &FrontMatter,
    body: &str,
    body_line: usize,
) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    for (n, line) in body.lines().enumerate() {
        if line.contains(FIRST_DRAFT_START) {
            found.push(
                Diagnostic::warning(
                    file,
                    format!("the placeholder \"{FIRST_DRAFT_START}\" from `redraft new` is still here, and would be published"),
                )
                .at_line(body_line + n)
                .with_help("replace it with your own words, or delete the line"),
            );
        }
    }
    for &(key, sample) in SAMPLE_FIELDS {
        let value = match key {
            Key::Label => &meta.label,
            Key::Changes => &meta.changes,
            Key::Reflection => &meta.reflection,
            Key::Tried => &meta.tried,
            _ => &None,
        };
        if value.as_deref().map(str::trim) == Some(sample) {
            let d = Diagnostic::warning(
                file,
                format!(
                    "`{}:` still has the sample text from `redraft new`, and would be published: \"{sample}\"",
                    key.name()
                ),
            )
            .with_help(format!(
                "write your own {}, or put the `#` back in front of the line",
                key.name()
            ));
            found.push(match meta.lines.of(key) {
                Some(line) => d.at_line(line),
                None => d,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_draft_placeholder_is_found_on_its_line() {
        let body = format!("A title line.\n\nMy start. {FIRST_DRAFT_BODY}\n");
        let w = warnings(Path::new("a.md"), &FrontMatter::default(), &body, 7);
        assert_eq!(w.len(), 1);
        assert_eq!(w[0].line, Some(9));
    }

    #[test]
    fn own_words_pass() {
        let meta = FrontMatter {
            label: Some("After feedback".into()),
            changes: Some("One line on what changed: the ending.".into()),
            ..FrontMatter::default()
        };
        let w = warnings(Path::new("a.md"), &meta, "Write your own story here.\n", 5);
        assert!(w.is_empty(), "{w:?}");
    }

    #[test]
    fn a_sample_value_uncommented_is_found() {
        let meta = FrontMatter {
            tried: Some("Something new you tried in this draft.".into()),
            ..FrontMatter::default()
        };
        let w = warnings(Path::new("a.md"), &meta, "Text.\n", 5);
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("`tried:`"), "{}", w[0].message);
    }
}
