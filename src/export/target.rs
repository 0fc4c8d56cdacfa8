//! Where a bundle may go: never inside `practices/` or `schema/`, never over the collection, and
//! over an existing path only with `--force` and only when that path is a bundle of the same
//! kind, so a mistyped `--out ~/ --force` cannot wipe a home folder.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;

use super::ExportError;
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
                folder: format!("{folder}/"),
            });
        }
    }
    if root.starts_with(&path) {
        return Err(ExportError::OutputInsideCollection {
            path,
            folder: "root (the bundle would replace the collection)".to_owned(),
        });
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

/// Whether `--force` may replace what is at `path`.
fn replaceable(path: &Path, meta: &std::fs::Metadata, layout: Layout) -> Result<(), ExportError> {
    let refuse = |reason| {
        Err(ExportError::NotABundle {
            path: path.to_owned(),
            reason,
        })
    };
    if meta.file_type().is_symlink() {
        return refuse("it is a symbolic link");
    }
    match layout {
        Layout::Zip if meta.is_dir() => {
            refuse("it is a folder (end the path with `/` to write a folder bundle)")
        }
        Layout::Zip => {
            let mut magic = [0u8; 4];
            let mut file = std::fs::File::open(path).map_err(ExportError::io(path))?;
            let n = file.read(&mut magic).map_err(ExportError::io(path))?;
            if n == 4 && magic[..2] == *b"PK" {
                Ok(())
            } else {
                refuse("it is not a zip archive")
            }
        }
        Layout::Directory if !meta.is_dir() => refuse("it is a file, not a folder"),
        Layout::Directory => {
            let mut names = std::fs::read_dir(path).map_err(ExportError::io(path))?;
            let empty = names.next().is_none();
            if empty || path.join("manifest.json").is_file() {
                Ok(())
            } else {
                refuse("it is a folder that holds no manifest.json")
            }
        }
    }
}
