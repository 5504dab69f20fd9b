//! The theme: Tera templates and static assets. A site's own `themes/<name>/` wins;
//! the default theme is also built into the binary, so a site folder needs no copy of it.

use std::path::{Path, PathBuf};

use super::walk;
use crate::diagnostic::{Diagnostic, Diagnostics, display_path};

/// One template: its name as templates refer to it, its text, where it came from.
#[derive(Debug)]
pub struct Template {
    pub name: String,
    pub source: String,
    pub display: PathBuf,
}

/// Where a static file's bytes come from.
#[derive(Debug)]
pub enum Asset {
    File(PathBuf),
    Embedded(&'static [u8]),
}

/// A file copied verbatim into the output.
#[derive(Debug)]
pub struct StaticFile {
    pub asset: Asset,
    /// Path inside the output folder.
    pub output: PathBuf,
}

#[derive(Debug)]
pub struct Theme {
    pub templates: Vec<Template>,
    pub static_files: Vec<StaticFile>,
}

macro_rules! embedded {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_bytes!(concat!("../../themes/default/", $path)))),*]
    };
}

/// The default theme, as built into the binary.
const DEFAULT_THEME: &[(&str, &[u8])] = embedded![
    "templates/base.html",
    "templates/components.html",
    "templates/article.html",
    "templates/digest.html",
    "templates/archive.html",
    "templates/entities.html",
    "templates/entity-kind.html",
    "templates/entity.html",
    "templates/chronology.html",
    "templates/tags.html",
    "templates/tag.html",
    "templates/page.html",
    "templates/404.html",
    "static/style.css",
    "static/notes.js",
];

impl Theme {
    /// The built-in default theme, with `themes/<name>/` under the site root laid over
    /// it: a site may override one template or asset and keep the rest.
    pub fn load(root: &Path, name: &str, diagnostics: &mut Diagnostics) -> Theme {
        let mut theme = Theme::built_in();
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            theme.overlay(Theme::from_folder(root, &dir, diagnostics));
        } else if name != "default" {
            diagnostics.push(
                Diagnostic::error("site.yaml", format!("the theme `{name}` does not exist"))
                    .hint(format!("create themes/{name}/templates/, or remove `theme:` to use the default theme")),
            );
        }
        theme
    }

    /// Replaces templates and assets by those of `other` with the same name.
    fn overlay(&mut self, other: Theme) {
        for template in other.templates {
            self.templates.retain(|t| t.name != template.name);
            self.templates.push(template);
        }
        for file in other.static_files {
            self.static_files.retain(|f| f.output != file.output);
            self.static_files.push(file);
        }
        self.templates.sort_by(|a, b| a.name.cmp(&b.name));
    }

    fn built_in() -> Theme {
        let mut theme = Theme {
            templates: Vec::new(),
            static_files: Vec::new(),
        };
        for (path, bytes) in DEFAULT_THEME {
            if let Some(name) = path.strip_prefix("templates/") {
                theme.templates.push(Template {
                    name: name.to_string(),
                    source: String::from_utf8_lossy(bytes).into_owned(),
                    display: PathBuf::from(format!("(built-in theme) {path}")),
                });
            } else if let Some(output) = path.strip_prefix("static/") {
                theme.static_files.push(StaticFile {
                    asset: Asset::Embedded(bytes),
                    output: PathBuf::from(output),
                });
            }
        }
        theme
    }

    fn from_folder(root: &Path, dir: &Path, diagnostics: &mut Diagnostics) -> Theme {
        let templates_dir = dir.join("templates");
        let mut templates = Vec::new();
        for path in walk::files_with_extension(&templates_dir, "html", root, diagnostics) {
            let display = display_path(root, &path);
            match std::fs::read_to_string(&path) {
                Ok(source) => templates.push(Template {
                    name: template_name(&templates_dir, &path),
                    source,
                    display,
                }),
                Err(error) => diagnostics.push(Diagnostic::error(
                    display,
                    format!("cannot read the template: {error}"),
                )),
            }
        }
        let static_files = walk::static_files(&dir.join("static"), root, diagnostics)
            .into_iter()
            .map(|(path, output)| StaticFile {
                asset: Asset::File(path),
                output,
            })
            .collect();
        Theme {
            templates,
            static_files,
        }
    }
}

/// `templates/partials/x.html` → `partials/x.html`, always with `/`.
fn template_name(templates_dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(templates_dir).unwrap_or(path);
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
