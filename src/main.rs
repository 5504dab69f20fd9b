//! The `annalist` binary: parse the command line, run it, exit with its code.

use clap::Parser;

/// Rendering 100,000 pages allocates many small strings; mimalloc is markedly faster
/// at that than the system allocator (measured with `scripts/bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = annalist::cli::Cli::parse();
    use_one_thread_more_than_cores();
    cli.run()
}

/// Writing 100,000 folders blocks threads inside the filesystem (the output folder's
/// lock, inode allocation); one thread more than there are cores keeps every core busy
/// meanwhile (12.7 s → 11.9 s for 100,000 articles on ext4, no change in memory).
/// `RAYON_NUM_THREADS` still decides when it is set.
fn use_one_thread_more_than_cores() {
    if std::env::var_os("RAYON_NUM_THREADS").is_some() {
        return;
    }
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // Fails only if the pool already exists, and then it is the default pool anyway.
    let _ = rayon::ThreadPoolBuilder::new()
        .num_threads(cores + 1)
        .build_global();
}
