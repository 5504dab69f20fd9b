//! What a declension table is: the thirteen case-and-number slots, the cell codes that
//! spell endings, and the stem changes a table may ask for. The tables themselves are
//! data in `tables`; `decline` reads them.

/// A case and number: one column of a declension table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Slot {
    NomSg,
    GenSg,
    DatSg,
    AccSg,
    InsSg,
    LocSg,
    VocSg,
    NomPl,
    GenPl,
    DatPl,
    AccPl,
    InsPl,
    LocPl,
}

pub(super) const SLOT_COUNT: usize = 13;

pub(super) const SLOTS: [Slot; SLOT_COUNT] = [
    Slot::NomSg,
    Slot::GenSg,
    Slot::DatSg,
    Slot::AccSg,
    Slot::InsSg,
    Slot::LocSg,
    Slot::VocSg,
    Slot::NomPl,
    Slot::GenPl,
    Slot::DatPl,
    Slot::AccPl,
    Slot::InsPl,
    Slot::LocPl,
];

impl Slot {
    pub(super) fn is_plural(self) -> bool {
        self as usize >= Slot::NomPl as usize
    }
}

/// The forms of one word, per slot; an empty slot means the word has no such form.
pub(super) type SlotForms = [Vec<String>; SLOT_COUNT];

pub(super) fn empty_slots() -> SlotForms {
    std::array::from_fn(|_| Vec::new())
}

/// One declension class: the nominative endings it may strip to get the stem (first
/// match; `""` strips nothing) and a row of cells, one per slot in [`SLOTS`] order: the
/// seven singular cases (nominative, genitive, dative, accusative, instrumental,
/// locative, vocative), `|`, then six plural ones (the plural vocative is the nominative).
///
/// A cell lists alternative endings separated by `/`; `-` means no such form.
/// Codes: `=` the nominative itself; `∅` the bare stem; `^` alternates a final г/к/х to
/// з/ц/с (Америка → Америці, Ріг → Розі); `+` doubles a final consonant after a vowel, or
/// adds an apostrophe after a labial or р (Русь → Руссю, Любов → Любов'ю); `*` opens a
/// final consonant cluster with о/е (ігри → ігор). Other endings are appended, written
/// ї/є/й after a vowel or apostrophe (Росі + і → Росії, Кита + ем → Китаєм).
pub(super) struct Paradigm {
    pub(super) strip: &'static [&'static str],
    pub(super) alternates: Alternation,
    pub(super) cells: &'static str,
}

/// How the stem of a paradigm changes outside the nominative.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Alternation {
    None,
    /// Second declension: the closed last syllable reopens (Київ → Києва, Чорновіл →
    /// Чорновола) and a fleeting vowel drops (Дністер → Дністра), see
    /// [`oblique_stems`](super::stems::oblique_stems).
    Closed,
    /// Third declension: і of the suffix -ість reopens to о (солідарність → солідарності,
    /// радість → радості), and so does і of a many-syllable -іч (поміч → помочі,
    /// північ → півночі), see [`third_stems`](super::stems::third_stems). A one-syllable
    /// Січ keeps it (Січі).
    Third,
}

impl Paradigm {
    /// The cells in [`SLOTS`] order, without the `|` between singular and plural.
    pub(super) fn cells(&self) -> impl Iterator<Item = &'static str> {
        self.cells.split_whitespace().filter(|cell| *cell != "|")
    }

    /// The stem of `word` after the first ending this paradigm strips; `None` when the
    /// word does not end in any of them.
    pub(super) fn stem<'w>(&self, word: &'w str) -> Option<&'w str> {
        self.strip
            .iter()
            .find_map(|ending| word.strip_suffix(ending))
    }
}
