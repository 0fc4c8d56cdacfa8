//! The text of a new practice: front matter in the order of `rules.yaml` (which is the order of
//! FORMAT.md), written in the collection's compact style, and a body with every section of the
//! schema, each with a one-line hint in an HTML comment, in the reader's language (comments are
//! not counted as words, so the hints never make a section look written).

use super::Draft;
use crate::schema::Schema;

/// A YAML value as `add` writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Yaml {
    Text(String),
    Count(u64),
    List(Vec<Yaml>),
    Map(Vec<(&'static str, Yaml)>),
}

fn text(s: &str) -> Yaml {
    Yaml::Text(s.to_owned())
}

fn texts(items: &[String]) -> Option<Yaml> {
    (!items.is_empty()).then(|| Yaml::List(items.iter().map(|s| text(s)).collect()))
}

/// A map of the given entries that have a value, `None` when none has.
fn map(entries: Vec<(&'static str, Option<Yaml>)>) -> Option<Yaml> {
    let kept: Vec<(&'static str, Yaml)> = entries
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    (!kept.is_empty()).then_some(Yaml::Map(kept))
}

/// Words YAML 1.1 readers take for booleans or null when unquoted.
const RESERVED: &[&str] = &["true", "false", "yes", "no", "on", "off", "null", "y", "n"];

/// Whether `s` reads back as the same text without quotes, also inside `[...]` and `{...}`.
fn plain(s: &str) -> bool {
    let starts_with_letter = s.chars().next().is_some_and(char::is_alphabetic);
    starts_with_letter
        && s.trim() == s
        && !RESERVED.contains(&s.to_lowercase().as_str())
        && s.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '.' | '\'' | '’' | '(' | ')' | '/' | '+')
        })
}

fn scalar(s: &str) -> String {
    if plain(s) {
        s.to_owned()
    } else {
        // A JSON string is a valid YAML double-quoted scalar with the same escapes.
        serde_json::to_string(s).unwrap_or_else(|_| format!("{s:?}"))
    }
}

fn flow(value: &Yaml) -> String {
    match value {
        Yaml::Text(s) => scalar(s),
        Yaml::Count(n) => n.to_string(),
        Yaml::List(items) => format!(
            "[{}]",
            items.iter().map(flow).collect::<Vec<_>>().join(", ")
        ),
        Yaml::Map(entries) => format!(
            "{{{}}}",
            entries
                .iter()
                .map(|(k, v)| format!("{k}: {}", flow(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// One top-level entry; a list of maps gets a line per item, like `organisations` in FORMAT.md.
fn entry(key: &str, value: &Yaml, comment: Option<&str>) -> String {
    let mut line = match value {
        Yaml::List(items)
            if !items.is_empty() && items.iter().all(|i| matches!(i, Yaml::Map(_))) =>
        {
            let lines: Vec<String> = items.iter().map(|i| format!("  - {}", flow(i))).collect();
            format!("{key}:\n{}", lines.join("\n"))
        }
        _ => format!("{key}: {}", flow(value)),
    };
    if let Some(c) = comment {
        line = match line.split_once('\n') {
            Some((head, rest)) => format!("{head} # {c}\n{rest}"),
            None => format!("{line} # {c}"),
        };
    }
    line.push('\n');
    line
}

/// The front matter fields of a checked, normalised draft.
fn fields(d: &Draft, id: &str, status: &str) -> Vec<(&'static str, Yaml)> {
    let owner = d.owner.as_ref().map(|name| {
        Yaml::List(vec![Yaml::Map(vec![
            ("name", text(name)),
            ("type", text(d.owner_type.as_deref().unwrap_or_default())),
            ("role", text("eigenaar")),
        ])])
    });
    let period = d.start.as_ref().and_then(|start| {
        map(vec![
            ("start", Some(text(start))),
            ("end", d.end.as_deref().map(text)),
            ("lifecycle", d.lifecycle.as_deref().map(text)),
        ])
    });
    let evidence = d.evidence.as_ref().and_then(|level| {
        map(vec![
            ("level", Some(text(level))),
            ("sources", texts(&d.sources)),
        ])
    });
    let reach = d.reach.as_ref().and_then(|count| {
        map(vec![
            ("count", count.parse().ok().map(Yaml::Count)),
            ("unit", d.reach_unit.as_deref().map(text)),
            ("period", d.reach_period.as_deref().map(text)),
        ])
    });
    let deployability = map(vec![
        ("materials", texts(&d.materials)),
        ("cost", d.cost.as_deref().map(text)),
        ("staff", d.staff.as_deref().map(text)),
        ("prerequisites", d.prerequisites.as_deref().map(text)),
    ]);
    let contact_org = d.contact.as_ref().or(d
        .owner
        .as_ref()
        .filter(|_| d.email.is_some() || d.url.is_some()));
    let contact = contact_org.and_then(|org| {
        map(vec![
            ("organisation", Some(text(org))),
            ("email", d.email.as_deref().map(text)),
            ("url", d.url.as_deref().map(text)),
        ])
    });
    let assessment = d.assessed_on.as_ref().and_then(|on| {
        map(vec![
            ("by", d.assessed_by.as_deref().map(text)),
            ("on", Some(text(on))),
            ("proven", d.proven.as_deref().map(text)),
            ("deployable", d.deployable.as_deref().map(text)),
            ("reach", d.reach_verdict.as_deref().map(text)),
        ])
    });
    let all: Vec<(&'static str, Option<Yaml>)> = vec![
        ("id", Some(text(id))),
        ("title", d.title.as_deref().map(text)),
        ("status", Some(text(status))),
        ("municipalities", texts(&d.municipalities)),
        ("summary", d.summary.as_deref().map(text)),
        ("scope", d.scope.as_deref().map(text)),
        ("themes", texts(&d.themes)),
        ("target_groups", texts(&d.target_groups)),
        ("organisations", owner),
        ("period", period),
        ("evidence", evidence),
        ("reach", reach),
        ("deployability", deployability),
        ("funding", texts(&d.funding)),
        ("contact", contact),
        ("keywords", texts(&d.keywords)),
        ("assessment", assessment),
    ];
    all.into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect()
}

/// The front matter (without the `---` lines) in the order of `rules.yaml`.
pub(super) fn front_matter(schema: &Schema, d: &Draft, id: &str, status: &str) -> String {
    entries(schema, d, id, status)
        .into_iter()
        .map(|(_, text)| text)
        .collect()
}

/// Each top-level entry of the front matter with its key, in the order of `rules.yaml`; an
/// entry's text ends with a line end.
pub(crate) fn entries(
    schema: &Schema,
    d: &Draft,
    id: &str,
    status: &str,
) -> Vec<(&'static str, String)> {
    let mut entries = fields(d, id, status);
    let order = |key: &str| {
        schema
            .rules
            .fields
            .iter()
            .position(|f| f.key == key)
            .unwrap_or(usize::MAX)
    };
    entries.sort_by_key(|(k, _)| order(k));
    // The codes are what the format stores; the names make them readable.
    let names: Vec<&str> = d
        .municipalities
        .iter()
        .filter_map(|nis| schema.municipalities.by_nis(nis))
        .map(|m| m.name.as_str())
        .collect();
    let names = names.join(", ");
    entries
        .iter()
        .map(|(k, v)| {
            let comment = (*k == "municipalities" && !names.is_empty()).then_some(names.as_str());
            (*k, entry(k, v, comment))
        })
        .collect()
}

/// A body with every section heading of the schema and a one-line hint under each.
pub(super) fn body_template(schema: &Schema) -> String {
    let min = schema.rules.min_section_words;
    let mut out = String::new();
    for (i, section) in schema.rules.sections.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let what = if section.holds.is_empty() {
            String::new()
        } else {
            format!(
                "{} ",
                crate::tr!("add-template-holds", holds = &section.holds)
            )
        };
        let rule = match &section.required_from {
            Some(level) => crate::tr!("add-template-required", level = level, min = min),
            None => crate::tr!("add-template-optional"),
        };
        out.push_str(&format!(
            "## {}\n\n<!-- {what}{rule} -->\n",
            section.heading
        ));
    }
    out
}

/// The whole file: front matter between `---` lines, then the body.
pub(super) fn document(schema: &Schema, d: &Draft, id: &str, status: &str) -> String {
    let body = match &d.body {
        Some(body) => body.trim_start_matches(['\n', '\r']).to_owned(),
        None => body_template(schema),
    };
    let mut text = format!("---\n{}---\n{body}", front_matter(schema, d, id, status));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_safe_text_goes_unquoted() {
        let cases = [
            ("Taalbuddy's in Sint-Niklaas", "Taalbuddy's in Sint-Niklaas"),
            ("Caféklap", "Caféklap"),
            ("46021", "\"46021\""),
            ("2019-10", "\"2019-10\""),
            ("no", "\"no\""),
            ("Taal: werk", "\"Taal: werk\""),
            ("a, b", "\"a, b\""),
            ("#1 praktijk", "\"#1 praktijk\""),
            ("zegt \"hallo\"", "\"zegt \\\"hallo\\\"\""),
            ("", "\"\""),
        ];
        for (input, want) in cases {
            assert_eq!(scalar(input), want, "{input:?}");
        }
    }

    #[test]
    fn lists_of_maps_get_a_line_per_item() {
        let value = Yaml::List(vec![Yaml::Map(vec![
            ("name", text("Stad Gent")),
            ("role", text("eigenaar")),
        ])]);
        assert_eq!(
            entry("organisations", &value, None),
            "organisations:\n  - {name: Stad Gent, role: eigenaar}\n"
        );
        let codes = Yaml::List(vec![text("44021")]);
        assert_eq!(
            entry("municipalities", &codes, Some("Gent")),
            "municipalities: [\"44021\"] # Gent\n"
        );
    }
}
