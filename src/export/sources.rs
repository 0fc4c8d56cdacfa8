//! The originals of a bundle: each practice file as it is on disk, and the files of its
//! attachment folder `practices/<id>/`. Symbolic links are followed only when they stay inside
//! the collection; anything else is left out and reported, never copied.

use std::path::{Path, PathBuf};

use serde::Serialize;
use walkdir::WalkDir;

use super::ExportError;
use crate::collection::relative_name;
use crate::model::Entry;

/// An attachment left out of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Its path relative to the collection root.
    pub path: String,
    /// Why.
    pub reason: &'static str,
}

/// An attachment to copy.
#[derive(Debug, Clone)]
pub(super) struct Attachment {
    /// Path inside the bundle (the same as in the collection).
    pub(super) name: String,
    /// The real file to read.
    pub(super) path: PathBuf,
}

/// The originals of the selected practices.
#[derive(Debug, Default)]
pub(super) struct Originals {
    /// The bytes of each practice file, in entry order.
    pub(super) bytes: Vec<Vec<u8>>,
    /// Attachments, in walk order.
    pub(super) attachments: Vec<Attachment>,
    /// What was left out.
    pub(super) skipped: Vec<Skipped>,
}

const OUTSIDE: &str = "symbolic link to a place outside the collection";

/// Reads the files of `entries` below the canonical `root`.
pub(super) fn read(root: &Path, entries: &[&Entry]) -> Result<Originals, ExportError> {
    let mut out = Originals::default();
    for entry in entries {
        let file = root.join(&entry.path);
        out.bytes
            .push(std::fs::read(&file).map_err(ExportError::io(&file))?);
        let folder = file.with_extension("");
        if std::fs::symlink_metadata(&folder).is_ok() {
            attachments(root, &folder, &mut out)?;
        }
    }
    Ok(out)
}

/// Adds the files below the attachment folder `folder`.
fn attachments(root: &Path, folder: &Path, out: &mut Originals) -> Result<(), ExportError> {
    let skip = |out: &mut Originals, path: &Path, reason| {
        out.skipped.push(Skipped {
            path: relative_name(root, path),
            reason,
        });
    };
    match folder.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_dir() => {}
        Ok(real) if real.starts_with(root) => return Ok(()),
        _ => {
            skip(out, folder, OUTSIDE);
            return Ok(());
        }
    }
    // The root of a walk is followed even when it is a link; its target was checked above.
    let walker = WalkDir::new(folder)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    for item in walker {
        let item = item.map_err(|e| ExportError::Io {
            path: e.path().map_or_else(|| folder.to_owned(), Path::to_owned),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("file system loop")),
        })?;
        let path = item.path();
        let kind = item.file_type();
        if kind.is_dir() {
            continue;
        }
        let real = if kind.is_symlink() {
            match path.canonicalize() {
                Ok(real) if !real.starts_with(root) => {
                    skip(out, path, OUTSIDE);
                    continue;
                }
                Ok(real) if real.is_file() => real,
                Ok(_) => {
                    skip(out, path, "symbolic link to a folder");
                    continue;
                }
                Err(_) => {
                    skip(out, path, "broken symbolic link");
                    continue;
                }
            }
        } else if kind.is_file() {
            path.to_owned()
        } else {
            skip(out, path, "not a regular file");
            continue;
        };
        out.attachments.push(Attachment {
            name: relative_name(root, path),
            path: real,
        });
    }
    Ok(())
}
