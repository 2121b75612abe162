//! The words a writer has used so far, to find the ones a new draft tries for the first time.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use super::NEW_WORD_MIN_LETTERS;
use super::language::Language;
use super::prose::{Reading, Unit, prose_units};
use super::sentences::split_sentences;
use crate::markdown::Rendered;
use crate::text::{self, FastHash};

/// The words a writer has used so far, to find the ones a new draft tries for the first time.
///
/// Words are kept by a key that inflections of a word share, so that "walked" after "walk", or
/// "cantaba" after "canto", is not new (see `Keys`). Names are not words tried: where
/// capitals mark names, a word a draft only ever capitalises mid-sentence ("the American
/// Academy of Pediatrics", "Tolkien") is left out, and is not learnt either, so a later
/// lowercase "academy" is new. A word only met capitalised where a capital says nothing (a
/// sentence's start, a heading) counts as a word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    stems: HashSet<String, FastHash>,
    /// The words added so far as they were written, whose stems are all in `stems`: a later
    /// draft repeats most of them, and need not normalize and stem them again to find them
    /// known.
    met: HashSet<String, FastHash>,
    /// The stems of names met so far (capitalised inside a sentence, never in lowercase), so
    /// that a name opening a sentence in a later draft is still a name.
    names: HashSet<String, FastHash>,
    /// Leave out everyday English words and number words: "been" or "eight" is not a reach.
    everyday_english: bool,
    capitals: Capitals,
    keys: Keys,
    /// Take off an elided article or preposition (French and Italian `l'`, `d'`, `qu'`), so
    /// that `l'école` is the word `école`.
    elision: bool,
}

/// How a word becomes the key it is known by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Keys {
    /// English's own light stemmer ([`stem`]): inflections only. Snowball's English stemmer
    /// (Porter2) also joins derivations (`luminous` and `luminosity`, `university` and
    /// `universe` all become `lumin`, `univers`), which would hide words a writer reached
    /// for; and the everyday-word list is keyed this way. Also for text in no given language.
    #[default]
    LightEnglish,
    /// The language's Snowball stemmer.
    Snowball(Algorithm),
    /// The word as written, in lowercase: languages Snowball has no stemmer for.
    WordForm,
}

impl Keys {
    /// The key of a normalized word. (Making a Snowball stemmer only picks its function.)
    fn key(self, word: &str) -> String {
        match self {
            Keys::LightEnglish => stem(word),
            Keys::Snowball(algorithm) => Stemmer::create(algorithm).stem(word).into_owned(),
            Keys::WordForm => word.to_string(),
        }
    }
}

/// What a capital letter inside a sentence says about a word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Capitals {
    /// Nothing: no language given, or one that capitalises nouns (German).
    #[default]
    SayNothing,
    /// That it is a name.
    MarkNames,
}

/// How a word was written where it was met.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Not capitalised (or a script without case).
    Lower,
    /// Capitalised where any word may be: a sentence's or a quote's start, a heading.
    Start,
    /// Capitalised inside a sentence.
    Inside,
}

/// The most frequent English words, one a line after `#` comments; see the file's header and
/// `scripts/everyday-words.sh` for its sources (zxcvbn's lists, MIT; SCOWL) and how it is made.
const EVERYDAY_ENGLISH: &str = include_str!("everyday-en.txt");

/// Whether `key` (a stem) is the stem of an everyday English word. The set is built once, on
/// first use (about 7,000 stems); a lookup is one hash.
fn is_everyday(key: &str) -> bool {
    static EVERYDAY: LazyLock<HashSet<String, FastHash>> = LazyLock::new(|| {
        EVERYDAY_ENGLISH
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(stem)
            .collect()
    });
    EVERYDAY.contains(key)
}

/// Whether `word` (normalized) is a number word or made of them: `eight`, `twenty-one`,
/// `hundredth`. Counting is never a reach, however rare the number.
fn is_number_word(word: &str) -> bool {
    const NUMBERS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "dozen",
        "first",
        "second",
        "third",
        "fifth",
        "eighth",
        "ninth",
        "twelfth",
        "half",
        "halves",
        "twice",
        "thrice",
    ];
    let one = |part: &str| {
        let part = part.strip_suffix('s').unwrap_or(part);
        NUMBERS.contains(&part)
            || part
                .strip_suffix("th")
                .is_some_and(|p| NUMBERS.contains(&p))
            || part
                .strip_suffix("ieth")
                .is_some_and(|p| NUMBERS.contains(&format!("{p}y").as_str()))
    };
    word.split('-').all(one)
}

/// A word of one draft not yet in the vocabulary, with what its occurrences say.
struct Candidate {
    word: String,
    key: String,
    /// Met written in lowercase at least once.
    lower: bool,
    /// Met capitalised inside a sentence at least once.
    inside: bool,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Vocabulary {
        Vocabulary::default()
    }

    /// An empty vocabulary for text in `language` (a tag such as `en-GB`): for English,
    /// everyday and number words are never reported as new; in every language but those
    /// that capitalise nouns (German, Luxembourgish), names are not words tried. Words are
    /// compared by their Snowball stem where Snowball has a stemmer for the language (but
    /// English, see `Keys::LightEnglish`), as written (in lowercase) where it has none.
    pub fn for_language(tag: &str) -> Vocabulary {
        let language = Language::from_tag(tag);
        let keys = match language.stemmer() {
            _ if language.is_english() || tag.trim().is_empty() => Keys::LightEnglish,
            Some(algorithm) => Keys::Snowball(algorithm),
            None => Keys::WordForm,
        };
        Vocabulary {
            everyday_english: language.is_english(),
            capitals: if language.capitalises_nouns() {
                Capitals::SayNothing
            } else {
                Capitals::MarkNames
            },
            keys,
            elision: language.elides(),
            ..Vocabulary::default()
        }
    }

    /// The words first tried in each piece, as [`first_tried_across`] finds them, with words
    /// compared as this vocabulary compares them (by their stems in its language).
    pub fn first_tried_across<S: AsRef<[String]>>(&self, pieces: &[S]) -> Vec<Vec<String>> {
        let mut known: HashSet<String, FastHash> = HashSet::default();
        pieces
            .iter()
            .map(|words| {
                words
                    .as_ref()
                    .iter()
                    .filter(|w| known.insert(self.keys.key(w)))
                    .cloned()
                    .collect()
            })
            .collect()
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
        let (new, stems, met, names) = self.scan(&units);
        self.stems.extend(stems);
        self.names.extend(names);
        self.met.extend(met.into_iter().map(str::to_string));
        new
    }

    /// The new words among `units`, the stems of all their words but names, the words met
    /// (as written) that the vocabulary had not met before and that are not names, and the
    /// stems of the names.
    #[allow(clippy::type_complexity)]
    fn scan<'u>(&self, units: &'u [Unit]) -> (Vec<String>, Vec<String>, Vec<&'u str>, Vec<String>) {
        // Words repeat: each distinct one, as written, is normalized and stemmed once, to the
        // index of its stem's candidate (`None` for what is not a word).
        let mut seen: HashMap<&str, Option<usize>, FastHash> = HashMap::default();
        let mut candidates: Vec<Candidate> = Vec::new();
        let mut by_stem: HashMap<String, usize, FastHash> = HashMap::default();
        for unit in units {
            for (raw, case) in words_with_case(&unit.text, unit.heading, |w| self.met.contains(w)) {
                let at = *seen.entry(raw).or_insert_with(|| {
                    let mut word = normalize_word(raw)?;
                    if self.elision {
                        word = without_elision(word);
                    }
                    let key = self.keys.key(&word);
                    Some(*by_stem.entry(key.clone()).or_insert_with(|| {
                        candidates.push(Candidate {
                            word,
                            key,
                            lower: false,
                            inside: false,
                        });
                        candidates.len() - 1
                    }))
                });
                if let Some(c) = at.map(|i| &mut candidates[i]) {
                    c.lower |= case == Case::Lower;
                    c.inside |= case == Case::Inside;
                }
            }
        }
        // A name: capitalised inside a sentence (here, or in an earlier draft) and never
        // written in lowercase here.
        let is_name = |c: &Candidate| {
            self.capitals == Capitals::MarkNames
                && !c.lower
                && (c.inside || self.names.contains(&c.key))
        };
        let mut new = Vec::new();
        let mut stems = Vec::with_capacity(candidates.len());
        let mut names = Vec::new();
        for c in &candidates {
            if is_name(c) {
                names.push(c.key.clone());
                continue;
            }
            let long_enough =
                c.word.chars().filter(|c| c.is_alphabetic()).count() >= NEW_WORD_MIN_LETTERS;
            let everyday =
                self.everyday_english && (is_everyday(&c.key) || is_number_word(&c.word));
            if long_enough && !everyday && !self.stems.contains(&c.key) {
                new.push(c.word.clone());
            }
            stems.push(c.key.clone());
        }
        let met = seen
            .into_iter()
            .filter(|(_, at)| at.is_none_or(|i| !is_name(&candidates[i])))
            .map(|(raw, _)| raw)
            .collect();
        (new, stems, met, names)
    }
}

/// The words first tried in each piece across a writer's whole portfolio: `pieces` holds each
/// piece's tried words (what [`Vocabulary::learn`] returned for its drafts, in order), in the
/// order the writer wrote the pieces; a word an earlier piece tried (any inflection) is left
/// out of the later ones. Words are compared as English's are; see
/// [`Vocabulary::first_tried_across`] for another language's.
pub fn first_tried_across<S: AsRef<[String]>>(pieces: &[S]) -> Vec<Vec<String>> {
    Vocabulary::new().first_tried_across(pieces)
}

/// The words of `text` (see [`words_with_hyphens`]) but those `known` already, each with how it
/// was written: a sentence's first word (see [`split_sentences`], which knows `Ms. Brandt` is no
/// end), one after a colon or an opening quote or bracket, and every word of a heading may be
/// capitalised whatever it is.
///
/// Where a sentence starts matters only for a capitalised word not known yet, so the text is
/// split into sentences only when it has one: in a revision, most of whose words the earlier
/// drafts had, it seldom does.
fn words_with_case(text: &str, heading: bool, known: impl Fn(&str) -> bool) -> Vec<(&str, Case)> {
    let offset = |part: &str| part.as_ptr() as usize - text.as_ptr() as usize;
    let words = words_with_hyphens(text);
    // Where each sentence starts, in bytes: found when first needed.
    let mut starts: Option<Vec<usize>> = None;
    let mut out = Vec::new();
    for (i, &word) in words.iter().enumerate() {
        if known(word) {
            continue;
        }
        let case = match word.chars().next() {
            Some(c) if c.is_uppercase() => {
                let at = offset(word);
                let at_start = heading
                    || i.checked_sub(1).is_none_or(|j| {
                        let after = offset(words[j]) + words[j].len();
                        let starts = starts.get_or_insert_with(|| {
                            split_sentences(text).into_iter().map(offset).collect()
                        });
                        // A sentence starts between the word before and this one.
                        let sentence = starts.partition_point(|&s| s <= at);
                        sentence > 0 && starts[sentence - 1] >= after
                            || text[after..at].contains([':', '"', '“', '‘', '«', '(', '['])
                    });
                if at_start { Case::Start } else { Case::Inside }
            }
            _ => Case::Lower,
        };
        out.push((word, case));
    }
    out
}

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Words as a dictionary lists them ([`text::lexical_words`]), with hyphenated compounds
/// (`well-known`) joined back into one word.
pub(super) fn words_with_hyphens(text: &str) -> Vec<&str> {
    // Prose has a word for every six bytes or so.
    let mut words: Vec<&str> = Vec::with_capacity(text.len() / 4);
    // The word being built, as a byte range.
    let mut current: Option<(usize, usize)> = None;
    for word in text::lexical_words(text) {
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

/// A normalized word without the elided article or preposition before its apostrophe (French
/// `l'`, `d'`, `qu'`, `jusqu'`; Italian `l'`, `un'`, `dell'`, `nell'`): a part before it of
/// at most two letters, or one ending in `qu` or `ll`.
fn without_elision(word: String) -> String {
    match word.split_once('\'') {
        Some((before, after))
            if !after.is_empty()
                && (before.chars().count() <= 2
                    || before.ends_with("qu")
                    || before.ends_with("ll")) =>
        {
            after.to_string()
        }
        _ => word,
    }
}

/// A light, conservative stemmer for English (and text in no given language) so that simple
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_is_a_start_only_where_any_word_may_start() {
        let text = "Ms. Brandt said: Yes. Then “Paris” and Rome; well-known Oslo.";
        let cases = words_with_case(text, false, |_| false);
        let case = |w: &str| cases.iter().find(|(x, _)| *x == w).map(|(_, c)| *c);
        assert_eq!(case("Ms"), Some(Case::Start));
        assert_eq!(case("Brandt"), Some(Case::Inside), "Ms. ends no sentence");
        assert_eq!(case("Yes"), Some(Case::Start), "after a colon");
        assert_eq!(case("Then"), Some(Case::Start));
        assert_eq!(case("Paris"), Some(Case::Start), "after an opening quote");
        assert_eq!(case("Rome"), Some(Case::Inside));
        assert_eq!(case("well-known"), Some(Case::Lower));
        assert_eq!(case("Oslo"), Some(Case::Inside));
        // Known words are left out, and the rest keep their case.
        let fewer = words_with_case(text, false, |w| w != "Rome" && w != "Then");
        assert_eq!(fewer, [("Then", Case::Start), ("Rome", Case::Inside)]);
        // In a heading every capital may be title case.
        let heading = words_with_case("The Rome Years", true, |_| false);
        assert!(heading.iter().all(|(_, c)| *c == Case::Start));
    }
}
