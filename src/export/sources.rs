//! The originals of a bundle: each practice file as it is on disk, and the files of its
//! attachment folder `practices/<id>/`. Symbolic links are followed only when they stay inside
//! the collection; anything else, and any file whose name cannot go into a bundle
//! ([`super::names`]), is left out and reported, never copied.

use std::path::{Path, PathBuf};

use serde::Serialize;
use walkdir::WalkDir;

use super::{ExportError, names};
use crate::model::Entry;

/// A practice or an attachment left out of a bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Its path relative to the collection root (bytes that are not UTF-8 and control
    /// characters written as `\xNN`).
    pub path: String,
    /// Why.
    pub reason: String,
}

/// An attachment to copy.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// Path inside the bundle (the same as in the collection).
    pub name: String,
    /// The real file to read.
    pub path: PathBuf,
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

/// The collection root twice: as the entries were loaded from it (their paths and bundle names
/// are relative to it), and canonical (what "inside the collection" means for a link).
#[derive(Debug, Clone, Copy)]
pub(super) struct Roots<'a> {
    pub(super) base: &'a Path,
    pub(super) real: &'a Path,
}

/// Reads the files of `entries`. Each practice is read from the file it was loaded from, never
/// from a path rebuilt from its (possibly lossy) name.
pub(super) fn read(roots: Roots<'_>, entries: &[&Entry]) -> Result<Originals, ExportError> {
    let mut out = Originals::default();
    for entry in entries {
        let file = &entry.file;
        out.bytes
            .push(std::fs::read(file).map_err(ExportError::io(file))?);
        let folder = file.with_extension("");
        if std::fs::symlink_metadata(&folder).is_ok() {
            attachments(roots, &folder, &mut out)?;
        }
    }
    Ok(out)
}

/// Adds the files below the attachment folder `folder`.
fn attachments(roots: Roots<'_>, folder: &Path, out: &mut Originals) -> Result<(), ExportError> {
    let root = roots.real;
    let skip = |out: &mut Originals, path: &Path, reason: String| {
        out.skipped.push(Skipped {
            path: names::escaped(roots.base, path),
            reason,
        });
    };
    let outside = || crate::tr!("export-note-outside");
    match folder.canonicalize() {
        Ok(real) if real.starts_with(root) && real.is_dir() => {}
        Ok(real) if real.starts_with(root) => return Ok(()),
        _ => {
            skip(out, folder, outside());
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
                .unwrap_or_else(|| std::io::Error::other(crate::tr!("error-io-loop"))),
        })?;
        let path = item.path();
        let kind = item.file_type();
        if kind.is_dir() {
            continue;
        }
        let real = if kind.is_symlink() {
            match path.canonicalize() {
                Ok(real) if !real.starts_with(root) => {
                    skip(out, path, outside());
                    continue;
                }
                Ok(real) if real.is_file() => real,
                Ok(_) => {
                    skip(out, path, crate::tr!("export-note-link-to-folder"));
                    continue;
                }
                Err(_) => {
                    skip(out, path, crate::tr!("export-note-broken-link"));
                    continue;
                }
            }
        } else if kind.is_file() {
            path.to_owned()
        } else {
            skip(out, path, crate::tr!("export-note-not-regular"));
            continue;
        };
        match names::bundle_name(roots.base, path) {
            Ok(name) => out.attachments.push(Attachment { name, path: real }),
            Err(reason) => skip(out, path, reason.text()),
        }
    }
    Ok(())
}
