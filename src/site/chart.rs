//! Charts of a piece's growth, drawn as SVG at build time.
//!
//! The charts are inline `<svg>` strings, so a page shows them with no JavaScript and no extra
//! request. Each is an image with an accessible name (`role="img"`, a `<title>` and, for the
//! growth chart, a `<desc>` that reads the numbers out). Colours come from the theme's
//! stylesheet through the classes below; the presentation attributes are only fallbacks drawn in
//! `currentColor`, so a chart also reads well unstyled, and "added" and "cut" never differ by
//! colour alone: added bars rise above their line and are solid, cut bars hang below it and are
//! hatched, and every bar carries its number (`+80`, `−20`).
//!
//! Classes: `chart`, `chart--growth`, `chart__legend`, `chart__key`, `chart__axis`,
//! `chart__draft`, `chart__words`, `chart__added`, `chart__cut`, `chart__hatch` (the pattern;
//! set its `color`), `chart__value` (with `chart__value--added` / `--cut`), `chart__label`;
//! `sparkline`, `sparkline__line`, `sparkline__dot`.

use std::fmt::Write;

use serde::Serialize;

use crate::html::escape;
use crate::i18n::{Arg, Catalog};

/// One draft in a growth chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ChartPoint {
    /// The draft's number.
    pub number: u32,
    /// Words in the draft.
    pub words: usize,
    /// Words added since the draft before (0 for the first).
    pub added: usize,
    /// Words cut since the draft before (0 for the first).
    pub cut: usize,
}

/// The narrowest and widest column of one draft, and the column with many drafts (labels then
/// show the number only).
const SLOT: f64 = 64.0;
const WIDE_SLOT: f64 = 120.0;
const COMPACT_SLOT: f64 = 40.0;
/// From this many drafts on, columns are compact.
const COMPACT_FROM: usize = 11;
const MARGIN: f64 = 8.0;
/// The narrowest view box. The chart is as wide as the page's column, so this keeps a chart of
/// a few drafts from scaling its text up to headline size; their columns widen to fill it.
const MIN_WIDTH: f64 = 480.0;
/// Bar widths as a share of the column, and at most.
const WORDS_BAR: f64 = 0.5;
const WORDS_BAR_MAX: f64 = 36.0;
const CHANGE_BAR: f64 = 0.3;
const CHANGE_BAR_MAX: f64 = 22.0;
/// The tallest words bar, and the tallest added (or cut) bar on either side of its line.
const WORDS_HEIGHT: f64 = 100.0;
const CHANGE_HEIGHT: f64 = 32.0;
const LEGEND_ROOM: f64 = 22.0;
/// Room for a bar's number above (or below) it, and for the draft labels under the axis.
const VALUE_ROOM: f64 = 20.0;
const LABEL_ROOM: f64 = 24.0;
/// A bar for a number above zero is never thinner than this, so it stays visible.
const MIN_BAR: f64 = 1.5;
const FONT_SIZE: &str = "11";

/// A chart of a piece's drafts: a bar of words per draft and, under it, for each later draft
/// how much changed (words added above a line, words cut below it). `id_prefix` makes the ids
/// inside unique on the page (anything but ASCII letters, digits, `-` and `_` becomes `-`).
/// Returns an empty string for no drafts.
pub fn growth_chart(points: &[ChartPoint], id_prefix: &str, words: &Catalog) -> String {
    if points.is_empty() {
        return String::new();
    }
    let id = id_safe(id_prefix);
    let layout = Layout::new(points, words);
    let title = words.text(if layout.changes {
        "chart-title-changes"
    } else {
        "chart-title-words"
    });
    let mut svg = String::with_capacity(600 + points.len() * 700);
    let _ = write!(
        svg,
        "<svg class=\"chart chart--growth\" viewBox=\"0 0 {w} {h}\" width=\"100%\" role=\"img\" \
         aria-labelledby=\"{id}-title {id}-desc\" fill=\"currentColor\" font-size=\"{FONT_SIZE}\">\
         <title id=\"{id}-title\">{title}</title><desc id=\"{id}-desc\">{desc}</desc>",
        w = num(layout.width),
        h = num(layout.height),
        title = escape(&title),
        desc = escape(&describe(points, words)),
    );
    if layout.changes {
        let _ = write!(
            svg,
            "<defs><pattern id=\"{id}-hatch\" class=\"chart__hatch\" width=\"5\" height=\"5\" \
             patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">\
             <rect width=\"2\" height=\"5\" /></pattern></defs>"
        );
        legend(&mut svg, &id, words);
    }
    line(&mut svg, layout.x0, layout.axis_y, layout.width - layout.x0);
    if layout.changes {
        line(
            &mut svg,
            layout.x0,
            layout.change_y,
            layout.width - layout.x0,
        );
    }
    for (i, point) in points.iter().enumerate() {
        draft_column(&mut svg, &layout, (i, point), &id, words);
    }
    svg.push_str("</svg>");
    svg
}

/// A tiny line of words per draft, for lists of pieces, named by `label` (`Words per draft:
/// 180, 240, 412`). The line starts from zero, so a small change looks small. A single draft
/// is one dot. Returns an empty string for no drafts.
pub fn sparkline(words: &[usize], id_prefix: &str, label: &str) -> String {
    const WIDTH: f64 = 80.0;
    const HEIGHT: f64 = 20.0;
    const PAD: f64 = 2.5;
    if words.is_empty() {
        return String::new();
    }
    let id = id_safe(id_prefix);
    let max = words.iter().copied().max().unwrap_or(0).max(1) as f64;
    let step = if words.len() > 1 {
        (WIDTH - 2.0 * PAD) / (words.len() - 1) as f64
    } else {
        0.0
    };
    let at: Vec<(f64, f64)> = words
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            let x = if words.len() > 1 {
                PAD + i as f64 * step
            } else {
                WIDTH / 2.0
            };
            (x, HEIGHT - PAD - w as f64 / max * (HEIGHT - 2.0 * PAD))
        })
        .collect();
    let mut svg = String::with_capacity(300 + words.len() * 60);
    let _ = write!(
        svg,
        "<svg class=\"sparkline\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" width=\"4em\" height=\"1em\" \
         role=\"img\" aria-labelledby=\"{id}-title\" fill=\"currentColor\">\
         <title id=\"{id}-title\">{}</title>",
        escape(label)
    );
    if at.len() > 1 {
        let points: Vec<String> = at
            .iter()
            .map(|&(x, y)| format!("{},{}", num(x), num(y)))
            .collect();
        let _ = write!(
            svg,
            "<polyline class=\"sparkline__line\" points=\"{}\" fill=\"none\" \
             stroke=\"currentColor\" stroke-width=\"1.5\" stroke-linejoin=\"round\" \
             stroke-linecap=\"round\" />",
            points.join(" ")
        );
    }
    for &(x, y) in &at {
        let _ = write!(
            svg,
            "<circle class=\"sparkline__dot\" cx=\"{}\" cy=\"{}\" r=\"2\" />",
            num(x),
            num(y)
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Where everything in a growth chart goes.
struct Layout {
    /// Whether there is a later draft, hence a legend and a panel of changes.
    changes: bool,
    /// What each draft's column is labelled under its axis.
    labels: Vec<String>,
    slot: f64,
    /// Left edge of the first column.
    x0: f64,
    width: f64,
    height: f64,
    /// The axis under the words bars, and the line added bars rise from and cut bars hang from.
    axis_y: f64,
    change_y: f64,
    /// Words (and changed words) one unit of height stands for.
    words_max: f64,
    change_max: f64,
}

impl Layout {
    fn new(points: &[ChartPoint], words: &Catalog) -> Layout {
        let n = points.len();
        let changes = n > 1;
        let compact = n >= COMPACT_FROM;
        let slot = if compact {
            COMPACT_SLOT
        } else {
            ((MIN_WIDTH - 2.0 * MARGIN) / n as f64).clamp(SLOT, WIDE_SLOT)
        };
        // A draft is named ("Draft 3") unless the columns are compact or a name would run
        // into its neighbour's ("Wersja robocza 12"): then each is labelled by its number.
        let named: Vec<String> = points
            .iter()
            .map(|p| words.with("draft-n", &[("n", p.number.into())]))
            .collect();
        let labels = if compact || named.iter().any(|l| text_width(l) > slot - 6.0) {
            points.iter().map(|p| p.number.to_string()).collect()
        } else {
            named
        };
        let columns = n as f64 * slot;
        let width = (columns + 2.0 * MARGIN).max(MIN_WIDTH);
        let words_top = if changes { LEGEND_ROOM } else { 0.0 } + VALUE_ROOM;
        let axis_y = words_top + WORDS_HEIGHT;
        let change_y = axis_y + LABEL_ROOM + VALUE_ROOM + CHANGE_HEIGHT;
        let height = if changes {
            change_y + CHANGE_HEIGHT + VALUE_ROOM
        } else {
            axis_y + LABEL_ROOM
        };
        let words_max = points.iter().map(|p| p.words).max().unwrap_or(0).max(1);
        // The first draft has no changes, whatever its point says.
        let change_max = points[1..]
            .iter()
            .map(|p| p.added.max(p.cut))
            .max()
            .unwrap_or(0)
            .max(1);
        Layout {
            changes,
            labels,
            slot,
            x0: (width - columns) / 2.0,
            width,
            height,
            axis_y,
            change_y,
            words_max: words_max as f64,
            change_max: change_max as f64,
        }
    }

    /// The middle of column `i`.
    fn center(&self, i: usize) -> f64 {
        self.x0 + (i as f64 + 0.5) * self.slot
    }
}

/// The height of a bar for `value` when `max` fills `full`.
fn bar_height(value: usize, max: f64, full: f64) -> f64 {
    if value == 0 {
        0.0
    } else {
        (value as f64 / max * full).max(MIN_BAR)
    }
}

/// One draft's bars and labels.
fn draft_column(
    svg: &mut String,
    layout: &Layout,
    (i, point): (usize, &ChartPoint),
    id: &str,
    words: &Catalog,
) {
    let cx = layout.center(i);
    svg.push_str("<g class=\"chart__draft\">");
    let bar = (layout.slot * WORDS_BAR).min(WORDS_BAR_MAX);
    let h = bar_height(point.words, layout.words_max, WORDS_HEIGHT);
    let top = layout.axis_y - h;
    rect(
        svg,
        "chart__words",
        cx - bar / 2.0,
        top,
        bar,
        h,
        " fill-opacity=\"0.45\"",
    );
    text(
        svg,
        "chart__value",
        cx,
        top - 4.0,
        &words.number(point.words),
    );
    text(
        svg,
        "chart__label",
        cx,
        layout.axis_y + 15.0,
        &layout.labels[i],
    );
    if i > 0 {
        let bar = (layout.slot * CHANGE_BAR).min(CHANGE_BAR_MAX);
        let x = cx - bar / 2.0;
        let added = bar_height(point.added, layout.change_max, CHANGE_HEIGHT);
        let cut = bar_height(point.cut, layout.change_max, CHANGE_HEIGHT);
        let y = layout.change_y;
        rect(svg, "chart__added", x, y - added, bar, added, "");
        text(
            svg,
            "chart__value chart__value--added",
            cx,
            y - added - 4.0,
            &format!("+{}", words.number(point.added)),
        );
        let hatched = format!(" fill=\"url(#{id}-hatch)\" stroke=\"currentColor\"");
        rect(svg, "chart__cut", x, y, bar, cut, &hatched);
        text(
            svg,
            "chart__value chart__value--cut",
            cx,
            y + cut + 15.0,
            &format!("\u{2212}{}", words.number(point.cut)),
        );
    }
    svg.push_str("</g>");
}

/// The key to the three kinds of bar, each key's box after the words of the one before.
fn legend(svg: &mut String, id: &str, words: &Catalog) {
    let hatched = format!(" fill=\"url(#{id}-hatch)\" stroke=\"currentColor\"");
    let keys = [
        ("chart__words", " fill-opacity=\"0.45\"", "chart-key-words"),
        ("chart__added", "", "chart-key-added"),
        ("chart__cut", hatched.as_str(), "chart-key-cut"),
    ];
    svg.push_str("<g class=\"chart__legend\">");
    let mut x = MARGIN;
    for (class, extra, message) in keys {
        let name = words.text(message);
        rect(
            svg,
            &format!("chart__key {class}"),
            x,
            5.0,
            10.0,
            10.0,
            extra,
        );
        let _ = write!(
            svg,
            "<text x=\"{}\" y=\"14\">{}</text>",
            num(x + 14.0),
            escape(&name)
        );
        x += 14.0 + text_width(&name) + 25.0;
    }
    svg.push_str("</g>");
}

/// About how wide `text` is at the largest font size the chart is drawn in: 7.5 units a
/// letter, 16 for the wide letters of Chinese, Japanese and Korean. The font is
/// [`FONT_SIZE`] where the chart is drawn wide; on a phone's narrow column, where the chart
/// is shrunk to about two thirds, the theme sets 16 (`.chart--growth` in `redraft.css`), and
/// nothing is placed closer than that larger text needs.
fn text_width(text: &str) -> f64 {
    text.chars()
        .map(|c| if is_wide(c) { 16.0 } else { 7.5 })
        .sum()
}

fn is_wide(c: char) -> bool {
    matches!(c as u32, 0x1100..=0x115F | 0x2E80..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6)
}

fn rect(svg: &mut String, class: &str, x: f64, y: f64, width: f64, height: f64, extra: &str) {
    let _ = write!(
        svg,
        "<rect class=\"{class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"{extra} />",
        num(x),
        num(y),
        num(width),
        num(height)
    );
}

fn text(svg: &mut String, class: &str, x: f64, y: f64, content: &str) {
    let _ = write!(
        svg,
        "<text class=\"{class}\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
        num(x),
        num(y),
        escape(content)
    );
}

/// A horizontal axis line.
fn line(svg: &mut String, from: f64, y: f64, to: f64) {
    let _ = write!(
        svg,
        "<line class=\"chart__axis\" x1=\"{}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" \
         stroke=\"currentColor\" stroke-opacity=\"0.5\" />",
        num(from),
        num(to),
        y = num(y)
    );
}

/// The chart's data in words: `Draft 1: 180 words. Draft 2: 240 words, 80 added, 20 cut.`
fn describe(points: &[ChartPoint], words: &Catalog) -> String {
    let sentences: Vec<String> = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let args = [
                ("n", Arg::from(p.number)),
                ("words", Arg::from(p.words)),
                ("added", Arg::from(p.added)),
                ("cut", Arg::from(p.cut)),
            ];
            words.with(if i == 0 { "chart-first" } else { "chart-step" }, &args)
        })
        .collect();
    sentences.join(&words.text("sentence-gap"))
}

/// `id_prefix` as safe to put in an id and in `url(#...)`.
fn id_safe(id_prefix: &str) -> String {
    let safe: String = id_prefix
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if safe.is_empty() {
        "chart".to_string()
    } else {
        safe
    }
}

/// A coordinate with at most one decimal and no trailing `.0`.
fn num(x: f64) -> String {
    let rounded = (x * 10.0).round() / 10.0;
    if rounded == rounded.trunc() {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::html::{Token, tokenize};

    fn point(number: u32, words: usize, added: usize, cut: usize) -> ChartPoint {
        ChartPoint {
            number,
            words,
            added,
            cut,
        }
    }

    /// Every opened element is closed, in order.
    fn assert_well_formed(svg: &str) {
        let mut open = Vec::new();
        for token in tokenize(svg) {
            match token {
                Token::Open(name, _) => open.push(name),
                Token::Close(name, _) => assert_eq!(open.pop(), Some(name), "in {svg}"),
                Token::Text(t) => assert!(!t.contains(['<', '>']), "{t}"),
                Token::Void(name, raw) => {
                    assert!(raw.ends_with("/>"), "{name} not self-closed");
                }
                Token::Comment(_) => {}
            }
        }
        assert!(open.is_empty(), "left open: {open:?}");
    }

    fn ids(svg: &str) -> Vec<&str> {
        svg.split(" id=\"")
            .skip(1)
            .map(|rest| &rest[..rest.find('"').unwrap()])
            .collect()
    }

    #[test]
    fn growth_chart_reads_out_its_data_and_draws_each_draft() {
        let points = [
            point(1, 180, 0, 0),
            point(2, 240, 80, 20),
            point(3, 412, 190, 18),
        ];
        let svg = growth_chart(&points, "essay-growth", &Catalog::english());
        assert_well_formed(&svg);
        assert!(svg.starts_with("<svg class=\"chart chart--growth\" viewBox=\"0 0 480 "));
        assert!(svg.contains(" width=\"100%\" role=\"img\""));
        let root = &svg[..svg.find('>').unwrap()];
        assert!(!root.contains("height"), "scales with its width: {root}");
        assert!(svg.contains("aria-labelledby=\"essay-growth-title essay-growth-desc\""));
        assert!(svg.contains(
            "<title id=\"essay-growth-title\">Words in each draft, and what changed each \
             time</title>"
        ));
        assert!(svg.contains(
            "<desc id=\"essay-growth-desc\">Draft 1: 180 words. Draft 2: 240 words, 80 added, \
             20 cut. Draft 3: 412 words, 190 added, 18 cut.</desc>"
        ));
        assert_eq!(svg.matches("class=\"chart__words\"").count(), 3);
        assert_eq!(svg.matches("class=\"chart__added\"").count(), 2);
        assert_eq!(svg.matches("class=\"chart__cut\"").count(), 2);
        for label in ["Draft 1", "Draft 2", "Draft 3"] {
            assert!(svg.contains(&format!(">{label}</text>")), "{label}");
        }
        for value in [
            ">180<",
            ">240<",
            ">412<",
            ">+80<",
            ">\u{2212}20<",
            ">+190<",
            ">\u{2212}18<",
        ] {
            assert!(svg.contains(value), "{value}");
        }
        // Cut bars are hatched and the hatch exists.
        assert_eq!(svg.matches("fill=\"url(#essay-growth-hatch)\"").count(), 3);
        assert_eq!(
            ids(&svg),
            [
                "essay-growth-title",
                "essay-growth-desc",
                "essay-growth-hatch"
            ]
        );
    }

    #[test]
    fn the_tallest_bar_is_the_longest_draft() {
        let svg = growth_chart(
            &[point(1, 50, 0, 0), point(2, 100, 60, 10)],
            "g",
            &Catalog::english(),
        );
        // Two columns widened to 120 units, centred in the narrowest view box (480): from 120.
        // Words: the axis is at 22 + 20 + 100 = 142; 100 words fill 100 units, 50 fill 50.
        let words = "class=\"chart__words\" x=\"162\" y=\"92\" width=\"36\" height=\"50\"";
        assert!(svg.contains(words), "{svg}");
        let words = "class=\"chart__words\" x=\"282\" y=\"42\" width=\"36\" height=\"100\"";
        assert!(svg.contains(words), "{svg}");
        // Changes: 60 added fills the 32 units above the line at 142 + 24 + 20 + 32 = 218, and
        // 10 cut hangs 10/60 of that below it.
        let added = "class=\"chart__added\" x=\"289\" y=\"186\" width=\"22\" height=\"32\"";
        assert!(svg.contains(added), "{svg}");
        let cut = "class=\"chart__cut\" x=\"289\" y=\"218\" width=\"22\" height=\"5.3\"";
        assert!(svg.contains(cut), "{svg}");
    }

    #[test]
    fn a_single_draft_has_no_change_panel() {
        let svg = growth_chart(&[point(1, 180, 0, 0)], "one", &Catalog::english());
        assert_well_formed(&svg);
        assert!(svg.contains("<title id=\"one-title\">Words in the draft</title>"));
        assert!(svg.contains("<desc id=\"one-desc\">Draft 1: 180 words.</desc>"));
        assert_eq!(svg.matches("class=\"chart__words\"").count(), 1);
        assert!(!svg.contains("chart__added") && !svg.contains("<pattern"));
        assert_eq!(ids(&svg), ["one-title", "one-desc"]);
        assert_eq!(growth_chart(&[], "none", &Catalog::english()), "");
    }

    #[test]
    fn many_drafts_get_compact_columns() {
        let points: Vec<ChartPoint> = (1..=30)
            .map(|n| point(n, 100 * n as usize, 100, if n > 1 { 1 } else { 0 }))
            .collect();
        let svg = growth_chart(&points, "many", &Catalog::english());
        assert_well_formed(&svg);
        assert!(svg.starts_with("<svg class=\"chart chart--growth\" viewBox=\"0 0 1216 "));
        assert_eq!(svg.matches("class=\"chart__words\"").count(), 30);
        assert_eq!(svg.matches("class=\"chart__label\"").count(), 30);
        assert!(svg.contains(">30</text>") && !svg.contains("Draft 30</text>"));
        assert!(svg.contains("Draft 30: 3000 words, 100 added, 1 cut.</desc>"));
    }

    #[test]
    fn zero_words_draw_nothing_strange() {
        let svg = growth_chart(
            &[point(1, 0, 0, 0), point(2, 0, 0, 0)],
            "z",
            &Catalog::english(),
        );
        assert_well_formed(&svg);
        assert!(!svg.contains("NaN") && !svg.contains("inf"));
        assert!(svg.contains("Draft 2: 0 words, 0 added, 0 cut."));
        assert!(svg.contains(">+0<") && svg.contains(">\u{2212}0<"));
    }

    #[test]
    fn ids_and_text_are_escaped() {
        let svg = growth_chart(&[point(1, 1, 0, 0)], "a\"b <c>", &Catalog::english());
        assert_eq!(ids(&svg), ["a-b--c--title", "a-b--c--desc"]);
        assert!(svg.contains("Draft 1: 1 word."));
        let line = sparkline(&[3], "s\"x", "Words <per> draft & more");
        assert_well_formed(&line);
        assert!(
            line.contains("<title id=\"s-x-title\">Words &lt;per&gt; draft &amp; more</title>")
        );
        assert_eq!(id_safe(""), "chart");
    }

    #[test]
    fn sparkline_draws_a_line_through_a_dot_per_draft() {
        let line = sparkline(
            &[180, 240, 412],
            "p1-spark",
            "Words per draft: 180, 240, 412",
        );
        assert_well_formed(&line);
        assert!(line.starts_with("<svg class=\"sparkline\" viewBox=\"0 0 80 20\""));
        assert!(line.contains("role=\"img\" aria-labelledby=\"p1-spark-title\""));
        assert!(
            line.contains("<title id=\"p1-spark-title\">Words per draft: 180, 240, 412</title>")
        );
        assert_eq!(line.matches("<circle").count(), 3);
        // From zero: 412 words at the top (2.5), 180 at 17.5 − 180/412 × 15 = 10.9.
        assert!(
            line.contains("points=\"2.5,10.9 40,8.8 77.5,2.5\""),
            "{line}"
        );
        assert_eq!(ids(&line), ["p1-spark-title"]);

        let one = sparkline(&[90], "p2", "Words per draft: 90");
        assert_well_formed(&one);
        assert_eq!(one.matches("<circle").count(), 1);
        assert!(one.contains("cx=\"40\" cy=\"2.5\""));
        assert!(!one.contains("<polyline"));
        assert_eq!(sparkline(&[], "p3", "none"), "");
    }

    #[test]
    fn coordinates_are_short() {
        assert_eq!(num(12.0), "12");
        assert_eq!(num(12.04), "12");
        assert_eq!(num(5.333), "5.3");
        assert_eq!(num(-0.0), "0");
    }

    #[test]
    fn the_figures_on_the_bars_are_written_the_languages_way() {
        let (de, _) = Catalog::new("de", &[]);
        let svg = growth_chart(&[point(1, 2142, 0, 0), point(2, 12340, 10198, 0)], "g", &de);
        assert!(svg.contains(">12.340<"), "{svg}");
        assert!(svg.contains(">+10.198<"), "{svg}");
        assert!(svg.contains(">2142<"), "{svg}");
    }

    #[test]
    fn labels_too_long_for_their_column_give_way_to_numbers() {
        let points: Vec<ChartPoint> = (1..=5).map(|n| point(n, 100, 10, 10)).collect();
        let en = growth_chart(&points, "g", &Catalog::english());
        assert!(en.contains(">Draft 5</text>"), "{en}");
        let (pl, _) = Catalog::new("pl", &[]);
        let pl = growth_chart(&points, "g", &pl);
        assert!(!pl.contains("Wersja robocza 5</text>"), "{pl}");
        assert!(
            pl.contains(
                "class=\"chart__label\" x=\"425.6\" y=\"157\" text-anchor=\"middle\">5</text>"
            ),
            "{pl}"
        );
    }
}
