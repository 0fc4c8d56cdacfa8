//! The JSON Schema of the front matter, compiled: the only module that names the JSON Schema
//! engine (`jsonschema`). What an instance violates comes back as our own data
//! ([`SchemaViolation`]), so that the checks and `add` read the engine's verdict without
//! depending on its types, and another engine would change this file only.

use std::path::Path;

use jsonschema::error::{TypeKind, ValidationErrorKind};
use jsonschema::paths::LocationSegment;
use serde_json::Value;

use super::SchemaError;

/// The compiled JSON Schema (draft 2020-12) of `practice.schema.json`.
#[derive(Debug)]
pub struct JsonSchema {
    validator: jsonschema::Validator,
}

/// One rule of the JSON Schema that an instance breaks.
#[derive(Debug, Clone, PartialEq)]
pub struct SchemaViolation {
    /// Where in the instance: keys, and list positions written in decimal. Empty for the
    /// instance itself.
    pub path: Vec<String>,
    /// The same place as a JSON pointer (`/organisations/0/type`), empty for the instance.
    pub pointer: String,
    /// JSON pointer to the keyword of the schema document that failed, through `$ref`s as
    /// written (`/properties/period/$ref/properties/start/anyOf`).
    pub keyword: String,
    /// Which rule, with what it allows.
    pub kind: ViolationKind,
}

/// The rules of JSON Schema that the checks tell apart; every other one is [`Other`].
///
/// [`Other`]: ViolationKind::Other
#[derive(Debug, Clone, PartialEq)]
pub enum ViolationKind {
    /// Keys that no `properties` entry allows (`additionalProperties: false`).
    AdditionalProperties {
        /// The keys, in the order of the instance.
        unexpected: Vec<String>,
    },
    /// A key that `required` names is absent.
    Required {
        /// The key.
        property: String,
    },
    /// The value has another type.
    Type {
        /// The JSON types allowed (`string`, `array`, ...).
        expected: Vec<String>,
    },
    /// The value is none of an `enum`.
    Enum {
        /// The allowed values that are text, as the schema spells them.
        options: Vec<String>,
    },
    /// No alternative of an `anyOf` fits.
    AnyOf {
        /// The engine's English description, with the value left out.
        message: String,
    },
    /// A list with fewer items than `minItems`.
    MinItems {
        /// The least number of items.
        limit: u64,
    },
    /// A text shorter than `minLength` characters.
    MinLength {
        /// The least number of characters.
        limit: u64,
    },
    /// A text longer than `maxLength` characters.
    MaxLength {
        /// The most characters.
        limit: u64,
    },
    /// A text that does not match `pattern`.
    Pattern,
    /// A number below `minimum`.
    Minimum {
        /// The least value, as written in the schema.
        limit: String,
    },
    /// Any other rule.
    Other {
        /// The engine's English description, with the value left out.
        message: String,
    },
}

impl JsonSchema {
    /// Compiles the JSON Schema document `json`, read from `path` (named in the error).
    pub(super) fn compile(json: &Value, path: &Path) -> Result<JsonSchema, SchemaError> {
        let validator = jsonschema::options()
            .with_draft(jsonschema::Draft::Draft202012)
            .build(json)
            .map_err(|e| SchemaError::Data {
                path: path.to_owned(),
                message: e.to_string(),
            })?;
        Ok(JsonSchema { validator })
    }

    /// Every rule `instance` breaks, in the engine's order.
    pub fn violations<'a>(
        &'a self,
        instance: &'a Value,
    ) -> impl Iterator<Item = SchemaViolation> + 'a {
        self.validator.iter_errors(instance).map(|error| {
            let kind = match error.kind() {
                ValidationErrorKind::AdditionalProperties { unexpected } => {
                    ViolationKind::AdditionalProperties {
                        unexpected: unexpected.clone(),
                    }
                }
                ValidationErrorKind::Required { property } => ViolationKind::Required {
                    property: property.as_str().unwrap_or_default().to_owned(),
                },
                ValidationErrorKind::Type { kind } => ViolationKind::Type {
                    expected: match kind {
                        TypeKind::Single(t) => vec![t.to_string()],
                        TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
                    },
                },
                ValidationErrorKind::Enum { options } => ViolationKind::Enum {
                    options: options
                        .as_array()
                        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_owned))
                        .into_iter()
                        .flatten()
                        .collect(),
                },
                // Described only for the kinds the checks do not describe themselves: a
                // hostile file can break one rule 40,000 times.
                ValidationErrorKind::AnyOf { .. } => ViolationKind::AnyOf {
                    message: error.masked().to_string(),
                },
                ValidationErrorKind::MinItems { limit } => {
                    ViolationKind::MinItems { limit: *limit }
                }
                ValidationErrorKind::MinLength { limit } => {
                    ViolationKind::MinLength { limit: *limit }
                }
                ValidationErrorKind::MaxLength { limit } => {
                    ViolationKind::MaxLength { limit: *limit }
                }
                ValidationErrorKind::Pattern { .. } => ViolationKind::Pattern,
                ValidationErrorKind::Minimum { limit } => ViolationKind::Minimum {
                    limit: limit.to_string(),
                },
                _ => ViolationKind::Other {
                    message: error.masked().to_string(),
                },
            };
            SchemaViolation {
                path: error
                    .instance_path()
                    .iter()
                    .map(|s| match s {
                        LocationSegment::Property(p) => p.into_owned(),
                        LocationSegment::Index(i) => i.to_string(),
                    })
                    .collect(),
                pointer: error.instance_path().as_str().to_owned(),
                keyword: error.schema_path().as_str().to_owned(),
                kind,
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn compiled(schema: Value) -> JsonSchema {
        JsonSchema::compile(&schema, Path::new("practice.schema.json")).unwrap()
    }

    #[test]
    fn violations_say_where_and_which_rule() {
        let schema = compiled(json!({
            "type": "object",
            "additionalProperties": false,
            "properties": {
                "tags": {"type": "array", "items": {"enum": ["a", "b"]}},
                "count": {"type": "integer", "minimum": 0}
            }
        }));
        let instance = json!({"tags": ["a", "c"], "count": -1, "extra": true});
        let mut found: Vec<SchemaViolation> = schema.violations(&instance).collect();
        found.sort_by(|a, b| a.pointer.cmp(&b.pointer));
        let summary: Vec<(&str, &ViolationKind)> = found
            .iter()
            .map(|v| (v.pointer.as_str(), &v.kind))
            .collect();
        assert_eq!(
            summary,
            [
                (
                    "",
                    &ViolationKind::AdditionalProperties {
                        unexpected: vec!["extra".into()]
                    }
                ),
                ("/count", &ViolationKind::Minimum { limit: "0".into() }),
                (
                    "/tags/1",
                    &ViolationKind::Enum {
                        options: vec!["a".into(), "b".into()]
                    }
                ),
            ]
        );
        assert_eq!(found[2].path, ["tags", "1"]);
        assert_eq!(found[2].keyword, "/properties/tags/items/enum");
    }

    #[test]
    fn a_schema_that_does_not_compile_names_its_file() {
        let err = JsonSchema::compile(&json!({"type": "voorwerp"}), Path::new("x/p.json"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("x/p.json"), "{err}");
    }
}
