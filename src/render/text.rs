//! Seed text to HTML. Seed text is untrusted plain text: every character is escaped
//! here, and the only markup is what annalist itself adds.

use std::ops::Range;

use super::markdown::escape;
use super::views::ParagraphView;

/// The seed's paragraphs as escaped HTML.
pub fn paragraphs(paragraphs: &[String]) -> Vec<ParagraphView> {
    paragraphs
        .iter()
        .map(|p| ParagraphView {
            html: escape(p),
            notes: Vec::new(),
        })
        .collect()
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
    format!(
        "{}<mark>{}</mark>{}",
        escape(&sentence[..mark.start]),
        escape(&sentence[mark.clone()]),
        escape(&sentence[mark.end..])
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_html_is_escaped() {
        let views = paragraphs(&["<script>alert(1)</script> & «так»".to_string()]);
        assert_eq!(
            views[0].html,
            "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «так»"
        );
    }

    #[test]
    fn marked_sentence_escapes_around_the_mark() {
        let sentence = "Заявив <b>Кислиця</b>.";
        let start = sentence.find("Кислиця").unwrap();
        let html = marked_sentence(sentence, start..start + "Кислиця".len());
        assert_eq!(html, "Заявив &lt;b&gt;<mark>Кислиця</mark>&lt;/b&gt;.");
    }
}
