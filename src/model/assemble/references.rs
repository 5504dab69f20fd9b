//! Resolves the entity names a sidecar writes (`entities:`, `not_entities:`) to
//! entity indices. An unknown name is an error pointing at it, with a "did you mean"
//! hint; a name whose entity file is broken was reported already and stays silent.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Document;
use crate::load::files::ArticleFront;
use crate::load::front_matter::{Point, Spanned, closest_key};
use crate::model::{Entity, EntityRef};

/// Looks entity names up among the site's entities.
pub(super) struct Resolver<'a> {
    /// Entity index by slug.
    index: HashMap<&'a str, usize>,
    /// Entity files that failed to parse: already reported, not "unknown".
    broken: &'a [String],
    /// Every slug, in entity order, for "did you mean".
    slugs: Vec<&'a str>,
}

impl<'a> Resolver<'a> {
    pub(super) fn new(entities: &'a [Entity], broken: &'a [String]) -> Self {
        Resolver {
            index: entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.slug.as_str(), i))
                .collect(),
            broken,
            slugs: entities.iter().map(|e| e.slug.as_str()).collect(),
        }
    }

    /// Adds the sidecar's `entities:` to `refs` (once each, after the detected ones)
    /// and checks that its `not_entities:` name known entities too.
    pub(super) fn add_listed(
        &self,
        document: &Document<ArticleFront>,
        refs: &mut Vec<EntityRef>,
        diagnostics: &mut Diagnostics,
    ) {
        for name in &document.front.entities {
            match self.entity(name, document) {
                Ok(entity) if !refs.iter().any(|r| r.entity == entity) => refs.push(EntityRef {
                    entity,
                    mentions: 0,
                    first_mention: None,
                }),
                Ok(_) => {}
                Err(error) => diagnostics.extend(error),
            }
        }
        for name in &document.front.not_entities {
            if let Err(error) = self.entity(name, document) {
                diagnostics.extend(error);
            }
        }
    }

    /// The entity a sidecar names, or an error pointing at the name (`None` when
    /// the entity's own file is broken and already reported).
    fn entity(
        &self,
        name: &Spanned<String>,
        document: &Document<ArticleFront>,
    ) -> Result<usize, Option<Diagnostic>> {
        if let Some(&index) = self.index.get(name.value.as_str()) {
            return Ok(index);
        }
        if self.broken.contains(&name.value) {
            return Err(None);
        }
        Err(Some(self.unknown(name, document)))
    }

    fn unknown(&self, name: &Spanned<String>, document: &Document<ArticleFront>) -> Diagnostic {
        let hint = match closest_key(&name.value, &self.slugs) {
            Some(near) => format!(
                "did you mean `{near}`? entities are named by their file name in content/entities/"
            ),
            None => format!(
                "create content/entities/{}.md, or use the file name of an existing entity",
                name.value
            ),
        };
        name.point(
            &document.source,
            &document.display,
            format!("unknown entity `{}`", name.value),
        )
        .hint(hint)
    }
}
