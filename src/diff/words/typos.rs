//! Telling a spelling fixed from a word replaced: "recieve" → "receive" is shown letter by
//! letter, "these" → "those" or "handle" → "handling" as one word cut and another added.
//!
//! Without a dictionary (the drafts may be in any language), a fix is recognised by its shape
//! and by the writer's own words: a typo changes a letter or two inside a word (one letter for
//! a short word, or two letters swapped), never a word's ending, where languages put their
//! inflections, nor its start; it leaves the word made of letters (numbers and code are not
//! spelled); and the old word is not one the writer uses elsewhere in the same passage.

use unicode_segmentation::UnicodeSegmentation;

use super::Context;
use super::tokens::Tok;
use crate::diff::myers;
use crate::text::is_word;

/// One word whose letters changed a little, shown letter by letter.
pub(super) struct Typo {
    /// The letters kept before the change.
    pub(super) before: String,
    pub(super) cut: String,
    pub(super) added: String,
    /// The letters kept after it.
    pub(super) after: String,
}

impl Typo {
    pub(super) fn old_word(&self) -> String {
        [&self.before, &self.cut, &self.after]
            .into_iter()
            .map(String::as_str)
            .collect()
    }

    pub(super) fn new_word(&self) -> String {
        [&self.before, &self.added, &self.after]
            .into_iter()
            .map(String::as_str)
            .collect()
    }
}

/// A word with a letter or two changed (a typo fixed, a spelling corrected), as the letters
/// kept before and after the change and the letters in between on each side. `None` when the
/// words differ by more or the old one is a word the writer uses: those are shown as a word
/// replaced. `passage` is the old and new block, where the old word is looked for.
pub(super) fn letter_change(
    old: &str,
    new: &str,
    passage: [&[Tok<'_>]; 2],
    context: Context<'_>,
) -> Option<Typo> {
    if !is_word(old) || !is_word(new) {
        return None;
    }
    let a: Vec<&str> = old.graphemes(true).collect();
    let b: Vec<&str> = new.graphemes(true).collect();
    let longer = a.len().max(b.len());
    let (prefix, suffix) = myers::common_ends(&a, &b);
    let (cut, added) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    let close = if same_letters(old, new) {
        // Capitals put right, an apostrophe made curly: letter by letter wherever they are.
        longer >= 4 && cut.len() <= 3
    } else {
        // One letter wrong, missing or extra, or two swapped.
        let swapped =
            cut.len() == 2 && added.len() == 2 && cut[0] == added[1] && cut[1] == added[0];
        longer >= 4
            && prefix > 0
            && suffix > 0
            && (swapped || (cut.len() <= 1 && added.len() <= 1))
            && (prefix + suffix) * 10 >= longer * 6
            && spelled(old)
            && spelled(new)
            && !used_elsewhere(old, passage)
            && !context.still_used(old)
    };
    close.then(|| Typo {
        before: a[..prefix].concat(),
        cut: cut.concat(),
        added: added.concat(),
        after: a[a.len() - suffix..].concat(),
    })
}

/// Whether two words are the same letters but for capitals and the style of apostrophe.
fn same_letters(a: &str, b: &str) -> bool {
    let letters = |w: &str| w.to_lowercase().replace('’', "'");
    letters(a) == letters(b)
}

/// Whether a word is made of letters (and apostrophes, hyphens): a number or an identifier
/// with digits is not spelled, and a changed digit is a different number.
fn spelled(word: &str) -> bool {
    word.chars()
        .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '\u{AD}'))
}

/// Whether `word` stands as a whole word in the passage more often than the one place it
/// changed: once on the old side is the word being fixed; any more, or any on the new side,
/// means the writer uses it.
fn used_elsewhere(word: &str, [old, new]: [&[Tok<'_>]; 2]) -> bool {
    let lower = word.to_lowercase();
    // Most words are ASCII, which compares without a lower-cased copy of every token.
    let same = |w: &str| {
        if word.is_ascii() {
            w.eq_ignore_ascii_case(word)
        } else {
            w.to_lowercase() == lower
        }
    };
    let is = |t: &&Tok<'_>| matches!(t, Tok::Text(w) if same(w));
    old.iter().filter(is).count() > 1 || new.iter().any(|t| is(&t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diff::markup::Said;
    use crate::i18n::Catalog;

    /// No draft around the words.
    fn alone<'c>(said: &'c Said<'c>) -> Context<'c> {
        Context {
            deadline: std::time::Instant::now(),
            new_draft: None,
            said,
        }
    }

    fn fix(old: &str, new: &str) -> Option<String> {
        letter_change(old, new, [&[], &[]], alone(&Said::new(&Catalog::english())))
            .map(|t| format!("{}[{}/{}]{}", t.before, t.cut, t.added, t.after))
    }

    #[test]
    fn spelling_fixes_are_letters() {
        assert_eq!(fix("recieve", "receive").as_deref(), Some("rec[ie/ei]ve"));
        assert_eq!(
            fix("accomodate", "accommodate").as_deref(),
            Some("accom[/m]odate")
        );
        assert_eq!(fix("monday", "Monday").as_deref(), Some("[m/M]onday"));
        assert_eq!(fix("thier", "their").as_deref(), Some("th[ie/ei]r"));
        assert_eq!(fix("don't", "don’t").as_deref(), Some("don['/’]t"));
    }

    #[test]
    fn other_words_numbers_and_endings_are_whole_words() {
        for (old, new) in [
            ("solid", "sound"),
            ("where", "when"),
            ("handle", "handling"),
            ("walk", "walked"),
            ("here", "there"),
            ("1185", "1165"),
            ("v2beta", "v3beta"),
            ("diffuse", "defuse"),
            ("braces", "brackets"),
            ("alternate", "alternative"),
            ("проекта", "проекти"),
        ] {
            assert_eq!(fix(old, new), None, "{old} → {new}");
        }
    }

    #[test]
    fn a_word_the_writer_uses_elsewhere_was_meant() {
        let old = [
            Tok::Text("these".into()),
            Tok::Text(" ".into()),
            Tok::Text("cats".into()),
        ];
        let new = [
            Tok::Text("those".into()),
            Tok::Text(" ".into()),
            Tok::Text("these".into()),
        ];
        let english = Catalog::english();
        let said = Said::new(&english);
        assert!(letter_change("these", "those", [&old, &new], alone(&said)).is_none());
        assert!(letter_change("these", "those", [&old, &[]], alone(&said)).is_some());
    }
}
