//! The front matter of each kind of content file, as an editor writes it. Every struct
//! denies unknown keys; the resolved model (defaults, slugs, references) is built from
//! these in `model`, never mixed with them.

use serde::Deserialize;

use super::front_matter::Spanned;
use crate::model::EntityKind;

/// `content/articles/<seed-id>.md`
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArticleFront {
    pub title: Option<Spanned<String>>,
    pub slug: Option<Spanned<String>>,
    pub summary: Option<String>,
    #[serde(default)]
    pub tags: Vec<Spanned<String>>,
    pub source: Option<Source>,
    #[serde(default)]
    pub entities: Vec<Spanned<String>>,
    #[serde(default)]
    pub not_entities: Vec<Spanned<String>>,
    #[serde(default)]
    pub draft: bool,
    #[serde(default)]
    pub annotations: Vec<AnnotationFront>,
    #[serde(default)]
    pub events: Vec<EventFront>,
}

pub const ARTICLE_KEYS: &[&str] = &[
    "title",
    "slug",
    "summary",
    "tags",
    "source",
    "entities",
    "not_entities",
    "draft",
    "annotations",
    "events",
];

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub name: String,
    pub url: Option<Spanned<String>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnnotationFront {
    pub quote: Spanned<String>,
    pub prefix: Option<Spanned<String>>,
    pub suffix: Option<Spanned<String>>,
    pub note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventFront {
    pub date: Spanned<String>,
    pub text: String,
}

/// `content/entities/<slug>.md`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntityFront {
    pub name: Spanned<String>,
    pub kind: EntityKind,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub description: String,
    pub wikidata: Option<String>,
}

pub const ENTITY_KEYS: &[&str] = &["name", "kind", "aliases", "description", "wikidata"];

/// `content/pages/<slug>.md`
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageFront {
    pub title: String,
    pub slug: Option<Spanned<String>>,
    pub description: Option<String>,
    #[serde(default)]
    pub draft: bool,
}

pub const PAGE_KEYS: &[&str] = &["title", "slug", "description", "draft"];
