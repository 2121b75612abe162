//! The inline formatting around each token (emphasis, a link ...), so text whose words stayed
//! but whose formatting changed is marked with what changed.

use super::tokens::Tok;
use crate::html;
use crate::i18n::{Arg, Catalog};

/// The formatting around each token: which of emphasis, strong, code, a link ... it sits in.
pub(super) struct Formats<'a> {
    /// For each token, an index into `sets`.
    at: Vec<usize>,
    /// Each distinct set of formats, sorted.
    sets: Vec<Vec<Format<'a>>>,
}

/// One kind of inline formatting; a link carries its address (still escaped), so a changed
/// address counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Format<'a> {
    Link(&'a str),
    Italic,
    Bold,
    Code,
    Struck,
    Highlighted,
    Underlined,
    Subscript,
    Superscript,
}

impl<'a> Format<'a> {
    fn of(name: &str, raw: &'a str) -> Option<Format<'a>> {
        Some(match name {
            // A link is its address: other attributes (`rel`, `target`) change nothing a
            // reader follows.
            "a" => Format::Link(html::attribute(raw, "href").unwrap_or_default()),
            "em" | "i" => Format::Italic,
            "strong" | "b" => Format::Bold,
            "code" | "kbd" | "samp" => Format::Code,
            "s" | "strike" => Format::Struck,
            "mark" => Format::Highlighted,
            "u" => Format::Underlined,
            "sub" => Format::Subscript,
            "sup" => Format::Superscript,
            _ => return None,
        })
    }

    /// The message of the word for it after "now" or "no longer" (links are said otherwise).
    fn adjective(self) -> &'static str {
        match self {
            Format::Link(_) | Format::Italic => "diff-format-italic",
            Format::Bold => "diff-format-bold",
            Format::Code => "diff-format-code",
            Format::Struck => "diff-format-struck",
            Format::Highlighted => "diff-format-highlighted",
            Format::Underlined => "diff-format-underlined",
            Format::Subscript => "diff-format-subscript",
            Format::Superscript => "diff-format-superscript",
        }
    }
}

impl<'a> Formats<'a> {
    pub(super) fn of(tokens: &[Tok<'a>]) -> Formats<'a> {
        let mut open: Vec<(&str, Format<'a>)> = Vec::new();
        let mut sets = vec![Vec::new()];
        let mut at = Vec::with_capacity(tokens.len());
        for token in tokens {
            let changed = match token {
                Tok::Open(name, raw) => match Format::of(name, raw) {
                    Some(format) => {
                        open.push((name, format));
                        true
                    }
                    None => false,
                },
                Tok::Close(name, _) => match open.iter().rposition(|(n, _)| n == name) {
                    Some(i) => {
                        open.remove(i);
                        true
                    }
                    None => false,
                },
                _ => false,
            };
            if changed {
                let mut set: Vec<Format<'a>> = open.iter().map(|(_, f)| *f).collect();
                set.sort();
                set.dedup();
                sets.push(set);
            }
            at.push(sets.len() - 1);
        }
        Formats { at, sets }
    }

    pub(super) fn at(&self, token: usize) -> &[Format<'a>] {
        &self.sets[self.at[token]]
    }
}

/// What happened to a piece of text's formatting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum FormatChange {
    /// Said in words: "now italic, link added".
    Described(String),
    /// A link whose address alone changed (both still escaped, as in the HTML): nothing the
    /// reader sees changed, so it is marked quietly, the addresses shown on focus or hover.
    Address { from: String, to: String },
}

/// What happened to a piece of text's formatting, if anything did.
pub(super) fn describe_format_change<'a>(
    old: &[Format<'a>],
    new: &[Format<'a>],
    words: &Catalog,
) -> Option<FormatChange> {
    if old == new {
        return None;
    }
    let link = |set: &[Format<'a>]| -> Option<&'a str> {
        set.iter().find_map(|f| match f {
            Format::Link(raw) => Some(*raw),
            _ => None,
        })
    };
    let unlinked = |set: &[Format<'a>]| -> Vec<Format<'a>> {
        set.iter()
            .filter(|f| !matches!(f, Format::Link(_)))
            .copied()
            .collect::<Vec<_>>()
    };
    if let (Some(from), Some(to)) = (link(old), link(new))
        && unlinked(old) == unlinked(new)
        && from != to
    {
        return Some(FormatChange::Address {
            from: from.to_string(),
            to: to.to_string(),
        });
    }
    let mut parts: Vec<String> = Vec::new();
    match (link(old), link(new)) {
        (None, Some(_)) => parts.push(words.text("diff-link-added")),
        (Some(_), None) => parts.push(words.text("diff-link-removed")),
        (Some(a), Some(b)) if a != b => parts.push(words.text("diff-link-changed")),
        _ => {}
    }
    for f in new.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !old.contains(f) {
            let format = Arg::from(words.text(f.adjective()));
            parts.push(words.with("diff-now-format", &[("format", format)]));
        }
    }
    for f in old.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !new.contains(f) {
            let format = Arg::from(words.text(f.adjective()));
            parts.push(words.with("diff-no-longer-format", &[("format", format)]));
        }
    }
    let separator = words.text("list-separator");
    (!parts.is_empty()).then(|| FormatChange::Described(parts.join(&separator)))
}
