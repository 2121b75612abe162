//! Growth statistics: what the text of each draft shows about the writing, computed from the text.
//!
//! Everything here is a pure function of rendered drafts (and of the diff's counts between them):
//! no I/O, so the site stage can compute it for every piece in parallel. The figures are meant
//! for a student and a teacher, so each comes with plain words ([`Readability::label`],
//! [`PieceGrowth::summary`]) and none of them is a mark: they describe, they never judge.
//!
//! Each language is measured its own way (`language`): Chinese and Japanese in characters
//! and Thai in the words a model finds (both cut by [`crate::text`]), readability by the measure established for the language (`readability`),
//! new words compared by their Snowball stems where there is a stemmer (`vocabulary`).
//!
//! What counts as prose: sentences, paragraphs and readability read paragraphs, list items and
//! block quotes; they leave out headings (titles, not sentences), tables (cells are data), code
//! blocks and footnote definitions. New words also read headings, tables and footnotes, but
//! never code (blocks or inline).

mod language;
mod prose;
mod readability;
mod sentences;
mod syllables;
mod vocabulary;

use std::collections::HashMap;

use serde::Serialize;

use crate::diff::ChangeStats;
use crate::i18n::{Arg, Catalog};
use crate::markdown::Rendered;
use crate::text::{self, FastHash};
use language::Language;
use prose::{Reading, prose_units};
pub use readability::{Band, Readability, Scale};
use sentences::split_sentences;
pub use vocabulary::{Vocabulary, first_tried_across};

/// Below this many words of prose a readability figure would say more about chance than about
/// the writing, so none is given.
const READABILITY_MIN_WORDS: usize = 30;

/// How many of a step's new words [`StepGrowth::new_words`] lists; the rest are only counted.
pub const NEW_WORDS_SHOWN: usize = 12;

/// Words shorter than this (in letters) are never reported as new: short words are mostly
/// function words, and listing them would be noise.
pub(super) const NEW_WORD_MIN_LETTERS: usize = 4;

/// Statistics of one draft's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DraftStats {
    /// Words in the whole draft (the same count the rest of the site shows).
    pub words: usize,
    /// Sentences in its prose; a paragraph or list item that ends without punctuation counts
    /// as one.
    pub sentences: usize,
    /// Words per sentence over the prose, rounded to one decimal (0 when there is no prose).
    /// In Chinese and Japanese, characters per sentence (see `counting`).
    pub average_sentence_words: f64,
    /// Words (characters in Chinese and Japanese) in the longest sentence.
    pub longest_sentence_words: usize,
    /// Paragraphs: `<p>` elements (block quotes included) outside lists, plus bare text.
    pub paragraphs: usize,
    /// How hard the prose is to read, or `None` when it is too short to say.
    pub readability: Option<Readability>,
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

/// Statistics of one draft. `language` is the language's tag (`en`, `en-GB`, `es`, `zh-Hans`
/// ...): it says how sentences are measured and which readability measure is used ([`Scale`]).
pub fn draft_stats(rendered: &Rendered, language: &str) -> DraftStats {
    let units = prose_units(rendered, Reading::Sentences);
    let scale = Language::from_tag(language).scale();
    // One pass over the words gives the sentences' lengths and what readability weighs in
    // them (syllables, letters or long words).
    let mut sentence_words = Vec::new();
    let mut weight = 0usize;
    // Words repeat: each one is weighed once.
    let mut weighed: HashMap<&str, usize, FastHash> = HashMap::default();
    for unit in &units {
        for sentence in split_sentences(&unit.text) {
            let mut words = 0;
            for word in text::words(sentence) {
                words += 1;
                if let Some(scale) = scale {
                    weight += *weighed.entry(word).or_insert_with(|| scale.weigh(word));
                }
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
    let readability = scale
        .filter(|_| prose_words >= READABILITY_MIN_WORDS)
        .map(|scale| scale.measure(prose_words, sentence_words.len(), weight));
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
/// change between consecutive drafts; its summary is said in the language of `words`.
pub fn piece_growth(
    draft_stats: &[DraftStats],
    steps: &[StepGrowth],
    words: &Catalog,
) -> PieceGrowth {
    let mut growth = PieceGrowth {
        drafts: draft_stats.len(),
        words_first: draft_stats.first().map_or(0, |d| d.words),
        words_latest: draft_stats.last().map_or(0, |d| d.words),
        words_added: steps.iter().map(|s| s.words_added).sum(),
        words_cut: steps.iter().map(|s| s.words_cut).sum(),
        new_words_tried: steps.iter().map(|s| s.new_word_count).sum(),
        summary: String::new(),
    };
    growth.summary = summary(&growth, words);
    growth
}

/// How a piece grew, in a few sentences: from how many words to how many over how many
/// drafts, what was added, cut and tried on the way, and a word of encouragement where it
/// fits.
fn summary(g: &PieceGrowth, words: &Catalog) -> String {
    let (first, latest) = (g.words_first, g.words_latest);
    let counts = |names: &[(&'static str, usize)]| -> Vec<(&'static str, Arg<'static>)> {
        names.iter().map(|(k, v)| (*k, Arg::from(*v))).collect()
    };
    let opening = match g.drafts {
        0 => return words.text("growth-none"),
        1 => return words.with("growth-one", &counts(&[("words", latest)])),
        _ if latest > first => "growth-grew",
        _ if latest < first => "growth-tightened",
        _ => "growth-stayed",
    };
    let all = counts(&[
        ("drafts", g.drafts),
        ("first", first),
        ("latest", latest),
        ("added", g.words_added),
        ("cut", g.words_cut),
        ("tried", g.new_words_tried),
    ]);
    let mut sentences = vec![words.with(opening, &all)];
    let along: Vec<&str> = [
        (g.words_added, "added"),
        (g.words_cut, "cut"),
        (g.new_words_tried, "tried"),
    ]
    .iter()
    .filter(|(n, _)| *n > 0)
    .map(|(_, what)| *what)
    .collect();
    sentences.push(if along.is_empty() {
        words.text("growth-same-words")
    } else {
        words.with(&format!("growth-{}", along.join("-")), &all)
    });
    if latest < first {
        sentences.push(words.text("growth-cutting-is-revision"));
    } else if latest == first && g.words_added > 0 {
        sentences.push(words.text("growth-in-the-wording"));
    }
    sentences.join(&words.text("sentence-gap"))
}

pub(super) fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;
