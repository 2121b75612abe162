//! The "Replay the drafts" stepper on a draft page: the piece's drafts in order, so a reader can
//! step from one to the next. A piece of many drafts gets a compact list, so that a draft page
//! stays the same size however many drafts the piece has.

use serde::Serialize;

use crate::site::DraftInfo;

/// Up to this many drafts, every draft page lists them all. Past it, a page lists the first
/// draft, [`REPLAY_WINDOW`] drafts either side of its own and the latest, with gaps marked, and
/// links to the journey page, which lists every draft. Listing every draft on every draft page
/// makes the site grow with the square of the drafts (one piece of 5,000 drafts made a 1.6 GB
/// site and took 4 GB of memory to build); 24 short links still read at a glance.
pub const REPLAY_ALL_LIMIT: usize = 24;

/// How many drafts a compact list shows either side of the current one: enough to step a few
/// drafts back or on without the journey page.
pub const REPLAY_WINDOW: usize = 3;

/// Which drafts a replay stepper lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReplayList {
    /// Every draft of the piece.
    Every,
    /// The first, a window around the current draft and the latest, with gaps between.
    Window,
}

/// A draft as the replay stepper lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ReplayStep {
    /// The draft's page.
    pub url: String,
    /// "Draft 2: After peer review".
    pub text: String,
    /// The drafts left out after this one, in a compact list.
    pub gap_after: Option<ReplayGap>,
}

/// A run of drafts that a compact list leaves out (always at least two).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ReplayGap {
    /// The number of the first draft left out.
    pub first: u32,
    /// The number of the last draft left out.
    pub last: u32,
}

/// The stepper of the draft at `current` (from 0) among a piece's `drafts`.
#[derive(Debug, Clone, PartialEq)]
pub struct Replay {
    /// The drafts listed, in order.
    pub steps: Vec<ReplayStep>,
    /// The current draft's place in `steps`, from 1.
    pub position: usize,
    /// Whether `steps` is every draft or a window.
    pub list: ReplayList,
}

impl Replay {
    /// Every draft up to [`REPLAY_ALL_LIMIT`], the compact list past it. Only the listed drafts
    /// are looked at, so making every page's list is linear in the drafts.
    pub fn new(drafts: &[DraftInfo], current: usize) -> Replay {
        let (list, listed) = if drafts.len() <= REPLAY_ALL_LIMIT {
            (ReplayList::Every, (0..drafts.len()).collect())
        } else {
            (ReplayList::Window, window(drafts.len() - 1, current))
        };
        let steps = listed
            .iter()
            .enumerate()
            .map(|(k, &i)| ReplayStep {
                url: drafts[i].url.clone(),
                text: drafts[i].name(),
                gap_after: listed
                    .get(k + 1)
                    .filter(|&&next| next > i + 1)
                    .map(|&next| ReplayGap {
                        first: drafts[i + 1].number,
                        last: drafts[next - 1].number,
                    }),
            })
            .collect();
        Replay {
            steps,
            position: listed
                .iter()
                .position(|&i| i == current)
                .map_or(0, |k| k + 1),
            list,
        }
    }
}

/// The places (from 0) a compact list shows, in order: the first, the window around `current`
/// and the `last`.
fn window(last: usize, current: usize) -> Vec<usize> {
    let from = current.saturating_sub(REPLAY_WINDOW);
    let to = (current + REPLAY_WINDOW).min(last);
    // A gap of one draft would hide a link to save none: that draft is listed instead.
    let from = if from <= 2 { 0 } else { from };
    let to = if to + 2 >= last { last } else { to };
    let mut listed = Vec::with_capacity(to - from + 3);
    if from > 0 {
        listed.push(0);
    }
    listed.extend(from..=to);
    if to < last {
        listed.push(last);
    }
    listed
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `n` drafts numbered from 1, with nothing but their numbers and addresses.
    fn drafts(numbers: impl IntoIterator<Item = u32>) -> Vec<DraftInfo> {
        numbers
            .into_iter()
            .map(|n| DraftInfo {
                number: n,
                url: format!("essay/draft-{n}/index.html"),
                changes_url: None,
                title: None,
                label: None,
                stage: None,
                date: None,
                changes: None,
                reflection_html: None,
                tried: None,
                goals: Vec::new(),
                showcase: false,
                feedback: Vec::new(),
                stats: None,
                text_stats: None,
                growth: None,
                name: format!("Draft {n}"),
                language: None,
                readability: None,
            })
            .collect()
    }

    /// The stepper as text: `1 [5] 6 …7-9… 10`, the current draft in brackets.
    fn shape(replay: &Replay) -> String {
        replay
            .steps
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let number = s.text.trim_start_matches("Draft ");
                let step = if i + 1 == replay.position {
                    format!("[{number}]")
                } else {
                    number.to_string()
                };
                match s.gap_after {
                    Some(g) => format!("{step} …{}-{}…", g.first, g.last),
                    None => step,
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn up_to_the_limit_every_draft_is_listed() {
        let all = drafts(1..=REPLAY_ALL_LIMIT as u32);
        for current in 0..all.len() {
            let replay = Replay::new(&all, current);
            assert_eq!(replay.list, ReplayList::Every);
            assert_eq!(replay.steps.len(), all.len());
            assert_eq!(replay.position, current + 1);
            assert!(replay.steps.iter().all(|s| s.gap_after.is_none()));
        }
    }

    #[test]
    fn past_the_limit_a_window_around_the_current_draft() {
        let all = drafts(1..=60);
        let shapes: Vec<String> = [0, 1, 4, 5, 29, 54, 55, 59]
            .iter()
            .map(|&current| shape(&Replay::new(&all, current)))
            .collect();
        assert_eq!(
            shapes,
            [
                "[1] 2 3 4 …5-59… 60",
                "1 [2] 3 4 5 …6-59… 60",
                "1 2 3 4 [5] 6 7 8 …9-59… 60",
                // Draft 2 alone would be a gap of one: it is listed instead.
                "1 2 3 4 5 [6] 7 8 9 …10-59… 60",
                "1 …2-26… 27 28 29 [30] 31 32 33 …34-59… 60",
                "1 …2-51… 52 53 54 [55] 56 57 58 59 60",
                "1 …2-52… 53 54 55 [56] 57 58 59 60",
                "1 …2-56… 57 58 59 [60]",
            ]
        );
    }

    #[test]
    fn a_compact_list_stays_short_however_many_drafts() {
        let all = drafts(1..=5000);
        for current in [0, 1, 2, 3, 4, 5, 2500, 4994, 4995, 4998, 4999] {
            let replay = Replay::new(&all, current);
            assert_eq!(replay.list, ReplayList::Window);
            assert!(
                replay.steps.len() <= 2 * REPLAY_WINDOW + 4,
                "{}",
                shape(&replay)
            );
            // The current draft's neighbours are listed, so previous and next are steps.
            let at = replay.position - 1;
            assert_eq!(replay.steps[at].url, all[current].url);
            if current > 0 {
                assert_eq!(replay.steps[at - 1].url, all[current - 1].url);
                assert!(replay.steps[at - 1].gap_after.is_none());
            }
            if current + 1 < all.len() {
                assert_eq!(replay.steps[at + 1].url, all[current + 1].url);
            }
        }
    }

    #[test]
    fn gaps_name_the_drafts_left_out_by_their_numbers() {
        // Drafts 3, 8 and 20 were private: published drafts keep their numbers.
        let numbers: Vec<u32> = (1..=40).filter(|n| ![3, 8, 20].contains(n)).collect();
        let replay = Replay::new(&drafts(numbers), 20);
        assert_eq!(shape(&replay), "1 …2-19… 21 22 23 [24] 25 26 27 …28-39… 40");
    }
}
