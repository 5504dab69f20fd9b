//! Standalone pages (`content/pages/`). A page's slug (default: its file name) must
//! be valid and must not clash with another page's or with the generator's own
//! sections.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::PageFront;
use crate::load::front_matter::{Point, Spanned};
use crate::load::{Document, Inputs};
use crate::model::Page;
use crate::model::slug::{invalid_explicit_slug, slugify};

/// Top-level URL segments the generator owns; a page cannot take them.
const RESERVED: &[&str] = &[
    "articles",
    "entities",
    "tags",
    "digest",
    "chronology",
    "page",
    "feed.xml",
    "sitemap.xml",
    "404.html",
    "static",
];

/// The published pages, sorted by slug; a page whose slug cannot be used is reported
/// and left out.
pub(super) fn pages(inputs: &Inputs, diagnostics: &mut Diagnostics) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut taken: HashMap<String, &Path> = HashMap::new();
    for document in inputs.pages.iter().filter(|d| !d.front.draft) {
        let (slug, at) = slug(document);
        if let Some(problem) = slug_problem(&slug, &taken) {
            let diagnostic = match at {
                Some(spanned) => spanned.point(&document.source, &document.display, problem),
                None => Diagnostic::error(&document.display, problem),
            };
            diagnostics.push(diagnostic.hint("give the page another `slug:` in its front matter"));
            continue;
        }
        taken.insert(slug.clone(), &document.display);
        pages.push(Page {
            slug,
            title: document.front.title.trim().to_string(),
            description: document.front.description.clone().unwrap_or_default(),
            body: document.body().trim().to_string(),
        });
    }
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    pages
}

/// The page's slug, with where the front matter gives it (`None`: the file name).
fn slug(document: &Document<PageFront>) -> (String, Option<&Spanned<String>>) {
    match &document.front.slug {
        Some(s) => (s.value.trim().to_string(), Some(s)),
        None => (slugify(&document.stem), None),
    }
}

/// Why a page cannot have `slug`, if it cannot.
fn slug_problem(slug: &str, taken: &HashMap<String, &Path>) -> Option<String> {
    invalid_explicit_slug(slug)
        .map(str::to_string)
        .or_else(|| {
            RESERVED.contains(&slug).then(|| {
                format!("the slug `{slug}` is the address of annalist's own /{slug}/ section")
            })
        })
        .or_else(|| {
            taken
                .get(slug)
                .map(|other| format!("the slug `{slug}` is already used by {}", other.display()))
        })
}
