//! A sidecar's Markdown body: editorial paragraphs, a link to the main entity, and
//! sometimes a list, a quote or a fenced code block.

use crate::corpus::Corpus;
use crate::entities::Kind;
use crate::rng::Rng;
use crate::schedule::Planned;
use crate::text::{Body, Writer};
use crate::vocab;

/// The editorial note: one or two paragraphs, sometimes a list, a quote or a
/// fenced code block with a language.
pub(super) fn editorial(corpus: &Corpus, body: &Body, p: &Planned, rng: &mut Rng) -> String {
    let mut out = String::new();
    let mut writer = Writer::new(rng, corpus, p.date);
    for _ in 0..writer.rng.range(1, 2) {
        let template = writer.fresh(vocab::EDITORIAL);
        out.push_str(&writer.render(template, None));
        out.push_str("\n\n");
    }
    if let Some(&e) = body.entities.first() {
        let ent = &corpus.entities[e];
        let lead = if ent.kind == Kind::Person {
            "Ключова постать матеріалу"
        } else {
            "Див. також сторінку"
        };
        out.push_str(&format!(
            "{lead} – [{}](/entities/{}/).\n\n",
            ent.name.forms.nom(),
            ent.slug
        ));
    }
    match rng.below(10) {
        0 => out.push_str(&format!(
            "```json\n{{\n  \"article\": \"{}\",\n  \"verified\": {},\n  \"sources\": {}\n}}\n```\n",
            p.id,
            rng.chance(0.5),
            rng.range(1, 4)
        )),
        1 => out.push_str("```yaml\nstatus: перевірено\nreviewers: [редакція]\n```\n"),
        2 => out.push_str("- перевірено за двома джерелами;\n- цифри – станом на день публікації.\n"),
        3 => out.push_str(&format!("> «{}»\n", rng.pick(vocab::QUOTES))),
        4 => out.push_str(&format!(
            "Як перевірити:\n\n```bash\ncurl -s 'https://example.org/api/articles/{}' | jq '.sources'\n```\n",
            p.id
        )),
        _ => {}
    }
    out.trim_end().to_string() + "\n"
}
