//! Stage 5 of the pipeline: the output tree, written atomically. Pages are written into
//! a staging folder beside the output; only when the whole build succeeded is it
//! swapped in, so a failed build leaves the previous site exactly as it was.

use std::fs;
use std::io;
use std::os::fd::OwnedFd;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use rustix::fs::{Mode, OFlags};

use crate::diagnostic::Diagnostic;

/// A staging folder next to the output folder.
#[derive(Debug)]
pub struct Staging {
    dir: PathBuf,
    /// The staging folder, open: files are made relative to it (`openat`), so the
    /// system resolves one or two names per file instead of the whole path each time
    /// (about a tenth of the cost of writing 200,000 files).
    handle: OwnedFd,
    output: PathBuf,
}

impl Staging {
    /// Creates an empty staging folder beside `output`.
    pub fn create(output: &Path) -> Result<Staging, Diagnostic> {
        let dir = sibling(output, "staging");
        remove_if_present(&dir)
            .map_err(|e| io_error(&dir, "cannot clear the staging folder", e))?;
        fs::create_dir_all(&dir)
            .map_err(|e| io_error(&dir, "cannot create the staging folder", e))?;
        let handle = rustix::fs::open(
            &dir,
            OFlags::DIRECTORY | OFlags::RDONLY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(|e| io_error(&dir, "cannot open the staging folder", e.into()))?;
        Ok(Staging {
            dir,
            handle,
            output: output.to_path_buf(),
        })
    }

    /// Writes `bytes` at `relative` (a `/`-separated path inside the output), making
    /// its folder first: each page has a folder of its own, so it is nearly always new.
    pub fn write(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        if let Some((folder, _)) = relative.rsplit_once('/') {
            self.make_folder(folder)?;
        }
        self.create_file(relative, bytes)
            .map_err(|e| self.cannot_write(relative, e))
    }

    /// Writes a file that goes beside one written before (an article's annotations
    /// beside its page): no folder to make, unless it is missing after all.
    pub fn write_beside(&self, relative: &str, bytes: &[u8]) -> Result<(), Diagnostic> {
        match self.create_file(relative, bytes) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => self.write(relative, bytes),
            result => result.map_err(|e| self.cannot_write(relative, e)),
        }
    }

    /// Copies a file into the output (a static file: a few, so by whole paths).
    pub fn copy(&self, from: &Path, relative: &Path) -> Result<(), Diagnostic> {
        let path = self.dir.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| io_error(parent, "cannot create folder", e))?;
        }
        fs::copy(from, &path)
            .map(|_| ())
            .map_err(|e| io_error(from, "cannot copy", e))
    }

    /// Makes `folder` inside the staging folder; its parents only when they are missing
    /// (one call for a page's own folder, whose parent nearly always exists).
    fn make_folder(&self, folder: &str) -> Result<(), Diagnostic> {
        let made = match rustix::fs::mkdirat(&self.handle, folder, Mode::from_raw_mode(0o777)) {
            Ok(()) | Err(rustix::io::Errno::EXIST) => Ok(()),
            Err(rustix::io::Errno::NOENT) => fs::create_dir_all(self.dir.join(folder)),
            Err(e) => Err(e.into()),
        };
        made.map_err(|e| io_error(&self.dir.join(folder), "cannot create folder", e))
    }

    fn cannot_write(&self, relative: &str, error: io::Error) -> Diagnostic {
        io_error(&self.dir.join(relative), "cannot write", error)
    }

    /// Creates (or truncates) the file at `relative` and writes `bytes` into it.
    fn create_file(&self, relative: &str, bytes: &[u8]) -> io::Result<()> {
        let file = rustix::fs::openat(
            &self.handle,
            relative,
            OFlags::WRONLY | OFlags::CREATE | OFlags::TRUNC | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o666),
        )?;
        io::Write::write_all(&mut fs::File::from(file), bytes)
    }

    /// Swaps the staging folder in for the output folder. The previous output is moved
    /// aside, not removed, and returned with any earlier one whose removal did not
    /// finish: removing 100,000 pages can take longer than building them, so the caller
    /// removes them once the build has reported (see [`is_previous_output`]).
    pub fn commit(self) -> Result<Vec<PathBuf>, Diagnostic> {
        let mut previous = self.earlier_previous_outputs();
        if let Some(old) = self.swap()? {
            previous.push(old);
        }
        Ok(previous)
    }

    /// Folders an earlier build moved aside that are still there (their removal was
    /// interrupted, or is still running: removing twice at once is harmless).
    fn earlier_previous_outputs(&self) -> Vec<PathBuf> {
        let parent = match self.output.parent() {
            Some(parent) if !parent.as_os_str().is_empty() => parent,
            _ => Path::new("."),
        };
        let Ok(entries) = fs::read_dir(parent) else {
            return Vec::new();
        };
        let prefix = sibling(&self.output, "old-");
        let prefix = prefix.file_name().unwrap_or_default().to_string_lossy();
        let this_build = self.moved_aside();
        let mut found: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                path.file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with(&*prefix))
                    && is_previous_output(path)
                    && path.file_name() != this_build.file_name()
            })
            .collect();
        found.sort();
        found
    }

    /// Moves the previous output aside and the staging folder in; returns where the
    /// previous output went, if there was one.
    fn swap(&self) -> Result<Option<PathBuf>, Diagnostic> {
        let old = self.moved_aside();
        remove_if_present(&old).map_err(|e| io_error(&old, "cannot remove", e))?;
        let had_output = self.output.exists();
        if had_output {
            fs::rename(&self.output, &old)
                .map_err(|e| io_error(&self.output, "cannot move the previous output aside", e))?;
        }
        if let Err(error) = fs::rename(&self.dir, &self.output) {
            // Put the previous site back so nothing is lost.
            let _ = fs::rename(&old, &self.output);
            return Err(io_error(
                &self.output,
                "cannot move the new output into place",
                error,
            ));
        }
        Ok(had_output.then_some(old))
    }

    /// Where this build moves the previous output: `.public.annalist-old-<pid>`.
    fn moved_aside(&self) -> PathBuf {
        sibling(&self.output, &format!("old-{}", std::process::id()))
    }

    /// Throws the staging folder away; the output is untouched.
    pub fn discard_now(&self) {
        let _ = remove_if_present(&self.dir);
    }
}

/// `public` → `.public.annalist-<what>`, in the same folder so renames are atomic.
fn sibling(output: &Path, what: &str) -> PathBuf {
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".to_string());
    output.with_file_name(format!(".{name}.annalist-{what}"))
}

/// Whether `path` is a previous output that [`Staging::commit`] moved aside: only such a
/// folder may be removed on request (`.public.annalist-old-<pid>`).
pub fn is_previous_output(path: &Path) -> bool {
    path.file_name()
        .and_then(|name| name.to_str())
        .and_then(|name| name.strip_prefix('.'))
        .and_then(|name| name.rsplit_once(".annalist-old-"))
        .is_some_and(|(_, pid)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
}

/// Removes a folder and everything in it, in parallel; a missing folder is fine.
pub fn remove_if_present(dir: &Path) -> io::Result<()> {
    gone_is_fine(remove_tree(dir))
}

/// `remove_dir_all`, in parallel: a previous site has a folder per page, and removing
/// 100,000 of them one by one would take as long as the rest of the build. What another
/// process removes meanwhile (a background removal of the same folder) is no error.
fn remove_tree(dir: &Path) -> io::Result<()> {
    let entries: Vec<fs::DirEntry> = fs::read_dir(dir)?.collect::<io::Result<_>>()?;
    entries.par_iter().try_for_each(|entry| {
        let removed = if entry.file_type()?.is_dir() {
            remove_tree(&entry.path())
        } else {
            fs::remove_file(entry.path())
        };
        gone_is_fine(removed)
    })?;
    gone_is_fine(fs::remove_dir(dir))
}

fn gone_is_fine(result: io::Result<()>) -> io::Result<()> {
    match result {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

fn io_error(path: &Path, what: &str, error: io::Error) -> Diagnostic {
    Diagnostic::error(path, format!("{what}: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_moved_aside_outputs_count_as_previous() {
        let old = sibling(Path::new("site/public"), &format!("old-{}", 123));
        assert_eq!(old, Path::new("site/.public.annalist-old-123"));
        assert!(is_previous_output(&old));
        for path in [
            "site/public",
            "site/.public.annalist-staging",
            "site/.public.annalist-old-",
            "site/.public.annalist-old-12x",
            "site/public.annalist-old-12",
            "/",
        ] {
            assert!(!is_previous_output(Path::new(path)), "{path}");
        }
    }
}
