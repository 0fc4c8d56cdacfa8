//! The sidecar next to the index (`state.json`): which tool, schema and analyzer built it, and
//! the size, modification time and content hash of every file it holds. Hashes decide whether
//! a touched file really changed.
//!
//! Beside it, `stamp.json` holds what the check before every search needs, so that the check
//! does not parse the whole sidecar: the versions, the number of files and of indexed
//! practices, and one fingerprint of every file's name, size and time. `folders.json` holds
//! the folders of the last listing with their modification times and practice files, so that
//! the check can skip listing a folder whose entries cannot have changed.

use std::collections::BTreeMap;
use std::path::Path;

use serde::de::DeserializeOwned;
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

/// What the engine's files looked like when this tool last wrote them, so that a change by
/// anything else (a damaged disk, a stray edit) is noticed before the engine reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct EngineFiles {
    /// [`Fingerprint`] of the segment files by name, size and time.
    pub(crate) files: u64,
    /// [`hash`] of the content of the engine's small JSON files (`meta.json`, `.managed.json`),
    /// which a change can leave readable but wrong.
    pub(crate) meta: u64,
}

/// The sidecar.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct State {
    pub(crate) format: u32,
    pub(crate) versions: Versions,
    pub(crate) files: BTreeMap<String, FileState>,
    /// The engine's files as written with this sidecar; `None` in one written before they
    /// were recorded, or for an index in memory.
    #[serde(default)]
    pub(crate) engine: Option<EngineFiles>,
}

impl State {
    pub(crate) fn new(versions: Versions) -> State {
        State {
            format: FORMAT,
            versions,
            files: BTreeMap::new(),
            engine: None,
        }
    }

    /// Reads the sidecar in folder `dir`; `None` when missing, unreadable or of another layout.
    pub(crate) fn read(dir: &Path) -> Option<State> {
        read_json::<State>(&dir.join(STATE_FILE)).filter(|s| s.format == FORMAT)
    }

    /// Writes the sidecar in folder `dir`, then the folders of the listing it came from, then
    /// its stamp, each atomically, so that a reader never sees half of one nor a stamp newer
    /// than its sidecar.
    pub(crate) fn write(&self, dir: &Path, folders: &Folders) -> Result<(), IndexError> {
        write_json(&dir.join(STATE_FILE), self)?;
        folders.write(dir)?;
        write_json(&dir.join(STAMP_FILE), &self.stamp())
    }

    /// Removes the sidecar and what is written with it (before a rebuild, so that none of them
    /// describes an index that is being replaced).
    pub(crate) fn remove(dir: &Path) {
        for file in [STAMP_FILE, FOLDERS_FILE, STATE_FILE] {
            let _ = std::fs::remove_file(dir.join(file));
        }
    }

    /// Number of files that became a practice in the index.
    pub(crate) fn indexed(&self) -> u64 {
        self.files.values().filter(|f| f.indexed).count() as u64
    }

    fn stamp(&self) -> Stamp {
        let mut print = Fingerprint::default();
        for (rel, f) in &self.files {
            print.add(&[rel.as_bytes()], f.size, f.mtime);
        }
        Stamp {
            format: FORMAT,
            versions: self.versions.clone(),
            files: self.files.len(),
            indexed: self.indexed(),
            fingerprint: print.0,
            engine: self.engine,
        }
    }
}

/// The sidecar's file name.
pub(crate) const STATE_FILE: &str = "state.json";
/// The stamp's file name.
const STAMP_FILE: &str = "stamp.json";
/// The folders' file name.
const FOLDERS_FILE: &str = "folders.json";

/// The folders of a listing of the collection, in the order they were walked (the practices
/// folder first), each with its modification time taken before it was listed and the names
/// of its practice files.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Folders {
    format: u32,
    /// When the listing started, in nanoseconds since the epoch.
    pub(crate) listed: i64,
    pub(crate) folders: Vec<Folder>,
}

/// One folder of a listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Folder {
    /// Root-relative, `/`-separated.
    pub(crate) rel: String,
    /// Nanoseconds since the epoch.
    pub(crate) mtime: i64,
    /// File names of its practices, joined by `/` (which no file name holds): one string
    /// reads much faster than thousands.
    pub(crate) files: String,
    /// Names of its symbolic links named like a practice (`*.md`), which are not followed,
    /// joined the same way; kept so that every search can say they were left out.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(crate) links: String,
}

impl Folders {
    // Only the Linux listing records folders.
    #[cfg_attr(not(target_os = "linux"), allow(dead_code))]
    pub(crate) fn new(listed: i64, folders: Vec<Folder>) -> Folders {
        Folders {
            format: FORMAT,
            listed,
            folders,
        }
    }

    /// Reads the folders in index folder `dir`; `None` when missing, unreadable or of
    /// another layout.
    pub(crate) fn read(dir: &Path) -> Option<Folders> {
        read_json::<Folders>(&dir.join(FOLDERS_FILE)).filter(|f| f.format == FORMAT)
    }

    /// Writes them in index folder `dir`.
    pub(crate) fn write(&self, dir: &Path) -> Result<(), IndexError> {
        write_json(&dir.join(FOLDERS_FILE), self)
    }
}

/// Reads JSON from `path`; `None` when the file is missing, a symbolic link, or does not parse.
fn read_json<T: DeserializeOwned>(path: &Path) -> Option<T> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let file = open_options(std::fs::OpenOptions::new().read(true))
        .open(path)
        .ok()?;
    // A sidecar is small; a huge file in its place is damage, not something to load whole.
    file.take(MAX_JSON_BYTES).read_to_end(&mut bytes).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Largest sidecar read: its files take some 60 bytes each, so this is millions of files.
const MAX_JSON_BYTES: u64 = 256 * 1024 * 1024;

/// `options` that refuse to open a symbolic link (on Linux; elsewhere the folders on the way
/// are checked, see `store`), so that the index never reads or writes through one.
pub(crate) fn open_options(options: &mut std::fs::OpenOptions) -> &mut std::fs::OpenOptions {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32)
    }
    #[cfg(not(target_os = "linux"))]
    options
}

/// Writes `value` as JSON to `path` through a temporary file named after this process, so that
/// a reader never sees half a file and searches refreshing the folders at the same time (they
/// hold no lock) do not write into each other's file. The temporary file is made anew, never
/// opened through a link left in its place; the rename replaces a link at `path` itself.
fn write_json<T: Serialize>(path: &Path, value: &T) -> Result<(), IndexError> {
    let bytes = serde_json::to_vec(value).map_err(|e| IndexError::Io {
        path: path.to_owned(),
        source: std::io::Error::other(e),
    })?;
    write_atomic(path, &bytes)
}

/// Writes `bytes` to `path` through a file beside it that then takes its place, so that a
/// reader sees the old content or the new, never half of it: the one way the index writes the
/// files it keeps beside the engine's.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), IndexError> {
    use std::io::Write;
    let mut tmp_name = path.file_name().unwrap_or_default().to_owned();
    tmp_name.push(format!(".{}.tmp", std::process::id()));
    let tmp = path.with_file_name(tmp_name);
    let io = |source| IndexError::Io {
        path: path.to_owned(),
        source,
    };
    let _ = std::fs::remove_file(&tmp);
    let written = open_options(std::fs::OpenOptions::new().write(true).create_new(true))
        .open(&tmp)
        .and_then(|mut file| file.write_all(bytes));
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(io(e));
    }
    std::fs::rename(&tmp, path).map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(e)
    })
}

/// What the check before every search compares with the disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Stamp {
    format: u32,
    pub(crate) versions: Versions,
    /// Practice files on disk when the index was last brought up to date.
    pub(crate) files: usize,
    /// Of which indexed (the others do not fit the model).
    pub(crate) indexed: u64,
    /// [`Fingerprint`] of those files.
    pub(crate) fingerprint: u64,
    /// The engine's files as written then.
    #[serde(default)]
    pub(crate) engine: Option<EngineFiles>,
}

impl Stamp {
    /// Reads the stamp in folder `dir`; `None` when missing, unreadable or of another layout.
    pub(crate) fn read(dir: &Path) -> Option<Stamp> {
        read_json::<Stamp>(&dir.join(STAMP_FILE)).filter(|s| s.format == FORMAT)
    }
}

/// A fingerprint of a set of files by name, size and time, the same in whatever order they
/// are added: a wrapping sum of one well-mixed 64-bit hash per file. Any change of one file
/// changes it except with a chance of one in 2^64.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Fingerprint(pub(crate) u64);

impl Fingerprint {
    /// Adds the file whose root-relative name is the concatenation of `name`.
    pub(crate) fn add(&mut self, name: &[&[u8]], size: u64, mtime: i64) {
        let mut h = FileHash::default();
        for part in name {
            h.bytes(part);
        }
        self.0 = self.0.wrapping_add(h.finish(size, mtime));
    }

    /// Combines the fingerprints of two disjoint sets of files.
    pub(crate) fn merge(self, other: Fingerprint) -> Fingerprint {
        Fingerprint(self.0.wrapping_add(other.0))
    }
}

/// The hash of one file for [`Fingerprint`], eight bytes of its name at a time: it runs for
/// every file before every search. Each step `h = rotl((h ^ word) * K)` is a bijection of the
/// word and of `h`, so two names of one length that differ in one word always hash apart;
/// the splitmix64 finaliser then spreads every bit over the result.
#[derive(Default)]
struct FileHash {
    h: u64,
    /// Bytes waiting to fill a word, the first in the lowest bits.
    word: u64,
    filled: u32,
    len: u64,
}

impl FileHash {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;

    fn mix(&mut self, w: u64) {
        self.h = (self.h ^ w).wrapping_mul(Self::K).rotate_left(29);
    }

    fn byte(&mut self, b: u8) {
        self.word |= u64::from(b) << (8 * self.filled);
        self.filled += 1;
        if self.filled == 8 {
            self.mix(self.word);
            (self.word, self.filled) = (0, 0);
        }
    }

    /// Feeds bytes of the name; how the name is cut into calls does not matter.
    fn bytes(&mut self, mut bytes: &[u8]) {
        self.len += bytes.len() as u64;
        while self.filled != 0 && !bytes.is_empty() {
            self.byte(bytes[0]);
            bytes = &bytes[1..];
        }
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            let mut le = [0; 8];
            le.copy_from_slice(w);
            self.mix(u64::from_le_bytes(le));
        }
        for &b in words.remainder() {
            self.byte(b);
        }
    }

    fn finish(mut self, size: u64, mtime: i64) -> u64 {
        if self.filled != 0 {
            self.mix(self.word);
        }
        // The length tells a name from the same name with NUL bytes added.
        self.mix(self.len);
        self.mix(size);
        self.mix(mtime as u64);
        let mut h = self.h;
        h = (h ^ (h >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        h = (h ^ (h >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        h ^ (h >> 31)
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
    fn the_fingerprint_ignores_order_and_sees_any_change() {
        let files = [("practices/a.md", 10, 5), ("practices/b.md", 20, 6)];
        let print = |files: &[(&str, u64, i64)]| {
            let mut p = Fingerprint::default();
            for (name, size, mtime) in files {
                p.add(&[name.as_bytes()], *size, *mtime);
            }
            p
        };
        let base = print(&files);
        assert_eq!(base, print(&[files[1], files[0]]));
        let mut split = Fingerprint::default();
        split.add(&[b"practices/", b"a.md"], 10, 5);
        assert_eq!(split.merge(print(&files[1..])), base);
        assert_ne!(base, print(&[files[0], ("practices/b.md", 20, 7)]));
        assert_ne!(base, print(&[files[0], ("practices/b.md", 21, 6)]));
        assert_ne!(base, print(&[files[0], ("practices/c.md", 20, 6)]));
        assert_ne!(base, print(&files[..1]));
    }

    #[test]
    fn a_file_hash_depends_on_the_name_not_on_how_it_is_cut() {
        let name = b"practices/oost-vlaanderen/aalst-ken-je-stad.md";
        let whole = |name: &[u8]| {
            let mut p = Fingerprint::default();
            p.add(&[name], 1234, 5678);
            p
        };
        let base = whole(name);
        for i in 0..=name.len() {
            for j in i..=name.len() {
                let mut cut = Fingerprint::default();
                cut.add(&[&name[..i], &name[i..j], &name[j..]], 1234, 5678);
                assert_eq!(cut, base, "cut at {i} and {j}");
            }
        }
        // Every changed byte, in whichever word, changes the hash; so does a longer name.
        for i in 0..name.len() {
            let mut other = name.to_vec();
            other[i] ^= 0x20;
            assert_ne!(whole(&other), base, "byte {i}");
        }
        let mut longer = name.to_vec();
        longer.push(0);
        assert_ne!(whole(&longer), base);
        assert_ne!(whole(&name[..name.len() - 1]), base);
    }

    #[test]
    fn fnv_matches_reference_values() {
        assert_eq!(hash(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash(b"a"), 0xaf63_dc4c_8601_ec8c);
    }
}
