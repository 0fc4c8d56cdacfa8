//! Where the collection stands, as data: practices per status, province, theme and target group,
//! and coverage of the Flemish municipalities ("were all municipalities reached?") counted two
//! ways, by own practice and by own practice or adoption, per province with the municipalities
//! that have neither yet, and the practices taken over most often.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::model::Entry;
use crate::present;
use crate::schema::{Municipality, Schema};

/// The statistics of a selection of practices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Practices counted.
    pub practices: usize,
    /// Of those, practices that `practice validate` finds errors in.
    pub invalid: usize,
    /// Per status, in the order of `rules.yaml`.
    pub by_status: Vec<Count>,
    /// Per province; a practice in several provinces counts in each.
    pub by_province: Vec<Count>,
    /// Per theme, in vocabulary order, zeros included (they show the gaps).
    pub by_theme: Vec<Count>,
    /// Per target group, in vocabulary order, zeros included.
    pub by_target_group: Vec<Count>,
    /// Municipalities with at least one practice.
    pub coverage: Coverage,
    /// The practices taken over by the most municipalities, most first (at most
    /// [`MOST_ADOPTED`]; none without adoptions).
    pub most_adopted: Vec<Adopted>,
}

/// How many practices [`Stats::most_adopted`] lists.
pub const MOST_ADOPTED: usize = 10;

/// A practice and how many municipalities took it over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Adopted {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Municipalities that took it over.
    pub adoptions: usize,
}

/// How a municipality is reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// It has a practice of its own.
    Own,
    /// It has none of its own but took one over.
    Adoption,
    /// Neither.
    None,
}

/// How each 2025 municipality is reached by `entries`, in the order of the municipality list.
pub fn reach<'s>(entries: &[&Entry], schema: &'s Schema) -> Vec<(&'s Municipality, Reach)> {
    let own: BTreeSet<&str> = entries
        .iter()
        .flat_map(|e| e.places.iter().map(|p| p.nis.as_str()))
        .collect();
    let adopted: BTreeSet<&str> = entries
        .iter()
        .flat_map(|e| e.adopters.iter().map(|p| p.nis.as_str()))
        .collect();
    schema
        .municipalities
        .current()
        .iter()
        .map(|m| {
            let reach = if own.contains(m.nis.as_str()) {
                Reach::Own
            } else if adopted.contains(m.nis.as_str()) {
                Reach::Adoption
            } else {
                Reach::None
            };
            (m, reach)
        })
        .collect()
}

/// How many practices have one value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Count {
    /// The id (or the name, for provinces).
    pub id: String,
    /// Its Dutch label.
    pub label: String,
    /// Practices.
    pub count: usize,
}

/// Coverage of all municipalities.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Coverage {
    /// Flemish municipalities (285 from 2025).
    pub municipalities: usize,
    /// Of those, how many have at least one practice of their own.
    pub reached: usize,
    /// Of those, how many have a practice of their own or took one over.
    pub reached_or_adopted: usize,
    /// Per province, in NIS order.
    pub provinces: Vec<ProvinceCoverage>,
}

/// Coverage of one province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProvinceCoverage {
    /// Province name.
    pub province: String,
    /// Municipalities in it.
    pub municipalities: usize,
    /// Of those, how many have at least one practice of their own.
    pub reached: usize,
    /// Of those, how many have a practice of their own or took one over.
    pub reached_or_adopted: usize,
    /// The municipalities with no practice of their own that took one over, alphabetically.
    pub adoption_only: Vec<Place>,
    /// The municipalities with neither, alphabetically (as a reader looks them up).
    pub without: Vec<Place>,
}

/// A municipality without a practice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// NIS code.
    pub nis: String,
    /// Dutch name.
    pub name: String,
}

/// Counts `ids` of every entry against the values of `vocabulary`, unknown ids last.
fn tally<'a>(
    schema: &Schema,
    vocabulary: &str,
    entries: &[&'a Entry],
    ids: impl Fn(&'a Entry) -> &'a [String],
) -> Vec<Count> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for entry in entries {
        let unique: BTreeSet<&str> = ids(entry).iter().map(String::as_str).collect();
        for id in unique {
            *counts.entry(id).or_default() += 1;
        }
    }
    let mut out: Vec<Count> = schema
        .vocabulary(vocabulary)
        .map(|v| &v.values[..])
        .unwrap_or_default()
        .iter()
        .map(|t| Count {
            id: t.id.clone(),
            label: t.label.clone(),
            count: counts.remove(t.id.as_str()).unwrap_or(0),
        })
        .collect();
    let mut unknown: Vec<(&str, usize)> = counts.into_iter().collect();
    unknown.sort_unstable();
    out.extend(unknown.into_iter().map(|(id, count)| Count {
        id: id.to_owned(),
        label: id.to_owned(),
        count,
    }));
    out
}

/// Computes the statistics of `entries`.
pub fn compute(entries: &[&Entry], schema: &Schema) -> Stats {
    let by_status = schema
        .rules
        .statuses
        .iter()
        .map(|s| Count {
            id: s.id.clone(),
            label: present::status(schema, &s.id),
            count: entries.iter().filter(|e| e.practice.status == s.id).count(),
        })
        .collect();
    let mut provinces: Vec<ProvinceCoverage> = Vec::new();
    for (m, how) in reach(entries, schema) {
        let i = match provinces.iter().position(|p| p.province == m.province) {
            Some(i) => i,
            None => {
                provinces.push(ProvinceCoverage {
                    province: m.province.clone(),
                    municipalities: 0,
                    reached: 0,
                    reached_or_adopted: 0,
                    adoption_only: Vec::new(),
                    without: Vec::new(),
                });
                provinces.len() - 1
            }
        };
        let p = &mut provinces[i];
        p.municipalities += 1;
        let place = Place {
            nis: m.nis.clone(),
            name: m.name.clone(),
        };
        match how {
            Reach::Own => {
                p.reached += 1;
                p.reached_or_adopted += 1;
            }
            Reach::Adoption => {
                p.reached_or_adopted += 1;
                p.adoption_only.push(place);
            }
            Reach::None => p.without.push(place),
        }
    }
    for p in &mut provinces {
        p.without.sort_by_cached_key(|m| crate::text::fold(&m.name));
        p.adoption_only
            .sort_by_cached_key(|m| crate::text::fold(&m.name));
    }
    let mut most_adopted: Vec<Adopted> = entries
        .iter()
        .filter(|e| !e.adopters.is_empty())
        .map(|e| Adopted {
            id: e.practice.id.clone(),
            title: e.practice.title.clone(),
            adoptions: e.adopters.len(),
        })
        .collect();
    most_adopted.sort_by(|a, b| b.adoptions.cmp(&a.adoptions).then_with(|| a.id.cmp(&b.id)));
    most_adopted.truncate(MOST_ADOPTED);
    let by_province = provinces
        .iter()
        .map(|p| Count {
            id: p.province.clone(),
            label: p.province.clone(),
            count: entries
                .iter()
                .filter(|e| e.places.iter().any(|pl| pl.province == p.province))
                .count(),
        })
        .collect();
    Stats {
        practices: entries.len(),
        invalid: entries.iter().filter(|e| !e.valid).count(),
        by_status,
        by_province,
        by_theme: tally(schema, "themes", entries, |e| &e.practice.themes),
        by_target_group: tally(schema, "target_groups", entries, |e| {
            &e.practice.target_groups
        }),
        coverage: Coverage {
            municipalities: schema.municipalities.current().len(),
            reached: provinces.iter().map(|p| p.reached).sum(),
            reached_or_adopted: provinces.iter().map(|p| p.reached_or_adopted).sum(),
            provinces,
        },
        most_adopted,
    }
}
