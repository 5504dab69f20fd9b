//! The per-seed analysis pass: every seed is read once, in parallel, and reduced to the
//! facts the model needs (date, default title and summary; later the entity mentions
//! and annotation anchors). The text itself is dropped again: memory holds metadata.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::anchors::{Anchor, AnchorError, QuoteSelector, SeedText};
use crate::diagnostic::Diagnostics;
use crate::load::files::ArticleFront;
use crate::load::front_matter::Point;
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
    /// Where each of the sidecar's annotations is, in the sidecar's order.
    pub anchors: Vec<Anchor>,
}

/// Reads and analyses every seed; results are in the order of `seeds`.
pub fn scan(
    seeds: &[SeedFile],
    sidecars: &HashMap<&str, &Document<ArticleFront>>,
) -> Vec<Result<SeedFacts, Diagnostics>> {
    seeds
        .par_iter()
        .map(|file| {
            let seed = seed::read(&file.path, &file.display)?;
            let sidecar = sidecars.get(file.id.as_str()).copied();
            let anchors = match sidecar {
                Some(document) => anchors(&seed, document)?,
                None => Vec::new(),
            };
            Ok(facts(&seed, anchors))
        })
        .collect()
}

/// Locates every annotation's quote; each one that does not fit is an error at the
/// quote in the sidecar.
fn anchors(
    seed: &seed::Seed,
    sidecar: &Document<ArticleFront>,
) -> Result<Vec<Anchor>, Diagnostics> {
    let annotations = &sidecar.front.annotations;
    if annotations.is_empty() {
        return Ok(Vec::new());
    }
    let text = SeedText::new(&seed.paragraphs);
    let mut anchors = Vec::with_capacity(annotations.len());
    let mut errors = Diagnostics::new();
    for annotation in annotations {
        let selector = QuoteSelector {
            exact: &annotation.quote.value,
            prefix: annotation.prefix.as_ref().map(|p| p.value.as_str()),
            suffix: annotation.suffix.as_ref().map(|s| s.value.as_str()),
        };
        match text.locate(&selector) {
            Ok(anchor) => anchors.push(anchor),
            Err(error) => {
                // Point at what the editor has to change: the prefix or suffix that
                // does not fit, else the quote.
                let at = match &error {
                    AnchorError::PrefixMismatch { .. } => annotation.prefix.as_ref(),
                    AnchorError::SuffixMismatch { .. } => annotation.suffix.as_ref(),
                    _ => None,
                }
                .unwrap_or(&annotation.quote);
                let diagnostic = at.point(&sidecar.source, &sidecar.display, error.message());
                errors.push(match error.hint() {
                    Some(hint) => diagnostic.hint(hint),
                    None => diagnostic,
                });
            }
        }
    }
    if errors.is_empty() {
        Ok(anchors)
    } else {
        Err(errors)
    }
}

fn facts(seed: &seed::Seed, anchors: Vec<Anchor>) -> SeedFacts {
    let lead = &seed.paragraphs[0];
    SeedFacts {
        anchors,
        date: seed.date,
        default_title: excerpt::title_from_sentence(
            excerpt::first_sentence(lead),
            excerpt::TITLE_CHARS,
        ),
        default_summary: excerpt::shorten(lead, excerpt::SUMMARY_CHARS),
    }
}
