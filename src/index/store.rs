//! Opens the index in `.practice/index/`, building it or bringing it up to date first: nothing
//! to do when sizes and times match the sidecar; otherwise, under a lock file, an incremental
//! update by content hash, or a full rebuild when the index is missing, stale or corrupt.
//!
//! The index is a cache, so whatever goes wrong with it degrades rather than fails: engine files
//! changed since this tool wrote them are checked (each segment file's checksum) before the
//! engine reads them, and rebuilt when damaged; a panic of the engine becomes an error that
//! rebuilds it ([`guard`](super::guard)); a folder on its way that is a symbolic link, or one
//! that cannot be written, gets an index in memory for the run; a practice file that cannot be
//! read, or is over the size limit, is left out with its reason, and is never read past it.

use std::collections::BTreeMap;
use std::fs::{File, TryLockError};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tantivy::schema::Term;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use super::analyzer::{Analysis, Stemming};
use super::fields::{self, Fields};
use super::guard::{Doing, guarded};
use super::scan::{Freshness, Seen};
use super::spelling::{Gathered, Spelling};
use super::state::{
    self, EngineFiles, FileState, Fingerprint, Folders, Plan, Stamp, State, Versions,
};
use super::synonyms::{Group, Synonyms};
use super::{ANALYZER_VERSION, IndexError};
use crate::collection::{Bytes, SCHEMA_DIR, load_file};
use crate::model::Entry;
use crate::schema::Schema;

/// The index folder, relative to the root.
pub const INDEX_DIR: &str = ".practice/index";
const LOCK_FILE: &str = "writer.lock";
pub(crate) const ENGINE_DIR: &str = "tantivy";
/// How long a search or `index` waits for another process that is updating the index.
const WAIT: Duration = Duration::from_secs(60);

/// Reports progress of a long update; the library never draws it itself.
pub trait Progress: Sync {
    /// Another process holds the writer lock: this one waits for it, `at_most` this long.
    fn waiting(&self, _at_most: Duration) {}
    /// Work of `total` files starts.
    fn start(&self, _total: u64) {}
    /// `n` more files are done.
    fn advance(&self, _n: u64) {}
    /// The work is over.
    fn finish(&self) {}
}

/// Progress that goes nowhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoProgress;
impl Progress for NoProgress {}

/// How to open the index.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Start over even when the index looks fine.
    pub rebuild: bool,
    /// Wait for another process that holds the writer lock (a minute at most, saying so through
    /// [`Progress::waiting`]) instead of failing at once.
    pub wait: bool,
    /// The stemmer.
    pub stemming: Stemming,
    /// When the index folder cannot be made or locked (a read-only collection, another user's,
    /// a file in its way), build the index in memory for this run instead of failing.
    pub in_memory_fallback: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            rebuild: false,
            wait: true,
            stemming: Stemming::DEFAULT,
            in_memory_fallback: true,
        }
    }
}

/// Why the whole index was built anew.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rebuild {
    /// `--rebuild`.
    Asked,
    /// There was no index yet.
    Missing,
    /// Built by another tool version, schema or analyzer.
    Outdated(String),
    /// The index or its sidecar could not be read.
    Corrupt(String),
    /// The index folder could not be written, for the reason given: the index was built in
    /// memory, for this run only.
    InMemory(String),
}

/// What an update did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Refresh {
    /// Set when everything was indexed anew.
    pub rebuilt: Option<Rebuild>,
    /// Paths (relative to the root) indexed for the first time.
    pub added: Vec<String>,
    /// Paths whose content changed.
    pub changed: Vec<String>,
    /// Paths no longer there.
    pub removed: Vec<String>,
    /// Paths that could not be read into the model (see `practice validate`).
    pub unreadable: Vec<String>,
    /// Practice files left out for another reason, each with it.
    pub skipped: Vec<Skipped>,
    /// Practices in the index afterwards.
    pub practices: u64,
}

/// A practice file left out of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// Relative to the root.
    pub path: String,
    /// Why.
    pub why: Skip,
}

/// Why a practice file was left out of the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// It could not be read, for the reason given; it is tried again at the next search.
    Unreadable(String),
    /// It is larger than the schema allows (`max_file_bytes`), and was not read.
    TooLarge {
        /// Its size in bytes, as far as it was looked at.
        size: u64,
        /// The limit.
        max: u64,
    },
    /// It is a symbolic link, which the collection never follows (as `practice validate`).
    Link,
    /// Its name is not UTF-8, so it cannot name a practice (`practice validate` says so too).
    NotUtf8,
}

impl Refresh {
    /// Whether the index changed.
    pub fn changed_anything(&self) -> bool {
        self.rebuilt.is_some()
            || !(self.added.is_empty() && self.changed.is_empty() && self.removed.is_empty())
    }
}

/// An index brought up to date, what that took, and the answer of a query on it.
#[derive(Debug)]
pub(crate) struct Answered<T> {
    /// The index, up to date.
    pub(crate) index: SearchIndex,
    /// What bringing it up to date did.
    pub(crate) refresh: Refresh,
    /// The query's answer on the up-to-date index.
    pub(crate) answer: Result<T, IndexError>,
}

/// An open, up-to-date index.
pub struct SearchIndex {
    pub(crate) root: PathBuf,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    pub(crate) analysis: Analysis,
    pub(crate) synonyms: Vec<Group>,
    /// The words of the collection as written, for "did you mean" and compounds.
    pub(crate) spelling: Spelling,
    /// The schema's limit on a practice file, which also bounds what a snippet reads.
    pub(crate) max_file_bytes: u64,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("root", &self.root)
            .finish_non_exhaustive()
    }
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> IndexError + '_ {
    move |source| IndexError::Io {
        path: path.to_owned(),
        source,
    }
}

impl SearchIndex {
    /// Opens the index, bringing it up to date with the files as `freshness` (started on the
    /// same `root`) finds them, and answers `query` on it. When the index
    /// looks current, the query runs on it at once, while the freshness check finishes, and
    /// its answer is kept when the check finds every file as indexed; when files changed, the
    /// answer is dropped and the query runs again on the updated index. So a search waits for
    /// the check and its query side by side, not one after the other. Errors in opening or
    /// updating end the call; the query's own error comes back in [`Answered::answer`], for
    /// the caller to decide on a rebuild. `forced` rebuilds the index for that reason.
    pub(crate) fn query_checked<T>(
        root: &Path,
        schema: &Schema,
        options: &Options,
        progress: &dyn Progress,
        freshness: Freshness,
        forced: Option<Rebuild>,
        query: impl Fn(&SearchIndex) -> Result<T, IndexError>,
    ) -> Result<Answered<T>, IndexError> {
        // Checked before anything is read or written there.
        let place = real_index_dir(root);
        let dir = root.join(INDEX_DIR);
        let analysis = Analysis::with_place_names(options.stemming, schema);
        let versions = Versions {
            tool: env!("CARGO_PKG_VERSION").to_owned(),
            schema: state::schema_hash(root)?,
            analyzer: format!("{ANALYZER_VERSION}-{}", analysis.name()),
        };
        let synonyms = Synonyms::load(&root.join(SCHEMA_DIR))?.analysed(&analysis);
        let max_bytes = schema.rules.max_file_bytes;
        // The cheap check runs beside opening the index it will most often approve, and
        // beside the query on it. Only engine files exactly as last written are read here;
        // any others are checked under the lock first.
        let early = (place.is_ok() && !options.rebuild && forced.is_none())
            .then(|| Stamp::read(&dir))
            .flatten()
            .filter(|stamp| stamp.versions == versions)
            .and_then(|stamp| {
                let (engine, _) = guarded(Doing::Open, || {
                    open_engine(&dir, &analysis, stamp.indexed, stamp.engine, Check::Same)
                })
                .ok()?;
                let index = engine.finish(root, synonyms.clone(), max_bytes);
                let answer = guarded(Doing::Answer, || query(&index));
                Some((stamp, index, answer))
            });
        let scanned = freshness.finish()?;
        let links: Vec<Skipped> = scanned
            .links()
            .into_iter()
            .map(|path| Skipped {
                // The listing names links and names that are not UTF-8 alike; only the latter
                // hold an escaped byte.
                why: if path.contains("\\x") {
                    Skip::NotUtf8
                } else {
                    Skip::Link
                },
                path,
            })
            .collect();
        if let Some((stamp, index, answer)) = early
            && stamp.files == scanned.len()
            && stamp.fingerprint == scanned.fingerprint()
        {
            // Folders listed now that have settled are recorded, so that the next check need
            // not list them; a search that cannot write them is no worse off.
            if let Some(folders) = scanned.settled_folders() {
                let _ = folders.write(&dir);
            }
            let practices = index.reader.searcher().num_docs();
            let refresh = Refresh {
                practices,
                skipped: links,
                ..Refresh::default()
            };
            return Ok(Answered {
                index,
                refresh,
                answer,
            });
        }
        // Names taken from the last listing are those on disk now: their folders did not
        // change since it (see `scan`).
        let (seen, folders) = scanned.into_parts();
        let job = Job {
            root,
            schema,
            versions,
            analysis: &analysis,
            options,
            progress,
            forced,
        };
        // The lock is held while the index is written, and released before the query.
        let (engine, mut refresh) = 'written: {
            let locked = place.and_then(|dir| {
                std::fs::create_dir_all(&dir).map_err(io(&dir))?;
                lock(&dir, options.wait.then_some(WAIT), progress)
            });
            let _lock = match locked {
                Ok(file) => file,
                // A collection one may read but not write still answers searches.
                Err(e @ IndexError::Io { .. }) if options.in_memory_fallback => {
                    break 'written job.in_memory(&e, &seen)?;
                }
                Err(e) => return Err(e),
            };
            match guarded(Doing::Update, || job.write(&seen, &folders)) {
                Ok(written) => written,
                // So does one whose index cannot be written after all (a read-only folder in
                // it, a disk full), or breaks the engine as it is written.
                Err(e @ (IndexError::Io { .. } | IndexError::Corrupt(_)))
                    if options.in_memory_fallback =>
                {
                    job.in_memory(&e, &seen)?
                }
                Err(e) => return Err(e),
            }
        };
        refresh.skipped.extend(links);
        let index = engine.finish(root, synonyms, max_bytes);
        let answer = guarded(Doing::Answer, || query(&index));
        Ok(Answered {
            index,
            refresh,
            answer,
        })
    }

    /// Number of practices in the index.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index holds no practice.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// An opened engine before it knows its root and synonyms.
struct Engine {
    index: Index,
    reader: IndexReader,
    fields: Fields,
    analysis: Analysis,
    /// Words the analyzer met while this engine indexed.
    gathered: Gathered,
    spelling: Spelling,
}

impl Engine {
    fn finish(self, root: &Path, synonyms: Vec<Group>, max_file_bytes: u64) -> SearchIndex {
        SearchIndex {
            root: root.to_owned(),
            reader: self.reader,
            fields: self.fields,
            analysis: self.analysis,
            synonyms,
            spelling: self.spelling,
            max_file_bytes,
        }
    }

    /// Opens `index` with its list of words kept as `spelling` says.
    fn new(index: Index, analysis: &Analysis, spelling: Spelling) -> Result<Engine, IndexError> {
        let gathered = Gathered::default();
        fields::register(&index, analysis, &gathered);
        let fields = Fields::new(&index.schema())?;
        if index.schema() != fields::schema() {
            return Err(IndexError::Corrupt(crate::tr!("index-other-fields")));
        }
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Engine {
            index,
            reader,
            fields,
            analysis: analysis.clone(),
            gathered,
            spelling,
        })
    }
}

/// How much to trust engine files that differ from those recorded as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Not at all: open only files exactly as written (the search before the lock, which
    /// leaves anything else to the check under the lock).
    Same,
    /// Once every segment file passes its checksum.
    Checksums,
}

/// Opens the engine in index folder `dir` and checks that it holds `expected` practices, as
/// the sidecar says, and that its files are those `recorded` as written; when only segment
/// files differ (by name, size or time) and `check` allows, that each passes its checksum.
/// Any other difference is damage. Returns the engine with its files as found.
/// Checks the checksums of the segment files whose damage could make the engine allocate
/// without bound.
fn structural_checksums(index: &Index) -> Result<(), IndexError> {
    use tantivy::index::SegmentComponent as C;
    let metas = index.searchable_segment_metas()?;
    for meta in &metas {
        for component in [C::FastFields, C::FieldNorms, C::Terms, C::Store] {
            let path = meta.relative_path(component);
            let ok = index
                .directory()
                .validate_checksum(&path)
                .map_err(|e| IndexError::Corrupt(format!("{}: {e}", path.display())))?;
            if !ok {
                return Err(IndexError::Corrupt(crate::tr!(
                    "index-checksum",
                    count = 1usize,
                    files = path.display().to_string()
                )));
            }
        }
    }
    Ok(())
}

fn open_engine(
    dir: &Path,
    analysis: &Analysis,
    expected: u64,
    recorded: Option<EngineFiles>,
    check: Check,
) -> Result<(Engine, EngineFiles), IndexError> {
    let engine_dir = dir.join(ENGINE_DIR);
    // Listed before the engine opens anything: a link among them is refused first.
    let found = engine_files(&engine_dir)?;
    let validate = match recorded {
        Some(r) if r == found => false,
        Some(r) if r.meta != found.meta => {
            return Err(IndexError::Corrupt(crate::tr!("index-meta-changed")));
        }
        _ if check == Check::Same => {
            return Err(IndexError::Corrupt(crate::tr!("index-files-changed")));
        }
        _ => true,
    };
    let index = Index::open_in_dir(&engine_dir)?;
    // Damage that keeps a file's size and time is not seen above. Where it can make the engine
    // read a length and allocate petabytes (an abort, which no unwinding catches), the file is
    // checked at every open: fast fields, norms, term dictionaries and the document store are
    // 1 MB at 10,000 practices, a fraction of a millisecond; postings are left to the engine's
    // own errors and panics, caught at the module boundary.
    if !validate {
        structural_checksums(&index)?;
    }
    if validate {
        let mut damaged: Vec<String> = index
            .validate_checksum()?
            .iter()
            .map(|p| p.display().to_string())
            .collect();
        if !damaged.is_empty() {
            damaged.sort_unstable();
            return Err(IndexError::Corrupt(crate::tr!(
                "index-checksum",
                count = damaged.len(),
                files = damaged.join(", ")
            )));
        }
    }
    let engine = Engine::new(index, analysis, Spelling::on_disk(&engine_dir))?;
    if validate {
        // The word list has its checksum too, checked when it is read.
        engine.spelling.get()?;
    }
    let count = engine.reader.searcher().num_docs();
    if count != expected {
        return Err(IndexError::Corrupt(crate::tr!(
            "index-count-differs",
            count = count,
            expected = expected
        )));
    }
    Ok((engine, found))
}

/// Largest engine JSON file read whole (`meta.json` grows with segments, a few kB each).
const MAX_META_BYTES: u64 = 64 * 1024 * 1024;

/// The files of the engine folder as [`EngineFiles`]: every segment file by name, size and
/// time, and the content of the JSON files. The engine's lock files are left out: readers touch
/// them. A symbolic link or a sub-folder there is damage: the engine never makes one.
fn engine_files(engine_dir: &Path) -> Result<EngineFiles, IndexError> {
    let mut files = Fingerprint::default();
    let mut json = Vec::new();
    let entries = match std::fs::read_dir(engine_dir) {
        // A sidecar without the engine it describes: damage, cured by a rebuild.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(IndexError::Corrupt(crate::tr!(
                "index-engine-missing",
                path = engine_dir.display().to_string()
            )));
        }
        entries => entries.map_err(io(engine_dir))?,
    };
    for entry in entries {
        let entry = entry.map_err(io(engine_dir))?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let kind = entry.file_type().map_err(io(&path))?;
        if !kind.is_file() {
            return Err(IndexError::Corrupt(crate::tr!(
                "index-foreign-file",
                path = path.display().to_string()
            )));
        }
        if name == "meta.json" || name == ".managed.json" {
            let mut bytes = Vec::new();
            File::open(&path)
                .and_then(|f| f.take(MAX_META_BYTES).read_to_end(&mut bytes))
                .map_err(io(&path))?;
            json.push((name.into_owned(), bytes));
        } else if !name.starts_with('.') {
            let meta = entry.metadata().map_err(io(&path))?;
            let mtime = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX));
            files.add(&[name.as_bytes()], meta.len(), mtime);
        }
    }
    json.sort_unstable();
    let mut all = Vec::new();
    for (name, bytes) in json {
        all.extend_from_slice(name.as_bytes());
        all.push(0);
        all.extend_from_slice(&bytes);
        all.push(0);
    }
    Ok(EngineFiles {
        files: files.0,
        meta: state::hash(&all),
    })
}

/// The index folder of the collection at `root`, when each folder on its way inside the
/// collection (`.practice`, `.practice/index`, `.practice/index/tantivy`) is a real folder or
/// not there yet. Through a symbolic link the cache would be written, and a rebuild would
/// delete a folder, outside the collection: the index is then kept in memory. Anything else in
/// the way is left for creating the folder to report.
pub(crate) fn real_index_dir(root: &Path) -> Result<PathBuf, IndexError> {
    let mut path = root.to_owned();
    for part in INDEX_DIR.split('/').chain([ENGINE_DIR]) {
        path.push(part);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Err(IndexError::Io {
                    path,
                    source: std::io::Error::other(crate::tr!("index-symbolic-link")),
                });
            }
            Ok(meta) if meta.is_dir() => {}
            Ok(_) => break,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => break,
            Err(e) => return Err(io(&path)(e)),
        }
    }
    Ok(root.join(INDEX_DIR))
}

fn outdated(old: &Versions, new: &Versions) -> String {
    if old.tool != new.tool {
        crate::tr!("index-outdated-tool", old = &old.tool, new = &new.tool)
    } else if old.analyzer != new.analyzer {
        crate::tr!(
            "index-outdated-analyzer",
            old = &old.analyzer,
            new = &new.analyzer
        )
    } else {
        crate::tr!("index-outdated-schema")
    }
}

/// Takes the writer lock, waiting for another holder at most `wait` (and saying so once to
/// `progress`); the file lock is released when the handle drops, even on a crash. The lock
/// file holds nothing: it is never truncated, nor opened through a link.
fn lock(dir: &Path, wait: Option<Duration>, progress: &dyn Progress) -> Result<File, IndexError> {
    let path = dir.join(LOCK_FILE);
    let file = state::open_options(
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false),
    )
    .open(&path)
    .map_err(io(&path))?;
    let start = Instant::now();
    let mut told = false;
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if wait.is_some_and(|wait| start.elapsed() < wait) => {
                if !told {
                    progress.waiting(wait.unwrap_or_default());
                    told = true;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(TryLockError::WouldBlock) => {
                return Err(IndexError::Busy {
                    dir: dir.to_owned(),
                });
            }
            Err(TryLockError::Error(e)) => return Err(io(&path)(e)),
        }
    }
}

/// What reading one practice file gave.
enum Loaded {
    /// Read (or found too large to read): what it looked like, its index document when it fits
    /// the model, and its size when it is over the limit.
    File {
        rel: String,
        state: FileState,
        doc: Option<TantivyDocument>,
        too_large: Option<u64>,
    },
    /// It could not be read. Nothing of it is recorded, so that the next search tries again.
    Unreadable { rel: String, why: String },
    /// It is gone since it was listed: as if removed.
    Gone { rel: String },
}

/// Reads at most `max` bytes of the file at `path`: its bytes, or `Err(size)` when it is larger
/// (as far as it was read, when it grows while being read).
fn read_bounded(path: &Path, max: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    let file = File::open(path)?;
    let size = file.metadata()?.len();
    if size > max {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > max {
        return Ok(Err(bytes.len() as u64));
    }
    Ok(Ok(bytes))
}

/// The text of the practice file at `path`, when it can be read, is UTF-8 and at most `max`
/// bytes long.
pub(crate) fn read_text(path: &Path, max: u64) -> Option<String> {
    String::from_utf8(read_bounded(path, max).ok()?.ok()?).ok()
}

/// Reads, hashes and (if it fits the model) turns into an index document the file `seen`;
/// never reads more of it than the schema allows.
fn load(root: &Path, seen: &Seen, schema: &Schema, fields: &Fields) -> Loaded {
    let path = root.join(&seen.rel);
    let rel = seen.rel.clone();
    let max = schema.rules.max_file_bytes;
    let bytes = match read_bounded(&path, max) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Loaded::Gone { rel },
        Err(e) => {
            return Loaded::Unreadable {
                rel,
                why: e.to_string(),
            };
        }
    };
    let state = |hash, indexed| FileState {
        size: seen.size,
        mtime: seen.mtime,
        hash,
        indexed,
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(size) => {
            return Loaded::File {
                state: state(state::hash(&size.to_le_bytes()), false),
                rel,
                doc: None,
                too_large: Some(size),
            };
        }
    };
    let hash = state::hash(&bytes);
    // The collection's own loader parses the bytes, so a file reads here as everywhere else;
    // its findings are `validate`'s business. Text that is not UTF-8 does not fit the model.
    let (document, _) = load_file(root, &path, &rel, Bytes::Given(bytes));
    let doc = Entry::from_document(&document, schema).map(|e| fields.document(&e, schema));
    Loaded::File {
        state: state(hash, doc.is_some()),
        rel,
        doc,
        too_large: None,
    }
}

/// Loads `files` in parallel. Not [`crate::collection::load_each`]: the index reads each file's
/// bytes itself, to hash them and to skip what has not changed, and reports progress; each file
/// is then parsed by the same [`load_file`] as every other reader.
fn load_all(
    root: &Path,
    files: &[Seen],
    schema: &Schema,
    fields: &Fields,
    progress: &dyn Progress,
) -> Vec<Loaded> {
    files
        .par_iter()
        .map(|seen| {
            let loaded = load(root, seen, schema, fields);
            progress.advance(1);
            loaded
        })
        .collect()
}

/// Files loaded at a time in a full build: enough to keep every core busy, few enough that
/// their documents stay in memory that is already the process's.
const LOAD_SLICE: usize = 256;

fn writer(index: &Index) -> Result<IndexWriter, IndexError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    // A lock held elsewhere becomes `Busy`, through the conversion of the engine's errors.
    Ok(index.writer_with_num_threads(threads, threads * 40_000_000)?)
}

/// What writing the index needs besides the files.
struct Job<'a> {
    root: &'a Path,
    schema: &'a Schema,
    versions: Versions,
    analysis: &'a Analysis,
    options: &'a Options,
    progress: &'a dyn Progress,
    /// Rebuild for this reason, whatever the index looks like.
    forced: Option<Rebuild>,
}

impl Job<'_> {
    /// Brings the index on disk up to date with `seen`, under the writer lock: an update when
    /// it is sound, else a rebuild (an update that fails in the engine rebuilds too).
    fn write(&self, seen: &[Seen], folders: &Folders) -> Result<(Engine, Refresh), IndexError> {
        let dir = self.root.join(INDEX_DIR);
        // Read the sidecar only now: another process may have done the work while we waited.
        let old = State::read(&dir);
        let reason = match &old {
            _ if self.forced.is_some() => self.forced.clone(),
            _ if self.options.rebuild => Some(Rebuild::Asked),
            None if dir.join(ENGINE_DIR).exists() => {
                Some(Rebuild::Corrupt(crate::tr!("index-state-unreadable")))
            }
            None => Some(Rebuild::Missing),
            Some(s) if s.versions != self.versions => {
                Some(Rebuild::Outdated(outdated(&s.versions, &self.versions)))
            }
            Some(_) => None,
        };
        let reason = match (old, reason) {
            (Some(old), None) => {
                let opened = guarded(Doing::Open, || {
                    open_engine(
                        &dir,
                        self.analysis,
                        old.indexed(),
                        old.engine,
                        Check::Checksums,
                    )
                });
                match opened {
                    Ok((engine, _)) => {
                        match guarded(Doing::Update, || self.update(engine, old, seen, folders)) {
                            Ok(done) => return Ok(done),
                            Err(IndexError::Corrupt(why)) => Rebuild::Corrupt(why),
                            Err(e) => return Err(e),
                        }
                    }
                    Err(IndexError::Corrupt(why)) => Rebuild::Corrupt(why),
                    // Busy or I/O: a rebuild would meet it again; the caller reports it.
                    Err(e) => return Err(e),
                }
            }
            (_, reason) => reason.unwrap_or(Rebuild::Missing),
        };
        self.rebuild(seen, folders, reason)
    }

    /// Builds the index in memory, for this run only, because of `why`.
    fn in_memory(&self, why: &IndexError, seen: &[Seen]) -> Result<(Engine, Refresh), IndexError> {
        let index = Index::create_in_ram(fields::schema());
        let reason = Rebuild::InMemory(why.to_string());
        let (engine, refresh, _) = self.build(index, Spelling::in_memory(), reason, seen)?;
        Ok((engine, refresh))
    }

    fn rebuild(
        &self,
        seen: &[Seen],
        folders: &Folders,
        reason: Rebuild,
    ) -> Result<(Engine, Refresh), IndexError> {
        let dir = &self.root.join(INDEX_DIR);
        let engine_dir = dir.join(ENGINE_DIR);
        match std::fs::remove_dir_all(&engine_dir) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(io(&engine_dir)(e));
            }
            _ => {}
        }
        // A stale sidecar must not describe the new, still empty index if we fail halfway.
        State::remove(dir);
        std::fs::create_dir_all(&engine_dir).map_err(io(&engine_dir))?;
        let index = Index::create_in_dir(&engine_dir, fields::schema())?;
        let spelling = Spelling::on_disk(&engine_dir);
        let (engine, refresh, files) = self.build(index, spelling, reason, seen)?;
        let mut state = State::new(self.versions.clone());
        state.files = files;
        state.engine = Some(engine_files(&engine_dir)?);
        state.write(dir, folders)?;
        Ok((engine, refresh))
    }

    /// Indexes every file of `seen` into the empty `index` and opens it. The refresh says why
    /// (`reason`), which files were added and which were left out; the map, what each file
    /// looked like.
    fn build(
        &self,
        index: Index,
        spelling: Spelling,
        reason: Rebuild,
        seen: &[Seen],
    ) -> Result<(Engine, Refresh, BTreeMap<String, FileState>), IndexError> {
        let (root, schema, progress) = (self.root, self.schema, self.progress);
        let mut engine = Engine::new(index, self.analysis, spelling)?;
        let mut writer = writer(&engine.index)?;
        let mut refresh = Refresh {
            rebuilt: Some(reason),
            ..Refresh::default()
        };
        let mut files = BTreeMap::new();
        progress.start(seen.len() as u64);
        // Loaded a slice at a time and handed to the engine's threads at once, rather than
        // all loaded first: the memory of one slice is reused for the next instead of fresh
        // memory the system must clear for every document (a tenth of a build), and the
        // engine indexes one slice while the next is read.
        let loaded = seen
            .chunks(LOAD_SLICE)
            .flat_map(|slice| load_all(root, slice, schema, &engine.fields, progress));
        for l in loaded {
            let (rel, state, doc, too_large) = match l {
                Loaded::File {
                    rel,
                    state,
                    doc,
                    too_large,
                } => (rel, state, doc, too_large),
                Loaded::Unreadable { rel, why } => {
                    refresh.skip(rel, Skip::Unreadable(why));
                    continue;
                }
                Loaded::Gone { .. } => continue,
            };
            match (doc, too_large) {
                (Some(doc), _) => {
                    writer.add_document(doc)?;
                    refresh.added.push(rel.clone());
                }
                (None, Some(size)) => refresh.skip(rel.clone(), self.too_large(size)),
                (None, None) => refresh.unreadable.push(rel.clone()),
            }
            files.insert(rel, state);
        }
        progress.finish();
        writer.commit()?;
        writer.wait_merging_threads()?;
        engine.reader.reload()?;
        engine.spelling.replace(engine.gathered.take())?;
        refresh.practices = engine.reader.searcher().num_docs();
        Ok((engine, refresh, files))
    }

    fn too_large(&self, size: u64) -> Skip {
        Skip::TooLarge {
            size,
            max: self.schema.rules.max_file_bytes,
        }
    }

    fn update(
        &self,
        mut engine: Engine,
        mut state: State,
        seen: &[Seen],
        folders: &Folders,
    ) -> Result<(Engine, Refresh), IndexError> {
        let (root, schema, progress) = (self.root, self.schema, self.progress);
        let plan = Plan::new(&state, seen);
        let mut refresh = Refresh::default();
        let fields = engine.fields;
        let mut todo: Vec<&Seen> = plan.added.iter().collect();
        todo.extend(plan.touched.iter());
        let big = todo.len() > 200;
        if big {
            progress.start(todo.len() as u64);
        }
        let loaded: Vec<Loaded> = todo
            .par_iter()
            .map(|seen| {
                let l = load(root, seen, schema, &fields);
                if big {
                    progress.advance(1);
                }
                l
            })
            .collect();
        if big {
            progress.finish();
        }
        let mut writer = writer(&engine.index)?;
        let mut dirty = false;
        for rel in &plan.removed {
            if state.files.remove(rel).is_some_and(|f| f.indexed) {
                writer.delete_term(Term::from_field_text(fields.path, rel));
                dirty = true;
            }
            refresh.removed.push(rel.clone());
        }
        for l in loaded {
            let (rel, new, doc, too_large) = match l {
                Loaded::File {
                    rel,
                    state,
                    doc,
                    too_large,
                } => (rel, state, doc, too_large),
                // A file gone, or that cannot be read now, leaves the index and the sidecar.
                Loaded::Gone { rel } => {
                    if let Some(old) = state.files.remove(&rel) {
                        if old.indexed {
                            writer.delete_term(Term::from_field_text(fields.path, &rel));
                            dirty = true;
                        }
                        refresh.removed.push(rel);
                    }
                    continue;
                }
                Loaded::Unreadable { rel, why } => {
                    if state.files.remove(&rel).is_some_and(|f| f.indexed) {
                        writer.delete_term(Term::from_field_text(fields.path, &rel));
                        dirty = true;
                        refresh.removed.push(rel.clone());
                    }
                    refresh.skip(rel, Skip::Unreadable(why));
                    continue;
                }
            };
            let old = state.files.get(&rel).copied();
            if let Some(size) = too_large {
                refresh.skip(rel.clone(), self.too_large(size));
            }
            if old.is_some_and(|o| o.hash == new.hash && o.indexed == new.indexed) {
                // Touched but not changed (a checkout, `touch`): only remember the new time.
                state.files.insert(rel, new);
                continue;
            }
            if old.is_some_and(|o| o.indexed) {
                writer.delete_term(Term::from_field_text(fields.path, &rel));
            }
            match doc {
                Some(doc) => {
                    writer.add_document(doc)?;
                }
                None if too_large.is_none() => refresh.unreadable.push(rel.clone()),
                None => {}
            }
            if old.is_some() {
                refresh.changed.push(rel.clone());
            } else {
                refresh.added.push(rel.clone());
            }
            state.files.insert(rel, new);
            dirty = true;
        }
        if dirty {
            writer.commit()?;
            writer.wait_merging_threads()?;
            engine.reader.reload()?;
            engine.spelling.add(engine.gathered.take())?;
        } else {
            drop(writer);
        }
        let dir = root.join(INDEX_DIR);
        state.engine = Some(engine_files(&dir.join(ENGINE_DIR))?);
        state.write(&dir, folders)?;
        refresh.practices = engine.reader.searcher().num_docs();
        Ok((engine, refresh))
    }
}

impl Refresh {
    fn skip(&mut self, path: String, why: Skip) {
        self.skipped.push(Skipped { path, why });
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    fn shipped_schema() -> Schema {
        Schema::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(SCHEMA_DIR)).unwrap()
    }

    fn seen(rel: &str) -> Seen {
        Seen {
            rel: rel.to_owned(),
            size: 1,
            mtime: 1,
        }
    }

    #[test]
    fn a_file_that_cannot_be_read_is_left_out_and_a_vanished_one_is_gone() {
        let tmp = tempfile::tempdir().unwrap();
        // A folder where a practice was listed cannot be read as one, even by the superuser.
        std::fs::create_dir_all(tmp.path().join("practices/x.md")).unwrap();
        let schema = shipped_schema();
        let fields = Fields::new(&fields::schema()).unwrap();
        match load(tmp.path(), &seen("practices/x.md"), &schema, &fields) {
            Loaded::Unreadable { rel, why } => {
                assert_eq!(rel, "practices/x.md");
                assert!(!why.is_empty());
            }
            _ => panic!("a folder read as a practice"),
        }
        assert!(matches!(
            load(tmp.path(), &seen("practices/gone.md"), &schema, &fields),
            Loaded::Gone { .. }
        ));
    }

    #[test]
    fn a_file_over_the_limit_is_not_read_past_it() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("big.md");
        std::fs::write(&path, "x".repeat(100)).unwrap();
        assert_eq!(read_bounded(&path, 99).unwrap(), Err(100));
        assert_eq!(read_bounded(&path, 100).unwrap().unwrap().len(), 100);
        assert_eq!(read_text(&path, 99), None);
        assert_eq!(read_text(&path, 100).unwrap().len(), 100);
    }

    struct Waits(AtomicUsize);

    impl Progress for Waits {
        fn waiting(&self, _: Duration) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn a_held_lock_is_waited_for_a_bounded_time_saying_so_once() {
        let tmp = tempfile::tempdir().unwrap();
        let held = lock(tmp.path(), None, &NoProgress).unwrap();
        let waits = Waits(AtomicUsize::new(0));
        let start = Instant::now();
        let err = lock(tmp.path(), Some(Duration::from_millis(300)), &waits).unwrap_err();
        assert!(matches!(err, IndexError::Busy { .. }), "{err}");
        assert!(start.elapsed() >= Duration::from_millis(300));
        assert_eq!(waits.0.load(Ordering::SeqCst), 1);
        drop(held);
        lock(tmp.path(), Some(Duration::from_millis(300)), &waits).unwrap();
    }

    #[cfg(unix)]
    #[test]
    fn the_index_folder_is_refused_through_a_symbolic_link_on_its_way() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        assert!(real_index_dir(root).is_ok(), "not there yet");
        std::fs::create_dir_all(root.join(".practice/index/tantivy")).unwrap();
        assert_eq!(real_index_dir(root).unwrap(), root.join(INDEX_DIR));
        let elsewhere = tempfile::tempdir().unwrap();
        for linked in [".practice/index/tantivy", ".practice/index", ".practice"] {
            let path = root.join(linked);
            std::fs::remove_dir_all(&path).unwrap();
            std::os::unix::fs::symlink(elsewhere.path(), &path).unwrap();
            let err = real_index_dir(root).unwrap_err().to_string();
            assert!(
                err.contains("symbolische koppeling") && err.contains(linked),
                "{err}"
            );
            std::fs::remove_file(&path).unwrap();
            std::fs::create_dir_all(root.join(".practice/index/tantivy")).unwrap();
        }
    }
}
