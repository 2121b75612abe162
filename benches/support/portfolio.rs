//! Synthetic portfolios for measuring builds: N pieces × M drafts × about W words, each draft a
//! revision of the one before (sentences swapped, added and cut, now and then a paragraph moved).
//! Deterministic for a given seed. Used by `examples/gen_portfolio.rs` and the benchmarks.

use std::path::Path;

pub(crate) use redraft::lcg::Lcg as Rng;

const WORDS: &[&str] = &[
    "morning",
    "river",
    "window",
    "quiet",
    "teacher",
    "notebook",
    "bright",
    "heavy",
    "walked",
    "remembered",
    "kitchen",
    "storm",
    "laughed",
    "slowly",
    "bridge",
    "garden",
    "yellow",
    "promise",
    "paper",
    "letter",
    "small",
    "because",
    "between",
    "almost",
    "never",
    "again",
    "street",
    "winter",
    "coat",
    "music",
    "the",
    "a",
    "and",
    "of",
    "to",
    "in",
    "was",
    "we",
    "it",
    "my",
    "her",
    "his",
    "that",
    "with",
    "on",
];

pub(crate) fn sentence(rng: &mut Rng) -> String {
    let len = 8 + rng.below(10);
    let mut words: Vec<String> = (0..len)
        .map(|_| WORDS[rng.below(WORDS.len())].to_string())
        .collect();
    if let Some(first) = words.first_mut() {
        *first = first[..1].to_uppercase() + &first[1..];
    }
    words.join(" ") + "."
}

/// How big a portfolio to write.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    pub(crate) pieces: usize,
    pub(crate) drafts: usize,
    pub(crate) words: usize,
    pub(crate) seed: u64,
}

/// Writes a portfolio of `shape` into `out` (`redraft.yaml` and `pieces/`).
pub(crate) fn write(out: &Path, shape: Shape) -> std::io::Result<()> {
    let Shape {
        pieces,
        drafts,
        words,
        seed,
    } = shape;
    let mut rng = Rng(seed);
    std::fs::create_dir_all(out.join("pieces"))?;
    std::fs::write(out.join("redraft.yaml"), "title: Benchmark portfolio\n")?;
    for p in 0..pieces {
        let dir = out
            .join("pieces")
            .join(format!("writer-{:03}", p / 10))
            .join(format!("piece-{p:05}"));
        std::fs::create_dir_all(&dir)?;
        // About 13 words a sentence, 5 sentences a paragraph.
        let mut paragraphs: Vec<Vec<String>> = (0..words.div_ceil(65).max(1))
            .map(|_| (0..5).map(|_| sentence(&mut rng)).collect())
            .collect();
        for d in 1..=drafts {
            if d > 1 {
                for _ in 0..paragraphs.len() {
                    let para = rng.below(paragraphs.len());
                    let s = rng.below(paragraphs[para].len());
                    match rng.below(3) {
                        0 => paragraphs[para][s] = sentence(&mut rng),
                        1 => paragraphs[para].insert(s, sentence(&mut rng)),
                        _ if paragraphs[para].len() > 1 => {
                            paragraphs[para].remove(s);
                        }
                        _ => {}
                    }
                }
                if rng.below(3) == 0 && paragraphs.len() > 2 {
                    let moved = paragraphs.remove(rng.below(paragraphs.len()));
                    let at = rng.below(paragraphs.len());
                    paragraphs.insert(at, moved);
                }
            }
            let body: Vec<String> = paragraphs.iter().map(|p| p.join(" ")).collect();
            let text = format!(
                "---\ntitle: Piece {p}\ndraft: {d}\nstage: {}\ndate: 2026-10-{:02}\nchanges: Revised for the benchmark.\n---\n{}\n",
                if d == 1 { "first-draft" } else { "revision" },
                d.min(28),
                body.join("\n\n")
            );
            std::fs::write(dir.join(format!("{d:02}-draft.md")), text)?;
        }
    }
    Ok(())
}
