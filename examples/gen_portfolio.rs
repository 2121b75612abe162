//! Writes a synthetic portfolio for measuring builds: N pieces × M drafts × about W words, each
//! draft a revision of the one before (see `benches/support/portfolio.rs`).
//!
//! ```text
//! cargo run --release --example gen_portfolio -- OUT_DIR [PIECES] [DRAFTS] [WORDS] [SEED]
//! ```

#[path = "../benches/support/portfolio.rs"]
mod portfolio;

use std::path::Path;

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = Path::new(
        args.first()
            .map(String::as_str)
            .unwrap_or("bench-portfolio"),
    );
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let shape = portfolio::Shape {
        pieces: number(1, 1000),
        drafts: number(2, 4),
        words: number(3, 1000),
        seed: number(4, 7) as u64,
    };
    portfolio::write(out, shape)?;
    println!(
        "Wrote {} pieces × {} drafts × about {} words into {}",
        shape.pieces,
        shape.drafts,
        shape.words,
        out.display()
    );
    Ok(())
}
