//! How long the diff engine takes on drafts of realistic size.
//!
//! Two pairs of drafts, generated here from a fixed seed so every run times the same text:
//!
//! - a *typical pair*: a draft of about 1,500 words in 15 paragraphs (emphasis, links, one list)
//!   and a revision with about a tenth of its words edited: words replaced, phrases inserted and
//!   cut, a sentence added and a paragraph moved. The goal is well under 1 ms for `compare`.
//! - an *unrelated pair*: two drafts of about 20,000 words in 200 paragraphs, from different
//!   seeds, which share little beyond common words. The goal is under 250 ms.
//!
//! Every pair is checked with `diff::verify` before it is timed, so a fast wrong answer never
//! passes for a result. Run with `cargo bench --bench diff`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use redraft::{diff, markdown, settings::RawHtml};

/// The vocabulary of the generated drafts: plain English, so word boundaries and word overlap
/// behave as they do in real writing.
const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "and",
    "to",
    "in",
    "that",
    "it",
    "was",
    "for",
    "on",
    "with",
    "as",
    "at",
    "by",
    "from",
    "but",
    "not",
    "or",
    "we",
    "she",
    "he",
    "they",
    "her",
    "his",
    "their",
    "our",
    "this",
    "these",
    "every",
    "some",
    "each",
    "again",
    "still",
    "only",
    "never",
    "always",
    "almost",
    "quietly",
    "slowly",
    "suddenly",
    "perhaps",
    "later",
    "morning",
    "evening",
    "winter",
    "summer",
    "harbour",
    "river",
    "bridge",
    "garden",
    "kitchen",
    "window",
    "letter",
    "teacher",
    "student",
    "mother",
    "father",
    "sister",
    "friend",
    "neighbour",
    "village",
    "city",
    "road",
    "field",
    "forest",
    "mountain",
    "island",
    "station",
    "train",
    "boat",
    "bicycle",
    "market",
    "school",
    "library",
    "story",
    "draft",
    "sentence",
    "paragraph",
    "word",
    "page",
    "notebook",
    "pencil",
    "voice",
    "memory",
    "silence",
    "weather",
    "light",
    "shadow",
    "colour",
    "smell",
    "sound",
    "rain",
    "snow",
    "wind",
    "sun",
    "moon",
    "stone",
    "water",
    "bread",
    "coffee",
    "apple",
    "door",
    "table",
    "chair",
    "lamp",
    "clock",
    "photograph",
    "map",
    "journey",
    "question",
    "answer",
    "reason",
    "mistake",
    "idea",
    "habit",
    "promise",
    "secret",
    "walked",
    "waited",
    "remembered",
    "forgot",
    "noticed",
    "carried",
    "opened",
    "closed",
    "wrote",
    "read",
    "listened",
    "watched",
    "wondered",
    "believed",
    "laughed",
    "argued",
    "returned",
    "followed",
    "left",
    "found",
    "lost",
    "kept",
    "changed",
    "built",
    "painted",
    "cooked",
    "counted",
    "crossed",
    "learned",
    "taught",
    "borrowed",
    "gave",
    "took",
    "held",
    "dropped",
    "old",
    "young",
    "small",
    "large",
    "quiet",
    "loud",
    "bright",
    "dark",
    "warm",
    "cold",
    "wet",
    "dry",
    "early",
    "late",
    "long",
    "short",
    "narrow",
    "wide",
    "heavy",
    "careful",
    "strange",
    "familiar",
    "ordinary",
    "patient",
    "tired",
    "hopeful",
    "honest",
    "simple",
    "difficult",
    "green",
    "grey",
    "blue",
    "yellow",
    "red",
    "white",
    "under",
    "over",
    "behind",
    "beside",
    "between",
    "through",
    "across",
    "toward",
    "without",
    "because",
    "although",
    "while",
    "until",
    "before",
    "after",
    "when",
    "where",
    "which",
    "who",
    "how",
    "why",
    "nothing",
    "something",
    "everything",
    "someone",
    "nobody",
    "enough",
    "more",
    "less",
    "many",
    "few",
    "first",
    "second",
    "last",
    "next",
    "once",
    "twice",
    "there",
    "here",
    "then",
    "now",
    "soon",
];

use redraft::lcg::Lcg;

/// What the benchmark's prose asks of the generator beyond numbers.
trait Prose {
    /// True once in `n` times.
    fn one_in(&mut self, n: usize) -> bool;
    /// A word of [`WORDS`].
    fn word(&mut self) -> &'static str;
}

impl Prose for Lcg {
    fn one_in(&mut self, n: usize) -> bool {
        self.below(n) == 0
    }

    fn word(&mut self) -> &'static str {
        self.pick(WORDS)
    }
}

/// How a word is marked up in the Markdown.
#[derive(Clone, Copy, PartialEq)]
enum Style {
    Plain,
    Emphasis,
    Link,
}

#[derive(Clone)]
struct Word {
    text: String,
    style: Style,
    /// What follows the word: "", "," or "." (a sentence ends there).
    after: &'static str,
}

/// One Markdown block of a generated draft.
#[derive(Clone)]
enum Paragraph {
    Prose(Vec<Word>),
    List(Vec<Vec<Word>>),
}

/// A sentence of `low..=high` words, capitalised and ending in a full stop.
fn sentence(rng: &mut Lcg, low: usize, high: usize) -> Vec<Word> {
    let len = rng.between(low, high);
    let mut words: Vec<Word> = (0..len)
        .map(|_| {
            let style = if rng.one_in(40) {
                Style::Emphasis
            } else if rng.one_in(250) {
                Style::Link
            } else {
                Style::Plain
            };
            let after = if rng.one_in(12) { "," } else { "" };
            Word {
                text: rng.word().to_string(),
                style,
                after,
            }
        })
        .collect();
    capitalise(&mut words[0].text);
    let last = words.len() - 1;
    words[last].after = ".";
    words
}

fn capitalise(word: &mut String) {
    if let Some(first) = word.get(..1) {
        *word = first.to_uppercase() + &word[1..];
    }
}

/// A draft of `paragraphs` blocks of about `words_per_paragraph` words; every twentieth block
/// (the sixth one first) is a list.
fn draft(seed: u64, paragraphs: usize, words_per_paragraph: usize) -> Vec<Paragraph> {
    let mut rng = Lcg(seed);
    (0..paragraphs)
        .map(|i| {
            if i % 20 == 5 {
                let items = (0..rng.between(4, 6))
                    .map(|_| sentence(&mut rng, 5, 10))
                    .collect();
                return Paragraph::List(items);
            }
            let target = rng.between(words_per_paragraph * 4 / 5, words_per_paragraph * 6 / 5);
            let mut words = Vec::new();
            while words.len() < target {
                words.extend(sentence(&mut rng, 6, 20));
            }
            Paragraph::Prose(words)
        })
        .collect()
}

/// The draft as Markdown, prose wrapped at about 80 columns as a writer's editor would.
fn to_markdown(draft: &[Paragraph]) -> String {
    let mut out = String::from("# A generated draft\n\n");
    for paragraph in draft {
        match paragraph {
            Paragraph::Prose(words) => {
                let mut column = 0;
                for word in words {
                    let text = styled(word);
                    if column > 0 && column + text.len() > 80 {
                        out.push('\n');
                        column = 0;
                    } else if column > 0 {
                        out.push(' ');
                        column += 1;
                    }
                    column += text.len();
                    out.push_str(&text);
                }
                out.push('\n');
            }
            Paragraph::List(items) => {
                for item in items {
                    let line: Vec<String> = item.iter().map(styled).collect();
                    out.push_str(&format!("- {}\n", line.join(" ")));
                }
            }
        }
        out.push('\n');
    }
    out
}

fn styled(word: &Word) -> String {
    let text = match word.style {
        Style::Plain => word.text.clone(),
        Style::Emphasis => format!("*{}*", word.text),
        Style::Link => format!("[{}](https://example.org)", word.text),
    };
    text + word.after
}

/// A revision of `draft` touching about a tenth of its words, the way a writer revises: words
/// replaced here and there, a few phrases inserted and cut, one sentence added and one paragraph
/// moved.
fn revise(draft: &[Paragraph], seed: u64) -> Vec<Paragraph> {
    let mut rng = Lcg(seed);
    let mut draft = draft.to_vec();
    let total: usize = draft
        .iter()
        .map(|p| match p {
            Paragraph::Prose(words) => words.len(),
            Paragraph::List(_) => 0,
        })
        .sum();
    // About 7% of the words replaced, 1.5% inserted and 1.5% cut (three at a time), and the new
    // sentence.
    let phrases = total * 15 / 1000 / 3;
    for _ in 0..total * 7 / 100 {
        let words = random_prose(&mut draft, &mut rng);
        let at = rng.below(words.len());
        let capital = at == 0 || words[at - 1].after == ".";
        words[at].text = rng.word().to_string();
        if capital {
            capitalise(&mut words[at].text);
        }
    }
    for _ in 0..phrases {
        let words = random_prose(&mut draft, &mut rng);
        let at = rng.between(1, words.len() - 1);
        let phrase: Vec<Word> = (0..3)
            .map(|_| Word {
                text: rng.word().to_string(),
                style: Style::Plain,
                after: "",
            })
            .collect();
        words.splice(at..at, phrase);
    }
    for _ in 0..phrases {
        let words = random_prose(&mut draft, &mut rng);
        // Never the first word (keeps the capital) nor a sentence's last (keeps the full stop).
        let at = rng.between(1, words.len() - 5);
        if words[at..at + 3].iter().all(|w| w.after != ".") {
            words.drain(at..at + 3);
        }
    }
    let new_sentence = sentence(&mut rng, 12, 18);
    random_prose(&mut draft, &mut rng).extend(new_sentence);
    // A prose paragraph moves, with its edits: the harder case (an unchanged block moving is
    // found by exact matching).
    let prose = prose_indices(&draft);
    let from = prose[rng.below(prose.len())];
    let moved = draft.remove(from);
    let to = (from + draft.len() / 2) % draft.len();
    draft.insert(to, moved);
    draft
}

/// The positions of the prose paragraphs (the ones revisions edit).
fn prose_indices(draft: &[Paragraph]) -> Vec<usize> {
    draft
        .iter()
        .enumerate()
        .filter(|(_, p)| matches!(p, Paragraph::Prose(_)))
        .map(|(i, _)| i)
        .collect()
}

/// The words of a randomly chosen prose paragraph.
fn random_prose<'a>(draft: &'a mut [Paragraph], rng: &mut Lcg) -> &'a mut Vec<Word> {
    let prose = prose_indices(draft);
    match &mut draft[prose[rng.below(prose.len())]] {
        Paragraph::Prose(words) => words,
        Paragraph::List(_) => unreachable!("only prose paragraphs are chosen"),
    }
}

/// Renders both drafts and checks that their change view keeps the diff contract.
fn checked_pair(
    name: &str,
    old_md: &str,
    new_md: &str,
) -> (markdown::Rendered, markdown::Rendered) {
    let old = markdown::render(old_md, RawHtml::Sanitize);
    let new = markdown::render(new_md, RawHtml::Sanitize);
    let view = diff::compare(&old, &new, &redraft::i18n::Catalog::english());
    if let Err(violation) = diff::verify(&old, &new, &view) {
        panic!("{name}: the change view breaks the diff contract: {violation}");
    }
    eprintln!(
        "{name}: {} words, {} blocks -> {} words, {} blocks; {}; {} changes",
        old.words,
        old.blocks.len(),
        new.words,
        new.blocks.len(),
        view.stats.summary(&redraft::i18n::Catalog::english()),
        view.changes
    );
    (old, new)
}

fn typical_pair(c: &mut Criterion) {
    let first = draft(1, 15, 100);
    let old_md = to_markdown(&first);
    let new_md = to_markdown(&revise(&first, 2));
    let (old, new) = checked_pair("typical pair", &old_md, &new_md);
    let english = redraft::i18n::Catalog::english();
    let mut group = c.benchmark_group("typical pair");
    group.bench_function("compare", |b| {
        b.iter(|| diff::compare(black_box(&old), black_box(&new), &english))
    });
    group.bench_function("render and compare", |b| {
        b.iter(|| {
            let old = markdown::render(black_box(&old_md), RawHtml::Sanitize);
            let new = markdown::render(black_box(&new_md), RawHtml::Sanitize);
            diff::compare(&old, &new, &redraft::i18n::Catalog::english())
        })
    });
    group.finish();
}

fn unrelated_pair(c: &mut Criterion) {
    let old_md = to_markdown(&draft(3, 200, 100));
    let new_md = to_markdown(&draft(4, 200, 100));
    let (old, new) = checked_pair("unrelated pair", &old_md, &new_md);
    let english = redraft::i18n::Catalog::english();
    let mut group = c.benchmark_group("unrelated pair");
    group.sample_size(10);
    group.bench_function("compare", |b| {
        b.iter(|| diff::compare(black_box(&old), black_box(&new), &english))
    });
    group.finish();
}

criterion_group!(benches, typical_pair, unrelated_pair);
criterion_main!(benches);
