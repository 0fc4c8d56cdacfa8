//! Flemish municipalities valid from 2025, with the 2019–2024 names and codes that merged, so a
//! practice may name a municipality by NIS code or by name and still be recognised.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::SchemaError;
use crate::text::{fold_key, suggest};

/// A municipality valid from 2025-01-01.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Municipality {
    /// Five-digit NIS code.
    pub nis: String,
    /// Dutch name.
    pub name: String,
    /// Province (Dutch name).
    pub province: String,
    /// Administrative arrondissement (Dutch name), from the first two digits of the NIS code;
    /// empty when the lists do not name it.
    pub arrondissement: String,
}

impl Municipality {
    /// The arrondissement's code: the first two digits of the NIS code.
    pub fn arrondissement_code(&self) -> &str {
        self.nis.get(..2).unwrap_or(&self.nis)
    }
}

/// A municipality of 2019–2024 that no longer exists under that name or code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Legacy {
    /// Its old NIS code.
    pub nis: String,
    /// Its old Dutch name.
    pub name: String,
    /// NIS code of the 2025 municipality it became part of.
    pub successor: String,
}

/// The result of looking up a code or name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// A municipality valid from 2025.
    Current(&'a Municipality),
    /// A pre-2025 municipality and its 2025 successor.
    Legacy {
        /// The old municipality.
        old: &'a Legacy,
        /// Its successor.
        successor: &'a Municipality,
    },
    /// Neither; with the closest name, if any is close.
    Unknown {
        /// A "did you mean".
        suggestion: Option<&'a str>,
    },
}

/// Every municipality the format accepts.
#[derive(Debug, Clone, Default)]
pub struct Municipalities {
    current: Vec<Municipality>,
    legacy: Vec<Legacy>,
    by_nis: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    legacy_by_nis: HashMap<String, usize>,
    legacy_by_name: HashMap<String, usize>,
}

#[derive(Deserialize)]
struct CurrentRow {
    nis: String,
    name_nl: String,
    name_fr: String,
    province_nl: String,
}

#[derive(Deserialize)]
struct OldRow {
    nis: String,
    name_nl: String,
    arrondissement_nl: String,
    successor_nis_2025: String,
}

#[derive(Deserialize)]
struct MergerRow {
    old_nis: String,
    old_name_nl: String,
    new_nis: String,
}

fn read_csv<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>, SchemaError> {
    let mut reader = csv::Reader::from_path(path).map_err(|e| SchemaError::Data {
        path: path.to_owned(),
        message: e.to_string(),
    })?;
    reader
        .deserialize()
        .collect::<Result<Vec<T>, _>>()
        .map_err(|e| SchemaError::Data {
            path: path.to_owned(),
            message: e.to_string(),
        })
}

impl Municipalities {
    /// Loads the three lists from `dir` (`schema/municipalities`).
    pub fn load(dir: &Path) -> Result<Self, SchemaError> {
        let mut m = Municipalities::default();
        let current: Vec<CurrentRow> = read_csv(&dir.join("flemish_municipalities_2025.csv"))?;
        for row in current {
            let i = m.current.len();
            m.by_nis.insert(row.nis.clone(), i);
            m.by_name.insert(fold_key(&row.name_nl), i);
            m.by_name.entry(fold_key(&row.name_fr)).or_insert(i);
            m.current.push(Municipality {
                nis: row.nis,
                name: row.name_nl,
                province: row.province_nl,
                arrondissement: String::new(),
            });
        }
        let old: Vec<OldRow> = read_csv(&dir.join("flemish_municipalities_2019_2024.csv"))?;
        let mergers: Vec<MergerRow> = read_csv(&dir.join("fusies_2025_mapping.csv"))?;
        // The 2025 list names no arrondissements; the 2019–2024 one does, and the first two
        // digits of a NIS code are its arrondissement, merged municipalities included.
        let arrondissements: HashMap<&str, &str> = old
            .iter()
            .filter_map(|r| Some((r.nis.get(..2)?, r.arrondissement_nl.as_str())))
            .collect();
        for m in &mut m.current {
            if let Some(name) = m.nis.get(..2).and_then(|code| arrondissements.get(code)) {
                m.arrondissement = (*name).to_owned();
            }
        }
        let rows = old
            .into_iter()
            .map(|r| (r.nis, r.name_nl, r.successor_nis_2025))
            .chain(
                mergers
                    .into_iter()
                    .map(|r| (r.old_nis, r.old_name_nl, r.new_nis)),
            );
        for (nis, name, successor) in rows {
            if !m.by_nis.contains_key(&successor) {
                return Err(SchemaError::Data {
                    path: dir.to_owned(),
                    message: format!(
                        "successor {successor} of {name} ({nis}) is not a 2025 municipality"
                    ),
                });
            }
            let i = m.legacy.len();
            m.legacy_by_nis.entry(nis.clone()).or_insert(i);
            m.legacy_by_name.entry(fold_key(&name)).or_insert(i);
            m.legacy.push(Legacy {
                nis,
                name,
                successor,
            });
        }
        Ok(m)
    }

    /// All municipalities valid from 2025, in NIS order of the source list.
    pub fn current(&self) -> &[Municipality] {
        &self.current
    }

    /// The 2019–2024 municipalities and their 2025 successors (unchanged ones included).
    pub fn legacy(&self) -> &[Legacy] {
        &self.legacy
    }

    /// The 2025 municipality with this NIS code.
    pub fn by_nis(&self, nis: &str) -> Option<&Municipality> {
        self.by_nis.get(nis).map(|&i| &self.current[i])
    }

    /// Looks up a NIS code or a name (case-, accent- and punctuation-insensitive), with a
    /// "did you mean" for an unknown name.
    pub fn lookup(&self, input: &str) -> Lookup<'_> {
        match self.find(input) {
            Lookup::Unknown { .. } => {
                let input = input.trim();
                let is_code = !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit());
                let suggestion = if is_code {
                    None
                } else {
                    suggest(input, self.current.iter().map(|m| m.name.as_str()))
                };
                Lookup::Unknown { suggestion }
            }
            found => found,
        }
    }

    /// Like [`Municipalities::lookup`], without searching a suggestion for an unknown name
    /// (that compares it with every municipality).
    pub fn find(&self, input: &str) -> Lookup<'_> {
        let input = input.trim();
        let is_code = !input.is_empty() && input.bytes().all(|b| b.is_ascii_digit());
        let key = fold_key(input);
        let current = if is_code {
            self.by_nis.get(input)
        } else {
            self.by_name.get(&key)
        };
        if let Some(&i) = current {
            return Lookup::Current(&self.current[i]);
        }
        let legacy = if is_code {
            self.legacy_by_nis.get(input)
        } else {
            self.legacy_by_name.get(&key)
        };
        if let Some(&i) = legacy {
            let old = &self.legacy[i];
            if let Some(successor) = self.by_nis(&old.successor) {
                return Lookup::Legacy { old, successor };
            }
        }
        Lookup::Unknown { suggestion: None }
    }
}
