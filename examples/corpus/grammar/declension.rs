//! The six case forms of a word, from its nominative and its declension class.

use super::{Decl, Forms, GenPl, Gender, is_vowel};

fn last_char(s: &str) -> char {
    s.chars().next_back().unwrap_or(' ')
}

fn is_sibilant(c: char) -> bool {
    "жчшщ".contains(c)
}

/// к/г/х → ц/з/с before the dative/locative -і: рука → руці, Ольга → Ользі.
fn soften(stem: &str) -> String {
    let mut s = stem.to_string();
    let replacement = match s.pop() {
        Some('к') => 'ц',
        Some('г') => 'з',
        Some('х') => 'с',
        Some(other) => other,
        None => return s,
    };
    s.push(replacement);
    s
}

/// Харків → Харков, Київ → Києв: the last і/ї of the nominative opens up again.
fn alternate(nom: &str) -> String {
    let Some((at, c)) = nom
        .char_indices()
        .rev()
        .find(|&(_, c)| c == 'і' || c == 'ї')
    else {
        return nom.to_string();
    };
    let with = if c == 'і' { "о" } else { "є" };
    format!("{}{with}{}", &nom[..at], &nom[at + c.len_utf8()..])
}

fn strip<'a>(word: &'a str, ending: &str) -> &'a str {
    word.strip_suffix(ending).unwrap_or(word)
}

fn forms(nom: &str, stem: &str, endings: [&str; 5]) -> Forms {
    let mut out: [String; 6] = Default::default();
    out[0] = nom.to_string();
    for (slot, ending) in out[1..].iter_mut().zip(endings) {
        *slot = format!("{stem}{ending}");
    }
    Forms(out)
}

/// Declines one word given in the nominative.
pub fn decline(nom: &str, decl: Decl) -> Forms {
    match decl {
        Decl::Hard { anim, gen_u, alt } => hard(nom, anim, gen_u, alt),
        Decl::Soft { anim } => soft(nom, anim),
        Decl::MascO { anim } => {
            let stem = strip(nom, "о");
            let mut f = forms(nom, stem, ["а", "ові", "а", "ом", "ові"]);
            if !anim {
                f.0[2] = format!("{stem}у");
                f.0[3] = nom.to_string();
                f.0[5] = format!("{stem}і");
            }
            f
        }
        Decl::FemA => {
            let stem = strip(nom, "а");
            if is_sibilant(last_char(stem)) {
                forms(nom, stem, ["і", "і", "у", "ею", "і"])
            } else {
                let mut f = forms(nom, stem, ["и", "і", "у", "ою", "і"]);
                let soft = soften(stem);
                f.0[2] = format!("{soft}і");
                f.0[5] = format!("{soft}і");
                f
            }
        }
        Decl::FemYa => {
            let stem = strip(nom, "я");
            if is_vowel(last_char(stem)) {
                forms(nom, stem, ["ї", "ї", "ю", "єю", "ї"])
            } else {
                forms(nom, stem, ["і", "і", "ю", "ею", "і"])
            }
        }
        Decl::NeutO => forms(nom, strip(nom, "о"), ["а", "у", "о", "ом", "і"]),
        Decl::NeutYa => forms(nom, strip(nom, "я"), ["я", "ю", "я", "ям", "і"]),
        Decl::Adj { gender, anim } => adjective(nom, gender, anim),
        Decl::Plural {
            anim,
            soft,
            genitive,
        } => plural(nom, anim, soft, genitive),
    }
}

fn hard(nom: &str, anim: bool, gen_u: bool, alt: bool) -> Forms {
    let stem = if alt { alternate(nom) } else { nom.to_string() };
    let last = last_char(&stem);
    let sib = is_sibilant(last);
    let genitive = format!("{stem}{}", if gen_u { "у" } else { "а" });
    let dat = if anim {
        format!("{stem}{}", if sib { "еві" } else { "ові" })
    } else {
        format!("{stem}у")
    };
    let acc = if anim {
        genitive.clone()
    } else {
        nom.to_string()
    };
    let ins = format!("{stem}{}", if sib { "ем" } else { "ом" });
    let loc = if anim {
        dat.clone()
    } else if matches!(last, 'к' | 'г' | 'х') {
        format!("{stem}у") // у Луцьку, у банку
    } else {
        format!("{stem}і") // у Харкові, в Ужгороді
    };
    Forms([nom.to_string(), genitive, dat, acc, ins, loc])
}

fn soft(nom: &str, anim: bool) -> Forms {
    let stem = nom
        .strip_suffix('ь')
        .or_else(|| nom.strip_suffix('й'))
        .unwrap_or(nom);
    // After a vowel the soft endings are spelled with є: Сергієві, Шахраєм.
    let e = if is_vowel(last_char(stem)) {
        "є"
    } else {
        "е"
    };
    let genitive = format!("{stem}я");
    let dat = format!("{stem}{e}ві");
    let acc = if anim {
        genitive.clone()
    } else {
        nom.to_string()
    };
    let loc = if anim {
        dat.clone()
    } else {
        format!("{stem}і")
    };
    Forms([
        nom.to_string(),
        genitive,
        dat,
        acc,
        format!("{stem}{e}м"),
        loc,
    ])
}

fn adjective(nom: &str, gender: Gender, anim: bool) -> Forms {
    let (ending, endings) = match gender {
        Gender::Masc => (
            "ий",
            ["ого", "ому", if anim { "ого" } else { "ий" }, "им", "ому"],
        ),
        Gender::Fem => ("а", ["ої", "ій", "у", "ою", "ій"]),
        Gender::Neut => ("е", ["ого", "ому", "е", "им", "ому"]),
        Gender::Plural => (
            "і",
            ["их", "им", if anim { "их" } else { "і" }, "ими", "их"],
        ),
    };
    forms(nom, strip(nom, ending), endings)
}

fn plural(nom: &str, anim: bool, soft: bool, genitive: GenPl) -> Forms {
    let stem = &nom[..nom.len() - last_char(nom).len_utf8()];
    let genitive = match genitive {
        GenPl::Zero => stem.to_string(),
        GenPl::Iv => format!("{stem}ів"),
        GenPl::Ey => format!("{stem}ей"),
    };
    let (dat, ins, loc) = if soft {
        ("ям", "ями", "ях")
    } else {
        ("ам", "ами", "ах")
    };
    let acc = if anim {
        genitive.clone()
    } else {
        nom.to_string()
    };
    Forms([
        nom.to_string(),
        genitive,
        format!("{stem}{dat}"),
        acc,
        format!("{stem}{ins}"),
        format!("{stem}{loc}"),
    ])
}
