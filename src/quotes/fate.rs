//! What became of a quoted passage in the next draft: kept, revised or cut.

use std::collections::HashMap;

use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use super::find_quote;
use super::normalized::{Case, Haystack, Normalized, quote_source};
use crate::markdown::Rendered;

/// What became of a quoted passage in the next draft.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuoteFate {
    /// The passage is still there, word for word (punctuation style, spacing and case aside).
    Kept,
    /// The passage is gone, but enough of its words are in one block to call it rewritten.
    Revised,
    /// The passage and most of its words are gone.
    Cut,
}

impl QuoteFate {
    /// `kept`, `revised`, `cut`: as templates see it, and the translation's `fate-` message
    /// that says it in words ("kept as it was").
    pub fn key(self) -> &'static str {
        match self {
            QuoteFate::Kept => "kept",
            QuoteFate::Revised => "revised",
            QuoteFate::Cut => "cut",
        }
    }
}

/// Below this share of a passage's weighted words found in one block of the next draft, the
/// passage counts as cut rather than revised.
const CUT_BELOW: f64 = 1.0 / 3.0;

/// Below this share of its word pairs surviving, a passage whose words survive was still cut.
const PAIRS_BELOW: f64 = 1.0 / 5.0;

/// Tells whether the passage `quote` was kept, revised or cut in the `next` draft.
///
/// Kept if [`find_quote`] finds it there. Otherwise the passage's words (lowercased, Unicode
/// words, as a multiset) are looked for block by block, and the best block decides: if less than
/// a third of the passage survives there, it was cut. If more does, its word pairs decide
/// (`pairs_survive`): a passage whose words were scattered into other sentences was cut too.
///
/// Why single words and not word pairs: a rewrite keeps a passage's content words but rarely
/// their order ("walked home after school" → "after school, I dragged my feet home"), so pairs
/// call most rewrites cuts. Single words have the opposite weakness: small words such as "it",
/// "was", "a" survive a deletion elsewhere in the draft. Two things keep them from deciding:
/// each word counts `1 / (times it occurs in the next draft)` (at least 1), so words found all
/// over the draft weigh little and a rare word kept weighs fully; and the words must meet in one
/// block, not be scattered over the draft. In a very short next draft a passage made only of
/// small words can still read as revised.
pub fn quote_fate(quote: &str, next: &Rendered) -> QuoteFate {
    let haystack = Haystack::new(&next.blocks);
    if haystack.find(quote).is_some() {
        return QuoteFate::Kept;
    }
    words_fate(quote, &haystack)
}

/// [`quote_fate`] for a passage already known not to be in `haystack` verbatim.
fn words_fate(quote: &str, haystack: &Haystack<'_>) -> QuoteFate {
    let passage = Normalized::new(&quote_source(quote), Case::Folded);
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut wanted: Vec<usize> = Vec::new();
    for word in passage.text.unicode_words() {
        let i = *index.entry(word).or_insert_with(|| {
            wanted.push(0);
            wanted.len() - 1
        });
        wanted[i] += 1;
    }
    if wanted.is_empty() {
        return QuoteFate::Cut;
    }
    // How often each of the passage's words occurs in each block, and in the whole draft.
    let in_blocks: Vec<Vec<usize>> = haystack
        .blocks(Case::Folded)
        .iter()
        .map(|block| {
            let mut counts = vec![0; wanted.len()];
            for word in block.text.unicode_words() {
                if let Some(&i) = index.get(word) {
                    counts[i] += 1;
                }
            }
            counts
        })
        .collect();
    let mut in_draft = vec![0; wanted.len()];
    for counts in &in_blocks {
        for (total, n) in in_draft.iter_mut().zip(counts) {
            *total += n;
        }
    }
    let weight = |i: usize| 1.0 / in_draft[i].max(1) as f64;
    let whole: f64 = (0..wanted.len())
        .map(|i| weight(i) * wanted[i] as f64)
        .sum();
    let best = in_blocks
        .iter()
        .map(|counts| {
            (0..wanted.len())
                .map(|i| weight(i) * counts[i].min(wanted[i]) as f64)
                .sum::<f64>()
        })
        .fold(0.0, f64::max);
    if best / whole < CUT_BELOW {
        return QuoteFate::Cut;
    }
    pairs_survive(quote, haystack)
}

/// What became of `quote`, a passage of `old`, in `next`, knowing from the comparison of the
/// two drafts which block of `next` each block of `old` became (`new_of_old`). When the block
/// that held the passage was cut whole, the passage was cut too, unless a third of its runs of
/// three words live on elsewhere (moved into a list, say): a name or a pair of common words
/// turning up again is not the passage. Otherwise [`quote_fate`] decides.
pub fn quote_fate_after(
    quote: &str,
    old: &Rendered,
    next: &Rendered,
    new_of_old: &[Option<usize>],
) -> QuoteFate {
    let haystack = Haystack::new(&next.blocks);
    if haystack.find(quote).is_some() {
        return QuoteFate::Kept;
    }
    match find_quote(&old.blocks, quote) {
        Some(spot) if new_of_old.get(spot.block) == Some(&None) => {
            if runs_survive(quote, &haystack, 3) >= 1.0 / 3.0 {
                QuoteFate::Revised
            } else {
                QuoteFate::Cut
            }
        }
        _ => words_fate(quote, &haystack),
    }
}

/// The share of the passage's runs of `n` words (or of the whole passage, when shorter) that
/// are still in one block or another of the draft.
fn runs_survive(quote: &str, next: &Haystack<'_>, n: usize) -> f64 {
    let passage = Normalized::new(&quote_source(quote), Case::Folded);
    let words: Vec<&str> = passage.text.unicode_words().collect();
    if words.is_empty() {
        return 0.0;
    }
    let n = n.min(words.len());
    let mut runs: std::collections::HashSet<&[&str]> = std::collections::HashSet::new();
    let blocks: Vec<Vec<&str>> = next
        .blocks(Case::Folded)
        .iter()
        .map(|b| b.text.unicode_words().collect())
        .collect();
    for block in &blocks {
        runs.extend(block.windows(n));
    }
    let wanted = words.len() + 1 - n;
    let kept = words.windows(n).filter(|w| runs.contains(w)).count();
    kept as f64 / wanted as f64
}

/// The second test of a passage whose words survive: revised only if at least a fifth of its
/// word pairs are still in the draft. A cut sentence's content words (a name, "my partner")
/// often turn up again in other sentences; its pairs of words rarely do, while even a thorough
/// rewrite keeps one or two ("after school").
fn pairs_survive(quote: &str, next: &Haystack<'_>) -> QuoteFate {
    if runs_survive(quote, next, 2) < PAIRS_BELOW {
        QuoteFate::Cut
    } else {
        QuoteFate::Revised
    }
}
