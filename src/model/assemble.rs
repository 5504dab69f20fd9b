//! Builds the [`Site`] from what was loaded and the per-seed facts: applies defaults,
//! resolves references to entities and tags, and makes every URL unique.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::slug::{invalid_explicit_slug, slugify};
use super::{Annotation, Article, Entity, EntityRef, Event, Page, Site, Source, Tag};
use crate::analyze::seeds::SeedFacts;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::ArticleFront;
use crate::load::front_matter::{Point, Spanned, closest_key};
use crate::load::{Document, Inputs, seed};

#[derive(Clone, Copy, Debug, Default)]
pub struct BuildOptions {
    /// Build sidecars marked `draft: true` too.
    pub drafts: bool,
}

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

/// Builds the site; `facts` are in the order of `inputs.seeds`.
pub fn assemble(
    inputs: &Inputs,
    entities: Vec<Entity>,
    facts: Vec<Result<SeedFacts, Diagnostics>>,
    options: BuildOptions,
) -> (Site, Diagnostics) {
    let mut diagnostics = Diagnostics::new();
    let entity_index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.slug.as_str(), i))
        .collect();
    let sidecars = sidecars_by_id(inputs, &mut diagnostics);
    let resolver = Resolver {
        entities: &entity_index,
        broken: &inputs.broken_entities,
        entity_slugs: entities.iter().map(|e| e.slug.as_str()).collect(),
    };
    let mut drafts = Vec::with_capacity(inputs.seeds.len());
    for (file, facts) in inputs.seeds.iter().zip(facts) {
        let facts = match facts {
            Ok(facts) => facts,
            Err(errors) => {
                diagnostics.extend(errors);
                continue;
            }
        };
        let sidecar = sidecars.get(file.id.as_str()).copied();
        if sidecar.is_some_and(|s| s.front.draft) && !options.drafts {
            continue;
        }
        drafts.push(article(file, facts, sidecar, &resolver, &mut diagnostics));
    }
    drafts.sort_by(|a, b| (a.article.date, &a.article.id).cmp(&(b.article.date, &b.article.id)));
    let pages = pages(inputs, &mut diagnostics);
    let (mut articles, tag_names) = resolve_article_slugs(drafts, &mut diagnostics);
    let tags = tags(&mut articles, tag_names);
    let site = Site {
        config: inputs.config.clone(),
        articles,
        entities,
        pages,
        tags,
    };
    (site, diagnostics)
}

/// An article before its slug is final, with what slug errors need to name.
struct Pending<'a> {
    article: Article,
    explicit_slug: Option<(&'a Spanned<String>, &'a Document<ArticleFront>)>,
    tag_names: Vec<String>,
}

struct Resolver<'a> {
    entities: &'a HashMap<&'a str, usize>,
    /// Entity files that failed to parse: already reported, not "unknown".
    broken: &'a [String],
    entity_slugs: Vec<&'a str>,
}

impl Resolver<'_> {
    /// The entity a sidecar names, or an error pointing at the name (`None` when
    /// the entity's own file is broken and already reported).
    fn entity(
        &self,
        name: &Spanned<String>,
        document: &Document<ArticleFront>,
    ) -> Result<usize, Option<Diagnostic>> {
        if let Some(&index) = self.entities.get(name.value.as_str()) {
            return Ok(index);
        }
        if self.broken.contains(&name.value) {
            return Err(None);
        }
        let hint = match closest_key(&name.value, &self.entity_slugs) {
            Some(near) => format!(
                "did you mean `{near}`? entities are named by their file name in content/entities/"
            ),
            None => format!(
                "create content/entities/{}.md, or use the file name of an existing entity",
                name.value
            ),
        };
        Err(Some(
            name.point(
                &document.source,
                &document.display,
                format!("unknown entity `{}`", name.value),
            )
            .hint(hint),
        ))
    }
}

fn article<'a>(
    file: &crate::load::SeedFile,
    facts: SeedFacts,
    sidecar: Option<&'a Document<ArticleFront>>,
    resolver: &Resolver,
    diagnostics: &mut Diagnostics,
) -> Pending<'a> {
    let front = sidecar.map(|s| &s.front);
    let title = front
        .and_then(|f| f.title.as_ref())
        .map(|t| t.value.trim().to_string())
        .filter(|t| !t.is_empty())
        .unwrap_or(facts.default_title);
    let article = Article {
        entities: facts.mentions,
        links: facts.links,
        mention_sentences: facts.mention_sentences,
        id: file.id.clone(),
        seed_path: file.path.clone(),
        date: facts.date,
        slug: String::new(),
        summary: front
            .and_then(|f| f.summary.clone())
            .unwrap_or(facts.default_summary),
        title,
        tags: Vec::new(),
        source: None,
        annotations: Vec::new(),
        events: Vec::new(),
        note: String::new(),
    };
    let mut pending = Pending {
        article,
        explicit_slug: None,
        tag_names: Vec::new(),
    };
    if let Some(document) = sidecar {
        apply_sidecar(&mut pending, document, resolver, diagnostics);
        pending.article.annotations = document
            .front
            .annotations
            .iter()
            .zip(facts.anchors)
            .map(|(annotation, anchor)| Annotation {
                quote: annotation.quote.value.clone(),
                anchor,
                note: annotation.note.trim().to_string(),
            })
            .collect();
    }
    pending
}

/// Everything a sidecar adds to its article.
fn apply_sidecar<'a>(
    pending: &mut Pending<'a>,
    document: &'a Document<ArticleFront>,
    resolver: &Resolver,
    diagnostics: &mut Diagnostics,
) {
    let front = &document.front;
    let article = &mut pending.article;
    article.note = document.body().trim().to_string();
    article.source = front
        .source
        .as_ref()
        .and_then(|s| source(s, document, diagnostics));
    pending.tag_names = front
        .tags
        .iter()
        .map(|t| t.value.trim().to_string())
        .filter(|t| !t.is_empty())
        .collect();
    pending.explicit_slug = front.slug.as_ref().map(|s| (s, document));
    for name in &front.entities {
        match resolver.entity(name, document) {
            Ok(entity) if !article.entities.iter().any(|r| r.entity == entity) => {
                article.entities.push(EntityRef {
                    entity,
                    mentions: 0,
                    first_mention: None,
                });
            }
            Ok(_) => {}
            Err(error) => diagnostics.extend(error),
        }
    }
    for name in &front.not_entities {
        if let Err(error) = resolver.entity(name, document) {
            diagnostics.extend(error);
        }
    }
    for event in &front.events {
        match seed::parse_date(event.date.value.trim()) {
            Ok(date) => article.events.push(Event {
                date,
                text: event.text.trim().to_string(),
            }),
            Err((message, hint)) => diagnostics.push(
                event
                    .date
                    .point(&document.source, &document.display, message)
                    .hint(hint),
            ),
        }
    }
}

fn source(
    raw: &crate::load::files::Source,
    document: &Document<ArticleFront>,
    diagnostics: &mut Diagnostics,
) -> Option<Source> {
    let url = raw.url.as_ref().map(|u| (u, u.value.trim().to_string()));
    if let Some((spanned, url)) = &url
        && !(url.starts_with("https://") || url.starts_with("http://"))
    {
        diagnostics.push(
            spanned
                .point(
                    &document.source,
                    &document.display,
                    "the source URL must start with https:// or http://",
                )
                .hint("copy the full address of the original article from the browser"),
        );
        return None;
    }
    Some(Source {
        name: raw.name.trim().to_string(),
        url: url.map(|(_, u)| u),
    })
}

/// Sidecars by seed id; a sidecar without a seed is an error.
fn sidecars_by_id<'a>(
    inputs: &'a Inputs,
    diagnostics: &mut Diagnostics,
) -> HashMap<&'a str, &'a Document<ArticleFront>> {
    let seed_ids: Vec<&str> = inputs.seeds.iter().map(|s| s.id.as_str()).collect();
    let known: std::collections::HashSet<&str> = seed_ids.iter().copied().collect();
    let mut sidecars = HashMap::new();
    for document in &inputs.sidecars {
        if known.contains(document.stem.as_str()) {
            sidecars.insert(document.stem.as_str(), document);
            continue;
        }
        let hint = match closest_key(&document.stem, &seed_ids) {
            Some(near) => {
                format!("did you mean `{near}`? rename this file to content/articles/{near}.md")
            }
            None => {
                "a sidecar is named after its seed: content/articles/<id>.md for seeds/<id>.txt"
                    .to_string()
            }
        };
        diagnostics.push(
            Diagnostic::error(
                &document.display,
                format!(
                    "this sidecar has no seed: seeds/{}.txt does not exist",
                    document.stem
                ),
            )
            .hint(hint),
        );
    }
    sidecars
}

/// Gives every article a unique slug. Explicit slugs are kept (two equal ones are an
/// error naming both files); a default slug that collides is made unique and stable:
/// the earliest article keeps it, later ones get their date, then their seed id.
fn resolve_article_slugs(
    mut pending: Vec<Pending>,
    diagnostics: &mut Diagnostics,
) -> (Vec<Article>, Vec<Vec<String>>) {
    let mut taken: HashMap<String, PathBuf> = HashMap::new();
    for p in pending.iter_mut() {
        let Some((spanned, document)) = p.explicit_slug else {
            continue;
        };
        let slug = spanned.value.trim();
        if let Some(problem) = invalid_explicit_slug(slug) {
            diagnostics.push(
                spanned
                    .point(&document.source, &document.display, problem)
                    .hint(format!(
                        "use lower-case words joined by hyphens, e.g. `{}`",
                        slugify(slug).trim_matches('-')
                    )),
            );
            continue;
        }
        if let Some(other) = taken.get(slug) {
            diagnostics.push(
                spanned
                    .point(
                        &document.source,
                        &document.display,
                        format!("the slug `{slug}` is already used by {}", other.display()),
                    )
                    .hint("two articles cannot share one URL: change one of the two slugs"),
            );
            continue;
        }
        taken.insert(slug.to_string(), document.display.clone());
        p.article.slug = slug.to_string();
    }
    // Romanising is the costly part; it does not depend on the order, so it runs in
    // parallel, and only the uniqueness pass below is sequential.
    let bases: Vec<Option<String>> = pending
        .par_iter()
        .map(|p| {
            p.article
                .slug
                .is_empty()
                .then(|| match slugify(&p.article.title) {
                    s if s.is_empty() => slugify(&p.article.id),
                    s => s,
                })
        })
        .collect();
    for (p, base) in pending.iter_mut().zip(bases) {
        let Some(base) = base else { continue };
        let article = &mut p.article;
        let candidates = [
            base.clone(),
            format!("{base}-{}", article.date),
            format!("{base}-{}-{}", article.date, slugify(&article.id)),
        ];
        let slug = candidates
            .into_iter()
            .find(|c| !taken.contains_key(c))
            .unwrap_or_else(|| slugify(&article.id));
        taken.insert(slug.clone(), PathBuf::from(&article.id));
        article.slug = slug;
    }
    pending
        .into_iter()
        .map(|p| (p.article, p.tag_names))
        .unzip()
}

/// Tags by slug; names that romanise alike are one tag (the first name seen wins).
/// `names` are each article's tag names, in the order of `articles`.
fn tags(articles: &mut [Article], names: Vec<Vec<String>>) -> Vec<Tag> {
    let mut by_slug: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    // A digest has few tags used many times: romanise each name once.
    let mut slugs: HashMap<String, String> = HashMap::new();
    for (index, article_tags) in names.into_iter().enumerate() {
        for name in article_tags {
            let slug = slugs
                .entry(name.clone())
                .or_insert_with(|| slugify(&name))
                .clone();
            if slug.is_empty() {
                continue;
            }
            let entry = by_slug.entry(slug).or_insert_with(|| (name, Vec::new()));
            if entry.1.last() != Some(&index) {
                entry.1.push(index);
            }
        }
    }
    let mut tags = Vec::with_capacity(by_slug.len());
    for (tag_index, (slug, (name, mut members))) in by_slug.into_iter().enumerate() {
        for &member in &members {
            articles[member].tags.push(tag_index);
        }
        members.reverse();
        tags.push(Tag {
            slug,
            name,
            articles: members,
        });
    }
    tags
}

/// Standalone pages; their slug (default: the file name) must not clash with each
/// other or with the generator's own sections.
fn pages(inputs: &Inputs, diagnostics: &mut Diagnostics) -> Vec<Page> {
    let mut pages = Vec::new();
    let mut taken: HashMap<String, &Path> = HashMap::new();
    for document in &inputs.pages {
        let front = &document.front;
        if front.draft {
            continue;
        }
        let (slug, at) = match &front.slug {
            Some(s) => (s.value.trim().to_string(), Some(s)),
            None => (slugify(&document.stem), None),
        };
        let problem = invalid_explicit_slug(&slug)
            .map(str::to_string)
            .or_else(|| {
                RESERVED.contains(&slug.as_str()).then(|| {
                    format!("the slug `{slug}` is the address of annalist's own /{slug}/ section")
                })
            })
            .or_else(|| {
                taken.get(&slug).map(|other| {
                    format!("the slug `{slug}` is already used by {}", other.display())
                })
            });
        if let Some(problem) = problem {
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
            title: front.title.trim().to_string(),
            description: front.description.clone().unwrap_or_default(),
            body: document.body().trim().to_string(),
        });
    }
    pages.sort_by(|a, b| a.slug.cmp(&b.slug));
    pages
}
