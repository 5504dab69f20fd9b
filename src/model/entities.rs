//! Entities from `content/entities/`: validated, sorted by slug (their file name), so
//! an entity's index is stable for the matcher, the model and the renderer alike.

use super::slug::slugify;
use super::{Entity, EntityKind};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Document;
use crate::load::files::EntityFront;

/// Entities from `content/entities/`, sorted by slug (their file name).
pub fn entities(documents: &[Document<EntityFront>], diagnostics: &mut Diagnostics) -> Vec<Entity> {
    let mut entities = Vec::with_capacity(documents.len());
    for document in documents {
        let slug = document.stem.clone();
        if slug != slugify(&slug) {
            diagnostics.push(
                Diagnostic::error(
                    &document.display,
                    format!("the entity file name `{slug}` is not a usable slug"),
                )
                .hint(format!(
                    "rename the file to `{}.md`: lower-case Latin letters, digits and hyphens",
                    slugify(&document.front.name.value)
                )),
            );
            continue;
        }
        if let Some(kind) = EntityKind::ALL.iter().find(|k| k.list_segment() == slug) {
            diagnostics.push(
                Diagnostic::error(
                    &document.display,
                    format!(
                        "the entity file name `{slug}` is taken: `entities/{slug}/` lists every entity of kind `{}`",
                        kind.key()
                    ),
                )
                .hint(format!(
                    "rename the file, for example to `{slug}-{}.md`",
                    document.front.kind.key()
                )),
            );
            continue;
        }
        let front = &document.front;
        entities.push(Entity {
            slug,
            name: front.name.value.trim().to_string(),
            kind: front.kind,
            aliases: front.aliases.iter().map(|a| a.trim().to_string()).collect(),
            description: front.description.trim().to_string(),
            wikidata: front.wikidata.clone(),
            body: document.body().trim().to_string(),
        });
    }
    entities.sort_by(|a, b| a.slug.cmp(&b.slug));
    entities
}
