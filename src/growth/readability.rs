//! How hard a draft's prose is to read, by the measure established for its language: which
//! measure ([`Scale`]), its score, and a band from very easy to very difficult ([`Band`]), as
//! data, so that a page can say them in the site's language.
//!
//! Every measure but LIX and Gulpease is Flesch's reading ease (Flesch 1948, `206.835 − 1.015
//! × words per sentence − 84.6 × syllables per word`) refitted for a language, or for English
//! the grade Kincaid et al. fitted to the same two figures. Languages with none of their own
//! get LIX, which needs no syllables and was made to compare languages. Chinese and Japanese,
//! measured in characters (see [`super::counting`]), Thai, Lao, Khmer and Burmese, whose words
//! a model finds (see [`crate::text`]), and Korean get none: no simple formula is established
//! for the units counted there.

use serde::Serialize;

use crate::i18n::{Arg, Catalog};
use serde::ser::{SerializeStruct, Serializer};

use super::one_decimal;
use super::syllables::{DUTCH, FRENCH, GERMAN, PORTUGUESE, SPANISH, english_syllables};
use super::syllables::{VowelRules, vowel_syllables};

/// A readability figure: the measure, its score, and how hard that is on the measure's own
/// table. Written for templates with [`Readability::label`] as `label`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Readability {
    /// Which measure.
    pub scale: Scale,
    /// The score, rounded to one decimal: a school grade for Flesch–Kincaid (never below 0);
    /// for the reading-ease scales and Gulpease about 0–100, higher easier (not cut off at
    /// either end, so that a draft past the end still shows its change from the one before);
    /// LIX from about 20 up, higher harder.
    pub score: f64,
    /// How hard that is, on the measure's own table.
    pub band: Band,
}

/// The readability measures redraft reports, each for the language it was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Flesch–Kincaid grade level (Kincaid, Fishburne, Rogers and Chissom 1975), for English:
    /// `0.39 × words per sentence + 11.8 × syllables per word − 15.59`, the US school grade
    /// a reader needs.
    FleschKincaid,
    /// Fernández Huerta's reading ease (Fernández Huerta 1959), for Spanish:
    /// `206.84 − 60 × syllables per word − 1.02 × words per sentence`. The paper writes the
    /// last term as sentences per hundred words; read so, more sentences would make a text
    /// harder, so it is read as Flesch's words per sentence, as Law (2011) showed it must be.
    FernandezHuerta,
    /// Kandel and Moles' reading ease (Kandel and Moles 1958), for French:
    /// `207 − 1.015 × words per sentence − 73.6 × syllables per word`.
    KandelMoles,
    /// Amstad's reading ease (Amstad 1978), for German:
    /// `180 − words per sentence − 58.5 × syllables per word`.
    Amstad,
    /// Flesch–Douma reading ease (Douma 1960), for Dutch:
    /// `206.835 − 0.93 × words per sentence − 77 × syllables per word`.
    FleschDouma,
    /// The Gulpease index (Lucisano and Piemontese 1988), for Italian:
    /// `89 + (300 × sentences − 10 × letters) / words`. Letters, not syllables.
    Gulpease,
    /// Flesch's reading ease adapted for Portuguese (Martins, Ghiraldelo, Nunes and Oliveira
    /// 1996): Flesch's formula plus 42, `248.835 − 1.015 × words per sentence − 84.6 ×
    /// syllables per word`.
    FleschMartins,
    /// Björnsson's LIX (Björnsson 1968), for every other language written with spaces:
    /// `words per sentence + 100 × long words / words`, a long word having more than six
    /// letters.
    Lix,
}

/// How hard a text is, on its measure's own table. Flesch's table (1948) has all seven; LIX,
/// Gulpease and Martins et al. have fewer, and use only some.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Band {
    /// Flesch 90–100 (5th grade), LIX below 25, Martins et al. 75–100.
    VeryEasy,
    /// Flesch 80–90 (6th grade), LIX 25–35, Gulpease 80 and over, Martins et al. 50–75.
    Easy,
    /// Flesch 70–80 (7th grade).
    FairlyEasy,
    /// Flesch 60–70 (8th and 9th grade), LIX 35–45, Gulpease 60–80.
    Medium,
    /// Flesch 50–60 (10th to 12th grade).
    FairlyDifficult,
    /// Flesch 30–50 (college), LIX 45–55, Gulpease 40–60, Martins et al. 25–50.
    Difficult,
    /// Flesch below 30 (college graduate), LIX 55 and over, Gulpease below 40, Martins et al.
    /// below 25.
    VeryDifficult,
}

/// What a measure counts in each word, besides the words and sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weight {
    /// Syllables, by English's heuristic.
    EnglishSyllables,
    /// Syllables, by the language's groups of vowels.
    Syllables(VowelRules),
    /// Letters.
    Letters,
    /// Long words (more than six letters): 1 or 0.
    LongWords,
}

impl Scale {
    /// The measure's name, in English.
    pub fn name(self) -> &'static str {
        match self {
            Scale::FleschKincaid => "Flesch–Kincaid grade",
            Scale::FernandezHuerta => "Fernández Huerta",
            Scale::KandelMoles => "Kandel–Moles",
            Scale::Amstad => "Amstad",
            Scale::FleschDouma => "Flesch–Douma",
            Scale::Gulpease => "Gulpease",
            Scale::FleschMartins => "Flesch (Martins et al.)",
            Scale::Lix => "LIX",
        }
    }

    fn weight(self) -> Weight {
        match self {
            Scale::FleschKincaid => Weight::EnglishSyllables,
            Scale::FernandezHuerta => Weight::Syllables(SPANISH),
            Scale::KandelMoles => Weight::Syllables(FRENCH),
            Scale::Amstad => Weight::Syllables(GERMAN),
            Scale::FleschDouma => Weight::Syllables(DUTCH),
            Scale::FleschMartins => Weight::Syllables(PORTUGUESE),
            Scale::Gulpease => Weight::Letters,
            Scale::Lix => Weight::LongWords,
        }
    }

    /// What the measure counts in `word`: its syllables, its letters, or 1 for a long word.
    pub(super) fn weigh(self, word: &str) -> usize {
        let letters = || word.chars().filter(|c| c.is_alphabetic()).count();
        match self.weight() {
            Weight::EnglishSyllables => english_syllables(word),
            Weight::Syllables(rules) => vowel_syllables(word, &rules),
            Weight::Letters => letters(),
            Weight::LongWords => usize::from(letters() > 6),
        }
    }

    /// The measure of prose of `words` words in `sentences` sentences, whose words weigh
    /// `weight` in all ([`Scale::weigh`]).
    pub(super) fn measure(self, words: usize, sentences: usize, weight: usize) -> Readability {
        let n = words.max(1) as f64;
        let sentences = sentences.max(1) as f64;
        let per_sentence = n / sentences;
        let per_word = weight as f64 / n;
        let score = match self {
            Scale::FleschKincaid => (0.39 * per_sentence + 11.8 * per_word - 15.59).max(0.0),
            Scale::FernandezHuerta => 206.84 - 60.0 * per_word - 1.02 * per_sentence,
            Scale::KandelMoles => 207.0 - 1.015 * per_sentence - 73.6 * per_word,
            Scale::Amstad => 180.0 - per_sentence - 58.5 * per_word,
            Scale::FleschDouma => 206.835 - 0.93 * per_sentence - 77.0 * per_word,
            Scale::FleschMartins => 248.835 - 1.015 * per_sentence - 84.6 * per_word,
            Scale::Gulpease => 89.0 + (300.0 * sentences - 10.0 * weight as f64) / n,
            Scale::Lix => per_sentence + 100.0 * per_word,
        };
        let score = one_decimal(score);
        Readability {
            scale: self,
            score,
            // Banded as shown, in whole numbers: "Amstad 50" is never "difficult" for being
            // 49.6 underneath.
            band: self.band(score.round()),
        }
    }

    /// The band of `score` on the measure's own table.
    pub(super) fn band(self, score: f64) -> Band {
        match self {
            // Flesch (1948) pairs his bands with school grades: 5th, 6th, 7th, 8th–9th,
            // 10th–12th, college, college graduate.
            Scale::FleschKincaid => match score.round() as i64 {
                ..=5 => Band::VeryEasy,
                6 => Band::Easy,
                7 => Band::FairlyEasy,
                8..=9 => Band::Medium,
                10..=12 => Band::FairlyDifficult,
                13..=16 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            // Flesch's own table, which Fernández Huerta, Kandel and Moles, Amstad and Douma
            // kept.
            Scale::FernandezHuerta | Scale::KandelMoles | Scale::Amstad | Scale::FleschDouma => {
                match score {
                    s if s >= 90.0 => Band::VeryEasy,
                    s if s >= 80.0 => Band::Easy,
                    s if s >= 70.0 => Band::FairlyEasy,
                    s if s >= 60.0 => Band::Medium,
                    s if s >= 50.0 => Band::FairlyDifficult,
                    s if s >= 30.0 => Band::Difficult,
                    _ => Band::VeryDifficult,
                }
            }
            // Martins et al.: 75–100 very easy, 50–75 easy, 25–50 difficult, 0–25 very
            // difficult.
            Scale::FleschMartins => match score {
                s if s >= 75.0 => Band::VeryEasy,
                s if s >= 50.0 => Band::Easy,
                s if s >= 25.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            // Lucisano and Piemontese: below 80 hard for a reader with primary schooling,
            // below 60 with middle school, below 40 with secondary school.
            Scale::Gulpease => match score {
                s if s >= 80.0 => Band::Easy,
                s if s >= 60.0 => Band::Medium,
                s if s >= 40.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
            // Björnsson's bands.
            Scale::Lix => match score {
                s if s < 25.0 => Band::VeryEasy,
                s if s < 35.0 => Band::Easy,
                s if s < 45.0 => Band::Medium,
                s if s < 55.0 => Band::Difficult,
                _ => Band::VeryDifficult,
            },
        }
    }
}

impl Band {
    /// The translation table's message for the band (`band-fairly-difficult`).
    fn message(self) -> &'static str {
        match self {
            Band::VeryEasy => "band-very-easy",
            Band::Easy => "band-easy",
            Band::FairlyEasy => "band-fairly-easy",
            Band::Medium => "band-medium",
            Band::FairlyDifficult => "band-fairly-difficult",
            Band::Difficult => "band-difficult",
            Band::VeryDifficult => "band-very-difficult",
        }
    }
}

impl Readability {
    /// The figure in words, its measure named, in the language of `words`: `reads at about
    /// grade 7` for Flesch–Kincaid, `LIX 38: medium`, `Fernández Huerta 72: fairly easy`.
    pub fn said(&self, words: &Catalog) -> String {
        let rounded = self.score.round();
        let score = [("score", Arg::Number(rounded))];
        if self.scale == Scale::FleschKincaid {
            let id = match rounded {
                s if s <= 0.0 => "readability-below-grade-1",
                s if s <= 12.0 => "readability-grade",
                _ => "readability-university",
            };
            return words.with(id, &score);
        }
        words.with(
            "readability-measure",
            &[
                ("measure", Arg::from(self.scale.name())),
                ("score", Arg::Number(rounded)),
                ("band", Arg::from(words.text(self.band.message()))),
            ],
        )
    }

    /// [`Readability::said`] in English, as a theme's own templates may still read it.
    pub fn label(&self) -> String {
        self.said(crate::i18n::english())
    }
}

/// Templates see `scale`, `score`, `band` and the English `label`.
impl Serialize for Readability {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("Readability", 4)?;
        s.serialize_field("scale", &self.scale)?;
        s.serialize_field("score", &self.score)?;
        s.serialize_field("band", &self.band)?;
        s.serialize_field("label", &self.label())?;
        s.end()
    }
}
