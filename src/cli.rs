//! The command line (DESIGN.md §4): one `Args` struct per subcommand with its own
//! `run`, the shared `--root` flattened in. Returns the process exit code.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::{Command as Process, ExitCode, Stdio};

use annotate_snippets::Renderer;
use clap::{Args, Parser, Subcommand};

use crate::diagnostic::Diagnostics;
use crate::{BuildOptions, Mode, Report};

#[derive(Debug, Parser)]
#[command(
    name = "annalist",
    version,
    about = "Builds an annotated news digest into a static site"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into its output folder
    Build(BuildArgs),
    /// Validate everything, write nothing
    Check(CheckArgs),
    /// Scaffold a sidecar for a seed: content/articles/<seed-id>.md
    New(NewArgs),
    /// Internal: remove a previous output that a build moved aside (run in the
    /// background by `build`, so the build returns as soon as the new site is in place)
    #[command(name = "__remove-previous-output", hide = true)]
    RemovePreviousOutput(RemovePreviousOutputArgs),
}

#[derive(Debug, Args)]
pub struct RootArg {
    /// The site folder (with site.yaml, seeds/, content/)
    #[arg(long, default_value = ".", value_name = "DIR")]
    pub root: PathBuf,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Write the site here instead of `output_dir` from site.yaml
    #[arg(long, value_name = "DIR")]
    pub output: Option<PathBuf>,
    /// Also build articles whose sidecar says `draft: true`
    #[arg(long)]
    pub drafts: bool,
    /// Print how long each stage of the build took, and the peak memory after it
    #[arg(long)]
    pub timings: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// Also check articles whose sidecar says `draft: true` as if published
    #[arg(long)]
    pub drafts: bool,
}

#[derive(Debug, Args)]
pub struct RemovePreviousOutputArgs {
    /// A folder named `.<output>.annalist-old-<pid>`; nothing else is removed
    pub folder: PathBuf,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    #[command(flatten)]
    pub root: RootArg,
    /// The seed's id: its file name in seeds/ without `.txt`
    pub seed_id: String,
}

impl Cli {
    pub fn run(self) -> ExitCode {
        match self.command {
            Command::Build(args) => args.run(),
            Command::Check(args) => args.run(),
            Command::New(args) => args.run(),
            Command::RemovePreviousOutput(args) => args.run(),
        }
    }
}

impl BuildArgs {
    fn run(self) -> ExitCode {
        let options = BuildOptions {
            drafts: self.drafts,
        };
        let result = crate::build(
            &self.root.root,
            self.output.as_deref(),
            options,
            Mode::Build,
        );
        if self.timings
            && let Ok(report) = &result
        {
            for stage in &report.timings {
                let cpu = stage
                    .cpu
                    .map(|cpu| format!("  (cpu {:.2} s)", cpu.as_secs_f64()))
                    .unwrap_or_default();
                let memory = stage
                    .peak_memory
                    .map(|bytes| format!("  (peak memory {} MiB)", bytes >> 20))
                    .unwrap_or_default();
                eprintln!(
                    "{:>8.3} s  {}{cpu}{memory}",
                    stage.wall.as_secs_f64(),
                    stage.name
                );
            }
        }
        let previous = result
            .as_ref()
            .map(|report| report.previous_outputs.clone())
            .unwrap_or_default();
        let code = finish(
            result,
            "nothing was written; the previous output is unchanged",
        );
        for folder in &previous {
            remove_in_background(folder);
        }
        code
    }
}

/// Removes the previous output in a process of its own, so the build returns now (on
/// some filesystems removing 100,000 pages takes longer than building them); removes
/// it here if that process cannot be started.
fn remove_in_background(previous: &Path) {
    let started = std::env::current_exe().and_then(|annalist| {
        Process::new(annalist)
            .arg("__remove-previous-output")
            .arg(previous)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
    });
    if started.is_err()
        && let Err(error) = crate::write::remove_if_present(previous)
    {
        eprintln!("warning: cannot remove {}: {error}", previous.display());
    }
}

impl RemovePreviousOutputArgs {
    fn run(self) -> ExitCode {
        if !crate::write::is_previous_output(&self.folder) {
            eprintln!(
                "error: {} is not a previous output moved aside by `annalist build`",
                self.folder.display()
            );
            return ExitCode::from(2);
        }
        match crate::write::remove_if_present(&self.folder) {
            Ok(()) => ExitCode::SUCCESS,
            Err(error) => {
                eprintln!("error: cannot remove {}: {error}", self.folder.display());
                ExitCode::from(1)
            }
        }
    }
}

impl CheckArgs {
    fn run(self) -> ExitCode {
        let options = BuildOptions {
            drafts: self.drafts,
        };
        let result = crate::build(&self.root.root, None, options, Mode::Check);
        finish(result, "")
    }
}

impl NewArgs {
    fn run(self) -> ExitCode {
        match crate::scaffold::new_sidecar(&self.root.root, &self.seed_id) {
            Ok(path) => {
                eprintln!("created {}", path.display());
                ExitCode::SUCCESS
            }
            Err(diagnostics) => {
                print_diagnostics(diagnostics);
                ExitCode::from(1)
            }
        }
    }
}

/// Prints the diagnostics and a summary; exit 1 on content errors.
fn finish(result: Result<Report, Diagnostics>, on_error: &str) -> ExitCode {
    match result {
        Ok(report) => {
            print_diagnostics(report.warnings.clone());
            eprintln!("{}", summary(&report));
            ExitCode::SUCCESS
        }
        Err(diagnostics) => {
            let errors = diagnostics.error_count();
            print_diagnostics(diagnostics);
            let noun = if errors == 1 { "error" } else { "errors" };
            if on_error.is_empty() {
                eprintln!("{errors} {noun}");
            } else {
                eprintln!("{errors} {noun}; {on_error}");
            }
            ExitCode::from(1)
        }
    }
}

fn summary(report: &Report) -> String {
    let seconds = report.elapsed.as_secs_f64();
    let articles = count(report.articles, "article");
    let entities = count(report.entities, "entity");
    match &report.output {
        Some(output) => format!(
            "built {articles}, {entities}: {}, {} in {seconds:.2} s → {}",
            count(report.pages, "page"),
            count(report.files, "file"),
            output.display()
        ),
        None => format!("checked {articles}, {entities} in {seconds:.2} s: no errors"),
    }
}

/// «1 article», «2 articles», «3 entities».
fn count(n: usize, noun: &str) -> String {
    match (n, noun.strip_suffix('y')) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        (_, None) => format!("{n} {noun}s"),
    }
}

fn print_diagnostics(diagnostics: Diagnostics) {
    let renderer = if std::io::stderr().is_terminal() {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    for diagnostic in diagnostics.sorted() {
        eprintln!("{}\n", diagnostic.render(&renderer));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn command_line_is_consistent() {
        Cli::command().debug_assert();
    }
}
