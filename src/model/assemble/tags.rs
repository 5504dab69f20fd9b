//! Groups the articles' tag names into tags, by slug: names that romanise alike are
//! one tag, and the first name seen is the one shown.

use std::collections::{BTreeMap, HashMap};

use crate::model::slug::slugify;
use crate::model::{Article, Tag};

/// Tag name and member articles (indices, oldest first), by tag slug.
type BySlug = BTreeMap<String, (String, Vec<usize>)>;

/// Tags sorted by slug, and each article's `tags` set to indices into them.
/// `names` are each article's tag names, in the order of `articles`.
pub(super) fn tags(articles: &mut [Article], names: Vec<Vec<String>>) -> Vec<Tag> {
    let by_slug = by_slug(names);
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

fn by_slug(names: Vec<Vec<String>>) -> BySlug {
    let mut by_slug = BySlug::new();
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
    by_slug
}
