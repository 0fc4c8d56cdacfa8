//! A practice as labelled, readable fields: the Dutch labels of `schema/rules.yaml` and the
//! vocabulary labels instead of ids. Shared by `practice show`, the brochure and the CSV, so a
//! field reads the same everywhere.

use crate::model::{Entry, Practice};
use crate::schema::{Lookup, Schema};

/// One value of a field, with a URL when it points somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// What a reader sees.
    pub text: String,
    /// An `http(s)` or `mailto:` URL, or a path inside the collection.
    pub url: Option<String>,
}

impl Item {
    fn text(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            url: None,
        }
    }

    fn link(text: impl Into<String>, url: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            url: Some(url.into()),
        }
    }

    /// A source or material: a URL links to itself, anything else is an attachment path.
    fn reference(value: &str) -> Item {
        Item::link(value, value)
    }
}

/// A front matter field with its Dutch label and its values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// The front matter key.
    pub key: String,
    /// The Dutch label from `rules.yaml` (the key when it has none).
    pub label: String,
    /// Its values; never empty.
    pub items: Vec<Item>,
}

/// The label of a vocabulary value, or the id itself when the vocabulary does not know it.
pub fn term(schema: &Schema, vocabulary: &str, id: &str) -> String {
    schema
        .vocabulary(vocabulary)
        .and_then(|v| v.label_of(id))
        .unwrap_or(id)
        .to_owned()
}

/// The Dutch label of a status (`published` → `Gepubliceerd`).
pub fn status(schema: &Schema, id: &str) -> String {
    schema.status_label(id).to_owned()
}

/// An enum value written as a word: `output-gemeten` → `output gemeten`.
pub fn word(id: &str) -> String {
    id.replace('-', " ")
}

/// `40 deelnemers per jaar`.
pub fn reach(practice: &Practice) -> Option<String> {
    let r = practice.reach.as_ref()?;
    Some(match &r.period {
        Some(period) => format!("{} {} {period}", r.count, r.unit),
        None => format!("{} {}", r.count, r.unit),
    })
}

/// `vanaf 2019-10, lopend` or `2019-10 tot 2022-06, afgerond`.
pub fn period(practice: &Practice) -> Option<String> {
    let p = practice.period.as_ref()?;
    Some(match &p.end {
        Some(end) => format!("{} tot {end}, {}", p.start, p.lifecycle),
        None => format!("vanaf {}, {}", p.start, p.lifecycle),
    })
}

/// The municipalities as written, each resolved to its 2025 name, code and province when known.
pub fn municipalities(schema: &Schema, practice: &Practice) -> Vec<String> {
    practice
        .municipalities
        .iter()
        .map(|m| match schema.municipalities.find(m) {
            Lookup::Current(c) => format!("{} ({}, {})", c.name, c.nis, c.province),
            Lookup::Legacy { old, successor } => format!(
                "{} ({}, {}; vroeger {})",
                successor.name, successor.nis, successor.province, old.name
            ),
            Lookup::Unknown { .. } => format!("{m} (onbekend)"),
        })
        .collect()
}

/// The adoptions as written, each resolved to its 2025 name: `Aalst (41002, Oost-Vlaanderen),
/// sinds 2023-09: met de bib`.
pub fn adoptions(schema: &Schema, practice: &Practice) -> Vec<String> {
    practice
        .adoptions
        .iter()
        .map(|a| {
            let place = match schema.municipalities.lookup(&a.municipality) {
                Lookup::Current(c) => format!("{} ({}, {})", c.name, c.nis, c.province),
                Lookup::Legacy { successor, .. } => {
                    format!(
                        "{} ({}, {})",
                        successor.name, successor.nis, successor.province
                    )
                }
                Lookup::Unknown { .. } => format!("{} (onbekend)", a.municipality),
            };
            match &a.note {
                Some(note) => format!("{place}, sinds {}: {note}", a.since),
                None => format!("{place}, sinds {}", a.since),
            }
        })
        .collect()
}

/// Every field of `entry` that has a value, in the order of `fields` in `rules.yaml`, each
/// with its label there. A key the model does not hold is left out.
pub fn fields(entry: &Entry, schema: &Schema) -> Vec<Field> {
    schema
        .rules
        .fields
        .iter()
        .filter_map(|rule| {
            let items = items(entry, schema, &rule.key);
            (!items.is_empty()).then(|| Field {
                key: rule.key.clone(),
                label: rule.label.clone(),
                items,
            })
        })
        .collect()
}

/// The values of field `key` of `entry`, as a reader sees them; empty when it has none.
fn items(entry: &Entry, schema: &Schema, key: &str) -> Vec<Item> {
    let p = &entry.practice;
    let texts = |values: Vec<String>| values.into_iter().map(Item::text).collect::<Vec<_>>();
    // A vocabulary applies to a field by its path in `rules.yaml`, not by a name in code.
    let terms = |ids: &[String]| {
        let vocabulary = schema.vocabulary_at(&[key]).map(|v| v.id.as_str());
        texts(
            ids.iter()
                .map(|id| vocabulary.map_or_else(|| id.clone(), |v| term(schema, v, id)))
                .collect(),
        )
    };
    match key {
        "id" => vec![Item::text(&p.id)],
        "title" => vec![Item::text(&p.title)],
        "status" => vec![Item::text(status(schema, &p.status))],
        "municipalities" => texts(municipalities(schema, p)),
        "summary" => texts(p.summary.iter().cloned().collect()),
        "scope" => texts(p.scope.iter().map(|s| word(s)).collect()),
        "themes" => terms(&p.themes),
        "target_groups" => terms(&p.target_groups),
        "funding" => terms(&p.funding),
        "organisations" => {
            let kinds = schema
                .vocabulary_at(&[key, "*", "type"])
                .map(|v| v.id.as_str());
            texts(
                p.organisations
                    .iter()
                    .map(|o| {
                        let kind =
                            kinds.map_or_else(|| o.kind.clone(), |v| term(schema, v, &o.kind));
                        format!("{} ({kind}, {})", o.name, o.role)
                    })
                    .collect(),
            )
        }
        "period" => texts(period(p).into_iter().collect()),
        "evidence" => p.evidence.as_ref().map_or_else(Vec::new, |e| {
            let mut items = vec![Item::text(word(&e.level))];
            items.extend(e.sources.iter().map(|s| Item::reference(s)));
            items
        }),
        "reach" => texts(reach(p).into_iter().collect()),
        "deployability" => p.deployability.as_ref().map_or_else(Vec::new, |d| {
            let mut items = Vec::new();
            for (part, value) in [
                ("cost", &d.cost),
                ("staff", &d.staff),
                ("prerequisites", &d.prerequisites),
            ] {
                if let Some(value) = value {
                    let label = schema.part_label(&format!("{key}.{part}")).to_owned();
                    items.push(Item::text(format!("{label}: {value}")));
                }
            }
            items.extend(d.materials.iter().map(|m| Item::reference(m)));
            items
        }),
        "contact" => p.contact.as_ref().map_or_else(Vec::new, |c| {
            let mut items = vec![Item::text(&c.organisation)];
            if let Some(email) = &c.email {
                items.push(Item::link(email, format!("mailto:{email}")));
            }
            if let Some(url) = &c.url {
                items.push(Item::reference(url));
            }
            items
        }),
        "links" => p
            .links
            .iter()
            .map(|l| Item::link(&l.title, &l.url))
            .collect(),
        "attachments" => p.attachments.iter().map(|a| Item::reference(a)).collect(),
        "related" => texts(p.related.clone()),
        "adoptions" => texts(adoptions(schema, p)),
        "based_on" => texts(p.based_on.iter().cloned().collect()),
        "keywords" => texts(p.keywords.clone()),
        "assessment" => p.assessment.as_ref().map_or_else(Vec::new, |a| {
            let mut items: Vec<Item> = schema
                .rules
                .criteria
                .iter()
                .map(|c| {
                    let judged = judgement(p, &c.key).unwrap_or("");
                    Item::text(format!("{}: {judged}", c.label))
                })
                .collect();
            items.push(Item::text(format!("door {} op {}", a.by, a.on)));
            items
        }),
        "language" => texts(p.language.iter().cloned().collect()),
        "license" => texts(p.license.iter().cloned().collect()),
        _ => Vec::new(),
    }
}

/// The curator's judgement of criterion `key` (a `criteria` key of `rules.yaml`), if assessed.
pub fn judgement<'a>(practice: &'a Practice, key: &str) -> Option<&'a str> {
    practice
        .assessment
        .as_ref()?
        .judgements
        .get(key)
        .map(String::as_str)
}
