//! Growth statistics: what the text of each draft shows about the writing, computed from the text.
//!
//! Everything here is a pure function of rendered drafts (and of the diff's counts between them):
//! no I/O, so the site stage can compute it for every piece in parallel. The figures are meant
//! for a student and a teacher, so each comes with plain words ([`Readability::label`],
//! [`PieceGrowth::summary`]) and none of them is a mark: they describe, they never judge.
//!
//! Each language is measured its own way (`language`): Chinese and Japanese in characters
//! (`counting`), readability by the measure established for the language (`readability`),
//! new words compared by their Snowball stems where there is a stemmer (`vocabulary`).
//!
//! What counts as prose: sentences, paragraphs and readability read paragraphs, list items and
//! block quotes; they leave out headings (titles, not sentences), tables (cells are data), code
//! blocks and footnote definitions. New words also read headings, tables and footnotes, but
//! never code (blocks or inline).

mod counting;
mod language;
mod prose;
mod readability;
mod sentences;
mod syllables;
mod vocabulary;

use std::collections::HashMap;

use serde::Serialize;

use crate::diff::ChangeStats;
use crate::english::{and_list, count, plural};
use crate::markdown::Rendered;
use crate::text::FastHash;
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
            for word in counting::units(sentence) {
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

pub(super) fn one_decimal(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests;
