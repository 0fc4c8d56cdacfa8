//! The sidecar next to the index (`state.json`): which tool, schema and analyzer built it, and
//! the size, modification time and content hash of every file it holds. Comparing sizes and
//! times is the cheap check before each search; hashes decide whether a touched file really
//! changed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use super::IndexError;
use crate::collection::{SCHEMA_DIR, relative_name};

/// Version of the sidecar layout.
const FORMAT: u32 = 1;

/// What a file looked like when it was indexed; stored as a four-element array, which halves
/// the sidecar that every search reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "(u64, i64, u64, bool)", into = "(u64, i64, u64, bool)")]
pub(crate) struct FileState {
    pub(crate) size: u64,
    /// Nanoseconds since the epoch.
    pub(crate) mtime: i64,
    pub(crate) hash: u64,
    /// False for a file that does not fit the model (`practice validate` says why).
    pub(crate) indexed: bool,
}

impl From<(u64, i64, u64, bool)> for FileState {
    fn from((size, mtime, hash, indexed): (u64, i64, u64, bool)) -> Self {
        FileState {
            size,
            mtime,
            hash,
            indexed,
        }
    }
}

impl From<FileState> for (u64, i64, u64, bool) {
    fn from(f: FileState) -> Self {
        (f.size, f.mtime, f.hash, f.indexed)
    }
}

/// The versions an index must match to be reused.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Versions {
    pub(crate) tool: String,
    pub(crate) schema: u64,
    pub(crate) analyzer: String,
}

/// The sidecar.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) format: u32,
    pub(crate) versions: Versions,
    pub(crate) files: BTreeMap<String, FileState>,
}

impl State {
    pub(crate) fn new(versions: Versions) -> State {
        State {
            format: FORMAT,
            versions,
            files: BTreeMap::new(),
        }
    }

    /// Reads the sidecar; `None` when it is missing, unreadable or of another layout.
    pub(crate) fn read(path: &Path) -> Option<State> {
        let bytes = std::fs::read(path).ok()?;
        serde_json::from_slice::<State>(&bytes)
            .ok()
            .filter(|s| s.format == FORMAT)
    }

    /// Writes the sidecar atomically, so a reader never sees half of it.
    pub(crate) fn write(&self, path: &Path) -> Result<(), IndexError> {
        let tmp = path.with_extension("json.tmp");
        let io = |source| IndexError::Io {
            path: path.to_owned(),
            source,
        };
        std::fs::write(
            &tmp,
            serde_json::to_vec(self)
                .map_err(std::io::Error::other)
                .map_err(io)?,
        )
        .map_err(io)?;
        std::fs::rename(&tmp, path).map_err(io)
    }
}

pub(crate) use super::scan::Seen;

/// What differs between the sidecar and the disk, by size and time only.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    /// New files.
    pub(crate) added: Vec<Seen>,
    /// Files whose size or time changed (their content may not have).
    pub(crate) touched: Vec<Seen>,
    /// Files that are gone.
    pub(crate) removed: Vec<String>,
}

impl Plan {
    pub(crate) fn new(state: &State, seen: &[Seen]) -> Plan {
        let mut plan = Plan::default();
        let mut present = std::collections::HashSet::with_capacity(seen.len());
        for file in seen {
            present.insert(file.rel.as_str());
            match state.files.get(&file.rel) {
                None => plan.added.push(file.clone()),
                Some(old) if old.size != file.size || old.mtime != file.mtime => {
                    plan.touched.push(file.clone())
                }
                Some(_) => {}
            }
        }
        plan.removed = state
            .files
            .keys()
            .filter(|k| !present.contains(k.as_str()))
            .cloned()
            .collect();
        plan
    }
}

/// FNV-1a, 64 bits: enough to tell whether a file changed, and stable across Rust versions
/// (unlike the standard library's hasher), which matters for a hash kept on disk.
pub(crate) fn hash(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Hash of the schema files that shape the index (everything in `schema/` but the synonyms,
/// which apply at query time).
pub(crate) fn schema_hash(root: &Path) -> Result<u64, IndexError> {
    let dir = root.join(SCHEMA_DIR);
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        let entry = entry.map_err(|e| IndexError::Io {
            path: dir.clone(),
            source: e
                .into_io_error()
                .unwrap_or_else(|| std::io::Error::other("loop")),
        })?;
        if entry.file_type().is_file() && entry.file_name() != super::synonyms::FILE {
            files.push(entry.into_path());
        }
    }
    let mut all = Vec::new();
    for path in files {
        all.extend_from_slice(relative_name(&dir, &path).as_bytes());
        all.push(0);
        let bytes = std::fs::read(&path).map_err(|source| IndexError::Io {
            path: path.clone(),
            source,
        })?;
        all.extend_from_slice(&bytes);
        all.push(0);
    }
    Ok(hash(&all))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv_matches_reference_values() {
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
