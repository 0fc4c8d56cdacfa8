//! What an editor has given so far for a new practice, field by field as the flags name them,
//! and what the chosen status still requires.

use super::fields::{self, Fault, Problem};
use super::places;
use crate::schema::Schema;

/// The values of a new practice as typed: flags and prompt answers fill the same fields.
/// Empty means "not given".
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Draft {
    /// `--id`; proposed from the title when absent.
    pub id: Option<String>,
    /// `--title`.
    pub title: Option<String>,
    /// `--status`; the least demanding status when absent.
    pub status: Option<String>,
    /// `--municipality`: names or NIS codes, also pre-2025 ones.
    pub municipalities: Vec<String>,
    /// `--summary`.
    pub summary: Option<String>,
    /// `--scope`.
    pub scope: Option<String>,
    /// `--theme`: ids or labels of the vocabulary `themes`.
    pub themes: Vec<String>,
    /// `--target-group`: ids or labels of the vocabulary `target_groups`.
    pub target_groups: Vec<String>,
    /// `--owner`: the organisation with role `eigenaar`.
    pub owner: Option<String>,
    /// `--owner-type`: an id of the vocabulary `actor_types`.
    pub owner_type: Option<String>,
    /// `--start`: `period.start`.
    pub start: Option<String>,
    /// `--end`: `period.end`.
    pub end: Option<String>,
    /// `--lifecycle`: `period.lifecycle`.
    pub lifecycle: Option<String>,
    /// `--evidence`: `evidence.level`.
    pub evidence: Option<String>,
    /// `--source`: `evidence.sources`.
    pub sources: Vec<String>,
    /// `--reach`: `reach.count`, as typed.
    pub reach: Option<String>,
    /// `--reach-unit`: `reach.unit`.
    pub reach_unit: Option<String>,
    /// `--reach-period`: `reach.period`.
    pub reach_period: Option<String>,
    /// `--material`: `deployability.materials`.
    pub materials: Vec<String>,
    /// `--cost`: `deployability.cost`.
    pub cost: Option<String>,
    /// `--staff`: `deployability.staff`.
    pub staff: Option<String>,
    /// `--prerequisites`: `deployability.prerequisites`.
    pub prerequisites: Option<String>,
    /// `--funding`: ids of the vocabulary `funding`.
    pub funding: Vec<String>,
    /// `--contact`: `contact.organisation` (the owner when only `--email`/`--url` are given).
    pub contact: Option<String>,
    /// `--email`: `contact.email`.
    pub email: Option<String>,
    /// `--url`: `contact.url`.
    pub url: Option<String>,
    /// `--keyword`.
    pub keywords: Vec<String>,
    /// `--assessed-by`: `assessment.by`, who judged the three criteria.
    pub assessed_by: Option<String>,
    /// `--assessed-on`: `assessment.on`, a full date.
    pub assessed_on: Option<String>,
    /// `--proven`: `assessment.proven`.
    pub proven: Option<String>,
    /// `--deployable`: `assessment.deployable`.
    pub deployable: Option<String>,
    /// `--reach-verdict`: `assessment.reach`.
    pub reach_verdict: Option<String>,
    /// `--body`: a Markdown body instead of the section template.
    pub body: Option<String>,
    /// A body that did not pass the final check: the editor starts from it the next time,
    /// so no written word is lost.
    pub body_unfinished: Option<String>,
}

/// Something done on the editor's behalf, in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The sentence.
    pub text: String,
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}

/// A field the status requires that was not given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The key (`body` for the required sections, whose headings are then the label).
    pub key: String,
    /// Its Dutch label.
    pub label: String,
    /// The flag(s) that fill it; `None` when `add` cannot fill it.
    pub flag: Option<&'static str>,
}

/// The message of [`super::AddError::Missing`]: every field on its own line.
pub(super) fn missing_message(status: &str, fields: &[Missing]) -> String {
    let mut out = crate::tr!("add-error-missing", status = status);
    for m in fields {
        let how = match m.flag {
            Some(flag) => fields::flags_phrase(flag),
            None => crate::tr!("add-error-missing-no-flag"),
        };
        let field = if m.key == "body" {
            format!(
                "{} (`body`)",
                crate::tr!("add-sections", sections = &m.label)
            )
        } else {
            format!("{} (`{}`)", m.label, m.key)
        };
        out.push_str(&format!("\n  {field}: {how}"));
    }
    out
}

impl Draft {
    /// The status of the new practice: the given one or the least demanding one.
    pub fn status(&self, schema: &Schema) -> String {
        self.status
            .clone()
            .or_else(|| schema.least_status().map(str::to_owned))
            .unwrap_or_default()
    }

    /// The requirement rank of the status (unknown statuses count as the least demanding).
    pub fn rank(&self, schema: &Schema) -> usize {
        schema.status_rank(&self.status(schema)).unwrap_or(0)
    }

    /// Whether a required field is filled by what was given.
    pub fn provides(&self, key: &str) -> bool {
        match key {
            "id" => self.id.is_some() || self.title.is_some(),
            "title" => self.title.is_some(),
            "status" => true,
            "municipalities" => !self.municipalities.is_empty(),
            "summary" => self.summary.is_some(),
            "scope" => self.scope.is_some(),
            "themes" => !self.themes.is_empty(),
            "target_groups" => !self.target_groups.is_empty(),
            "organisations" => self.owner.is_some(),
            "period" => self.start.is_some(),
            "evidence" => self.evidence.is_some(),
            "reach" => self.reach.is_some(),
            "deployability" => {
                !self.materials.is_empty()
                    || self.cost.is_some()
                    || self.staff.is_some()
                    || self.prerequisites.is_some()
            }
            "funding" => !self.funding.is_empty(),
            "contact" => {
                self.contact.is_some()
                    || (self.owner.is_some() && (self.email.is_some() || self.url.is_some()))
            }
            "keywords" => !self.keywords.is_empty(),
            "assessment" => self.assessment().iter().all(|(_, v)| v.is_some()),
            _ => false,
        }
    }

    /// Takes every value `given` has over the one here: flags given with `--resume` win over
    /// the saved answers.
    pub fn overlay(&mut self, mut given: Draft) {
        for ((_, mine), (_, theirs)) in self.singles().into_iter().zip(given.singles()) {
            if theirs.is_some() {
                *mine = theirs.take();
            }
        }
        for ((_, mine), (_, theirs)) in self.lists().into_iter().zip(given.lists()) {
            if !theirs.is_empty() {
                *mine = std::mem::take(theirs);
            }
        }
        if given.body.is_some() {
            self.body = given.body;
        }
    }

    /// Forgets what was given for the top-level field `key` (`body` for the body), so that the
    /// prompts ask it again. Returns whether anything was forgotten.
    pub fn forget(&mut self, key: &str) -> bool {
        fn clear<T: Default + PartialEq>(value: &mut T) -> bool {
            let had = *value != T::default();
            *value = T::default();
            had
        }
        match key {
            "id" => clear(&mut self.id),
            "title" => clear(&mut self.title),
            "status" => clear(&mut self.status),
            "municipalities" => clear(&mut self.municipalities),
            "summary" => clear(&mut self.summary),
            "scope" => clear(&mut self.scope),
            "themes" => clear(&mut self.themes),
            "target_groups" => clear(&mut self.target_groups),
            "organisations" => clear(&mut self.owner) | clear(&mut self.owner_type),
            "period" => clear(&mut self.start) | clear(&mut self.end) | clear(&mut self.lifecycle),
            "evidence" => clear(&mut self.evidence) | clear(&mut self.sources),
            "reach" => {
                clear(&mut self.reach) | clear(&mut self.reach_unit) | clear(&mut self.reach_period)
            }
            "deployability" => {
                clear(&mut self.materials)
                    | clear(&mut self.cost)
                    | clear(&mut self.staff)
                    | clear(&mut self.prerequisites)
            }
            "funding" => clear(&mut self.funding),
            "contact" => clear(&mut self.contact) | clear(&mut self.email) | clear(&mut self.url),
            "keywords" => clear(&mut self.keywords),
            "assessment" => {
                clear(&mut self.assessed_by)
                    | clear(&mut self.assessed_on)
                    | clear(&mut self.proven)
                    | clear(&mut self.deployable)
                    | clear(&mut self.reach_verdict)
            }
            "body" => {
                // Kept to start from, never thrown away.
                let had = self.body.is_some();
                if had {
                    self.body_unfinished = self.body.take();
                }
                had
            }
            _ => false,
        }
    }

    /// The fields (and the body sections) the status requires that were not given.
    pub fn missing(&self, schema: &Schema) -> Vec<Missing> {
        let rank = self.rank(schema);
        let mut out: Vec<Missing> = schema
            .rules
            .fields
            .iter()
            .filter(|f| schema.required_at(f.required_from.as_deref(), rank))
            .filter(|f| !self.provides(&f.key))
            .map(|f| Missing {
                key: f.key.clone(),
                label: f.label.clone(),
                flag: fields::flag(&f.key),
            })
            .collect();
        let sections: Vec<String> = schema
            .rules
            .sections
            .iter()
            .filter(|s| schema.required_at(s.required_from.as_deref(), rank))
            .map(|s| format!("## {}", s.heading))
            .collect();
        if self.body.is_none() && !sections.is_empty() {
            out.push(Missing {
                key: "body".into(),
                label: sections.join(", "),
                flag: fields::flag("body"),
            });
        }
        out
    }

    /// The next status up and what it would still need.
    pub fn next_status(&self, schema: &Schema) -> Option<(String, Vec<Missing>)> {
        let level = schema.rules.levels.get(self.rank(schema) + 1)?;
        let status = schema.rules.statuses.iter().find(|s| &s.level == level)?;
        let mut up = self.clone();
        up.status = Some(status.id.clone());
        Some((status.id.clone(), up.missing(schema)))
    }

    /// Checks every given value against the schema and replaces it by its normal form
    /// (vocabulary ids, NIS codes, enumeration values as spelled). Returns notes on what was
    /// done on the editor's behalf, or every problem found.
    pub fn normalize(&mut self, schema: &Schema) -> Result<Vec<Note>, Vec<Problem>> {
        let mut problems = Vec::new();
        let notes = self.municipality_notes(schema);
        let mut fix =
            |field: &'static str, value: &mut String| match fields::check(schema, field, value) {
                Ok(normal) => *value = normal,
                Err(fault) => problems.push(Problem {
                    field,
                    value: value.clone(),
                    fault,
                }),
            };
        for (field, value) in self.singles() {
            if let Some(v) = value {
                fix(field, v);
            }
        }
        for (field, values) in self.lists() {
            for v in values.iter_mut() {
                fix(field, v);
            }
            // Repeating a value (or naming a municipality twice) adds nothing.
            let mut seen = std::collections::HashSet::new();
            values.retain(|v| seen.insert(v.clone()));
        }
        problems.extend(self.pairs());
        if problems.is_empty() {
            Ok(notes)
        } else {
            Err(problems)
        }
    }

    fn municipality_notes(&self, schema: &Schema) -> Vec<Note> {
        self.municipalities
            .iter()
            .filter_map(|input| {
                let place = places::resolve(&schema.municipalities, input).ok()?;
                let old = place.former?;
                let new = &place.municipality;
                Some(Note {
                    text: crate::tr!(
                        "add-note-former-municipality",
                        old = &old.name,
                        old_nis = &old.nis,
                        new = &new.name,
                        nis = &new.nis
                    ),
                })
            })
            .collect()
    }

    /// Values that only make sense together with another one.
    fn pairs(&self) -> Vec<Problem> {
        let rules: [(&'static str, bool, &'static str, bool); 8] = [
            (
                "organisations.name",
                self.owner.is_some(),
                "organisations.type",
                self.owner_type.is_some(),
            ),
            (
                "organisations.type",
                self.owner_type.is_some(),
                "organisations.name",
                self.owner.is_some(),
            ),
            (
                "period.start",
                self.start.is_some(),
                "period.lifecycle",
                self.lifecycle.is_some(),
            ),
            (
                "period.lifecycle",
                self.lifecycle.is_some(),
                "period.start",
                self.start.is_some(),
            ),
            (
                "period.end",
                self.end.is_some(),
                "period.start",
                self.start.is_some(),
            ),
            (
                "evidence.sources",
                !self.sources.is_empty(),
                "evidence.level",
                self.evidence.is_some(),
            ),
            (
                "reach.count",
                self.reach.is_some(),
                "reach.unit",
                self.reach_unit.is_some(),
            ),
            (
                "reach.unit",
                self.reach_unit.is_some() || self.reach_period.is_some(),
                "reach.count",
                self.reach.is_some(),
            ),
        ];
        let mut out: Vec<Problem> = rules
            .into_iter()
            .filter(|(_, given, _, other)| *given && !*other)
            .map(|(field, _, needs, _)| Problem {
                field,
                value: String::new(),
                fault: Fault::Needs(needs),
            })
            .collect();
        // An assessment is all five parts or none.
        let parts = self.assessment();
        if let Some((given, _)) = parts.iter().find(|(_, v)| v.is_some()) {
            for (field, value) in parts {
                if value.is_none() {
                    out.push(Problem {
                        field: given,
                        value: String::new(),
                        fault: Fault::Needs(field),
                    });
                }
            }
        }
        if (self.email.is_some() || self.url.is_some())
            && self.contact.is_none()
            && self.owner.is_none()
        {
            out.push(Problem {
                field: if self.email.is_some() {
                    "contact.email"
                } else {
                    "contact.url"
                },
                value: String::new(),
                fault: Fault::Needs("contact.organisation"),
            });
        }
        out
    }

    /// The parts of `assessment`, each with its field name.
    fn assessment(&self) -> [(&'static str, &Option<String>); 5] {
        [
            ("assessment.by", &self.assessed_by),
            ("assessment.on", &self.assessed_on),
            ("assessment.proven", &self.proven),
            ("assessment.deployable", &self.deployable),
            ("assessment.reach", &self.reach_verdict),
        ]
    }

    /// The single value at key path `key` (`assessment.proven`), if a draft holds one there.
    pub(super) fn single_mut(&mut self, key: &str) -> Option<&mut Option<String>> {
        self.singles()
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, slot)| slot)
    }

    fn singles(&mut self) -> [(&'static str, &mut Option<String>); 25] {
        [
            ("id", &mut self.id),
            ("title", &mut self.title),
            ("status", &mut self.status),
            ("summary", &mut self.summary),
            ("scope", &mut self.scope),
            ("organisations.name", &mut self.owner),
            ("organisations.type", &mut self.owner_type),
            ("period.start", &mut self.start),
            ("period.end", &mut self.end),
            ("period.lifecycle", &mut self.lifecycle),
            ("evidence.level", &mut self.evidence),
            ("reach.count", &mut self.reach),
            ("reach.unit", &mut self.reach_unit),
            ("reach.period", &mut self.reach_period),
            ("deployability.cost", &mut self.cost),
            ("deployability.staff", &mut self.staff),
            ("deployability.prerequisites", &mut self.prerequisites),
            ("contact.organisation", &mut self.contact),
            ("contact.email", &mut self.email),
            ("contact.url", &mut self.url),
            ("assessment.by", &mut self.assessed_by),
            ("assessment.on", &mut self.assessed_on),
            ("assessment.proven", &mut self.proven),
            ("assessment.deployable", &mut self.deployable),
            ("assessment.reach", &mut self.reach_verdict),
        ]
    }

    fn lists(&mut self) -> [(&'static str, &mut Vec<String>); 7] {
        [
            ("municipalities", &mut self.municipalities),
            ("themes", &mut self.themes),
            ("target_groups", &mut self.target_groups),
            ("evidence.sources", &mut self.sources),
            ("deployability.materials", &mut self.materials),
            ("funding", &mut self.funding),
            ("keywords", &mut self.keywords),
        ]
    }
}
