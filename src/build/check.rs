//! `redraft check`: everything a build would find wrong, without writing anything.

use std::path::Path;

use super::{Renderer, default_output, with_later_problems, with_warnings};
use crate::content;
use crate::diagnostic::Diagnostic;
use crate::i18n::Catalog;
use crate::settings::Trust;

/// What `redraft check` found.
#[derive(Debug, Clone)]
pub struct CheckReport {
    /// Published pieces and drafts, when the portfolio could be rendered.
    pub pieces: usize,
    /// Published drafts, likewise.
    pub drafts: usize,
    /// Every error and warning, in the order a build would report them.
    pub problems: Vec<Diagnostic>,
    /// The site's language, and the messages it has no translation for (shown in English).
    pub untranslated: (String, Vec<String>),
}

/// Everything a build would find wrong with the portfolio in `root` (read as far as `trust`
/// allows), without writing anything: the whole site is loaded and rendered in memory, so
/// template errors and feedback quotes that are not in their draft are found too.
pub fn check(root: &Path, trust: Trust) -> CheckReport {
    let skip = [default_output(root)];
    let loaded = match content::load(root, &skip, trust) {
        Ok(loaded) => loaded,
        Err(problems) => {
            return CheckReport {
                pieces: 0,
                drafts: 0,
                problems: with_later_problems(root, &skip, trust, problems).0,
                untranslated: Default::default(),
            };
        }
    };
    let (settings, translations) = (&loaded.portfolio.settings, &loaded.portfolio.translations);
    let words = Catalog::new(&settings.language, translations).0;
    let untranslated = (settings.language.clone(), words.missing());
    match Renderer::default().render(&loaded.portfolio) {
        Ok(rendered) => CheckReport {
            pieces: rendered.counts.pieces,
            drafts: rendered.counts.drafts,
            problems: loaded
                .warnings
                .into_iter()
                .chain(rendered.warnings)
                .collect(),
            untranslated,
        },
        Err(problems) => CheckReport {
            pieces: 0,
            drafts: 0,
            problems: with_warnings(problems, &loaded.warnings).0,
            untranslated,
        },
    }
}
