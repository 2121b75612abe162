//! Walking a repository's first-parent history and taking each version of the files a
//! [`HistorySource`] follows.

use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use gix::ObjectId;
use gix::objs::tree::EntryRef;

use super::chain::{Link, first_parents};
use super::{HistorySource, Post, Since, Target, Uncommitted, Version, source_error};
use crate::date::Date;
use crate::diagnostic::{Diagnostic, shown_path};
use crate::fence::markdown_stem;

/// Every post `source` follows, in the repository it names (from the portfolio folder
/// `root`), each with its versions oldest first. A problem with the repository is one error at
/// the source's line of `settings` (the settings file); a problem with one post's history
/// leaves that post out, with an error naming the repository, the file and the commit.
pub fn read(root: &Path, settings: &Path, source: &HistorySource) -> (Vec<Post>, Vec<Diagnostic>) {
    let here = if source.repo == Path::new(".") {
        root.to_path_buf()
    } else {
        root.join(&source.repo)
    };
    let shown = shown_path(&here);
    let fail = |message: String| (Vec::new(), vec![source_error(settings, source, message)]);
    let repo = match gix::discover(&here) {
        Ok(repo) => repo,
        Err(_) if !here.exists() => {
            return fail(format!("history: {shown} is not there"));
        }
        Err(_) => {
            return fail(format!(
                "history: {shown} is not a git repository, nor inside one"
            ));
        }
    };
    if repo.is_shallow().unwrap_or(false) {
        return fail(format!(
            "history: {shown} is a shallow clone, so its history is cut short and its first drafts are missing; run `git fetch --unshallow` in it"
        ));
    }
    let head = match repo.head_commit() {
        Ok(head) => head,
        Err(_) => return fail(format!("history: {shown} has no commits yet")),
    };
    let (folder, only) = match &source.target {
        Target::Posts(folder) => (slashed(folder), None),
        Target::File(file) => {
            let file = slashed(file);
            match file.rsplit_once('/') {
                Some((folder, name)) => (folder.to_string(), Some(name.to_string())),
                None => (String::new(), Some(file)),
            }
        }
    };
    let chain = match first_parents(&repo, head.id, &folder) {
        Ok(chain) => chain,
        Err(e) => return fail(format!("history: cannot read {shown}: {e}")),
    };
    let mut walker = Walker {
        repo: &repo,
        shown: &shown,
        chain: &chain,
        problems: Vec::new(),
        bundles: HashMap::new(),
        kept: None,
    };
    let newest = walker.files(0);
    let names: Vec<String> = match &only {
        Some(name) if newest.contains_key(name) => vec![name.clone()],
        Some(name) => {
            let path = join(&folder, name);
            return fail(format!(
                "history: {path} is not in the latest commit of {shown}, so it has no history to show"
            ));
        }
        None => newest.keys().cloned().collect(),
    };
    if names.is_empty() {
        return fail(format!(
            "history: {shown} has no posts in {} (Markdown files, or folders with an `index.md`) in its latest commit",
            if folder.is_empty() {
                "its top folder"
            } else {
                &folder
            }
        ));
    }
    let mut posts = Vec::new();
    let histories = walker.versions(&names);
    for (name, found) in names.iter().zip(histories) {
        let path = join(&folder, name);
        let Some(mut versions) = walker.texts(&path, found) else {
            continue;
        };
        keep_from(&mut versions, source, &chain);
        versions.retain(|v| !source.skip.iter().any(|s| starts_id(&v.commit, s)));
        if source.uncommitted == Uncommitted::Include {
            versions.extend(uncommitted(&repo, &path, versions.last()));
        }
        fold_small(&mut versions, source.merge_small);
        if !versions.is_empty() {
            posts.push(Post { path, versions });
        }
    }
    let mut problems = walker.problems;
    for skip in &source.skip {
        if !chain.iter().any(|c| starts_id(&c.id.to_string(), skip)) {
            problems.push(
                source_error(settings, source, format!("history: `skip:` names {skip}, which is no commit in the history of {shown}"))
                    .with_help("copy the commit's id from `git log --oneline`: its first seven characters are enough"),
            );
        }
    }
    (posts, problems)
}

/// A path as `/`-separated text without `./` or a trailing `/`.
fn slashed(path: &Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    text.trim_start_matches("./").trim_matches('/').to_string()
}

pub(super) fn join(folder: &str, name: &str) -> String {
    if folder.is_empty() {
        name.to_string()
    } else {
        format!("{folder}/{name}")
    }
}

fn starts_id(id: &str, start: &str) -> bool {
    start.len() >= 4 && id.starts_with(&start.to_lowercase())
}

/// Reads trees and blobs along the chain, noting the problems it meets.
struct Walker<'a> {
    repo: &'a gix::Repository,
    shown: &'a str,
    chain: &'a [Link],
    problems: Vec<Diagnostic>,
    /// Each bundle folder's index (its name and blob) by the folder's tree.
    bundles: HashMap<ObjectId, Option<(String, ObjectId)>>,
    /// The folder's tree last read, which the next change compares from.
    kept: Option<gix::Tree<'a>>,
}

/// A version found: the commit (index in the chain), the file's name in it, its blob.
type Found = (usize, String, ObjectId);

impl<'a> Walker<'a> {
    /// The followed folder's tree at commit `at` of the chain, if the folder is there.
    fn tree(&mut self, at: usize) -> Option<gix::Tree<'a>> {
        let tree_id = self.chain.get(at)?.folder?;
        if let Some(kept) = self.kept.take_if(|t| t.id == tree_id) {
            return Some(kept);
        }
        match self.repo.find_tree(tree_id) {
            Ok(tree) => Some(tree),
            Err(e) => {
                self.corrupt(at, &e.to_string());
                None
            }
        }
    }

    /// The posts in the followed folder at commit `at` of the chain: each Markdown file (not
    /// `_index.md`, a section page) and each folder's `index.md` (or `index.markdown` ...), by
    /// name, with its blob.
    fn files(&mut self, at: usize) -> BTreeMap<String, ObjectId> {
        let mut out = BTreeMap::new();
        let Some(tree) = self.tree(at) else {
            return out;
        };
        let Ok(decoded) = tree.decode() else {
            self.corrupt(at, "a folder cannot be read");
            return out;
        };
        for entry in &decoded.entries {
            out.extend(self.post(entry));
        }
        out
    }

    /// The posts that differ between the followed folder at commit `at` and at the commit
    /// before it: (as they are in the newer, as they were in the older), by name with their
    /// blobs. Entries the two trees share unchanged are passed over unread, so a commit costs
    /// what it changed, not the size of the folder.
    fn changes(&mut self, at: usize) -> (BTreeMap<String, ObjectId>, BTreeMap<String, ObjectId>) {
        let (mut newer, mut older) = (BTreeMap::new(), BTreeMap::new());
        let Some(new_tree) = self.tree(at) else {
            return (newer, older);
        };
        let old_tree = self.tree(at + 1);
        let Ok(new_entries) = new_tree.decode().map(|t| t.entries) else {
            self.corrupt(at, "a folder cannot be read");
            return (newer, older);
        };
        let old_entries = match old_tree.as_ref().map(|t| t.decode()) {
            None => Vec::new(),
            Some(Ok(decoded)) => decoded.entries,
            Some(Err(_)) => {
                self.corrupt(at + 1, "a folder cannot be read");
                return (newer, older);
            }
        };
        let (mut n, mut o) = (new_entries.iter().peekable(), old_entries.iter().peekable());
        loop {
            match (n.peek(), o.peek()) {
                (None, None) => break,
                (Some(a), Some(b)) if a.cmp(b) == Ordering::Equal => {
                    if a.oid != b.oid || a.mode != b.mode {
                        newer.extend(self.post(a));
                        older.extend(self.post(b));
                    }
                    n.next();
                    o.next();
                }
                (Some(a), b) if b.is_none_or(|b| a.cmp(b) == Ordering::Less) => {
                    newer.extend(self.post(a));
                    n.next();
                }
                (_, Some(b)) => {
                    older.extend(self.post(b));
                    o.next();
                }
                (Some(_), None) => unreachable!("an entry of the newer tree is taken above"),
            }
        }
        // The older tree is the newer one of the next commit that changed the folder.
        drop(old_entries);
        self.kept = old_tree;
        // A bundle whose image changed but whose text did not is no change to the post.
        let same: Vec<String> = newer
            .iter()
            .filter(|(name, blob)| older.get(*name) == Some(blob))
            .map(|(name, _)| name.clone())
            .collect();
        for name in same {
            newer.remove(&name);
            older.remove(&name);
        }
        (newer, older)
    }

    /// The post a folder entry is, if it is one: a Markdown file, or a folder with an index
    /// (read once per folder version, however many commits share it).
    fn post(&mut self, entry: &EntryRef<'_>) -> Option<(String, ObjectId)> {
        let name = entry.filename.to_string();
        if entry.mode.is_blob() && markdown_stem(&name).is_some() && !name.starts_with('_') {
            return Some((name, entry.oid.to_owned()));
        }
        if !entry.mode.is_tree() {
            return None;
        }
        let id = entry.oid.to_owned();
        if let Some(known) = self.bundles.get(&id) {
            return known
                .clone()
                .map(|(index, blob)| (format!("{name}/{index}"), blob));
        }
        let index = self.repo.find_tree(id).ok().and_then(|bundle| {
            let decoded = bundle.decode().ok()?;
            decoded
                .entries
                .iter()
                .find(|e| {
                    e.mode.is_blob() && markdown_stem(&e.filename.to_string()) == Some("index")
                })
                .map(|e| (e.filename.to_string(), e.oid.to_owned()))
        });
        self.bundles.insert(id, index.clone());
        index.map(|(index, blob)| (format!("{name}/{index}"), blob))
    }

    /// Whether two versions are close enough to be one post renamed: at most half the words
    /// changed.
    fn alike(&self, a: ObjectId, b: ObjectId) -> bool {
        let text = |id| {
            self.repo
                .find_blob(id)
                .ok()
                .map(|b| String::from_utf8_lossy(&b.data).into_owned())
        };
        let (Some(a), Some(b)) = (text(a), text(b)) else {
            return false;
        };
        let longer = a
            .split_whitespace()
            .count()
            .max(b.split_whitespace().count());
        changed_words(&a, &b) <= longer
    }

    fn corrupt(&mut self, at: usize, what: &str) {
        self.problems.push(
            Diagnostic::error(
                Path::new(self.shown),
                format!(
                    "history: commit {} cannot be read: {what}",
                    self.chain[at].id.to_hex_with_len(7)
                ),
            )
            .with_help("the repository may be damaged: run `git fsck` in it"),
        );
    }

    /// For each of `names` (posts at the newest commit), the commits that changed it, newest
    /// first, following a post back through renames inside the folder.
    fn versions(&mut self, names: &[String]) -> Vec<Vec<Found>> {
        let mut found: Vec<Vec<Found>> = vec![Vec::new(); names.len()];
        // Which post each name is at the commit being looked at, until its history starts.
        let mut current: HashMap<String, usize> = names
            .iter()
            .enumerate()
            .map(|(post, name)| (name.clone(), post))
            .collect();
        for at in 0..self.chain.len() {
            if current.is_empty() {
                break;
            }
            let unchanged =
                at + 1 < self.chain.len() && self.chain[at].folder == self.chain[at + 1].folder;
            if unchanged {
                continue;
            }
            let (newer, older) = self.changes(at);
            let mut renamed = Vec::new();
            for (here, blob) in &newer {
                let Some(post) = current.remove(here) else {
                    continue;
                };
                let blob = *blob;
                let before = older.get(here).map(|b| (here.clone(), *b)).or_else(|| {
                    renamed_from(blob, &newer, &older)
                        .filter(|(_, old)| *old == blob || self.alike(*old, blob))
                });
                if before.as_ref().is_none_or(|(_, b)| *b != blob) {
                    found[post].push((at, here.clone(), blob));
                }
                if let Some((name, _)) = before {
                    renamed.push((name, post));
                }
            }
            current.extend(renamed);
        }
        found
    }

    /// The texts of `found` (newest first) as versions, oldest first; `None` (with an error)
    /// when one cannot be read as text.
    fn texts(&mut self, path: &str, found: Vec<Found>) -> Option<Vec<Version>> {
        let mut versions = Vec::with_capacity(found.len());
        for (at, name, blob) in found.into_iter().rev() {
            let id = self.chain[at].id;
            let short = id.to_hex_with_len(7).to_string();
            let at_path = join(&self.chain[at].path, &name);
            let problem = |what: &str| {
                Diagnostic::error(
                    Path::new(self.shown).join(&at_path),
                    format!("history: the version at commit {short} {what}, so {path} is left out"),
                )
            };
            let data = match self.repo.find_blob(blob) {
                Ok(b) => b.data.clone(),
                Err(e) => {
                    self.problems.push(
                        problem(&format!("cannot be read ({e})"))
                            .with_help("the repository may be damaged: run `git fsck` in it"),
                    );
                    return None;
                }
            };
            if data.contains(&0) {
                self.problems.push(
                    problem("is not text (a binary file)")
                        .with_help(format!("leave that commit out with `skip: [{short}]`")),
                );
                return None;
            }
            let Ok(text) = String::from_utf8(data) else {
                self.problems.push(problem("is not UTF-8 text").with_help(format!("leave that commit out with `skip: [{short}]`, or save the file as UTF-8 and commit it again")));
                return None;
            };
            let commit = self.commit_details(at)?;
            versions.push(Version {
                path: at_path,
                text: crate::fence::normalize_newlines(text),
                ..commit
            });
        }
        Some(versions)
    }

    /// The commit's id, date, message and author, in a [`Version`] without text.
    fn commit_details(&mut self, at: usize) -> Option<Version> {
        let id = self.chain[at].id;
        let commit = match self.repo.find_commit(id) {
            Ok(c) => c,
            Err(e) => {
                self.corrupt(at, &e.to_string());
                return None;
            }
        };
        let author = commit.author().ok();
        let name = author.map(|a| a.name.to_string()).unwrap_or_default();
        let time = author.and_then(|a| a.time().ok());
        let date = time.map_or_else(Date::today, |t| {
            Date::from_days_since_epoch((t.seconds + i64::from(t.offset)).div_euclid(86_400))
        });
        let (summary, body) = what_changed(&commit.message_raw_sloppy().to_string());
        Some(Version {
            commit: id.to_string(),
            date,
            summary,
            body,
            author: name.trim().to_string(),
            path: String::new(),
            text: String::new(),
        })
    }
}

/// A commit message as a draft's "what changed" (its first line) and reflection (the rest). A
/// merge's own first line ("Merge pull request #12 from rae/typos") says nothing about the
/// writing: when the message goes on, its next line (the pull request's title, as GitHub and
/// GitLab write it) says what changed.
fn what_changed(message: &str) -> (String, String) {
    let message = message.trim();
    let (first, rest) = message.split_once('\n').unwrap_or((message, ""));
    let merge = [
        "Merge pull request ",
        "Merge branch ",
        "Merge remote-tracking branch ",
    ]
    .iter()
    .any(|m| first.starts_with(m));
    let rest = rest.trim();
    if merge && !rest.is_empty() {
        let (title, more) = rest.split_once('\n').unwrap_or((rest, ""));
        return (title.trim().to_string(), more.trim().to_string());
    }
    (first.trim().to_string(), rest.to_string())
}

/// The name a post (with `blob` at the newer commit, under a name the older one lacks) had at
/// the older one, if it was renamed in between: a post that left the folder with the same
/// text, or else the only one that left when only this one came (whose text the caller then
/// compares).
fn renamed_from(
    blob: ObjectId,
    newer: &BTreeMap<String, ObjectId>,
    older: &BTreeMap<String, ObjectId>,
) -> Option<(String, ObjectId)> {
    let gone: Vec<(&String, &ObjectId)> = older
        .iter()
        .filter(|(n, _)| !newer.contains_key(*n))
        .collect();
    let added = newer.keys().filter(|n| !older.contains_key(*n)).count();
    if let Some((n, b)) = gone.iter().find(|(_, b)| **b == blob) {
        return Some(((*n).clone(), **b));
    }
    match (gone.as_slice(), added) {
        ([(n, b)], 1) => Some(((*n).clone(), **b)),
        _ => None,
    }
}

/// Leaves out the versions before `source.since`.
fn keep_from(versions: &mut Vec<Version>, source: &HistorySource, chain: &[Link]) {
    match &source.since {
        None => {}
        Some(Since::Date(day)) => versions.retain(|v| v.date >= *day),
        Some(Since::Commit(start)) => {
            // Commits newer than the one named, and that one: the chain is newest first.
            let Some(at) = chain
                .iter()
                .position(|c| starts_id(&c.id.to_string(), start))
            else {
                return;
            };
            let kept: HashSet<String> = chain[..=at].iter().map(|c| c.id.to_string()).collect();
            versions.retain(|v| v.commit.is_empty() || kept.contains(&v.commit));
        }
    }
}

/// The file as it is on disk, as a last version, when it differs from the latest commit's.
fn uncommitted(repo: &gix::Repository, path: &str, last: Option<&Version>) -> Option<Version> {
    let file = repo.workdir()?.join(path);
    let text = crate::fence::normalize_newlines(std::fs::read_to_string(file).ok()?);
    if last.is_some_and(|v| v.text == text) {
        return None;
    }
    Some(Version {
        commit: String::new(),
        date: Date::today(),
        summary: String::new(),
        body: String::new(),
        author: last.map(|v| v.author.clone()).unwrap_or_default(),
        path: path.to_string(),
        text,
    })
}

/// Folds each version that changes fewer than `words` words into the next one (the latest into
/// the one before it), so a typo fix is no draft of its own.
fn fold_small(versions: &mut Vec<Version>, words: usize) {
    if words == 0 {
        return;
    }
    let mut i = 1;
    while i < versions.len() && versions.len() > 1 {
        if changed_words(&versions[i - 1].text, &versions[i].text) >= words {
            i += 1;
            continue;
        }
        if i + 1 < versions.len() {
            // The small change is in the next version's text already.
            versions.remove(i);
        } else {
            // The latest: its text goes to the draft before, which keeps its own message.
            let latest = versions.remove(i);
            versions[i - 1].text = latest.text;
        }
    }
}

/// How many words differ between two texts (cut plus added).
pub fn changed_words(old: &str, new: &str) -> usize {
    let diff = similar::TextDiff::from_words(old, new);
    diff.iter_all_changes()
        .filter(|c| c.tag() != similar::ChangeTag::Equal && !c.value().trim().is_empty())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(commit: &str, text: &str) -> Version {
        Version {
            commit: commit.to_string(),
            date: Date::today(),
            summary: commit.to_string(),
            body: String::new(),
            author: String::new(),
            path: "p.md".to_string(),
            text: text.to_string(),
        }
    }

    #[test]
    fn a_merge_says_what_changed_by_its_pull_requests_title() {
        let said = |m: &str| what_changed(m);
        assert_eq!(
            said(
                "Merge pull request #5611 from rae/https\n\nUse https for every link\n\nAll of them."
            ),
            (
                "Use https for every link".to_string(),
                "All of them.".to_string()
            )
        );
        assert_eq!(
            said("Merge branch 'drafts'\n"),
            ("Merge branch 'drafts'".to_string(), String::new())
        );
        assert_eq!(
            said("Open on the driver\n\nA friend said so.\n"),
            (
                "Open on the driver".to_string(),
                "A friend said so.".to_string()
            )
        );
    }

    #[test]
    fn small_changes_fold_into_the_next_draft() {
        let mut v = vec![
            version("a", "one two three four"),
            version("b", "one two three fuor"),
            version("c", "one two three four five six seven"),
            version("d", "one two three four five six sevn"),
        ];
        fold_small(&mut v, 3);
        let kept: Vec<&str> = v.iter().map(|v| v.commit.as_str()).collect();
        assert_eq!(kept, ["a", "c"]);
        assert_eq!(v[1].text, "one two three four five six sevn");
    }

    #[test]
    fn a_rename_is_followed_by_its_text_or_as_the_only_one() {
        let id = |n: u8| ObjectId::from_bytes_or_panic(&[n; 20]);
        let older: BTreeMap<String, ObjectId> =
            [("a.md".to_string(), id(1)), ("b.md".to_string(), id(2))].into();
        let newer: BTreeMap<String, ObjectId> =
            [("a.md".to_string(), id(1)), ("c.md".to_string(), id(3))].into();
        assert_eq!(
            renamed_from(id(3), &newer, &older),
            Some(("b.md".to_string(), id(2)))
        );
        let same: BTreeMap<String, ObjectId> =
            [("a.md".to_string(), id(1)), ("c.md".to_string(), id(2))].into();
        assert_eq!(
            renamed_from(id(2), &same, &older),
            Some(("b.md".to_string(), id(2)))
        );
    }
}
