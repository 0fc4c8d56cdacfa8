//! `validate` as a library call: load every practice, check each one in parallel, then check the
//! collection as a whole, and return the findings of the files that were asked about.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use crate::Error;
use crate::check::{self, Context, Summary};
use crate::collection::{PRACTICES_DIR, load_each, practice_files, relative_name, walk};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::schema::Schema;

/// What to validate.
#[derive(Debug, Clone)]
pub struct Request {
    /// Files or folders to report on; empty means the whole collection.
    pub paths: Vec<PathBuf>,
    /// Today's date, for dates that may not lie in the future and the review interval.
    pub today: jiff::civil::Date,
}

/// Which files a run reports on. Cross-file checks always see the whole collection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Every practice.
    All,
    /// These files, or the practices under these folders.
    Paths(Vec<PathBuf>),
    /// Files changed in git, plus the practices that still reference a deleted one.
    Changed {
        /// Added or modified files (non-practice files are ignored).
        changed: Vec<PathBuf>,
        /// Deleted files.
        deleted: Vec<PathBuf>,
    },
}

/// The findings of a validation run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Number of files reported on.
    pub files: usize,
    /// The files reported on, root-relative, sorted.
    pub paths: Vec<String>,
    /// Every finding, sorted by path, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of each file that has findings, for rendering source lines.
    pub sources: BTreeMap<String, String>,
    /// Why more files were checked than asked for (`--changed` after a change to `schema/`).
    pub note: Option<String>,
}

impl Report {
    /// Number of findings of a severity.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Validates the collection at `root` against `schema`. Cross-file checks always see the whole
/// collection, but only the requested files are reported on.
pub fn validate(root: &Path, schema: &Schema, request: &Request) -> Result<Report, Error> {
    let scope = if request.paths.is_empty() {
        Scope::All
    } else {
        Scope::Paths(request.paths.clone())
    };
    validate_scope(root, schema, &scope, request.today)
}

/// Validates the collection, reporting on the files of `scope`.
pub fn validate_scope(
    root: &Path,
    schema: &Schema,
    scope: &Scope,
    today: jiff::civil::Date,
) -> Result<Report, Error> {
    let selection = select(root, scope)?;
    let mut checked = check_files(root, schema, &selection.files, today)?;
    let mut report = keep_reported(root, schema, &selection, &mut checked);
    read_for_display(&selection.files, &checked.summaries, &mut report);
    report.note = selection.note;
    Ok(report)
}

/// The files a run checks and those it reports on.
struct Selection {
    /// Every file to check, sorted: the collection, special entries and files named outside it.
    files: Vec<PathBuf>,
    /// The files to report on; `None` for all of them.
    wanted: Option<HashSet<PathBuf>>,
    /// Ids of deleted practices: the files that still reference one are reported on too.
    deleted_ids: Vec<String>,
    /// Why more is checked than was asked for.
    note: Option<String>,
}

/// Resolves `scope` to the files to check and to report on.
fn select(root: &Path, scope: &Scope) -> Result<Selection, Error> {
    let practices = root.join(PRACTICES_DIR);
    // Special entries (symlinks, FIFOs) are checked too: loading reports them, unread.
    let walked = walk(&practices)?;
    let mut files = walked.files;
    files.extend(walked.special);
    files.sort();
    let mut out = Selection {
        files: Vec::new(),
        wanted: None,
        deleted_ids: Vec::new(),
        note: None,
    };
    // A change to the format can break practices that did not change (a theme removed while
    // still in use): then every practice is checked.
    let schema_dir = root
        .join(crate::collection::SCHEMA_DIR)
        .canonicalize()
        .unwrap_or_else(|_| root.join(crate::collection::SCHEMA_DIR));
    let scope = match scope {
        Scope::Changed { changed, deleted }
            if changed
                .iter()
                .chain(deleted)
                .any(|p| p.starts_with(&schema_dir)) =>
        {
            out.note = Some(crate::tr!(
                "note-validate-schema-changed",
                folder = crate::collection::SCHEMA_DIR
            ));
            &Scope::All
        }
        other => other,
    };
    match scope {
        Scope::All => {}
        Scope::Paths(paths) => {
            let mut set = HashSet::new();
            for path in paths {
                let meta = std::fs::metadata(path).map_err(|source| Error::Io {
                    path: path.clone(),
                    source,
                })?;
                let path = canonical_entry(path).map_err(|source| Error::Io {
                    path: path.clone(),
                    source,
                })?;
                if meta.is_dir() {
                    // A folder that holds the collection means its practices, not every
                    // Markdown file beside them (README, schema notes).
                    let canonical = practices
                        .canonicalize()
                        .unwrap_or_else(|_| practices.clone());
                    if canonical.starts_with(&path) {
                        set.extend(files.iter().cloned());
                    } else {
                        let walked = walk(&path)?;
                        set.extend(walked.files);
                        set.extend(walked.special);
                    }
                } else {
                    set.insert(path);
                }
            }
            let known: HashSet<&PathBuf> = files.iter().collect();
            let extra: Vec<PathBuf> = set.iter().filter(|p| !known.contains(p)).cloned().collect();
            files.extend(extra);
            out.wanted = Some(set);
        }
        Scope::Changed { changed, deleted } => {
            let changed: HashSet<PathBuf> = changed
                .iter()
                .filter_map(|p| canonical_entry(p).ok())
                .collect();
            out.wanted = Some(
                files
                    .iter()
                    .filter(|f| changed.contains(*f))
                    .cloned()
                    .collect(),
            );
            let practices = practices.canonicalize().unwrap_or(practices);
            out.deleted_ids = deleted
                .iter()
                .filter(|p| p.starts_with(&practices) && p.extension().is_some_and(|x| x == "md"))
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
        }
    }
    out.files = files;
    Ok(out)
}

/// What checking every file gave, in the order of the files.
struct Checked {
    /// Every finding, of each file and of the collection as a whole.
    diagnostics: Vec<Diagnostic>,
    /// One per file, for the cross-file checks and for choosing what to report.
    summaries: Vec<Summary>,
    /// The text of each file with findings of its own, for rendering source lines.
    sources: BTreeMap<String, String>,
}

/// Loads and checks every file, then the collection as a whole.
fn check_files(
    root: &Path,
    schema: &Schema,
    files: &[PathBuf],
    today: jiff::civil::Date,
) -> Result<Checked, Error> {
    let cx = Context::new(schema, root, today)?;
    // Only a file's findings, its summary and, when it has findings, its text are kept:
    // memory stays far below the size of a large collection.
    let checked = load_each(
        root,
        files,
        schema.rules.max_file_bytes,
        |mut doc, mut found| {
            found.extend(check::document(&doc, &cx));
            let text = (!found.is_empty()).then(|| std::mem::take(&mut doc.text));
            (found, Summary::of(&doc), text)
        },
    );
    let mut out = Checked {
        diagnostics: Vec::new(),
        summaries: Vec::with_capacity(checked.len()),
        sources: BTreeMap::new(),
    };
    for (found, summary, text) in checked {
        out.diagnostics.extend(found);
        if let Some(text) = text {
            out.sources.insert(summary.rel.clone(), text);
        }
        out.summaries.push(summary);
    }
    out.diagnostics
        .extend(check::collection(&out.summaries, schema));
    Ok(out)
}

/// The report of the files `selection` reports on (with the schema's synonyms, whose findings
/// every scope reports): their findings sorted, the texts of those with findings. Takes the
/// findings and texts out of `checked`.
fn keep_reported(
    root: &Path,
    schema: &Schema,
    selection: &Selection,
    checked: &mut Checked,
) -> Report {
    let mut diagnostics = std::mem::take(&mut checked.diagnostics);
    let mut sources = std::mem::take(&mut checked.sources);
    let summaries = &checked.summaries;
    let synonyms = crate::index::check_synonyms(&schema.dir, &relative_name(root, &schema.dir));
    let mut paths: Vec<String> = selection
        .files
        .iter()
        .zip(summaries)
        .filter(|(path, s)| {
            selection.wanted.as_ref().is_none_or(|w| w.contains(*path))
                || s.references_any(&selection.deleted_ids)
        })
        .map(|(_, s)| s.rel.clone())
        .collect();
    if let Some(first) = synonyms.first() {
        paths.push(first.path.clone());
        if let Ok(text) = std::fs::read_to_string(schema.dir.join("synonyms.yaml")) {
            sources.insert(first.path.clone(), text);
        }
    }
    diagnostics.extend(synonyms);
    paths.sort();
    let reported: HashSet<&str> = paths.iter().map(String::as_str).collect();
    diagnostics.retain(|d| reported.contains(d.path.as_str()));
    diagnostic::sort(&mut diagnostics);
    let with_findings: HashSet<&str> = diagnostics.iter().map(|d| d.path.as_str()).collect();
    sources.retain(|rel, _| with_findings.contains(rel.as_str()));
    Report {
        files: paths.len(),
        paths,
        diagnostics,
        sources,
        note: None,
    }
}

/// Reads again, for display, the files whose only findings come from the cross-file checks
/// (their text was not kept while checking); `summaries` are those of `files`.
fn read_for_display(files: &[PathBuf], summaries: &[Summary], report: &mut Report) {
    let with_findings: HashSet<&str> = report.diagnostics.iter().map(|d| d.path.as_str()).collect();
    for (path, summary) in files.iter().zip(summaries) {
        if with_findings.contains(summary.rel.as_str())
            && !report.sources.contains_key(&summary.rel)
            && let Ok(text) = std::fs::read_to_string(path)
        {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            report.sources.insert(summary.rel.clone(), text);
        }
    }
}

/// The path of an entry with its folder made canonical but the entry itself as named: a
/// symlink named on the command line or by git is reported as the symlink it is, not as the
/// file it points to.
fn canonical_entry(path: &Path) -> std::io::Result<PathBuf> {
    match (path.parent(), path.file_name()) {
        (Some(parent), Some(name)) => {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            Ok(parent.canonicalize()?.join(name))
        }
        _ => path.canonicalize(),
    }
}

/// Checks `text` as if it were the practice file at `path` inside `root`, together with the
/// collection as it is on disk, and returns the findings of that file only. Nothing is read at
/// `path` and nothing is written: `add` calls this before it creates a file.
pub fn validate_text(
    root: &Path,
    schema: &Schema,
    path: &Path,
    text: &str,
    today: jiff::civil::Date,
) -> Result<Vec<Diagnostic>, Error> {
    let others: Vec<PathBuf> = practice_files(&root.join(PRACTICES_DIR))?
        .into_iter()
        .filter(|f| f != path)
        .collect();
    let rel = crate::collection::relative_name(root, path);
    let (doc, mut diagnostics) = crate::practice::parse(path, &rel, text);
    let cx = Context::new(schema, root, today)?;
    diagnostics.extend(check::document(&doc, &cx));
    let mut summaries = load_each(root, &others, schema.rules.max_file_bytes, |d, _| {
        Summary::of(&d)
    });
    summaries.push(Summary::of(&doc));
    diagnostics.extend(
        check::collection(&summaries, schema)
            .into_iter()
            .filter(|d| d.path == rel),
    );
    diagnostic::sort(&mut diagnostics);
    Ok(diagnostics)
}
