//! Stage 1 of the pipeline: walk the site folder and read what the editor wrote:
//! `site.yaml`, the list of seeds, sidecars, entities, pages, the theme and static files.
//! Seed bodies are not kept here (memory holds metadata only); they are read in the
//! analysis pass and again when rendering.

pub mod files;
pub mod front_matter;
pub mod seed;
pub mod theme;
mod walk;

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::de::DeserializeOwned;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};
use files::{ARTICLE_KEYS, ArticleFront, ENTITY_KEYS, EntityFront, PAGE_KEYS, PageFront};
pub use theme::Theme;

/// A seed file found under `seeds/`.
#[derive(Clone, Debug)]
pub struct SeedFile {
    /// The file stem: the id sidecars refer to.
    pub id: String,
    pub path: PathBuf,
    /// The path relative to the site root, as diagnostics show it.
    pub display: PathBuf,
}

/// A Markdown file with front matter, parsed.
#[derive(Debug)]
pub struct Document<F> {
    /// The file stem.
    pub stem: String,
    /// The path relative to the site root, as diagnostics show it.
    pub display: PathBuf,
    /// The whole file, kept so later stages can point diagnostics into it.
    pub source: String,
    pub front: F,
    /// Byte offset at which the Markdown body starts in `source`.
    pub body_start: usize,
}

impl<F> Document<F> {
    pub fn body(&self) -> &str {
        &self.source[self.body_start..]
    }
}

/// Everything a build reads, except the seed bodies.
#[derive(Debug)]
pub struct Inputs {
    pub root: PathBuf,
    pub config: Config,
    pub seeds: Vec<SeedFile>,
    pub sidecars: Vec<Document<ArticleFront>>,
    /// Stems of sidecars that could not be parsed (their errors are reported already).
    pub broken_sidecars: Vec<String>,
    pub entities: Vec<Document<EntityFront>>,
    /// Stems of entity files that could not be parsed: references to them are not
    /// reported again as unknown.
    pub broken_entities: Vec<String>,
    pub pages: Vec<Document<PageFront>>,
    pub theme: Theme,
    /// Theme assets, then the site's `static/`: a later file with the same output path wins.
    pub static_files: Vec<theme::StaticFile>,
}

impl Inputs {
    /// The static files, dropping everything else that was read.
    pub fn into_static_files(self) -> Vec<theme::StaticFile> {
        self.static_files
    }
}

/// Reads the site at `root`. Only an unreadable `site.yaml` stops it; every other
/// problem is collected and the files that could be read are returned, so later stages
/// can report their problems in the same run.
///
/// `with_entities` gets the entity files as soon as they are read, and runs while the
/// sidecars are parsed and the seeds listed: what it makes of them (the mention matcher,
/// half a second on one core for 10,000 entities) is returned beside the inputs.
pub fn load<R: Send>(
    root: &Path,
    with_entities: impl FnOnce(&[Document<EntityFront>], &mut Diagnostics) -> R + Send,
) -> Result<(Inputs, Diagnostics, R), Diagnostics> {
    let config = Config::load(root)?;
    let mut diagnostics = Diagnostics::new();
    let (entities, broken_entities) =
        documents(root, "content/entities", ENTITY_KEYS, &mut diagnostics);
    // Listing 100,000 seeds is one thread's work: parse the sidecars meanwhile.
    let mut sidecar_diagnostics = Diagnostics::new();
    let mut entity_diagnostics = Diagnostics::new();
    let ((seeds, (sidecars, broken_sidecars)), made) = rayon::join(
        || {
            rayon::join(
                || walk::seeds(root, &mut diagnostics),
                || {
                    documents(
                        root,
                        "content/articles",
                        ARTICLE_KEYS,
                        &mut sidecar_diagnostics,
                    )
                },
            )
        },
        || with_entities(&entities, &mut entity_diagnostics),
    );
    diagnostics.extend(sidecar_diagnostics);
    diagnostics.extend(entity_diagnostics);
    let (pages, _) = documents(root, "content/pages", PAGE_KEYS, &mut diagnostics);
    let mut theme = Theme::load(root, &config.theme, &mut diagnostics);
    let mut static_files = std::mem::take(&mut theme.static_files);
    static_files.extend(
        walk::static_files(&root.join("static"), root, &mut diagnostics)
            .into_iter()
            .map(|(path, output)| theme::StaticFile {
                asset: theme::Asset::File(path),
                output,
            }),
    );
    let inputs = Inputs {
        root: root.to_path_buf(),
        config,
        seeds,
        sidecars,
        broken_sidecars,
        entities,
        broken_entities,
        pages,
        theme,
        static_files,
    };
    Ok((inputs, diagnostics, made))
}

/// Parses every `*.md` under `root/dir` in parallel: the documents, and the stems of
/// those that failed.
fn documents<F: DeserializeOwned + Send>(
    root: &Path,
    dir: &str,
    keys: &[&str],
    diagnostics: &mut Diagnostics,
) -> (Vec<Document<F>>, Vec<String>) {
    let paths = walk::files_with_extension(&root.join(dir), "md", root, diagnostics);
    let results: Vec<Result<Document<F>, Diagnostics>> = paths
        .par_iter()
        .with_max_len(crate::PARALLEL_BATCH)
        .map(|path| read_document(root, path, keys))
        .collect();
    let mut documents = Vec::with_capacity(results.len());
    let mut broken = Vec::new();
    for (path, result) in paths.iter().zip(results) {
        match result {
            Ok(document) => documents.push(document),
            Err(errors) => {
                diagnostics.extend(errors);
                broken.push(stem(path));
            }
        }
    }
    (documents, broken)
}

/// `bytes` as text. The SIMD check is several times faster than std's on Cyrillic; std
/// runs only on a failure, to say where the text stops being UTF-8.
pub(crate) fn utf8(bytes: &[u8]) -> Result<&str, std::str::Utf8Error> {
    simdutf8::basic::from_utf8(bytes).or_else(|_| std::str::from_utf8(bytes))
}

/// The text before the first byte that is not UTF-8, to point a diagnostic at.
pub(crate) fn valid_prefix(bytes: &[u8], error: std::str::Utf8Error) -> &str {
    std::str::from_utf8(&bytes[..error.valid_up_to()]).unwrap_or_default()
}

fn read_document<F: DeserializeOwned>(
    root: &Path,
    path: &Path,
    keys: &[&str],
) -> Result<Document<F>, Diagnostics> {
    let display = display_path(root, path);
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::error(&display, format!("cannot read the file: {e}")))?;
    let source = match utf8(&bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text).to_string(),
        Err(error) => {
            let valid = valid_prefix(&bytes, error);
            return Err(Diagnostic::error(&display, "the file is not UTF-8 text")
                .at_offset(valid, valid.len(), 1)
                .hint("save the file as UTF-8")
                .into());
        }
    };
    let split = front_matter::split(&source, &display)?;
    let yaml = split.yaml.unwrap_or("{}");
    let front = front_matter::parse_yaml(yaml, split.yaml_line, &display, keys)
        .map_err(|errors| with_source(errors, &source))?;
    let body_start = source.len() - split.body.len();
    Ok(Document {
        stem: stem(path),
        display,
        front,
        body_start,
        source,
    })
}

/// The YAML parser saw padded text; point the lines at the real file's text.
fn with_source(errors: Diagnostics, source: &str) -> Diagnostics {
    let mut fixed = Diagnostics::new();
    for mut diagnostic in errors {
        if let Some(position) = &mut diagnostic.position {
            position.line_text = source
                .lines()
                .nth(position.line - 1)
                .unwrap_or("")
                .trim_end_matches('\r')
                .to_string();
        }
        fixed.push(diagnostic);
    }
    fixed
}

pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}
