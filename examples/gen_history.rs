//! Writes synthetic git histories (and the portfolios that read them through `history:`) for
//! measuring how much reading drafts from git adds to a build, and times the reading alone.
//! Used by `scripts/bench-history.sh`. Every text is generated (made-up words from syllables,
//! in sentences and paragraphs), deterministic by seed; each version of a post is a revision of
//! the one before (a few words changed, a sentence added, rewritten or cut, now and then a
//! paragraph moved), held between about 800 and 1,000 words. Repositories are written with
//! `git fast-import`, one commit after another on `main`, author dates a few hours apart.
//!
//! ```text
//! gen_history files  OUT DRAFTS [SEED]            one piece of DRAFTS draft files (pieces/post/NN.md)
//! gen_history post   OUT COMMITS [SEED]           the same versions as COMMITS commits of post.md
//! gen_history blog   OUT POSTS PER_POST [SEED]    POSTS posts in content/posts, PER_POST commits each,
//!                                                 one post a commit, interleaved
//! gen_history blog-files OUT POSTS PER_POST [SEED] the same posts as POSTS pieces of draft files
//! gen_history blog-bundles OUT POSTS PER_POST [SEED] the same, each post a page bundle
//!                                                 (content/posts/post-NNN/index.md)
//! gen_history sparse OUT COMMITS CHANGES [SEED]   COMMITS commits to 200 other files; essay.md and
//!                                                 content/posts/essay.md change in CHANGES of them
//! gen_history read   REPO file|posts PATH [RUNS]  times redraft's reading of that history alone
//! gen_history phases REPO [FOLDER]                 times the gix reads that walk makes, one kind
//!                                                 after another (see below)
//! ```
//!
//! `files` and `post` with the same seed make the same texts, titles, dates, messages and
//! author, so their builds make the same pages; so do `blog-files` and `blog` (but for where
//! the pieces' pages go). `sparse` writes `OUT/repo` and two portfolios
//! reading it: `OUT/top` follows `essay.md` (the top folder's tree changes in every commit) and
//! `OUT/folder` follows `content/posts` (its tree changes only with the essay).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use redraft::lcg::Lcg;

const AUTHOR: &str = "Sam Rivers";
const EMAIL: &str = "sam@example.org";
/// 2025-01-06 09:00 UTC.
const START: i64 = 1_736_154_000;

const FUNCTION_WORDS: &[&str] = &[
    "the", "a", "of", "and", "to", "in", "was", "it", "that", "with", "for", "on", "as", "at",
    "by", "from", "but", "not", "we", "she", "he", "they", "her", "his", "our", "my", "this",
    "there", "which", "when", "then", "had", "have", "would", "could", "into", "over", "after",
];
const ONSETS: &[&str] = &[
    "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "l", "m", "n", "p", "pl", "r", "s",
    "sh", "sl", "st", "t", "th", "tr", "v", "w", "",
];
const VOWELS: &[&str] = &[
    "a", "e", "i", "o", "u", "ai", "ea", "ou", "oo", "ie", "ar", "er",
];
const CODAS: &[&str] = &[
    "", "", "n", "r", "l", "t", "st", "nd", "ck", "m", "s", "ng", "rd", "ft",
];

/// Made-up words, each a few syllables; the first ones come up most often (see `word`).
struct Vocabulary(Vec<String>);

impl Vocabulary {
    fn new(rng: &mut Lcg) -> Self {
        let mut words = Vec::with_capacity(3000);
        while words.len() < 3000 {
            let syllables = 1 + rng.below(3);
            let mut w = String::new();
            for _ in 0..syllables {
                w.push_str(rng.pick(ONSETS));
                w.push_str(rng.pick(VOWELS));
            }
            w.push_str(rng.pick(CODAS));
            if w.len() > 1 && !words.contains(&w) {
                words.push(w);
            }
        }
        Vocabulary(words)
    }

    /// A word: a function word four times in ten, else a made-up one, the common ones far more
    /// often than the rare (a skewed spread, as in prose).
    fn word(&self, rng: &mut Lcg) -> String {
        if rng.below(10) < 4 {
            return rng.pick(FUNCTION_WORDS).to_string();
        }
        let u = rng.below(1 << 20) as f64 / f64::from(1 << 20);
        let i = (self.0.len() as f64 * u * u) as usize;
        self.0[i.min(self.0.len() - 1)].clone()
    }

    fn sentence(&self, rng: &mut Lcg) -> Vec<String> {
        let len = rng.between(6, 24);
        let mut words: Vec<String> = (0..len).map(|_| self.word(rng)).collect();
        if len > 10 && rng.below(2) == 0 {
            let at = rng.between(3, len - 3);
            words[at].push(',');
        }
        words
    }
}

/// A post's text as paragraphs of sentences of words.
struct Text(Vec<Vec<Vec<String>>>);

impl Text {
    fn new(v: &Vocabulary, rng: &mut Lcg, words: usize) -> Self {
        let mut t = Text(Vec::new());
        while t.words() < words {
            let n = rng.between(3, 7);
            t.0.push((0..n).map(|_| v.sentence(rng)).collect());
        }
        t
    }

    fn words(&self) -> usize {
        self.0.iter().flatten().map(Vec::len).sum()
    }

    fn render(&self) -> String {
        let paragraph = |p: &Vec<Vec<String>>| {
            p.iter()
                .map(|s| {
                    let mut text = s.join(" ");
                    text = text.trim_end_matches(',').to_string();
                    let mut chars = text.chars();
                    let first = chars.next().map(|c| c.to_uppercase().to_string());
                    format!("{}{}.", first.unwrap_or_default(), chars.as_str())
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        self.0
            .iter()
            .map(paragraph)
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// (paragraph, sentence) of a random sentence.
    fn any(&self, rng: &mut Lcg) -> (usize, usize) {
        let p = rng.below(self.0.len());
        (p, rng.below(self.0[p].len()))
    }

    /// One revision: a few words changed, then a sentence added, rewritten or cut (or a
    /// paragraph moved), keeping the text between about 800 and 1,000 words.
    fn revise(&mut self, v: &Vocabulary, rng: &mut Lcg) {
        for _ in 0..rng.between(2, 6) {
            let (p, s) = self.any(rng);
            let w = rng.below(self.0[p][s].len());
            self.0[p][s][w] = v.word(rng);
        }
        let words = self.words();
        let mut choice = rng.below(10);
        if words > 1000 {
            choice = 7;
        } else if words < 800 {
            choice = 0;
        }
        match choice {
            0..=3 => {
                let (p, s) = self.any(rng);
                self.0[p].insert(s, v.sentence(rng));
            }
            4..=6 => {
                let (p, s) = self.any(rng);
                self.0[p][s] = v.sentence(rng);
            }
            7 | 8 => {
                let (p, s) = self.any(rng);
                if self.0[p].len() > 1 {
                    self.0[p].remove(s);
                } else if self.0.len() > 1 {
                    self.0.remove(p);
                }
            }
            _ => {
                if self.0.len() > 2 {
                    let moved = self.0.remove(rng.below(self.0.len()));
                    let at = rng.below(self.0.len());
                    self.0.insert(at, moved);
                }
            }
        }
    }
}

/// One version of a post: its body, the commit's message (summary, body) and time.
struct Version {
    body: String,
    summary: String,
    message_body: String,
    time: i64,
}

fn title_of(v: &Vocabulary, rng: &mut Lcg) -> String {
    let n = rng.between(2, 5);
    let words: Vec<String> = (0..n)
        .map(|_| {
            let w = v.0[rng.below(400)].clone();
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().to_string())
                .unwrap_or_default()
                + c.as_str()
        })
        .collect();
    words.join(" ")
}

fn message(v: &Vocabulary, rng: &mut Lcg, title: &str, first: bool) -> (String, String) {
    let summary = if first {
        format!("Add {title}")
    } else {
        let n = rng.between(2, 5);
        let what: Vec<String> = (0..n).map(|_| v.word(rng)).collect();
        format!("{title}: {}", what.join(" "))
    };
    let body = if rng.below(4) == 0 {
        let mut s = v.sentence(rng).join(" ");
        s.push('.');
        s
    } else {
        String::new()
    };
    (summary, body)
}

/// The versions of one post: `n` revisions, the first at `time`, then each `gap` seconds apart
/// plus or minus (up to twice `gap`).
fn versions(
    v: &Vocabulary,
    rng: &mut Lcg,
    title: &str,
    n: usize,
    time: i64,
    gap: i64,
) -> Vec<Version> {
    let words = rng.between(820, 900);
    let mut text = Text::new(v, rng, words);
    let mut out = Vec::with_capacity(n);
    let mut t = time;
    for i in 0..n {
        if i > 0 {
            text.revise(v, rng);
            if gap > 0 {
                t += gap / 2 + rng.below((gap * 3 / 2) as usize) as i64;
            }
        }
        let (summary, message_body) = message(v, rng, title, i == 0);
        out.push(Version {
            body: text.render(),
            summary,
            message_body,
            time: t,
        });
    }
    out
}

/// A draft file with what a commit would say in its front matter: draft `number`, written at
/// `time`.
fn draft_file(title: &str, number: usize, time: i64, ver: &Version) -> String {
    let reflection = if ver.message_body.is_empty() {
        String::new()
    } else {
        format!("reflection: \"{}\"\n", ver.message_body)
    };
    format!(
        "---\ntitle: \"{title}\"\ntags: [bench]\nauthor: {AUTHOR}\ndraft: {number}\ndate: {}\nchanges: \"{}\"\n{reflection}---\n{}\n",
        day(time),
        ver.summary,
        ver.body
    )
}

fn post_file(title: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ntags: [bench]\n---\n{body}\n")
}

/// `git fast-import` into a new repository at `dir`, fed by `write`.
fn import(
    dir: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let git = |args: &[&str]| -> std::io::Result<()> {
        let status = Command::new("git").args(args).current_dir(dir).status()?;
        if status.success() {
            Ok(())
        } else {
            Err(std::io::Error::other(format!("git {args:?} failed")))
        }
    };
    git(&["init", "-q", "-b", "main"])?;
    let mut child = Command::new("git")
        .args(["fast-import", "--quiet", "--done"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .spawn()?;
    {
        let mut stdin = BufWriter::with_capacity(1 << 20, child.stdin.take().expect("piped"));
        write(&mut stdin)?;
        stdin.write_all(b"done\n")?;
        stdin.flush()?;
    }
    if !child.wait()?.success() {
        return Err(std::io::Error::other("git fast-import failed"));
    }
    // A work tree as a clone would have (redraft reads only commits, but users have one).
    git(&["checkout", "-q", "-f", "main"])
}

/// One commit on `main` changing `files` (path, text).
fn commit(
    out: &mut dyn Write,
    time: i64,
    summary: &str,
    body: &str,
    files: &[(&str, &str)],
) -> std::io::Result<()> {
    let message = if body.is_empty() {
        format!("{summary}\n")
    } else {
        format!("{summary}\n\n{body}\n")
    };
    writeln!(out, "commit refs/heads/main")?;
    writeln!(out, "author {AUTHOR} <{EMAIL}> {time} +0100")?;
    writeln!(out, "committer {AUTHOR} <{EMAIL}> {time} +0100")?;
    writeln!(out, "data {}\n{message}", message.len())?;
    for (path, text) in files {
        writeln!(out, "M 100644 inline {path}\ndata {}\n{text}", text.len())?;
    }
    writeln!(out)
}

fn settings(out: &Path, history: &str) -> std::io::Result<()> {
    std::fs::create_dir_all(out)?;
    std::fs::write(
        out.join("redraft.yaml"),
        format!("title: History benchmark\nauthor: {AUTHOR}\n{history}"),
    )
}

fn day(time: i64) -> String {
    redraft::date::Date::from_days_since_epoch((time + 3600).div_euclid(86_400)).to_string()
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| args.get(i).map(String::as_str).unwrap_or("");
    let number =
        |i: usize, default: usize| args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default);
    let out = PathBuf::from(arg(1));
    match arg(0) {
        "files" => {
            let (n, seed) = (number(2, 50), number(3, 7) as u64);
            let mut rng = Lcg(seed);
            let v = Vocabulary::new(&mut rng);
            let title = title_of(&v, &mut rng);
            settings(&out, "")?;
            let dir = out.join("pieces/post");
            std::fs::create_dir_all(&dir)?;
            for (i, ver) in versions(&v, &mut rng, &title, n, START, 86_400)
                .iter()
                .enumerate()
            {
                let text = draft_file(&title, i + 1, ver.time, ver);
                std::fs::write(dir.join(format!("{:02}.md", i + 1)), text)?;
            }
            println!("{n} draft files in {}", dir.display());
        }
        "post" => {
            let (n, seed) = (number(2, 50), number(3, 7) as u64);
            let mut rng = Lcg(seed);
            let v = Vocabulary::new(&mut rng);
            let title = title_of(&v, &mut rng);
            let all = versions(&v, &mut rng, &title, n, START, 86_400);
            settings(&out, "history:\n  - repo: repo\n    file: post.md\n")?;
            import(&out.join("repo"), |w| {
                for ver in &all {
                    let text = post_file(&title, &ver.body);
                    commit(
                        w,
                        ver.time,
                        &ver.summary,
                        &ver.message_body,
                        &[("post.md", &text)],
                    )?;
                }
                Ok(())
            })?;
            println!("{n} commits of post.md in {}", out.join("repo").display());
        }
        "blog" | "blog-files" | "blog-bundles" => {
            let (posts, per, seed) = (number(2, 200), number(3, 20), number(4, 7) as u64);
            let mut rng = Lcg(seed);
            let v = Vocabulary::new(&mut rng);
            // Each post's versions, and when each is committed: post p starts about p × PER
            // commits in, and its revisions follow about PER commits apart, so some twenty
            // posts are being revised at any time.
            let mut events: Vec<(u64, usize, usize)> = Vec::with_capacity(posts * per);
            let mut all = Vec::with_capacity(posts);
            for p in 0..posts {
                let title = title_of(&v, &mut rng);
                let mut at = (p * per) as u64 * 1000;
                for k in 0..per {
                    if k > 0 {
                        at += rng.between(1, 2 * per) as u64 * 1000;
                    }
                    events.push((at + rng.below(1000) as u64, p, k));
                }
                all.push((title.clone(), versions(&v, &mut rng, &title, per, 0, 0)));
            }
            events.sort();
            // One commit every 20 minutes to 4 hours and 20 minutes.
            let mut time = START;
            for (at, _, _) in &mut events {
                time += 1200 + rng.below(4 * 3600) as i64;
                *at = time as u64;
            }
            if arg(0) == "blog-files" {
                // The same posts as draft files: pieces/post-NNN/KK.md.
                settings(&out, "")?;
                for (time, p, k) in &events {
                    let (title, vers) = &all[*p];
                    let dir = out.join(format!("pieces/blog/post-{p:03}"));
                    std::fs::create_dir_all(&dir)?;
                    let text = draft_file(title, *k + 1, *time as i64, &vers[*k]);
                    std::fs::write(dir.join(format!("{:02}.md", k + 1)), text)?;
                }
                println!("{posts} pieces × {per} draft files in {}", out.display());
                return Ok(());
            }
            settings(
                &out,
                "history:\n  - repo: blog\n    posts: content/posts\n    to: blog\n",
            )?;
            import(&out.join("blog"), |w| {
                for (time, p, k) in &events {
                    let (title, vers) = &all[*p];
                    let ver = &vers[*k];
                    let path = if arg(0) == "blog-bundles" {
                        format!("content/posts/post-{p:03}/index.md")
                    } else {
                        format!("content/posts/post-{p:03}.md")
                    };
                    let text = post_file(title, &ver.body);
                    commit(
                        w,
                        *time as i64,
                        &ver.summary,
                        &ver.message_body,
                        &[(&path, &text)],
                    )?;
                }
                Ok(())
            })?;
            println!(
                "{} commits, {posts} posts × {per}, in {}",
                events.len(),
                out.join("blog").display()
            );
        }
        "sparse" => {
            let (n, changes, seed) = (number(2, 5000), number(3, 10), number(4, 7) as u64);
            let mut rng = Lcg(seed);
            let v = Vocabulary::new(&mut rng);
            let title = title_of(&v, &mut rng);
            let essay = versions(&v, &mut rng, &title, changes, 0, 0);
            // 200 other files in 20 folders, 30 lines each; a commit rewrites or adds a line.
            let mut others: Vec<(String, Vec<String>)> = (0..200)
                .map(|i| {
                    let lines = (0..30).map(|_| v.sentence(&mut rng).join(" ")).collect();
                    (format!("src/part-{:02}/file-{:03}.txt", i / 10, i), lines)
                })
                .collect();
            std::fs::create_dir_all(&out)?;
            import(&out.join("repo"), |w| {
                let mut time = START;
                let mut next = 0;
                for c in 0..n {
                    time += 600 + rng.below(3 * 3600) as i64;
                    let mut files: Vec<(String, String)> = Vec::new();
                    if c == 0 {
                        for (path, lines) in &others {
                            files.push((path.clone(), lines.join("\n") + "\n"));
                        }
                        files.push(("README.md".to_string(), "A project.\n".to_string()));
                    } else {
                        let f = rng.below(others.len());
                        let lines = &mut others[f].1;
                        let l = rng.below(lines.len());
                        if rng.below(3) == 0 {
                            lines.insert(l, v.sentence(&mut rng).join(" "));
                        } else {
                            lines[l] = v.sentence(&mut rng).join(" ");
                        }
                        let text = lines.join("\n") + "\n";
                        files.push((others[f].0.clone(), text));
                    }
                    // The essay changes in `changes` commits spread evenly, the first of them
                    // the first commit.
                    let (summary, body) = if next < essay.len() && c == next * n / essay.len() {
                        let text = post_file(&title, &essay[next].body);
                        files.push(("essay.md".to_string(), text.clone()));
                        files.push(("content/posts/essay.md".to_string(), text));
                        next += 1;
                        (
                            essay[next - 1].summary.clone(),
                            essay[next - 1].message_body.clone(),
                        )
                    } else {
                        let (s, b) = message(&v, &mut rng, "Code", c == 0);
                        (s, b)
                    };
                    let refs: Vec<(&str, &str)> = files
                        .iter()
                        .map(|(p, t)| (p.as_str(), t.as_str()))
                        .collect();
                    commit(w, time, &summary, &body, &refs)?;
                }
                Ok(())
            })?;
            settings(
                &out.join("top"),
                "history:\n  - repo: ../repo\n    file: essay.md\n",
            )?;
            settings(
                &out.join("folder"),
                "history:\n  - repo: ../repo\n    posts: content/posts\n",
            )?;
            println!(
                "{n} commits, the essay changed in {changes}, in {}",
                out.join("repo").display()
            );
        }
        "read" => {
            use redraft::git_history::{HistorySource, Target, Uncommitted};
            let repo = PathBuf::from(arg(1));
            let path = PathBuf::from(arg(3));
            let target = match arg(2) {
                "file" => Target::File(path),
                _ => Target::Posts(path),
            };
            let runs = number(4, 5);
            let source = HistorySource {
                repo: PathBuf::from("."),
                target,
                to: String::new(),
                since: None,
                skip: Vec::new(),
                merge_small: 0,
                uncommitted: Uncommitted::LeaveOut,
                line: None,
            };
            let mut best = f64::MAX;
            let mut summary = String::new();
            for _ in 0..runs {
                let start = Instant::now();
                let (posts, problems) =
                    redraft::git_history::read(&repo, &repo.join("redraft.yaml"), &source);
                let took = start.elapsed().as_secs_f64();
                for p in &problems {
                    eprintln!("{p}");
                }
                let versions: usize = posts.iter().map(|p| p.versions.len()).sum();
                let bytes: usize = posts
                    .iter()
                    .flat_map(|p| &p.versions)
                    .map(|v| v.text.len())
                    .sum();
                summary = format!(
                    "{} posts, {versions} versions, {:.1} MB of text",
                    posts.len(),
                    bytes as f64 / 1e6
                );
                best = best.min(took);
            }
            println!("read: {summary}; best of {runs}: {:.3} s", best);
        }
        "phases" => {
            // What redraft's walk asks of gix, timed step by step with gix alone: the
            // first-parent walk, each commit's tree, the followed folder's tree in each commit,
            // that folder's tree decoded where it changed, and each changed file's blob.
            let repo = gix::discover(arg(1)).map_err(std::io::Error::other)?;
            let folder = arg(2);
            let fail = |e: &dyn std::fmt::Display| std::io::Error::other(e.to_string());
            let mut step = Instant::now();
            let mut lap = |what: &str, n: usize| {
                println!("  {what:<44} {n:>6}  {:.3} s", step.elapsed().as_secs_f64());
                step = Instant::now();
            };
            let head = repo.head_commit().map_err(|e| fail(&e))?.id;
            let walk = repo
                .rev_walk([head])
                .first_parent_only()
                .all()
                .map_err(|e| fail(&e))?;
            let ids: Vec<gix::ObjectId> = walk
                .map(|i| i.map(|i| i.id))
                .collect::<Result<_, _>>()
                .map_err(|e| fail(&e))?;
            lap("first-parent walk (commits)", ids.len());
            let mut trees = Vec::with_capacity(ids.len());
            for id in &ids {
                let commit = repo.find_commit(*id).map_err(|e| fail(&e))?;
                trees.push(commit.tree_id().map_err(|e| fail(&e))?.detach());
            }
            lap("each commit read again, its tree id", ids.len());
            let mut folders = Vec::with_capacity(ids.len());
            for tree in &trees {
                let tree = repo.find_tree(*tree).map_err(|e| fail(&e))?;
                let id = if folder.is_empty() {
                    Some(tree.id)
                } else {
                    tree.lookup_entry_by_path(folder)
                        .map_err(|e| fail(&e))?
                        .map(|e| e.object_id())
                };
                folders.push(id);
            }
            lap("the folder's tree id in each commit", ids.len());
            let mut changed = 0;
            let mut blobs = std::collections::HashSet::new();
            for (i, f) in folders.iter().enumerate() {
                if i + 1 < folders.len() && folders[i + 1] == *f {
                    continue;
                }
                let Some(f) = f else { continue };
                changed += 1;
                let tree = repo.find_tree(*f).map_err(|e| fail(&e))?;
                let decoded = tree.decode().map_err(|e| fail(&e))?;
                for e in &decoded.entries {
                    if e.mode.is_blob() {
                        blobs.insert(e.oid.to_owned());
                    }
                }
            }
            lap("the folder's tree decoded where it changed", changed);
            let mut bytes = 0;
            for b in &blobs {
                bytes += repo.find_blob(*b).map_err(|e| fail(&e))?.data.len();
            }
            lap("each version's blob", blobs.len());
            println!("  ({:.1} MB of blobs)", bytes as f64 / 1e6);
        }
        _ => {
            eprintln!("usage: see the top of examples/gen_history.rs");
            std::process::exit(2);
        }
    }
    Ok(())
}
