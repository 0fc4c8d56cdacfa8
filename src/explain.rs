//! The Dutch words for the mistakes editors make: what is wrong, in one sentence, and how to fix
//! it. Every message about a recognised mistake is written here and nowhere else, so that the
//! texts can move to a translation catalogue in one step. The checks decide which mistake it is
//! and where; this module only words it.

use crate::yaml::mistake::Mistake;

/// A finding's message and help.
pub(crate) struct Words {
    /// What is wrong, one sentence.
    pub message: String,
    /// How to fix it.
    pub help: Option<String>,
}

fn words(message: String, help: String) -> Words {
    Words {
        message,
        help: Some(help),
    }
}

/// The words for a YAML mistake.
pub(crate) fn yaml(mistake: &Mistake) -> Words {
    match mistake {
        Mistake::UnclosedQuote { fix } => words(
            "Het aanhalingsteken dat hier de waarde opent, wordt nergens gesloten.".into(),
            format!("Sluit de waarde op dezelfde regel af met hetzelfde teken: `{fix}`"),
        ),
        Mistake::QuoteInQuotes { fix } => words(
            "Dit aanhalingsteken sluit de waarde al af, terwijl de tekst nog verder loopt.".into(),
            format!("Gebruik binnen de waarde andere aanhalingstekens dan eromheen: `{fix}`"),
        ),
        Mistake::UnclosedBracket { fix } => {
            let message = if fix.ends_with('}') {
                "Het blok dat hier met `{` begint, wordt nergens met `}` gesloten."
            } else {
                "De lijst die hier met `[` begint, wordt nergens met `]` gesloten."
            };
            words(message.into(), format!("Sluit af op dezelfde regel: `{fix}`"))
        }
        Mistake::NoSpaceAfterColon { fix } => words(
            "Na deze dubbele punt ontbreekt een spatie.".into(),
            format!("Schrijf een spatie na de dubbele punt: `{fix}`"),
        ),
        Mistake::ColonInValue { fix } => words(
            "Deze waarde bevat een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel."
                .into(),
            format!("Zet de waarde tussen aanhalingstekens: `{fix}`"),
        ),
        Mistake::CurlyQuotes { fix } => words(
            "Dit is een krullend aanhalingsteken (uit Word of een e-mail), en YAML kent alleen rechte aanhalingstekens."
                .into(),
            format!("Vervang de krullende aanhalingstekens door rechte: `{fix}`"),
        ),
        Mistake::Indentation { key, spaces } => words(
            format!("`{key}` staat niet even ver ingesprongen als de sleutel erboven."),
            format!("Laat `{key}` met precies {spaces} spaties beginnen, net als de sleutel erboven."),
        ),
        Mistake::Tab => words(
            "Deze regel springt in met een tab, en YAML aanvaardt alleen spaties.".into(),
            "Vervang de tab door spaties: twee per niveau.".into(),
        ),
        Mistake::DashWithoutSpace { fix } => words(
            "Na het streepje van dit lijstitem ontbreekt een spatie.".into(),
            format!("Schrijf een spatie na het streepje: `{fix}`"),
        ),
        Mistake::Bom => words(
            "Hier staat een onzichtbaar BOM-teken (U+FEFF), meestal meegekopieerd uit een ander document."
                .into(),
            "Verwijder het teken: wis het begin van de regel en typ het opnieuw.".into(),
        ),
        Mistake::MissingDash { key, fix } => words(
            format!("Hier begint een nieuw lijstitem, maar de `- ` ervoor ontbreekt, zodat `{key}` twee keer in hetzelfde item staat."),
            format!("Zet `- ` voor de eerste sleutel van het item: `{fix}`"),
        ),
        Mistake::DuplicateKey { key, first_line } => words(
            format!("`{key}` staat hier voor de tweede keer in dezelfde groep."),
            format!("`{key}` staat al op regel {first_line}: houd er één van beide."),
        ),
        Mistake::Other { message, help } => Words {
            message: message.clone(),
            help: help.clone(),
        },
    }
}
