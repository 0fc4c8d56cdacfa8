//! One filter shared by `list`, `search` and `export`: themes, target groups, municipalities,
//! provinces, statuses and a start year.

use crate::model::Entry;
use crate::schema::{Lookup, Schema};
use crate::text::fold_key;

/// Which practices to keep. Within one criterion any value may match; all criteria must match.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Filter {
    /// Theme ids.
    pub themes: Vec<String>,
    /// Target group ids.
    pub target_groups: Vec<String>,
    /// 2025 NIS codes (resolve names with [`Filter::resolve_municipality`]).
    pub municipalities: Vec<String>,
    /// Province names, compared case- and accent-insensitively.
    pub provinces: Vec<String>,
    /// Statuses; empty means every status (commands fill in the schema's default, see
    /// [`Schema::shown_statuses`](crate::schema::Schema::shown_statuses)).
    pub statuses: Vec<String>,
    /// Only practices that started in or after this year.
    pub since: Option<i32>,
}

/// A filter value that names nothing known.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{value}`{}", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
pub struct UnknownValue {
    /// What kind of value (theme, municipality, ...).
    pub what: &'static str,
    /// The value given.
    pub value: String,
    /// The closest known value.
    pub suggestion: Option<String>,
}

impl Filter {
    /// A municipality name or NIS code (also pre-2025) as a 2025 NIS code.
    pub fn resolve_municipality(schema: &Schema, input: &str) -> Result<String, UnknownValue> {
        match schema.municipalities.lookup(input) {
            Lookup::Current(m) => Ok(m.nis.clone()),
            Lookup::Legacy { successor, .. } => Ok(successor.nis.clone()),
            Lookup::Unknown { suggestion } => Err(UnknownValue {
                what: "municipality",
                value: input.to_owned(),
                suggestion: suggestion.map(str::to_owned),
            }),
        }
    }

    /// Checks theme, target group, province and status values against the schema.
    pub fn check(&self, schema: &Schema) -> Result<(), UnknownValue> {
        let vocab = |id: &str, values: &[String], what: &'static str| -> Result<(), UnknownValue> {
            let Some(v) = schema.vocabulary(id) else {
                return Ok(());
            };
            for value in values {
                if !v.contains(value) {
                    return Err(UnknownValue {
                        what,
                        value: value.clone(),
                        suggestion: crate::text::suggest(
                            value,
                            v.values.iter().map(|t| t.id.as_str()),
                        )
                        .map(str::to_owned),
                    });
                }
            }
            Ok(())
        };
        vocab("themes", &self.themes, "theme")?;
        vocab("target_groups", &self.target_groups, "target group")?;
        let provinces: Vec<&str> = {
            let mut p: Vec<&str> = schema
                .municipalities
                .current()
                .iter()
                .map(|m| m.province.as_str())
                .collect();
            p.sort_unstable();
            p.dedup();
            p
        };
        for value in &self.provinces {
            if !provinces.iter().any(|p| fold_key(p) == fold_key(value)) {
                return Err(UnknownValue {
                    what: "province",
                    value: value.clone(),
                    suggestion: crate::text::suggest(value, provinces.iter().copied())
                        .map(str::to_owned),
                });
            }
        }
        for value in &self.statuses {
            if !schema.rules.statuses.iter().any(|s| &s.id == value) {
                return Err(UnknownValue {
                    what: "status",
                    value: value.clone(),
                    suggestion: crate::text::suggest(
                        value,
                        schema.rules.statuses.iter().map(|s| s.id.as_str()),
                    )
                    .map(str::to_owned),
                });
            }
        }
        Ok(())
    }

    /// Whether an entry passes the filter.
    pub fn matches(&self, entry: &Entry) -> bool {
        let p = &entry.practice;
        let any = |wanted: &[String], have: &[String]| {
            wanted.is_empty() || wanted.iter().any(|w| have.contains(w))
        };
        let status_ok = self.statuses.is_empty() || self.statuses.contains(&p.status);
        status_ok
            && any(&self.themes, &p.themes)
            && any(&self.target_groups, &p.target_groups)
            && (self.municipalities.is_empty()
                || entry
                    .places
                    .iter()
                    .any(|pl| self.municipalities.contains(&pl.nis)))
            && (self.provinces.is_empty()
                || entry.places.iter().any(|pl| {
                    self.provinces
                        .iter()
                        .any(|w| fold_key(w) == fold_key(&pl.province))
                }))
            && self.since.is_none_or(|year| {
                p.period
                    .as_ref()
                    .and_then(|pe| pe.start_year())
                    .is_some_and(|y| y >= year)
            })
    }
}
