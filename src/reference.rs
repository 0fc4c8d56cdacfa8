//! The format reference as Markdown, generated from `schema/` alone: statuses, every front
//! matter field with its Dutch label, type and the status from which it is required, the body
//! sections, the vocabularies with ids and labels, and the municipality mergers of 2025.
//! `practice schema` prints it in the reader's language; `docs/formaatbeschrijving.md` (Dutch)
//! and `docs/format-reference.md` (English) are committed copies that a test keeps equal to it,
//! so the documentation cannot drift from the rules. Its words come from the catalogue
//! (`locales/*/reference.ftl`); ids, keys and labels come from `schema/` as they are.

use std::fmt::Write as _;

use serde_json::Value;

use crate::i18n::{Arg, Lang, text_in};
use crate::schema::Schema;
use crate::text::fold_key;

/// The reference's words in one language.
struct Words(Lang);

impl Words {
    fn get(&self, id: &str) -> String {
        text_in(self.0, id, &[])
    }

    fn with(&self, id: &str, name: &'static str, value: impl Into<Arg>) -> String {
        text_in(self.0, id, &[(name, value.into())])
    }
}

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
fn describe(w: &Words, schema: &Schema, node: &Value, path: &[&str]) -> String {
    let node = resolve(&schema.json, node);
    let vocabulary = schema
        .vocabularies
        .iter()
        .find(|v| v.path.iter().map(String::as_str).eq(path.iter().copied()));
    if let Some(values) = node["enum"].as_array() {
        let names: Vec<String> = values.iter().filter_map(Value::as_str).map(code).collect();
        return w.with("ref-one-of", "values", names.join(", "));
    }
    if let Some(options) = node["anyOf"].as_array() {
        let parts: Vec<String> = options
            .iter()
            .map(|o| describe(w, schema, o, path))
            .collect();
        return parts.join(&format!("{} ", w.get("ref-or")));
    }
    let mut out = match (node["type"].as_str(), vocabulary) {
        (Some("array"), Some(v)) => w.with("ref-ids-from", "vocabulary", code(&v.id)),
        (Some("string"), Some(v)) => w.with("ref-id-from", "vocabulary", code(&v.id)),
        (Some("array"), None) => {
            let item_path: Vec<&str> = path.iter().copied().chain(["*"]).collect();
            let item = describe(w, schema, &node["items"], &item_path);
            if item.contains(',') {
                w.with("ref-list-each", "item", item)
            } else {
                w.with("ref-list-of", "item", item)
            }
        }
        (Some("object"), _) => w.get("ref-mapping"),
        (Some("integer"), _) => w.get("ref-integer"),
        (Some("string"), None) => w.get("ref-text"),
        (Some("boolean"), _) => w.get("ref-boolean"),
        (Some(other), _) => other.to_owned(),
        (None, _) => w.get("ref-any"),
    };
    let limits = [
        ("minLength", "ref-min-length"),
        ("maxLength", "ref-max-length"),
        ("minimum", "ref-minimum"),
        ("maximum", "ref-maximum"),
        ("minItems", "ref-min-items"),
    ];
    for (key, id) in limits {
        if let Some(n) = node[key]
            .as_u64()
            .filter(|n| !(key == "minLength" && *n == 1))
        {
            write!(out, ", {}", w.with(id, "n", n)).ok();
        }
    }
    if node["minLength"].as_u64() == Some(1) {
        write!(out, ", {}", w.get("ref-not-empty")).ok();
    }
    if let Some(pattern) = node["pattern"].as_str() {
        write!(out, ", {}", w.with("ref-pattern", "pattern", code(pattern))).ok();
    }
    out
}

fn statuses(w: &Words, schema: &Schema, out: &mut String) {
    let rules = &schema.rules;
    let levels: Vec<String> = rules.levels.iter().map(|l| code(l)).collect();
    writeln!(out, "## {}\n", w.get("ref-statuses")).ok();
    writeln!(
        out,
        "{}\n",
        w.with("ref-levels", "levels", levels.join(" → "))
    )
    .ok();
    writeln!(out, "{}\n|---|---|---|---|---|", w.get("ref-statuses-head")).ok();
    let yes_no = |b: bool| w.get(if b { "ref-yes" } else { "ref-no" });
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
    let review = text_in(
        w.0,
        "ref-review",
        &[
            ("level", code(top).into()),
            ("months", rules.review_interval_months.into()),
            // As digits: a byte count is not read as an amount, and a separator would differ
            // between the languages for no gain.
            ("bytes", rules.max_file_bytes.to_string().into()),
        ],
    );
    writeln!(out, "\n{review}\n").ok();
}

fn front_matter(w: &Words, schema: &Schema, out: &mut String) {
    writeln!(out, "## {}\n", w.get("ref-front")).ok();
    writeln!(out, "{}\n", w.get("ref-front-intro")).ok();
    writeln!(out, "{}\n|---|---|---|---|---|", w.get("ref-front-head")).ok();
    let optional = w.get("ref-optional");
    let props = &schema.json["properties"];
    for field in &schema.rules.fields {
        let node = resolve(&schema.json, &props[field.key.as_str()]);
        let required = field
            .required_from
            .as_deref()
            .map_or(optional.clone(), code);
        writeln!(
            out,
            "| {} | {} | {required} | {} | {} |",
            code(&field.key),
            cell(&field.label),
            describe(w, schema, node, &[field.key.as_str()]),
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
                w.with("ref-with", "key", code(&field.key))
            } else {
                optional.clone()
            };
            writeln!(
                out,
                "| {} |  | {required} | {} |  |",
                code(&format!("{prefix}{key}")),
                describe(w, schema, sub, &path)
            )
            .ok();
        }
    }
    out.push('\n');
}

/// The keys of a mapping in the order its field's help lists them (`{start, end, lifecycle}`);
/// keys the help does not name follow in alphabetical order.
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

fn sections(w: &Words, schema: &Schema, out: &mut String) {
    let rules = &schema.rules;
    writeln!(out, "## {}\n", w.get("ref-sections")).ok();
    let intro = w.with("ref-sections-intro", "words", rules.min_section_words);
    writeln!(out, "{intro}\n").ok();
    writeln!(out, "{}\n|---|---|---|", w.get("ref-sections-head")).ok();
    let optional = w.get("ref-optional");
    for s in &rules.sections {
        let required = s.required_from.as_deref().map_or(optional.clone(), code);
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
            "\n{}",
            w.with("ref-internal", "headings", names.join(", "))
        )
        .ok();
    }
    out.push('\n');
}

fn vocabularies(w: &Words, schema: &Schema, out: &mut String) {
    writeln!(out, "## {}\n", w.get("ref-vocabularies")).ok();
    writeln!(out, "{}\n", w.get("ref-vocabularies-intro")).ok();
    for v in &schema.vocabularies {
        let applies = v.path.join(".").replace(".*.", "[].");
        writeln!(out, "### {} (`{}`)\n", cell(&v.label), v.id).ok();
        writeln!(
            out,
            "{}\n",
            w.with("ref-vocabulary-for", "path", code(&applies))
        )
        .ok();
        writeln!(out, "{}\n|---|---|", w.get("ref-vocabulary-head")).ok();
        for t in &v.values {
            writeln!(out, "| {} | {} |", code(&t.id), cell(&t.label)).ok();
        }
        out.push('\n');
    }
}

fn municipalities(w: &Words, schema: &Schema, out: &mut String) {
    let m = &schema.municipalities;
    writeln!(out, "## {}\n", w.get("ref-municipalities")).ok();
    let intro = w.with("ref-municipalities-intro", "count", m.current().len());
    writeln!(out, "{intro}\n").ok();
    writeln!(out, "{}\n|---|---|---|---|", w.get("ref-mergers-head")).ok();
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

fn synonyms(w: &Words, schema: &Schema, out: &mut String) {
    // An unreadable file is `validate`'s to report; the reference then says there are none.
    let synonyms = crate::index::Synonyms::load(&schema.dir).unwrap_or_default();
    writeln!(out, "\n## {}\n", w.get("ref-synonyms")).ok();
    writeln!(out, "{}\n", w.get("ref-synonyms-intro")).ok();
    for group in &synonyms.groups {
        let entries: Vec<String> = group.iter().map(|t| code(t)).collect();
        writeln!(out, "- {}", entries.join(", ")).ok();
    }
    if !synonyms.narrower.is_empty() {
        writeln!(out, "\n{}\n", w.get("ref-narrower")).ok();
        writeln!(out, "{}\n|---|---|", w.get("ref-narrower-head")).ok();
        for (broad, narrow) in &synonyms.narrower {
            let entries: Vec<String> = narrow.iter().map(|t| code(t)).collect();
            writeln!(out, "| {} | {} |", code(broad), entries.join(", ")).ok();
        }
    }
}

/// The whole reference, in `lang`.
pub fn markdown(schema: &Schema, lang: Lang) -> String {
    let w = Words(lang);
    let mut out = format!(
        "# {}\n\n<!-- {} -->\n\n{}\n\n",
        w.get("ref-title"),
        w.get("ref-generated"),
        w.get("ref-intro")
    );
    statuses(&w, schema, &mut out);
    front_matter(&w, schema, &mut out);
    sections(&w, schema, &mut out);
    vocabularies(&w, schema, &mut out);
    municipalities(&w, schema, &mut out);
    synonyms(&w, schema, &mut out);
    out
}
