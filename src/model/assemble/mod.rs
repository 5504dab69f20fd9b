//! Builds the [`Site`] from what was loaded and the per-seed facts: applies defaults,
//! resolves references to entities and tags, and makes every URL unique.
//!
//! The steps, in order: match sidecars to seeds ([`sidecars`]), build each article
//! from its facts and sidecar ([`articles`], resolving entity names with
//! [`references`]), read the standalone pages ([`pages`]), settle the article slugs
//! ([`slugs`]) and group the tags ([`tags`]).

mod articles;
mod pages;
mod references;
mod sidecars;
mod slugs;
mod tags;

use rayon::prelude::*;

use super::{Article, Entity, Site};
use crate::analyze::seeds::SeedFacts;
use crate::diagnostic::Diagnostics;
use crate::load::Inputs;
use articles::Pending;
use references::Resolver;

#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// Build sidecars marked `draft: true` too.
    pub drafts: bool,
}

/// Builds the site; `facts` are in the order of `inputs.seeds`.
pub fn assemble(
    inputs: &Inputs,
    entities: Vec<Entity>,
    facts: Vec<Result<SeedFacts, Diagnostics>>,
    options: BuildOptions,
) -> (Site, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let mut pending = pending_articles(inputs, &entities, facts, options, &mut diagnostics);
    let pages = pages::pages(inputs, &mut diagnostics);
    slugs::resolve(&mut pending, &mut diagnostics);
    let tag_names: Vec<Vec<String>> = pending
        .iter_mut()
        .map(|p| std::mem::take(&mut p.tag_names))
        .collect();
    // Collected in place (an article is smaller than a pending one): no second buffer
    // of 100,000 articles to allocate and fill.
    let mut articles: Vec<Article> = pending.into_iter().map(|p| p.article).collect();
    let tags = tags::tags(&mut articles, tag_names);
    let site = Site {
        config: inputs.config.clone(),
        articles,
        entities,
        pages,
        tags,
    };
    (site, diagnostics)
}

/// The published articles, oldest first (by date, then seed id), slugs not yet set.
/// A seed whose facts failed contributes its errors instead; a draft is skipped
/// unless `options` asks for drafts.
fn pending_articles<'a>(
    inputs: &'a Inputs,
    entities: &[Entity],
    facts: Vec<Result<SeedFacts, Diagnostics>>,
    options: BuildOptions,
    diagnostics: &mut Diagnostics,
) -> Vec<Pending<'a>> {
    let sidecars = sidecars::by_seed_id(inputs, diagnostics);
    let resolver = Resolver::new(entities, &inputs.broken_entities);
    // Each article is built on its own (in parallel) with its own diagnostics, which
    // are then added in seed order, as a serial loop would. (`map`, not `filter_map`:
    // an indexed collect writes each result in place instead of gathering chunks.)
    let built: Vec<Option<(Option<Pending<'a>>, Diagnostics)>> = inputs
        .seeds
        .par_iter()
        .zip(facts)
        .with_max_len(crate::PARALLEL_BATCH)
        .map(|(file, facts)| {
            let facts = match facts {
                Ok(facts) => facts,
                Err(errors) => return Some((None, errors)),
            };
            let sidecar = sidecars.get(file.id.as_str()).copied();
            if sidecar.is_some_and(|s| s.front.draft) && !options.drafts {
                return None;
            }
            let mut found = Diagnostics::new();
            let article = articles::article(file, facts, sidecar, &resolver, &mut found);
            Some((Some(article), found))
        })
        .collect();
    // In place, as the articles below: the pending articles reuse `built`'s buffer.
    let mut pending: Vec<Pending> = built
        .into_iter()
        .filter_map(|built| {
            let (article, found) = built?;
            diagnostics.extend(found);
            article
        })
        .collect();
    pending
        .par_sort_by(|a, b| (a.article.date, &a.article.id).cmp(&(b.article.date, &b.article.id)));
    pending
}
