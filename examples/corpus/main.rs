//! Synthetic corpus generator for annalist benchmarks.
//!
//! ```text
//! cargo run --release --example corpus -- --articles N --entities M --seed S --out DIR
//! ```
//!
//! Writes a complete annalist site folder (DESIGN.md §2) to `DIR`:
//!
//! * `site.yaml` — `title`, `description`, `base_url`, `language: uk`;
//! * `seeds/<id>.txt` — N raw articles in the delivered seed format: an optional BOM and
//!   leading whitespace, `date YYYY-MM-DD `, then paragraphs separated by one blank line;
//!   some files use CRLF, some lack the final newline. The Ukrainian text is assembled
//!   from news vocabulary, and entity names appear in all six cases through a small
//!   inflection engine ([`grammar`]);
//! * `content/articles/<id>.md` — sidecars for about half of the articles: title, tags,
//!   source, explicit entities, annotations whose quote occurs exactly once in the seed,
//!   events, and a Markdown editorial note (sometimes with a fenced code block);
//! * `content/entities/<slug>.md` — M entities (people, organisations, places, events,
//!   other) with unique names, base-form aliases, a description and a Markdown body;
//! * `content/pages/about.md`.
//!
//! Dates look like a daily digest over up to three years (ending 2025-12-31): a
//! «Зведення Генштабу» every day, fewer articles at weekends, and some busy days with
//! many. Entity popularity is Zipf-like, so a few entities appear in most articles and
//! most entities in a handful.
//!
//! Same arguments, same bytes: every article draws from its own random stream derived
//! from (seed, index), so the worker threads cannot change the output, and nothing
//! iterates a hash map or reads the clock. Only std is used: a SplitMix64 stream instead
//! of `rand` keeps corpora byte-identical across rand upgrades and platforms, which
//! `rand::rngs::SmallRng` explicitly does not promise.
//!
//! `DIR` must be missing, empty, or hold a previous corpus (it has a `.annalist-corpus`
//! marker); then only what this generator writes (`seeds/`, `content/`, `site.yaml`) is
//! replaced, and nothing outside `DIR` is touched.
//!
//! The work is split by job: [`entities`] makes the named things and [`corpus`] ranks
//! them by popularity, [`schedule`] dates the articles, [`text`] writes each body from
//! the word lists in [`vocab`], and [`output`] writes the folder. [`rng`], [`calendar`],
//! [`translit`] and [`yaml`] are the small tools they share.

mod calendar;
mod corpus;
mod entities;
mod grammar;
mod output;
mod rng;
mod schedule;
#[cfg(test)]
mod tests;
mod text;
mod translit;
mod vocab;
mod yaml;

use std::io;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use corpus::Corpus;

fn main() -> ExitCode {
    let args = match parse(std::env::args().skip(1)) {
        Ok(Some(args)) => args,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("corpus: {err}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &Args) -> io::Result<()> {
    // The clock only measures the run for the report on stderr; it never reaches a file.
    let started = Instant::now();
    // Everything that can fail without I/O runs before DIR is touched.
    let entities = entities::generate(args.entities, args.seed).map_err(io::Error::other)?;
    let corpus = Corpus::new(entities, args.seed);
    let plan = schedule::plan(args.articles, args.seed);
    output::prepare_dir(&args.out)?;
    output::write_marker(args, false)?;
    output::write_site(args)?;
    output::write_entities(&args.out, &corpus)?;
    let sidecars = output::write_articles(&args.out, &corpus, &plan)?;
    output::write_marker(args, true)?;
    eprintln!(
        "corpus: {} articles ({} sidecars), {} entities, {} days -> {} in {:.2}s",
        plan.len(),
        sidecars,
        corpus.entities.len(),
        plan.last().map_or(0, |p| p.date - plan[0].date + 1),
        args.out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

const USAGE: &str = "usage: corpus --out DIR [--articles N] [--entities M] [--seed S]\n\
    defaults: --articles 1000 --entities 200 --seed 1";

/// The command line, parsed and checked.
pub struct Args {
    pub articles: usize,
    pub entities: usize,
    pub seed: u64,
    pub out: PathBuf,
}

/// Parses `--flag value` and `--flag=value`; `Ok(None)` means `--help`.
fn parse(mut it: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let (mut articles, mut entities, mut seed, mut out) = (1000, 200, 1, None);
    while let Some(arg) = it.next() {
        if arg == "--help" || arg == "-h" {
            return Ok(None);
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) => (flag.to_string(), Some(value.to_string())),
            None => (arg, None),
        };
        let value = match inline.or_else(|| it.next()) {
            Some(value) => value,
            None => return Err(format!("{flag} needs a value")),
        };
        match flag.as_str() {
            "--articles" => articles = number(&flag, &value)?,
            "--entities" => entities = number(&flag, &value)?,
            "--seed" => seed = number(&flag, &value)?,
            "--out" => out = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown argument {flag}")),
        }
    }
    let out = out.ok_or("--out DIR is required")?;
    if articles == 0 || entities == 0 {
        return Err("--articles and --entities must be at least 1".into());
    }
    Ok(Some(Args {
        articles: articles as usize,
        entities: entities as usize,
        seed,
        out,
    }))
}

fn number(flag: &str, value: &str) -> Result<u64, String> {
    value
        .replace('_', "")
        .parse()
        .map_err(|_| format!("{flag} expects a non-negative integer, got {value:?}"))
}
