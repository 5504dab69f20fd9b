//! The Tera engine loaded with the theme, and template errors turned into diagnostics
//! that name the template, line and column and carry Tera's whole cause chain.

use std::collections::HashMap;
use std::path::PathBuf;

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::theme::Theme;

/// A parsed theme, able to render its templates.
pub struct Templates {
    tera: Tera,
    /// Template name → the file it came from, for diagnostics.
    files: HashMap<String, (PathBuf, String)>,
}

impl Templates {
    pub fn new(theme: &Theme) -> Result<Templates, Diagnostics> {
        let mut tera = Tera::new();
        tera.autoescape_on(vec![".html", ".xml"]);
        let files: HashMap<String, (PathBuf, String)> = theme
            .templates
            .iter()
            .map(|t| (t.name.clone(), (t.display.clone(), t.source.clone())))
            .collect();
        let sources = theme
            .templates
            .iter()
            .map(|t| (t.name.as_str(), t.source.as_str()));
        let mut templates = Templates { tera, files };
        if let Err(error) = templates.tera.add_raw_templates(sources) {
            return Err(templates.diagnostic(&error, None).into());
        }
        Ok(templates)
    }

    /// Sets a value every template can read.
    pub fn set_global<T: serde::Serialize + ?Sized>(&mut self, key: &'static str, value: &T) {
        self.tera.global_context().insert(key, value);
    }

    /// The page as bytes: Tera writes UTF-8 already, so there is nothing to validate.
    pub fn render(&self, template: &str, context: &Context) -> Result<Vec<u8>, Diagnostic> {
        let mut html = Vec::with_capacity(16 * 1024);
        self.tera
            .render_to(template, context, &mut html)
            .map_err(|error| self.diagnostic(&error, Some(template)))?;
        Ok(html)
    }

    /// A diagnostic at the template position Tera reports, with every cause.
    fn diagnostic(&self, error: &tera::Error, rendering: Option<&str>) -> Diagnostic {
        let report = match error.kind() {
            tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
                Some(report)
            }
            _ => None,
        };
        let mut message = match report {
            Some(report) => report.message().to_string(),
            None => first_line(&error.to_string()),
        };
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            message.push_str(&format!(": {cause}"));
            source = cause.source();
        }
        let name = report
            .map(|r| r.filename().to_string())
            .filter(|n| !n.is_empty())
            .or_else(|| rendering.map(str::to_string))
            .unwrap_or_default();
        let prefix = match rendering {
            Some(_) => "template error while rendering",
            None => "template error",
        };
        let Some((display, text)) = self.files.get(&name) else {
            return Diagnostic::error(format!("template {name}"), format!("{prefix}: {message}"));
        };
        let diagnostic = Diagnostic::error(display, format!("{prefix}: {message}"));
        match report {
            Some(report) => {
                let span = report.span();
                let length = if span.start_line == span.end_line {
                    span.end_col.saturating_sub(span.start_col).max(1)
                } else {
                    1
                };
                diagnostic.at(text, span.start_line, span.start_col + 1, length)
            }
            None => diagnostic,
        }
        .hint("fix the template; `annalist check` shows every template error without writing anything")
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}
