//! Sentences: where one ends, minding abbreviations, initials, decimals and quotation marks.

use crate::text;

/// Marks that end a sentence, alone or in runs (`?!`, `...`): besides the Latin ones, the
/// full-width marks of Chinese and Japanese, the Arabic question mark and full stop (Urdu), the
/// Devanagari danda and double danda (Hindi, Marathi, Nepali, Sanskrit), and the Armenian
/// full stop. (Greek's question mark is the semicolon once text is normalized, so it cannot
/// be told from one.)
fn is_terminator(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | '‽' | '。' | '！' | '？' | '｡' | '؟' | '۔' | '।' | '॥' | '\u{589}'
    )
}

/// Full-width marks end a sentence without a following space (Chinese, Japanese).
fn is_full_width_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

/// Marks that may follow a sentence's end and belong to it: closing quotes and brackets.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』' | '）' | '》' | '】'
    )
}

/// Marks that may open the next sentence before its first letter.
fn is_opening(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '¿' | '¡' | '—' | '–' | '-'
    )
}

/// Abbreviations after which a full stop does not end the sentence, whatever follows: titles
/// before a name, and those that always lead on to more (`e.g.`). Lowercase, without the final
/// stop. `etc.` is not here: it often ends a sentence, and the capital-letter rule decides.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "st", "mt", "rev", "hon", "fr", "gen", "col", "capt",
    "lt", "sgt", "gov", "sen", "rep", "pres", "e.g", "i.e", "cf", "vs", "approx", "ca", "fig",
    "vol", "ch", "p", "pp", "z.b", "d.h", "u.a", "bzw",
];

/// Words that start sentences and are never surnames: after a single capital and a stop, one of
/// these means the capital ended a sentence (`I got an A. It was ...`) rather than being an
/// initial (`J. Smith`).
const SENTENCE_STARTS: &[&str] = &[
    "It", "The", "He", "She", "We", "They", "You", "This", "That", "These", "Those", "But", "And",
    "Then", "So", "My", "Our", "Their", "There", "In", "On", "At", "When", "After",
];

/// Splits a unit of prose into sentences (each holding at least one word).
///
/// A sentence ends at a run of terminators (`.` `!` `?` `…` and combinations), with any closing
/// quotes or brackets after it, followed by a space or the end of the unit. It does not end
/// there when the next word starts with a lowercase letter (`“Stop!” she said`, `Wait… no`),
/// after a known abbreviation ([`ABBREVIATIONS`]: `Mr.`, `e.g.`), or after a single capital
/// letter followed by a capitalized word (initials: `J. R. R. Tolkien`) unless that word is a
/// common sentence opener ([`SENTENCE_STARTS`]: `I got an A. It was ...`). A stop inside a
/// number (`3.5`) is not followed by a space, so it never ends one. Text left after the last end
/// (a list item without a full stop) is a sentence of its own.
///
/// unicode-segmentation's sentence bounds (UAX #29) were tried: they split `Ms. Lee`,
/// `J. R. R.` and `“Stop!” she said`, which is worse for writing by students.
pub(super) fn split_sentences(text: &str) -> Vec<&str> {
    let mut sentences = Vec::new();
    let mut start = 0;
    // Byte offsets from here on; terminators are few, so most of the text is only searched.
    let mut i = 0;
    while let Some(at) = find_terminator(text, i) {
        let run_end = skip(text, at, is_terminator);
        let run_is_one_stop = text[at..run_end] == *".";
        let end = skip(text, run_end, is_closing);
        let spaced = text[end..].chars().next().is_none_or(char::is_whitespace);
        let full_width = text[at..end].chars().any(is_full_width_terminator);
        if (spaced || full_width) && ends_sentence(text, at, end, run_is_one_stop) {
            push_sentence(&mut sentences, &text[start..end]);
            start = end;
        }
        i = end;
    }
    push_sentence(&mut sentences, &text[start..]);
    sentences
}

/// Where the first terminator at or after byte `from` of `text` is. The terminators other than
/// `.` `!` `?` are not ASCII, so only those bytes and non-ASCII characters are looked at.
fn find_terminator(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(found) = bytes[i..]
        .iter()
        .position(|&b| matches!(b, b'.' | b'!' | b'?') || !b.is_ascii())
    {
        let at = i + found;
        let c = text[at..].chars().next()?;
        if is_terminator(c) {
            return Some(at);
        }
        i = at + c.len_utf8();
    }
    None
}

/// Where the run of characters that are `kind` from byte `from` of `text` ends.
fn skip(text: &str, from: usize, kind: impl Fn(char) -> bool) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !kind(c))
        .map_or(text.len(), |(at, _)| from + at)
}

fn push_sentence<'t>(sentences: &mut Vec<&'t str>, sentence: &'t str) {
    if text::words(sentence).next().is_some() {
        sentences.push(sentence.trim());
    }
}

/// Whether the terminators at bytes `at..after` of `text` (closing marks included) end a
/// sentence.
fn ends_sentence(text: &str, at: usize, after: usize, one_stop: bool) -> bool {
    let next = text[after..]
        .chars()
        .find(|&c| !c.is_whitespace() && !is_opening(c));
    let Some(next) = next else {
        return true;
    };
    if next.is_lowercase() {
        return false;
    }
    if !one_stop {
        return true;
    }
    // The word before the stop, with inner stops (`e.g`, `U.S`).
    let from = text[..at]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let before = &text[from..at];
    let lower = before.to_lowercase();
    if ABBREVIATIONS.contains(&lower.as_str()) {
        return false;
    }
    let is_initial = before.chars().count() == 1 && before.chars().all(char::is_uppercase);
    !(is_initial && next.is_uppercase() && !starts_sentence(&text[after..]))
}

/// Whether the word at the start of `rest` is one of [`SENTENCE_STARTS`].
fn starts_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || is_opening(c));
    let word = rest
        .find(|c: char| !c.is_alphabetic())
        .map_or(rest, |end| &rest[..end]);
    SENTENCE_STARTS.contains(&word)
}
