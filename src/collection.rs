//! Finds the collection root and its practice files, and loads them: the one loader every
//! command uses ([`load`] into the model, [`load_each`] for `validate`, [`load_file`] for one
//! file and for the index, which reads the bytes itself).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::Error;
use crate::check::{self, Context, Summary};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{Collection, Entry};
use crate::practice::{self, Document};
use crate::schema::Schema;

/// The folder of practices inside a root.
pub const PRACTICES_DIR: &str = "practices";
/// The folder of format criteria inside a root.
pub const SCHEMA_DIR: &str = "schema";

/// Walks up from `start` to the first folder that holds both `schema/` and `practices/`.
pub fn find_root(start: &Path) -> Result<PathBuf, Error> {
    let start = start.canonicalize().map_err(|source| Error::Io {
        path: start.to_owned(),
        source,
    })?;
    start
        .ancestors()
        .find(|dir| dir.join(SCHEMA_DIR).is_dir() && dir.join(PRACTICES_DIR).is_dir())
        .map(Path::to_owned)
        .ok_or(Error::NoRoot { start })
}

/// Every practice file below `dir`: `*.md` files, skipping hidden entries and the attachment
/// folder `<id>/` of a practice `<id>.md`. Symlinks are not followed, and only regular files
/// are listed: [`walk`] also names the other entries.
pub fn practice_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    Ok(walk(dir)?.files)
}

/// What [`walk`] finds below a folder.
#[derive(Debug, Clone, Default)]
pub struct Walk {
    /// Regular `*.md` files: the practices.
    pub files: Vec<PathBuf>,
    /// Entries named `*.md` that are no regular file: symlinks (never followed, even to a file
    /// inside the collection, so that a practice is always the file it seems to be), FIFOs,
    /// sockets, devices. Reading a FIFO would block, so they are reported, never opened.
    pub special: Vec<PathBuf>,
}

/// Walks `dir` by the rules of [`practice_files`], keeping the special entries apart.
pub fn walk(dir: &Path) -> Result<Walk, Error> {
    let mut out = Walk::default();
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            if e.depth() > 0 && e.file_name().as_encoded_bytes().starts_with(b".") {
                return false;
            }
            // A folder beside a practice of the same name holds its attachments.
            !(e.file_type().is_dir() && e.depth() > 0 && e.path().with_extension("md").is_file())
        });
    for entry in walker {
        let entry = entry.map_err(|e| Error::Io {
            path: e.path().map_or_else(|| dir.to_owned(), Path::to_owned),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("file system loop")),
        })?;
        if entry.file_type().is_dir() || entry.path().extension().is_none_or(|x| x != "md") {
            continue;
        }
        if entry.file_type().is_file() {
            out.files.push(entry.into_path());
        } else {
            out.special.push(entry.into_path());
        }
    }
    Ok(out)
}

/// `root`-relative, `/`-separated name of `path` (the path as given when outside the root).
/// Bytes that are not UTF-8 are written `\xE9`, so that two such names never read the same.
pub fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| escape_bytes(c.as_os_str().as_encoded_bytes()))
        .collect::<Vec<_>>()
        .join("/")
}

/// `bytes` as text: UTF-8 as it is, every other byte as `\xNN`.
pub(crate) fn escape_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// A finding about the name of the file at `path` (inside `root`), named `rel`: a name that
/// is not UTF-8 (other systems, git hosts and the export cannot name it), or that holds
/// control characters.
pub fn file_name_finding(root: &Path, path: &Path, rel: &str) -> Option<Diagnostic> {
    let inside = path.strip_prefix(root).unwrap_or(path);
    let (message, help) = if inside.to_str().is_none() {
        (
            crate::tr!("check-file-name-not-utf8", name = rel),
            crate::tr!("check-file-name-not-utf8-help"),
        )
    } else if rel.chars().any(crate::text::is_control) {
        (
            crate::tr!(
                "check-file-name-control",
                name = crate::text::terminal_safe(rel, crate::text::Shown::Line).into_owned()
            ),
            crate::tr!("check-file-name-control-help"),
        )
    } else {
        return None;
    };
    Some(
        Diagnostic::new(
            rel,
            crate::diagnostic::Pos::line(1),
            crate::diagnostic::Severity::Error,
            crate::rules::FILE_NAME,
            message,
        )
        .with_help(help),
    )
}

/// Where [`load_file`] gets the bytes of a practice file.
#[derive(Debug)]
pub enum Bytes {
    /// Read them from the file, refusing anything but a regular file of at most `max_bytes`.
    Read {
        /// The schema's `max_file_bytes`.
        max_bytes: u64,
    },
    /// The caller has read them already (the index reads them itself, to hash them).
    Given(Vec<u8>),
}

/// Loads one practice file, the one way every reader of the collection does: the parsed
/// document, with what loading it found (not a regular file, too large, not UTF-8, unreadable
/// front matter, a file name other systems cannot hold). `rel` names it in findings.
pub fn load_file(root: &Path, path: &Path, rel: &str, bytes: Bytes) -> (Document, Vec<Diagnostic>) {
    let (doc, mut found) = match bytes {
        Bytes::Read { max_bytes } => practice::load(path, rel, max_bytes),
        Bytes::Given(bytes) => practice::from_bytes(path, rel, bytes),
    };
    found.extend(file_name_finding(root, path, rel));
    (doc, found)
}

/// Loads `files` in parallel with [`load_file`] and hands each document, with its findings, to
/// `each` on the thread that read it, keeping the order of `files`. What `each` returns is all
/// that is kept: the syntax tree of one file is dropped before the thread takes the next, so
/// memory holds what callers need (entries, findings, summaries), not 10,000 trees.
pub fn load_each<T: Send>(
    root: &Path,
    files: &[PathBuf],
    max_bytes: u64,
    each: impl Fn(Document, Vec<Diagnostic>) -> T + Sync,
) -> Vec<T> {
    files
        .par_iter()
        .map(|path| {
            let rel = relative_name(root, path);
            let (doc, found) = load_file(root, path, &rel, Bytes::Read { max_bytes });
            each(doc, found)
        })
        .collect()
}

/// Loads every practice under `root/practices` into the model, checking each one (and the
/// collection as a whole) so that [`Entry::valid`] says what `validate` would. Files that do
/// not fit the model, and entries that are no regular file, are named in
/// [`Collection::unreadable`].
pub fn load(root: &Path, schema: &Schema, today: jiff::civil::Date) -> Result<Collection, Error> {
    let walked = walk(&root.join(PRACTICES_DIR))?;
    let cx = Context::new(schema, root, today)?;
    // A light summary of every file, fitting the model or not, is kept for the cross-file checks.
    let loaded: Vec<(Result<Entry, String>, Summary)> = load_each(
        root,
        &walked.files,
        schema.rules.max_file_bytes,
        |doc, found| {
            let summary = Summary::of(&doc);
            let entry = match Entry::from_document(&doc, schema) {
                Some(mut entry) => {
                    entry.valid = !found
                        .iter()
                        .chain(check::document(&doc, &cx).iter())
                        .any(|d| d.severity == Severity::Error);
                    Ok(entry)
                }
                None => Err(doc.rel),
            };
            (entry, summary)
        },
    );
    let (loaded, summaries): (Vec<_>, Vec<_>) = loaded.into_iter().unzip();
    // The same cross-file findings as `validate` (duplicate ids, unknown `related`, ...), so
    // that `valid` means what `validate` says.
    let cross_file: HashSet<String> = check::collection(&summaries, schema)
        .into_iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.path)
        .collect();
    let mut out = Collection::default();
    // Symlinks, FIFOs and the like are never read, but named as left out.
    out.unreadable
        .extend(walked.special.iter().map(|p| relative_name(root, p)));
    for item in loaded {
        match item {
            Ok(mut entry) => {
                if cross_file.contains(&entry.path) {
                    entry.valid = false;
                }
                out.entries.push(entry);
            }
            Err(rel) => out.unreadable.push(rel),
        }
    }
    out.entries
        .sort_by(|a, b| a.practice.id.cmp(&b.practice.id));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_practice_fits_the_model() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let schema = Schema::load(&root.join(SCHEMA_DIR)).unwrap();
        let today = jiff::civil::date(2026, 11, 29);
        let collection = load(root, &schema, today).unwrap();
        assert!(
            collection.unreadable.is_empty(),
            "{:?}",
            collection.unreadable
        );
        assert!(collection.entries.len() >= 30);
        assert!(collection.entries.iter().all(|e| !e.places.is_empty()));
    }
}
