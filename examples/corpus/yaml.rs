//! YAML scalars: plain when that is unambiguous, double-quoted with escapes otherwise.

use std::fmt::Write as _;

/// Plain scalars are kept to letters, digits, single inner spaces and a few inner
/// punctuation marks, never starting with a digit, so nothing can read as a number,
/// a date, a boolean, a comment or a flow indicator.
fn plain_ok(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let reserved = ["true", "false", "yes", "no", "on", "off", "null", "y", "n"];
    first.is_alphabetic()
        && !s.ends_with([' ', '.', '-'])
        && !s.contains("  ")
        && !reserved.contains(&s.to_ascii_lowercase().as_str())
        && s.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '’' | 'ʼ' | '.'))
}

pub fn scalar(s: &str) -> String {
    if plain_ok(s) {
        s.to_string()
    } else {
        quoted(s)
    }
}

/// `https://host/path` is plain-safe in block and flow context (DESIGN.md writes
/// `source: {name: …, url: https://…}`), as long as no flow indicator or `#` occurs.
pub fn url(s: &str) -> String {
    let safe = s.starts_with("https://")
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-._~/:=&%+".contains(c));
    if safe { s.to_string() } else { quoted(s) }
}

pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}') => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

pub fn flow_list<S: AsRef<str>>(items: &[S]) -> String {
    let items: Vec<String> = items.iter().map(|s| scalar(s.as_ref())).collect();
    format!("[{}]", items.join(", "))
}
