//! What a sentence's length is counted in: words, and characters where a language is measured
//! in characters.
//!
//! Chinese and Japanese are written without spaces between words, and their writers measure a
//! text's length in characters, not words (字数, 文字数: the count a teacher sets an essay's
//! length in, and the one word processors show). So every Han ideograph, kana and Bopomofo
//! letter is one unit, and a word in another script inside the text (`iPhone`, `2024`) is one
//! unit as a word. Punctuation is never counted, as it is not in a word count. Unicode word
//! segmentation (UAX #29, the [`text`] module) already cuts Han and hiragana one character at a
//! time but keeps a run of katakana together (`コンピューター`, one loanword of seven
//! characters), so only those runs are cut further here. The rule follows the script, not the
//! language: a Chinese character quoted in an English draft is one unit too, as UAX #29 has it.
//!
//! Thai, Lao, Khmer and Burmese need a dictionary to find where words end. ICU4X's segmenter
//! has one (`icu_segmenter` 2.4, `WordSegmenter::new_dictionary`), but with its compiled data
//! it made the release binary 3.1 MB larger (10.25 MB to 13.36 MB, about two thirds of it the
//! Chinese and Japanese dictionary, which redraft has no use for), so it is not used. Those
//! scripts are counted as UAX #29 cuts them, which is wrong: it cuts between nearly every
//! letter (a consonant with its vowel and tone marks), so `ฉันชอบกินข้าวผัด`, five words,
//! counts twelve. Their word counts and sentence lengths are two to three times too high, "new
//! words" finds almost none (the pieces are shorter than four letters), and no readability
//! figure is given (see [`Writing`](super::language::Writing)). ICU4X's LSTM models for the
//! same scripts (`new_lstm`) cost about 0.4 MB in a small test binary and are the way to fix
//! it; for the numbers to agree they would have to cut words in `text`, which the draft's word
//! count and the diff use, not only here.

use crate::text;

/// Whether `c` is written in a script measured in characters: Han (with its radicals and
/// strokes), hiragana, katakana (with the prolonged sound mark and half-width forms) and
/// Bopomofo.
pub(super) fn is_counted_by_character(c: char) -> bool {
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

/// The units a sentence's length is counted in (see the module's comment): the words of
/// `text` as [`text::words`] finds them, with each character of a script measured in
/// characters on its own.
pub(super) fn units(text: &str) -> Units<'_> {
    Units {
        words: text::words(text),
        rest: "",
        ascii: text.is_ascii(),
    }
}

/// Iterator of [`units`].
pub(super) struct Units<'a> {
    words: text::Words<'a>,
    /// What is left of a word being cut into characters.
    rest: &'a str,
    /// Whether the text is ASCII (most is), so its words are the units.
    ascii: bool,
}

impl<'a> Iterator for Units<'a> {
    type Item = &'a str;

    // Inlined, an ASCII text's units cost what its words do.
    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        if self.ascii {
            return self.words.next();
        }
        loop {
            if let Some(first) = self.rest.chars().next() {
                // One character measured alone, or the run of others up to the next one.
                let end = if is_counted_by_character(first) {
                    first.len_utf8()
                } else {
                    self.rest
                        .char_indices()
                        .find(|&(_, c)| is_counted_by_character(c))
                        .map_or(self.rest.len(), |(at, _)| at)
                };
                let (unit, rest) = self.rest.split_at(end);
                self.rest = rest;
                // A combining mark left alone is not a unit.
                if text::is_word(unit) {
                    return Some(unit);
                }
                continue;
            }
            let word = self.words.next()?;
            if !word.chars().any(is_counted_by_character) {
                return Some(word);
            }
            self.rest = word;
        }
    }
}
