//! annalist: a static site generator for an annotated news digest.
//!
//! The pipeline (DESIGN.md §5): [`load`] reads the site folder, [`analyze::seeds`]
//! reads each seed once for the facts the model needs, [`model`] resolves defaults,
//! slugs and references into a [`model::Site`], [`analyze`] derives the lists,
//! [`render`] turns it all into pages and [`write`] swaps them in atomically.

pub mod analyze;
pub mod cli;
pub mod config;
pub mod diagnostic;
pub mod load;
pub mod model;
mod output;
pub mod render;
pub mod scaffold;
pub mod write;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use diagnostic::Diagnostics;
pub use model::BuildOptions;

/// What a successful build or check did.
#[derive(Debug)]
pub struct Report {
    pub articles: usize,
    pub entities: usize,
    pub pages: usize,
    pub files: usize,
    /// Where the site was written; `None` for a check.
    pub output: Option<PathBuf>,
    pub elapsed: Duration,
    pub warnings: Diagnostics,
}

/// Whether to write the site or only validate it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Build,
    Check,
}

/// Builds (or checks) the site at `root`. On any error nothing is written and the
/// previous output stays exactly as it was.
pub fn build(
    root: &Path,
    output: Option<&Path>,
    options: BuildOptions,
    mode: Mode,
) -> Result<Report, Diagnostics> {
    let started = Instant::now();
    let (inputs, mut warnings) = load::load(root)?;
    let sidecars: HashMap<&str, &load::Document<load::files::ArticleFront>> = inputs
        .sidecars
        .iter()
        .map(|d| (d.stem.as_str(), d))
        .collect();
    // Problems of every stage are reported together: a broken file is left out and
    // the rest of the site is still checked.
    let entities = model::entities(&inputs, &mut warnings);
    let (matcher, shared_names) = analyze::mention_facts::matcher(&entities);
    warnings.extend(shared_names);
    let entity_index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.slug.as_str(), i))
        .collect();
    let context = analyze::seeds::Context {
        sidecars: &sidecars,
        matcher: &matcher,
        entities: &entity_index,
    };
    let facts = analyze::seeds::scan(&inputs.seeds, &context);
    drop(entity_index);
    let (site, assembly) = model::assemble(&inputs, entities, facts, options);
    warnings.extend(assembly);
    let templates = render::templates(&site, &inputs.theme);
    let templates = match templates {
        Ok(templates) if !warnings.has_errors() => templates,
        Ok(_) => return Err(warnings),
        Err(errors) => {
            warnings.extend(errors);
            return Err(warnings);
        }
    };
    let analysis = analyze::analyze(&site);
    let mut report = Report {
        articles: site.articles.len(),
        entities: site.entities.len(),
        pages: 0,
        files: 0,
        output: None,
        elapsed: Duration::ZERO,
        warnings,
    };
    if mode == Mode::Build {
        let output_dir = output::resolve(root, output, &site.config.output_dir)?;
        let staging = write::Staging::create(&output_dir)?;
        match render::render(
            &site,
            &analysis,
            &matcher,
            &templates,
            &inputs.static_files,
            &staging,
        ) {
            Ok(rendered) => {
                staging.commit()?;
                report.pages = rendered.pages;
                report.files = rendered.files;
                report.output = Some(output_dir);
            }
            Err(errors) => {
                staging.discard();
                return Err(errors);
            }
        }
    }
    report.elapsed = started.elapsed();
    Ok(report)
}
