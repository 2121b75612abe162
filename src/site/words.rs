//! How a piece grew, in a few sentences in the site's language: the numbers come from
//! `growth`, the words from the translation table (see [`crate::i18n`]).

use crate::growth::{Band, PieceGrowth, Readability, Scale};
use crate::i18n::{Arg, Catalog};

/// How a piece grew, in a few sentences: from how many words to how many over how many
/// drafts, what was added, cut and tried on the way, and a word of encouragement where it
/// fits.
pub(super) fn growth_summary(g: &PieceGrowth, words: &Catalog) -> String {
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

/// A readability figure in words, its measure named: "reads at about grade 7" for the
/// Flesch–Kincaid grade, "LIX 38: medium", "Fernández Huerta 72: fairly easy".
pub(super) fn readability(r: &Readability, words: &Catalog) -> String {
    let rounded = r.score.round();
    let score = [("score", Arg::Number(rounded))];
    if r.scale == Scale::FleschKincaid {
        let id = match rounded {
            s if s <= 0.0 => "readability-below-grade-1",
            s if s <= 12.0 => "readability-grade",
            _ => "readability-university",
        };
        return words.with(id, &score);
    }
    let band = match r.band {
        Band::VeryEasy => "band-very-easy",
        Band::Easy => "band-easy",
        Band::FairlyEasy => "band-fairly-easy",
        Band::Medium => "band-medium",
        Band::FairlyDifficult => "band-fairly-difficult",
        Band::Difficult => "band-difficult",
        Band::VeryDifficult => "band-very-difficult",
    };
    words.with(
        "readability-measure",
        &[
            ("measure", Arg::from(r.scale.name())),
            ("score", Arg::Number(rounded)),
            ("band", Arg::from(words.text(band))),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_reads_as_it_did_in_english() {
        let g = PieceGrowth {
            drafts: 3,
            words_first: 120,
            words_latest: 180,
            words_added: 75,
            words_cut: 15,
            new_words_tried: 1,
            summary: String::new(),
        };
        assert_eq!(
            growth_summary(&g, &Catalog::english()),
            "Grew from 120 to 180 words over three drafts. Along the way 75 words were added, 15 cut, and 1 new word tried."
        );
        let tightened = PieceGrowth {
            words_latest: 100,
            new_words_tried: 0,
            words_added: 0,
            ..g.clone()
        };
        assert_eq!(
            growth_summary(&tightened, &Catalog::english()),
            "Tightened from 120 to 100 words over three drafts. Along the way 15 words were cut. Cutting is revision too."
        );
    }
}
