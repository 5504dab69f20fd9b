//! The per-seed analysis pass: every seed is read once, in parallel, and reduced to the
//! facts the model needs (date, default title and summary, the entities it mentions,
//! where its annotations' quotes are). The text itself is dropped again: memory holds
//! metadata only.

use std::collections::HashMap;

use chrono::NaiveDate;
use rayon::prelude::*;

use super::anchors::{Anchor, AnchorError, QuoteSelector, SeedText};
use super::mention_facts;
use super::mentions::MentionMatcher;
use crate::diagnostic::Diagnostics;
use crate::load::files::ArticleFront;
use crate::load::front_matter::Point;
use crate::load::{Document, SeedFile, seed};
use crate::model::{EntityRef, MentionLink, excerpt};

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
    /// The entities the text mentions (minus the sidecar's `not_entities`).
    pub mentions: Vec<EntityRef>,
    /// The mentions the article page links.
    pub links: Vec<MentionLink>,
    /// The sentences the `mentions` point into.
    pub mention_sentences: Box<str>,
}

/// What the pass needs besides the seeds.
pub struct Context<'a> {
    pub sidecars: &'a HashMap<&'a str, &'a Document<ArticleFront>>,
    pub matcher: &'a MentionMatcher,
    /// Entity index by slug, for `not_entities`.
    pub entities: &'a HashMap<&'a str, usize>,
}

/// Reads and analyses every seed; results are in the order of `seeds`.
pub fn scan(seeds: &[SeedFile], context: &Context) -> Vec<Result<SeedFacts, Diagnostics>> {
    seeds
        .par_iter()
        .with_max_len(crate::PARALLEL_BATCH)
        .map(|file| {
            let seed = seed::read(&file.path, &file.display)?;
            let sidecar = context.sidecars.get(file.id.as_str()).copied();
            let anchors = match sidecar {
                Some(document) => anchors(&seed, document)?,
                None => Vec::new(),
            };
            let suppressed: Vec<usize> = sidecar
                .map(|d| &d.front.not_entities)
                .into_iter()
                .flatten()
                .filter_map(|slug| context.entities.get(slug.value.as_str()).copied())
                .collect();
            let found = mention_facts::by_paragraph(context.matcher, &seed.paragraphs);
            let mut facts = facts(&seed, anchors);
            (facts.mentions, facts.mention_sentences) =
                mention_facts::counts(&found, &seed.paragraphs, &suppressed);
            facts.links = mention_facts::links(&found, &suppressed);
            Ok(facts)
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
        mentions: Vec::new(),
        links: Vec::new(),
        mention_sentences: Box::default(),
        date: seed.date,
        default_title: excerpt::title_from_sentence(
            excerpt::first_sentence(lead),
            excerpt::TITLE_CHARS,
        ),
        default_summary: excerpt::shorten(lead, excerpt::SUMMARY_CHARS),
    }
}
