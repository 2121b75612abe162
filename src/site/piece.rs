//! A piece's own pages: its drafts compared step by step, each draft's feedback pinned to its
//! passage, and the journey, packet, draft, change and compare pages laid out.

use rayon::prelude::*;
use tera::Value;

use super::SiteInfo;
use super::page::{Page, PageError, Template, html_value, value_of};
use super::values::{ChangeKind, DraftInfo, PieceSummary, StatsInfo};
use super::{chart, removed_warnings, replay};
use crate::content::Draft;
use crate::diagnostic::Diagnostic;
use crate::diff::{self, ChangeView};
use crate::growth::{DraftStats, PieceGrowth, StepGrowth};
use crate::html;
use crate::i18n::Catalog;
use crate::markdown::Rendered;
use crate::quotes;
use crate::settings::Settings;

/// A piece with its published drafts rendered, compared and measured: derived data, no pages
/// yet.
pub(super) struct Analyzed<'a> {
    /// The piece's public URL path.
    pub(super) path: String,
    pub(super) drafts: Vec<&'a Draft>,
    pub(super) rendered: Vec<Rendered>,
    /// `changes[i]` compares draft `i` with draft `i + 1`.
    pub(super) changes: Vec<ChangeView>,
    /// First compared with latest, when there are more than two drafts (with two it is `changes[0]`).
    pub(super) compare: Option<ChangeView>,
    /// What each draft's text shows.
    pub(super) text_stats: Vec<DraftStats>,
    /// `steps[i]` is how draft `i + 1` grew from draft `i`.
    pub(super) steps: Vec<StepGrowth>,
    pub(super) growth: PieceGrowth,
}

/// How many drafts of a piece are cut into tokens at a time. A draft's tokens take tens of
/// times the room of its text, so holding every draft's at once made one piece of 5,000 drafts
/// take a gigabyte; in runs of 64 they take the same room however many drafts there are, and
/// a piece of a few drafts, as most are, is one run.
const COMPARED_AT_ONCE: usize = 64;

/// Each draft compared with the one before (`changes[i]` is draft `i` to draft `i + 1`), and
/// the first with the latest when there are more than two drafts. Each draft's blocks are cut
/// into tokens once, for both comparisons it takes part in; the first draft's are kept for its
/// comparison with the latest.
pub(super) fn compare_steps(
    rendered: &[Rendered],
    words: &Catalog,
) -> (Vec<ChangeView>, Option<ChangeView>) {
    let Some((first_draft, later)) = rendered.split_first() else {
        return (Vec::new(), None);
    };
    let first = diff::Comparable::new(first_draft);
    let mut changes = Vec::with_capacity(later.len());
    let mut compare = None;
    // The last draft of the run before, which the next run's first draft is compared with.
    let mut before: Option<diff::Comparable> = None;
    let runs = later.chunks(COMPARED_AT_ONCE);
    let last_run = runs.len().saturating_sub(1);
    for (run, drafts) in runs.enumerate() {
        let mut comparable: Vec<diff::Comparable> =
            drafts.iter().map(diff::Comparable::new).collect();
        let pairs: Vec<&diff::Comparable> = std::iter::once(before.as_ref().unwrap_or(&first))
            .chain(&comparable)
            .collect();
        let (steps, first_to_latest) = rayon::join(
            || {
                pairs
                    .par_windows(2)
                    .map(|w| diff::compare_drafts(w[0], w[1], words))
                    .collect::<Vec<_>>()
            },
            || match comparable.last() {
                Some(latest) if run == last_run && rendered.len() > 2 => {
                    Some(diff::compare_drafts(&first, latest, words))
                }
                _ => None,
            },
        );
        changes.extend(steps);
        compare = compare.or(first_to_latest);
        drop(pairs);
        before = comparable.pop();
    }
    (changes, compare)
}

/// The journey page, the packet, one page per draft, one change page per step and the compare
/// page; and the drafts as the pages that list them see them.
pub(super) fn piece_pages(
    p: Analyzed<'_>,
    summary: &PieceSummary,
    site: &SiteInfo,
    settings: &Settings,
    words: &Catalog,
    warnings: &mut Vec<Diagnostic>,
) -> Result<(Vec<Page>, Vec<DraftInfo>), PageError> {
    let mut steps: Vec<DraftInfo> = Vec::with_capacity(p.drafts.len());
    for (i, (d, rendered)) in p.drafts.iter().zip(&p.rendered).enumerate() {
        warnings.extend(removed_warnings(
            &d.file,
            Some(d.body_line),
            "",
            &rendered.removed,
        ));
        let change = i.checked_sub(1).map(|j| &p.changes[j]);
        steps.push(DraftInfo::new(
            &p.path,
            d,
            change,
            settings,
            &site.names,
            words,
            warnings,
        ));
    }
    for (i, step) in steps.iter_mut().enumerate() {
        step.readability = p.text_stats[i].readability.as_ref().map(|r| r.said(words));
        step.text_stats = Some(p.text_stats[i].clone());
        step.growth = i.checked_sub(1).map(|j| p.steps[j].clone());
    }
    // Feedback pinned to its passage in each draft, and what the next draft did with it.
    let bodies: Vec<String> = steps
        .iter_mut()
        .zip(&p.drafts)
        .zip(&p.rendered)
        .map(|((step, draft), rendered)| pin_feedback(draft, rendered, step, words, warnings))
        .collect();
    for (i, step) in steps.iter_mut().enumerate() {
        let Some(next) = p.rendered.get(i + 1) else {
            break;
        };
        for f in &mut step.feedback {
            if let Some(quote) = &f.quote {
                let fate =
                    quotes::quote_fate_after(quote, &p.rendered[i], next, &p.changes[i].new_of_old);
                f.fate = Some(fate);
                f.fate_label = Some(words.text(&format!("fate-{}", fate.key())));
            }
        }
    }
    let latest = steps.len() - 1;
    let mut pages = Vec::with_capacity(steps.len() * 2 + 2);

    // What several pages show alike, as template values once.
    let path = p.path.as_str();
    let what = |name: &'static str| move || format!("{path} ({name})");
    let site = value_of(site, what("site"))?;
    let piece = value_of(summary, what("piece"))?;
    let drafts: Vec<Value> = steps
        .iter()
        .map(|s| value_of(s, what("a draft")))
        .collect::<Result<_, _>>()?;
    // The feedback on the draft before each draft, which it answers.
    let mut answers: Vec<Value> = vec![Value::from(Vec::<Value>::new())];
    for s in &steps[..latest] {
        answers.push(value_of(&s.feedback, what("feedback"))?);
    }
    // A step of the journey, and in the packet with the draft's body.
    let step = |i: usize, body_html: Option<String>| -> Value {
        let mut map = tera::Map::new();
        map.insert("draft".into(), drafts[i].clone());
        map.insert("answers".into(), answers[i].clone());
        if let Some(body) = body_html {
            map.insert("body_html".into(), html_value(&body));
        }
        Value::from(map)
    };
    let packet_url = format!("{}/packet/index.html", p.path);
    let packet_steps: Vec<Value> = steps
        .iter()
        .zip(&p.rendered)
        .enumerate()
        .map(|(i, (draft, rendered))| {
            // Headings and footnotes repeat from draft to draft.
            let body = html::prefix_ids(&rendered.html, &format!("draft-{}-", draft.number));
            step(i, Some(body))
        })
        .collect();
    pages.push(
        Page::new(packet_url.clone(), Template::Packet, &site)
            .of_piece(&p.path)
            .with_value("piece", &piece)
            .with_value("steps", &Value::from(packet_steps)),
    );
    let journey: Vec<Value> = (0..steps.len()).map(|i| step(i, None)).collect();
    let chart_points: Vec<chart::ChartPoint> = steps
        .iter()
        .map(|s| chart::ChartPoint {
            number: s.number,
            words: s.text_stats.as_ref().map_or(0, |t| t.words),
            added: s.growth.as_ref().map_or(0, |g| g.words_added),
            cut: s.growth.as_ref().map_or(0, |g| g.words_cut),
        })
        .collect();
    pages.push(
        Page::new(summary.url.clone(), Template::Piece, &site)
            .of_piece(&p.path)
            .with_value("piece", &piece)
            .with_value("steps", &Value::from(journey))
            .with_value("latest", &drafts[latest])
            .with_value("latest_html", &html_value(&p.rendered[latest].html))
            .with(
                "compare_url",
                &(steps.len() > 1).then(|| compare_url(&p.path)),
            )?
            .with("packet_url", &packet_url)?
            .with("growth", &p.growth)?
            .with_value(
                "chart_svg",
                &html_value(&chart::growth_chart(&chart_points, "growth-chart", words)),
            ),
    );

    for (i, info) in steps.iter().enumerate() {
        // Each page's own list: a copy of every draft per page grew with their square.
        let replay = replay::Replay::new(&steps, i);
        pages.push(
            Page::new(info.url.clone(), Template::Draft, &site)
                .of_piece(&p.path)
                .with_value("piece", &piece)
                .with_value("draft", &drafts[i])
                .with_value("body_html", &html_value(&bodies[i]))
                .with("previous", &i.checked_sub(1).map(|j| steps[j].link()))?
                .with("next", &steps.get(i + 1).map(DraftInfo::link))?
                .with("drafts", &replay.steps)?
                .with("position", &replay.position)?
                .with("replay", &replay.list)?,
        );
        if let (Some(url), Some(before)) = (&info.changes_url, i.checked_sub(1)) {
            let page = Page::new(url.clone(), Template::Changes, &site).of_piece(&p.path);
            let pair = [&drafts[before], &drafts[i]];
            pages.push(change_page(
                page,
                &piece,
                pair,
                &p.changes[before],
                ChangeKind::Step,
                words,
            )?);
        }
    }
    if latest > 0 {
        let view = p.compare.as_ref().unwrap_or(&p.changes[0]);
        let page = Page::new(compare_url(&p.path), Template::Compare, &site).of_piece(&p.path);
        let pair = [&drafts[0], &drafts[latest]];
        pages.push(change_page(
            page,
            &piece,
            pair,
            view,
            ChangeKind::FirstToLatest,
            words,
        )?);
    }
    Ok((pages, steps))
}

/// A change page (`draft-n/changes/`) or the compare page: the two drafts' values, the inline
/// view and the side-by-side view, the counts and the ids of the changes in order, for the
/// previous and next links.
fn change_page(
    page: Page,
    piece: &Value,
    [from, to]: [&Value; 2],
    view: &ChangeView,
    kind: ChangeKind,
    words: &Catalog,
) -> Result<Page, PageError> {
    page.with("kind", &kind)?
        .with_value("piece", piece)
        .with_value("from", from)
        .with_value("to", to)
        .with_value("view_html", &html_value(&view.html))
        .with_value("side_by_side_html", &html_value(&view.side_by_side))
        .with("stats", &StatsInfo::new(view.stats, words))?
        .with(
            "change_ids",
            &(1..=view.changes).map(diff::change_id).collect::<Vec<_>>(),
        )
}

/// A piece's compare page.
pub(super) fn compare_url(piece_path: &str) -> String {
    format!("{piece_path}/compare/index.html")
}

/// The draft's body with each feedback that quotes a passage pinned beside it (numbered in
/// order), recording each pin's number in `info`; a quote not found in the draft is a warning.
fn pin_feedback(
    draft: &Draft,
    rendered: &Rendered,
    info: &mut DraftInfo,
    words: &Catalog,
    warnings: &mut Vec<Diagnostic>,
) -> String {
    let quoted: Vec<usize> = (0..info.feedback.len())
        .filter(|&i| info.feedback[i].quote.is_some())
        .collect();
    if quoted.is_empty() {
        return rendered.html.clone();
    }
    let pins: Vec<quotes::Pin<'_>> = quoted
        .iter()
        .enumerate()
        .map(|(n, &i)| {
            let f = &info.feedback[i];
            quotes::Pin {
                number: n + 1,
                quote: f.quote.as_deref().unwrap_or_default(),
                note_html: format!(
                    "<p class=\"pin-note__who\">{}</p>{}",
                    f.who_html, f.text_html
                ),
                labels: [
                    words.with("pin-name", &[("n", (n + 1).into())]),
                    words.text("pin-back"),
                ],
            }
        })
        .collect();
    let pinned = quotes::pin_feedback(&rendered.blocks, &pins);
    let numbers: Vec<usize> = pins.iter().map(|p| p.number).collect();
    drop(pins);
    for ((&i, number), found) in quoted.iter().zip(numbers).zip(&pinned.found) {
        if *found {
            info.feedback[i].pin = Some(number);
            info.feedback[i].pin_url = Some(format!("{}#pin-{number}", info.url));
            continue;
        }
        let source = draft.meta.feedback.as_ref().and_then(|f| f.get(i));
        let from = source
            .and_then(|f| f.from.as_deref())
            .map(|name| format!(" from {name}"))
            .unwrap_or_default();
        let mut warning = Diagnostic::warning(
            &draft.file,
            format!(
                "feedback {}{from} quotes a passage that is not in this draft, so it is shown without its passage: \"{}\"",
                i + 1,
                info.feedback[i].quote.as_deref().unwrap_or_default().trim()
            ),
        )
        .with_help("copy the passage exactly as the draft has it, or remove `quote:`");
        if let Some(line) = source.and_then(|f| f.line) {
            warning = warning.at_line(line);
        }
        warnings.push(warning);
    }
    pinned.html
}
