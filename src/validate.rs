//! `validate` as a library call: load every practice, check each one in parallel, then check the
//! collection as a whole, and return the findings of the files that were asked about.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Error;
use crate::check::{self, Context, Summary};
use crate::collection::{
    PRACTICES_DIR, file_name_finding, load_all, practice_files, relative_name, walk,
};
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
    let practices = root.join(PRACTICES_DIR);
    // Special entries (symlinks, FIFOs) are checked too: loading reports them, unread.
    let walked = walk(&practices)?;
    let mut files = walked.files;
    files.extend(walked.special);
    files.sort();
    let mut wanted: Option<HashSet<PathBuf>> = None;
    let mut deleted_ids: Vec<String> = Vec::new();
    let mut note = None;
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
            note = Some(format!(
                "{}/ changed since the merge base: the whole collection is checked",
                crate::collection::SCHEMA_DIR
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
            wanted = Some(set);
        }
        Scope::Changed { changed, deleted } => {
            let changed: HashSet<PathBuf> = changed
                .iter()
                .filter_map(|p| canonical_entry(p).ok())
                .collect();
            wanted = Some(
                files
                    .iter()
                    .filter(|f| changed.contains(*f))
                    .cloned()
                    .collect(),
            );
            let practices = practices.canonicalize().unwrap_or(practices);
            deleted_ids = deleted
                .iter()
                .filter(|p| p.starts_with(&practices) && p.extension().is_some_and(|x| x == "md"))
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect();
        }
    }
    let cx = Context {
        schema,
        root,
        today,
    };
    // Each file is read, parsed and checked on its own thread; only its findings, a summary
    // for the cross-file checks and, when it has findings, its text (for rendering source
    // lines) are kept: memory stays far below the size of a large collection.
    let checked: Vec<(Vec<Diagnostic>, Summary, Option<String>)> = files
        .par_iter()
        .map(|path| {
            let rel = relative_name(root, path);
            let (mut doc, mut found) =
                crate::practice::load(path, &rel, schema.rules.max_file_bytes);
            found.extend(file_name_finding(root, path, &rel));
            found.extend(check::document(&doc, &cx));
            let text = (!found.is_empty()).then(|| std::mem::take(&mut doc.text));
            (found, Summary::of(&doc), text)
        })
        .collect();
    let mut summaries: Vec<Summary> = Vec::with_capacity(checked.len());
    let mut diagnostics: Vec<Diagnostic> = Vec::new();
    let mut sources: BTreeMap<String, String> = BTreeMap::new();
    for (found, summary, text) in checked {
        diagnostics.extend(found);
        if let Some(text) = text {
            sources.insert(summary.rel.clone(), text);
        }
        summaries.push(summary);
    }
    diagnostics.extend(check::collection(&summaries, schema));
    // The synonyms are part of the schema: their findings are reported with every scope.
    let synonyms = crate::index::check_synonyms(&schema.dir, &relative_name(root, &schema.dir));
    let mut paths: Vec<String> = files
        .iter()
        .zip(&summaries)
        .filter(|(path, s)| {
            wanted.as_ref().is_none_or(|w| w.contains(*path)) || s.references_any(&deleted_ids)
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
    // Files whose only findings come from the cross-file checks are read again for display.
    for (path, summary) in files.iter().zip(&summaries) {
        if with_findings.contains(summary.rel.as_str())
            && !sources.contains_key(&summary.rel)
            && let Ok(text) = std::fs::read_to_string(path)
        {
            let text = text
                .strip_prefix('\u{feff}')
                .map(str::to_owned)
                .unwrap_or(text);
            sources.insert(summary.rel.clone(), text);
        }
    }
    Ok(Report {
        files: paths.len(),
        paths,
        diagnostics,
        sources,
        note,
    })
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
    let cx = Context {
        schema,
        root,
        today,
    };
    diagnostics.extend(check::document(&doc, &cx));
    let mut docs: Vec<_> = load_all(root, &others, schema.rules.max_file_bytes)
        .into_iter()
        .map(|(d, _)| d)
        .collect();
    docs.push(doc);
    let summaries: Vec<Summary> = docs.iter().map(Summary::of).collect();
    diagnostics.extend(
        check::collection(&summaries, schema)
            .into_iter()
            .filter(|d| d.path == rel),
    );
    diagnostic::sort(&mut diagnostics);
    Ok(diagnostics)
}
