//! The words a writer has used so far, to find the ones a new draft tries for the first time.

use std::collections::HashSet;
use std::sync::LazyLock;

use super::NEW_WORD_MIN_LETTERS;
use super::prose::{Reading, Unit, prose_units};
use crate::markdown::Rendered;
use crate::text::{self, FastHash};

/// The words a writer has used so far, to find the ones a new draft tries for the first time.
///
/// Words are kept in a light stem form (see `stem`) so that "walked" after "walk" is not new.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    stems: HashSet<String, FastHash>,
    /// The words added so far as they were written, whose stems are all in `stems`: a later
    /// draft repeats most of them, and need not normalize and stem them again to find them
    /// known.
    met: HashSet<String, FastHash>,
    /// Leave out everyday English words: "been" or "little" is not a reach.
    everyday_english: bool,
}

fn is_everyday(word: &str) -> bool {
    static EVERYDAY: LazyLock<HashSet<&'static str, FastHash>> =
        LazyLock::new(|| EVERYDAY_ENGLISH.iter().copied().collect());
    EVERYDAY.contains(word)
}

/// English words of four letters or more so common that using one is never "trying a new
/// word" (function words and the most frequent verbs, nouns and adjectives), as stems.
#[rustfmt::skip]
const EVERYDAY_ENGLISH: &[&str] = &[
    "about", "above", "after", "again", "against", "almost", "alone", "along", "already", "also",
    "although", "always", "among", "another", "anyone", "anything", "around", "away", "back",
    "because", "become", "been", "before", "began", "begin", "behind", "being", "believ", "below",
    "best", "better", "between", "both", "bring", "brought", "call", "came", "cannot", "care",
    "change", "children", "come", "could", "didn't", "does", "doesn't", "done", "don't", "down",
    "during", "each", "else", "end", "enough", "even", "ever", "every", "everyone", "everyth",
    "face", "fact", "family", "feel", "felt", "find", "first", "five", "found", "four", "friend",
    "from", "gave", "girl", "give", "goes", "going", "gone", "good", "great", "hand", "happen",
    "hard", "have", "having", "head", "hear", "heard", "help", "here", "herself", "high",
    "himself", "home", "house", "however", "idea", "into", "it's", "just", "keep", "kind", "knew",
    "know", "last", "later", "learn", "least", "left", "less", "life", "like", "line", "little",
    "live", "long", "look", "lot", "love", "made", "make", "many", "maybe", "mean", "might",
    "mind", "more", "most", "mother", "much", "must", "myself", "name", "need", "never", "next",
    "night", "nothing", "number", "often", "once", "only", "other", "others", "over", "own",
    "part", "people", "place", "play", "point", "put", "quite", "rather", "read", "real", "really",
    "right", "said", "same", "saw", "school", "seem", "seen", "should", "show", "side", "since",
    "small", "some", "someone", "someth", "sometime", "soon", "start", "still", "story", "such",
    "sure", "take", "taken", "talk", "tell", "than", "that", "that's", "their", "them",
    "themselves", "then", "there", "these", "they", "thing", "think", "this", "those", "though",
    "thought", "three", "through", "time", "today", "together", "told", "took", "too", "toward",
    "tried", "turn", "under", "until", "upon", "used", "very", "want", "wasn't", "watch", "water",
    "week", "well", "went", "were", "what", "when", "where", "whether", "which", "while", "who",
    "whole", "whose", "why", "will", "with", "without", "word", "work", "world", "would", "write",
    "wrote", "year", "years", "your", "yourself",
];

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// An empty vocabulary for text in `language` (a tag such as `en-GB`): for English,
    /// everyday words are never reported as new.
    pub fn for_language(language: &str) -> Vocabulary {
        Vocabulary {
            everyday_english: language.to_ascii_lowercase().starts_with("en"),
            ..Vocabulary::default()
        }
    }

    /// Adds every word of a draft's prose.
    pub fn add(&mut self, rendered: &Rendered) {
        self.learn(rendered);
    }

    /// The words of `rendered` not in the vocabulary: normalized (see `normalize_word`), at
    /// least four letters long, in order of first appearance, each stem once.
    pub fn new_words(&self, rendered: &Rendered) -> Vec<String> {
        self.scan(&prose_units(rendered, Reading::Vocabulary)).0
    }

    /// The new words of `rendered` (as [`Vocabulary::new_words`]), then adds all its words to
    /// the vocabulary: one pass over the draft where `new_words` and `add` take two.
    pub fn learn(&mut self, rendered: &Rendered) -> Vec<String> {
        let units = prose_units(rendered, Reading::Vocabulary);
        let (new, stems, met) = self.scan(&units);
        self.stems.extend(stems);
        self.met.extend(met.into_iter().map(str::to_string));
        new
    }

    /// The new words among `units`, the stems of all their words, and the words met (as
    /// written) that the vocabulary had not met before.
    fn scan<'u>(
        &self,
        units: &'u [Unit],
    ) -> (Vec<String>, Vec<String>, HashSet<&'u str, FastHash>) {
        let mut new = Vec::new();
        let mut stems = Vec::new();
        // Words repeat: each distinct one, as written, is normalized, stemmed and judged once.
        let mut met: HashSet<&str, FastHash> = HashSet::default();
        let mut new_stems: HashSet<String, FastHash> = HashSet::default();
        for unit in units {
            for raw in words_with_hyphens(&unit.text) {
                if self.met.contains(raw) || !met.insert(raw) {
                    continue;
                }
                let Some(word) = normalize_word(raw) else {
                    continue;
                };
                let key = stem(&word);
                let long_enough =
                    word.chars().filter(|c| c.is_alphabetic()).count() >= NEW_WORD_MIN_LETTERS;
                let everyday = self.everyday_english && (is_everyday(&key) || is_everyday(&word));
                if long_enough
                    && !everyday
                    && !self.stems.contains(&key)
                    && new_stems.insert(key.clone())
                {
                    new.push(word);
                }
                stems.push(key);
            }
        }
        (new, stems, met)
    }
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Words by Unicode word boundaries, with hyphenated compounds (`well-known`) joined back into
/// one word.
pub(super) fn words_with_hyphens(text: &str) -> Vec<&str> {
    // Prose has a word for every six bytes or so.
    let mut words: Vec<&str> = Vec::with_capacity(text.len() / 4);
    // The word being built, as a byte range.
    let mut current: Option<(usize, usize)> = None;
    for word in text::words(text) {
        let start = word.as_ptr() as usize - text.as_ptr() as usize;
        let end = start + word.len();
        current = match current {
            // Only a hyphen between them: one word.
            Some((from, to)) if is_hyphen(&text[to..start]) => Some((from, end)),
            _ => {
                words.extend(current.map(|(from, to)| &text[from..to]));
                Some((start, end))
            }
        };
    }
    words.extend(current.map(|(from, to)| &text[from..to]));
    words
}

/// A word as the vocabulary keeps it: lowercase, typographic apostrophes and hyphens made
/// plain, without a final `'s`; `None` for words with digits or with anything but letters and
/// inner apostrophes or hyphens.
pub(super) fn normalize_word(word: &str) -> Option<String> {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '\'' | '’' | 'ʼ' => out.push('\''),
            '-' | '\u{2010}' | '\u{2011}' => out.push('-'),
            c if c.is_alphabetic() => out.extend(c.to_lowercase()),
            _ => return None,
        }
    }
    // A possessive or a contracted `is` is the same word (`writer's`, `that's`).
    let trimmed = out.trim_matches(['\'', '-']);
    let trimmed = trimmed.strip_suffix("'s").unwrap_or(trimmed);
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// A light, conservative stemmer (aimed at English, harmless elsewhere) so that simple
/// inflections of a known word are not new: a plural or third-person `-s`,
/// `-es` (after `s x z ch sh`) or `-ies` (→ `y`); then one of `-ing`, `-ied` (→ `y`), `-ed`
/// (leaving at least three letters with a vowel, and undoubling `stopp` → `stop`) or `-ly`
/// (leaving at least four letters; `-ily` → `y`); and last a final `e`, so `make`, `makes`
/// and `making` meet at `mak`. Irregular forms (`wrote`, `written`) stay apart.
pub(super) fn stem(word: &str) -> String {
    let mut w = word.to_string();
    let letters = |s: &str| s.chars().count();
    if let Some(s) = w.strip_suffix("ies").filter(|s| letters(s) >= 2) {
        w = format!("{s}y");
    } else if let Some(s) = w
        .strip_suffix("es")
        .filter(|s| letters(s) >= 3 && ["s", "x", "z", "ch", "sh"].iter().any(|e| s.ends_with(e)))
    {
        w = s.to_string();
    } else if w.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| w.ends_with(e))
        && letters(&w) > 3
    {
        w.pop();
    }
    let has_vowel = |s: &str| s.chars().any(|c| "aeiouy".contains(c) || !c.is_ascii());
    // `-ing` and `-ed` take a silent `e` with them (`making`, `hoped`), so an `e` still there
    // belongs to the word (`agreed`, `seeing`).
    let mut e_may_be_silent = true;
    if let Some(s) = w
        .strip_suffix("ing")
        .filter(|s| letters(s) >= 3 && has_vowel(s))
    {
        w = undouble(s);
        e_may_be_silent = false;
    } else if let Some(s) = w.strip_suffix("ied").filter(|s| letters(s) >= 2) {
        w = format!("{s}y");
    } else if let Some(s) = w
        .strip_suffix("ed")
        .filter(|s| letters(s) >= 3 && has_vowel(s))
    {
        w = undouble(s);
        e_may_be_silent = false;
    } else if let Some(s) = w.strip_suffix("ily").filter(|s| letters(s) >= 3) {
        w = format!("{s}y");
    } else if let Some(s) = w.strip_suffix("ly").filter(|s| letters(s) >= 4) {
        w = s.to_string();
    }
    if e_may_be_silent && w.ends_with('e') && letters(&w) > 3 {
        w.pop();
    }
    w
}

/// `stopp` → `stop`; doubled `l`, `s` and `z` stay (`tell`, `miss`, `buzz`).
fn undouble(s: &str) -> String {
    let mut chars = s.chars().rev();
    match (chars.next(), chars.next()) {
        (Some(a), Some(b)) if a == b && a.is_alphabetic() && !"aeioulsz".contains(a) => {
            s[..s.len() - a.len_utf8()].to_string()
        }
        _ => s.to_string(),
    }
}
