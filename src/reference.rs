//! The format reference as Markdown, generated from `schema/` alone: statuses, every front
//! matter field with its Dutch label, type and the status from which it is required, the body
//! sections, the vocabularies with ids and labels, and the municipality mergers of 2025.
//! `practice schema` prints it; `docs/format-reference.md` is a committed copy that a test keeps
//! equal to it, so the documentation cannot drift from the rules.

use std::fmt::Write as _;

use serde_json::Value;

use crate::schema::Schema;
use crate::text::fold_key;

/// Escapes what would break a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn code(text: &str) -> String {
    format!("`{}`", cell(text))
}

/// Follows a local `$ref` of the JSON Schema.
fn resolve<'a>(root: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => root.pointer(pointer).unwrap_or(node),
        None => node,
    }
}

/// One line of description of a JSON Schema node found at `path` (`*` for list items).
fn describe(schema: &Schema, node: &Value, path: &[&str]) -> String {
    let node = resolve(&schema.json, node);
    let vocabulary = schema
        .vocabularies
        .iter()
        .find(|v| v.path.iter().map(String::as_str).eq(path.iter().copied()));
    if let Some(values) = node["enum"].as_array() {
        let names: Vec<String> = values.iter().filter_map(Value::as_str).map(code).collect();
        return format!("one of {}", names.join(", "));
    }
    if let Some(options) = node["anyOf"].as_array() {
        let parts: Vec<String> = options.iter().map(|o| describe(schema, o, path)).collect();
        return parts.join(", or ");
    }
    let mut out = match (node["type"].as_str(), vocabulary) {
        (Some("array"), Some(v)) => format!("list of ids from vocabulary `{}`", v.id),
        (Some("string"), Some(v)) => format!("id from vocabulary `{}`", v.id),
        (Some("array"), None) => {
            let item_path: Vec<&str> = path.iter().copied().chain(["*"]).collect();
            let item = describe(schema, &node["items"], &item_path);
            if item.contains(',') {
                format!("list (each: {item})")
            } else {
                format!("list of {item}")
            }
        }
        (Some("object"), _) => "mapping (keys below)".to_owned(),
        (Some("integer"), _) => "whole number".to_owned(),
        (Some("string"), None) => "text".to_owned(),
        (Some(other), _) => other.to_owned(),
        (None, _) => "any value".to_owned(),
    };
    let limits = [
        ("minLength", "at least {} characters"),
        ("maxLength", "at most {} characters"),
        ("minimum", "from {}"),
        ("maximum", "up to {}"),
        ("minItems", "at least {} items"),
    ];
    for (key, phrase) in limits {
        if let Some(n) = node[key]
            .as_u64()
            .filter(|n| !(key == "minLength" && *n == 1))
        {
            let phrase = match (key, n) {
                ("minItems", 1) => "at least one item".to_owned(),
                _ => phrase.replace("{}", &n.to_string()),
            };
            write!(out, ", {phrase}").ok();
        }
    }
    if node["minLength"].as_u64() == Some(1) {
        out.push_str(", not empty");
    }
    if let Some(pattern) = node["pattern"].as_str() {
        write!(out, ", matching {}", code(pattern)).ok();
    }
    out
}

fn statuses(schema: &Schema, out: &mut String) {
    let rules = &schema.rules;
    out.push_str("## Statuses\n\n");
    writeln!(
        out,
        "Requirement levels, from least to most demanding: {}. A field or section required from a \
         level is required for every status that must meet that level or a higher one.\n",
        rules
            .levels
            .iter()
            .map(|l| code(l))
            .collect::<Vec<_>>()
            .join(" → ")
    )
    .ok();
    out.push_str(
        "| status | label | must meet level | listed and searched by default | exported by default |\n\
         |---|---|---|---|---|\n",
    );
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    for s in &rules.statuses {
        writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            code(&s.id),
            cell(&s.label),
            code(&s.level),
            yes_no(s.shown),
            yes_no(s.exported)
        )
        .ok();
    }
    let top = rules.levels.last().map(String::as_str).unwrap_or_default();
    writeln!(
        out,
        "\nA practice at level {} whose `assessment.on` is older than {} months gets a warning. \
         Files larger than {} bytes are not read.\n",
        code(top),
        rules.review_interval_months,
        rules.max_file_bytes
    )
    .ok();
}

fn front_matter(schema: &Schema, out: &mut String) {
    out.push_str("## Front matter\n\n");
    out.push_str(
        "Keys in the order editors write them. Unknown keys are an error.\n\n\
         | key | label | required from | type | help |\n|---|---|---|---|---|\n",
    );
    let props = &schema.json["properties"];
    for field in &schema.rules.fields {
        let node = resolve(&schema.json, &props[field.key.as_str()]);
        let required = field
            .required_from
            .as_deref()
            .map_or("optional".to_owned(), code);
        writeln!(
            out,
            "| {} | {} | {required} | {} | {} |",
            code(&field.key),
            cell(&field.label),
            describe(schema, node, &[field.key.as_str()]),
            cell(&field.help)
        )
        .ok();
        // Keys inside a mapping, or inside the mappings of a list.
        let (inner, item_path) = match node["type"].as_str() {
            Some("object") => (node, vec![field.key.as_str()]),
            Some("array") => (
                resolve(&schema.json, &node["items"]),
                vec![field.key.as_str(), "*"],
            ),
            _ => continue,
        };
        let Some(keys) = inner["properties"].as_object() else {
            continue;
        };
        let keys = documented_order(keys, &field.help);
        let mandatory: Vec<&str> = inner["required"]
            .as_array()
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let prefix = if item_path.len() > 1 {
            format!("{}[].", field.key)
        } else {
            format!("{}.", field.key)
        };
        for (key, sub) in keys {
            let path: Vec<&str> = item_path.iter().copied().chain([key.as_str()]).collect();
            let required = if mandatory.contains(&key.as_str()) {
                format!("with {}", code(&field.key))
            } else {
                "optional".to_owned()
            };
            writeln!(
                out,
                "| {} |  | {required} | {} |  |",
                code(&format!("{prefix}{key}")),
                describe(schema, sub, &path)
            )
            .ok();
        }
    }
    out.push('\n');
}

/// The keys of a mapping in the order its field's help lists them (`{start, end, lifecycle}`),
/// the order FORMAT.md uses; keys the help does not name follow in alphabetical order.
fn documented_order<'a>(
    keys: &'a serde_json::Map<String, Value>,
    help: &str,
) -> Vec<(&'a String, &'a Value)> {
    let words: Vec<&str> = help
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut ordered: Vec<(&String, &Value)> = keys.iter().collect();
    ordered.sort_by_key(|(k, _)| words.iter().position(|w| w == k).unwrap_or(usize::MAX));
    ordered
}

fn sections(schema: &Schema, out: &mut String) {
    let rules = &schema.rules;
    out.push_str("## Body sections\n\n");
    writeln!(
        out,
        "Second-level headings, in this order; other headings may stand between them. A required \
         section has at least {} words.\n",
        rules.min_section_words
    )
    .ok();
    out.push_str("| heading | required from | holds |\n|---|---|---|\n");
    for s in &rules.sections {
        let required = s
            .required_from
            .as_deref()
            .map_or("optional".to_owned(), code);
        writeln!(
            out,
            "| `## {}` | {required} | {} |",
            cell(&s.heading),
            cell(&s.holds)
        )
        .ok();
    }
    if !rules.internal_sections.is_empty() {
        let names: Vec<String> = rules
            .internal_sections
            .iter()
            .map(|h| format!("`## {}`", cell(h)))
            .collect();
        writeln!(
            out,
            "\nFor the editors only, left out of the brochure: {}.",
            names.join(", ")
        )
        .ok();
    }
    out.push('\n');
}

fn vocabularies(schema: &Schema, out: &mut String) {
    out.push_str("## Vocabularies\n\nIds are stable; labels are Dutch.\n\n");
    for v in &schema.vocabularies {
        let applies = v.path.join(".").replace(".*.", "[].");
        writeln!(
            out,
            "### {} (`{}`)\n\nFor {}.\n",
            cell(&v.label),
            v.id,
            code(&applies)
        )
        .ok();
        out.push_str("| id | label |\n|---|---|\n");
        for t in &v.values {
            writeln!(out, "| {} | {} |", code(&t.id), cell(&t.label)).ok();
        }
        out.push('\n');
    }
}

fn municipalities(schema: &Schema, out: &mut String) {
    let m = &schema.municipalities;
    out.push_str("## Municipalities\n\n");
    writeln!(
        out,
        "`municipalities` takes the 5-digit NIS code or the Dutch name of any of the {} Flemish \
         municipalities valid from 2025-01-01 (case and accents do not matter). A municipality of \
         2019–2024 is accepted with a warning that names its successor. The mergers of 2025:\n",
        m.current().len()
    )
    .ok();
    out.push_str(
        "| former municipality | former NIS | since 2025 part of | NIS |\n|---|---|---|---|\n",
    );
    let mut rows: Vec<(String, String, String, String)> = m
        .legacy()
        .iter()
        .filter_map(|old| {
            let new = m.by_nis(&old.successor)?;
            let merged = old.nis != new.nis || fold_key(&old.name) != fold_key(&new.name);
            merged.then(|| {
                (
                    new.name.clone(),
                    old.name.clone(),
                    old.nis.clone(),
                    new.nis.clone(),
                )
            })
        })
        .collect();
    rows.sort();
    rows.dedup();
    for (new, old, old_nis, new_nis) in rows {
        writeln!(
            out,
            "| {} | {} | {} | {} |",
            cell(&old),
            code(&old_nis),
            cell(&new),
            code(&new_nis)
        )
        .ok();
    }
}

fn synonyms(schema: &Schema, out: &mut String) {
    // An unreadable file is `validate`'s to report; the reference then says there are none.
    let synonyms = crate::index::Synonyms::load(&schema.dir).unwrap_or_default();
    out.push_str(
        "\n## Synonyms\n\n`practice search` also finds the other entries of a group when a query \
         names one of them (`schema/synonyms.yaml`, applied at search time; case, accents, \
         plurals, diminutives and stop words do not matter). A term belongs to one group only; \
         `practice validate` checks the file.\n\n",
    );
    for group in &synonyms.groups {
        let entries: Vec<String> = group.iter().map(|t| code(t)).collect();
        writeln!(out, "- {}", entries.join(", ")).ok();
    }
    if !synonyms.narrower.is_empty() {
        out.push_str(
            "\nBroader terms find their narrower ones, not the other way round:\n\n\
             | a search for | also finds |\n|---|---|\n",
        );
        for (broad, narrow) in &synonyms.narrower {
            let entries: Vec<String> = narrow.iter().map(|t| code(t)).collect();
            writeln!(out, "| {} | {} |", code(broad), entries.join(", ")).ok();
        }
    }
}

/// The whole reference.
pub fn markdown(schema: &Schema) -> String {
    let mut out = String::from(
        "# Format reference\n\n\
         <!-- Generated from schema/ by `practice schema`; do not edit by hand. -->\n\n\
         What a practice file may and must contain, as `practice validate` checks it. Structure \
         and types come from `schema/practice.schema.json`, everything else from \
         `schema/rules.yaml`, the vocabularies in `schema/vocabularies/`, the municipality \
         lists in `schema/municipalities/` and the search synonyms in `schema/synonyms.yaml`.\n\n",
    );
    statuses(schema, &mut out);
    front_matter(schema, &mut out);
    sections(schema, &mut out);
    vocabularies(schema, &mut out);
    municipalities(schema, &mut out);
    synonyms(schema, &mut out);
    out
}
