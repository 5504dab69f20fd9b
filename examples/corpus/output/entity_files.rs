//! `content/entities/<slug>.md`: front matter and a short Markdown body per entity.

use std::fs;
use std::io;
use std::path::Path;

use crate::corpus::Corpus;
use crate::entities::{Entity, Kind};
use crate::rng::Rng;
use crate::{grammar, yaml};

pub fn write_entities(root: &Path, corpus: &Corpus) -> io::Result<()> {
    let dir = root.join("content/entities");
    for (i, e) in corpus.entities.iter().enumerate() {
        let mut rng = Rng::derive(corpus.seed, 0xE4717, i as u64);
        fs::write(dir.join(format!("{}.md", e.slug)), entity_file(e, &mut rng))?;
    }
    Ok(())
}

fn entity_file(e: &Entity, rng: &mut Rng) -> String {
    let name = e.name.forms.nom();
    let mut s = format!(
        "---\nname: {}\nkind: {}\naliases: {}\ndescription: {}\n---\n",
        yaml::scalar(name),
        e.kind.as_str(),
        yaml::flow_list(&e.aliases),
        yaml::scalar(&e.description)
    );
    let since = 2014 + rng.below(10);
    let lower = grammar::lower_first(&e.description);
    s.push_str(&format!("**{name}** – {lower}.\n"));
    let more = match e.kind {
        Kind::Person => format!(
            "\nУ публічному просторі – з {since} року. Часто коментує теми безпеки та економіки."
        ),
        Kind::Organization => {
            format!("\nУ дайджесті згадується з {since} року; офіційні заяви – на сайті установи.")
        }
        Kind::Place => {
            "\nДив. також [мапу](https://www.openstreetmap.org/) та хроніку обстрілів.".to_string()
        }
        Kind::Event => "\nПідсумки заходу – у *хронології*.".to_string(),
        Kind::Other => "\n- статус: чинний\n- джерело: офіційні документи".to_string(),
    };
    if rng.chance(0.7) {
        s.push_str(&more);
        s.push('\n');
    }
    s
}
