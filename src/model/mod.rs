//! Stage 2 of the pipeline: the resolved site. Every default applied, every slug made
//! unique, every cross-reference (tags, entities) turned into an index. Plain data:
//! no locks, no template engine; sorted vectors so output order is deterministic.

mod assemble;
mod entities;
pub mod excerpt;
pub mod slug;

use std::path::PathBuf;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::analyze::anchors::Anchor;
use crate::config::Config;

pub use assemble::{BuildOptions, assemble};
pub use entities::entities;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Event,
    Other,
}

impl EntityKind {
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Event,
        EntityKind::Other,
    ];

    pub fn key(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Event => "event",
            EntityKind::Other => "other",
        }
    }

    /// The URL segment of the list of every entity of the kind (`entities/people/`); no
    /// entity may take it as its slug.
    pub fn list_segment(self) -> &'static str {
        match self {
            EntityKind::Person => "people",
            EntityKind::Organization => "organizations",
            EntityKind::Place => "places",
            EntityKind::Event => "events",
            EntityKind::Other => "other",
        }
    }
}

/// The whole site, resolved.
#[derive(Debug)]
pub struct Site {
    pub config: Config,
    /// Published articles, oldest first (by date, then seed id).
    pub articles: Vec<Article>,
    /// Sorted by slug; `Article::entities` index into it.
    pub entities: Vec<Entity>,
    pub pages: Vec<Page>,
    /// Sorted by slug; `Article::tags` index into it.
    pub tags: Vec<Tag>,
}

#[derive(Debug)]
pub struct Article {
    pub id: String,
    /// Where to read the seed again when rendering.
    pub seed_path: PathBuf,
    pub date: NaiveDate,
    pub title: String,
    pub slug: String,
    pub summary: String,
    pub tags: Vec<usize>,
    pub source: Option<Source>,
    /// Detected and explicit entities, by entity index (the sidebar orders them).
    pub entities: Vec<EntityRef>,
    /// Where the text links to entities, found once when the seed was read.
    pub links: Vec<MentionLink>,
    /// The sentences of first mentions, one after another (see [`FirstMention`]).
    pub mention_sentences: Box<str>,
    pub annotations: Vec<Annotation>,
    pub events: Vec<Event>,
    /// The editorial note, Markdown; empty when there is none.
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct Source {
    pub name: String,
    pub url: Option<String>,
}

/// An entity an article is about: named explicitly, detected in the text, or both.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityRef {
    pub entity: usize,
    /// How often the text mentions it (0 when only listed explicitly).
    pub mentions: u32,
    /// Where the sentence of the first mention is in the article's `mention_sentences`.
    pub first_mention: Option<FirstMention>,
}

/// The sentence of an entity's first mention in an article: a range of the article's
/// `mention_sentences`, and the mention's range inside that sentence. Ranges, not
/// strings, because 100,000 articles name some ten entities each, often several in
/// one sentence, which is then stored once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FirstMention {
    pub sentence: std::ops::Range<u32>,
    pub mark: std::ops::Range<u32>,
}

/// A link from the seed text to an entity: the first mention of the entity in a
/// paragraph. Compact, because there are tens of them in each of 100,000 articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MentionLink {
    pub paragraph: u32,
    /// Byte range inside the paragraph.
    pub start: u32,
    pub end: u32,
    pub entity: u32,
}

#[derive(Clone, Debug)]
pub struct Annotation {
    pub quote: String,
    pub anchor: Anchor,
    /// Markdown.
    pub note: String,
}

#[derive(Clone, Debug)]
pub struct Event {
    pub date: NaiveDate,
    pub text: String,
}

#[derive(Debug)]
pub struct Entity {
    pub slug: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub description: String,
    pub wikidata: Option<String>,
    /// Markdown.
    pub body: String,
}

#[derive(Debug)]
pub struct Page {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// Markdown.
    pub body: String,
}

#[derive(Debug)]
pub struct Tag {
    pub slug: String,
    pub name: String,
    /// Indices into `Site::articles`, newest first.
    pub articles: Vec<usize>,
}
