//! Diagnostics: every problem a run finds, with its file, line and column, and the
//! rendering that shows it to an editor (the offending line with a caret under it).
//!
//! Load and analysis collect diagnostics instead of stopping at the first one, so an
//! editor sees every broken file of a run at once.

use std::fmt;
use std::path::{Path, PathBuf};

use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Where in a file a problem is: 1-based line and column, the column and the length
/// counted in characters (the text is Cyrillic, so bytes would misplace the caret).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub length: usize,
    /// The text of the offending line, shown above the caret.
    pub line_text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// The file, relative to the site root where possible.
    pub path: PathBuf,
    /// Boxed: diagnostics travel in `Result`s, which should stay small.
    pub position: Option<Box<Position>>,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            path: path.into(),
            position: None,
            message: message.into(),
            hint: None,
        }
    }

    pub fn warning(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(path, message)
        }
    }

    /// Points at `line:column` (1-based, in characters) of `source`, underlining `length` characters.
    pub fn at(mut self, source: &str, line: usize, column: usize, length: usize) -> Self {
        let line_text = source
            .lines()
            .nth(line.saturating_sub(1))
            .unwrap_or("")
            .trim_end_matches('\r');
        self.position = Some(Box::new(Position {
            line: line.max(1),
            column: column.max(1),
            length: length.max(1),
            line_text: line_text.to_string(),
        }));
        self
    }

    /// Points at the character range of `source` that starts at byte `offset`.
    pub fn at_offset(self, source: &str, offset: usize, length_chars: usize) -> Self {
        let offset = offset.min(source.len());
        let before = &source[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = source[line_start..offset].chars().count() + 1;
        self.at(source, line, column, length_chars)
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// `path:line:column`, the way editors and terminals make it clickable.
    pub fn location(&self) -> String {
        match &self.position {
            Some(p) => format!("{}:{}:{}", self.path.display(), p.line, p.column),
            None => self.path.display().to_string(),
        }
    }

    /// The diagnostic as an editor reads it: location, message, the line with a caret, the hint.
    pub fn render(&self, renderer: &Renderer) -> String {
        let level = match self.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let path = self.path.display().to_string();
        let title = level.primary_title(self.message.as_str());
        let mut group = match &self.position {
            Some(p) => {
                let span = char_span(&p.line_text, p.column, p.length);
                title.element(
                    Snippet::source(p.line_text.as_str())
                        .line_start(p.line)
                        .path(path.as_str())
                        .annotation(AnnotationKind::Primary.span(span)),
                )
            }
            None => title.element(annotate_snippets::Origin::path(path.as_str())),
        };
        if let Some(hint) = &self.hint {
            group = group.element(Level::HELP.message(hint.as_str()));
        }
        renderer.render(&[group]).to_string()
    }
}

/// Byte range of `length` characters starting at the 1-based character `column`.
fn char_span(line: &str, column: usize, length: usize) -> std::ops::Range<usize> {
    let byte_at = |chars: usize| {
        line.char_indices()
            .nth(chars)
            .map_or(line.len(), |(index, _)| index)
    };
    let start = byte_at(column - 1);
    let end = byte_at(column - 1 + length).max(start);
    start..end
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Renderer::plain()))
    }
}

/// All diagnostics of a run, in a stable order (by file, then position).
#[derive(Clone, Debug, Default)]
pub struct Diagnostics(Vec<Diagnostic>);

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics(Vec::new())
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.0.extend(diagnostics);
    }

    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    pub fn error_count(&self) -> usize {
        self.0.iter().filter(|d| d.is_error()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sorted by file and position so the output of a run is deterministic.
    pub fn sorted(mut self) -> Vec<Diagnostic> {
        self.0.sort_by(|a, b| {
            (&a.path, &a.position, &a.message).cmp(&(&b.path, &b.position, &b.message))
        });
        self.0.dedup();
        self.0
    }

    /// Ok if nothing is an error; warnings travel on in the result.
    pub fn into_result<T>(self, value: T) -> Result<(T, Diagnostics), Diagnostics> {
        if self.has_errors() {
            Err(self)
        } else {
            Ok((value, self))
        }
    }
}

impl IntoIterator for Diagnostics {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics(vec![diagnostic])
    }
}

/// The path of `file` as an editor knows it: relative to the site root.
pub fn display_path(root: &Path, file: &Path) -> PathBuf {
    file.strip_prefix(root).unwrap_or(file).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_counts_characters_not_bytes() {
        let source = "title: Кислиця\ntitel: Україна\n";
        let d = Diagnostic::error("a.md", "unknown key `titel`").at(source, 2, 1, 5);
        let text = d.to_string();
        assert!(text.contains("a.md:2:1"), "{text}");
        assert!(text.contains("2 | titel: Україна"), "{text}");
        assert!(text.contains("  | ^^^^^"), "{text}");
    }

    #[test]
    fn offset_becomes_line_and_character_column() {
        let source = "перший\nдругий рядок";
        let offset = source.find("рядок").unwrap();
        let d = Diagnostic::error("s.txt", "x").at_offset(source, offset, 5);
        let p = d.position.unwrap();
        assert_eq!((p.line, p.column, p.length), (2, 8, 5));
    }
}
