//! The interactive side of `add`: a small [`Prompter`] trait (text with optional completion,
//! select, multi-select, confirm) and the Dutch question flow over it. The flow is driven by
//! `schema/`: labels and help come from `rules.yaml`, choices from the vocabularies and the
//! JSON Schema, and the status decides which questions may be skipped. The terminal
//! implementation lives in the binary; tests drive the same flow with scripted answers.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::{AddError, Draft, fields, places, propose_id};
use crate::collection::PRACTICES_DIR;
use crate::schema::Schema;

/// One question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The field it fills, as a key path (`title`, `period.start`), so answers can be scripted.
    pub key: String,
    /// The Dutch label shown.
    pub label: String,
    /// One line of Dutch help.
    pub help: String,
    /// The proposed answer, taken when the editor just presses Enter.
    pub default: Option<String>,
    /// Whether an empty answer is refused (text) or at least one choice is needed (lists).
    pub required: bool,
}

/// Why a prompt returned no answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptError {
    /// The editor pressed Ctrl-C or Esc.
    Cancelled,
    /// The terminal failed.
    Failed(String),
}

/// Checks a text answer: `Err` holds the Dutch message to show before asking again.
pub type Check<'a> = &'a dyn Fn(&str) -> Result<(), String>;
/// Completions for a partial text answer.
pub type Complete<'a> = &'a dyn Fn(&str) -> Vec<String>;

/// Asks questions. Implemented on the terminal by the binary and by scripts in tests.
pub trait Prompter {
    /// A line of text. Every answer passes `check` before it is returned; an empty answer to an
    /// optional question means "skip".
    fn text(
        &mut self,
        question: &Question,
        check: Check<'_>,
        complete: Option<Complete<'_>>,
    ) -> Result<String, PromptError>;
    /// One of `options` (their index), starting at `default`.
    fn select(
        &mut self,
        question: &Question,
        options: &[String],
        default: usize,
    ) -> Result<usize, PromptError>;
    /// Any of `options` (their indices), with `selected` ticked at the start.
    fn multi_select(
        &mut self,
        question: &Question,
        options: &[String],
        selected: &[usize],
    ) -> Result<Vec<usize>, PromptError>;
    /// Yes or no.
    fn confirm(&mut self, question: &Question, default: bool) -> Result<bool, PromptError>;
    /// A long text, written in the editor starting from `initial`; `Ok(None)` when no editor
    /// is set, and the flow then asks part by part.
    fn edit(&mut self, question: &Question, initial: &str) -> Result<Option<String>, PromptError> {
        let _ = (question, initial);
        Ok(None)
    }
}

impl From<PromptError> for AddError {
    fn from(e: PromptError) -> Self {
        match e {
            PromptError::Cancelled => AddError::Cancelled,
            PromptError::Failed(message) => AddError::Prompt(message),
        }
    }
}

/// The flow's state: the schema, the status rank, the prompter, where the practice will live
/// and what to do with the draft after every answer.
struct Flow<'a> {
    schema: &'a Schema,
    rank: usize,
    p: &'a mut dyn Prompter,
    root: &'a Path,
    /// The default of an assessment date.
    today: jiff::civil::Date,
    keep: &'a mut dyn FnMut(&Draft),
    /// When asking again after a failed final check: only these top-level fields.
    only: Option<&'a [String]>,
}

/// Where the new practice will live: `(folder of the file, its attachment folder)`.
fn attachment_folder(root: &Path, id: Option<&str>) -> (PathBuf, PathBuf) {
    let dir = root.join(PRACTICES_DIR);
    let folder = dir.join(id.unwrap_or("praktijk"));
    (dir, folder)
}

/// A source or material that is no web address must be a file in the attachment folder,
/// as `validate` requires.
fn attachment_check(root: &Path, id: Option<&str>, answer: &str) -> Result<(), String> {
    let answer = answer.trim();
    if answer.is_empty() || crate::check::is_url(answer) {
        return Ok(());
    }
    let (dir, folder) = attachment_folder(root, id);
    let allowed = crate::check::Bound::new(&folder, &dir);
    match crate::check::resolve_inside(&dir, &allowed, answer) {
        Ok(_) => Ok(()),
        Err(_) => {
            let shown = format!("{PRACTICES_DIR}/{}/", id.unwrap_or("<id>"));
            Err(fields::Fault::NotAnAttachment(shown).to_string())
        }
    }
}

impl Flow<'_> {
    /// Whether the flow may ask the top-level field `key` now.
    fn may(&self, key: &str) -> bool {
        self.only.is_none_or(|keys| keys.iter().any(|k| k == key))
    }

    /// Whether the status requires the top-level field `key`.
    fn needs(&self, key: &str) -> bool {
        self.schema.field(key).is_some_and(|f| {
            self.schema
                .required_at(f.required_from.as_deref(), self.rank)
        })
    }

    /// A question for `key` (a key path); `part` names the part of a composite field.
    fn question(
        &self,
        key: &str,
        part: Option<&str>,
        help: Option<&str>,
        required: bool,
    ) -> Question {
        let top = key.split('.').next().unwrap_or(key);
        let rule = self.schema.field(top);
        let label = rule.map_or(top, |f| f.label.as_str());
        let label = match part {
            Some(part) => format!("{label} – {part}"),
            None => label.to_owned(),
        };
        let mut help = help.map_or_else(
            || rule.map(|f| f.help.clone()).unwrap_or_default(),
            str::to_owned,
        );
        // A help that already says what Enter does needs no second word on it (the key's
        // name is the same in every language).
        if !required && !help.contains("Enter") {
            let skip = crate::tr!("add-ask-skip");
            if !help.is_empty() {
                help.push_str("; ");
            }
            help.push_str(&skip);
        }
        Question {
            key: key.to_owned(),
            label,
            help,
            default: None,
            required,
        }
    }

    /// Asks a text for `question.key`, checked with the same rules as the flags; `None` when
    /// an optional question is skipped.
    fn text(
        &mut self,
        question: Question,
        complete: Option<Complete<'_>>,
        extra: Option<Check<'_>>,
    ) -> Result<Option<String>, AddError> {
        let schema = self.schema;
        let key = question.key.clone();
        let required = question.required;
        let check = |answer: &str| -> Result<(), String> {
            if answer.trim().is_empty() {
                return if required {
                    Err(fields::Fault::Empty.to_string())
                } else {
                    Ok(())
                };
            }
            if key == "municipalities" {
                // Several municipalities fit on one line, separated by commas.
                let parts: Vec<&str> = split_list(answer);
                for part in &parts {
                    fields::check(schema, &key, part).map_err(|f| {
                        if parts.len() > 1 {
                            crate::tr!("add-ask-part-fault", part = *part, fault = f.to_string())
                        } else {
                            f.to_string()
                        }
                    })?;
                }
            } else {
                fields::check(schema, &key, answer).map_err(|f| f.to_string())?;
            }
            extra.map_or(Ok(()), |e| e(answer))
        };
        let answer = self.p.text(&question, &check, complete)?;
        if answer.trim().is_empty() && !required {
            return Ok(None);
        }
        check(&answer).map_err(|m| {
            AddError::Prompt(crate::tr!("add-ask-not-valid", key = &key, fault = m))
        })?;
        Ok(Some(answer.trim().to_owned()))
    }

    /// Picks one value of an enumeration of the JSON Schema at `path`.
    fn pick(
        &mut self,
        question: Question,
        path: &[&str],
        preferred: &str,
    ) -> Result<String, AddError> {
        let values = enum_values(self.schema, path);
        let default = values.iter().position(|v| v == preferred).unwrap_or(0);
        let i = self.p.select(&question, &values, default)?;
        values
            .get(i)
            .cloned()
            .ok_or_else(|| AddError::Prompt(crate::tr!("add-ask-no-choice", choice = i)))
    }

    /// Ticks ids of a vocabulary, shown as `Label (id)`.
    fn tick(&mut self, key: &str, vocabulary: &str) -> Result<Vec<String>, AddError> {
        let Some(v) = self.schema.vocabulary(vocabulary) else {
            return Ok(Vec::new());
        };
        let options: Vec<String> = v
            .values
            .iter()
            .map(|t| format!("{} ({})", t.label, t.id))
            .collect();
        let help = crate::tr!("add-ask-tick-help");
        let question = self.question(key, None, Some(&help), self.needs(key));
        let picked = self.p.multi_select(&question, &options, &[])?;
        Ok(picked
            .into_iter()
            .filter_map(|i| v.values.get(i))
            .map(|t| t.id.clone())
            .collect())
    }
}

/// The values of an enumeration in the JSON Schema, e.g. `["period", "lifecycle"]`.
fn enum_values(schema: &Schema, path: &[&str]) -> Vec<String> {
    let mut node = &schema.json["properties"];
    for (i, key) in path.iter().enumerate() {
        node = if i == 0 {
            &node[*key]
        } else {
            &node["properties"][*key]
        };
    }
    // Shared definitions (`{"$ref": "#/$defs/judgement"}`) hold the values elsewhere.
    if let Some(target) = node["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        node = schema.json.pointer(target).unwrap_or(node);
    }
    node["enum"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// One step of the flow: asks for one field (or a field and the parts that depend on it).
type Step = fn(&mut Flow<'_>, &mut Draft, &HashMap<String, PathBuf>) -> Result<(), AddError>;

/// The steps, in the order of the format.
const STEPS: &[Step] = &[
    ask_status,
    ask_title,
    ask_municipalities,
    ask_id,
    |f, d, _| tick_unless_given(f, "themes", &mut d.themes),
    |f, d, _| tick_unless_given(f, "target_groups", &mut d.target_groups),
    ask_owner,
    ask_period,
    ask_summary,
    |f, d, _| ask_required_rest(f, d),
    ask_body,
];

/// What the flow asks against: the schema, the collection the practice goes into (attachments
/// are looked up there), the practices already in it (by id), and the date that is today for
/// the caller (the default of an assessment date). The library never reads the clock itself.
#[derive(Debug, Clone, Copy)]
pub struct Setting<'a> {
    /// The format.
    pub schema: &'a Schema,
    /// The collection's root folder.
    pub root: &'a Path,
    /// The practices already there, by id.
    pub existing: &'a HashMap<String, PathBuf>,
    /// Today, as the caller sees it.
    pub today: jiff::civil::Date,
}

/// Asks, in the order of the format, for every field of the usual first draft that was not
/// given (title, municipalities, id, themes, target groups, owner, start, summary), and for
/// whatever else the status requires that `add` can fill. Only empty fields are asked, so
/// the same call continues a resumed draft or asks again what [`Draft::forget`] cleared.
///
/// `keep` receives the draft after every answer, so that an interrupted session loses
/// nothing.
pub fn interview(
    p: &mut dyn Prompter,
    setting: Setting<'_>,
    draft: &mut Draft,
    keep: &mut dyn FnMut(&Draft),
) -> Result<(), AddError> {
    steps(p, setting, draft, keep, None)
}

/// The same, asking only the top-level fields `keys` (those a failed final check forgot):
/// optional questions the editor skipped before are not asked twice.
pub fn interview_again(
    p: &mut dyn Prompter,
    setting: Setting<'_>,
    draft: &mut Draft,
    keep: &mut dyn FnMut(&Draft),
    keys: &[String],
) -> Result<(), AddError> {
    steps(p, setting, draft, keep, Some(keys))
}

fn steps(
    p: &mut dyn Prompter,
    setting: Setting<'_>,
    draft: &mut Draft,
    keep: &mut dyn FnMut(&Draft),
    only: Option<&[String]>,
) -> Result<(), AddError> {
    let mut f = Flow {
        schema: setting.schema,
        rank: draft.rank(setting.schema),
        p,
        root: setting.root,
        today: setting.today,
        keep,
        only,
    };
    for step in STEPS {
        let result = step(&mut f, draft, setting.existing);
        (f.keep)(draft);
        result?;
    }
    Ok(())
}

/// The status, unless given: it decides which questions follow.
fn ask_status(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if draft.status.is_some() || !f.may("status") {
        return Ok(());
    }
    let schema = f.schema;
    let statuses = &schema.rules.statuses;
    let options: Vec<String> = statuses
        .iter()
        .map(|s| format!("{} ({})", s.label, s.id))
        .collect();
    let least = draft.status(schema);
    let default = statuses.iter().position(|s| s.id == least).unwrap_or(0);
    let help = crate::tr!("add-ask-status-help");
    let q = f.question("status", None, Some(&help), true);
    let i = f.p.select(&q, &options, default)?;
    draft.status = statuses.get(i).map(|s| s.id.clone());
    f.rank = draft.rank(schema);
    Ok(())
}

/// The body, when the status requires sections: in the editor, starting from the template
/// (or from the text of a previous try), else section by section.
fn ask_body(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    let schema = f.schema;
    let rank = f.rank;
    let required = schema
        .rules
        .sections
        .iter()
        .any(|s| schema.required_at(s.required_from.as_deref(), rank));
    if draft.body.is_some() || !required || !f.may("body") {
        return Ok(());
    }
    let headings: Vec<String> = schema
        .rules
        .sections
        .iter()
        .filter(|s| schema.required_at(s.required_from.as_deref(), rank))
        .map(|s| s.heading.clone())
        .collect();
    if draft.body_unfinished.is_some() {
        let q = Question {
            key: "body.reopen".into(),
            label: crate::tr!("add-ask-body-reopen"),
            help: crate::tr!("add-ask-body-reopen-help"),
            default: None,
            required: true,
        };
        if !f.p.confirm(&q, true)? {
            return Err(AddError::Cancelled);
        }
    }
    let start = draft
        .body_unfinished
        .take()
        .unwrap_or_else(|| super::render::body_template(schema));
    let q = Question {
        key: "body".into(),
        label: crate::tr!("add-ask-body"),
        help: crate::tr!(
            "add-ask-body-help",
            sections = headings.join(", "),
            min = schema.rules.min_section_words
        ),
        default: None,
        required: true,
    };
    if let Some(text) = f.p.edit(&q, &start)? {
        draft.body = Some(text);
        return Ok(());
    }
    draft.body = Some(ask_sections(f, draft, &start)?);
    Ok(())
}

/// The body asked section by section (one paragraph each), when no editor is set.
///
/// Every answer is kept with the draft as soon as it is given, as an unfinished body, so a
/// session that stops halfway keeps the sections written so far; `start` is that body when the
/// session resumes (else the template), and a section it already holds with enough words is
/// not asked again.
fn ask_sections(f: &mut Flow<'_>, draft: &mut Draft, start: &str) -> Result<String, AddError> {
    let schema = f.schema;
    let min = schema.rules.min_section_words;
    let written: HashMap<String, &str> = crate::markdown::sections(start).into_iter().collect();
    let mut body = String::new();
    for section in &schema.rules.sections {
        let required = schema.required_at(section.required_from.as_deref(), f.rank);
        // The template's hints are comments: a section holding only one is not written.
        let kept = written
            .get(&section.heading)
            .map(|&text| crate::markdown::without_comments(text).trim().to_owned())
            .filter(|text| crate::text::word_count(text) >= min);
        if let Some(text) = kept {
            body.push_str(&format!("## {}\n\n{text}\n\n", section.heading));
            continue;
        }
        let rule = if required {
            crate::tr!("add-ask-section-min", min = min)
        } else {
            crate::tr!("add-ask-skip")
        };
        let help = if section.holds.is_empty() {
            rule
        } else {
            format!("{}; {rule}", section.holds)
        };
        let q = Question {
            key: format!("body.{}", section.heading),
            label: crate::tr!("add-ask-section", heading = &section.heading),
            help,
            default: None,
            required,
        };
        let enough = move |answer: &str| {
            let words = crate::text::word_count(answer);
            if (required || words > 0) && words < min {
                Err(crate::tr!(
                    "add-ask-section-short",
                    words = words,
                    min = min
                ))
            } else {
                Ok(())
            }
        };
        let answer = f.p.text(&q, &enough, None)?;
        let answer = answer.trim();
        if !answer.is_empty() {
            body.push_str(&format!("## {}\n\n{answer}\n\n", section.heading));
            draft.body_unfinished = Some(body.clone());
            (f.keep)(draft);
        }
    }
    draft.body_unfinished = None;
    Ok(body)
}

fn ask_title(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if draft.title.is_none() && f.may("title") {
        let q = f.question("title", None, None, f.needs("title"));
        draft.title = f.text(q, None, None)?;
    }
    Ok(())
}

fn ask_id(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    existing: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if draft.id.is_some() || !f.may("id") {
        return Ok(());
    }
    let schema = f.schema;
    let taken = |c: &str| existing.contains_key(c);
    let mut q = f.question("id", None, None, true);
    q.default = Some(propose_id(schema, draft, taken));
    let free = |answer: &str| match existing.get(answer.trim()) {
        Some(path) => Err(fields::Fault::Taken(path.display().to_string()).to_string()),
        None => Ok(()),
    };
    draft.id = f.text(q, None, Some(&free))?;
    Ok(())
}

fn tick_unless_given(
    f: &mut Flow<'_>,
    key: &str,
    values: &mut Vec<String>,
) -> Result<(), AddError> {
    if values.is_empty() && f.may(key) {
        *values = f.tick(key, key)?;
    }
    Ok(())
}

fn ask_owner(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    let schema = f.schema;
    if !f.may("organisations") {
        return Ok(());
    }
    if draft.owner.is_none() {
        let help = crate::tr!("add-ask-owner-help");
        let part = crate::tr!("add-ask-owner-part");
        let q = f.question(
            "organisations.name",
            Some(&part),
            Some(&help),
            f.needs("organisations"),
        );
        draft.owner = f.text(q, None, None)?;
        (f.keep)(draft);
    }
    if draft.owner.is_some() && draft.owner_type.is_none() {
        let v = schema.vocabulary("actor_types");
        let options: Vec<String> = v
            .map(|v| {
                v.values
                    .iter()
                    .map(|t| format!("{} ({})", t.label, t.id))
                    .collect()
            })
            .unwrap_or_default();
        let default = v
            .and_then(|v| v.values.iter().position(|t| t.id == "lokaal-bestuur"))
            .unwrap_or(0);
        let q = f.question(
            "organisations.type",
            Some(&crate::tr!("add-ask-owner-type-part")),
            Some(&crate::tr!("add-ask-filter-help")),
            true,
        );
        let i = f.p.select(&q, &options, default)?;
        draft.owner_type = v.and_then(|v| v.values.get(i)).map(|t| t.id.clone());
    }
    Ok(())
}

fn ask_period(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if !f.may("period") {
        return Ok(());
    }
    if draft.start.is_none() {
        let help = crate::tr!("add-ask-date-help");
        let part = crate::tr!("add-ask-start-part");
        let q = f.question("period.start", Some(&part), Some(&help), f.needs("period"));
        draft.start = f.text(q, None, None)?;
        (f.keep)(draft);
    }
    if draft.start.is_some() && draft.lifecycle.is_none() {
        let q = f.question(
            "period.lifecycle",
            Some(&crate::tr!("add-ask-lifecycle-part")),
            Some(&crate::tr!("add-ask-lifecycle-help")),
            true,
        );
        draft.lifecycle = Some(f.pick(q, &["period", "lifecycle"], "lopend")?);
    }
    Ok(())
}

fn ask_summary(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if draft.summary.is_none() && f.may("summary") {
        let q = f.question("summary", None, None, f.needs("summary"));
        draft.summary = f.text(q, None, None)?;
    }
    Ok(())
}

/// Municipalities one by one, with completion over names and NIS codes; an empty answer ends.
fn ask_municipalities(
    f: &mut Flow<'_>,
    draft: &mut Draft,
    _: &HashMap<String, PathBuf>,
) -> Result<(), AddError> {
    if !draft.municipalities.is_empty() || !f.may("municipalities") {
        return Ok(());
    }
    let schema = f.schema;
    let municipalities = &schema.municipalities;
    let complete = |input: &str| places::complete(municipalities, input, 40);
    loop {
        let first = draft.municipalities.is_empty();
        let help = if first {
            crate::tr!("add-ask-municipality-help")
        } else {
            crate::tr!("add-ask-municipality-more-help")
        };
        let part = (!first).then(|| crate::tr!("add-ask-more-part"));
        let q = f.question(
            "municipalities",
            part.as_deref(),
            Some(&help),
            first && f.needs("municipalities"),
        );
        match f.text(q, Some(&complete), None)? {
            Some(answer) => {
                draft
                    .municipalities
                    .extend(split_list(&answer).into_iter().map(str::to_owned));
                (f.keep)(draft);
            }
            None => return Ok(()),
        }
    }
}

/// What Tab does on `line` with the cursor at `pos` (a byte offset): the start of the part to
/// replace, and what to put there. The part is what follows the last comma, so several
/// municipalities fit on one line. When the candidates share more than was typed, that shared
/// part comes first (the first Tab completes it), then every candidate (each further Tab takes
/// the next one).
pub fn tab(line: &str, pos: usize, complete: Complete<'_>) -> (usize, Vec<String>) {
    let pos = (0..=pos.min(line.len()))
        .rev()
        .find(|&i| line.is_char_boundary(i))
        .unwrap_or(0);
    let head = &line[..pos];
    let after_comma = head.rfind(',').map_or(0, |i| i + 1);
    let start = after_comma + (head[after_comma..].len() - head[after_comma..].trim_start().len());
    let typed = &line[start..pos];
    let candidates = complete(typed);
    // The shared part of the candidates that start with what was typed (others merely
    // contain it: `Puurs-Sint-Amands` for `sint`).
    let folded = crate::text::fold(typed);
    let starting: Vec<String> = candidates
        .iter()
        .filter(|c| crate::text::fold(c).starts_with(&folded))
        .cloned()
        .collect();
    let shared = shared_start(&starting);
    if starting.len() > 1 && shared.chars().count() > typed.chars().count() {
        let mut all = vec![shared];
        all.extend(candidates);
        return (start, all);
    }
    (start, candidates)
}

/// The text all candidates start with, whole characters only.
fn shared_start(candidates: &[String]) -> String {
    let Some(first) = candidates.first() else {
        return String::new();
    };
    let mut len = first.len();
    for c in &candidates[1..] {
        let common = first
            .char_indices()
            .zip(c.chars())
            .take_while(|((_, a), b)| a == b)
            .last()
            .map_or(0, |((i, a), _)| i + a.len_utf8());
        len = len.min(common);
    }
    first[..len].to_owned()
}

/// The items of an answer that lists several, separated by commas.
pub fn split_list(answer: &str) -> Vec<&str> {
    answer
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect()
}

/// What a status above draft also requires: scope, evidence, reach, deployability, contact.
fn ask_required_rest(f: &mut Flow<'_>, draft: &mut Draft) -> Result<(), AddError> {
    if f.needs("scope") && draft.scope.is_none() && f.may("scope") {
        let q = f.question("scope", None, None, true);
        draft.scope = Some(f.pick(q, &["scope"], "lokaal")?);
    }
    if f.needs("evidence") && draft.evidence.is_none() && f.may("evidence") {
        let q = f.question(
            "evidence.level",
            Some(&crate::tr!("add-ask-evidence-part")),
            Some(&crate::tr!("add-ask-evidence-help")),
            true,
        );
        draft.evidence = Some(f.pick(q, &["evidence", "level"], "beschreven")?);
    }
    (f.keep)(draft);
    if draft.evidence.as_deref().is_some_and(|l| l != "beschreven")
        && draft.sources.is_empty()
        && f.may("evidence")
    {
        let root = f.root;
        loop {
            let first = draft.sources.is_empty();
            let (part, help) = if first {
                (
                    crate::tr!("add-ask-source-part"),
                    crate::tr!("add-ask-source-help"),
                )
            } else {
                (
                    crate::tr!("add-ask-source-more-part"),
                    crate::tr!("add-ask-source-more-help"),
                )
            };
            let q = f.question("evidence.sources", Some(&part), Some(&help), first);
            let id = draft.id.clone();
            let exists = |answer: &str| attachment_check(root, id.as_deref(), answer);
            match f.text(q, None, Some(&exists))? {
                Some(source) => {
                    draft.sources.push(source);
                    (f.keep)(draft);
                }
                None => break,
            }
        }
    }
    if f.needs("reach") && draft.reach.is_none() && f.may("reach") {
        let q = f.question(
            "reach.count",
            Some(&crate::tr!("add-ask-reach-part")),
            Some(&crate::tr!("add-ask-reach-help")),
            true,
        );
        draft.reach = f.text(q, None, None)?;
        (f.keep)(draft);
    }
    if draft.reach.is_some() && draft.reach_unit.is_none() && f.may("reach") {
        let mut q = f.question(
            "reach.unit",
            Some(&crate::tr!("add-ask-unit-part")),
            Some(&crate::tr!("add-ask-unit-help")),
            true,
        );
        q.default = Some("deelnemers".into());
        draft.reach_unit = f.text(q, None, None)?;
    }
    if f.needs("deployability") && !draft.provides("deployability") && f.may("deployability") {
        let help = crate::tr!("add-ask-prerequisites-help");
        let q = f.question(
            "deployability.prerequisites",
            Some(&crate::tr!("add-ask-prerequisites-part")),
            Some(&help),
            true,
        );
        draft.prerequisites = f.text(q, None, None)?;
    }
    if f.needs("assessment") && !draft.provides("assessment") && f.may("assessment") {
        let mut q = f.question(
            "assessment.by",
            Some(&crate::tr!("add-ask-assessed-by-part")),
            Some(&crate::tr!("add-ask-assessed-by-help")),
            true,
        );
        q.default = Some("redactie".into());
        draft.assessed_by = f.text(q, None, None)?;
        (f.keep)(draft);
        let mut q = f.question(
            "assessment.on",
            Some(&crate::tr!("add-ask-assessed-on-part")),
            Some(&crate::tr!("add-ask-assessed-on-help")),
            true,
        );
        q.default = Some(f.today.to_string());
        draft.assessed_on = f.text(q, None, None)?;
        (f.keep)(draft);
        // The criteria and their labels are data; only those a draft can hold are asked.
        for c in &f.schema.rules.criteria {
            let key = format!("assessment.{}", c.key);
            if draft.single_mut(&key).is_none() {
                continue;
            }
            let q = f.question(&key, Some(&c.label.to_lowercase()), None, true);
            let verdict = f.pick(q, &["assessment", &c.key], "deels")?;
            if let Some(slot) = draft.single_mut(&key) {
                *slot = Some(verdict);
            }
            (f.keep)(draft);
        }
    }
    if f.needs("contact") && !draft.provides("contact") && f.may("contact") {
        let mut q = f.question(
            "contact.organisation",
            Some(&crate::tr!("add-ask-contact-part")),
            None,
            true,
        );
        q.default = draft.owner.clone();
        draft.contact = f.text(q, None, None)?;
        (f.keep)(draft);
        let q = f.question(
            "contact.email",
            Some(&crate::tr!("add-ask-email-part")),
            Some(&crate::tr!("add-ask-email-help")),
            false,
        );
        draft.email = f.text(q, None, None)?;
    }
    Ok(())
}
