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
/// folder `<id>/` of a practice `<id>.md`. Symlinks are not followed.
pub fn practice_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut files = Vec::new();
    let walker = WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            if e.depth() > 0 && name.starts_with('.') {
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
        if entry.file_type().is_file() && entry.path().extension().is_some_and(|x| x == "md") {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// `root`-relative, `/`-separated name of `path` (the path as given when outside the root).
pub fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
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
