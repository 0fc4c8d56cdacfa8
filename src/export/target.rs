//! Where a bundle may go: never inside `practices/` or `schema/`, never over the collection, and
//! over an existing path only with `--force` and only when that path is a bundle this tool
//! wrote, of the same kind, holding nothing else (its manifest says so), so a mistyped
//! `--out ~/ --force` cannot wipe a home folder, nor `--out report.docx --force` a document.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;
use walkdir::WalkDir;

use super::{ExportError, manifest, names};
use crate::collection::{PRACTICES_DIR, SCHEMA_DIR};

/// The kind of bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Layout {
    /// One `.zip` file.
    Zip,
    /// A folder (the output path ended with `/`).
    Directory,
}

/// A checked output path.
#[derive(Debug, Clone)]
pub(super) struct Target {
    /// Absolute, with symlinks in its existing part resolved.
    pub(super) path: PathBuf,
    pub(super) layout: Layout,
    /// Whether something is there now (and may be replaced).
    pub(super) exists: bool,
}

/// Checks `out` against the collection at `root`.
pub(super) fn check(root: &Path, out: &Path, force: bool) -> Result<Target, ExportError> {
    let text = out.as_os_str().to_string_lossy();
    let layout = if text.ends_with('/') || text.ends_with(std::path::MAIN_SEPARATOR) {
        Layout::Directory
    } else {
        Layout::Zip
    };
    let path = resolve(out)?;
    let root = root.canonicalize().map_err(ExportError::io(root))?;
    let inside = |folder: &str| {
        let dir = root.join(folder);
        let dir = dir.canonicalize().unwrap_or(dir);
        path.starts_with(&dir)
    };
    for folder in [PRACTICES_DIR, SCHEMA_DIR] {
        if inside(folder) {
            return Err(ExportError::OutputInsideCollection {
                path,
                folder: Some(format!("{folder}/")),
            });
        }
    }
    if root.starts_with(&path) {
        return Err(ExportError::OutputInsideCollection { path, folder: None });
    }
    let exists = match std::fs::symlink_metadata(&path) {
        Ok(meta) => {
            if !force {
                return Err(ExportError::OutputExists { path });
            }
            replaceable(&path, &meta, layout)?;
            true
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(source) => return Err(ExportError::Io { path, source }),
    };
    Ok(Target {
        path,
        layout,
        exists,
    })
}

/// Makes `out` absolute: its longest existing ancestor canonicalized, the rest appended with
/// `.` and `..` folded, so a path cannot sneak into the collection through a symlink or `..`.
fn resolve(out: &Path) -> Result<PathBuf, ExportError> {
    let cwd = std::env::current_dir().map_err(ExportError::io(Path::new(".")))?;
    let mut absolute = PathBuf::new();
    for c in cwd.join(out).components() {
        match c {
            Component::ParentDir => {
                absolute.pop();
            }
            Component::CurDir => {}
            other => absolute.push(other),
        }
    }
    let mut base = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = base.canonicalize() {
            let mut path = real;
            path.extend(rest.iter().rev());
            return Ok(path);
        }
        match (base.parent(), base.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_owned());
                base = parent;
            }
            _ => return Ok(absolute),
        }
    }
}

/// Most extra files named when a bundle holds files it did not write.
const NAMED: usize = 5;

/// The largest manifest read from an existing bundle (one of 100,000 practices is ~30 MB).
const MANIFEST_LIMIT: u64 = 256 << 20;

/// Whether `--force` may replace what is at `path`: only a bundle this tool wrote, recognised by
/// its manifest, holding nothing but the files that manifest lists. A folder or archive to which
/// someone added files is refused rather than trimmed: replacing only our files would keep the
/// bundle from being replaced as one rename, and the added files show that someone works there.
fn replaceable(path: &Path, meta: &std::fs::Metadata, layout: Layout) -> Result<(), ExportError> {
    let refuse = |reason: String| ExportError::NotABundle {
        path: path.to_owned(),
        reason,
    };
    if meta.file_type().is_symlink() {
        return Err(refuse(crate::tr!("export-target-link")));
    }
    match layout {
        Layout::Zip if meta.is_dir() => Err(refuse(crate::tr!("export-target-folder"))),
        Layout::Zip => {
            let file = std::fs::File::open(path).map_err(ExportError::io(path))?;
            let Ok(mut archive) = zip::ZipArchive::new(file) else {
                return Err(refuse(crate::tr!("export-target-not-zip")));
            };
            let bytes = match archive.by_name(manifest::NAME) {
                Ok(entry) => limited(entry, path)?,
                Err(_) => None,
            };
            let Some(bytes) = bytes else {
                return Err(refuse(crate::tr!(
                    "export-target-zip-without-manifest",
                    name = manifest::NAME
                )));
            };
            let owned = manifest::owned(&bytes).map_err(refuse)?;
            let extra: Vec<String> = archive
                .file_names()
                .filter_map(|name| match name {
                    Ok(name) if name.ends_with('/') || owned.wrote(&name) => None,
                    Ok(name) => Some(name.into_owned()),
                    Err(_) => Some(crate::tr!("export-target-unreadable-name")),
                })
                .collect();
            unlisted(extra).map_err(refuse)
        }
        Layout::Directory if !meta.is_dir() => Err(refuse(crate::tr!("export-target-file"))),
        Layout::Directory => {
            let mut names = std::fs::read_dir(path).map_err(ExportError::io(path))?;
            if names.next().is_none() {
                return Ok(());
            }
            let manifest_path = path.join(manifest::NAME);
            let bytes = match std::fs::symlink_metadata(&manifest_path) {
                Ok(m) if m.is_file() => {
                    let file = std::fs::File::open(&manifest_path)
                        .map_err(ExportError::io(&manifest_path))?;
                    limited(file, &manifest_path)?
                }
                _ => None,
            };
            let Some(bytes) = bytes else {
                return Err(refuse(crate::tr!(
                    "export-target-folder-without-manifest",
                    name = manifest::NAME
                )));
            };
            let owned = manifest::owned(&bytes).map_err(refuse)?;
            unlisted(extra_in_folder(path, &owned)?).map_err(refuse)
        }
    }
}

/// The bytes of a manifest, or `None` when it is larger than any manifest this tool writes.
fn limited(reader: impl Read, path: &Path) -> Result<Option<Vec<u8>>, ExportError> {
    let mut bytes = Vec::new();
    reader
        .take(MANIFEST_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(ExportError::io(path))?;
    Ok((bytes.len() as u64 <= MANIFEST_LIMIT).then_some(bytes))
}

/// The entries below the bundle folder `dir` that its manifest does not account for: files it
/// does not list, folders that hold none of them, links and anything else.
fn extra_in_folder(dir: &Path, owned: &manifest::Owned) -> Result<Vec<String>, ExportError> {
    let folders: HashSet<&str> = owned
        .files
        .iter()
        .flat_map(|f| f.match_indices('/').map(move |(i, _)| &f[..i]))
        .collect();
    let mut extra = Vec::new();
    for item in WalkDir::new(dir)
        .min_depth(1)
        .follow_links(false)
        .sort_by_file_name()
    {
        let item = item.map_err(|e| ExportError::Io {
            path: e.path().map_or_else(|| dir.to_owned(), Path::to_owned),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other(crate::tr!("error-io-loop"))),
        })?;
        let name = names::bundle_name(dir, item.path()).ok();
        let kind = item.file_type();
        let ours = match &name {
            Some(name) if kind.is_file() => owned.wrote(name),
            Some(name) if kind.is_dir() => folders.contains(name.as_str()),
            _ => false,
        };
        if !ours {
            extra.push(names::escaped(dir, item.path()));
        }
    }
    Ok(extra)
}

/// Refuses when `extra` names anything.
fn unlisted(extra: Vec<String>) -> Result<(), String> {
    if extra.is_empty() {
        return Ok(());
    }
    let mut named = extra
        .iter()
        .take(NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if extra.len() > NAMED {
        named.push_str(&crate::tr!(
            "export-target-more",
            count = extra.len() - NAMED
        ));
    }
    Err(crate::tr!(
        "export-target-extra",
        count = extra.len(),
        named = named
    ))
}
