//! `validate` as a library call: load every practice, check each one in parallel, then check the
//! collection as a whole, and return the findings of the files that were asked about.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::Error;
use crate::check::{self, Context};
use crate::collection::{PRACTICES_DIR, load_all, practice_files};
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

/// The findings of a validation run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Number of files reported on.
    pub files: usize,
    /// Every finding, sorted by path, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// The text of each file that has findings, for rendering source lines.
    pub sources: BTreeMap<String, String>,
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
    let practices = root.join(PRACTICES_DIR);
    let mut files = practice_files(&practices)?;
    let mut wanted: Option<HashSet<PathBuf>> = None;
    if !request.paths.is_empty() {
        let mut set = HashSet::new();
        for path in &request.paths {
            let meta = std::fs::metadata(path).map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            let path = path.canonicalize().map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
            if meta.is_dir() {
                set.extend(practice_files(&path)?);
            } else {
                set.insert(path);
            }
        }
        let known: HashSet<&PathBuf> = files.iter().collect();
        let extra: Vec<PathBuf> = set.iter().filter(|p| !known.contains(p)).cloned().collect();
        files.extend(extra);
        wanted = Some(set);
    }
    let loaded = load_all(root, &files, schema.rules.max_file_bytes);
    let cx = Context {
        schema,
        root,
        today: request.today,
    };
    let per_file: Vec<Vec<Diagnostic>> = loaded
        .par_iter()
        .map(|(doc, found)| {
            let mut all = found.clone();
            all.extend(check::document(doc, &cx));
            all
        })
        .collect();
    let docs: Vec<_> = loaded.into_iter().map(|(doc, _)| doc).collect();
    let mut diagnostics: Vec<Diagnostic> = per_file.into_iter().flatten().collect();
    diagnostics.extend(check::collection(&docs, schema));
    let reported: HashSet<&str> = docs
        .iter()
        .filter(|d| wanted.as_ref().is_none_or(|w| w.contains(&d.path)))
        .map(|d| d.rel.as_str())
        .collect();
    diagnostics.retain(|d| reported.contains(d.path.as_str()));
    diagnostic::sort(&mut diagnostics);
    let with_findings: HashSet<&str> = diagnostics.iter().map(|d| d.path.as_str()).collect();
    let sources = docs
        .iter()
        .filter(|d| with_findings.contains(d.rel.as_str()))
        .map(|d| (d.rel.clone(), d.text.clone()))
        .collect();
    Ok(Report {
        files: reported.len(),
        diagnostics,
        sources,
    })
}
