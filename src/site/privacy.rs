//! What privacy settings change in where things are published: folder names that carry a
//! writer's name are shortened as `names:` shortens the name, and files in a piece's folder that
//! only private drafts use are not published.

use crate::content::front_matter::{Key, Visibility};
use crate::content::{Asset, Draft, Piece};
use crate::diagnostic::Diagnostic;
use crate::settings::Settings;
use crate::site::names::Names;
use crate::slug::slugify;

/// The piece's URL path as published: its folder path, with the words of a writer's name that
/// `names:` withholds replaced by the name as the site shows it. Under `initials`,
/// `students/hana-sato` is `students/h-s` (and `students/hana` is `students/h-s` too, so that
/// two writers told apart on the page, "An. Fl." and "An. Fu.", are told apart in addresses);
/// under `first` it is `students/hana`. Under `hidden` a folder named only by the name becomes
/// `writer-` and a short code that stands for it without spelling it.
pub fn public_path(piece: &Piece, names: &Names, settings: &Settings) -> String {
    let mut writers: Vec<Withheld> = Vec::new();
    for draft in &piece.drafts {
        if let Some(name) = &draft.meta.author {
            let piece_style = draft.meta.names.unwrap_or(settings.names);
            let (style, _) = names.shortening(name, piece_style);
            let withheld = style.withheld_words(name);
            if !withheld.is_empty() {
                let shown = names.person(name, None, piece_style).map(|s| slugify(&s));
                writers.push(Withheld {
                    words: name.split_whitespace().map(slugify).collect(),
                    withheld,
                    shown: shown.filter(|s| !s.is_empty()),
                });
            }
        }
    }
    if writers.is_empty() {
        return piece.path.clone();
    }
    piece
        .path
        .split('/')
        .map(|segment| shorten_segment(segment, &writers))
        .collect::<Vec<_>>()
        .join("/")
}

/// A writer whose name `names:` shortens, as folder names may carry it.
struct Withheld {
    /// Every word of the name, as slug words ("ms", "park").
    words: Vec<String>,
    /// The words that must not be published.
    withheld: Vec<String>,
    /// The name as the site shows it, as a slug (`None` under `hidden`).
    shown: Option<String>,
}

fn shorten_segment(segment: &str, writers: &[Withheld]) -> String {
    let words: Vec<&str> = segment.split('-').collect();
    // The writers whose withheld words the segment carries.
    let named: Vec<&Withheld> = writers
        .iter()
        .filter(|n| words.iter().any(|w| n.withheld.iter().any(|h| h == w)))
        .collect();
    if named.is_empty() {
        return segment.to_string();
    }
    // The first word of a writer's name stands for the whole name as shown; its other words go.
    let mut placed = vec![false; named.len()];
    let mut kept: Vec<String> = Vec::new();
    for w in &words {
        match named.iter().position(|n| n.words.iter().any(|x| x == w)) {
            None => kept.push(w.to_string()),
            Some(i) if !placed[i] => {
                placed[i] = true;
                kept.extend(named[i].shown.clone());
            }
            Some(_) => {}
        }
    }
    if kept.is_empty() {
        format!("writer-{:06x}", fnv1a(segment.as_bytes()) & 0xff_ffff)
    } else {
        kept.join("-")
    }
}

/// The drafts the site shows, numbered as readers see them: each draft's own number less the
/// private drafts before it. A hidden draft leaves no gap to tell of it ("Draft 1, Draft 2" at
/// `draft-1/` and `draft-2/`, where the files say 1 and 3), and a piece without private drafts
/// keeps the numbers its writer gave.
pub fn published_drafts(piece: &Piece) -> Vec<Draft> {
    let mut hidden = 0;
    let mut published = Vec::with_capacity(piece.drafts.len());
    for draft in &piece.drafts {
        if draft.is_private() {
            hidden += 1;
        } else {
            published.push(Draft {
                number: draft.number.saturating_sub(hidden),
                ..draft.clone()
            });
        }
    }
    published
}

/// The piece's files to publish, at their places under `path` (the piece's public path): all
/// but those that private drafts mention and no published draft does.
pub fn published_assets(piece: &Piece, path: &str) -> Vec<Asset> {
    let (private, published): (Vec<_>, Vec<_>) = piece.drafts.iter().partition(|d| d.is_private());
    let prefix = format!("{}/", piece.path);
    piece
        .assets
        .iter()
        .filter_map(|asset| {
            let relative = asset.target.strip_prefix(&prefix)?;
            let used_by = |drafts: &[&Draft]| drafts.iter().any(|d| d.body.contains(relative));
            if used_by(&private) && !used_by(&published) {
                return None;
            }
            Some(Asset {
                source: asset.source.clone(),
                target: format!("{path}/{relative}"),
            })
        })
        .collect()
}

/// The slug of a writer's, assignment's or tag's page: never empty.
pub fn name_slug(shown: &str) -> String {
    let slug = slugify(shown);
    if slug.is_empty() {
        "writer".to_string()
    } else {
        slug
    }
}

/// Visibility settings in a piece that cannot do what they seem to: a piece is listed or
/// unlisted as a whole (by its latest published draft), and a private draft is never shown, so
/// marking it `showcase` does nothing.
pub fn visibility_warnings(piece: &Piece) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let published: Vec<&Draft> = piece.drafts.iter().filter(|d| !d.is_private()).collect();
    let unlisted = |d: &Draft| d.meta.visibility == Some(Visibility::Unlisted);
    if let Some(latest) = published.last() {
        let word = |u: bool| if u { "unlisted" } else { "public" };
        for draft in &published[..published.len() - 1] {
            if unlisted(draft) != unlisted(latest) {
                warnings.push(
                    with_line(
                        Diagnostic::warning(
                            &draft.file,
                            format!(
                                "this draft is {} but the piece's latest draft is {}: a piece is listed or unlisted as a whole, so the latest draft decides and this draft is {} too",
                                word(unlisted(draft)),
                                word(unlisted(latest)),
                                word(unlisted(latest))
                            ),
                        ),
                        draft.meta.lines.of(Key::Visibility),
                    )
                    .with_help("set `visibility:` once in piece.yaml, or the same in every draft"),
                );
            }
        }
    }
    for draft in piece.drafts.iter().filter(|d| d.is_private()) {
        if draft.meta.showcase == Some(true) {
            warnings.push(
                with_line(
                    Diagnostic::warning(
                        &draft.file,
                        "`showcase: true` does nothing on a private draft, which is never published",
                    ),
                    draft.meta.lines.of(Key::Visibility),
                )
                .with_help("make the draft public to show it off, or remove `showcase`"),
            );
        }
    }
    warnings
}

fn with_line(d: Diagnostic, line: Option<usize>) -> Diagnostic {
    match line {
        Some(line) => d.at_line(line),
        None => d,
    }
}

/// FNV-1a: a hash that never changes between versions, since it names folders in addresses.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::Arc;

    use super::*;
    use crate::content::front_matter::FrontMatter;
    use crate::settings::NameStyle;

    fn piece(path: &str, drafts: &[(&str, Option<Visibility>, &str)]) -> Piece {
        Piece {
            path: path.to_string(),
            folder: PathBuf::from(path),
            drafts: drafts
                .iter()
                .enumerate()
                .map(|(i, (author, visibility, body))| Draft {
                    number: i as u32 + 1,
                    file: PathBuf::from(format!("{path}/0{}.md", i + 1)),
                    meta: FrontMatter {
                        author: Some(author.to_string()),
                        visibility: *visibility,
                        ..FrontMatter::default()
                    },
                    body: Arc::from(*body),
                    body_line: 1,
                })
                .collect(),
            assets: ["photo.jpg", "secret.jpg", "notes.txt"]
                .iter()
                .map(|f| Asset {
                    source: PathBuf::from(f),
                    target: format!("{path}/{f}"),
                })
                .collect(),
            from_git: false,
        }
    }

    fn path_under(names: NameStyle, folder: &str, author: &str) -> String {
        let settings = Settings {
            names,
            ..Settings::defaults("Test")
        };
        let piece = piece(folder, &[(author, None, "")]);
        let names = Names::new(&settings, std::slice::from_ref(&piece));
        public_path(&piece, &names, &settings)
    }

    #[test]
    fn folder_names_are_shortened_as_the_name_is() {
        let folder = "students/sam-rivera/essay";
        assert_eq!(path_under(NameStyle::Full, folder, "Sam Rivera"), folder);
        assert_eq!(
            path_under(NameStyle::First, folder, "Sam Rivera"),
            "students/sam/essay"
        );
        assert_eq!(
            path_under(NameStyle::Initials, folder, "Sam Rivera"),
            "students/s-r/essay"
        );
        let hidden = path_under(NameStyle::Hidden, folder, "Sam Rivera");
        assert!(hidden.starts_with("students/writer-") && hidden.ends_with("/essay"));
        assert!(
            !hidden.contains("sam") && !hidden.contains("rivera"),
            "{hidden}"
        );
        // Two writers get two codes, and the same writer the same code every build.
        assert_ne!(
            hidden,
            path_under(NameStyle::Hidden, "students/ana-flores/essay", "Ana Flores")
        );
        assert_eq!(hidden, path_under(NameStyle::Hidden, folder, "Sam Rivera"));
        // A name inside a longer folder name is the name as shown; other words stay.
        assert_eq!(
            path_under(NameStyle::First, "rivera-essays/letter", "Sam Rivera"),
            "sam-essays/letter"
        );
        // A folder named by the first name alone still shows the name as the site does.
        assert_eq!(
            path_under(NameStyle::Initials, "students/sam/essay", "Sam Rivera"),
            "students/s-r/essay"
        );
        assert_eq!(
            path_under(NameStyle::Initials, "ms-park/model", "Ms. Park"),
            "ms-p/model"
        );
        // A titled teacher keeps the title's public form under `first`.
        assert_eq!(
            path_under(NameStyle::First, "ms-lee/model", "Ms. Lee"),
            "ms-lee/model"
        );
    }

    #[test]
    fn files_only_private_drafts_use_are_not_published() {
        let p = piece(
            "essay",
            &[
                ("A", None, "![](photo.jpg)"),
                (
                    "A",
                    Some(Visibility::Private),
                    "![](secret.jpg) and ![](photo.jpg)",
                ),
            ],
        );
        let targets: Vec<String> = published_assets(&p, "e")
            .into_iter()
            .map(|a| a.target)
            .collect();
        // Used by a published draft, or by no draft at all: published, at the public path.
        assert_eq!(targets, ["e/photo.jpg", "e/notes.txt"]);
    }
}
