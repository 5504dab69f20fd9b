//! Slugs in the KMU 2010 romanisation (word-initial є/ї/й/ю/я, зг → zgh, no apostrophes).

fn is_apostrophe(c: char) -> bool {
    matches!(c, '’' | '\'' | 'ʼ')
}

pub fn slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = ' ';
    for c in text.chars().flat_map(char::to_lowercase) {
        let word_start = !(prev.is_alphanumeric() || is_apostrophe(prev));
        let latin: &str = match c {
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' if prev == 'з' => "gh",
            'г' => "h",
            'ґ' => "g",
            'д' => "d",
            'е' => "e",
            'є' if word_start => "ye",
            'є' => "ie",
            'ж' => "zh",
            'з' => "z",
            'и' => "y",
            'і' => "i",
            'ї' if word_start => "yi",
            'ї' => "i",
            'й' if word_start => "y",
            'й' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "kh",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "shch",
            'ь' => "",
            'ю' if word_start => "yu",
            'ю' => "iu",
            'я' if word_start => "ya",
            'я' => "ia",
            c if is_apostrophe(c) => "",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                ""
            }
            _ => "-",
        };
        if latin == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(latin);
        }
        prev = c;
    }
    out.trim_end_matches('-').to_string()
}
