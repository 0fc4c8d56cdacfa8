//! Loads the format criteria from `schema/`: the JSON Schema of the front matter, the rules
//! (status levels, required fields, body sections, limits), the vocabularies and the
//! municipalities. Nothing about the format is hard-coded elsewhere.

mod json;
mod municipalities;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;

pub use json::{JsonSchema, SchemaViolation, ViolationKind};
pub use municipalities::{Legacy, Lookup, Municipalities, Municipality};

/// File name of the JSON Schema inside `schema/`.
pub const JSON_SCHEMA_FILE: &str = "practice.schema.json";
/// File name of the rules inside `schema/`.
pub const RULES_FILE: &str = "rules.yaml";

/// A schema folder that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum SchemaError {
    /// A file could not be read.
    #[error("{}", crate::tr!("error-schema-unreadable", path = path.display().to_string(), reason = crate::i18n::io_reason(source)))]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A file could be read but not understood.
    #[error("{}", crate::tr!("error-schema-invalid", path = path.display().to_string(), message = message))]
    Data {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
}

/// Requirement levels and statuses, required fields, sections and limits (`rules.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// Version of the rules file format.
    pub version: u32,
    /// Short forms of province names, to the full name (`W-Vl` → `West-Vlaanderen`).
    #[serde(default)]
    pub province_abbreviations: std::collections::BTreeMap<String, String>,
    /// The collection's language (`nl`, `en`), for messages; Dutch when absent.
    #[serde(default)]
    pub language: Option<String>,
    /// Requirement levels from least to most demanding.
    pub levels: Vec<String>,
    /// The statuses a practice may have.
    pub statuses: Vec<StatusRule>,
    /// Months after which a published assessment is stale.
    pub review_interval_months: u32,
    /// Largest file that is parsed.
    pub max_file_bytes: u64,
    /// Top-level fields in editing order.
    pub fields: Vec<FieldRule>,
    /// The criteria of `assessment`, in the order they are shown.
    pub criteria: Vec<Criterion>,
    /// Labels of parts of composite fields.
    #[serde(default)]
    pub parts: Vec<PartLabel>,
    /// The columns of `practices.csv`, in order.
    pub csv_columns: Vec<CsvColumn>,
    /// Vocabularies and the fields they apply to.
    pub vocabularies: Vec<VocabularyRef>,
    /// Fewest words in a required section.
    pub min_section_words: usize,
    /// Body sections in order.
    pub sections: Vec<SectionRule>,
    /// Second-level sections for the editors only, left out of the brochure.
    #[serde(default)]
    pub internal_sections: Vec<String>,
    /// Whether near-duplicate titles are reported.
    #[serde(default = "yes")]
    pub duplicate_titles: bool,
    /// Ids that cannot be file names everywhere (Windows' `con`, `nul`, `com1`, ...).
    #[serde(default)]
    pub reserved_ids: Vec<String>,
}

fn yes() -> bool {
    true
}

/// A status and the requirement level it must meet.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusRule {
    /// The value of `status`.
    pub id: String,
    /// Dutch label.
    pub label: String,
    /// One of `levels`.
    pub level: String,
    /// Listed, searched and counted when no `--status` is given (`archived` is not).
    #[serde(default = "yes")]
    pub shown: bool,
    /// Exported when no `--status` is given (only `published`).
    #[serde(default)]
    pub exported: bool,
}

/// A top-level front matter field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldRule {
    /// The key.
    pub key: String,
    /// Dutch label.
    pub label: String,
    /// Level from which it is required; optional when absent.
    #[serde(default)]
    pub required_from: Option<String>,
    /// A short Dutch explanation.
    #[serde(default)]
    pub help: String,
}

/// A criterion of the inventory: a key of `assessment`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Criterion {
    /// The key in `assessment`.
    pub key: String,
    /// Dutch label.
    pub label: String,
}

/// The label of a part of a composite field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PartLabel {
    /// Key path, `deployability.cost`.
    pub path: String,
    /// Dutch label.
    pub label: String,
}

/// A column of `practices.csv`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CsvColumn {
    /// A field key, a key path into a field, or one of [`COMPUTED_VALUES`].
    pub value: String,
    /// The heading; absent: the label of the field or criterion.
    #[serde(default)]
    pub label: Option<String>,
}

/// Values the tool computes rather than reads from a field, usable as a [`CsvColumn::value`].
pub const COMPUTED_VALUES: [&str; 3] = ["places.nis", "places.province", "file"];

/// Where a vocabulary applies.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VocabularyRef {
    /// Vocabulary id.
    pub id: String,
    /// File relative to `schema/`.
    pub file: String,
    /// Key path; `*` matches every list item.
    pub path: Vec<String>,
}

/// A second-level body heading.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    /// Heading text without `## `.
    pub heading: String,
    /// Level from which it is required; optional when absent.
    #[serde(default)]
    pub required_from: Option<String>,
    /// What the section holds (Dutch).
    #[serde(default)]
    pub holds: String,
}

/// A vocabulary: stable ids with Dutch labels.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    /// Vocabulary id.
    pub id: String,
    /// Dutch label of the vocabulary.
    pub label: String,
    /// Its values.
    pub values: Vec<Term>,
    /// Where it applies (from `rules.yaml`).
    #[serde(skip)]
    pub path: Vec<String>,
}

/// One vocabulary value.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Stable id.
    pub id: String,
    /// Dutch label.
    pub label: String,
}

impl Vocabulary {
    /// Whether `id` is one of the values.
    pub fn contains(&self, id: &str) -> bool {
        self.values.iter().any(|t| t.id == id)
    }

    /// The Dutch label of `id`.
    pub fn label_of(&self, id: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|t| t.id == id)
            .map(|t| t.label.as_str())
    }
}

/// Everything `validate` checks against, loaded from one `schema/` folder.
#[derive(Debug)]
pub struct Schema {
    /// The folder it was loaded from.
    pub dir: PathBuf,
    /// `rules.yaml`.
    pub rules: Rules,
    /// The JSON Schema document, for reading property names.
    pub json: serde_json::Value,
    /// The compiled JSON Schema, see [`Schema::json_schema`].
    compiled: OnceLock<JsonSchema>,
    /// The vocabularies.
    pub vocabularies: Vec<Vocabulary>,
    /// The municipalities.
    pub municipalities: Municipalities,
}

fn read(path: &Path) -> Result<String, SchemaError> {
    std::fs::read_to_string(path).map_err(|source| SchemaError::Io {
        path: path.to_owned(),
        source,
    })
}

fn yaml<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<T, SchemaError> {
    crate::yaml::from_str(&read(path)?).map_err(|e| SchemaError::Data {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// Whether the JSON Schema `json` describes the key path `path` (`period.start`): each key a
/// property of the object before it.
fn has_path(json: &serde_json::Value, path: &str) -> bool {
    let mut node = json;
    for key in path.split('.') {
        match node["properties"].get(key) {
            Some(next) => node = next,
            None => return false,
        }
    }
    true
}

impl Schema {
    /// Loads and cross-checks the schema folder `dir`. Its JSON Schema is read here but
    /// compiled on first use ([`Schema::json_schema`]): compiling it is a fifth of a cold
    /// search's work, and a search reads practices through the model only. Whatever checks a
    /// practice asks for the compiled schema first ([`crate::check::Context::new`]), so a JSON
    /// Schema that does not compile stops it with an error; nothing checks less.
    pub fn load(dir: &Path) -> Result<Schema, SchemaError> {
        let json_path = dir.join(JSON_SCHEMA_FILE);
        let json: serde_json::Value =
            serde_json::from_str(&read(&json_path)?).map_err(|e| SchemaError::Data {
                path: json_path.clone(),
                message: e.to_string(),
            })?;
        let rules_path = dir.join(RULES_FILE);
        let rules: Rules = yaml(&rules_path)?;
        let invalid = |message: String| SchemaError::Data {
            path: rules_path.clone(),
            message,
        };
        let known_level =
            |level: &Option<String>| level.as_ref().is_none_or(|l| rules.levels.contains(l));
        for s in &rules.statuses {
            if !rules.levels.contains(&s.level) {
                return Err(invalid(format!(
                    "status `{}` names unknown level `{}`",
                    s.id, s.level
                )));
            }
        }
        for f in &rules.fields {
            if !known_level(&f.required_from) {
                return Err(invalid(format!("field `{}` names an unknown level", f.key)));
            }
        }
        for s in &rules.sections {
            if !known_level(&s.required_from) {
                return Err(invalid(format!(
                    "section `{}` names an unknown level",
                    s.heading
                )));
            }
        }
        let assessment = &json["properties"]["assessment"]["properties"];
        for c in &rules.criteria {
            if assessment.get(&c.key).is_none() {
                return Err(invalid(format!(
                    "criterion `{}` is no key of `assessment` in {JSON_SCHEMA_FILE}",
                    c.key
                )));
            }
        }
        for column in &rules.csv_columns {
            if !COMPUTED_VALUES.contains(&column.value.as_str()) && !has_path(&json, &column.value)
            {
                return Err(invalid(format!(
                    "CSV column `{}` names no key path of {JSON_SCHEMA_FILE}",
                    column.value
                )));
            }
        }
        for part in &rules.parts {
            if !has_path(&json, &part.path) {
                return Err(invalid(format!(
                    "part `{}` names no key path of {JSON_SCHEMA_FILE}",
                    part.path
                )));
            }
        }
        let mut vocabularies = Vec::new();
        for r in &rules.vocabularies {
            let path = dir.join(&r.file);
            let mut vocabulary: Vocabulary = yaml(&path)?;
            if vocabulary.id != r.id {
                return Err(SchemaError::Data {
                    path,
                    message: format!("expected vocabulary `{}`, found `{}`", r.id, vocabulary.id),
                });
            }
            vocabulary.path = r.path.clone();
            vocabularies.push(vocabulary);
        }
        let municipalities = Municipalities::load(&dir.join("municipalities"))?;
        Ok(Schema {
            dir: dir.to_owned(),
            rules,
            json,
            compiled: OnceLock::new(),
            vocabularies,
            municipalities,
        })
    }

    /// The JSON Schema of the front matter, compiled on the first call and kept; an error
    /// naming `practice.schema.json` when it does not compile (asked again, it tries again).
    pub fn json_schema(&self) -> Result<&JsonSchema, SchemaError> {
        if let Some(compiled) = self.compiled.get() {
            return Ok(compiled);
        }
        let compiled = JsonSchema::compile(&self.json, &self.dir.join(JSON_SCHEMA_FILE))?;
        // Another thread may have compiled it meanwhile; either copy serves.
        Ok(self.compiled.get_or_init(|| compiled))
    }

    /// Rank of a requirement level (0 = least demanding).
    pub fn level_rank(&self, level: &str) -> Option<usize> {
        self.rules.levels.iter().position(|l| l == level)
    }

    /// The requirement rank a status must meet, `None` for an unknown status.
    pub fn status_rank(&self, status: &str) -> Option<usize> {
        let rule = self.rules.statuses.iter().find(|s| s.id == status)?;
        self.level_rank(&rule.level)
    }

    /// The language the collection names for its messages, if it names one this tool speaks.
    pub fn language(&self) -> Option<crate::i18n::Lang> {
        self.rules
            .language
            .as_deref()
            .and_then(crate::i18n::Lang::parse)
    }

    /// The label of status `id` (`published` → `Gepubliceerd`), or the id when it has none.
    pub fn status_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.rules
            .statuses
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.label.as_str())
    }

    /// The labels of statuses `ids`, as editors know them ("Ontwerp, Ter review"), joined.
    pub fn status_labels(&self, ids: &[String]) -> String {
        ids.iter()
            .map(|id| self.status_label(id))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The least demanding status (the one a new practice starts at, and what a practice
    /// without a status is held to).
    pub fn least_status(&self) -> Option<&str> {
        self.rules
            .statuses
            .iter()
            .min_by_key(|s| self.level_rank(&s.level))
            .map(|s| s.id.as_str())
    }

    /// The statuses `list`, `search` and `stats` take when none is asked for.
    pub fn shown_statuses(&self) -> Vec<String> {
        self.statuses_where(|s| s.shown)
    }

    /// The statuses `export` takes when none is asked for.
    pub fn exported_statuses(&self) -> Vec<String> {
        self.statuses_where(|s| s.exported)
    }

    fn statuses_where(&self, keep: impl Fn(&StatusRule) -> bool) -> Vec<String> {
        self.rules
            .statuses
            .iter()
            .filter(|s| keep(s))
            .map(|s| s.id.clone())
            .collect()
    }

    /// Whether a status must meet the most demanding level (a published practice).
    pub fn is_top_status(&self, status: &str) -> bool {
        self.status_rank(status)
            .is_some_and(|rank| rank + 1 == self.rules.levels.len())
    }

    /// Whether something `required_from` a level is required at `rank`.
    pub fn required_at(&self, required_from: Option<&str>, rank: usize) -> bool {
        required_from
            .and_then(|l| self.level_rank(l))
            .is_some_and(|from| from <= rank)
    }

    /// The rule of a top-level field.
    pub fn field(&self, key: &str) -> Option<&FieldRule> {
        self.rules.fields.iter().find(|f| f.key == key)
    }

    /// `Label (`key`)` for messages: the label editors know, the key they type.
    pub fn field_name(&self, key: &str) -> String {
        match self.field(key) {
            Some(f) if f.label != key => format!("{} (`{key}`)", f.label),
            _ => format!("`{key}`"),
        }
    }

    /// The heading of a CSV column: its own label, else the label of its criterion or field.
    pub fn column_label<'a>(&'a self, column: &'a CsvColumn) -> &'a str {
        if let Some(label) = &column.label {
            return label;
        }
        if let Some(key) = column.value.strip_prefix("assessment.")
            && let Some(c) = self.rules.criteria.iter().find(|c| c.key == key)
        {
            return &c.label;
        }
        self.field(&column.value)
            .map_or(column.value.as_str(), |f| f.label.as_str())
    }

    /// The label of a part of a composite field (`deployability.cost` → `kosten`), else its
    /// last key.
    pub fn part_label<'a>(&'a self, path: &'a str) -> &'a str {
        self.rules
            .parts
            .iter()
            .find(|p| p.path == path)
            .map_or_else(
                || path.rsplit('.').next().unwrap_or(path),
                |p| p.label.as_str(),
            )
    }

    /// The vocabulary with this id.
    pub fn vocabulary(&self, id: &str) -> Option<&Vocabulary> {
        self.vocabularies.iter().find(|v| v.id == id)
    }

    /// The vocabulary that applies at the key path `path` (`["organisations", "*", "type"]`).
    pub fn vocabulary_at(&self, path: &[&str]) -> Option<&Vocabulary> {
        self.vocabularies
            .iter()
            .find(|v| v.path.iter().map(String::as_str).eq(path.iter().copied()))
    }
}
