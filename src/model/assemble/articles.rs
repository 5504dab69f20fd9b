//! One article from its seed's facts and its sidecar, if any: the sidecar's title and
//! summary override the defaults from the text, and it adds the source, tags, entities,
//! events, annotations and the editorial note. The slug is settled later, once every
//! article is known ([`super::slugs`]).

use super::references::Resolver;
use crate::analyze::anchors::Anchor;
use crate::analyze::seeds::SeedFacts;
use crate::diagnostic::Diagnostics;
use crate::load::files::{self, ArticleFront};
use crate::load::front_matter::{Point, Spanned};
use crate::load::{Document, SeedFile, seed};
use crate::model::{Annotation, Article, Event, Source};

/// An article before its slug is final, with what slug errors need to name.
pub(super) struct Pending<'a> {
    /// Complete except for `slug` (empty) and `tags` (empty).
    pub(super) article: Article,
    /// The sidecar's `slug:` and the sidecar, to point errors at.
    pub(super) explicit_slug: Option<(&'a Spanned<String>, &'a Document<ArticleFront>)>,
    /// The sidecar's tag names, trimmed, none empty.
    pub(super) tag_names: Vec<String>,
}

pub(super) fn article<'a>(
    file: &SeedFile,
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
    let summary = front
        .and_then(|f| f.summary.clone())
        .unwrap_or(facts.default_summary);
    let article = Article {
        entities: facts.mentions,
        links: facts.links,
        mention_sentences: facts.mention_sentences,
        id: file.id.clone(),
        seed_path: file.path.clone(),
        date: facts.date,
        slug: String::new(),
        summary,
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
        apply_sidecar(&mut pending, document, facts.anchors, resolver, diagnostics);
    }
    pending
}

/// Everything a sidecar adds to its article; `anchors` are where its annotations are.
fn apply_sidecar<'a>(
    pending: &mut Pending<'a>,
    document: &'a Document<ArticleFront>,
    anchors: Vec<Anchor>,
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
    resolver.add_listed(document, &mut article.entities, diagnostics);
    article.events = events(document, diagnostics);
    article.annotations = annotations(front, anchors);
}

/// The sidecar's `source:`; `None` (and an error) when its URL is not a web address.
fn source(
    raw: &files::Source,
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

/// The sidecar's `events:`; one with an unreadable date is an error and left out.
fn events(document: &Document<ArticleFront>, diagnostics: &mut Diagnostics) -> Vec<Event> {
    let mut events = Vec::new();
    for event in &document.front.events {
        match seed::parse_date(event.date.value.trim()) {
            Ok(date) => events.push(Event {
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
    events
}

/// The sidecar's `annotations:`, each with where its quote was found in the seed.
fn annotations(front: &ArticleFront, anchors: Vec<Anchor>) -> Vec<Annotation> {
    front
        .annotations
        .iter()
        .zip(anchors)
        .map(|(annotation, anchor)| Annotation {
            quote: annotation.quote.value.clone(),
            anchor,
            note: annotation.note.trim().to_string(),
        })
        .collect()
}
