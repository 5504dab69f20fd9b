//! Writing the folder safely: `DIR` must be missing, empty, or marked by an earlier
//! run, and only what this generator writes is ever removed. The marker also tells
//! scripts/bench whether a corpus is complete.

use std::fs;
use std::io;
use std::path::Path;

use crate::Args;

pub const MARKER: &str = ".annalist-corpus";
/// Everything the generator writes; the only entries it ever removes.
const OURS: [&str; 4] = ["seeds", "content", "site.yaml", MARKER];

/// Creates `dir`, or empties our previous corpus in it. A non-empty directory
/// without the marker is refused, so a typo in `--out` cannot wipe real files.
pub fn prepare_dir(dir: &Path) -> io::Result<()> {
    if !dir.exists() {
        return fs::create_dir_all(dir);
    }
    if !dir.is_dir() {
        return Err(io::Error::other(format!(
            "{} is not a directory",
            dir.display()
        )));
    }
    let empty = fs::read_dir(dir)?.next().is_none();
    if empty {
        return Ok(());
    }
    if !dir.join(MARKER).is_file() {
        return Err(io::Error::other(format!(
            "refusing to write into {}: it is not empty and has no {MARKER} marker \
             (pass a new or empty directory, or one written by this generator)",
            dir.display()
        )));
    }
    for name in OURS {
        let path = dir.join(name);
        // symlink_metadata: a symlink is removed itself, never followed.
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(&path)?,
            Ok(_) => fs::remove_file(&path)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// The marker says which arguments made the corpus and whether it is complete, so
/// scripts/bench can tell a finished corpus from an interrupted one.
pub fn write_marker(args: &Args, complete: bool) -> io::Result<()> {
    let text = format!(
        "# written by examples/corpus.rs; the generator may replace this directory\n\
         status: {}\narticles: {}\nentities: {}\nseed: {}\n",
        if complete { "complete" } else { "incomplete" },
        args.articles,
        args.entities,
        args.seed
    );
    fs::write(args.out.join(MARKER), text)
}
