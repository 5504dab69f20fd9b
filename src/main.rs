//! The `annalist` binary: parse the command line, run it, exit with its code.

use clap::Parser;

/// Rendering 100,000 pages allocates many small strings; mimalloc is markedly faster
/// at that than the system allocator (measured with `scripts/bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    annalist::cli::Cli::parse().run()
}
