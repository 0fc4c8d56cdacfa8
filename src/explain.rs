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

/// A date in another form than the format's (`15/11/2026`), with the same date written right
/// when it can be read as day, month and year.
/// `full` is true where only a full date will do.
pub(crate) fn date_shape(field: &str, text: &str, full: bool, suggestion: Option<&str>) -> Words {
    let forms = if full {
        "JJJJ-MM-DD"
    } else {
        "JJJJ, JJJJ-MM of JJJJ-MM-DD"
    };
    let message =
        format!("`{text}` bij {field} is geen datum in de vorm jaar-maand-dag ({forms}).");
    let help = match suggestion {
        Some(s) => format!("Schrijf het jaar eerst: `{s}`"),
        None => "Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld `2026-11-15`.".to_owned(),
    };
    words(message, help)
}

/// A date in the right form that does not exist (`2025-13-10`, `2023-02-30`).
pub(crate) fn impossible_date(field: &str, text: &str, suggestion: Option<&str>) -> Words {
    let month = text.get(5..7).and_then(|m| m.parse::<u32>().ok());
    let message = match month {
        Some(m) if !(1..=12).contains(&m) => {
            format!("`{text}` bij {field} bestaat niet: er is geen maand {m}.")
        }
        _ => format!("`{text}` bij {field} bestaat niet: die maand heeft zoveel dagen niet."),
    };
    let help = match suggestion {
        Some(s) => format!("Dag en maand staan omgewisseld; bedoel je `{s}`?"),
        None => "Schrijf een bestaande datum als JJJJ-MM-DD.".to_owned(),
    };
    words(message, help)
}

/// A section written as a heading of another level (`### Zelf aan de slag`).
pub(crate) fn heading_level(hashes: usize, heading: &str) -> Words {
    let written = "#".repeat(hashes);
    words(
        format!(
            "`{written} {heading}` is een kop van niveau {hashes}, maar de sectie `{heading}` moet een kop van niveau 2 zijn."
        ),
        format!("Schrijf twee hekjes: `## {heading}`"),
    )
}

/// A top-level field indented under another field.
pub(crate) fn field_belongs_at_top(key: &str, parent: &str, fix: &str) -> Words {
    words(
        format!("`{key}` staat ingesprongen onder `{parent}`, maar hoort op het hoogste niveau."),
        format!("Haal de spaties vooraan de regel weg: `{fix}`"),
    )
}

/// A sub-field written at the top level instead of under its field.
pub(crate) fn field_belongs_under(key: &str, parent: &str, parent_line: usize, fix: &str) -> Words {
    words(
        format!("`{key}` staat op het hoogste niveau, maar hoort onder `{parent}`."),
        format!("Zet de regel ingesprongen onder `{parent}:` (regel {parent_line}): `{fix}`"),
    )
}

/// A value between Word's curly quotes, which YAML keeps as part of the text.
pub(crate) fn curly_quoted_value(fix: &str) -> Words {
    words(
        "Deze waarde staat tussen krullende aanhalingstekens (uit Word of een e-mail), en die worden deel van de tekst."
            .into(),
        format!("Gebruik rechte aanhalingstekens: `{fix}`"),
    )
}
