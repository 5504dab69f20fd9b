//! The `annalist` binary: parse the command line, run it, exit with its code.

use clap::Parser;

fn main() -> std::process::ExitCode {
    annalist::cli::Cli::parse().run()
}
