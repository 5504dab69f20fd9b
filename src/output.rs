//! Where the site is written, and the guard that keeps a build from ever replacing a
//! folder the editor's input lives in (the whole output folder is swapped on success).

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;

/// Input folders the output may never be, or be inside of.
const INPUT_FOLDERS: &[&str] = &["seeds", "content", "themes", "static"];

/// `--output` (relative to the working directory) or `output_dir` from `site.yaml`
/// (relative to the site root), checked to be a safe place to replace.
pub fn resolve(root: &Path, flag: Option<&Path>, configured: &Path) -> Result<PathBuf, Diagnostic> {
    let output = match flag {
        Some(path) => path.to_path_buf(),
        None => root.join(configured),
    };
    let absolute_output = absolute(&output);
    let absolute_root = absolute(root);
    let unsafe_reason = if absolute_root.starts_with(&absolute_output) {
        Some("it is the site folder itself or contains it".to_string())
    } else {
        INPUT_FOLDERS
            .iter()
            .map(|name| absolute_root.join(name))
            .find(|input| absolute_output.starts_with(input) || input.starts_with(&absolute_output))
            .map(|input| format!("it overlaps the input folder {}", input.display()))
    };
    match unsafe_reason {
        None => Ok(output),
        Some(reason) => Err(Diagnostic::error(
            output.clone(),
            format!("refusing to write the site to {}: {reason}", output.display()),
        )
        .hint("the output folder is replaced on every build; choose a folder of its own, e.g. `public`")),
    }
}

/// An absolute, lexically normalised path (the folder may not exist yet).
fn absolute(path: &Path) -> PathBuf {
    let joined = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut normal = PathBuf::new();
    for component in joined.components() {
        match component {
            std::path::Component::ParentDir => {
                normal.pop();
            }
            std::path::Component::CurDir => {}
            other => normal.push(other),
        }
    }
    // Resolve symbolic links where the path exists, so two spellings of a folder match.
    normal.canonicalize().unwrap_or(normal)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_the_site_and_its_inputs() {
        let root = Path::new("/tmp/site-x");
        assert!(resolve(root, None, Path::new("public")).is_ok());
        assert!(resolve(root, None, Path::new(".")).is_err());
        assert!(resolve(root, None, Path::new("..")).is_err());
        assert!(resolve(root, None, Path::new("content")).is_err());
        assert!(resolve(root, None, Path::new("seeds/out")).is_err());
        assert!(resolve(root, Some(Path::new("/tmp/elsewhere")), Path::new("public")).is_ok());
    }
}
