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
#[error("{}", self.describe())]
pub struct UnknownValue {
    /// What kind of value (theme, municipality, ...).
    pub what: &'static str,
    /// The value given.
    pub value: String,
    /// The closest known value.
    pub suggestion: Option<String>,
    /// The values that are accepted, as "id (Label)", when they are few enough to list.
    pub valid: Vec<String>,
}

impl UnknownValue {
    fn describe(&self) -> String {
        let what = crate::tr!(&format!("what-{}", self.what.replace(' ', "-")));
        let mut text = crate::tr!("unknown-value", what = what, value = self.value.as_str());
        if let Some(s) = &self.suggestion {
            text.push_str(&crate::tr!(
                "unknown-value-did-you-mean",
                value = s.as_str()
            ));
        }
        if !self.valid.is_empty() {
            text.push_str(&crate::tr!(
                "unknown-value-valid",
                valid = self.valid.join(", ")
            ));
        }
        text
    }
}

/// The known value `input` names: an id or a label, without regard to case, accents or
/// punctuation (`Gepubliceerd`, `published`, `Oefenkansen Nederlands`).
fn find<'a>(input: &str, known: &[(&'a str, &'a str)]) -> Option<&'a str> {
    let key = fold_key(input);
    known
        .iter()
        .find(|(id, label)| fold_key(id) == key || fold_key(label) == key)
        .map(|(id, _)| *id)
}

/// `input` as one of `known`'s ids (`(id, label)` pairs), or the error naming the valid ones.
/// The one reading of a value people type, shared by the filters, `add` and `status`: an id or
/// a label in any case, with or without accents or punctuation.
pub fn normalise(
    input: &str,
    known: &[(&str, &str)],
    what: &'static str,
) -> Result<String, UnknownValue> {
    find(input, known)
        .map(str::to_owned)
        .ok_or_else(|| UnknownValue {
            what,
            value: input.to_owned(),
            // By id, else by label (`gepubliceer` → `published`).
            suggestion: crate::text::suggest(input, known.iter().map(|(id, _)| *id))
                .or_else(|| {
                    let label = crate::text::suggest(input, known.iter().map(|(_, l)| *l))?;
                    known.iter().find(|(_, l)| *l == label).map(|(id, _)| *id)
                })
                .map(str::to_owned),
            // A few values with their labels; a long vocabulary by ids, to stay readable.
            valid: known
                .iter()
                .map(|(id, label)| {
                    if id == label || known.len() > 8 {
                        (*id).to_owned()
                    } else {
                        format!("{id} ({label})")
                    }
                })
                .collect(),
        })
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
                // 285 names: the suggestion and `practice schema` serve better than a list.
                valid: Vec::new(),
            }),
        }
    }

    /// Checks theme, target group, province and status values against the schema and puts
    /// each in the form the data uses: a label or a short form (`Taalbeleid`, `W-Vl`,
    /// `Gepubliceerd`) becomes its id or full name.
    pub fn check(&mut self, schema: &Schema) -> Result<(), UnknownValue> {
        for (id, values, what) in [
            ("themes", &mut self.themes, "theme"),
            ("target_groups", &mut self.target_groups, "target group"),
        ] {
            let Some(v) = schema.vocabulary(id) else {
                continue;
            };
            let known: Vec<(&str, &str)> = v
                .values
                .iter()
                .map(|t| (t.id.as_str(), t.label.as_str()))
                .collect();
            for value in values.iter_mut() {
                *value = normalise(value, &known, what)?;
            }
        }
        let mut provinces: Vec<&str> = schema
            .municipalities
            .current()
            .iter()
            .map(|m| m.province.as_str())
            .collect();
        provinces.sort_unstable();
        provinces.dedup();
        let mut known: Vec<(&str, &str)> = provinces.iter().map(|p| (*p, *p)).collect();
        let short: Vec<(&str, &str)> = schema
            .rules
            .province_abbreviations
            .iter()
            .filter(|(_, full)| provinces.contains(&full.as_str()))
            .map(|(short, full)| (full.as_str(), short.as_str()))
            .collect();
        for value in self.provinces.iter_mut() {
            *value = match find(value, &short) {
                Some(full) => full.to_owned(),
                None => normalise(value, &known, "province")?,
            };
        }
        known.clear();
        known.extend(
            schema
                .rules
                .statuses
                .iter()
                .map(|s| (s.id.as_str(), s.label.as_str())),
        );
        for value in self.statuses.iter_mut() {
            *value = normalise(value, &known, "status")?;
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
