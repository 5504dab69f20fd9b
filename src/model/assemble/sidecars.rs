//! Matches sidecars (`content/articles/<id>.md`) to their seeds (`seeds/<id>.txt`);
//! a sidecar whose seed does not exist is an error with a "did you mean" hint.

use std::collections::{HashMap, HashSet};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::files::ArticleFront;
use crate::load::front_matter::closest_key;
use crate::load::{Document, Inputs};

/// Sidecars by seed id; a sidecar without a seed is reported and left out.
pub(super) fn by_seed_id<'a>(
    inputs: &'a Inputs,
    diagnostics: &mut Diagnostics,
) -> HashMap<&'a str, &'a Document<ArticleFront>> {
    let seed_ids: Vec<&str> = inputs.seeds.iter().map(|s| s.id.as_str()).collect();
    let known: HashSet<&str> = seed_ids.iter().copied().collect();
    let mut sidecars = HashMap::new();
    for document in &inputs.sidecars {
        if known.contains(document.stem.as_str()) {
            sidecars.insert(document.stem.as_str(), document);
        } else {
            diagnostics.push(without_seed(document, &seed_ids));
        }
    }
    sidecars
}

/// The error for a sidecar named after no seed, suggesting the nearest seed id.
fn without_seed(document: &Document<ArticleFront>, seed_ids: &[&str]) -> Diagnostic {
    let hint = match closest_key(&document.stem, seed_ids) {
        Some(near) => {
            format!("did you mean `{near}`? rename this file to content/articles/{near}.md")
        }
        None => "a sidecar is named after its seed: content/articles/<id>.md for seeds/<id>.txt"
            .to_string(),
    };
    Diagnostic::error(
        &document.display,
        format!(
            "this sidecar has no seed: seeds/{}.txt does not exist",
            document.stem
        ),
    )
    .hint(hint)
}
