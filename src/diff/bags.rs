//! A block's words as a bag of counted word hashes: what aligning blocks, finding moves and
//! telling splits and joins measure similarity with.

use std::hash::Hasher;

/// A block's words with their counts, for similarity measured on words, not characters.
/// Words are runs of letters and digits, lower-cased: close enough to a reader's words for
/// measuring similarity, and much cheaper than Unicode word segmentation. Each word is kept as
/// a 64-bit hash (sorted), which compares without a table of words; two words sharing a hash
/// would only nudge a similarity score.
#[derive(Debug, Clone)]
pub(crate) struct WordBag {
    counts: Vec<(u64, u32)>,
    total: usize,
}

impl WordBag {
    pub(crate) fn of(text: &str) -> WordBag {
        let mut hashes: Vec<u64> = if text.is_ascii() {
            (text.as_bytes().split(|b| !b.is_ascii_alphanumeric()))
                .filter(|w| !w.is_empty())
                .map(ascii_word_hash)
                .collect()
        } else {
            let mut hashes = Vec::new();
            for w in text.split(|c: char| !c.is_alphanumeric()) {
                if w.is_empty() {
                    continue;
                }
                if w.chars().any(crate::text::is_written_without_spaces) {
                    bigram_hashes(w, &mut hashes);
                    continue;
                }
                // Numbered as in ASCII text when it is ASCII, so the two meet.
                let lower = w.to_lowercase();
                hashes.push(match lower.is_ascii() {
                    true => ascii_word_hash(lower.as_bytes()),
                    false => word_hash(lower.as_bytes()),
                });
            }
            hashes
        };
        hashes.sort_unstable();
        let total = hashes.len();
        let mut counts: Vec<(u64, u32)> = Vec::with_capacity(total);
        for hash in hashes {
            match counts.last_mut() {
                Some((last, n)) if *last == hash => *n += 1,
                _ => counts.push((hash, 1)),
            }
        }
        WordBag { counts, total }
    }
    /// Dice coefficient: shared words over the average length, 0 to 1.
    pub(crate) fn similarity(&self, other: &WordBag) -> f64 {
        if self.total + other.total == 0 {
            return 1.0;
        }
        2.0 * self.shared(other) as f64 / (self.total + other.total) as f64
    }

    /// How many words the two bags share, each counted as often as the bag holding it fewer
    /// times holds it.
    pub(crate) fn shared(&self, other: &WordBag) -> usize {
        let (a, b) = (&self.counts, &other.counts);
        let (mut i, mut j, mut shared) = (0, 0, 0usize);
        while let (Some(&(x, n)), Some(&(y, m))) = (a.get(i), b.get(j)) {
            match x.cmp(&y) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    shared += n.min(m) as usize;
                    i += 1;
                    j += 1;
                }
            }
        }
        shared
    }

    /// The words of both bags together.
    pub(crate) fn merged(&self, other: &WordBag) -> WordBag {
        let (a, b) = (&self.counts, &other.counts);
        let mut counts = Vec::with_capacity(a.len() + b.len());
        let (mut i, mut j) = (0, 0);
        loop {
            match (a.get(i), b.get(j)) {
                (Some(&(x, n)), Some(&(y, m))) => match x.cmp(&y) {
                    std::cmp::Ordering::Less => {
                        counts.push((x, n));
                        i += 1;
                    }
                    std::cmp::Ordering::Greater => {
                        counts.push((y, m));
                        j += 1;
                    }
                    std::cmp::Ordering::Equal => {
                        counts.push((x, n + m));
                        i += 1;
                        j += 1;
                    }
                },
                (Some(&pair), None) | (None, Some(&pair)) => {
                    counts.push(pair);
                    i += 1;
                    j += 1;
                }
                (None, None) => break,
            }
        }
        WordBag {
            counts,
            total: self.total + other.total,
        }
    }

    /// The words of this bag that `other` does not hold (as many times).
    pub(crate) fn minus(&self, other: &WordBag) -> WordBag {
        let mut counts = Vec::with_capacity(self.counts.len());
        let mut j = 0;
        for &(x, n) in &self.counts {
            while other.counts.get(j).is_some_and(|&(y, _)| y < x) {
                j += 1;
            }
            let taken = match other.counts.get(j) {
                Some(&(y, m)) if y == x => m.min(n),
                _ => 0,
            };
            if n > taken {
                counts.push((x, n - taken));
            }
        }
        let total = counts.iter().map(|&(_, n)| n as usize).sum();
        WordBag { counts, total }
    }

    /// How many words the bag holds.
    /// Each word of the bag, as its hash.
    pub(crate) fn words(&self) -> impl Iterator<Item = u64> + '_ {
        self.counts.iter().map(|&(word, _)| word)
    }

    /// Whether the bag holds a word, given as its hash.
    pub(crate) fn has(&self, word: u64) -> bool {
        self.counts.binary_search_by_key(&word, |&(w, _)| w).is_ok()
    }

    pub(crate) fn len(&self) -> usize {
        self.total
    }

    /// The most [`WordBag::similarity`] could say: all of the smaller bag shared.
    pub(crate) fn similarity_at_most(&self, other: &WordBag) -> f64 {
        let total = self.total + other.total;
        if total == 0 {
            return 1.0;
        }
        2.0 * self.total.min(other.total) as f64 / total as f64
    }
}

/// Pushes the hashes of a run's character pairs (the run itself if it is one or two
/// characters). In Chinese, Japanese or Thai a run between punctuation is a clause, not a word,
/// and two versions of a sentence rarely share a whole clause; pairs of characters are what
/// search engines index those scripts by, and they tell a revised paragraph from another
/// paragraph where single characters would not (の, が and た are in nearly every Japanese
/// sentence).
fn bigram_hashes(run: &str, hashes: &mut Vec<u64>) {
    let starts: Vec<usize> = run
        .char_indices()
        .map(|(i, _)| i)
        .chain([run.len()])
        .collect();
    if starts.len() <= 3 {
        hashes.push(word_hash(run.as_bytes()));
        return;
    }
    hashes.extend(
        starts
            .windows(3)
            .map(|w| word_hash(&run.as_bytes()[w[0]..w[2]])),
    );
}

fn word_hash(word: &[u8]) -> u64 {
    let mut hash = rustc_hash::FxHasher::default();
    hash.write(word);
    hash.finish()
}

/// A number for a word of ASCII letters and digits, the same for its upper and lower case.
/// Up to eight bytes the number is the bytes themselves, lower-cased by setting their 0x20 bit
/// (which digits have already), with spaces (which no word holds) after them; longer words are
/// lower-cased and hashed ([`word_hash`]).
fn ascii_word_hash(word: &[u8]) -> u64 {
    if word.len() <= 8 {
        let mut bytes = [0u8; 8];
        bytes[..word.len()].copy_from_slice(word);
        return u64::from_le_bytes(bytes) | 0x2020_2020_2020_2020;
    }
    let mut buffer = [0u8; 32];
    match buffer.get_mut(..word.len()) {
        Some(lower) => {
            lower.copy_from_slice(word);
            lower.make_ascii_lowercase();
            word_hash(lower)
        }
        None => word_hash(&word.to_ascii_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::WordBag;

    #[test]
    fn a_word_is_counted_alike_in_ascii_and_other_text() {
        // The first is not ASCII (its apostrophe), so its words take the other path.
        let curly = WordBag::of("In today’s class we planted Seeds and watered them");
        let plain = WordBag::of("we planted seeds and watered them extraordinarily");
        // Six words shared of ten and seven.
        assert!((curly.similarity(&plain) - 12.0 / 17.0).abs() < 1e-9);
    }

    #[test]
    fn a_revised_japanese_paragraph_is_like_its_first_version_and_unlike_another() {
        let first =
            WordBag::of("学校へ行く道で、イチョウの葉が黄色くなっていた。きれいだと思った。");
        let revised = WordBag::of(
            "学校へ行く道で、イチョウの葉が一枚、自転車のかごに落ちてきた。黄色というより、バターの色だった。",
        );
        let other =
            WordBag::of("秋は好きだ。吐く息が白くなるたびに、夏がもう戻らないことを思い出す。");
        // Clause by clause they share one clause of three and five: 0.25, below pairing.
        assert!(
            first.similarity(&revised) > 0.4,
            "{}",
            first.similarity(&revised)
        );
        assert!(
            first.similarity(&other) < 0.1,
            "{}",
            first.similarity(&other)
        );
    }

    #[test]
    fn a_run_is_counted_in_pairs_of_characters() {
        assert_eq!(WordBag::of("雨。").total, 1);
        assert_eq!(WordBag::of("雨だ。").total, 1);
        assert_eq!(WordBag::of("雨だった。").total, 3);
    }
}
