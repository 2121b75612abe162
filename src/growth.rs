//! Growth statistics: what the text of each draft shows about the writing, computed from the text.
//!
//! Everything here is a pure function of rendered drafts (and of the diff's counts between them):
//! no I/O, so the site stage can compute it for every piece in parallel. The figures are meant
//! for a student and a teacher, so each comes with plain words ([`Readability::label`],
//! [`PieceGrowth::summary`]) and none of them is a mark: they describe, they never judge.
//!
//! What counts as prose: sentences, paragraphs and readability read paragraphs, list items and
//! block quotes; they leave out headings (titles, not sentences), tables (cells are data), code
//! blocks and footnote definitions. New words also read headings, tables and footnotes, but
//! never code (blocks or inline).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use serde::Serialize;

use crate::diff::ChangeStats;
use crate::english::{and_list, count, plural};
use crate::html::{self, Token};
use crate::markdown::Rendered;
use crate::text::{self, FastHash};

/// Below this many words of prose a readability figure would say more about chance than about
/// the writing, so none is given.
const READABILITY_MIN_WORDS: usize = 30;

/// How many of a step's new words [`StepGrowth::new_words`] lists; the rest are only counted.
pub const NEW_WORDS_SHOWN: usize = 12;

/// Words shorter than this (in letters) are never reported as new: short words are mostly
/// function words, and listing them would be noise.
const NEW_WORD_MIN_LETTERS: usize = 4;

/// Statistics of one draft's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftStats {
    /// Words in the whole draft (the same count the rest of the site shows).
    pub words: usize,
    /// Sentences in its prose; a paragraph or list item that ends without punctuation counts
    /// as one.
    pub sentences: usize,
    /// Words per sentence over the prose, rounded to one decimal (0 when there is no prose).
    pub average_sentence_words: f64,
    /// Words in the longest sentence.
    pub longest_sentence_words: usize,
    /// Paragraphs: `<p>` elements (block quotes included) outside lists, plus bare text.
    pub paragraphs: usize,
    /// How hard the prose is to read, or `None` when it is too short to say.
    pub readability: Option<Readability>,
}

/// A readability figure with a label a reader understands.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Readability {
    /// `"grade"` (Flesch–Kincaid grade level, for English) or `"lix"` (any other language).
    pub kind: &'static str,
    /// The figure, rounded to one decimal (a grade is never below 0).
    pub value: f64,
    /// `reads at about grade 7`, `LIX 38: medium`.
    pub label: String,
}

/// What changed from the draft before to this one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StepGrowth {
    /// Words in this draft that were not in the one before.
    pub words_added: usize,
    /// Words of the draft before that are gone.
    pub words_cut: usize,
    /// Percent (0–100) of this draft's words that are new in it.
    pub share_revised: u8,
    /// Paragraphs (blocks) that moved.
    pub paragraphs_moved: usize,
    /// The first [`NEW_WORDS_SHOWN`] words the writer used here for the first time.
    pub new_words: Vec<String>,
    /// How many words were used for the first time (all of them, not only those listed).
    pub new_word_count: usize,
}

/// How a whole piece grew, from its first draft to its latest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PieceGrowth {
    /// Number of drafts.
    pub drafts: usize,
    /// Words in the first draft.
    pub words_first: usize,
    /// Words in the latest draft.
    pub words_latest: usize,
    /// Words added, summed over every step.
    pub words_added: usize,
    /// Words cut, summed over every step.
    pub words_cut: usize,
    /// Words used for the first time, summed over every step.
    pub new_words_tried: usize,
    /// One or two encouraging sentences in plain words:
    /// `Grew from 180 to 412 words over four drafts. Along the way ...`.
    pub summary: String,
}

/// The words a writer has used so far, to find the ones a new draft tries for the first time.
///
/// Words are kept in a light stem form (see [`stem`]) so that "walked" after "walk" is not new.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Vocabulary {
    stems: HashSet<String, FastHash>,
    /// The words added so far as they were written, whose stems are all in `stems`: a later
    /// draft repeats most of them, and need not normalize and stem them again to find them
    /// known. Short ones are kept as numbers ([`text::packed`]).
    met: Met<String>,
    /// Leave out everyday English words: "been" or "little" is not a reach.
    everyday_english: bool,
}

/// A set of words as written: up to seven bytes as numbers, longer ones as text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Met<T: std::hash::Hash + Eq> {
    short: HashSet<u64, FastHash>,
    long: HashSet<T, FastHash>,
}

impl<T: std::hash::Hash + Eq + std::borrow::Borrow<str>> Met<T> {
    fn contains(&self, word: &str) -> bool {
        match text::packed(word.as_bytes()) {
            Some(key) => self.short.contains(&key),
            None => self.long.contains(word),
        }
    }
}

impl<'a> Met<&'a str> {
    /// Adds `word`; whether it was not there yet.
    fn insert(&mut self, word: &'a str) -> bool {
        match text::packed(word.as_bytes()) {
            Some(key) => self.short.insert(key),
            None => self.long.insert(word),
        }
    }
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

    /// The words of `rendered` not in the vocabulary: normalized (see [`normalize_word`]), at
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
        self.met.short.extend(met.short);
        self.met
            .long
            .extend(met.long.into_iter().map(str::to_string));
        new
    }

    /// The new words among `units`, the stems of all their words, and the words met (as
    /// written) that the vocabulary had not met before.
    fn scan<'u>(&self, units: &'u [Unit]) -> (Vec<String>, Vec<String>, Met<&'u str>) {
        let mut new = Vec::new();
        let mut stems = Vec::new();
        // Words repeat: each distinct one, as written, is normalized, stemmed and judged once.
        let mut met = Met::default();
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

/// Statistics of one draft. `language` is the site's language tag (`en`, `en-GB`, `sv` ...):
/// English gets a Flesch–Kincaid grade, any other language LIX.
pub fn draft_stats(rendered: &Rendered, language: &str) -> DraftStats {
    let units = prose_units(rendered, Reading::Sentences);
    let english = is_english(language);
    // One pass over the words gives the sentences' lengths and what readability weighs:
    // syllables for English, long words for the rest.
    let mut sentence_words = Vec::new();
    let mut weight = 0usize;
    // Words repeat: a short one's syllables are counted once.
    let mut counted: HashMap<u64, usize, FastHash> = HashMap::default();
    for unit in &units {
        for sentence in split_sentences(&unit.text) {
            let mut words = 0;
            for word in text::words(sentence) {
                words += 1;
                weight += if english {
                    match text::packed(word.as_bytes()) {
                        Some(key) => *counted.entry(key).or_insert_with(|| syllables(word)),
                        None => syllables(word),
                    }
                } else {
                    usize::from(is_long(word))
                };
            }
            sentence_words.push(words);
        }
    }
    let prose_words: usize = sentence_words.iter().sum();
    let average = if sentence_words.is_empty() {
        0.0
    } else {
        one_decimal(prose_words as f64 / sentence_words.len() as f64)
    };
    let readability = (prose_words >= READABILITY_MIN_WORDS)
        .then(|| readability(prose_words, sentence_words.len(), weight, english));
    DraftStats {
        words: rendered.words,
        sentences: sentence_words.len(),
        average_sentence_words: average,
        longest_sentence_words: sentence_words.iter().copied().max().unwrap_or(0),
        paragraphs: units.iter().filter(|u| u.paragraph).count(),
        readability,
    }
}

/// The growth of one step, from the diff's counts, the new draft's word count and the words it
/// tries for the first time ([`Vocabulary::new_words`]).
pub fn step_growth(
    stats: &ChangeStats,
    new_draft_words: usize,
    mut new_words: Vec<String>,
) -> StepGrowth {
    let whole = new_draft_words.max(1);
    let share = ((stats.words_added * 100 + whole / 2) / whole).min(100);
    let new_word_count = new_words.len();
    new_words.truncate(NEW_WORDS_SHOWN);
    StepGrowth {
        words_added: stats.words_added,
        words_cut: stats.words_cut,
        share_revised: share as u8,
        paragraphs_moved: stats.blocks_moved,
        new_words,
        new_word_count,
    }
}

/// The growth of a whole piece: `draft_stats` has one entry per draft in order, `steps` one per
/// change between consecutive drafts.
pub fn piece_growth(draft_stats: &[DraftStats], steps: &[StepGrowth]) -> PieceGrowth {
    let mut growth = PieceGrowth {
        drafts: draft_stats.len(),
        words_first: draft_stats.first().map_or(0, |d| d.words),
        words_latest: draft_stats.last().map_or(0, |d| d.words),
        words_added: steps.iter().map(|s| s.words_added).sum(),
        words_cut: steps.iter().map(|s| s.words_cut).sum(),
        new_words_tried: steps.iter().map(|s| s.new_word_count).sum(),
        summary: String::new(),
    };
    growth.summary = summary(&growth);
    growth
}

/// The plain-words summary of a piece's growth.
fn summary(g: &PieceGrowth) -> String {
    let drafts = count_of_drafts(g.drafts);
    let (first, latest) = (g.words_first, g.words_latest);
    let opening = match g.drafts {
        0 => return "No drafts yet.".to_string(),
        1 => {
            return format!(
                "One draft so far, at {}. Every piece starts somewhere.",
                count(latest, "word", "words")
            );
        }
        _ if latest > first => format!("Grew from {first} to {latest} words over {drafts}."),
        _ if latest < first => format!("Tightened from {first} to {latest} words over {drafts}."),
        _ => format!(
            "Stayed at {} over {drafts}.",
            count(latest, "word", "words")
        ),
    };
    let mut parts = Vec::new();
    if g.words_added > 0 {
        parts.push(format!("{} added", count_were(g.words_added, "word")));
    }
    if g.words_cut > 0 {
        parts.push(if parts.is_empty() {
            format!("{} cut", count_were(g.words_cut, "word"))
        } else {
            format!("{} cut", g.words_cut)
        });
    }
    if g.new_words_tried > 0 {
        let words = count(g.new_words_tried, "new word", "new words");
        parts.push(if parts.is_empty() {
            format!("{} tried", count_were(g.new_words_tried, "new word"))
        } else {
            format!("{words} tried")
        });
    }
    let mut text = opening;
    if parts.is_empty() {
        text.push_str(" The words stayed the same from draft to draft.");
    } else {
        text.push_str(" Along the way ");
        text.push_str(&and_list(&parts));
        text.push('.');
    }
    if latest < first {
        text.push_str(" Cutting is revision too.");
    } else if latest == first && g.words_added > 0 {
        text.push_str(" The changes are in the wording.");
    }
    text
}

/// `four drafts`, `12 drafts`: number words for the counts a sentence reads best with.
fn count_of_drafts(n: usize) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    let noun = plural(n, "draft", "drafts");
    match WORDS.get(n) {
        Some(word) => format!("{word} {noun}"),
        None => format!("{n} {noun}"),
    }
}

/// `1 word was`, `5 words were`.
fn count_were(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun} was")
    } else {
        format!("{n} {noun}s were")
    }
}

fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

// ---------------------------------------------------------------------------------------------
// Prose: the text a reader reads, in units that a sentence never crosses.

/// What a walk over a draft is for; each leaves out different elements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reading {
    Sentences,
    Vocabulary,
}

/// A run of text between two block boundaries: a paragraph, a list item, a quote's paragraph.
#[derive(Debug, Default)]
struct Unit {
    text: String,
    /// Whether it counts as a paragraph (see [`DraftStats::paragraphs`]).
    paragraph: bool,
}

/// Whether the content of an element is left out of a reading.
fn leaves_out(name: &str, tag: &str, reading: Reading) -> bool {
    let name = name.to_ascii_lowercase();
    if matches!(name.as_str(), "pre" | "script" | "style") {
        return true;
    }
    let class = html::attribute(tag, "class").unwrap_or("");
    let has_class = |c: &str| class.split_whitespace().any(|x| x == c);
    // Footnote numbers and back arrows are apparatus, not words.
    if ["footnote-ref", "footnote-definition-label", "footnote-back"]
        .into_iter()
        .any(has_class)
    {
        return true;
    }
    match reading {
        Reading::Sentences => {
            matches!(
                name.as_str(),
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "table"
            ) || has_class("footnote-definition")
        }
        Reading::Vocabulary => matches!(name.as_str(), "code" | "kbd" | "samp"),
    }
}

/// Elements that sit inside a line of text without breaking it, though [`html::is_inline`]
/// does not list them.
fn is_in_line(name: &str) -> bool {
    html::is_inline(name) || matches!(name, "br" | "wbr" | "img" | "input")
}

/// The draft's prose for `reading`, split into units at block boundaries.
fn prose_units(rendered: &Rendered, reading: Reading) -> Vec<Unit> {
    let mut units = Vec::new();
    for block in &rendered.blocks {
        let mut open: Vec<(&str, bool)> = Vec::new();
        let mut left_out = 0usize;
        let mut in_items = 0usize;
        let mut unit = Unit::default();
        let mut flush = |unit: &mut Unit| {
            let done = std::mem::take(unit);
            // Has a word at all (what `count_words` counts: runs with a letter or digit).
            if done.text.chars().any(char::is_alphanumeric) {
                units.push(done);
            }
        };
        for token in html::tokenize(&block.html) {
            match token {
                Token::Open(name, tag) => {
                    if !is_in_line(name) {
                        flush(&mut unit);
                    }
                    let skip = leaves_out(name, tag, reading);
                    left_out += usize::from(skip);
                    in_items += usize::from(name.eq_ignore_ascii_case("li"));
                    open.push((name, skip));
                    if name.eq_ignore_ascii_case("p") && left_out == 0 && in_items == 0 {
                        unit.paragraph = true;
                    }
                }
                Token::Close(name, _) => {
                    // Our HTML is balanced; tolerate a stray closer rather than trust it.
                    if let Some(at) = open.iter().rposition(|(n, _)| n.eq_ignore_ascii_case(name)) {
                        for (n, skip) in open.drain(at..) {
                            left_out -= usize::from(skip);
                            in_items -= usize::from(n.eq_ignore_ascii_case("li"));
                        }
                    }
                    if !is_in_line(name) {
                        flush(&mut unit);
                    }
                }
                Token::Void(name, _) => {
                    if is_in_line(name) {
                        unit.text.push(' ');
                    } else {
                        flush(&mut unit);
                    }
                }
                Token::Text(text) if left_out == 0 => {
                    if open.is_empty() && !text.trim().is_empty() {
                        unit.paragraph = true;
                    }
                    unit.text.push_str(&html::unescape(text));
                }
                Token::Text(_) | Token::Comment(_) => {}
            }
        }
        flush(&mut unit);
    }
    units
}

// ---------------------------------------------------------------------------------------------
// Sentences.

/// Marks that end a sentence, alone or in runs (`?!`, `...`).
fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‽' | '。' | '！' | '？')
}

/// Full-width marks end a sentence without a following space (Chinese, Japanese).
fn is_full_width_terminator(c: char) -> bool {
    matches!(c, '。' | '！' | '？')
}

/// Marks that may follow a sentence's end and belong to it: closing quotes and brackets.
fn is_closing(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '}' | '」' | '』'
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
fn split_sentences(text: &str) -> Vec<&str> {
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

// ---------------------------------------------------------------------------------------------
// Readability.

fn is_english(language: &str) -> bool {
    let lower = language.to_ascii_lowercase();
    lower == "en" || lower.starts_with("en-") || lower.starts_with("en_")
}

/// Readability of prose of `words` words in `sentences` sentences. `weight` is the syllables
/// in all the words for English, and the long words ([`is_long`]) for any other language.
fn readability(words: usize, sentences: usize, weight: usize, english: bool) -> Readability {
    let n = words.max(1) as f64;
    let per_sentence = n / sentences.max(1) as f64;
    if english {
        let grade = one_decimal(flesch_kincaid(per_sentence, weight as f64 / n).max(0.0));
        Readability {
            kind: "grade",
            value: grade,
            label: grade_label(grade),
        }
    } else {
        let lix = one_decimal(per_sentence + 100.0 * weight as f64 / n);
        Readability {
            kind: "lix",
            value: lix,
            label: lix_label(lix),
        }
    }
}

/// A long word for LIX: more than six letters.
fn is_long(word: &str) -> bool {
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
fn syllables(word: &str) -> usize {
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

// ---------------------------------------------------------------------------------------------
// New words.

fn is_hyphen(s: &str) -> bool {
    matches!(s, "-" | "\u{2010}" | "\u{2011}")
}

/// Words by Unicode word boundaries, with hyphenated compounds (`well-known`) joined back into
/// one word.
fn words_with_hyphens(text: &str) -> Vec<&str> {
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
fn normalize_word(word: &str) -> Option<String> {
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
fn stem(word: &str) -> String {
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
    fn everyday_english_words_are_not_new_words() {
        let first = crate::markdown::render("The dog sat.", crate::settings::RawHtml::Sanitize);
        let next = crate::markdown::render(
            "Everyone has always been little, but the dog lingered, luminous.",
            crate::settings::RawHtml::Sanitize,
        );
        let mut english = Vocabulary::for_language("en-GB");
        english.add(&first);
        assert_eq!(english.new_words(&next), ["lingered", "luminous"]);
        let mut any = Vocabulary::new();
        any.add(&first);
        assert!(any.new_words(&next).contains(&"always".to_string()));
    }
    use crate::markdown;
    use crate::settings::RawHtml;

    fn render(md: &str) -> Rendered {
        markdown::render(md, RawHtml::Escape)
    }

    #[test]
    fn sentences_split_at_ends_but_not_after_abbreviations() {
        let text = "Ms. Lee met Dr. Smith at 3.5 p.m. on Monday. It rained! Did it? Yes… \
                    J. R. R. Tolkien wrote e.g. The Hobbit. “Stop!” she said. The U.S. is big.";
        assert_eq!(
            split_sentences(text),
            [
                "Ms. Lee met Dr. Smith at 3.5 p.m. on Monday.",
                "It rained!",
                "Did it?",
                "Yes…",
                "J. R. R. Tolkien wrote e.g. The Hobbit.",
                "“Stop!” she said.",
                "The U.S. is big.",
            ]
        );
    }

    #[test]
    fn a_sentence_may_end_in_quotes_brackets_and_runs_of_marks() {
        assert_eq!(
            split_sentences("He asked, “Why?” Nobody knew (not even me.) Really?! Then… nothing"),
            [
                "He asked, “Why?”",
                "Nobody knew (not even me.)",
                "Really?!",
                "Then… nothing"
            ]
        );
        assert_eq!(split_sentences("我很好。你呢？"), ["我很好。", "你呢？"]);
        assert_eq!(split_sentences("  … "), Vec::<&str>::new());
        assert_eq!(
            split_sentences("I got an A. It was by J. Smith. I said no. Done"),
            ["I got an A.", "It was by J. Smith.", "I said no.", "Done"]
        );
    }

    #[test]
    fn draft_stats_count_prose_only() {
        let md = "# A title without a stop\n\n\
                  First paragraph here. It has two sentences.\n\n\
                  - a list item without a stop\n- another item. And more\n\n\
                  > A quoted paragraph.\n>\n> And another one\n\n\
                  ```\nlet code = \"not. prose. at all.\";\n```\n";
        let stats = draft_stats(&render(md), "en");
        // Sentences: 2 (first paragraph) + 1 + 2 (list items) + 2 (quote).
        assert_eq!(stats.sentences, 7);
        // Paragraphs: the first one and the quote's two.
        assert_eq!(stats.paragraphs, 3);
        assert_eq!(stats.longest_sentence_words, 6);
        // 3 + 4 + 6 + 2 + 2 + 3 + 3 = 23 prose words over 7 sentences.
        assert_eq!(stats.average_sentence_words, 3.3);
        assert_eq!(stats.readability, None, "too short to say");
        assert_eq!(stats.words, render(md).words);
    }

    #[test]
    fn footnotes_and_line_breaks_do_not_make_sentences() {
        let md = "Roses are red  \nviolets are blue.[^1] A poem.\n\n[^1]: A note.\n";
        let stats = draft_stats(&render(md), "en");
        assert_eq!(stats.sentences, 2);
        assert_eq!(stats.paragraphs, 1);
    }

    #[test]
    fn syllable_counts_of_sample_words() {
        let cases = [
            ("cat", 1),
            ("the", 1),
            ("table", 2),
            ("little", 2),
            ("whole", 1),
            ("make", 1),
            ("makes", 1),
            ("walked", 1),
            ("wanted", 2),
            ("boxes", 2),
            ("places", 2),
            ("happy", 2),
            ("yellow", 2),
            ("beautiful", 3),
            ("lovely", 2),
            ("completely", 3),
            ("apartment", 3),
            ("radio", 3),
            ("video", 3),
            ("actual", 3),
            ("nation", 2),
            ("special", 2),
            ("education", 4),
            ("university", 5),
            ("free", 1),
            ("café", 2),
            ("don't", 1),
        ];
        for (word, expected) in cases {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn flesch_kincaid_grade_of_known_passages() {
        // Syllables counted by hand. 37 words, 4 sentences, 40 syllables:
        // 0.39 × 37/4 + 11.8 × 40/37 − 15.59 = 0.77.
        let simple = "The cat sat on the mat and ate a fish. The dog ran to the park \
                      with his yellow ball. We all went home at noon for dinner. Then we had \
                      a long nap in the garden.";
        let r = draft_stats(&render(simple), "en-GB").readability.unwrap();
        assert_eq!(r.kind, "grade");
        assert!((r.value - 0.8).abs() <= 0.3, "{}", r.value);
        assert_eq!(r.label, "reads at about grade 1");

        // 43 words, 2 sentences, 56 syllables: 0.39 × 21.5 + 11.8 × 56/43 − 15.59 = 8.16.
        let middle = "When I first wrote this story, it was only a page long. My teacher \
                      asked me to describe the house where my grandmother lived, so I added a \
                      paragraph about the kitchen, the garden, and the old wooden stairs that \
                      creaked at night.";
        let r = draft_stats(&render(middle), "en").readability.unwrap();
        assert!((r.value - 8.2).abs() <= 0.5, "{}", r.value);
        assert_eq!(r.label, "reads at about grade 8");

        // 36 words, 2 sentences, 104 syllables: 0.39 × 18 + 11.8 × 104/36 − 15.59 = 25.5.
        let hard = "Educational institutions increasingly recognize that comprehensive \
                    evaluation requires consideration of individual development over \
                    considerable periods. Consequently, portfolios documenting successive \
                    revisions provide teachers with valuable evidence about a student's \
                    thinking and the deliberate choices behind each improvement.";
        let r = draft_stats(&render(hard), "en").readability.unwrap();
        assert!((r.value - 25.5).abs() <= 1.0, "{}", r.value);
        assert!(
            r.label.starts_with("reads at a university level (grade 2"),
            "{}",
            r.label
        );
    }

    #[test]
    fn lix_for_other_languages() {
        // 30 words in 3 sentences, 3 of them longer than six letters: 10 + 10 = 20.
        let text = "Jag skrev texten igen i morse och den blev bättre än förut. \
                    Läraren läste den noga och skrev några kommentarer till mig. \
                    Nästa version ska handla mer om min mormor.";
        let r = draft_stats(&render(text), "sv").readability.unwrap();
        assert_eq!(r.kind, "lix");
        assert_eq!(r.value, 20.0);
        assert_eq!(r.label, "LIX 20: very easy");
    }

    #[test]
    fn new_words_skip_inflections_short_words_digits_and_code() {
        let mut vocab = Vocabulary::new();
        vocab.add(&render(
            "I walk to the old garden. We make tea. A story. Run.",
        ));
        let next = render(
            "She walked, walking, walks. Making tea in gardens; stories. Running. \
             A well-known gardener's 3rd visit (b4) was quietly quiet. Quiet!\n\n\
             `println` and:\n\n```\nsomecode here\n```\n",
        );
        assert_eq!(
            vocab.new_words(&next),
            ["well-known", "gardener", "visit", "quietly"]
        );
        vocab.add(&next);
        assert!(vocab.new_words(&next).is_empty());
    }

    #[test]
    fn stems_meet_for_simple_inflections_only() {
        for (a, b) in [
            ("walk", "walked"),
            ("walk", "walking"),
            ("make", "making"),
            ("stop", "stopped"),
            ("box", "boxes"),
            ("story", "stories"),
            ("try", "tried"),
            ("quick", "quickly"),
            ("happy", "happily"),
            ("tell", "telling"),
            ("agree", "agreed"),
            ("see", "seeing"),
            ("hope", "hoped"),
            ("love", "lovely"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
        for (a, b) in [
            ("thing", "th"),
            ("string", "str"),
            ("early", "ear"),
            ("need", "ne"),
        ] {
            assert_ne!(stem(a), stem(b), "{a} / {b}");
        }
        assert_eq!(normalize_word("Writer’s").as_deref(), Some("writer"));
        assert_eq!(normalize_word("Well‐Known").as_deref(), Some("well-known"));
        assert_eq!(normalize_word("b4"), None);
    }

    #[test]
    fn step_growth_shares_and_caps() {
        let stats = ChangeStats {
            words_added: 80,
            words_cut: 20,
            blocks_moved: 2,
            ..ChangeStats::default()
        };
        let words: Vec<String> = (0..15).map(|i| format!("word{i}")).collect();
        let step = step_growth(&stats, 240, words);
        assert_eq!(step.share_revised, 33);
        assert_eq!(step.paragraphs_moved, 2);
        assert_eq!(step.new_words.len(), NEW_WORDS_SHOWN);
        assert_eq!(step.new_word_count, 15);
        let all_new = ChangeStats {
            words_added: 50,
            ..ChangeStats::default()
        };
        assert_eq!(step_growth(&all_new, 0, Vec::new()).share_revised, 100);
    }

    fn draft(words: usize) -> DraftStats {
        DraftStats {
            words,
            sentences: 1,
            average_sentence_words: words as f64,
            longest_sentence_words: words,
            paragraphs: 1,
            readability: None,
        }
    }

    fn step(added: usize, cut: usize, tried: usize) -> StepGrowth {
        StepGrowth {
            words_added: added,
            words_cut: cut,
            share_revised: 0,
            paragraphs_moved: 0,
            new_words: Vec::new(),
            new_word_count: tried,
        }
    }

    #[test]
    fn piece_summaries() {
        let grew = piece_growth(
            &[draft(180), draft(240), draft(300), draft(412)],
            &[step(100, 40, 5), step(80, 20, 6), step(50, 0, 3)],
        );
        assert_eq!(grew.words_added, 230);
        assert_eq!(grew.words_cut, 60);
        assert_eq!(grew.new_words_tried, 14);
        assert_eq!(
            grew.summary,
            "Grew from 180 to 412 words over four drafts. Along the way 230 words were added, \
             60 cut, and 14 new words tried."
        );

        let one = piece_growth(&[draft(180)], &[]);
        assert_eq!(
            one.summary,
            "One draft so far, at 180 words. Every piece starts somewhere."
        );

        let tightened = piece_growth(
            &[draft(900), draft(700), draft(640)],
            &[step(0, 200, 0), step(1, 61, 1)],
        );
        assert_eq!(
            tightened.summary,
            "Tightened from 900 to 640 words over three drafts. Along the way 1 word was added, \
             261 cut, and 1 new word tried. Cutting is revision too."
        );

        let same = piece_growth(&[draft(300), draft(300)], &[step(12, 12, 0)]);
        assert_eq!(
            same.summary,
            "Stayed at 300 words over two drafts. Along the way 12 words were added and 12 cut. \
             The changes are in the wording."
        );

        let untouched = piece_growth(&[draft(50), draft(50)], &[step(0, 0, 0)]);
        assert_eq!(
            untouched.summary,
            "Stayed at 50 words over two drafts. The words stayed the same from draft to draft."
        );

        let many: Vec<DraftStats> = (0..12).map(|i| draft(100 + i)).collect();
        let long = piece_growth(&many, &[step(0, 0, 3)]);
        assert_eq!(
            long.summary,
            "Grew from 100 to 111 words over 12 drafts. Along the way 3 new words were tried."
        );
    }
}
