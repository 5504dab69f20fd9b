//! Tests of locating quotes and of the errors for selectors that do not fit, grouped by
//! topic; most run against one real seed.

mod ambiguity;
mod closest;
mod messages;
mod mismatch;
mod positions;
mod selectors;
mod speed;
mod whitespace;
mod words;

use super::*;

/// The real seed 000_b06be8841d63b2af, as the loader hands it over (header removed).
const REAL: [&str; 6] = [
    "Мирні переговори між Росією та Україною цього року завершилися без особливого прогресу, тому їх було вирішено зупинити, заявив в інтерв’ю виданню Times заступник міністра закордонних справ України Сергій Кислиця.",
    "За його словами, Київ з літа 2025 року вів активну роботу з метою домогтися від міжнародних партнерів України посилення тиску на президента РФ Володимира Путіна, щоб той погодився на особисту зустріч із президентом Володимиром Зеленським. «В умовах диктатури неможливо вести плідні дискусії з переговорними групами, які представляють диктатора. Вони мають дуже жорсткий мандат, і вони мають захищати ту позицію, яку їм наказали», – заявив Кислиця, маючи на увазі переговорний процес української та російської делегацій у Стамбулі.",
    "У російському МЗС 12 листопада після оприлюднення інтерв’ю Кислиці заявили, що Кремль готовий відновити переговори з Україною в Туреччині, підкресливши, що мирний процес був припинений Києвом. «Турецькі представники неодноразово закликали їх (переговори) відновити. Російська команда до цього готова, м’яч перебуває на українському боці», – повідомив ТАСС голова другого департаменту країн СНД МЗС РФ Олексій Поліщук.",
    "Він твердить, що в Стамбулі «вдалося досягти важливих домовленостей у гуманітарній сфері про масштабні обміни військовополоненими, репатріацію тіл загиблих, повернення цивільних осіб».",
    "Поліщук також заявив, що Україна поки не відповіла на пропозицію РФ щодо формування «трьох робочих груп стамбульського процесу». Кислиця, згадуючи про ініціативу Москви про робочі групи, зазначив, що росіяни пропонували створити зокрема «групи в WhatsApp» та інші подібні механізми, ігноруючи всі спроби поговорити по суті. Це, за словами дипломата, мало переконати США, що переговори йдуть успішно і їм не варто застосовувати санкції проти Росії.",
    "Переговори в Туреччині відбулися в три етапи – у травні, червні та липні. Однією з ключових позицій української сторони було безумовне припинення вогню та припинення ударів по цивільній інфраструктурі. Очолювана помічником президента РФ Володимиром Мединським делегація фактично відмовилася від перемир’я. Москва також вимагала визнати російськими окуповані території України та обмежити чисельність ЗСУ.",
];

fn real() -> Vec<String> {
    text(&REAL)
}

fn text(paragraphs: &[&str]) -> Vec<String> {
    paragraphs.iter().map(|p| p.to_string()).collect()
}

fn quote(exact: &str) -> QuoteSelector<'_> {
    QuoteSelector {
        exact,
        prefix: None,
        suffix: None,
    }
}

fn locate(paragraphs: &[String], selector: QuoteSelector<'_>) -> Result<Anchor, AnchorError> {
    SeedText::new(paragraphs).locate(&selector)
}

/// Checks that both coordinate systems of `anchor` cover `expected` in the original text.
fn assert_covers(paragraphs: &[String], anchor: &Anchor, expected: &str) {
    let by_points = SeedText::new(paragraphs).text_of(anchor);
    assert_eq!(by_points, expected, "paragraph/byte coordinates");
    let joined = paragraphs.join("\n\n");
    let by_chars: String = (joined.chars())
        .skip(anchor.start_char)
        .take(anchor.end_char - anchor.start_char)
        .collect();
    assert_eq!(by_chars, expected, "code point coordinates");
}

fn found(paragraphs: &[String], selector: QuoteSelector<'_>, expected: &str) -> Anchor {
    let anchor = locate(paragraphs, selector).unwrap_or_else(|e| panic!("{e:?}"));
    assert_covers(paragraphs, &anchor, expected);
    anchor
}

fn error(paragraphs: &[String], selector: QuoteSelector<'_>) -> AnchorError {
    locate(paragraphs, selector).expect_err("the selector should not anchor")
}
