//! The token diff's edit script as runs a person reads: changes joined across small unchanged
//! islands, whitespace-only edges slid off, and changes between the letters of a word widened
//! to the whole word.

use std::ops::Range;

use similar::{DiffOp, DiffTag};

use super::tokens::{TextKind, Tok, WordCounts, separates_words};

/// An unchanged run of at most this many words between two changes may join them.
const MAX_JOINED_WORDS: usize = 2;

/// The runs of `ops` as a person should read them: [`join_changes`], [`rewrite_sentences`],
/// then [`slide_blanks`] and [`widen_to_words`]. `spelling` tells a change that will be shown
/// letter by letter (a spelling fixed), which reads as the word kept.
pub(super) fn for_people(
    ops: &[DiffOp],
    old: &[Tok<'_>],
    new: &[Tok<'_>],
    words: &[&WordCounts; 2],
    spelling: &dyn Fn(&Run) -> bool,
) -> Vec<Run> {
    let mut runs = join_changes(ops, old, new, words);
    join_across_moved_tags(&mut runs, old, new);
    rewrite_sentences(&mut runs, old, new, words, spelling);
    slide_blanks(&mut runs, old, new);
    widen_to_words(&mut runs, old, new);
    runs
}

/// A stretch of the token diff: unchanged, or changed (with either range possibly empty).
pub(super) struct Run {
    pub(super) changed: bool,
    pub(super) old: Range<usize>,
    pub(super) new: Range<usize>,
}

/// The diff's runs with small unchanged runs between two changes of text joined into them:
/// "dad went to get" → "father walked back for" reads as one cut and one addition, not four
/// alternating pairs. An unchanged run joins its neighbours when it holds no tags and no more
/// words than either neighbour changes (and at most [`MAX_JOINED_WORDS`]). Changes that only
/// add or remove tags, or only set the same text in other type, are never joined: the words
/// around them did not change.
///
/// That first pass goes left to right and sees each change as the diff cut it, so a change
/// that grows later can be left beside a run it now dwarfs ("At lunch, a lot of" → "That is
/// 137 pounds in one week from one lunch period": "lunch" came before a cut comma, which
/// changes no word). A second pass, repeated until nothing more joins, lets a change take in
/// such a run when the run has at most half as many words as the changes on both sides.
pub(super) fn join_changes(
    ops: &[DiffOp],
    old: &[Tok<'_>],
    new: &[Tok<'_>],
    words: &[&WordCounts; 2],
) -> Vec<Run> {
    // A change of type alone (a quote made curly) reads as the same word: nothing to join.
    let changes_text = |run: &Run| {
        old[run.old.clone()]
            .iter()
            .chain(&new[run.new.clone()])
            .any(|t| matches!(t, Tok::Text(_)))
            && !only_typography(run, old, new)
    };
    let size = |run: &Run| {
        words[0]
            .count(run.old.clone())
            .max(words[1].count(run.new.clone()))
    };
    // The words of `between` when it may join `before` and `after` (words aside).
    let island = |before: &Run, between: &Run, after: &Run| {
        (before.changed
            && !between.changed
            && after.changed
            && changes_text(before)
            && changes_text(after)
            && new[between.new.clone()]
                .iter()
                .all(|t| matches!(t, Tok::Text(_))))
        .then(|| words[1].count(between.new.clone()))
        .filter(|words| *words <= MAX_JOINED_WORDS)
    };
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let (tag, old_range, new_range) = op.as_tag_tuple();
        let run = Run {
            changed: tag != DiffTag::Equal,
            old: old_range,
            new: new_range,
        };
        if run.changed
            && let Some(last) = runs.last_mut()
            && last.changed
        {
            last.old.end = run.old.end;
            last.new.end = run.new.end;
            continue;
        }
        if let [.., before, between] = runs.as_slice()
            && let Some(words) = island(before, between, &run)
            && words <= size(before)
            && words <= size(&run)
        {
            runs.pop();
            if let Some(last) = runs.last_mut() {
                last.old.end = run.old.end;
                last.new.end = run.new.end;
            }
            continue;
        }
        runs.push(run);
    }
    let mut joined = true;
    while joined {
        joined = false;
        let mut i = 1;
        while i + 1 < runs.len() {
            let (before, after) = (&runs[i - 1], &runs[i + 1]);
            match island(before, &runs[i], after) {
                Some(words) if 2 * words <= size(before) && 2 * words <= size(after) => {
                    let end = (after.old.end, after.new.end);
                    runs.drain(i..=i + 1);
                    (runs[i - 1].old.end, runs[i - 1].new.end) = end;
                    joined = true;
                }
                _ => i += 1,
            }
        }
    }
    runs
}

/// A sentence with at least this many separate changes, and this share of its words changed,
/// was rewritten: it is shown as one cut and one addition.
const REWRITTEN_REGIONS: usize = 3;
const REWRITTEN_SHARE: f64 = 0.4;

/// A sentence with two changes (apart, or with only punctuation between) is shown as
/// rewritten when at least this share of its words changed, and at least [`REWRITTEN_WORDS`]
/// words: most of it is new.
const MOSTLY_NEW_SHARE: f64 = 0.5;
const REWRITTEN_WORDS: usize = 6;

/// Unchanged words this many in a row inside a rewritten sentence stay unmarked between its
/// changes: cut and added again, they would read as words the writer retyped.
const KEPT_PHRASE_WORDS: usize = 7;

/// Sentence by sentence, a sentence mostly rewritten is one change from its first changed word
/// to its last, as an editor would strike it out and write the new one beside it, rather than
/// a comb of cuts and additions between the few words that stayed. The unchanged words before
/// its first change and after its last stay unmarked, and so does a phrase of
/// [`KEPT_PHRASE_WORDS`] or more kept inside it. A spelling fixed, or quotes made curly, read
/// as words kept.
///
/// Sentences end at `.`, `!`, `?` (and their CJK forms) before a space or a block's edge, and
/// at every tag that separates words (a list item's end): in unchanged text, which reads the
/// same on both sides. A change that runs across a sentence's end makes the two one.
fn rewrite_sentences(
    runs: &mut Vec<Run>,
    old: &[Tok<'_>],
    new: &[Tok<'_>],
    words: &[&WordCounts; 2],
    spelling: &dyn Fn(&Run) -> bool,
) {
    /// The changes of one sentence so far.
    #[derive(Default)]
    struct Sentence {
        /// Each run that changes text, with the unchanged words between it and the change
        /// before it, and its size (the more words of its two sides).
        changes: Vec<Change>,
        /// Unchanged words since the last change.
        kept_since: usize,
        changed_words: usize,
        /// The sentence's words on the new side, changed or not, and the words cut from it.
        new_words: usize,
        cut_words: usize,
    }
    struct Change {
        run: usize,
        kept_before: usize,
        size: usize,
    }
    impl Sentence {
        /// The stretches of runs (first, last) to show as one change each.
        fn rewritten(&self) -> Vec<(usize, usize)> {
            let regions = 1 + self
                .changes
                .iter()
                .skip(1)
                .filter(|c| c.kept_before > 0)
                .count();
            let share = self.changed_words as f64 / (self.new_words + self.cut_words).max(1) as f64;
            let shredded = regions >= REWRITTEN_REGIONS && share >= REWRITTEN_SHARE;
            let mostly_new = self.changes.len() >= 2
                && share >= MOSTLY_NEW_SHARE
                && self.changed_words >= REWRITTEN_WORDS;
            if !shredded && !mostly_new {
                return Vec::new();
            }
            // A comb of changes is joined across anything short of a phrase; otherwise two
            // changes only across no more words than they change on average ("In [-fact, the-]
            // {+some ways, legal+} relationships run even deeper than the ..." keeps its
            // middle).
            let mut stretches: Vec<(usize, usize)> = Vec::new();
            for (i, change) in self.changes.iter().enumerate() {
                let kept = change.kept_before;
                let joins = i > 0
                    && kept < KEPT_PHRASE_WORDS
                    && (shredded || 2 * kept <= change.size + self.changes[i - 1].size);
                match stretches.last_mut() {
                    Some(last) if joins => last.1 = change.run,
                    _ => stretches.push((change.run, change.run)),
                }
            }
            stretches.retain(|(first, last)| first < last);
            stretches
        }
    }
    // Nothing to join with fewer than two changes.
    if runs.iter().filter(|run| run.changed).nth(1).is_none() {
        return;
    }
    let changes_text = |run: &Run| {
        old[run.old.clone()]
            .iter()
            .chain(&new[run.new.clone()])
            .any(|t| matches!(t.text_kind(), Some(TextKind::Word | TextKind::Other)))
    };
    let mut rewritten = Vec::new();
    let mut sentence = Sentence::default();
    for (k, run) in runs.iter().enumerate() {
        if run.changed && (spelling(run) || only_typography(run, old, new)) {
            let kept = words[1].count(run.new.clone());
            sentence.new_words += kept;
            sentence.kept_since += kept;
            continue;
        }
        if run.changed {
            if !changes_text(run) {
                continue;
            }
            let (cut, added) = (
                words[0].count(run.old.clone()),
                words[1].count(run.new.clone()),
            );
            sentence.changed_words += cut + added;
            sentence.cut_words += cut;
            sentence.new_words += added;
            sentence.changes.push(Change {
                run: k,
                kept_before: sentence.kept_since,
                size: cut.max(added),
            });
            sentence.kept_since = 0;
            continue;
        }
        let mut from = run.new.start;
        for end in sentence_ends(new, run.new.clone()) {
            sentence.new_words += words[1].count(from..end);
            rewritten.extend(std::mem::take(&mut sentence).rewritten());
            from = end;
        }
        let rest = words[1].count(from..run.new.end);
        sentence.new_words += rest;
        sentence.kept_since += rest;
    }
    rewritten.extend(sentence.rewritten());
    for (first, last) in rewritten.into_iter().rev() {
        let (old_end, new_end) = (runs[last].old.end, runs[last].new.end);
        runs.drain(first + 1..=last);
        let run = &mut runs[first];
        (run.old.end, run.new.end) = (old_end, new_end);
    }
}

/// Whether a change only sets the same text in other type: straight quotes made curly (or
/// back), three full stops made an ellipsis.
fn only_typography(run: &Run, old: &[Tok<'_>], new: &[Tok<'_>]) -> bool {
    if run.old.is_empty() || run.new.is_empty() {
        return false;
    }
    fn typeset<'t>(tokens: &'t [Tok<'_>]) -> impl Iterator<Item = char> + 't {
        plain_chars(tokens).filter(|c| *c != ' ').flat_map(|c| {
            let (chars, n) = match c {
                '‘' | '’' | '‚' | '‛' | '′' => (['\'', ' ', ' '], 1),
                '“' | '”' | '„' | '‟' | '″' => (['"', ' ', ' '], 1),
                '…' => (['.', '.', '.'], 3),
                c => ([c, ' ', ' '], 1),
            };
            chars.into_iter().take(n)
        })
    }
    typeset(&old[run.old.clone()]).eq(typeset(&new[run.new.clone()]))
}

/// Where sentences end among `tokens[range]`: the index after each sentence's last token.
fn sentence_ends<'t>(
    tokens: &'t [Tok<'_>],
    range: Range<usize>,
) -> impl Iterator<Item = usize> + 't {
    range.filter_map(move |i| {
        let ends_here = match &tokens[i] {
            Tok::Text(text) => {
                let last = text.as_bytes().last().copied().unwrap_or_default();
                (matches!(last, b'.' | b'!' | b'?')
                    || (last >= 0x80 && text.ends_with(['…', '。', '！', '？'])))
                    && tokens.get(i + 1).is_none_or(|next| {
                        is_blank(next) || (!is_inline_tag(next) && next.text_kind().is_none())
                    })
            }
            Tok::Open(name, _) | Tok::Close(name, _) | Tok::Void(name, _) => separates_words(name),
        };
        ends_here.then_some(i + 1)
    })
}

/// A tag moved across unchanged words (`*into scope*` → `*into* scope`) can come out of the
/// diff as the words cut before the tag and added again after it. Such a cut, the tags kept
/// between and the addition are one change, whose two sides hold the same words: it is then
/// marked as a change of formatting, not of words.
fn join_across_moved_tags(runs: &mut Vec<Run>, old: &[Tok<'_>], new: &[Tok<'_>]) {
    let mut i = 0;
    while i + 2 < runs.len() {
        let (first, between, last) = (&runs[i], &runs[i + 1], &runs[i + 2]);
        let tags_only = !between.changed
            && new[between.new.clone()]
                .iter()
                .all(|t| t.text_kind().is_none());
        if first.changed && last.changed && tags_only {
            let (o, n) = (first.old.start..last.old.end, first.new.start..last.new.end);
            let (a, b) = (&old[o.clone()], &new[n.clone()]);
            if plain_chars(a).any(|c| c != ' ') && plain_chars(a).eq(plain_chars(b)) {
                runs.drain(i + 1..=i + 2);
                runs[i].old = o;
                runs[i].new = n;
                continue;
            }
        }
        i += 1;
    }
}

/// The characters of `tokens`' text, tags left out and each run of whitespace one space.
pub(super) fn plain_chars<'t>(tokens: &'t [Tok<'_>]) -> impl Iterator<Item = char> + 't {
    tokens.iter().flat_map(|token| {
        let text = match token {
            Tok::Text(_) if is_blank(token) => " ",
            Tok::Text(text) => text.as_ref(),
            _ => "",
        };
        text.chars()
    })
}

/// Whether a token is whitespace text.
fn is_blank(token: &Tok<'_>) -> bool {
    token.text_kind() == Some(TextKind::Blank)
}

/// Whether a token is text that is not whitespace: a word or a mark of punctuation.
fn is_visible_text(token: &Tok<'_>) -> bool {
    matches!(token.text_kind(), Some(TextKind::Word | TextKind::Other))
}

/// A change that only adds (or only cuts) and ends in whitespace after an element's end, right
/// after unchanged whitespace, is the same change one token earlier: "and `let…else`␣" added
/// after a space is "␣and `let…else`". Slid that way, its whitespace leads, where it waits for
/// the change's first word inside one mark, instead of trailing as a mark of its own after the
/// element.
/// (Outside `<pre>` every run of whitespace has one number, so the two alignments are equal.)
fn slide_blanks(runs: &mut [Run], old: &[Tok<'_>], new: &[Tok<'_>]) {
    // A change needs unchanged runs on both sides to slide between.
    for i in 1..runs.len().saturating_sub(1) {
        if !runs[i].changed || runs[i - 1].changed || runs[i + 1].changed {
            continue;
        }
        loop {
            let (before, run) = (&runs[i - 1], &runs[i]);
            let (side, range, before_range) = match (run.old.is_empty(), run.new.is_empty()) {
                (true, false) => (new, run.new.clone(), before.new.clone()),
                (false, true) => (old, run.old.clone(), before.old.clone()),
                _ => break,
            };
            // Only whitespace right after an element's end would be a mark of its own: the
            // mark closes at the element's edge and opens again for the space.
            let ends_blank = range.len() >= 2
                && is_blank(&side[range.end - 1])
                && matches!(side[range.end - 2], Tok::Close(..));
            let after_blank = before_range.end > before_range.start
                && before_range.end == range.start
                && is_blank(&side[range.start - 1])
                && is_blank(&new[runs[i - 1].new.end - 1])
                && is_blank(&old[runs[i - 1].old.end - 1]);
            if !(ends_blank && after_blank) {
                break;
            }
            // The unchanged blank before the change now closes it, and the change's last blank
            // is unchanged: both sides' ranges move one token to the left.
            let (before, rest) = runs.split_at_mut(i);
            let before = &mut before[i - 1];
            before.old.end -= 1;
            before.new.end -= 1;
            let run = &mut rest[0];
            run.old = run.old.start - 1..run.old.end - 1;
            run.new = run.new.start - 1..run.new.end - 1;
            let after = &mut rest[1];
            after.old.start -= 1;
            after.new.start -= 1;
            if before.old.is_empty() {
                break;
            }
        }
    }
}

/// How many of `tokens` a change of punctuation reaches into: the visible text up to the
/// first word, that word included (an address's `https` in `] (https://…` → `](https://…`),
/// and never past whitespace or an element's edge.
fn reach<'t, 'a: 't>(tokens: impl Iterator<Item = &'t Tok<'a>>) -> usize {
    // Tokens taken so far, and up to the last visible one: inline tags come along only when
    // text follows them.
    let (mut n, mut taken) = (0, 0);
    for token in tokens {
        n += 1;
        if is_inline_tag(token) {
            continue;
        }
        if !is_visible_text(token) {
            break;
        }
        taken = n;
        if token.text_kind() == Some(TextKind::Word) {
            break;
        }
    }
    taken
}

/// A tag that sits inside a line of text (`<a>`, `</em>`): text on either side of it is read
/// as one line.
fn is_inline_tag(token: &Tok<'_>) -> bool {
    match token {
        Tok::Open(name, _) | Tok::Close(name, _) => !separates_words(name),
        Tok::Void(..) | Tok::Text(_) => false,
    }
}

/// A change of punctuation or whitespace alone, standing between two visible characters
/// ("Open Source" → "Open-Source", "left-index" → "left index", "word." → "word ."), takes in
/// the unchanged text around it up to the nearest word on each side, as an editor marks the
/// changed word: no mark is only a space, and none begins or ends inside a word.
fn widen_to_words(runs: &mut Vec<Run>, old: &[Tok<'_>], new: &[Tok<'_>]) {
    let mut i = 0;
    while i < runs.len() {
        let run = &runs[i];
        let only_marks = run.changed
            && old[run.old.clone()]
                .iter()
                .chain(&new[run.new.clone()])
                .all(|t| matches!(t.text_kind(), Some(TextKind::Blank | TextKind::Other)));
        let (start, end) = (run.new.start, run.new.end);
        let between_visible = new[..start]
            .iter()
            .rev()
            .find(|t| !is_inline_tag(t))
            .is_some_and(is_visible_text)
            && new[end..]
                .iter()
                .find(|t| !is_inline_tag(t))
                .is_some_and(is_visible_text);
        if !(only_marks && between_visible) || i == 0 || i + 1 >= runs.len() {
            i += 1;
            continue;
        }
        // How far the visible text reaches into the unchanged runs on either side (the same
        // tokens on both sides, as they are unchanged).
        let (left, right) = (
            reach(new[runs[i - 1].new.clone()].iter().rev()),
            reach(new[runs[i + 1].new.clone()].iter()),
        );
        runs[i - 1].old.end -= left;
        runs[i - 1].new.end -= left;
        runs[i].old = runs[i].old.start - left..runs[i].old.end + right;
        runs[i].new = runs[i].new.start - left..runs[i].new.end + right;
        runs[i + 1].old.start += right;
        runs[i + 1].new.start += right;
        // An unchanged run used up joins the changes on either side of it.
        if runs[i + 1].new.is_empty() && runs[i + 1].old.is_empty() {
            let gone = runs.remove(i + 1);
            debug_assert!(!gone.changed);
            if i + 1 < runs.len() && runs[i + 1].changed {
                let next = runs.remove(i + 1);
                runs[i].old.end = next.old.end;
                runs[i].new.end = next.new.end;
            }
        }
        if runs[i - 1].new.is_empty() && runs[i - 1].old.is_empty() {
            runs.remove(i - 1);
            i -= 1;
            if i > 0 && runs[i - 1].changed {
                let this = runs.remove(i);
                runs[i - 1].old.end = this.old.end;
                runs[i - 1].new.end = this.new.end;
                i -= 1;
            }
        }
        i += 1;
    }
}
