//! `site.yaml` and the about page.

use std::fs;
use std::io;

use crate::Args;
use crate::text::number;
use crate::yaml;

pub fn write_site(args: &Args) -> io::Result<()> {
    let root = &args.out;
    for dir in [
        "seeds",
        "content/articles",
        "content/entities",
        "content/pages",
    ] {
        fs::create_dir_all(root.join(dir))?;
    }
    let title = format!(
        "Анналіст: синтетичний корпус ({} статей)",
        number(args.articles as u64)
    );
    let description = format!(
        "Згенерований дайджест для бенчмарків: {} статей, {} сутностей, seed {}.",
        args.articles, args.entities, args.seed
    );
    let site = format!(
        "title: {}\ndescription: {}\nbase_url: https://example.org/\nlanguage: uk\n",
        yaml::scalar(&title),
        yaml::scalar(&description)
    );
    fs::write(root.join("site.yaml"), site)?;
    let about = "---\ntitle: Про проєкт\n---\n\
        Цей сайт **згенеровано** прикладом `examples/corpus.rs` для вимірювання \
        швидкості annalist. Тексти синтетичні: слова справжні, події – ні.\n\n\
        Усі збіги імен з реальними людьми випадкові.\n";
    fs::write(root.join("content/pages/about.md"), about)
}
