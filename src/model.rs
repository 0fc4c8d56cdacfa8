//! The typed model of a practice, for the commands that read the collection (list, show,
//! search, export, stats): types, and how one is made from a parsed [`Document`]. Loading them
//! is the collection's work ([`crate::collection::load`]); `validate` works on the raw tree so
//! it can report on files this model cannot hold.

use std::path::PathBuf;

use serde::{Deserialize, Deserializer, Serialize};

use crate::practice::Document;
use crate::schema::{Lookup, Schema};

/// The front matter of a practice, with every key of the format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)] // Field meanings are the format's: see FORMAT.md and `practice schema`.
pub struct Practice {
    pub id: String,
    pub title: String,
    pub status: String,
    #[serde(deserialize_with = "strings")]
    pub municipalities: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisations: Vec<Organisation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<Evidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reach: Option<Reach>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deployability: Option<Deployability>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub funding: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adoptions: Vec<Adoption>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub based_on: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assessment: Option<Assessment>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub license: Option<String>,
}

/// An organisation involved in a practice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Organisation {
    pub name: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub role: String,
}

/// When a practice runs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Period {
    #[serde(deserialize_with = "string")]
    pub start: String,
    #[serde(
        default,
        deserialize_with = "opt_string",
        skip_serializing_if = "Option::is_none"
    )]
    pub end: Option<String>,
    pub lifecycle: String,
}

impl Period {
    /// The start year, if the start date begins with one.
    pub fn start_year(&self) -> Option<i32> {
        self.start.get(..4)?.parse().ok()
    }
}

/// Criterion "proven to work".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Evidence {
    pub level: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

/// Criterion "reaches many people".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Reach {
    pub count: u64,
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<String>,
}

/// Criterion "immediately deployable".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Deployability {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub materials: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub staff: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prerequisites: Option<String>,
}

/// Whom to contact.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Contact {
    pub organisation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// A further-reading link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// Another municipality that took the practice over.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[allow(missing_docs)]
pub struct Adoption {
    #[serde(deserialize_with = "string")]
    pub municipality: String,
    #[serde(deserialize_with = "string")]
    pub since: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// The curator's judgement of the criteria.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Who judged.
    pub by: String,
    /// When (`JJJJ-MM-DD`).
    pub on: String,
    /// The judgement of each criterion by its key: the criteria are data (`criteria` in
    /// `schema/rules.yaml`), so the model does not name them.
    #[serde(flatten)]
    pub judgements: std::collections::BTreeMap<String, String>,
}

fn scalar_to_string(v: serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn string<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    scalar_to_string(serde_json::Value::deserialize(d)?)
        .ok_or_else(|| serde::de::Error::custom("expected text or a number"))
}

fn opt_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(scalar_to_string(serde_json::Value::deserialize(d)?))
}

fn strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    let values = Vec::<serde_json::Value>::deserialize(d)?;
    values
        .into_iter()
        .map(|v| {
            scalar_to_string(v).ok_or_else(|| serde::de::Error::custom("expected text or a number"))
        })
        .collect()
}

/// A municipality a practice names, resolved to 2025.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// 2025 NIS code.
    pub nis: String,
    /// Dutch name.
    pub name: String,
    /// Province (Dutch name).
    pub province: String,
}

impl Place {
    /// The place of a 2025 municipality.
    pub fn of(m: &crate::schema::Municipality) -> Place {
        Place {
            nis: m.nis.clone(),
            name: m.name.clone(),
            province: m.province.clone(),
        }
    }
}

/// A practice of the collection with where it lives and its body.
#[derive(Debug, Clone, Serialize)]
pub struct Entry {
    /// The front matter.
    #[serde(flatten)]
    pub practice: Practice,
    /// Path relative to the root, `/`-separated.
    pub path: String,
    /// The file on disk.
    #[serde(skip)]
    pub file: PathBuf,
    /// Municipalities resolved to 2025 (unknown ones left out).
    pub places: Vec<Place>,
    /// Municipalities that took the practice over, resolved to 2025, each once and none of
    /// `places` (unknown ones left out), in the order of `adoptions`.
    pub adopters: Vec<Place>,
    /// The Markdown body.
    pub body: String,
    /// Whether `validate` finds errors in it.
    pub valid: bool,
}

impl Entry {
    /// Builds an entry from a document whose front matter fits the model.
    pub fn from_document(doc: &Document, schema: &Schema) -> Option<Entry> {
        let json = doc.front.as_ref()?.to_json();
        let practice: Practice = serde_json::from_value(json).ok()?;
        // `find`, not `lookup`: no "did you mean" is needed here, and it is the costly part.
        let resolve = |m: &String| match schema.municipalities.find(m) {
            Lookup::Current(m) => Some(Place::of(m)),
            Lookup::Legacy { successor, .. } => Some(Place::of(successor)),
            Lookup::Unknown { .. } => None,
        };
        let places: Vec<Place> = practice.municipalities.iter().filter_map(resolve).collect();
        let mut adopters: Vec<Place> = Vec::new();
        for place in practice
            .adoptions
            .iter()
            .filter_map(|a| resolve(&a.municipality))
        {
            if !places.contains(&place) && !adopters.contains(&place) {
                adopters.push(place);
            }
        }
        Some(Entry {
            practice,
            path: doc.rel.clone(),
            file: doc.path.clone(),
            places,
            adopters,
            body: doc.body().to_owned(),
            valid: true,
        })
    }
}

/// The practices of a collection that fit the model, sorted by id, and the paths of those that
/// do not (they need `practice validate`). Loaded by [`crate::collection::load`].
#[derive(Debug, Clone, Default)]
pub struct Collection {
    /// Readable practices.
    pub entries: Vec<Entry>,
    /// Files that could not be read into the model.
    pub unreadable: Vec<String>,
}

impl Collection {
    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.practice.id == id)
    }
}
