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

/// Items one thread works through in a row before the rest of a parallel loop is up for
/// stealing. Left alone, rayon splits a list by count into a few long runs, and as items
/// differ in cost (an entity page with fifty cards beside a short article, a popular
/// entity beside a rare one) one thread ends the last run alone while the other waits:
/// up to a second of a 100,000-article build.
pub(crate) const PARALLEL_BATCH: usize = 64;

/// What a successful build or check did.
#[derive(Debug)]
pub struct Report {
    pub articles: usize,
    pub entities: usize,
    pub pages: usize,
    pub files: usize,
    /// Where the site was written; `None` for a check.
    pub output: Option<PathBuf>,
    /// Previous outputs, moved aside for the caller to remove (see
    /// [`write::Staging::commit`]).
    pub previous_outputs: Vec<PathBuf>,
    pub elapsed: Duration,
    /// Per stage, in order: wall time and the CPU time of all threads (if known).
    pub timings: Vec<Stage>,
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
    let mut timings = Timings::start();
    let (inputs, mut diagnostics, (entities, matcher)) = load::load(root, entities_and_matcher)?;
    timings.lap("load, and the mention matcher");
    let site = understand(
        &inputs,
        entities,
        &matcher,
        options,
        &mut diagnostics,
        &mut timings,
    );
    // Problems of every stage are reported together: a broken file is left out and
    // the rest of the site is still checked, and only then does the build stop.
    let templates = match render::templates(&site, &inputs.theme) {
        Ok(templates) if !diagnostics.has_errors() => templates,
        Ok(_) => return Err(diagnostics),
        Err(errors) => {
            diagnostics.extend(errors);
            return Err(diagnostics);
        }
    };
    // What the editor wrote is all in the model now: keep only the static files, so
    // rendering 100,000 pages does not hold every sidecar's text too.
    let static_files = inputs.into_static_files();
    let analysis = analyze::analyze(&site);
    timings.lap("lists");
    let mut report = Report {
        articles: site.articles.len(),
        entities: site.entities.len(),
        pages: 0,
        files: 0,
        output: None,
        previous_outputs: Vec::new(),
        elapsed: Duration::ZERO,
        timings: Vec::new(),
        warnings: diagnostics,
    };
    if mode == Mode::Build {
        let output_dir = output::resolve(root, output, &site.config.output_dir)?;
        let staging = write::Staging::create(&output_dir)?;
        let rendered = render::render(&site, &analysis, &templates, &static_files, &staging);
        timings.lap("render and write");
        let rendered = rendered.inspect_err(|_| staging.discard_now())?;
        report.previous_outputs = staging.commit()?;
        timings.lap("swap in");
        report.pages = rendered.pages;
        report.files = rendered.files;
        report.output = Some(output_dir);
    }
    report.elapsed = timings.total();
    report.timings = timings.stages;
    Ok(report)
}

/// The entities, and the matcher that finds them in the seeds.
fn entities_and_matcher(
    documents: &[load::Document<load::files::EntityFront>],
    diagnostics: &mut Diagnostics,
) -> (Vec<model::Entity>, analyze::mentions::MentionMatcher) {
    let entities = model::entities(documents, diagnostics);
    let (matcher, shared_names) = analyze::mention_facts::matcher(&entities);
    diagnostics.extend(shared_names);
    (entities, matcher)
}

/// Everything the site is made of, resolved: the per-seed facts, and the model assembled
/// from them and the entities.
fn understand(
    inputs: &load::Inputs,
    entities: Vec<model::Entity>,
    matcher: &analyze::mentions::MentionMatcher,
    options: BuildOptions,
    diagnostics: &mut Diagnostics,
    timings: &mut Timings,
) -> model::Site {
    let sidecars: HashMap<&str, &load::Document<load::files::ArticleFront>> = inputs
        .sidecars
        .iter()
        .map(|d| (d.stem.as_str(), d))
        .collect();
    let entity_index: HashMap<&str, usize> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.slug.as_str(), i))
        .collect();
    let context = analyze::seeds::Context {
        sidecars: &sidecars,
        matcher,
        entities: &entity_index,
    };
    let facts = analyze::seeds::scan(&inputs.seeds, &context);
    drop(entity_index);
    timings.lap("read seeds: mentions, anchors");
    let (site, assembly) = model::assemble(inputs, entities, facts, options);
    diagnostics.extend(assembly);
    timings.lap("resolve: slugs, tags, references");
    site
}

/// How long one stage took, for `--timings`.
#[derive(Clone, Copy, Debug)]
pub struct Stage {
    pub name: &'static str,
    pub wall: Duration,
    /// User and system time of every thread; more than `wall` when the stage ran in
    /// parallel. `None` where the platform does not tell.
    pub cpu: Option<Duration>,
    /// The process's peak resident memory so far, in bytes (if known).
    pub peak_memory: Option<u64>,
}

/// How long each stage took, for `--timings`.
struct Timings {
    started: Instant,
    last: Instant,
    last_cpu: Option<Duration>,
    stages: Vec<Stage>,
}

impl Timings {
    fn start() -> Timings {
        let now = Instant::now();
        Timings {
            started: now,
            last: now,
            last_cpu: process_cpu_time(),
            stages: Vec::new(),
        }
    }

    fn lap(&mut self, name: &'static str) {
        let now = Instant::now();
        let cpu = process_cpu_time();
        self.stages.push(Stage {
            name,
            wall: now - self.last,
            cpu: cpu
                .zip(self.last_cpu)
                .map(|(now, then)| now.saturating_sub(then)),
            peak_memory: peak_resident_memory(),
        });
        self.last = now;
        self.last_cpu = cpu;
    }

    fn total(&self) -> Duration {
        self.started.elapsed()
    }
}

/// The process's peak resident set size, `VmHWM` in `/proc/self/status` (Linux).
fn peak_resident_memory() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find_map(|l| l.strip_prefix("VmHWM:"))?;
    let kib: u64 = line.trim().strip_suffix("kB")?.trim().parse().ok()?;
    Some(kib * 1024)
}

/// The process's user + system time from `/proc/self/stat` (Linux; in clock ticks of
/// 1/100 s, the kernel's fixed USER_HZ).
fn process_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The fields after the command name (in parentheses, it may hold spaces); utime
    // and stime are the 14th and 15th fields of the line.
    let mut fields = stat.rsplit_once(')')?.1.split_whitespace().skip(11);
    let user: u64 = fields.next()?.parse().ok()?;
    let system: u64 = fields.next()?.parse().ok()?;
    Some(Duration::from_millis((user + system) * 10))
}
