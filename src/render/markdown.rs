//! Markdown to HTML: the one place pulldown-cmark's options are set, with code blocks
//! highlighted by syntect as CSS classes (the theme styles them; the HTML stays stable).
//! Markdown comes from the editor (sidecars, entities, pages) and may contain HTML.

use std::sync::OnceLock;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};
use syntect::html::{ClassStyle, ClassedHTMLGenerator};
use syntect::parsing::SyntaxSet;
use syntect::util::LinesWithEndings;

/// Prefix of syntect's class names, so they cannot clash with the theme's own.
pub const HIGHLIGHT_CLASS_PREFIX: &str = "hl-";

fn options() -> Options {
    // Smart punctuation stays off: it makes English quotes, never «».
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
}

/// Renders editor Markdown to HTML. Links to site paths (`/chronology/`) get the
/// site's `base_path`, so they work when the site is published under a sub-path.
pub fn to_html(markdown: &str, base_path: &str) -> String {
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    let events = Parser::new_ext(markdown, options());
    let events = highlight_code(prefix_site_links(events, base_path));
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Renders a short note: like [`to_html`], but a lone paragraph loses its `<p>` so the
/// note can sit inline.
pub fn to_inline_html(markdown: &str, base_path: &str) -> String {
    let html = to_html(markdown, base_path);
    let trimmed = html.trim_end();
    match trimmed
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ => html,
    }
}

/// Whether the Markdown may hold a link or image whose target depends on where it is
/// read: those are written `[…](…)`, `[…][…]` or `![…]` (autolinks need a scheme, so they
/// never point at a site path).
pub fn may_link(markdown: &str) -> bool {
    markdown.contains('[')
}

fn syntaxes() -> &'static SyntaxSet {
    static SYNTAXES: OnceLock<SyntaxSet> = OnceLock::new();
    SYNTAXES.get_or_init(SyntaxSet::load_defaults_newlines)
}

/// `/x/` → `<base_path>x/` in link and image targets; other URLs are left alone.
fn prefix_site_links<'a>(
    events: impl Iterator<Item = Event<'a>>,
    base_path: &str,
) -> impl Iterator<Item = Event<'a>> {
    let prefix = base_path.trim_end_matches('/').to_string();
    events.map(move |mut event| {
        if let Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) = &mut event
            && is_site_path(dest_url)
            && !prefix.is_empty()
        {
            *dest_url = format!("{prefix}{dest_url}").into();
        }
        event
    })
}

fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//")
}

/// Replaces each fenced code block with a known language by highlighted HTML.
fn highlight_code<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut language: Option<String> = None;
    let mut code = String::new();
    events.filter_map(move |event| match event {
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(lang))) if !lang.is_empty() => {
            language = Some(lang.split([' ', ',']).next().unwrap_or("").to_string());
            code.clear();
            None
        }
        Event::Text(text) if language.is_some() => {
            code.push_str(&text);
            None
        }
        Event::End(TagEnd::CodeBlock) if language.is_some() => {
            let lang = language.take().unwrap_or_default();
            Some(Event::Html(highlighted_block(&lang, &code).into()))
        }
        other => Some(other),
    })
}

fn highlighted_block(language: &str, code: &str) -> String {
    let syntaxes = syntaxes();
    let escaped_language = escape(language);
    let Some(syntax) = syntaxes.find_syntax_by_token(language) else {
        return format!(
            "<pre><code class=\"language-{escaped_language}\">{}</code></pre>\n",
            escape(code)
        );
    };
    let mut generator = ClassedHTMLGenerator::new_with_class_style(
        syntax,
        syntaxes,
        ClassStyle::SpacedPrefixed {
            prefix: HIGHLIGHT_CLASS_PREFIX,
        },
    );
    for line in LinesWithEndings::from(code) {
        if generator
            .parse_html_for_line_which_includes_newline(line)
            .is_err()
        {
            return format!("<pre><code>{}</code></pre>\n", escape(code));
        }
    }
    format!(
        "<pre class=\"highlight\"><code class=\"language-{escaped_language}\">{}</code></pre>\n",
        generator.finalize()
    )
}

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    escape_into(&mut out, text);
    out
}

/// Appends `text`, escaped, to `out`.
pub fn escape_into(out: &mut String, text: &str) {
    pulldown_cmark_escape::escape_html(out, text).expect("writing to a String cannot fail");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_is_highlighted_with_classes() {
        let html = to_html("```json\n{\"a\": 1}\n```\n", "/");
        assert!(
            html.contains("<pre class=\"highlight\"><code class=\"language-json\">"),
            "{html}"
        );
        assert!(html.contains("class=\"hl-"), "{html}");
    }

    #[test]
    fn unknown_language_is_escaped_plain_code() {
        let html = to_html("```nosuchlang\n<b>\n```\n", "/");
        assert!(html.contains("&lt;b&gt;"), "{html}");
    }

    #[test]
    fn site_links_get_the_base_path() {
        let html = to_inline_html(
            "[хронологія](/chronology/), [зовні](https://x.org/), [протокол](//x.org/)",
            "/digest/",
        );
        assert_eq!(
            html,
            "<a href=\"/digest/chronology/\">хронологія</a>, <a href=\"https://x.org/\">зовні</a>, <a href=\"//x.org/\">протокол</a>"
        );
    }

    #[test]
    fn quotes_stay_as_written() {
        assert_eq!(to_inline_html("«Так» і \"так\"", "/"), "«Так» і \"так\"");
    }
}
