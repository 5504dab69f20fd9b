//! Finding the site's files. Symbolic links are followed so a linked folder of seeds
//! works, and walkdir detects link loops, which become warnings instead of hangs.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use super::SeedFile;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};

/// Every `seeds/*.txt`, sorted by id. Other files there get a warning.
pub fn seeds(root: &Path, diagnostics: &mut Diagnostics) -> Vec<SeedFile> {
    let dir = root.join("seeds");
    files_with_extension(&dir, "txt", root, diagnostics)
        .into_iter()
        .map(|path| SeedFile {
            id: super::stem(&path),
            display: display_path(root, &path),
            path,
        })
        .collect()
}

/// Every file with `extension` under `dir`, sorted; a missing `dir` is simply empty.
pub fn files_with_extension(
    dir: &Path,
    extension: &str,
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for path in walk(dir, root, diagnostics) {
        if path.extension().is_some_and(|e| e == extension) {
            found.push(path);
        } else {
            diagnostics.push(
                Diagnostic::warning(
                    display_path(root, &path),
                    format!("ignored: only `*.{extension}` files are read here"),
                )
                .hint(format!(
                    "rename it to end in `.{extension}` or move it out of this folder"
                )),
            );
        }
    }
    found
}

/// Static files: (source, path relative to `dir`), sorted.
pub fn static_files(
    dir: &Path,
    root: &Path,
    diagnostics: &mut Diagnostics,
) -> Vec<(PathBuf, PathBuf)> {
    walk(dir, root, diagnostics)
        .into_iter()
        .map(|path| {
            let relative = path.strip_prefix(dir).unwrap_or(&path).to_path_buf();
            (path, relative)
        })
        .collect()
}

/// Regular files under `dir`, sorted, skipping hidden files and editor droppings.
fn walk(dir: &Path, root: &Path, diagnostics: &mut Diagnostics) -> Vec<PathBuf> {
    if !dir.exists() {
        return Vec::new();
    }
    let mut paths = Vec::new();
    let mut problems = Vec::new();
    // Listed as the system returns them and sorted once at the end, by bytes: walkdir's
    // own sorting takes each name apart again for every comparison, three quarters of
    // the time it takes to list 100,000 seeds.
    let entries = WalkDir::new(dir)
        .follow_links(true)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in entries {
        match entry {
            Ok(entry) if entry.file_type().is_file() && !is_editor_temp(entry.file_name()) => {
                paths.push(entry.into_path());
            }
            Ok(_) => {}
            Err(error) => problems.push(walk_warning(root, dir, &error)),
        }
    }
    paths.sort_unstable_by(|a, b| by_bytes(a, b));
    problems.sort_by(|a, b| by_bytes(&a.path, &b.path));
    diagnostics.extend(problems);
    paths
}

fn by_bytes(a: &Path, b: &Path) -> std::cmp::Ordering {
    a.as_os_str()
        .as_encoded_bytes()
        .cmp(b.as_os_str().as_encoded_bytes())
}

fn walk_warning(root: &Path, dir: &Path, error: &walkdir::Error) -> Diagnostic {
    let path = error.path().unwrap_or(dir);
    let display = display_path(root, path);
    if let Some(ancestor) = error.loop_ancestor() {
        Diagnostic::warning(
            display,
            format!(
                "skipped: this symbolic link loops back to {}",
                display_path(root, ancestor).display()
            ),
        )
        .hint("remove the link or point it outside its own folder")
    } else {
        Diagnostic::warning(display, format!("skipped: {error}"))
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_string_lossy().starts_with('.')
}

/// Emacs lock and backup files, vim swap files: never content.
fn is_editor_temp(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with(".#") || name.ends_with('~') || name.ends_with(".swp") || name.starts_with('#')
}
