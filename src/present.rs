//! A practice as labelled, readable fields: the Dutch labels of `schema/rules.yaml` and the
//! vocabulary labels instead of ids. Shared by `practice show`, the brochure and the CSV, so a
//! field reads the same everywhere.

use crate::model::{Entry, Practice};
use crate::schema::{Lookup, Schema};

/// The three criteria of the Flemish inventory: key in `assessment` and Dutch label.
pub const CRITERIA: [(&str, &str); 3] = [
    ("proven", "Werkt aantoonbaar"),
    ("deployable", "Direct inzetbaar"),
    ("reach", "Bereikt veel mensen"),
];

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
    pub key: &'static str,
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
    schema
        .rules
        .statuses
        .iter()
        .find(|s| s.id == id)
        .map_or(id, |s| s.label.as_str())
        .to_owned()
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

/// Every field of `entry` that has a value, in the editing order of `rules.yaml`.
pub fn fields(entry: &Entry, schema: &Schema) -> Vec<Field> {
    let p = &entry.practice;
    let texts = |values: Vec<String>| values.into_iter().map(Item::text).collect::<Vec<_>>();
    let terms = |vocabulary: &str, ids: &[String]| {
        texts(ids.iter().map(|id| term(schema, vocabulary, id)).collect())
    };
    let mut out = Vec::new();
    let mut push = |key: &'static str, items: Vec<Item>| {
        if !items.is_empty() {
            let label = schema.field(key).map_or(key, |f| f.label.as_str());
            out.push(Field {
                key,
                label: label.to_owned(),
                items,
            });
        }
    };
    push("id", vec![Item::text(&p.id)]);
    push("title", vec![Item::text(&p.title)]);
    push("status", vec![Item::text(status(schema, &p.status))]);
    push("municipalities", texts(municipalities(schema, p)));
    push("summary", texts(p.summary.iter().cloned().collect()));
    push("scope", texts(p.scope.iter().map(|s| word(s)).collect()));
    push("themes", terms("themes", &p.themes));
    push("target_groups", terms("target_groups", &p.target_groups));
    push(
        "organisations",
        texts(
            p.organisations
                .iter()
                .map(|o| {
                    let kind = term(schema, "actor_types", &o.kind);
                    format!("{} ({kind}, {})", o.name, o.role)
                })
                .collect(),
        ),
    );
    push("period", texts(period(p).into_iter().collect()));
    if let Some(e) = &p.evidence {
        let mut items = vec![Item::text(word(&e.level))];
        items.extend(e.sources.iter().map(|s| Item::reference(s)));
        push("evidence", items);
    }
    push("reach", texts(reach(p).into_iter().collect()));
    if let Some(d) = &p.deployability {
        let mut items = Vec::new();
        for (label, value) in [
            ("kosten", &d.cost),
            ("personeel", &d.staff),
            ("voorwaarden", &d.prerequisites),
        ] {
            if let Some(value) = value {
                items.push(Item::text(format!("{label}: {value}")));
            }
        }
        items.extend(d.materials.iter().map(|m| Item::reference(m)));
        push("deployability", items);
    }
    push("funding", terms("funding", &p.funding));
    if let Some(c) = &p.contact {
        let mut items = vec![Item::text(&c.organisation)];
        if let Some(email) = &c.email {
            items.push(Item::link(email, format!("mailto:{email}")));
        }
        if let Some(url) = &c.url {
            items.push(Item::reference(url));
        }
        push("contact", items);
    }
    push(
        "links",
        p.links
            .iter()
            .map(|l| Item::link(&l.title, &l.url))
            .collect(),
    );
    push(
        "attachments",
        p.attachments.iter().map(|a| Item::reference(a)).collect(),
    );
    push("related", texts(p.related.clone()));
    push("adoptions", texts(adoptions(schema, p)));
    push("based_on", texts(p.based_on.iter().cloned().collect()));
    push("keywords", texts(p.keywords.clone()));
    if let Some(a) = &p.assessment {
        let mut items: Vec<Item> = CRITERIA
            .iter()
            .map(|(key, label)| Item::text(format!("{label}: {}", judgement(p, key).unwrap_or(""))))
            .collect();
        items.push(Item::text(format!("door {} op {}", a.by, a.on)));
        push("assessment", items);
    }
    push("language", texts(p.language.iter().cloned().collect()));
    push("license", texts(p.license.iter().cloned().collect()));
    out
}

/// The curator's judgement of criterion `key` (`proven`, `deployable`, `reach`), if assessed.
pub fn judgement<'a>(practice: &'a Practice, key: &str) -> Option<&'a str> {
    let a = practice.assessment.as_ref()?;
    match key {
        "proven" => Some(&a.proven),
        "deployable" => Some(&a.deployable),
        "reach" => Some(&a.reach),
        _ => None,
    }
}
