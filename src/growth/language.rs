//! What the statistics need to know about the language a draft is written in: how its words are
//! counted, which readability measure it has, whether Snowball has a stemmer for it, what its
//! capitals say. All of it from the primary subtag of the tag (`es` of `es-MX`).

use rust_stemmers::Algorithm;

use super::readability::Scale;

/// The language of a draft, as the statistics see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Language {
    /// The primary subtag, lowercase (`en`, `zh`); empty when none was given.
    primary: String,
}

/// How a language's writing separates its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Writing {
    /// With spaces (or other marks a word segmenter reads): Latin, Greek, Cyrillic, Arabic,
    /// Hebrew, Devanagari, Hangul ...
    Spaced,
    /// Without spaces, and measured in characters (字数, 文字数): Chinese and Japanese. See
    /// [`super::counting`].
    Characters,
    /// Without spaces, where a model of the language finds the words: Thai, Lao, Khmer,
    /// Burmese (see [`crate::text`]). No readability measure is established for them, and
    /// LIX's "long words" (more than six letters) mean little where vowels and tone marks are
    /// letters of their own.
    Segmented,
}

impl Language {
    /// The language of `tag` (`en`, `en-GB`, `zh_Hans`, `pt-BR` ...); an empty or odd tag is a
    /// language nothing is known about.
    pub(super) fn from_tag(tag: &str) -> Language {
        let primary = tag.split(['-', '_']).next().unwrap_or_default().trim();
        Language {
            primary: primary.to_ascii_lowercase(),
        }
    }

    /// Whether it is English.
    pub(super) fn is_english(&self) -> bool {
        self.primary.as_str() == "en"
    }

    /// Whether it capitalises every noun, so a capital inside a sentence does not mark a name.
    pub(super) fn capitalises_nouns(&self) -> bool {
        matches!(self.primary.as_str(), "de" | "lb" | "gsw")
    }

    /// Whether it elides an article or a preposition into the word after it (`l'école`).
    pub(super) fn elides(&self) -> bool {
        matches!(self.primary.as_str(), "fr" | "it" | "ca")
    }

    /// How its writing separates words.
    pub(super) fn writing(&self) -> Writing {
        match self.primary.as_str() {
            // Chinese (with Cantonese, Wu, Min, Hakka and Literary Chinese written in Han) and
            // Japanese.
            "zh" | "yue" | "wuu" | "nan" | "hak" | "lzh" | "cmn" | "ja" => Writing::Characters,
            "th" | "lo" | "km" | "my" => Writing::Segmented,
            _ => Writing::Spaced,
        }
    }

    /// The readability measure established for it, or `None` where no simple one fits the way
    /// its words are counted (see [`Scale`]).
    pub(super) fn scale(&self) -> Option<Scale> {
        if self.writing() != Writing::Spaced {
            return None;
        }
        Some(match self.primary.as_str() {
            "en" => Scale::FleschKincaid,
            "es" => Scale::FernandezHuerta,
            "fr" => Scale::KandelMoles,
            "de" => Scale::Amstad,
            "nl" => Scale::FleschDouma,
            "it" => Scale::Gulpease,
            "pt" => Scale::FleschMartins,
            // A Hangul letter is a syllable block of two to four letters, so LIX's long word
            // (more than six letters) means something else in Korean, and LIX was never
            // calibrated for it.
            "ko" => return None,
            _ => Scale::Lix,
        })
    }

    /// The Snowball stemmer for it, where there is one.
    pub(super) fn stemmer(&self) -> Option<Algorithm> {
        Some(match self.primary.as_str() {
            "ar" => Algorithm::Arabic,
            "da" => Algorithm::Danish,
            "nl" => Algorithm::Dutch,
            "en" => Algorithm::English,
            "fi" => Algorithm::Finnish,
            "fr" => Algorithm::French,
            "de" => Algorithm::German,
            "el" => Algorithm::Greek,
            "hu" => Algorithm::Hungarian,
            "it" => Algorithm::Italian,
            "no" | "nb" | "nn" => Algorithm::Norwegian,
            "pt" => Algorithm::Portuguese,
            "ro" => Algorithm::Romanian,
            "ru" => Algorithm::Russian,
            "es" => Algorithm::Spanish,
            "sv" => Algorithm::Swedish,
            "ta" => Algorithm::Tamil,
            "tr" => Algorithm::Turkish,
            _ => return None,
        })
    }
}
