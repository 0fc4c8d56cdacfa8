//! Which practices to send to one municipality: the published practices of the others, nearby
//! first (same arrondissement, from the first two digits of the NIS code, then same province),
//! then by how well they meet the three criteria, how many people they reach, how often they
//! were taken over, and whether their themes are new to the municipality. Each pick carries the
//! reasons it was chosen, as data with a Dutch sentence for readers.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::i18n::{Arg, Lang};
use crate::model::Entry;
use crate::present;
use crate::schema::{Municipality, Schema};
use crate::stats::{Reach, reach};

/// How close a practice runs to the municipality; the first sort key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Proximity {
    /// One of its municipalities lies in the same arrondissement.
    Arrondissement,
    /// One lies in the same province.
    Province,
    /// Elsewhere in Flanders.
    Elsewhere,
}

/// Why a practice was chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Reason {
    /// It runs in the same arrondissement.
    SameArrondissement {
        /// The arrondissement.
        arrondissement: String,
        /// Its municipalities there.
        municipalities: Vec<String>,
    },
    /// It runs in the same province.
    SameProvince {
        /// The province.
        province: String,
        /// Its municipalities there.
        municipalities: Vec<String>,
    },
    /// The curator judged the criteria.
    Assessment {
        /// Criteria judged `voldaan`.
        met: usize,
        /// Criteria judged `deels`.
        partly: usize,
    },
    /// How many people it reaches.
    Reach {
        /// `40 deelnemers per jaar`.
        reach: String,
    },
    /// Other municipalities took it over.
    Adopted {
        /// Their names.
        municipalities: Vec<String>,
    },
    /// Its themes have no practice in the municipality yet.
    NewThemes {
        /// Their Dutch labels.
        themes: Vec<String>,
    },
}

impl Reason {
    /// The reason as a sentence fragment in the reader's language, for the municipality named
    /// `to`.
    pub fn text(&self, to: &str) -> String {
        self.text_in(crate::i18n::language(), to)
    }

    /// The reason in `lang`: the letters of an outreach bundle are written in Dutch whatever
    /// language the command speaks.
    pub fn text_in(&self, lang: Lang, to: &str) -> String {
        let (id, args): (&str, Vec<(&'static str, Arg)>) = match self {
            Reason::SameArrondissement {
                arrondissement,
                municipalities,
            } => (
                "note-outreach-arrondissement",
                vec![
                    ("arrondissement", arrondissement.into()),
                    ("municipalities", municipalities.join(", ").into()),
                ],
            ),
            Reason::SameProvince {
                province,
                municipalities,
            } => (
                "note-outreach-province",
                vec![
                    ("province", province.into()),
                    ("municipalities", municipalities.join(", ").into()),
                ],
            ),
            Reason::Assessment { met, partly } => (
                "note-outreach-assessment",
                vec![("met", (*met).into()), ("partly", (*partly).into())],
            ),
            Reason::Reach { reach } => ("note-outreach-reach", vec![("reach", reach.into())]),
            Reason::Adopted { municipalities } => (
                "note-outreach-adopted",
                vec![
                    ("count", municipalities.len().into()),
                    ("municipalities", municipalities.join(", ").into()),
                ],
            ),
            Reason::NewThemes { themes } => (
                "note-outreach-new-themes",
                vec![
                    ("count", themes.len().into()),
                    ("to", to.into()),
                    ("themes", themes.join(", ").into()),
                ],
            ),
        };
        crate::i18n::text_in(lang, id, &args)
    }
}

/// A practice chosen for a municipality.
#[derive(Debug, Clone, Serialize)]
pub struct Pick<'a> {
    /// The practice.
    #[serde(skip)]
    pub entry: &'a Entry,
    /// How close it runs.
    pub proximity: Proximity,
    /// Its score within its proximity: higher is better.
    pub score: u32,
    /// Why it was chosen, most telling first.
    pub reasons: Vec<Reason>,
}

/// Points per criterion judged `voldaan`; `deels` gets half.
const CRITERION: u32 = 10;
/// Most points for reach, adoptions and new themes each.
const CAP: u32 = 20;

/// The practices of `entries` worth sending to `to`, best first: published practices of other
/// municipalities that `to` has not taken over. Callers pass the practices they stand behind
/// (the binary passes the published, valid ones).
pub fn rank<'a>(entries: &[&'a Entry], schema: &Schema, to: &Municipality) -> Vec<Pick<'a>> {
    // Themes the municipality already has a practice in, its own or taken over.
    let covered: BTreeSet<&str> = entries
        .iter()
        .filter(|e| e.places.iter().chain(&e.adopters).any(|p| p.nis == to.nis))
        .flat_map(|e| e.practice.themes.iter().map(String::as_str))
        .collect();
    let mut picks: Vec<Pick<'a>> = entries
        .iter()
        .filter(|e| schema.is_top_status(&e.practice.status))
        .filter(|e| !e.places.iter().chain(&e.adopters).any(|p| p.nis == to.nis))
        .map(|e| pick(e, schema, to, &covered))
        .collect();
    picks.sort_by(|a, b| {
        (
            a.proximity,
            std::cmp::Reverse(a.score),
            &a.entry.practice.id,
        )
            .cmp(&(
                b.proximity,
                std::cmp::Reverse(b.score),
                &b.entry.practice.id,
            ))
    });
    picks
}

fn pick<'a>(
    entry: &'a Entry,
    schema: &Schema,
    to: &Municipality,
    covered: &BTreeSet<&str>,
) -> Pick<'a> {
    let p = &entry.practice;
    let mut reasons = Vec::new();
    let municipality = |nis: &str| schema.municipalities.by_nis(nis);
    let near = |same: &dyn Fn(&Municipality) -> bool| -> Vec<String> {
        entry
            .places
            .iter()
            .filter(|pl| municipality(&pl.nis).is_some_and(same))
            .map(|pl| pl.name.clone())
            .collect()
    };
    let in_arrondissement = near(&|m| m.arrondissement_code() == to.arrondissement_code());
    let in_province = near(&|m| m.province == to.province);
    let proximity = if !in_arrondissement.is_empty() {
        reasons.push(Reason::SameArrondissement {
            arrondissement: to.arrondissement.clone(),
            municipalities: in_arrondissement,
        });
        Proximity::Arrondissement
    } else if !in_province.is_empty() {
        reasons.push(Reason::SameProvince {
            province: to.province.clone(),
            municipalities: in_province,
        });
        Proximity::Province
    } else {
        Proximity::Elsewhere
    };
    let mut score = 0;
    let judged: Vec<&str> = schema
        .rules
        .criteria
        .iter()
        .filter_map(|c| present::judgement(p, &c.key))
        .collect();
    let met = judged.iter().filter(|j| **j == "voldaan").count();
    let partly = judged.iter().filter(|j| **j == "deels").count();
    if met + partly > 0 {
        score += CRITERION * met as u32 + CRITERION / 2 * partly as u32;
        reasons.push(Reason::Assessment { met, partly });
    }
    if let (Some(r), Some(text)) = (&p.reach, present::reach(p)) {
        // Tenfold the people, a few points more: 10 → 5, 100 → 10, 10,000 → 20.
        let digits = (r.count.max(1) as f64).log10();
        score += ((digits * 5.0).round() as u32).min(CAP);
        reasons.push(Reason::Reach { reach: text });
    }
    if !entry.adopters.is_empty() {
        score += (5 * entry.adopters.len() as u32).min(CAP);
        reasons.push(Reason::Adopted {
            municipalities: entry.adopters.iter().map(|a| a.name.clone()).collect(),
        });
    }
    let new: Vec<String> = p
        .themes
        .iter()
        .filter(|t| !covered.contains(t.as_str()))
        .map(|t| present::term(schema, "themes", t))
        .collect();
    if !new.is_empty() {
        score += (10 * new.len() as u32).min(CAP);
        reasons.push(Reason::NewThemes { themes: new });
    }
    Pick {
        entry,
        proximity,
        score,
        reasons,
    }
}

/// The municipalities that have no practice of their own and took none over, in the order of
/// the municipality list (NIS order).
pub fn unreached<'s>(entries: &[&Entry], schema: &'s Schema) -> Vec<&'s Municipality> {
    reach(entries, schema)
        .into_iter()
        .filter(|(_, how)| *how == Reach::None)
        .map(|(m, _)| m)
        .collect()
}
