//! Scripts written without spaces between words, where UAX #29 alone does not give what a
//! reader counts.
//!
//! Chinese and Japanese writers measure a text's length in characters, not words (字数, 文字数:
//! the count a teacher sets an essay's length in, and the one word processors show). So every
//! Han ideograph, kana and Bopomofo letter is one word here, and a word in another script
//! inside the text (`iPhone`, `2024`) is one word as it is. UAX #29 already cuts Han and
//! hiragana one character at a time but keeps a run of katakana together (`コンピューター`, one
//! loanword of seven characters) and Bopomofo with the letters beside it, so those runs are cut
//! into characters (grapheme clusters, so a sound mark stays on its letter). The rule follows
//! the script, not the language: a Chinese character quoted in an English draft is one word
//! too, as UAX #29 has it. A draft's word count, the diff's words and the growth statistics
//! all count this way.
//!
//! Thai, Lao, Khmer and Burmese are written without spaces between words too, but their writers
//! count words, and UAX #29 leaves finding them to a dictionary: on its own it cuts between
//! nearly every letter (a consonant with its vowel and tone marks), so `ฉันชอบกินข้าวผัด`, five
//! words, would be twelve. A run of those scripts is cut by ICU4X's word segmenter with its LSTM
//! models instead (`icu_segmenter`, `WordSegmenter::new_lstm`): about 0.4 MB of compiled data,
//! where its dictionaries would add 3 MB (two thirds of it for Chinese and Japanese, counted in
//! characters here). The model is a small neural network, slower than a dictionary lookup, but
//! it only ever sees those runs, and each run is cut once per build ([`CUT_RUNS`]). On Thai prose it finds about 1.2 words for each one a
//! dictionary segmenter finds (PyThaiNLP's `newmm`), splitting compounds such as `ดังนั้น` that
//! the dictionary keeps whole; UAX #29 alone finds 3.3.

use std::collections::HashMap;
use std::iter::Peekable;
use std::sync::{LazyLock, Mutex, PoisonError};

use icu_segmenter::{WordSegmenter, WordSegmenterBorrowed};
use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// Whether `c` calls for more than UAX #29 where it stands: a character counted alone or a
/// letter of a script without spaces between words.
pub(super) fn needs_refining(c: char) -> bool {
    is_counted_by_character(c) || is_spaceless(c)
}

/// Whether `c` is written in a script measured in characters: Han (with its radicals and
/// strokes), hiragana, katakana (with the prolonged sound mark and half-width forms) and
/// Bopomofo.
fn is_counted_by_character(c: char) -> bool {
    matches!(c,
        '\u{2E80}'..='\u{2FDF}'     // CJK radicals, Kangxi radicals
        | '\u{3005}'..='\u{3007}'   // 々 〆 〇
        | '\u{3021}'..='\u{3029}'   // Hangzhou numerals
        | '\u{3031}'..='\u{3035}'   // kana repeat marks
        | '\u{3041}'..='\u{3096}'   // hiragana
        | '\u{309D}'..='\u{309F}'   // hiragana iteration marks, ゟ
        | '\u{30A1}'..='\u{30FA}'   // katakana
        | '\u{30FC}'..='\u{30FF}'   // ー and katakana iteration marks
        | '\u{3100}'..='\u{312F}'   // Bopomofo
        | '\u{31A0}'..='\u{31BF}'   // Bopomofo extended
        | '\u{31C0}'..='\u{31EF}'   // CJK strokes
        | '\u{31F0}'..='\u{31FF}'   // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}'   // Han extension A
        | '\u{4E00}'..='\u{9FFF}'   // Han
        | '\u{F900}'..='\u{FAFF}'   // Han compatibility
        | '\u{FF66}'..='\u{FF9F}'   // half-width katakana
        | '\u{20000}'..='\u{3134F}' // Han extensions B to G
    )
}

/// Whether `c` belongs to a script written without spaces between words that UAX #29 leaves to
/// a dictionary: Thai, Lao, Burmese (with its extensions) and Khmer (with its symbols).
pub(super) fn is_spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'   // Thai, Lao
        | '\u{1000}'..='\u{109F}' // Myanmar
        | '\u{1780}'..='\u{17FF}' // Khmer
        | '\u{19E0}'..='\u{19FF}' // Khmer symbols
        | '\u{A9E0}'..='\u{A9FF}' // Myanmar extended B
        | '\u{AA60}'..='\u{AA7F}' // Myanmar extended A
    )
}

/// ICU4X's word segmenter with its LSTM models, made once (it only borrows compiled data).
static SPACELESS_WORDS: LazyLock<WordSegmenterBorrowed<'static>> =
    LazyLock::new(|| WordSegmenter::new_lstm(Default::default()));

/// Runs of spaceless script already cut, by their text, with where their words end. The model
/// takes about a millisecond per kilobyte, and the same runs come back again and again: each
/// draft is cut for its word count, its statistics and every comparison it is in, and the drafts
/// of a piece share most of their text. A Thai README with 73 revisions (1.4 MB) built in 3.1 s
/// without it, 0.25 s before the model came in.
static CUT_RUNS: LazyLock<Mutex<RunCache>> = LazyLock::new(Mutex::default);

/// What [`CUT_RUNS`] holds: emptied when its runs pass [`RunCache::MAX_BYTES`], so a build of
/// any size keeps it small.
#[derive(Default)]
struct RunCache {
    ends: HashMap<Box<str>, Box<[u32]>, super::FastHash>,
    bytes: usize,
}

impl RunCache {
    const MAX_BYTES: usize = 16 << 20;

    /// Where the words of `run` end (the run's length last).
    fn ends(run: &str) -> Box<[u32]> {
        let lock = || CUT_RUNS.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(ends) = lock().ends.get(run) {
            return ends.clone();
        }
        // The segmenter's breaks start at 0 and end at the run's length; said again, so no
        // letter can go missing whatever it returns.
        let mut ends: Vec<u32> = SPACELESS_WORDS
            .segment_str(run)
            .filter_map(|at| u32::try_from(at).ok())
            .filter(|&at| at > 0)
            .collect();
        ends.extend(u32::try_from(run.len()).ok());
        ends.sort_unstable();
        ends.dedup();
        let ends: Box<[u32]> = ends.into();
        let mut cache = lock();
        if cache.bytes + run.len() > Self::MAX_BYTES {
            *cache = RunCache::default();
        }
        cache.bytes += run.len() + 4 * ends.len();
        cache.ends.insert(run.into(), ends.clone());
        ends
    }
}

/// The pieces of a text with a script in it that [`needs_refining`]: UAX #29's, with each
/// piece holding characters counted alone cut into them, and each run of Thai, Lao, Khmer or
/// Burmese (the clusters UAX #29 leaves, side by side) cut into words by [`SPACELESS_WORDS`].
pub(super) struct Refined<'a> {
    text: &'a str,
    bounds: Peekable<UWordBoundIndices<'a>>,
    /// The pieces a piece or a run was cut into, being handed out.
    cut: std::vec::IntoIter<(usize, &'a str)>,
    /// Whether pieces are cut into the characters counted alone, or left as UAX #29 has them.
    characters: bool,
}

impl<'a> Refined<'a> {
    /// The pieces of `text`, with characters counted alone cut apart if `characters`.
    pub(super) fn new(text: &'a str, characters: bool) -> Refined<'a> {
        Refined {
            text,
            bounds: text.split_word_bound_indices().peekable(),
            cut: Vec::new().into_iter(),
            characters,
        }
    }

    /// The run of spaceless script that starts with the piece at `start`, cut into words.
    fn words_of_run(&mut self, start: usize, piece: &str) -> Vec<(usize, &'a str)> {
        let spaceless = |piece: &str| piece.chars().next().is_some_and(is_spaceless);
        let mut end = start + piece.len();
        while let Some(&(at, next)) = self.bounds.peek()
            && at == end
            && spaceless(next)
        {
            end += next.len();
            self.bounds.next();
        }
        let run = &self.text[start..end];
        let mut from = 0;
        RunCache::ends(run)
            .iter()
            .map(|&to| {
                let (at, word) = (from, &run[from..to as usize]);
                from = to as usize;
                (start + at, word)
            })
            .collect()
    }
}

/// `piece` (at `start`) in characters: each grapheme cluster of a character counted alone on
/// its own, and the run of others between them together.
fn characters(start: usize, piece: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut others: Option<usize> = None;
    for (at, grapheme) in piece.grapheme_indices(true) {
        if grapheme.chars().next().is_some_and(is_counted_by_character) {
            if let Some(from) = others.take() {
                out.push((start + from, &piece[from..at]));
            }
            out.push((start + at, grapheme));
        } else if others.is_none() {
            others = Some(at);
        }
    }
    if let Some(from) = others {
        out.push((start + from, &piece[from..]));
    }
    out
}

impl<'a> Iterator for Refined<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        if let Some(piece) = self.cut.next() {
            return Some(piece);
        }
        let (start, piece) = self.bounds.next()?;
        let mut chars = piece.chars();
        let first = chars.next()?;
        if is_spaceless(first) {
            self.cut = self.words_of_run(start, piece).into_iter();
        } else if self.characters
            && chars.next().is_some()
            && piece.chars().any(is_counted_by_character)
        {
            self.cut = characters(start, piece).into_iter();
        } else {
            return Some((start, piece));
        }
        self.cut.next()
    }
}
