//! Gives every article a unique slug. Explicit slugs are kept (two equal ones are an
//! error naming both files); a default slug that collides is made unique and stable:
//! the earliest article keeps it, later ones get their date, then their seed id.

use std::collections::HashMap;
use std::path::PathBuf;

use rayon::prelude::*;

use super::articles::Pending;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Document;
use crate::load::files::ArticleFront;
use crate::load::front_matter::{Point, Spanned};
use crate::model::Article;
use crate::model::slug::{invalid_explicit_slug, slugify};

/// Slugs in use, with the file (or, for a default slug, the seed id) that took each.
type Taken = HashMap<String, PathBuf>;

/// Sets `article.slug` on every pending article; `pending` is oldest first.
pub(super) fn resolve(pending: &mut [Pending], diagnostics: &mut Diagnostics) {
    let mut taken = Taken::new();
    for p in pending.iter_mut() {
        let Some((spanned, document)) = p.explicit_slug else {
            continue;
        };
        match claim_explicit(spanned, document, &mut taken) {
            Ok(slug) => p.article.slug = slug,
            Err(diagnostic) => diagnostics.push(diagnostic),
        }
    }
    // Romanising is the costly part; it does not depend on the order, so it runs in
    // parallel, and only the uniqueness pass below is sequential.
    let bases: Vec<Option<String>> = pending
        .par_iter()
        .map(|p| p.article.slug.is_empty().then(|| default_base(&p.article)))
        .collect();
    for (p, base) in pending.iter_mut().zip(bases) {
        if let Some(base) = base {
            p.article.slug = claim_default(&base, &p.article, &mut taken);
        }
    }
}

/// Takes the slug a sidecar gives, or says why it cannot have it.
fn claim_explicit(
    spanned: &Spanned<String>,
    document: &Document<ArticleFront>,
    taken: &mut Taken,
) -> Result<String, Diagnostic> {
    let slug = spanned.value.trim();
    if let Some(problem) = invalid_explicit_slug(slug) {
        return Err(spanned
            .point(&document.source, &document.display, problem)
            .hint(format!(
                "use lower-case words joined by hyphens, e.g. `{}`",
                slugify(slug).trim_matches('-')
            )));
    }
    if let Some(other) = taken.get(slug) {
        return Err(spanned
            .point(
                &document.source,
                &document.display,
                format!("the slug `{slug}` is already used by {}", other.display()),
            )
            .hint("two articles cannot share one URL: change one of the two slugs"));
    }
    taken.insert(slug.to_string(), document.display.clone());
    Ok(slug.to_string())
}

/// The slug an article gets by default: its title romanised, else its seed id.
fn default_base(article: &Article) -> String {
    match slugify(&article.title) {
        s if s.is_empty() => slugify(&article.id),
        s => s,
    }
}

/// Takes `base` if it is free, else `base-date`, else `base-date-id`. Each candidate is
/// made only when the one before is taken: this runs for every article, one at a time.
fn claim_default(base: &str, article: &Article, taken: &mut Taken) -> String {
    let free = |slug: String| (!taken.contains_key(&slug)).then_some(slug);
    let slug = free(base.to_string())
        .or_else(|| free(format!("{base}-{}", article.date)))
        .or_else(|| free(format!("{base}-{}-{}", article.date, slugify(&article.id))))
        .unwrap_or_else(|| slugify(&article.id));
    taken.insert(slug.clone(), PathBuf::from(&article.id));
    slug
}
