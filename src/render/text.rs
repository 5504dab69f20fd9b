//! Seed text to HTML. Seed text is untrusted plain text: every character is escaped
//! here, and the only markup is what annalist adds: entity links, marked quotes and
//! the buttons of their notes.
//!
//! Links and quotes may overlap in any way (a quote across a link's edge, a quote
//! inside another, a quote across paragraphs), so each paragraph is cut at every
//! boundary and each piece is wrapped in exactly the elements active over it: a link
//! stays one element, a quote becomes as many `<mark>`s as it needs, and the HTML is
//! always well nested.

use std::fmt::Write;
use std::ops::Range;

use super::markdown::{escape, escape_into};

/// An entity link inside one paragraph.
#[derive(Clone, Debug)]
pub struct LinkSpan<'a> {
    pub range: Range<usize>,
    pub href: &'a str,
    pub title: &'a str,
}

/// The part of an annotated quote inside one paragraph.
#[derive(Clone, Debug)]
pub struct QuoteSpan {
    pub range: Range<usize>,
    pub note: usize,
    /// Whether the quote ends in this paragraph: its note's button follows it.
    pub ends_here: bool,
}

/// One paragraph's text with its links and quotes, as HTML. `button_label` is the
/// accessible name of a note's button, e.g. «Примітка»; the number is appended.
pub fn paragraph_html(
    text: &str,
    links: &[LinkSpan],
    quotes: &[QuoteSpan],
    button_label: &str,
) -> String {
    let mut cuts: Vec<usize> = Vec::with_capacity(2 + 2 * (links.len() + quotes.len()));
    cuts.extend([0, text.len()]);
    for link in links {
        cuts.extend([link.range.start, link.range.end]);
    }
    for quote in quotes {
        cuts.extend([quote.range.start, quote.range.end]);
    }
    cuts.retain(|&c| c <= text.len() && text.is_char_boundary(c));
    cuts.sort_unstable();
    cuts.dedup();
    let mut html = String::with_capacity(text.len() * 5 / 4 + 128 * (links.len() + quotes.len()));
    let mut open_link: Option<&LinkSpan> = None;
    let mut waiting_buttons: Vec<usize> = Vec::new();
    for piece in cuts.windows(2) {
        let (start, end) = (piece[0], piece[1]);
        if let Some(link) = links.iter().find(|l| l.range.start == start) {
            html.push_str("<a class=\"mention\" href=\"");
            escape_into(&mut html, link.href);
            html.push_str("\" title=\"");
            escape_into(&mut html, link.title);
            html.push_str("\">");
            open_link = Some(link);
        }
        let active = || {
            quotes
                .iter()
                .filter(move |q| q.range.start <= start && end <= q.range.end && start < end)
        };
        for quote in active() {
            let _ = write!(html, "<mark class=\"quote\" data-note=\"{}\">", quote.note);
        }
        escape_into(&mut html, &text[start..end]);
        for _ in active() {
            html.push_str("</mark>");
        }
        waiting_buttons.extend(
            quotes
                .iter()
                .filter(|q| q.ends_here && q.range.end == end)
                .map(|q| q.note),
        );
        if open_link.is_some_and(|l| l.range.end == end) {
            html.push_str("</a>");
            open_link = None;
        }
        // A button cannot sit inside a link: it waits until the link is closed.
        if open_link.is_none() {
            for note in waiting_buttons.drain(..) {
                push_button(&mut html, note, button_label);
            }
        }
    }
    html
}

fn push_button(html: &mut String, note: usize, label: &str) {
    let _ = write!(
        html,
        "<button type=\"button\" class=\"note-toggle\" aria-expanded=\"true\" aria-controls=\"note-{note}\" aria-label=\""
    );
    escape_into(html, label);
    let _ = write!(html, " {note}\">{note}</button>");
}

/// A sentence with the byte range `mark` highlighted, escaped.
pub fn marked_sentence(sentence: &str, mark: Range<usize>) -> String {
    let valid = mark.start <= mark.end
        && mark.end <= sentence.len()
        && sentence.is_char_boundary(mark.start)
        && sentence.is_char_boundary(mark.end);
    if !valid {
        return escape(sentence);
    }
    let mut html = String::with_capacity(sentence.len() + 32);
    escape_into(&mut html, &sentence[..mark.start]);
    html.push_str("<mark>");
    escape_into(&mut html, &sentence[mark.clone()]);
    html.push_str("</mark>");
    escape_into(&mut html, &sentence[mark.end..]);
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link<'a>(text: &str, word: &str) -> LinkSpan<'a> {
        let start = text.find(word).unwrap();
        LinkSpan {
            range: start..start + word.len(),
            href: "/entities/x/",
            title: "X",
        }
    }

    fn quote(text: &str, words: &str, note: usize) -> QuoteSpan {
        let start = text.find(words).unwrap();
        QuoteSpan {
            range: start..start + words.len(),
            note,
            ends_here: true,
        }
    }

    #[test]
    fn plain_text_is_escaped() {
        assert_eq!(
            paragraph_html("<script>alert(1)</script> & «так»", &[], &[], "Примітка"),
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «так»"
        );
    }

    #[test]
    fn a_quote_across_a_link_edge_stays_well_nested() {
        let text = "заявив Кислиця вчора";
        let html = paragraph_html(
            text,
            &[link(text, "Кислиця")],
            &[quote(text, "заявив Кислиця", 1)],
            "Примітка",
        );
        assert_eq!(
            html,
            "<mark class=\"quote\" data-note=\"1\">заявив </mark><a class=\"mention\" href=\"/entities/x/\" title=\"X\"><mark class=\"quote\" data-note=\"1\">Кислиця</mark></a><button type=\"button\" class=\"note-toggle\" aria-expanded=\"true\" aria-controls=\"note-1\" aria-label=\"Примітка 1\">1</button> вчора"
        );
    }

    #[test]
    fn a_quote_ending_inside_a_link_puts_its_button_after_the_link() {
        let text = "про Туреччину";
        let quotes = [QuoteSpan {
            range: 0..text.find("ину").unwrap(),
            note: 2,
            ends_here: true,
        }];
        let html = paragraph_html(text, &[link(text, "Туреччину")], &quotes, "Note");
        assert!(html.ends_with("ину</a><button type=\"button\" class=\"note-toggle\" aria-expanded=\"true\" aria-controls=\"note-2\" aria-label=\"Note 2\">2</button>"), "{html}");
    }

    #[test]
    fn nested_and_overlapping_quotes() {
        let text = "один два три чотири";
        let quotes = [
            quote(text, "один два три", 1),
            quote(text, "два", 2),
            quote(text, "три чотири", 3),
        ];
        let html = paragraph_html(text, &[], &quotes, "N");
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
        assert!(html.contains("<mark class=\"quote\" data-note=\"1\"><mark class=\"quote\" data-note=\"2\">два</mark></mark>"), "{html}");
        assert!(html.contains("<mark class=\"quote\" data-note=\"1\"><mark class=\"quote\" data-note=\"3\">три</mark></mark>"), "{html}");
    }

    #[test]
    fn a_quote_continuing_into_the_next_paragraph_has_no_button_here() {
        let text = "кінець абзацу";
        let quotes = [QuoteSpan {
            range: 7..text.len(),
            note: 1,
            ends_here: false,
        }];
        let html = paragraph_html(text, &[], &quotes, "N");
        assert!(!html.contains("button"));
    }

    #[test]
    fn marked_sentence_escapes_around_the_mark() {
        let sentence = "Заявив <b>Кислиця</b>.";
        let start = sentence.find("Кислиця").unwrap();
        let html = marked_sentence(sentence, start..start + "Кислиця".len());
        assert_eq!(html, "Заявив &lt;b&gt;<mark>Кислиця</mark>&lt;/b&gt;.");
    }
}
