//! Structure of the front matter: unknown keys, fields the status requires, and every rule of
//! the JSON Schema, each mapped back to the line and column of the value it concerns.

use serde_json::Value as J;

use super::{Context, Findings, Help};
use crate::practice::Document;
use crate::rules as rule;
use crate::schema::ViolationKind;
use crate::text::suggest;
use crate::yaml::Node;

/// Runs the structural checks and returns the requirement rank of the practice's status (None
/// when the status is missing or unknown: then only the always-required fields are checked).
pub(super) fn check(
    doc: &Document,
    front: &Node,
    cx: &Context<'_>,
    out: &mut Findings<'_>,
) -> Option<usize> {
    let schema = cx.schema;
    let status = front.get("status").and_then(Node::as_str);
    let rank = status.and_then(|s| schema.status_rank(s));
    let json = front.to_json();
    let moved = misplaced(front, &schema.json);
    let moved_at: std::collections::HashMap<(usize, usize), &Misplaced<'_>> = moved
        .iter()
        .map(|m| ((m.key_pos.line, m.key_pos.column), m))
        .collect();
    for violation in cx.json_schema.violations(&json) {
        let segments = &violation.path;
        let node = front.pointer(segments);
        let pos = node.map_or(front.pos, |n| n.pos);
        let name = display_path(segments, schema);
        match &violation.kind {
            ViolationKind::AdditionalProperties { unexpected } => {
                let parent_schema = schema_at(&schema.json, &violation.keyword, 1);
                let known: Vec<&str> = parent_schema
                    .and_then(|s| s.get("properties"))
                    .and_then(J::as_object)
                    .map(|p| p.keys().map(String::as_str).collect())
                    .unwrap_or_default();
                // Keys by name, once: a hostile mapping can hold 100,000 unknown keys.
                let key_nodes: std::collections::HashMap<&str, &Node> = node
                    .and_then(Node::as_map)
                    .unwrap_or_default()
                    .iter()
                    .rev()
                    .filter_map(|(k, _)| Some((k.as_str()?, k)))
                    .collect();
                for key in unexpected {
                    let key_pos = key_nodes.get(key.as_str()).map_or(pos, |k| k.pos);
                    // A field one level off is one mistake: said here, and its missing field
                    // is not reported.
                    let parent = segments.first().map(String::as_str);
                    if let Some(m) = moved_at
                        .get(&(key_pos.line, key_pos.column))
                        .filter(|m| m.key == key.as_str() && m.up == parent.is_none())
                    {
                        let line = doc.lines.line(&doc.text, key_pos.line).unwrap_or("").trim();
                        let words = if m.up {
                            crate::explain::field_belongs_under(
                                m.key,
                                m.parent,
                                m.parent_line,
                                &format!("  {line}"),
                            )
                        } else {
                            crate::explain::field_belongs_at_top(m.key, m.parent, line)
                        };
                        let d = out.error(key_pos, rule::UNKNOWN_KEY, words.message);
                        if let Some(help) = words.help {
                            d.help(help);
                        }
                        continue;
                    }
                    let message = if segments.is_empty() {
                        crate::tr!("unknown-key", key = key)
                    } else {
                        crate::tr!("unknown-key-in", key = key, parent = name.as_str())
                    };
                    let suggesting = out.may_suggest();
                    let d = out.error(key_pos, rule::UNKNOWN_KEY, message);
                    let suggestion = suggesting.then(|| suggest(key, known.iter().copied()));
                    match suggestion.flatten() {
                        Some(s) => d.help(crate::tr!("did-you-mean", value = s)),
                        None => d.help(crate::tr!("known-keys", keys = known.join(", "))),
                    }
                }
            }
            // Top-level required fields depend on the status; they are checked below from rules.yaml.
            ViolationKind::Required { .. } if segments.is_empty() => {}
            ViolationKind::Required { property } => {
                let key = property.as_str();
                let parent = segments.first().map(String::as_str);
                if segments.len() == 1
                    && moved
                        .iter()
                        .any(|m| m.up && m.key == key && Some(m.parent) == parent)
                {
                    continue;
                }
                out.error(
                    pos,
                    rule::MISSING_FIELD,
                    crate::tr!("field-lacks", field = name.as_str(), key = key),
                );
            }
            ViolationKind::Type { expected } => {
                let expected = match expected.as_slice() {
                    [one] => one.as_str(),
                    _ => "",
                };
                let found = node.map_or_else(|| crate::tr!("check-type-empty"), super::kind_name);
                let d = out.error(
                    pos,
                    rule::WRONG_TYPE,
                    crate::tr!(
                        "check-wrong-type",
                        field = name.as_str(),
                        expected = type_name(expected),
                        found = found
                    ),
                );
                if let (true, Some(text)) = (expected == "array", node.and_then(Node::as_str)) {
                    d.help(crate::tr!("check-write-list", value = text));
                }
            }
            ViolationKind::Enum { options } => {
                let allowed: Vec<&str> = options.iter().map(String::as_str).collect();
                let given = node.and_then(Node::as_str).unwrap_or("");
                let suggesting = out.may_suggest();
                let d = out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!("value-not-allowed", field = name.as_str(), value = given),
                );
                let suggestion = suggesting.then(|| suggest(given, allowed.iter().copied()));
                let allowed = allowed.join(", ");
                match suggestion.flatten() {
                    Some(s) => d.help(crate::tr!(
                        "did-you-mean-allowed",
                        value = s,
                        allowed = allowed
                    )),
                    None => d.help(crate::tr!("allowed", allowed = allowed)),
                }
            }
            ViolationKind::AnyOf { .. } if is_date(segments) => {
                let text = node.and_then(Node::as_str).unwrap_or("");
                let suggestion = super::fields::day_month_year(text);
                let words = crate::explain::date_shape(&name, text, false, suggestion.as_deref());
                let d = out.error(pos, rule::INVALID_DATE, words.message);
                if let Some(help) = words.help {
                    d.help(help);
                }
            }
            ViolationKind::AnyOf { .. }
                if segments.first().is_some_and(|s| s == "municipalities") =>
            {
                out.error(
                    pos,
                    rule::WRONG_TYPE,
                    crate::tr!("municipality-form", field = name.as_str()),
                );
            }
            ViolationKind::MinItems { limit } => {
                out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!("too-few-items", field = name.as_str(), limit = *limit),
                );
            }
            ViolationKind::MinLength { limit } => {
                let length = node.and_then(Node::as_str).map_or(0, |s| s.chars().count());
                out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!(
                        "too-short",
                        field = name.as_str(),
                        length = length,
                        limit = *limit
                    ),
                );
            }
            ViolationKind::MaxLength { limit } => {
                let length = node.and_then(Node::as_str).map_or(0, |s| s.chars().count());
                out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!(
                        "too-long",
                        field = name.as_str(),
                        length = length,
                        limit = *limit
                    ),
                );
            }
            // A full date by pattern (`assessment.on`): the code stays `invalid-value`.
            ViolationKind::Pattern if is_date(segments) => {
                let text = node.and_then(Node::as_str).unwrap_or("");
                let suggestion = super::fields::day_month_year(text);
                let words = crate::explain::date_shape(&name, text, true, suggestion.as_deref());
                let d = out.error(pos, rule::INVALID_VALUE, words.message);
                if let Some(help) = words.help {
                    d.help(help);
                }
            }
            ViolationKind::Pattern => {
                let given = node.and_then(Node::as_str).unwrap_or("");
                let d = out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!("invalid-form", field = name.as_str(), value = given),
                );
                if let Some(h) = pattern_help(segments) {
                    d.help(h);
                }
            }
            ViolationKind::Minimum { limit } => {
                out.error(
                    pos,
                    rule::INVALID_VALUE,
                    crate::tr!(
                        "below-minimum",
                        field = name.as_str(),
                        limit = limit.as_str()
                    ),
                );
            }
            ViolationKind::AnyOf { message } | ViolationKind::Other { message } => {
                out.error(pos, rule::INVALID_VALUE, format!("{name}: {message}"));
            }
        }
    }
    required(doc, front, rank, cx, out, &moved);
    rank
}

/// A key written one level off: a top-level field indented under another field (`up` false),
/// or a field's own key written at the top (`up` true).
struct Misplaced<'n> {
    key: &'n str,
    key_pos: crate::diagnostic::Pos,
    /// The field it is under, or belongs under.
    parent: &'n str,
    /// File line of that field.
    parent_line: usize,
    up: bool,
}

/// Keys one level off, by the schema: only where the key is unknown where it stands, known one
/// level up or down, and not already present there.
fn misplaced<'n>(front: &'n Node, schema: &J) -> Vec<Misplaced<'n>> {
    use std::collections::HashSet;
    let top = schema.get("properties").and_then(J::as_object);
    let Some(top) = top else { return Vec::new() };
    let props = |field: &str| {
        top.get(field)
            .and_then(|f| f.get("properties"))
            .and_then(J::as_object)
    };
    let entries = front.as_map().unwrap_or_default();
    // Sets, not searches: a hostile front matter can hold 100,000 keys.
    let present: HashSet<&str> = entries.iter().filter_map(|(k, _)| k.as_str()).collect();
    // The mapping fields of the front matter, each with its keys.
    let objects: Vec<(&Node, &serde_json::Map<String, J>, HashSet<&str>)> = top
        .keys()
        .filter_map(|field| {
            let own = props(field)?;
            let key = front.key_node(field)?;
            let sub = front.get(field)?.as_map()?;
            let keys = sub.iter().filter_map(|(k, _)| k.as_str()).collect();
            Some((key, own, keys))
        })
        .collect();
    let mut out = Vec::new();
    for (key, own, _) in &objects {
        let parent = key.as_str().unwrap_or_default();
        for (sk, _) in front.get(parent).and_then(Node::as_map).unwrap_or_default() {
            let Some(name) = sk.as_str() else { continue };
            if !own.contains_key(name) && top.contains_key(name) && !present.contains(name) {
                out.push(Misplaced {
                    key: name,
                    key_pos: sk.pos,
                    parent,
                    parent_line: key.pos.line,
                    up: false,
                });
            }
        }
    }
    for (k, _) in entries {
        let Some(key) = k.as_str() else { continue };
        if top.contains_key(key) {
            continue;
        }
        let owner = objects
            .iter()
            .find(|(_, own, keys)| own.contains_key(key) && !keys.contains(key));
        if let Some((pk, _, _)) = owner {
            out.push(Misplaced {
                key,
                key_pos: k.pos,
                parent: pk.as_str().unwrap_or_default(),
                parent_line: pk.pos.line,
                up: true,
            });
        }
    }
    out
}

/// Fields that the status requires, from `rules.yaml`. Fields every practice needs are reported
/// one by one at the opening `---`; the fields a higher status adds are reported at the `status`
/// line, as one finding when several are missing: raising a draft to `review` is one step for
/// the editor, not nine mistakes.
fn required(
    doc: &Document,
    front: &Node,
    rank: Option<usize>,
    cx: &Context<'_>,
    out: &mut Findings<'_>,
    moved: &[Misplaced<'_>],
) {
    let schema = cx.schema;
    let status_node = front.get("status");
    // Without a known status, check what every status needs.
    let effective = rank.unwrap_or(0);
    // Missing for the status: each field with the level that requires it.
    let mut for_status: Vec<(&crate::schema::FieldRule, &str)> = Vec::new();
    for field in &schema.rules.fields {
        let Some(from) = field.required_from.as_deref() else {
            continue;
        };
        if !schema.required_at(Some(from), effective) || front.get(&field.key).is_some() {
            continue;
        }
        // Indented under another field: reported there as one mistake.
        if moved.iter().any(|m| !m.up && m.key == field.key) {
            continue;
        }
        if status_node.is_some() && schema.level_rank(from).is_some_and(|r| r > 0) {
            for_status.push((field, from));
            continue;
        }
        let name = schema.field_name(&field.key);
        let d = out.error(
            front_start(doc),
            rule::MISSING_FIELD,
            crate::tr!("field-missing", field = name.as_str()),
        );
        if !field.help.is_empty() {
            d.help(crate::tr!(
                "field-missing-help",
                key = field.key.as_str(),
                hint = field.help.as_str()
            ));
        }
    }
    let Some(status_node) = status_node else {
        return;
    };
    match for_status.as_slice() {
        [] => {}
        [(field, from)] => {
            let name = schema.field_name(&field.key);
            let d = out.error(
                status_node.pos,
                rule::MISSING_FIELD,
                crate::tr!("field-missing-from", field = name.as_str(), status = *from),
            );
            if !field.help.is_empty() {
                d.help(crate::tr!(
                    "field-missing-help",
                    key = field.key.as_str(),
                    hint = field.help.as_str()
                ));
            }
        }
        several => {
            let status = status_node.as_str().unwrap_or_default();
            let names: Vec<String> = several
                .iter()
                .map(|(f, _)| schema.field_name(&f.key))
                .collect();
            let keys: Vec<String> = several.iter().map(|(f, _)| f.key.clone()).collect();
            let id = front
                .get("id")
                .and_then(Node::as_str)
                .unwrap_or(doc.stem.as_str());
            let d = out.error(
                status_node.pos,
                rule::MISSING_FIELD,
                crate::tr!(
                    "fields-missing-for-status",
                    status = status,
                    count = several.len(),
                    fields = names.join(", ")
                ),
            );
            d.help(crate::tr!(
                "fields-missing-for-status-help",
                example = format!("{}:", keys[0]),
                id = id,
                status = status
            ));
            d.fields = keys;
        }
    }
}

/// An id or file name that Windows reserves for a device: `con`, `nul`, `com1`, also in
/// capitals and before a dot (`CON.txt`), per `reserved_ids` of `rules.yaml`.
pub(super) fn reserved_id(doc: &Document, front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    let lower = |text: &str| {
        text.chars()
            .flat_map(char::to_lowercase)
            .collect::<String>()
    };
    let reserved = |name: &str| {
        let base = name.split('.').next().unwrap_or(name).trim_end();
        // Device names are short: most ids are rejected without comparing.
        base.chars().count() <= 8
            && cx
                .schema
                .rules
                .reserved_ids
                .iter()
                .any(|r| lower(r) == lower(base))
    };
    let id = front.get("id");
    let (name, pos) = match id.and_then(|n| Some((n.as_str()?, n.pos))) {
        Some((text, pos)) if reserved(text) => (text, pos),
        _ if reserved(&doc.stem) => (doc.stem.as_str(), front_start(doc)),
        _ => return,
    };
    out.error(pos, rule::ID_RESERVED, crate::tr!("id-reserved", id = name))
        .help(crate::tr!("id-reserved-help"));
}

/// The opening `---` line of a document's front matter.
fn front_start(doc: &Document) -> crate::diagnostic::Pos {
    crate::diagnostic::Pos::new(doc.front_line.saturating_sub(1).max(1), 1, 3)
}

fn is_date(segments: &[String]) -> bool {
    matches!(
        segments.last().map(String::as_str),
        Some("start" | "end" | "on")
    )
}

fn pattern_help(segments: &[String]) -> Option<String> {
    match segments.first().map(String::as_str)? {
        "id" | "related" => Some(crate::tr!("check-pattern-id")),
        "contact" if segments.last().is_some_and(|s| s == "email") => {
            Some(crate::tr!("check-pattern-email"))
        }
        "contact" | "links" => Some(crate::tr!("check-pattern-url")),
        "assessment" => Some(crate::tr!("check-pattern-date")),
        "language" => Some(crate::tr!("check-pattern-language")),
        _ => None,
    }
}

/// `Organisaties (organisations[1].type)` style names for messages: the label editors know,
/// the key they type in backticks.
fn display_path(segments: &[String], schema: &crate::schema::Schema) -> String {
    let Some(first) = segments.first() else {
        return crate::tr!("the-front-matter");
    };
    let mut path = first.clone();
    for s in &segments[1..] {
        if s.bytes().all(|b| b.is_ascii_digit()) {
            path.push_str(&format!("[{s}]"));
        } else {
            path.push('.');
            path.push_str(s);
        }
    }
    match schema.field(first) {
        Some(f) if f.label != *first => format!("{} (`{path}`)", f.label),
        _ => format!("`{path}`"),
    }
}

/// A JSON Schema type in the reader's words.
fn type_name(t: &str) -> String {
    match t {
        "string" => crate::tr!("check-type-text"),
        "integer" => crate::tr!("check-type-integer"),
        "number" => crate::tr!("check-type-number"),
        "array" => crate::tr!("check-type-list"),
        "object" => crate::tr!("check-type-mapping"),
        "boolean" => crate::tr!("check-type-boolean"),
        _ => crate::tr!("check-type-other"),
    }
}

/// The schema object at a keyword location, following `$ref`s, after dropping `drop` trailing
/// segments (1 to go from `…/additionalProperties` to the object schema).
fn schema_at<'a>(root: &'a J, location: &str, drop: usize) -> Option<&'a J> {
    let segments: Vec<&str> = location.split('/').skip(1).collect();
    let keep = segments.len().checked_sub(drop)?;
    let mut node = root;
    for seg in &segments[..keep] {
        if *seg == "$ref" {
            let target = node.get("$ref")?.as_str()?.strip_prefix('#')?;
            node = root.pointer(target)?;
            continue;
        }
        let seg = seg.replace("~1", "/").replace("~0", "~");
        node = match node {
            J::Array(items) => items.get(seg.parse::<usize>().ok()?)?,
            _ => node.get(&seg)?,
        };
    }
    Some(node)
}
