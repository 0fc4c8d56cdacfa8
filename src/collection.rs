//! Finds the collection root and its practice files, and loads them in parallel.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::Error;
use crate::diagnostic::Diagnostic;
use crate::practice::{self, Document};

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
            format!("the file name `{rel}` is not valid UTF-8 (bytes written as \\xNN)"),
            "rename the file (or its folder) with UTF-8 characters, like `cafe.md` or `café.md`",
        )
    } else if rel.chars().any(crate::text::is_control) {
        (
            format!(
                "the file name `{}` holds control characters",
                crate::text::terminal_safe(rel, crate::text::Shown::Line)
            ),
            "rename the file with letters, digits and hyphens: `<id>.md`",
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

/// Reads and parses `files` in parallel, keeping their order.
pub fn load_all(
    root: &Path,
    files: &[PathBuf],
    max_bytes: u64,
) -> Vec<(Document, Vec<Diagnostic>)> {
    files
        .par_iter()
        .map(|path| practice::load(path, &relative_name(root, path), max_bytes))
        .collect()
}
