//! Checks what an editor typed, one value at a time, against `schema/`: lengths, patterns and
//! enumerations come from the JSON Schema, ids from the vocabularies, names from the
//! municipality lists. Flags and prompts share these checks, so an answer the prompt accepts
//! is one the validator accepts. Values come back normalised (vocabulary labels to ids,
//! municipality names to NIS codes).

use std::fmt;

use serde_json::{Value, json};

use super::places;
use crate::filter::normalise;
use crate::schema::{Schema, ViolationKind};
use crate::text::suggest;

/// Why a value cannot be used; `Display` words it in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Nothing was given where something is needed.
    Empty,
    /// Fewer characters than the schema allows.
    TooShort(u64),
    /// More characters than the schema allows.
    TooLong(u64),
    /// Not of the form the schema asks; with the field's help text.
    Form(String),
    /// Not a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date of the calendar; with the date probably
    /// meant (`15/11/2025` → `2025-11-15`).
    NotADate(Option<String>),
    /// Not a whole number of zero or more.
    NotACount,
    /// Not one of a fixed list of values.
    NotOneOf {
        /// The allowed values.
        allowed: Vec<String>,
        /// The closest one.
        suggestion: Option<String>,
    },
    /// Not an id of a vocabulary.
    NotInVocabulary {
        /// Vocabulary id.
        vocabulary: String,
        /// Its Dutch label.
        label: String,
        /// The closest id and its label.
        suggestion: Option<(String, String)>,
        /// The values accepted, as `id (Label)` or, for a long list, ids.
        valid: Vec<String>,
    },
    /// Not a Flemish municipality of 2025.
    NotAMunicipality {
        /// The closest name and its NIS code.
        suggestion: Option<(String, String)>,
    },
    /// The id belongs to another practice.
    Taken(String),
    /// A web address typed without `https://`; with the address as it was probably meant.
    NoScheme(String),
    /// Not an e-mail address.
    NotAnEmail,
    /// Neither a web address nor a file in the practice's attachment folder (the folder, as
    /// `practices/<id>/`).
    NotAnAttachment(String),
    /// Given without a value it depends on (a field key).
    Needs(&'static str),
}

impl fmt::Display for Fault {
    /// The message in the reader's language; the prompts show it under the answer, the command
    /// line after the flag and its value.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Fault::Empty => crate::tr!("add-fault-empty"),
            Fault::TooShort(n) => crate::tr!("add-fault-too-short", limit = *n),
            Fault::TooLong(n) => crate::tr!("add-fault-too-long", limit = *n),
            Fault::Form(help) => crate::tr!("add-fault-form", help = help),
            Fault::NotADate(None) => crate::tr!("add-fault-not-a-date"),
            Fault::NotADate(Some(date)) => format!(
                "{}{}",
                crate::tr!("add-fault-not-a-date"),
                crate::tr!("add-date-meant", date = date)
            ),
            Fault::NotACount => crate::tr!("add-fault-not-a-count"),
            Fault::NotOneOf {
                allowed,
                suggestion,
            } => match suggestion {
                Some(s) => crate::tr!(
                    "add-fault-not-one-of-meant",
                    value = s,
                    allowed = allowed.join(", ")
                ),
                None => crate::tr!("add-fault-not-one-of", allowed = allowed.join(", ")),
            },
            Fault::NotInVocabulary {
                label,
                suggestion,
                valid,
                ..
            } => match suggestion {
                Some((id, l)) => crate::tr!(
                    "add-fault-not-in-list-meant",
                    list = label,
                    label = l,
                    id = id,
                    valid = valid.join(", ")
                ),
                None => crate::tr!(
                    "add-fault-not-in-list",
                    list = label,
                    valid = valid.join(", ")
                ),
            },
            Fault::NotAMunicipality { suggestion } => match suggestion {
                Some((name, nis)) => {
                    crate::tr!("add-fault-not-a-municipality-meant", name = name, nis = nis)
                }
                None => crate::tr!("add-fault-not-a-municipality"),
            },
            Fault::Taken(path) => crate::tr!("add-fault-taken", path = path),
            Fault::NoScheme(url) => crate::tr!("add-fault-no-scheme", url = url),
            Fault::NotAnEmail => crate::tr!("add-fault-not-an-email"),
            Fault::NotAnAttachment(folder) => {
                crate::tr!("add-fault-not-an-attachment", folder = folder)
            }
            Fault::Needs(field) => crate::tr!(
                "add-fault-needs",
                flag = flags_phrase(flag(field).unwrap_or(field))
            ),
        };
        f.write_str(&text)
    }
}

/// A value given on the command line that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field it was meant for, as a key path (`period.start`).
    pub field: &'static str,
    /// What was given.
    pub value: String,
    /// Why it cannot be used.
    pub fault: Fault,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = flag(self.field).unwrap_or(self.field);
        if self.value.is_empty() {
            write!(f, "{name}: {}", self.fault)
        } else {
            write!(f, "{name} `{}`: {}", self.value, self.fault)
        }
    }
}

/// The command-line flags that fill each field `add` knows, by key path.
pub const FLAGS: &[(&str, &str)] = &[
    ("id", "--id"),
    ("title", "--title"),
    ("status", "--status"),
    ("municipalities", "--municipality"),
    ("summary", "--summary"),
    ("scope", "--scope"),
    ("themes", "--theme"),
    ("target_groups", "--target-group"),
    ("organisations", "--owner and --owner-type"),
    ("organisations.name", "--owner"),
    ("organisations.type", "--owner-type"),
    ("period", "--start and --lifecycle"),
    ("period.start", "--start"),
    ("period.end", "--end"),
    ("period.lifecycle", "--lifecycle"),
    ("evidence", "--evidence"),
    ("evidence.level", "--evidence"),
    ("evidence.sources", "--source"),
    ("reach", "--reach and --reach-unit"),
    ("reach.count", "--reach"),
    ("reach.unit", "--reach-unit"),
    ("reach.period", "--reach-period"),
    (
        "deployability",
        "--prerequisites, --cost, --staff or --material",
    ),
    ("deployability.materials", "--material"),
    ("deployability.cost", "--cost"),
    ("deployability.staff", "--staff"),
    ("deployability.prerequisites", "--prerequisites"),
    ("funding", "--funding"),
    ("contact", "--contact"),
    ("contact.organisation", "--contact"),
    ("contact.email", "--email"),
    ("contact.url", "--url"),
    ("keywords", "--keyword"),
    (
        "assessment",
        "--assessed-by, --assessed-on, --proven, --deployable and --reach-verdict",
    ),
    ("assessment.by", "--assessed-by"),
    ("assessment.on", "--assessed-on"),
    ("assessment.proven", "--proven"),
    ("assessment.deployable", "--deployable"),
    ("assessment.reach", "--reach-verdict"),
    ("body", "--body"),
];

/// The flags of [`FLAGS`] as a phrase of the reader's language (`--owner en --owner-type`).
pub(super) fn flags_phrase(flags: &str) -> String {
    flags
        .replace(" and ", &format!(" {} ", crate::tr!("add-flags-and")))
        .replace(" or ", &format!(" {} ", crate::tr!("add-flags-or")))
}

/// The flag(s) that fill a field, if `add` has any.
pub fn flag(field: &str) -> Option<&'static str> {
    FLAGS.iter().find(|(k, _)| *k == field).map(|(_, f)| *f)
}

/// Which vocabulary a field's values come from.
fn vocabulary_of(field: &str) -> Option<&'static str> {
    match field {
        "themes" => Some("themes"),
        "target_groups" => Some("target_groups"),
        "funding" => Some("funding"),
        "organisations.type" => Some("actor_types"),
        _ => None,
    }
}

/// Checks one value for `field` and returns it normalised.
pub fn check(schema: &Schema, field: &str, value: &str) -> Result<String, Fault> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Fault::Empty);
    }
    if let Some(id) = vocabulary_of(field) {
        return term(schema, id, value);
    }
    match field {
        "municipalities" => places::resolve(&schema.municipalities, value)
            .map(|p| p.municipality.nis.clone())
            .map_err(|s| Fault::NotAMunicipality {
                suggestion: s.map(|m| (m.name.clone(), m.nis.clone())),
            }),
        "status" => {
            // The labels editors know (`Gepubliceerd`, `ter review`) name a status as well.
            let known: Vec<(&str, &str)> = schema
                .rules
                .statuses
                .iter()
                .map(|s| (s.id.as_str(), s.label.as_str()))
                .collect();
            one_of(&known, value)
        }
        "period.start" | "period.end" => {
            if !is_date(value) {
                return Err(Fault::NotADate(meant_date(value)));
            }
            against_schema(schema, field, json!(value)).map(|_| value.to_owned())
        }
        "assessment.on" => {
            // A full calendar date; the schema gives the form, the calendar the day.
            let meant = meant_date(value);
            against_schema(schema, field, json!(value)).map_err(|fault| match fault {
                Fault::Form(_) if meant.is_some() => Fault::NotADate(meant.clone()),
                other => other,
            })?;
            if !is_date(value) {
                return Err(Fault::NotADate(meant));
            }
            Ok(value.to_owned())
        }
        "evidence.sources" | "deployability.materials" => {
            if crate::check::is_url(value) {
                return Ok(value.to_owned());
            }
            if let Some(url) = meant_url(value) {
                return Err(Fault::NoScheme(url));
            }
            against_schema(schema, field, json!(value)).map(|_| value.to_owned())
        }
        "contact.url" => match against_schema(schema, field, json!(value)) {
            Err(Fault::Form(_)) => Err(Fault::NoScheme(
                meant_url(value).unwrap_or_else(|| format!("https://{value}")),
            )),
            other => other.map(|_| value.to_owned()),
        },
        "contact.email" => match against_schema(schema, field, json!(value)) {
            Err(Fault::Form(_)) => Err(Fault::NotAnEmail),
            other => other.map(|_| value.to_owned()),
        },
        "reach.count" => {
            let n: u64 = value.parse().map_err(|_| Fault::NotACount)?;
            against_schema(schema, field, json!(n)).map(|_| n.to_string())
        }
        _ => against_schema(schema, field, json!(value))
            .map(|fixed| fixed.unwrap_or_else(|| value.to_owned())),
    }
}

/// A vocabulary id, also when typed as its label, in another case or without accents: read as
/// the filters read it ([`normalise`]).
fn term(schema: &Schema, vocabulary: &str, value: &str) -> Result<String, Fault> {
    let Some(v) = schema.vocabulary(vocabulary) else {
        return Ok(value.to_owned());
    };
    let known: Vec<(&str, &str)> = v
        .values
        .iter()
        .map(|t| (t.id.as_str(), t.label.as_str()))
        .collect();
    let unknown = match normalise(value, &known, "value") {
        Ok(id) => return Ok(id),
        Err(unknown) => unknown,
    };
    let by_id = unknown.suggestion.as_deref();
    let by_label = || {
        suggest(value, v.values.iter().map(|t| t.label.as_str()))
            .and_then(|l| v.values.iter().find(|t| t.label == l))
            .map(|t| t.id.as_str())
    };
    let suggestion = by_id.or_else(by_label).map(|id| {
        let label = v.label_of(id).unwrap_or_default().to_owned();
        (id.to_owned(), label)
    });
    Err(Fault::NotInVocabulary {
        vocabulary: v.id.clone(),
        label: v.label.clone(),
        suggestion,
        valid: unknown.valid,
    })
}

/// One of `known` (`(id, label)` pairs), read as the filters read it ([`normalise`]).
fn one_of(known: &[(&str, &str)], value: &str) -> Result<String, Fault> {
    normalise(value, known, "value").map_err(|unknown| Fault::NotOneOf {
        allowed: unknown.valid,
        suggestion: unknown.suggestion,
    })
}

/// Top-level domains that mark a typed text as a web address rather than a file name
/// (`verslag.pdf` is a file, `beveren.be/buddy` a web address).
const DOMAINS: &[&str] = &[
    "be",
    "nl",
    "eu",
    "com",
    "org",
    "net",
    "info",
    "vlaanderen",
    "brussels",
    "gent",
    "fr",
    "de",
    "uk",
    "lu",
    "io",
    "edu",
    "gov",
    "int",
];

/// The web address an editor most likely meant by a text without `https://`
/// (`www.beveren.be/buddy` → `https://www.beveren.be/buddy`), if it looks like one.
pub fn meant_url(value: &str) -> Option<String> {
    let value = value.trim();
    if value.contains(char::is_whitespace) || value.contains("://") {
        return None;
    }
    let host = value.split(['/', '?', '#']).next().unwrap_or(value);
    let labels: Vec<&str> = host.split('.').collect();
    let web = host.to_ascii_lowercase().starts_with("www.")
        || (labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            })
            && labels
                .last()
                .is_some_and(|tld| DOMAINS.contains(&tld.to_ascii_lowercase().as_str())));
    web.then(|| format!("https://{value}"))
}

/// The date an editor probably meant by a text that is none in the format's form: day first
/// (`15/11/2025`, `15-11-2025`, as `validate` reads it) or day and month swapped
/// (`2025-15-11`), written as `2025-11-15`.
pub(crate) fn meant_date(text: &str) -> Option<String> {
    let text = text.trim().trim_matches(['"', '\'']);
    crate::check::day_month_year(text).or_else(|| {
        let (y, m, d) = (text.get(..4)?, text.get(5..7)?, text.get(8..10)?);
        let swapped = format!("{y}-{d}-{m}");
        (text.len() == 10 && !is_date(text) && is_date(&swapped)).then_some(swapped)
    })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real day of the calendar.
fn is_date(text: &str) -> bool {
    crate::date::Partial::parse_shaped(text).is_some()
}

/// Checks a value with the JSON Schema as it would stand in the front matter, keeping only
/// what the schema says about that value (other fields are absent on purpose). A value of an
/// enumeration typed in another case comes back as the schema spells it. The `add` and `edit`
/// commands compile the JSON Schema before they ask anything, so that one that does not
/// compile stops them as a schema error; a library caller that did not gets that error here,
/// as the reason the value cannot be checked.
fn against_schema(schema: &Schema, field: &str, value: Value) -> Result<Option<String>, Fault> {
    let (instance, pointer) = place_in_document(field, value);
    let compiled = schema
        .json_schema()
        .map_err(|e| Fault::Form(e.to_string()))?;
    let Some(violation) = compiled
        .violations(&instance)
        .find(|v| v.pointer == pointer)
    else {
        return Ok(None);
    };
    let top = field.split('.').next().unwrap_or(field);
    let help = schema
        .field(top)
        .map(|f| f.help.clone())
        .unwrap_or_default();
    Err(match violation.kind {
        ViolationKind::MinLength { limit: 1 } => Fault::Empty,
        ViolationKind::MinLength { limit } => Fault::TooShort(limit),
        ViolationKind::MaxLength { limit } => Fault::TooLong(limit),
        ViolationKind::Enum { options } => {
            let known: Vec<(&str, &str)> =
                options.iter().map(|o| (o.as_str(), o.as_str())).collect();
            return one_of(&known, instance_value(&instance, &pointer)).map(Some);
        }
        _ => Fault::Form(help),
    })
}

fn instance_value<'a>(instance: &'a Value, pointer: &str) -> &'a str {
    instance
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// A minimal front matter holding only `value` at `field`, and the JSON pointer to it.
fn place_in_document(field: &str, value: Value) -> (Value, String) {
    // These fields are lists; their values are items.
    let (path, list) = match field {
        "organisations.name" | "organisations.type" => {
            let key = &field["organisations.".len()..];
            return (
                json!({"organisations": [{key: value}]}),
                format!("/organisations/0/{key}"),
            );
        }
        "evidence.sources" | "deployability.materials" | "keywords" | "related" => (field, true),
        _ => (field, false),
    };
    let mut node = if list { json!([value]) } else { value };
    let mut pointer = path
        .split('.')
        .fold(String::new(), |p, k| format!("{p}/{k}"));
    if list {
        pointer.push_str("/0");
    }
    for key in path.rsplit('.') {
        node = json!({ key: node });
    }
    (node, pointer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_need_the_calendar() {
        for ok in ["2023", "2023-02", "2024-02-29"] {
            assert!(is_date(ok), "{ok}");
        }
        for bad in [
            "23",
            "2023-2",
            "2023-13",
            "2023-02-30",
            "2023-02-01-01",
            "abcd",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn values_are_placed_where_the_schema_expects_them() {
        let (doc, pointer) = place_in_document("period.start", json!("2020"));
        assert_eq!(doc, json!({"period": {"start": "2020"}}));
        assert_eq!(pointer, "/period/start");
        let (doc, pointer) = place_in_document("evidence.sources", json!("x"));
        assert_eq!(doc, json!({"evidence": {"sources": ["x"]}}));
        assert_eq!(pointer, "/evidence/sources/0");
    }
}
