//! The `annalist` binary: parse the command line, run it, exit with its code.

use clap::Parser;

/// Rendering 100,000 pages allocates many small strings; mimalloc is markedly faster
/// at that than the system allocator (measured with `scripts/bench`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = annalist::cli::Cli::parse();
    keep_freed_memory();
    cli.run()
}

/// `mi_option_purge_delay` in `mimalloc.h`, which libmimalloc-sys does not name.
/// mimalloc keeps every option in its slot across versions (retired ones stay as
/// placeholders), and a test below checks the slot holds the delay's default.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// mimalloc hands memory that has stayed free for 10 ms back to the system, which
/// zeroes it again when it is next used. A build frees and reuses each page's buffers
/// thousands of times a second, so the system spent 8% of a 100,000-article build's CPU
/// zeroing the same memory (`perf`: clear_page_erms under mimalloc's page faults).
/// Keeping it raises peak memory by about 60 MiB and saves about 0.5 s at 100,000
/// articles (`scripts/bench`).
#[allow(unsafe_code)]
fn keep_freed_memory() {
    // SAFETY: sets a plain option value (-1: never purge); mimalloc reads it when it
    // next considers purging.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) }
}

#[cfg(test)]
mod tests {
    #[test]
    #[allow(unsafe_code)]
    fn the_purge_delay_option_is_set_to_never() {
        // SAFETY: reads a plain option value.
        let read = || unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) };
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            assert_eq!(
                read(),
                10,
                "the slot holds mimalloc's default purge delay, 10 ms"
            );
        }
        super::keep_freed_memory();
        assert_eq!(read(), -1);
    }
}
