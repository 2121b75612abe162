//! How hard a draft's prose is to read: Flesch–Kincaid grade for English, LIX otherwise,
//! each with words a student understands.

use serde::Serialize;

use super::one_decimal;

/// A readability figure with a label a reader understands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readability {
    /// Which scale: written `grade` or `lix` for templates.
    pub kind: Scale,
    /// The figure, rounded to one decimal (a grade is never below 0).
    pub value: f64,
    /// `reads at about grade 7`, `LIX 38: medium`.
    pub label: String,
}

/// The readability scales redraft reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scale {
    /// The Flesch–Kincaid grade level, for English: the US school grade a reader needs.
    Grade,
    /// Björnsson's LIX, for any other language: sentence length plus the share of long words.
    Lix,
}

pub(super) fn is_english(language: &str) -> bool {
    let lower = language.to_ascii_lowercase();
    lower == "en" || lower.starts_with("en-") || lower.starts_with("en_")
}

/// Readability of prose of `words` words in `sentences` sentences. `weight` is the syllables
/// in all the words for English, and the long words ([`is_long`]) for any other language.
pub(super) fn readability(
    words: usize,
    sentences: usize,
    weight: usize,
    english: bool,
) -> Readability {
    let n = words.max(1) as f64;
    let per_sentence = n / sentences.max(1) as f64;
    if english {
        let grade = one_decimal(flesch_kincaid(per_sentence, weight as f64 / n).max(0.0));
        Readability {
            kind: Scale::Grade,
            value: grade,
            label: grade_label(grade),
        }
    } else {
        let lix = one_decimal(per_sentence + 100.0 * weight as f64 / n);
        Readability {
            kind: Scale::Lix,
            value: lix,
            label: lix_label(lix),
        }
    }
}

/// A long word for LIX: more than six letters.
pub(super) fn is_long(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() > 6
}

/// The Flesch–Kincaid grade level: the US school grade a reader needs.
fn flesch_kincaid(words_per_sentence: f64, syllables_per_word: f64) -> f64 {
    0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59
}

fn grade_label(grade: f64) -> String {
    let rounded = grade.round() as u32;
    match rounded {
        0 => "reads very easily (below grade 1)".to_string(),
        1..=12 => format!("reads at about grade {rounded}"),
        _ => format!("reads at a university level (grade {rounded})"),
    }
}

/// LIX bands as Björnsson described them.
fn lix_label(lix: f64) -> String {
    let band = match lix {
        x if x < 25.0 => "very easy",
        x if x < 35.0 => "easy",
        x if x < 45.0 => "medium",
        x if x < 55.0 => "difficult",
        _ => "very difficult",
    };
    format!("LIX {}: {band}", lix.round() as i64)
}

/// English syllables in a word, by a heuristic: groups of vowels (`y` after the first letter
/// counts), less a silent final `e` (but not in a consonant + `le` ending: `ta-ble`), a silent
/// `-ed` (unless after `t` or `d`: `want-ed`) and a silent `-es` (unless after a hissing sound:
/// `box-es`); plus one for vowel pairs said apart (`ra-di-o`, `vi-de-o`, `ac-tu-al`). The
/// suffixes `-ly`, `-ment`, `-ful` and `-ness` count one each on top of their stem, so the stem's
/// silent `e` is still found (`love-ly`). Never less than one.
pub(super) fn syllables(word: &str) -> usize {
    // Plain ASCII words (nearly all of them) are lower-cased on the stack.
    if word.is_ascii() && word.len() <= 64 {
        let mut buffer = [0u8; 64];
        let mut len = 0;
        for b in word.bytes().filter(u8::is_ascii_alphabetic) {
            buffer[len] = b.to_ascii_lowercase();
            len += 1;
        }
        return letter_syllables(&buffer[..len]);
    }
    let lower = word.to_lowercase();
    // A sounded final `é` (café) would pass for a silent `e` once accents are dropped.
    let lower = match lower.strip_suffix('é') {
        Some(stem) => format!("{stem}ay"),
        None => lower,
    };
    let plain = deunicode::deunicode(&lower);
    let letters: String = plain.chars().filter(char::is_ascii_alphabetic).collect();
    letter_syllables(letters.as_bytes())
}

/// Syllables in a word of lowercase ASCII letters (see [`syllables`]).
fn letter_syllables(letters: &[u8]) -> usize {
    if letters.is_empty() {
        return 1;
    }
    for suffix in [&b"ment"[..], b"ness", b"ful", b"ly"] {
        if let Some(stem) = letters.strip_suffix(suffix)
            && stem.len() >= 3
            && vowel_groups(stem) > 0
        {
            return stem_syllables(stem) + 1;
        }
    }
    stem_syllables(letters)
}

fn stem_syllables(b: &[u8]) -> usize {
    if b.len() <= 3 {
        return 1;
    }
    let n = b.len();
    let is_vowel_at = |i: usize| is_vowel(b[i], i);
    let mut count = vowel_groups(b) as isize;
    // A final `e` that is a vowel group of its own is silent (`make`), except in consonant +
    // `le` (`ta-ble`); so is one before `d` (`walked`, but `want-ed`) or `s` (`makes`, but
    // `box-es`, `watch-es`).
    let lone_e_at = |e: usize| b[e] == b'e' && !is_vowel_at(e - 1);
    let silent_ending = if b.ends_with(b"e") {
        lone_e_at(n - 1) && (b[n - 2] != b'l' || is_vowel_at(n - 3))
    } else if b.ends_with(b"ed") {
        lone_e_at(n - 2) && !matches!(b[n - 3], b't' | b'd')
    } else if b.ends_with(b"es") {
        let hissing = matches!(b[n - 3], b's' | b'x' | b'z' | b'c' | b'g')
            || b.ends_with(b"ches")
            || b.ends_with(b"shes");
        lone_e_at(n - 2) && !hissing
    } else {
        false
    };
    count -= isize::from(silent_ending);
    // Vowel pairs said as two syllables, unless the consonant before them glides them into
    // one (`na-tion`, `spe-cial`, `lan-guage`, `pi-geon`).
    for i in 1..n {
        let before = if i >= 2 { b[i - 2] } else { b' ' };
        let split = match (b[i - 1], b[i]) {
            (b'i', b'a' | b'o' | b'u') => !matches!(before, b'c' | b't' | b's' | b'g' | b'x'),
            (b'e', b'o') => !matches!(before, b'c' | b'g'),
            (b'u', b'a' | b'o') => !matches!(before, b'q' | b'g'),
            _ => false,
        };
        if split {
            count += 1;
        }
    }
    count.max(1) as usize
}

fn is_vowel(c: u8, at: usize) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u') || (c == b'y' && at > 0)
}

/// Runs of vowels in an ASCII lowercase word.
fn vowel_groups(w: &[u8]) -> usize {
    let mut groups = 0;
    let mut in_group = false;
    for (i, &c) in w.iter().enumerate() {
        let vowel = is_vowel(c, i);
        if vowel && !in_group {
            groups += 1;
        }
        in_group = vowel;
    }
    groups
}
