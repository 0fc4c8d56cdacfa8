//! `add` as a library: turn what an editor typed (flags or prompt answers) into a new practice
//! file that passes validation, and write it without ever replacing an existing file.
//!
//! The steps, each usable on its own: [`Draft::normalize`] checks every value against `schema/`
//! and reports all problems at once; [`Draft::missing`] names the fields the chosen status
//! requires; [`interview::interview`] asks for what is still open through a [`Prompter`];
//! [`prepare`] picks the id, renders the text and validates it in memory; [`write`] creates the
//! file atomically.

mod draft;
pub mod explain;
mod fields;
pub mod interview;
pub mod places;
pub(crate) mod render;
pub mod session;
pub mod slug;

use std::collections::HashMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

pub use draft::{Draft, Missing, Note};
pub use fields::{FLAGS, Fault, Problem, check, flag, meant_url};
pub use interview::{PromptError, Prompter, Question};

use crate::collection::{PRACTICES_DIR, practice_files, relative_name};
use crate::diagnostic::{Diagnostic, Severity};
use crate::schema::Schema;

/// Why no practice was written.
#[derive(Debug, thiserror::Error)]
pub enum AddError {
    /// A practice with this id exists already; it was left as it is.
    #[error("{}", crate::tr!("add-error-exists", path = path.display().to_string()))]
    PracticeExists {
        /// The existing file.
        path: PathBuf,
    },
    /// Values that cannot be used (unknown ids or municipalities, malformed dates, ...).
    #[error("{}", problems_message(problems))]
    Invalid {
        /// Every problem found.
        problems: Vec<Problem>,
    },
    /// Fields the status requires were not given.
    #[error("{}", draft::missing_message(status, fields))]
    Missing {
        /// The status of the new practice.
        status: String,
        /// Every missing field.
        fields: Vec<Missing>,
    },
    /// The text would not pass validation; the findings say why.
    #[error("{}", crate::tr!("add-error-rejected"))]
    Rejected {
        /// Root-relative path it would have had.
        rel: String,
        /// The text that was checked.
        text: String,
        /// Every finding, errors and warnings.
        findings: Vec<Diagnostic>,
    },
    /// The editor stopped the prompts (Ctrl-C or Esc).
    #[error("{}", crate::tr!("add-error-cancelled"))]
    Cancelled,
    /// The prompts could not run.
    #[error("{}", prompt_failed(.0))]
    Prompt(String),
    /// The collection could not be read.
    #[error(transparent)]
    Collection(#[from] crate::Error),
    /// The file could not be written.
    #[error("{}", crate::tr!("add-error-io", path = path.display().to_string(), reason = source.to_string()))]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}

impl AddError {
    /// The top-level fields (`body` for the text) an editor has to answer again to get past
    /// this error; empty when no answer can help (a folder that cannot be written, ...).
    pub fn fields_at_fault(&self, schema: &Schema) -> Vec<String> {
        let mut keys: Vec<String> = match self {
            AddError::PracticeExists { .. } => vec!["id".to_owned()],
            AddError::Invalid { problems } => problems
                .iter()
                .map(|p| p.field.split('.').next().unwrap_or(p.field).to_owned())
                .collect(),
            AddError::Missing { fields, .. } => fields.iter().map(|m| m.key.clone()).collect(),
            AddError::Rejected { text, findings, .. } => {
                let errors: Vec<Diagnostic> = findings
                    .iter()
                    .filter(|d| d.severity == Severity::Error)
                    .cloned()
                    .collect();
                explain::explain(schema, text, "", &errors)
                    .into_iter()
                    .filter_map(|e| e.key)
                    .collect()
            }
            _ => Vec::new(),
        };
        keys.dedup();
        keys
    }

    /// What went wrong, one line per problem, for editors at the prompts: fields by their
    /// labels rather than by the flags that fill them.
    pub fn lines(&self, schema: &Schema, id: &str) -> Vec<String> {
        match self {
            AddError::Invalid { problems } => problems
                .iter()
                .map(|p| {
                    let top = p.field.split('.').next().unwrap_or(p.field);
                    let field = explain::label(schema, top);
                    let fault = p.fault.to_string();
                    let line = if p.value.is_empty() {
                        crate::tr!("add-line-fault", field = field, fault = fault)
                    } else {
                        crate::tr!(
                            "add-line-fault-value",
                            field = field,
                            value = &p.value,
                            fault = fault
                        )
                    };
                    format!("  {line}")
                })
                .collect(),
            AddError::Missing { status, fields } => {
                let mut out = vec![crate::tr!(
                    "add-line-missing",
                    status = status_name(schema, status)
                )];
                out.extend(fields.iter().map(|m| match m.key.as_str() {
                    "body" => format!("  {}", crate::tr!("add-sections", sections = &m.label)),
                    key => format!("  {}", explain::label(schema, key)),
                }));
                out
            }
            AddError::Rejected { text, findings, .. } => {
                let explained = explain::explain(schema, text, id, findings);
                explain::lines(text, &explained)
            }
            AddError::Collection(e) => {
                vec![crate::tr!("add-line-collection", reason = e.to_string())]
            }
            other => vec![upper_first(&other.to_string())],
        }
    }
}

/// A status as editors know it: `Ter review (`review`)`, the id alone when it has no label.
pub fn status_name(schema: &Schema, id: &str) -> String {
    match schema.status_label(id) {
        label if label == id => format!("`{id}`"),
        label => format!("{label} (`{id}`)"),
    }
}

/// A message that follows `fout: ` as a sentence of its own.
fn upper_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn prompt_failed(reason: &str) -> String {
    crate::tr!("add-error-prompt", reason = reason)
}

/// One problem on its own; several as a list, so each stands on its own line.
fn problems_message(problems: &[Problem]) -> String {
    match problems {
        [one] => one.to_string(),
        many => {
            let lines: Vec<String> = many.iter().map(|p| format!("\n  {p}")).collect();
            format!(
                "{}{}",
                crate::tr!("add-error-invalid-many", count = many.len()),
                lines.concat()
            )
        }
    }
}

/// A practice ready to be written.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Its id.
    pub id: String,
    /// Where it goes: `<root>/practices/<id>.md`.
    pub path: PathBuf,
    /// The same, root-relative.
    pub rel: String,
    /// The whole file.
    pub text: String,
    /// Warnings of the validation (errors stop [`prepare`]).
    pub warnings: Vec<Diagnostic>,
    /// Things done on the editor's behalf, e.g. a former municipality mapped to its successor.
    pub notes: Vec<Note>,
    /// The next status up and what it still needs, for the "next step" hint.
    pub next: Option<(String, Vec<Missing>)>,
}

/// The practices of the collection by id (file name without `.md`), wherever they lie below
/// `practices/`.
pub fn existing(root: &Path) -> Result<HashMap<String, PathBuf>, crate::Error> {
    let files = practice_files(&root.join(PRACTICES_DIR))?;
    Ok(files
        .into_iter()
        .filter_map(|p| Some((p.file_stem()?.to_string_lossy().into_owned(), p)))
        .collect())
}

/// The body of a new practice: every section of the schema with a one-line hint.
pub fn body_template(schema: &Schema) -> String {
    render::body_template(schema)
}

/// The longest id the JSON Schema allows.
fn max_id_len(schema: &Schema) -> usize {
    schema.json["properties"]["id"]["maxLength"]
        .as_u64()
        .map_or(80, |n| n as usize)
}

/// The id `add` proposes for a draft: `<gemeente>-<onderwerp>` (see [`slug`]), the place
/// being the first municipality; not one of `taken`.
pub fn propose_id(schema: &Schema, draft: &Draft, taken: impl Fn(&str) -> bool) -> String {
    let municipalities = &schema.municipalities;
    let places: Vec<places::Place<'_>> = draft
        .municipalities
        .iter()
        .filter_map(|m| places::resolve(municipalities, m).ok())
        .collect();
    let place = places.first().map(|p| p.municipality.name.as_str());
    let mut names: Vec<&str> = Vec::new();
    for p in &places {
        names.push(&p.municipality.name);
        names.extend(
            municipalities
                .legacy()
                .iter()
                .filter(|old| old.successor == p.municipality.nis)
                .map(|old| old.name.as_str()),
        );
    }
    let title = draft.title.as_deref().unwrap_or_default();
    slug::propose(title, place, &names, max_id_len(schema), taken)
}

/// Checks the draft, picks the id, renders the file and validates it in memory against the
/// collection on disk. Nothing is written.
pub fn prepare(
    root: &Path,
    schema: &Schema,
    draft: &Draft,
    today: jiff::civil::Date,
) -> Result<Plan, AddError> {
    let mut draft = draft.clone();
    let notes = draft
        .normalize(schema)
        .map_err(|problems| AddError::Invalid { problems })?;
    let status = draft.status(schema);
    let missing = draft.missing(schema);
    if !missing.is_empty() {
        return Err(AddError::Missing {
            status,
            fields: missing,
        });
    }
    let existing = existing(root)?;
    let id = match &draft.id {
        Some(id) => id.clone(),
        None => propose_id(schema, &draft, |c| existing.contains_key(c)),
    };
    let path = root.join(PRACTICES_DIR).join(format!("{id}.md"));
    if let Some(found) = existing
        .get(&id)
        .cloned()
        .or(path.exists().then(|| path.clone()))
    {
        return Err(AddError::PracticeExists { path: found });
    }
    let rel = relative_name(root, &path);
    let text = render::document(schema, &draft, &id, &status);
    let findings = crate::validate::validate_text(root, schema, &path, &text, today)?;
    if findings.iter().any(|d| d.severity == Severity::Error) {
        return Err(AddError::Rejected {
            rel,
            text,
            findings,
        });
    }
    let next = draft.next_status(schema);
    Ok(Plan {
        id,
        path,
        rel,
        text,
        warnings: findings,
        notes,
        next,
    })
}

/// Writes the planned file atomically: into a hidden temporary file in the same folder, then
/// renamed into place only if nothing is there. An interrupted run leaves no partial practice,
/// and an existing practice is never replaced.
pub fn write(plan: &Plan) -> Result<(), AddError> {
    let dir = plan.path.parent().unwrap_or(Path::new("."));
    let io = |path: &Path| {
        let path = path.to_owned();
        move |source| AddError::Io { path, source }
    };
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".practice-add-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Temporary files are private by default; a practice is an ordinary file (umask applies).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(io(dir))?;
    tmp.write_all(plan.text.as_bytes())
        .map_err(io(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io(tmp.path()))?;
    tmp.persist_noclobber(&plan.path).map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            AddError::PracticeExists {
                path: plan.path.clone(),
            }
        } else {
            AddError::Io {
                path: plan.path.clone(),
                source: e.error,
            }
        }
    })?;
    Ok(())
}

/// The whole interactive `add`: asks what is missing, checks, and writes the practice. Every
/// answer is checked when it is given and handed to `keep` (which saves the session); when the
/// final check still fails, `tell` gets the explanation and only the fields at fault are
/// asked again, the other answers stay. Gives up, with the error, only when no answer can help
/// (a folder that cannot be written) or the editor stops (Ctrl-C).
pub fn ask_and_write(
    p: &mut dyn Prompter,
    schema: &Schema,
    root: &Path,
    draft: &mut Draft,
    today: jiff::civil::Date,
    keep: &mut dyn FnMut(&Draft),
    tell: &mut dyn FnMut(&[String]),
) -> Result<Plan, AddError> {
    // Typos in flags are asked again rather than refused: the prompts check each answer.
    if let Err(problems) = draft.clone().normalize(schema) {
        ask_again(AddError::Invalid { problems }, schema, draft, tell)?;
    }
    let mut again: Option<Vec<String>> = None;
    loop {
        let existing = existing(root)?;
        if let Some(path) = draft.id.as_ref().and_then(|id| existing.get(id)) {
            let e = AddError::PracticeExists { path: path.clone() };
            let keys = ask_again(e, schema, draft, tell)?;
            again.get_or_insert_with(Vec::new).extend(keys);
        }
        let setting = interview::Setting {
            schema,
            root,
            existing: &existing,
            today,
        };
        match &again {
            None => interview::interview(p, setting, draft, keep)?,
            Some(keys) => interview::interview_again(p, setting, draft, keep, keys)?,
        }
        match prepare(root, schema, draft, today).and_then(|plan| write(&plan).map(|()| plan)) {
            Ok(plan) => return Ok(plan),
            Err(e) => {
                again = Some(ask_again(e, schema, draft, tell)?);
                keep(draft);
            }
        }
    }
}

/// Tells what is wrong and forgets the fields at fault so that the prompts ask them again
/// (returned); gives the error back when no answer can help.
fn ask_again(
    e: AddError,
    schema: &Schema,
    draft: &mut Draft,
    tell: &mut dyn FnMut(&[String]),
) -> Result<Vec<String>, AddError> {
    let id = draft.id.clone().unwrap_or_default();
    let mut forgotten = Vec::new();
    for key in e.fields_at_fault(schema) {
        // The status is the editor's choice, not a mistake to ask again.
        if key != "status" && draft.forget(&key) {
            forgotten.push(key);
        }
    }
    if forgotten.is_empty() {
        return Err(e);
    }
    let mut lines = vec![crate::tr!("add-again")];
    lines.extend(e.lines(schema, &id));
    lines.push(crate::tr!("add-again-fill-in"));
    tell(&lines);
    Ok(forgotten)
}
