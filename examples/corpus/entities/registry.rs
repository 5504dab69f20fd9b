//! Unique names and slugs across every kind, and filling one kind's quota with them.

use std::collections::HashSet;

use super::Entity;
use super::draft::{Draft, finish};
use crate::rng::Rng;
use crate::translit;

/// Ensures names and slugs are unique across every kind.
#[derive(Default)]
pub(super) struct Registry {
    names: HashSet<String>,
    slugs: HashSet<String>,
}

impl Registry {
    fn claim(&mut self, name: &str) -> Option<String> {
        let slug = translit::slug(name);
        if slug.is_empty() || self.names.contains(name) || self.slugs.contains(&slug) {
            return None;
        }
        self.names.insert(name.to_string());
        self.slugs.insert(slug.clone());
        Some(slug)
    }
}

/// Takes the `real` drafts first, then generated ones until `quota` unique names
/// exist. After 50 collisions in a row `make` is asked for a `relaxed` variant
/// (patronymic, region, brand suffix) from a much larger name space, so the plain
/// names stay the majority and large counts still finish.
pub(super) fn fill(
    quota: usize,
    real: Vec<Draft>,
    rng: &mut Rng,
    reg: &mut Registry,
    mut make: impl FnMut(&mut Rng, bool) -> Draft,
) -> Result<Vec<Entity>, String> {
    let mut out = Vec::with_capacity(quota);
    let mut misses = 0;
    let mut drafts = real.into_iter();
    while out.len() < quota {
        let draft = match drafts.next() {
            Some(draft) => draft,
            None => make(rng, misses > 50),
        };
        match reg.claim(draft.name.forms.nom()) {
            Some(slug) => {
                out.push(finish(draft, slug));
                misses = 0;
            }
            None if misses < 20_000 => misses += 1,
            None => {
                let kind = draft.kind.as_str();
                let found = out.len();
                return Err(format!(
                    "found only {found} unique {kind} names of {quota}; use fewer --entities"
                ));
            }
        }
    }
    Ok(out)
}
