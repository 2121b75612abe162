use super::vocabulary::{normalize_word, stem};
use super::*;
use crate::markdown;
use crate::settings::RawHtml;

#[test]
fn everyday_english_words_are_not_new_words() {
    let first = render("The dog sat.");
    let next = render(
        "Everyone says it has always been little, but the dog lingered, luminous, for eight \
         or twenty-one hours.",
    );
    let mut english = Vocabulary::for_language("en-GB");
    english.add(&first);
    assert_eq!(english.new_words(&next), ["lingered", "luminous"]);
    // Without a language nothing is everyday, so the same words are new.
    let mut any = Vocabulary::new();
    any.add(&first);
    let new = any.new_words(&next);
    for word in ["always", "says", "eight", "twenty-one"] {
        assert!(new.contains(&word.to_string()), "{word} in {new:?}");
    }
}

#[test]
fn the_everyday_list_comes_from_the_shipped_file() {
    // Words the old hand-made list did not have, but the frequency list does.
    let english = Vocabulary::for_language("en");
    let draft = render("The kettle whistled while the custodian swept the laundromat.");
    let new = english.new_words(&draft);
    assert!(!new.contains(&"whistled".to_string()), "{new:?}");
    assert!(new.contains(&"custodian".to_string()), "{new:?}");
}

#[test]
fn a_name_met_mid_sentence_stays_a_name_when_it_opens_a_later_sentence() {
    let mut vocab = Vocabulary::for_language("en");
    vocab.add(&render("We drove to Oaxaca in June."));
    let later = render("Oaxaca was hot. We walked to the zocalo every evening.");
    assert_eq!(vocab.new_words(&later), ["zocalo"], "not oaxaca");
}

#[test]
fn names_capitalised_mid_sentence_are_not_words_tried() {
    let english = Vocabulary::for_language("en-US");
    let draft = render(
        "Trellises matter, according to the American Academy of Pediatrics. My sister reads \
         Tolkien every summer. Tolkien is her favourite. Marigolds bloom. The marigolds wilted.\n\n\
         ## Pondering Meridians\n",
    );
    // "Tolkien" opens a sentence once, but is capitalised mid-sentence too; "Marigolds" opens
    // one but is written in lowercase too; "Trellises" is only met at a start, so a word; a
    // heading's capitals say nothing.
    assert_eq!(
        english.new_words(&draft),
        [
            "trellises",
            "marigolds",
            "bloom",
            "wilted",
            "pondering",
            "meridians"
        ]
    );
    // A name is not learnt: the same word in lowercase later is a word tried.
    let mut vocab = Vocabulary::for_language("en");
    vocab.add(&draft);
    let later = render("She joined the academy to study pediatrics with tolkien's books.");
    assert_eq!(
        vocab.new_words(&later),
        ["academy", "pediatrics", "tolkien"]
    );
    // German capitalises every noun, so there capitals say nothing.
    let german = Vocabulary::for_language("de");
    assert_eq!(
        german.new_words(&render("Sie liest gern Bücher über Geschichte.")),
        ["liest", "gern", "bücher", "über", "geschichte"]
    );
}

#[test]
fn words_first_tried_across_a_portfolio() {
    let pieces = [
        vec!["lingered".to_string(), "luminous".to_string()],
        vec![
            "luminosity".to_string(),
            "lingering".to_string(),
            "quixotic".to_string(),
        ],
        vec!["quixotic".to_string()],
    ];
    assert_eq!(
        first_tried_across(&pieces),
        [
            vec!["lingered".to_string(), "luminous".to_string()],
            vec!["luminosity".to_string(), "quixotic".to_string()],
            vec![],
        ]
    );
}

fn render(md: &str) -> Rendered {
    markdown::render(md, RawHtml::Escape)
}

#[test]
fn sentences_split_at_ends_but_not_after_abbreviations() {
    let text = "Ms. Lee met Dr. Smith at 3.5 p.m. on Monday. It rained! Did it? Yes… \
                J. R. R. Tolkien wrote e.g. The Hobbit. “Stop!” she said. The U.S. is big.";
    assert_eq!(
        split_sentences(text),
        [
            "Ms. Lee met Dr. Smith at 3.5 p.m. on Monday.",
            "It rained!",
            "Did it?",
            "Yes…",
            "J. R. R. Tolkien wrote e.g. The Hobbit.",
            "“Stop!” she said.",
            "The U.S. is big.",
        ]
    );
}

#[test]
fn a_sentence_may_end_in_quotes_brackets_and_runs_of_marks() {
    assert_eq!(
        split_sentences("He asked, “Why?” Nobody knew (not even me.) Really?! Then… nothing"),
        [
            "He asked, “Why?”",
            "Nobody knew (not even me.)",
            "Really?!",
            "Then… nothing"
        ]
    );
    assert_eq!(split_sentences("我很好。你呢？"), ["我很好。", "你呢？"]);
    assert_eq!(split_sentences("  … "), Vec::<&str>::new());
    assert_eq!(
        split_sentences("I got an A. It was by J. Smith. I said no. Done"),
        ["I got an A.", "It was by J. Smith.", "I said no.", "Done"]
    );
}

#[test]
fn draft_stats_count_prose_only() {
    let md = "# A title without a stop\n\n\
              First paragraph here. It has two sentences.\n\n\
              - a list item without a stop\n- another item. And more\n\n\
              > A quoted paragraph.\n>\n> And another one\n\n\
              ```\nlet code = \"not. prose. at all.\";\n```\n";
    let stats = draft_stats(&render(md), "en");
    // Sentences: 2 (first paragraph) + 1 + 2 (list items) + 2 (quote).
    assert_eq!(stats.sentences, 7);
    // Paragraphs: the first one and the quote's two.
    assert_eq!(stats.paragraphs, 3);
    assert_eq!(stats.longest_sentence_words, 6);
    // 3 + 4 + 6 + 2 + 2 + 3 + 3 = 23 prose words over 7 sentences.
    assert_eq!(stats.average_sentence_words, 3.3);
    assert_eq!(stats.readability, None, "too short to say");
    assert_eq!(stats.words, render(md).words);
}

#[test]
fn footnotes_and_line_breaks_do_not_make_sentences() {
    let md = "Roses are red  \nviolets are blue.[^1] A poem.\n\n[^1]: A note.\n";
    let stats = draft_stats(&render(md), "en");
    assert_eq!(stats.sentences, 2);
    assert_eq!(stats.paragraphs, 1);
}

#[test]
fn syllable_counts_of_sample_words() {
    let cases = [
        ("cat", 1),
        ("the", 1),
        ("table", 2),
        ("little", 2),
        ("whole", 1),
        ("make", 1),
        ("makes", 1),
        ("walked", 1),
        ("wanted", 2),
        ("boxes", 2),
        ("places", 2),
        ("happy", 2),
        ("yellow", 2),
        ("beautiful", 3),
        ("lovely", 2),
        ("completely", 3),
        ("apartment", 3),
        ("radio", 3),
        ("video", 3),
        ("actual", 3),
        ("nation", 2),
        ("special", 2),
        ("education", 4),
        ("university", 5),
        ("free", 1),
        ("café", 2),
        ("don't", 1),
    ];
    for (word, expected) in cases {
        assert_eq!(syllables(word), expected, "{word}");
    }
}

#[test]
fn flesch_kincaid_grade_of_known_passages() {
    // Syllables counted by hand. 37 words, 4 sentences, 40 syllables:
    // 0.39 × 37/4 + 11.8 × 40/37 − 15.59 = 0.77.
    let simple = "The cat sat on the mat and ate a fish. The dog ran to the park \
                  with his yellow ball. We all went home at noon for dinner. Then we had \
                  a long nap in the garden.";
    let r = draft_stats(&render(simple), "en-GB").readability.unwrap();
    assert_eq!(r.kind, Scale::Grade);
    assert!((r.value - 0.8).abs() <= 0.3, "{}", r.value);
    assert_eq!(r.label, "reads at about grade 1");

    // 43 words, 2 sentences, 56 syllables: 0.39 × 21.5 + 11.8 × 56/43 − 15.59 = 8.16.
    let middle = "When I first wrote this story, it was only a page long. My teacher \
                  asked me to describe the house where my grandmother lived, so I added a \
                  paragraph about the kitchen, the garden, and the old wooden stairs that \
                  creaked at night.";
    let r = draft_stats(&render(middle), "en").readability.unwrap();
    assert!((r.value - 8.2).abs() <= 0.5, "{}", r.value);
    assert_eq!(r.label, "reads at about grade 8");

    // 36 words, 2 sentences, 104 syllables: 0.39 × 18 + 11.8 × 104/36 − 15.59 = 25.5.
    let hard = "Educational institutions increasingly recognize that comprehensive \
                evaluation requires consideration of individual development over \
                considerable periods. Consequently, portfolios documenting successive \
                revisions provide teachers with valuable evidence about a student's \
                thinking and the deliberate choices behind each improvement.";
    let r = draft_stats(&render(hard), "en").readability.unwrap();
    assert!((r.value - 25.5).abs() <= 1.0, "{}", r.value);
    assert!(
        r.label.starts_with("reads at a university level (grade 2"),
        "{}",
        r.label
    );
}

#[test]
fn lix_for_other_languages() {
    // 30 words in 3 sentences, 3 of them longer than six letters: 10 + 10 = 20.
    let text = "Jag skrev texten igen i morse och den blev bättre än förut. \
                Läraren läste den noga och skrev några kommentarer till mig. \
                Nästa version ska handla mer om min mormor.";
    let r = draft_stats(&render(text), "sv").readability.unwrap();
    assert_eq!(r.kind, Scale::Lix);
    assert_eq!(r.value, 20.0);
    assert_eq!(r.label, "LIX 20: very easy");
}

#[test]
fn new_words_skip_inflections_short_words_digits_and_code() {
    let mut vocab = Vocabulary::new();
    vocab.add(&render(
        "I walk to the old garden. We make tea. A story. Run.",
    ));
    let next = render(
        "She walked, walking, walks. Making tea in gardens; stories. Running. \
         A well-known gardener's 3rd visit (b4) was quietly quiet. Quiet!\n\n\
         `println` and:\n\n```\nsomecode here\n```\n",
    );
    assert_eq!(
        vocab.new_words(&next),
        ["well-known", "gardener", "visit", "quietly"]
    );
    vocab.add(&next);
    assert!(vocab.new_words(&next).is_empty());
}

#[test]
fn stems_meet_for_simple_inflections_only() {
    for (a, b) in [
        ("walk", "walked"),
        ("walk", "walking"),
        ("make", "making"),
        ("stop", "stopped"),
        ("box", "boxes"),
        ("story", "stories"),
        ("try", "tried"),
        ("quick", "quickly"),
        ("happy", "happily"),
        ("tell", "telling"),
        ("agree", "agreed"),
        ("see", "seeing"),
        ("hope", "hoped"),
        ("love", "lovely"),
    ] {
        assert_eq!(stem(a), stem(b), "{a} / {b}");
    }
    for (a, b) in [
        ("thing", "th"),
        ("string", "str"),
        ("early", "ear"),
        ("need", "ne"),
    ] {
        assert_ne!(stem(a), stem(b), "{a} / {b}");
    }
    assert_eq!(normalize_word("Writer’s").as_deref(), Some("writer"));
    assert_eq!(normalize_word("Well‐Known").as_deref(), Some("well-known"));
    assert_eq!(normalize_word("b4"), None);
}

#[test]
fn step_growth_shares_and_caps() {
    let stats = ChangeStats {
        words_added: 80,
        words_cut: 20,
        blocks_moved: 2,
        ..ChangeStats::default()
    };
    let words: Vec<String> = (0..15).map(|i| format!("word{i}")).collect();
    let step = step_growth(&stats, 240, words);
    assert_eq!(step.share_revised, 33);
    assert_eq!(step.paragraphs_moved, 2);
    assert_eq!(step.new_words.len(), NEW_WORDS_SHOWN);
    assert_eq!(step.new_word_count, 15);
    let all_new = ChangeStats {
        words_added: 50,
        ..ChangeStats::default()
    };
    assert_eq!(step_growth(&all_new, 0, Vec::new()).share_revised, 100);
}

fn draft(words: usize) -> DraftStats {
    DraftStats {
        words,
        sentences: 1,
        average_sentence_words: words as f64,
        longest_sentence_words: words,
        paragraphs: 1,
        readability: None,
    }
}

fn step(added: usize, cut: usize, tried: usize) -> StepGrowth {
    StepGrowth {
        words_added: added,
        words_cut: cut,
        share_revised: 0,
        paragraphs_moved: 0,
        new_words: Vec::new(),
        new_word_count: tried,
    }
}

#[test]
fn piece_summaries() {
    let grew = piece_growth(
        &[draft(180), draft(240), draft(300), draft(412)],
        &[step(100, 40, 5), step(80, 20, 6), step(50, 0, 3)],
    );
    assert_eq!(grew.words_added, 230);
    assert_eq!(grew.words_cut, 60);
    assert_eq!(grew.new_words_tried, 14);
    assert_eq!(
        grew.summary,
        "Grew from 180 to 412 words over four drafts. Along the way 230 words were added, \
         60 cut, and 14 new words tried."
    );

    let one = piece_growth(&[draft(180)], &[]);
    assert_eq!(
        one.summary,
        "One draft so far, at 180 words. Every piece starts somewhere."
    );

    let tightened = piece_growth(
        &[draft(900), draft(700), draft(640)],
        &[step(0, 200, 0), step(1, 61, 1)],
    );
    assert_eq!(
        tightened.summary,
        "Tightened from 900 to 640 words over three drafts. Along the way 1 word was added, \
         261 cut, and 1 new word tried. Cutting is revision too."
    );

    let same = piece_growth(&[draft(300), draft(300)], &[step(12, 12, 0)]);
    assert_eq!(
        same.summary,
        "Stayed at 300 words over two drafts. Along the way 12 words were added and 12 cut. \
         The changes are in the wording."
    );

    let untouched = piece_growth(&[draft(50), draft(50)], &[step(0, 0, 0)]);
    assert_eq!(
        untouched.summary,
        "Stayed at 50 words over two drafts. The words stayed the same from draft to draft."
    );

    let many: Vec<DraftStats> = (0..12).map(|i| draft(100 + i)).collect();
    let long = piece_growth(&many, &[step(0, 0, 3)]);
    assert_eq!(
        long.summary,
        "Grew from 100 to 111 words over 12 drafts. Along the way 3 new words were tried."
    );
}
