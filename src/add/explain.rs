//! Findings told to editors in plain Dutch. `validate` speaks to developers and CI (English
//! messages, rule codes); `add`, `edit` and `status` speak to the civil servants who write the
//! practices. Each finding becomes one Dutch sentence chosen by its stable rule code, with the
//! field's Dutch label from `schema/rules.yaml`, its key in backticks and the line it is on.
//! The field a finding belongs to is also what `add` asks again after a failed final check.

use crate::diagnostic::{Diagnostic, Severity};
use crate::schema::Schema;

/// One finding, explained.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// The top-level field (`evidence`), `body` for the Markdown part, `None` when the whole
    /// file is at fault.
    pub key: Option<String>,
    /// The line in the file.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// The Dutch sentence, starting with the field: ``Bewijs (`evidence`): ...``.
    pub text: String,
}

/// The top-level key whose entry holds `line` of `text` (1-based), `body` below the front
/// matter, `None` on the `---` lines or when the text has no front matter.
pub fn field_at(text: &str, line: usize) -> Option<String> {
    let mut lines = text.lines().enumerate();
    let (_, first) = lines.next()?;
    if first.trim_start_matches('\u{feff}').trim_end() != "---" || line <= 1 {
        return None;
    }
    let mut key = None;
    for (i, l) in lines {
        let n = i + 1;
        if l.trim_end() == "---" {
            return match line.cmp(&n) {
                std::cmp::Ordering::Greater => Some("body".to_owned()),
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Less => key,
            };
        }
        if n > line {
            return key;
        }
        if let Some((k, _)) = l.split_once(':')
            && !l.starts_with([' ', '\t', '-', '#'])
            && !k.is_empty()
            && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            key = Some(k.to_owned());
        }
    }
    key
}

/// The first text in backticks of a message: the field key or section a finding names.
fn subject(message: &str) -> Option<&str> {
    let (_, rest) = message.split_once('`')?;
    rest.split_once('`').map(|(s, _)| s)
}

/// The Dutch sentence for a rule code.
fn sentence(schema: &Schema, code: &str, folder: &str) -> String {
    let min = schema.rules.min_section_words;
    let months = schema.rules.review_interval_months;
    match code {
        "io" => "het bestand kan niet gelezen worden".into(),
        "not-utf8" => "het bestand bevat tekens die geen UTF-8 zijn; bewaar het als UTF-8".into(),
        "file-too-large" => "het bestand is groter dan toegelaten".into(),
        "front-matter-missing" => {
            "het bestand moet beginnen met de gegevens tussen twee regels ---".into()
        }
        "front-matter-unclosed" => {
            "de gegevens bovenaan worden niet afgesloten met een regel ---".into()
        }
        "front-matter-not-first" => "er staat iets vóór de eerste regel ---".into(),
        "yaml-syntax" => "deze regel is niet goed geschreven: kijk naar de dubbele punt, \
                          aanhalingstekens, haakjes en het inspringen"
            .into(),
        "yaml-duplicate-key" => "dit veld staat er twee keer".into(),
        "yaml-limit" => "de gegevens bovenaan zijn te diep genest of te groot".into(),
        "yaml-not-mapping" => "de gegevens bovenaan moeten de vorm `veld: waarde` hebben".into(),
        "unknown-key" => "dit veld kent het formaat niet; is het een tikfout?".into(),
        "missing-field" => "dit veld is verplicht voor deze status".into(),
        "wrong-type" => {
            "deze waarde heeft niet de juiste vorm (bv. één waarde waar een lijst hoort)".into()
        }
        "invalid-value" => "deze waarde is niet toegelaten (te lang, te kort, verkeerde vorm \
                            of niet uit de keuzelijst)"
            .into(),
        "id-mismatch" => "het id moet gelijk zijn aan de bestandsnaam (zonder .md)".into(),
        "id-duplicate" => "een andere praktijk heeft hetzelfde id".into(),
        "unknown-vocabulary" => "deze waarde staat niet in de keuzelijst".into(),
        "unknown-municipality" => "dit is geen Vlaamse gemeente (2025)".into(),
        "legacy-municipality" => {
            "deze gemeente is in 2025 gefusioneerd; schrijf de nieuwe gemeente".into()
        }
        "duplicate-value" => "deze waarde staat er twee keer".into(),
        "invalid-date" => "geen geldige datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD".into(),
        "period-order" => "de einddatum ligt vóór de startdatum".into(),
        "owner-count" => "er moet precies één organisatie met de rol eigenaar zijn".into(),
        "evidence-sources" => "bij dit bewijsniveau hoort minstens één bron".into(),
        "assessment-future" => "de datum van de beoordeling ligt in de toekomst".into(),
        "assessment-failed" => {
            "een gepubliceerde praktijk mag geen criterium hebben dat 'niet' voldaan is".into()
        }
        "assessment-stale" => {
            format!("de beoordeling is ouder dan {months} maanden; laat ze opnieuw doen")
        }
        "path-outside" => format!(
            "een bron of bijlage is een webadres dat met https:// begint, of een bestand in de \
             map {folder}"
        ),
        "attachment-missing" => format!("dit bestand staat niet in de map {folder}"),
        "related-missing" => "er is geen praktijk met dit id".into(),
        "related-self" => "een praktijk kan niet naar zichzelf verwijzen".into(),
        "section-missing" => "deze sectie is verplicht voor deze status".into(),
        "section-order" => "de secties staan niet in de vaste volgorde".into(),
        "section-duplicate" => "deze sectie staat er twee keer".into(),
        "section-name" => "deze titel lijkt op een vaste sectie, maar is anders gespeld".into(),
        "section-too-short" => format!("deze sectie heeft te weinig woorden (minstens {min})"),
        "link-broken" => "deze link verwijst naar niets in de collectie".into(),
        "title-duplicate" => "een andere praktijk heeft (bijna) dezelfde titel".into(),
        "summary-markup" => "de samenvatting moet gewone tekst zijn, zonder opmaak".into(),
        _ => "dit voldoet niet aan het formaat".into(),
    }
}

/// `Label (`key`)` of a top-level field, or the key alone.
pub fn label(schema: &Schema, key: &str) -> String {
    match schema.field(key) {
        Some(f) => format!("{} (`{key}`)", f.label),
        None => format!("`{key}`"),
    }
}

/// Explains the findings about `text` (the file as checked; `id` names its attachment folder).
pub fn explain(schema: &Schema, text: &str, id: &str, findings: &[Diagnostic]) -> Vec<Explained> {
    let folder = format!("practices/{id}/");
    // One explanation per field, also for a finding that names several.
    crate::check::one_per_field(schema, findings)
        .iter()
        .map(|d| {
            let mut key = field_at(text, d.line);
            let named = subject(&d.message);
            // A missing field is reported where it would go; the message names it.
            if d.code == "missing-field"
                && let Some(k) = named.and_then(|k| schema.field(k.split('.').next()?))
            {
                key = Some(k.key.clone());
            }
            let what = match (d.code, key.as_deref()) {
                (c, _) if c.starts_with("section-") => match named {
                    Some(heading) => format!("Sectie `{}`", heading.trim_start_matches("## ")),
                    None => "Tekst".to_owned(),
                },
                (_, Some("body")) => "Tekst".to_owned(),
                (_, Some(k)) => label(schema, k),
                (_, None) => "Bestand".to_owned(),
            };
            if d.code.starts_with("section-") {
                key = Some("body".to_owned());
            }
            Explained {
                key,
                line: d.line,
                severity: d.severity,
                text: format!("{what}: {}", sentence(schema, d.code, &folder)),
            }
        })
        .collect()
}

/// The explained findings as lines for the terminal: errors first, each with its line and,
/// below it, the line of the file it is about.
pub fn lines(text: &str, explained: &[Explained]) -> Vec<String> {
    let mut sorted: Vec<&Explained> = explained.iter().collect();
    sorted.sort_by_key(|e| (e.severity, e.line));
    let source: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for e in sorted {
        let kind = match e.severity {
            Severity::Error => "fout",
            Severity::Warning => "let op",
        };
        out.push(format!("  {kind}, regel {}: {}", e.line, e.text));
        if let Some(l) = source
            .get(e.line.saturating_sub(1))
            .filter(|l| !l.trim().is_empty())
        {
            let shown: String = l.chars().take(100).collect();
            out.push(format!("      {} | {shown}", e.line));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_belong_to_their_top_level_field() {
        let text = "---\nid: x\norganisations:\n  - {name: A}\nstatus: draft\n---\n## Context\n";
        assert_eq!(field_at(text, 1), None);
        assert_eq!(field_at(text, 2).as_deref(), Some("id"));
        assert_eq!(field_at(text, 4).as_deref(), Some("organisations"));
        assert_eq!(field_at(text, 5).as_deref(), Some("status"));
        assert_eq!(field_at(text, 6), None);
        assert_eq!(field_at(text, 7).as_deref(), Some("body"));
        assert_eq!(field_at("no front matter", 3), None);
    }
}
