//! `annalist new <seed-id>`: writes a sidecar skeleton for a seed, prefilled from the
//! seed's text, so an editor starts from a valid file. Never overwrites anything.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::seed;
use crate::model::excerpt;

/// Creates `content/articles/<seed_id>.md`; returns its path.
pub fn new_sidecar(root: &Path, seed_id: &str) -> Result<PathBuf, Diagnostics> {
    let seed_display = PathBuf::from(format!("seeds/{seed_id}.txt"));
    let seed_path = root.join(&seed_display);
    if !seed_path.is_file() {
        return Err(Diagnostic::error(&seed_display, "there is no such seed")
            .hint("give the seed's file name without `.txt`, e.g. `annalist new 000_b06be8841d63b2af`")
            .into());
    }
    let seed = seed::read(&seed_path, &seed_display)?;
    let sidecar_display = PathBuf::from(format!("content/articles/{seed_id}.md"));
    let sidecar = root.join(&sidecar_display);
    if let Some(parent) = sidecar.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| Diagnostic::error(parent, format!("cannot create the folder: {e}")))?;
    }
    let mut file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&sidecar)
        .map_err(|e| {
            let message = if e.kind() == std::io::ErrorKind::AlreadyExists {
                "the sidecar already exists; annalist never overwrites it".to_string()
            } else {
                format!("cannot create the sidecar: {e}")
            };
            Diagnostic::error(&sidecar_display, message)
        })?;
    file.write_all(skeleton(&seed).as_bytes())
        .map_err(|e| Diagnostic::error(&sidecar_display, format!("cannot write: {e}")))?;
    Ok(sidecar_display)
}

fn skeleton(seed: &seed::Seed) -> String {
    let title = excerpt::title_from_sentence(
        excerpt::first_sentence(&seed.paragraphs[0]),
        excerpt::TITLE_CHARS,
    );
    format!(
        "---\n\
         title: {title}\n\
         tags: []\n\
         # source: {{name: …, url: https://…}}\n\
         # entities: []\n\
         # annotations:\n\
         #   - quote: an exact passage of the seed\n\
         #     note: what the reader should know about it\n\
         # events:\n\
         #   - date: {date}\n\
         #     text: what happened\n\
         draft: true\n\
         ---\n\
         Editorial note in Markdown.\n",
        title = yaml_string(&title),
        date = seed.date,
    )
}

/// A YAML double-quoted string: safe whatever the title contains.
fn yaml_string(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}
