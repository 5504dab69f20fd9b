//! The one place YAML is parsed: splitting a Markdown file into front matter and body,
//! deserialising the front matter with serde-saphyr, and turning its errors into
//! diagnostics whose line and column are absolute in the file (not relative to the
//! front matter: Zola #1133 and Hugo #9857 both shipped that off by the delimiter line).

use std::borrow::Cow;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde_saphyr::{Error as YamlError, MessageFormatter, UserMessageFormatter};

use crate::diagnostic::{Diagnostic, Diagnostics};

pub use serde_saphyr::Spanned;

/// A file cut into its YAML front matter and its Markdown body.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines, or `None` when the file has no front matter.
    pub yaml: Option<&'a str>,
    /// 1-based line of the file on which the YAML starts.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the file on which the body starts.
    pub body_line: usize,
}

/// Cuts `source` (BOM already removed) at its `---` delimiter lines.
pub fn split<'a>(source: &'a str, file: &Path) -> Result<Split<'a>, Diagnostic> {
    let Some(rest) = strip_delimiter_line(source) else {
        return Ok(Split {
            yaml: None,
            yaml_line: 1,
            body: source,
            body_line: 1,
        });
    };
    let yaml_start = source.len() - rest.len();
    let mut offset = yaml_start;
    for line in rest.split_inclusive('\n') {
        if is_delimiter(line) {
            let body_start = offset + line.len();
            return Ok(Split {
                yaml: Some(&source[yaml_start..offset]),
                yaml_line: 2,
                body: &source[body_start..],
                body_line: source[..body_start].matches('\n').count() + 1,
            });
        }
        offset += line.len();
    }
    Err(Diagnostic::error(file, "the front matter is never closed")
        .at(source, 1, 1, 3)
        .hint("end the YAML front matter with a line that holds only `---`"))
}

fn is_delimiter(line: &str) -> bool {
    line.trim_end_matches(['\n', '\r', ' ', '\t']) == "---"
}

fn strip_delimiter_line(source: &str) -> Option<&str> {
    let first_end = source.find('\n').map_or(source.len(), |i| i + 1);
    is_delimiter(&source[..first_end]).then(|| &source[first_end..])
}

/// Deserialises YAML that starts on line `first_line` of `source_file_text`'s file.
/// Errors point into the file; `known_keys` feed "did you mean" hints for typos.
pub fn parse_yaml<T: DeserializeOwned>(
    yaml: &str,
    first_line: usize,
    file: &Path,
    known_keys: &[&str],
) -> Result<T, Diagnostics> {
    // Padding with blank lines makes every position the parser reports absolute in the
    // file, so no offset has to be threaded through the many places that read spans.
    let padded: Cow<str> = if first_line > 1 {
        Cow::Owned("\n".repeat(first_line - 1) + yaml)
    } else {
        Cow::Borrowed(yaml)
    };
    serde_saphyr::from_str::<T>(&padded)
        .map_err(|error| Diagnostics::from(yaml_diagnostic(&error, &padded, file, known_keys)))
}

/// An editor-facing diagnostic for a YAML error at its position in the file.
fn yaml_diagnostic(
    error: &YamlError,
    source: &str,
    file: &Path,
    known_keys: &[&str],
) -> Diagnostic {
    let error = error.without_snippet();
    let location = error.location();
    let (line, column) = location
        .map(|l| (l.line() as usize, l.column() as usize))
        .filter(|(line, _)| *line > 0)
        .unwrap_or((1, 1));
    if is_syntax_error(error)
        && let Some(diagnostic) = unclosed_bracket(source, line, file)
    {
        return diagnostic;
    }
    let line_text = source.lines().nth(line - 1).unwrap_or("");
    let (message, hint, length) = describe(error, line_text, column, known_keys);
    let mut diagnostic = Diagnostic::error(file, message).at(source, line, column, length);
    if let Some(hint) = hint {
        diagnostic = diagnostic.hint(hint);
    }
    diagnostic
}

/// Message, hint and underline length for the common mistakes; serde-saphyr's own
/// user-facing wording for the rest.
fn describe(
    error: &YamlError,
    line_text: &str,
    column: usize,
    known_keys: &[&str],
) -> (String, Option<String>, usize) {
    let key = key_on_line(line_text);
    match error {
        YamlError::SerdeUnknownField { field, expected, .. } => {
            let keys: &[&str] = if expected.is_empty() { known_keys } else { expected };
            let hint = match closest_key(field, keys) {
                Some(near) => format!("did you mean `{near}`? known keys: {}", keys.join(", ")),
                None => format!("known keys: {}", keys.join(", ")),
            };
            (format!("unknown key `{field}`"), Some(hint), field.chars().count())
        }
        YamlError::SerdeInvalidType { unexpected, expected, .. } => {
            let what = key.map_or(String::new(), |k| format!(" for `{k}`"));
            (
                format!("wrong type{what}: expected {expected}, found {unexpected}"),
                type_hint(expected),
                token_length(line_text, column),
            )
        }
        YamlError::SerdeInvalidValue { unexpected, expected, .. } => {
            let what = key.map_or(String::new(), |k| format!(" for `{k}`"));
            (
                format!("invalid value{what}: expected {expected}, found {unexpected}"),
                type_hint(expected),
                token_length(line_text, column),
            )
        }
        YamlError::Unexpected { expected, .. } => {
            let what = key.map_or(String::new(), |k| format!(" for `{k}`"));
            (
                format!("wrong type{what}: expected {}", friendly_expected(expected)),
                type_hint(expected),
                token_length(line_text, column),
            )
        }
        YamlError::SerdeUnknownVariant { variant, expected, .. } => (
            format!("unknown value `{variant}`"),
            Some(format!("use one of: {}", expected.join(", "))),
            variant.chars().count(),
        ),
        YamlError::SerdeMissingField { field, .. } => (
            format!("missing required key `{field}`"),
            Some(format!("add a line `{field}: …` to the front matter")),
            1,
        ),
        YamlError::DuplicateMappingKey { key: dup, .. } => (
            format!("the key `{}` is given twice", dup.as_deref().unwrap_or("?")),
            Some("keep one of the two lines".to_string()),
            token_length(line_text, column),
        ),
        other if format!("{other}").contains("mapping values are not allowed") => (
            "a value contains `: ` where YAML expects a new key".to_string(),
            Some("put the whole value in double quotes: `note: \"…: …\"`".to_string()),
            1,
        ),
        other => (
            UserMessageFormatter.format_message(other).into_owned(),
            Some("check the YAML syntax: `key: value` per line, lists as `[a, b]` or `- item` lines, and quote values that contain `: ` or start with a special character".to_string()),
            1,
        ),
    }
}

fn is_syntax_error(error: &YamlError) -> bool {
    !matches!(
        error,
        YamlError::SerdeUnknownField { .. }
            | YamlError::SerdeInvalidType { .. }
            | YamlError::SerdeInvalidValue { .. }
            | YamlError::SerdeUnknownVariant { .. }
            | YamlError::SerdeMissingField { .. }
            | YamlError::DuplicateMappingKey { .. }
            | YamlError::Unexpected { .. }
    )
}

/// A `[` or `{` left open on a line at or before `error_line`: the usual cause of a
/// YAML syntax error reported a line later, so point at the bracket instead.
fn unclosed_bracket(source: &str, error_line: usize, file: &Path) -> Option<Diagnostic> {
    for (index, text) in source.lines().enumerate().take(error_line) {
        let mut open: Vec<(usize, char)> = Vec::new();
        let mut quote: Option<char> = None;
        for (column, c) in text.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '#') => break,
                (None, '[' | '{') => open.push((column, c)),
                (None, ']' | '}') => {
                    open.pop();
                }
                _ => {}
            }
        }
        if let Some(&(column, bracket)) = open.first() {
            let (what, close) = if bracket == '[' {
                ("list", ']')
            } else {
                ("map", '}')
            };
            return Some(
                Diagnostic::error(file, format!("this {what} is never closed"))
                    .at(source, index + 1, column + 1, 1)
                    .hint(format!(
                        "end it with `{close}` on the same line, e.g. `tags: [one, two]`"
                    )),
            );
        }
    }
    None
}

/// Serde's and the parser's names for what was expected, in an editor's words.
fn friendly_expected(expected: &str) -> String {
    match expected {
        "sequence start" => "a list, like `[one, two]`".to_string(),
        "mapping start" => "keys and values, like `name: value`".to_string(),
        other => other.to_string(),
    }
}

fn type_hint(expected: &str) -> Option<String> {
    if expected.contains("sequence") {
        Some("write a list, e.g. `[one, two]`".to_string())
    } else if expected.contains("date") || expected.contains("YYYY") {
        Some("write the date as YYYY-MM-DD".to_string())
    } else if expected.contains("bool") {
        Some("write `true` or `false`".to_string())
    } else if expected.contains("string") {
        Some(
            "write plain text; put it in quotes if it looks like a number, list or map".to_string(),
        )
    } else {
        None
    }
}

/// The key a `key: value` or `- key: value` line sets, if any.
fn key_on_line(line: &str) -> Option<&str> {
    let trimmed = line.trim_start().trim_start_matches("- ").trim_start();
    let (key, _) = trimmed.split_once(':')?;
    let key = key.trim();
    (!key.is_empty() && !key.contains(' ')).then_some(key)
}

/// Length in characters of the token that starts at `column`, for the underline.
fn token_length(line: &str, column: usize) -> usize {
    let rest: String = line.chars().skip(column.saturating_sub(1)).collect();
    let rest = rest.trim_end();
    if rest.starts_with('[') || rest.starts_with('{') || rest.starts_with('"') {
        return rest.chars().count().max(1);
    }
    rest.chars()
        .take_while(|c| !matches!(c, ',' | ']' | '}' | '#'))
        .count()
        .max(1)
}

/// Points a diagnostic at a value read with its position.
pub trait Point {
    fn point(&self, source: &str, file: &Path, message: impl Into<String>) -> Diagnostic;
}

impl<T> Point for Spanned<T> {
    fn point(&self, source: &str, file: &Path, message: impl Into<String>) -> Diagnostic {
        let location = self.referenced;
        let length = (location.span().len() as usize).max(1);
        Diagnostic::error(file, message).at(
            source,
            location.line() as usize,
            location.column() as usize,
            length,
        )
    }
}

/// The known key nearest to a misspelt one, if it is near enough to be a typo.
pub fn closest_key<'k>(wrong: &str, known: &[&'k str]) -> Option<&'k str> {
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(wrong, k), *k))
        .filter(|(distance, k)| *distance <= 2.max(k.len() / 3))
        .min()
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Front {
        title: String,
        #[serde(default)]
        tags: Vec<String>,
    }

    const KEYS: &[&str] = &["title", "tags"];

    #[test]
    fn split_finds_yaml_and_body_lines() {
        let source = "---\ntitle: Т\r\ntags: []\n---\r\nТекст\n";
        let split = split(source, Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, Some("title: Т\r\ntags: []\n"));
        assert_eq!((split.yaml_line, split.body_line), (2, 5));
        assert_eq!(split.body, "Текст\n");
    }

    #[test]
    fn split_without_front_matter_is_all_body() {
        let split = split("Просто текст", Path::new("a.md")).unwrap();
        assert_eq!(split.yaml, None);
        assert_eq!(split.body, "Просто текст");
    }

    #[test]
    fn unclosed_front_matter_is_an_error() {
        let error = split("---\ntitle: x\n", Path::new("a.md")).unwrap_err();
        assert_eq!(error.message, "the front matter is never closed");
    }

    #[test]
    fn unknown_key_points_into_the_file_and_suggests() {
        let source = "---\ntitle: Т\ntitel: Україна\n---\n";
        let split = split(source, Path::new("a.md")).unwrap();
        let errors = parse_yaml::<Front>(split.yaml.unwrap(), 2, Path::new("a.md"), KEYS)
            .unwrap_err()
            .sorted();
        let p = errors[0].position.as_ref().unwrap();
        assert_eq!(errors[0].message, "unknown key `titel`");
        assert_eq!((p.line, p.column), (3, 1));
        assert!(
            errors[0]
                .hint
                .as_ref()
                .unwrap()
                .starts_with("did you mean `title`?")
        );
    }

    #[test]
    fn wrong_type_names_the_key() {
        let yaml = "title: Т\ntags: 5\n";
        let errors = parse_yaml::<Front>(yaml, 2, Path::new("a.md"), KEYS)
            .unwrap_err()
            .sorted();
        let p = errors[0].position.as_ref().unwrap();
        assert!(
            errors[0].message.starts_with("wrong type for `tags`"),
            "{}",
            errors[0].message
        );
        assert_eq!(p.line, 3);
    }

    #[test]
    fn malformed_yaml_is_positioned_absolutely() {
        let yaml = "title: Т\ntags: [a, b\n";
        let errors = parse_yaml::<Front>(yaml, 2, Path::new("a.md"), KEYS)
            .unwrap_err()
            .sorted();
        assert!(errors[0].position.as_ref().unwrap().line >= 3);
    }

    #[test]
    fn valid_front_matter_parses() {
        let front: Front =
            parse_yaml("title: Т\ntags: [a, b]\n", 2, Path::new("a.md"), KEYS).unwrap();
        assert_eq!((front.title.as_str(), front.tags.len()), ("Т", 2));
    }

    #[test]
    fn closest_key_only_for_typos() {
        assert_eq!(closest_key("titel", KEYS), Some("title"));
        assert_eq!(closest_key("summary", KEYS), None);
    }
}
