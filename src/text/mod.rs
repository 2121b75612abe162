//! Words in text, as Unicode word segmentation (UAX #29) finds them, with a fast path for plain
//! ASCII text.
//!
//! Every count and comparison of words in redraft (a draft's word count, the diff's tokens,
//! sentences, readability, new words) cuts text the same way, so their numbers agree. A big
//! build cuts millions of words; most text is ASCII, where the rules reduce to a few byte tests
//! and the general segmenter's table lookups are wasted.
//!
//! Scripts written without spaces between words are cut further (the `scripts` module): Chinese
//! and Japanese into characters, Thai, Lao, Khmer and Burmese into words by a model of each.

mod scripts;

use scripts::{Refined, is_spaceless, needs_refining};
use unicode_segmentation::{UWordBoundIndices, UWordBounds, UnicodeSegmentation};

/// A fast hash (rustc's FxHash) for the sets and maps of words that the diff and the growth
/// statistics keep: SipHash (the standard one, built to resist crafted keys) spends most of its
/// time on short words. The keys come from the writer's own drafts, so there is nobody to craft
/// collisions against. Its values are not stable across versions: they never reach the output.
pub type FastHash = rustc_hash::FxBuildHasher;

/// Whether `c` is in a script written without spaces between words (Chinese, Japanese, Thai,
/// Lao, Khmer, Burmese), where a run of letters between punctuation is a phrase, not a word.
pub fn is_written_without_spaces(c: char) -> bool {
    needs_refining(c)
}

/// The pieces of `text` between word boundaries, with their byte offsets: words, runs of
/// spaces and single punctuation marks, in order, covering the whole text.
pub fn word_bound_indices(text: &str) -> WordBounds<'_> {
    WordBounds(if text.is_ascii() {
        Cutter::Ascii { text, at: 0 }
    } else if text.chars().any(needs_refining) {
        Cutter::Refined(Refined::new(text, true))
    } else {
        Cutter::Unicode(text.split_word_bound_indices())
    })
}

/// The pieces of `text` between word boundaries (see [`word_bound_indices`]).
pub fn word_bounds(text: &str) -> impl Iterator<Item = &str> {
    word_bound_indices(text).map(|(_, piece)| piece)
}

/// The words of `text`: the pieces between word boundaries that hold a letter or a digit, as
/// `unicode_words` gives them.
pub fn words(text: &str) -> Words<'_> {
    words_cut(text, true)
}

/// The words of `text` as a dictionary lists them, for telling which words a writer used:
/// those of [`words`], but a run of katakana (`コンピューター`, a loanword) or Bopomofo stays
/// one word, where a length is counted in its characters. Han and hiragana stay one character
/// each, as UAX #29 cuts them: finding Chinese and Japanese words takes a dictionary.
pub fn lexical_words(text: &str) -> Words<'_> {
    words_cut(text, false)
}

/// The words of `text`, with the characters counted alone cut apart if `characters`.
fn words_cut(text: &str, characters: bool) -> Words<'_> {
    let refine = if characters {
        needs_refining
    } else {
        is_spaceless
    };
    Words(if text.is_ascii() {
        WordCutter::Ascii { text, at: 0 }
    } else if text.chars().any(refine) {
        WordCutter::Refined(Refined::new(text, characters))
    } else {
        WordCutter::Unicode(text.split_word_bounds().filter(|piece| is_word(piece)))
    })
}

/// Iterator of [`words`].
pub struct Words<'a>(WordCutter<'a>);

enum WordCutter<'a> {
    /// ASCII text: only pieces that start with a letter, a digit or `_` can be words, and
    /// every other piece is bytes that are none of these, so the rest is skipped byte by byte.
    Ascii {
        text: &'a str,
        at: usize,
    },
    Unicode(std::iter::Filter<UWordBounds<'a>, fn(&&'a str) -> bool>),
    /// Text in a script written without spaces (see [`scripts`]).
    Refined(Refined<'a>),
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match &mut self.0 {
            WordCutter::Unicode(words) => words.next(),
            WordCutter::Refined(bounds) => bounds.map(|(_, piece)| piece).find(|p| is_word(p)),
            WordCutter::Ascii { text, at } => {
                let bytes = text.as_bytes();
                while let Some(&b) = bytes.get(*at) {
                    if BYTE_CLASS[usize::from(b)] & IN_WORD == 0 {
                        *at += 1;
                        continue;
                    }
                    let start = *at;
                    *at = ascii_piece_end(bytes, start);
                    let piece = &bytes[start..*at];
                    if piece.iter().any(u8::is_ascii_alphanumeric) {
                        return Some(&text[start..*at]);
                    }
                }
                None
            }
        }
    }
}

/// How many words `text` has, as a reader counts them (see [`words`]; punctuation is not a
/// word). A draft's word count, and the diff's words added and cut, are this.
pub fn count_words(text: &str) -> usize {
    if !text.is_ascii() && !text.chars().any(needs_refining) {
        return text.unicode_words().count();
    }
    words(text).count()
}

/// Whether a piece between word boundaries is a word (holds a letter or a digit).
#[inline]
pub fn is_word(piece: &str) -> bool {
    piece.bytes().any(|b| b.is_ascii_alphanumeric())
        || (!piece.is_ascii() && piece.chars().any(char::is_alphanumeric))
}

/// Iterator of [`word_bound_indices`].
pub struct WordBounds<'a>(Cutter<'a>);

enum Cutter<'a> {
    /// ASCII text, cut by the rules of [`ascii_piece_end`].
    Ascii { text: &'a str, at: usize },
    /// Anything else, cut by the full segmenter.
    Unicode(UWordBoundIndices<'a>),
    /// Text in a script written without spaces (see [`scripts`]).
    Refined(Refined<'a>),
}

impl<'a> Iterator for WordBounds<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        match &mut self.0 {
            Cutter::Unicode(bounds) => bounds.next(),
            Cutter::Refined(bounds) => bounds.next(),
            Cutter::Ascii { text, at } => {
                let start = *at;
                if start >= text.len() {
                    return None;
                }
                let end = ascii_piece_end(text.as_bytes(), start);
                *at = end;
                Some((start, &text[start..end]))
            }
        }
    }
}

/// Where the piece of ASCII text starting at `start` ends. What UAX #29 says for ASCII: CR LF
/// stays together, runs of spaces stay together, letters, digits and `_` run together (across
/// one `'` `.` `:` between letters, or one `'` `.` `,` `;` between digits), and anything else
/// is a piece of its own.
#[inline]
fn ascii_piece_end(bytes: &[u8], start: usize) -> usize {
    let letter = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphabetic);
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let in_word = |b: u8| BYTE_CLASS[usize::from(b)] & IN_WORD != 0;
    let mut end = start + 1;
    let b = bytes[start];
    if b == b'\r' && bytes.get(end) == Some(&b'\n') {
        end += 1;
    } else if b == b' ' {
        while end < bytes.len() && bytes[end] == b' ' {
            end += 1;
        }
    } else if in_word(b) {
        loop {
            while end < bytes.len() && in_word(bytes[end]) {
                end += 1;
            }
            // "don't", "e.g", "3.14", "1,000": one word across a single mark between letters
            // (' . :) or between digits (' . , ;).
            let joins = match bytes.get(end) {
                Some(b'\'' | b'.') => {
                    (letter(end - 1) && letter(end + 1)) || (digit(end - 1) && digit(end + 1))
                }
                Some(b':') => letter(end - 1) && letter(end + 1),
                Some(b',' | b';') => digit(end - 1) && digit(end + 1),
                _ => false,
            };
            if !joins {
                break;
            }
            end += 1;
        }
    }
    end
}

/// Whether an ASCII byte is whitespace as `char::is_whitespace` has it (which, unlike
/// `u8::is_ascii_whitespace`, counts the vertical tab).
#[inline]
pub fn is_ascii_space(b: u8) -> bool {
    BYTE_CLASS[usize::from(b)] & SPACE != 0
}

/// What each byte is, as bits: [`IN_WORD`], [`SPACE`]. One load tells, where the tests it
/// stands for take several comparisons, and these run on every byte of every draft.
const BYTE_CLASS: [u8; 256] = {
    let mut class = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() || byte == b'_' {
            class[b] |= IN_WORD;
        }
        if matches!(byte, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r') {
            class[b] |= SPACE;
        }
        b += 1;
    }
    class
};

/// A letter, a digit or `_`: the bytes an ASCII word runs across.
const IN_WORD: u8 = 1;
/// Whitespace as `char::is_whitespace` has it.
const SPACE: u8 = 2;

/// Whether two texts have the same words in the same order, however they are spaced: what
/// `a.split_whitespace().eq(b.split_whitespace())` says, byte by byte when both are ASCII.
pub fn same_words(a: &str, b: &str) -> bool {
    if !(a.is_ascii() && b.is_ascii()) {
        return a.split_whitespace().eq(b.split_whitespace());
    }
    let space = is_ascii_space;
    let trim = |t: &[u8]| -> (usize, usize) {
        let start = t.iter().position(|c| !space(*c)).unwrap_or(t.len());
        let end = t.iter().rposition(|c| !space(*c)).map_or(start, |e| e + 1);
        (start, end)
    };
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let ((mut i, a_end), (mut j, b_end)) = (trim(a), trim(b));
    // Eight bytes from `at`, when they are all before `end`.
    let eight = |t: &[u8], at: usize, end: usize| -> Option<u64> {
        let bytes = t.get(at..at + 8).filter(|_| at + 8 <= end)?;
        Some(u64::from_le_bytes(bytes.try_into().ok()?))
    };
    while i < a_end && j < b_end {
        // Equal stretches go eight bytes at a time, but never stop inside a run of spaces,
        // whose length may differ between the two.
        if let (Some(x), Some(y)) = (eight(a, i, a_end), eight(b, j, b_end))
            && x == y
            && !space(a[i + 7])
        {
            i += 8;
            j += 8;
            continue;
        }
        let (x, y) = (a[i], b[j]);
        if space(x) {
            if !space(y) {
                return false;
            }
            while space(a[i]) {
                i += 1;
            }
            while space(b[j]) {
                j += 1;
            }
        } else if x != y {
            return false;
        } else {
            i += 1;
            j += 1;
        }
    }
    i == a_end && j == b_end
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Short random ASCII strings from an alphabet of the characters the rules treat apart.
    fn random_texts(count: usize) -> impl Iterator<Item = String> {
        const ALPHABET: &[u8] = b"ab1 2\t\n\r.,;:'_-\"!a ";
        let mut rng = crate::lcg::Lcg(1);
        (0..count).map(move |_| {
            let len = rng.below(14);
            (0..len)
                .map(|_| ALPHABET[rng.below(ALPHABET.len())] as char)
                .collect()
        })
    }

    #[test]
    fn the_ascii_fast_path_cuts_exactly_as_unicode_segmentation_does() {
        for text in random_texts(50_000) {
            let fast: Vec<(usize, &str)> = word_bound_indices(&text).collect();
            let unicode: Vec<(usize, &str)> = text.split_word_bound_indices().collect();
            assert_eq!(fast, unicode, "{text:?}");
            let fast_words: Vec<&str> = words(&text).collect();
            let unicode_words: Vec<&str> = text.unicode_words().collect();
            assert_eq!(fast_words, unicode_words, "{text:?}");
            assert_eq!(count_words(&text), unicode_words.len(), "{text:?}");
        }
    }

    #[test]
    fn same_words_agrees_with_comparing_split_words() {
        let texts: Vec<String> = random_texts(3_000)
            .map(|t| t.replace('_', "\x0B").replace(';', "\u{a0}"))
            .collect();
        for (a, b) in texts.iter().zip(texts.iter().skip(1)) {
            // Longer than the eight bytes compared at once, with runs of spaces that differ in
            // length at every place.
            let long = format!("{a}{b}{a}{b}");
            for (a, b) in [
                (a.as_str(), b.as_str()),
                (a, a),
                (a, &a.replace(' ', "\n  ")),
                (&long, &long.replace(' ', "  ")),
                (&long.replace(' ', "  "), &long),
            ] {
                let expected = a.split_whitespace().eq(b.split_whitespace());
                assert_eq!(same_words(a, b), expected, "{a:?} {b:?}");
            }
        }
        assert!(same_words(" one\ttwo\n", "one two"));
        assert!(!same_words("one two", "onetwo"));
        assert!(!same_words("one two", "one two three"));
        assert!(same_words("", " \n "));
    }

    #[test]
    fn thai_lao_khmer_and_burmese_are_cut_into_words() {
        let thai = "ฉันชอบกินข้าวผัด";
        assert_eq!(
            words(thai).collect::<Vec<_>>(),
            ["ฉัน", "ชอบ", "กิน", "ข้าว", "ผัด"]
        );
        assert_eq!(count_words(thai), 5);
        for (text, at_most) in [
            ("ຂ້ອຍມັກກິນເຂົ້າ", 5),      // Lao: I like to eat rice
            ("ខ្ញុំចូលចិត្តញ៉ាំបាយ", 5),      // Khmer: the same
            ("ကျွန်တော်ထမင်းစားတယ်", 5), // Burmese: I eat rice
        ] {
            let n = count_words(text);
            assert!((2..=at_most).contains(&n), "{text}: {n}");
        }
        // Between other words, with offsets that cover the whole text.
        let mixed = "She wrote: ฉันชอบกินข้าวผัด, 3 times.";
        let pieces: Vec<(usize, &str)> = word_bound_indices(mixed).collect();
        let mut at = 0;
        for (start, piece) in &pieces {
            assert_eq!(*start, at, "{pieces:?}");
            at += piece.len();
        }
        assert_eq!(at, mixed.len());
        assert_eq!(
            words(mixed).collect::<Vec<_>>(),
            ["She", "wrote", "ฉัน", "ชอบ", "กิน", "ข้าว", "ผัด", "3", "times"]
        );
        assert_eq!(count_words(mixed), 9);
    }

    #[test]
    fn chinese_and_japanese_are_cut_into_characters() {
        assert_eq!(
            words("新しいiPhoneでコーヒー、2杯。").collect::<Vec<_>>(),
            [
                "新", "し", "い", "iPhone", "で", "コ", "ー", "ヒ", "ー", "2", "杯"
            ]
        );
        // A sound mark stays on its letter; half-width katakana counts the same.
        assert_eq!(
            words("ガ\u{309A}ｺｰﾋｰ").collect::<Vec<_>>(),
            ["ガ\u{309A}", "ｺ", "ｰ", "ﾋ", "ｰ"]
        );
        assert_eq!(count_words("コンピューター"), 7);
        // A dictionary's words keep the loanword whole.
        assert_eq!(
            lexical_words("新しいコーヒー").collect::<Vec<_>>(),
            ["新", "し", "い", "コーヒー"]
        );
        assert_eq!(
            lexical_words("ฉันชอบกินข้าวผัด").collect::<Vec<_>>(),
            words("ฉันชอบกินข้าวผัด").collect::<Vec<_>>()
        );
        let pieces: String = word_bounds("x コーヒー y").collect();
        assert_eq!(pieces, "x コーヒー y");
    }

    #[test]
    fn text_beyond_ascii_is_cut_by_the_full_rules() {
        assert_eq!(
            words("naïve café, 3.5 km — “quoted”").collect::<Vec<_>>(),
            ["naïve", "café", "3.5", "km", "quoted"]
        );
        assert_eq!(
            count_words("日本語の文"),
            "日本語の文".unicode_words().count()
        );
        assert_eq!(count_words("it's a well-known fact"), 5);
    }
}
