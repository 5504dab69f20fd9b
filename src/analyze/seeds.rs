//! The per-seed analysis pass: every seed is read once, in parallel, and reduced to the
//! facts the model needs (date, default title and summary; later the entity mentions
//! and annotation anchors). The text itself is dropped again: memory holds metadata.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use crate::diagnostic::Diagnostics;
use crate::load::files::ArticleFront;
use crate::load::{Document, SeedFile, seed};
use crate::model::excerpt;

/// What the model needs to know of one seed's text.
#[derive(Debug)]
pub struct SeedFacts {
    pub date: NaiveDate,
    /// The first sentence, shortened: the title unless the sidecar gives one.
    pub default_title: String,
    /// The first paragraph, shortened: the summary unless the sidecar gives one.
    pub default_summary: String,
}

/// Reads and analyses every seed; results are in the order of `seeds`.
pub fn scan(
    seeds: &[SeedFile],
    _sidecars: &HashMap<&str, &Document<ArticleFront>>,
) -> Vec<Result<SeedFacts, Diagnostics>> {
    seeds
        .par_iter()
        .map(|file| {
            let seed = seed::read(&file.path, &file.display)?;
            Ok(facts(&seed))
        })
        .collect()
}

fn facts(seed: &seed::Seed) -> SeedFacts {
    let lead = &seed.paragraphs[0];
    SeedFacts {
        date: seed.date,
        default_title: excerpt::title_from_sentence(
            excerpt::first_sentence(lead),
            excerpt::TITLE_CHARS,
        ),
        default_summary: excerpt::shorten(lead, excerpt::SUMMARY_CHARS),
    }
}
