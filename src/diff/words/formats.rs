//! The inline formatting around each token (emphasis, a link ...), so text whose words stayed
//! but whose formatting changed is marked with what changed.

use super::tokens::Tok;

/// The formatting around each token: which of emphasis, strong, code, a link ... it sits in.
pub(super) struct Formats<'a> {
    /// For each token, an index into `sets`.
    at: Vec<usize>,
    /// Each distinct set of formats, sorted.
    sets: Vec<Vec<Format<'a>>>,
}

/// One kind of inline formatting; a link carries its opening tag, so a changed target counts.
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
            "a" => Format::Link(raw),
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

    /// The word for it after "now" or "no longer".
    fn adjective(self) -> &'static str {
        match self {
            Format::Link(_) => "a link",
            Format::Italic => "italic",
            Format::Bold => "bold",
            Format::Code => "code",
            Format::Struck => "struck through",
            Format::Highlighted => "highlighted",
            Format::Underlined => "underlined",
            Format::Subscript => "subscript",
            Format::Superscript => "superscript",
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

/// What happened to a piece of text's formatting, for people: "now italic, link added".
/// Empty when nothing did.
pub(super) fn describe_format_change(old: &[Format<'_>], new: &[Format<'_>]) -> String {
    if old == new {
        return String::new();
    }
    let link = |set: &[Format<'_>]| {
        set.iter().find_map(|f| match f {
            Format::Link(raw) => Some(raw.to_string()),
            _ => None,
        })
    };
    let mut parts: Vec<String> = Vec::new();
    match (link(old), link(new)) {
        (None, Some(_)) => parts.push("link added".into()),
        (Some(_), None) => parts.push("link removed".into()),
        (Some(a), Some(b)) if a != b => parts.push("link changed".into()),
        _ => {}
    }
    for f in new.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !old.contains(f) {
            parts.push(format!("now {}", f.adjective()));
        }
    }
    for f in old.iter().filter(|f| !matches!(f, Format::Link(_))) {
        if !new.contains(f) {
            parts.push(format!("no longer {}", f.adjective()));
        }
    }
    parts.join(", ")
}
