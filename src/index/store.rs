//! Opens the index in `.practice/index/`, building it or bringing it up to date first: nothing
//! to do when sizes and times match the sidecar; otherwise, under a lock file, an incremental
//! update by content hash, or a full rebuild when the index is missing, stale or corrupt.

use std::collections::BTreeMap;
use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tantivy::schema::Term;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument};

use super::analyzer::{Analysis, Stemming};
use super::fields::{self, Fields};
use super::scan::{Freshness, Seen};
use super::state::{self, FileState, Folders, Plan, Stamp, State, Versions};
use super::synonyms::{Group, Synonyms};
use super::{ANALYZER_VERSION, IndexError};
use crate::collection::SCHEMA_DIR;
use crate::model::Entry;
use crate::schema::Schema;

/// The index folder, relative to the root.
pub const INDEX_DIR: &str = ".practice/index";
const LOCK_FILE: &str = "writer.lock";
const ENGINE_DIR: &str = "tantivy";
/// How long a search waits for another process that is updating the index.
const WAIT: Duration = Duration::from_secs(60);

/// Reports progress of a long update; the library never draws it itself.
pub trait Progress: Sync {
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
    /// Wait for another process that holds the writer lock instead of failing.
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
    /// Practices in the index afterwards.
    pub practices: u64,
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
pub struct Answered<T> {
    /// The index, up to date.
    pub index: SearchIndex,
    /// What bringing it up to date did.
    pub refresh: Refresh,
    /// The query's answer on the up-to-date index.
    pub answer: Result<T, IndexError>,
}

/// An open, up-to-date index.
pub struct SearchIndex {
    pub(crate) root: PathBuf,
    pub(crate) reader: IndexReader,
    pub(crate) fields: Fields,
    pub(crate) analysis: Analysis,
    pub(crate) synonyms: Vec<Group>,
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
    /// Opens the index of the collection at `root`, updating or rebuilding it first if needed.
    pub fn open(
        root: &Path,
        schema: &Schema,
        options: &Options,
        progress: &dyn Progress,
    ) -> Result<(SearchIndex, Refresh), IndexError> {
        Self::open_checked(root, schema, options, progress, Freshness::start(root))
    }

    /// Like [`SearchIndex::open`], with a freshness check the caller started earlier (with
    /// [`Freshness::start`] on the same `root`) so that it ran while the caller loaded the schema.
    pub fn open_checked(
        root: &Path,
        schema: &Schema,
        options: &Options,
        progress: &dyn Progress,
        freshness: Freshness,
    ) -> Result<(SearchIndex, Refresh), IndexError> {
        let answered = Self::query_checked(root, schema, options, progress, freshness, |_| Ok(()))?;
        Ok((answered.index, answered.refresh))
    }

    /// Like [`SearchIndex::open_checked`], and answers `query` on the index. When the index
    /// looks current, the query runs on it at once, while the freshness check finishes, and
    /// its answer is kept when the check finds every file as indexed; when files changed, the
    /// answer is dropped and the query runs again on the updated index. So a search waits for
    /// the check and its query side by side, not one after the other. Errors in opening or
    /// updating end the call; the query's own error comes back in [`Answered::answer`], for
    /// the caller to decide on a rebuild.
    pub fn query_checked<T>(
        root: &Path,
        schema: &Schema,
        options: &Options,
        progress: &dyn Progress,
        freshness: Freshness,
        query: impl Fn(&SearchIndex) -> Result<T, IndexError>,
    ) -> Result<Answered<T>, IndexError> {
        let dir = root.join(INDEX_DIR);
        let analysis = Analysis::with_place_names(options.stemming, schema);
        let versions = Versions {
            tool: env!("CARGO_PKG_VERSION").to_owned(),
            schema: state::schema_hash(root)?,
            analyzer: format!("{ANALYZER_VERSION}-{}", analysis.name()),
        };
        let synonyms = Synonyms::load(&root.join(SCHEMA_DIR))?.analysed(&analysis);
        // The cheap check runs beside opening the index it will most often approve, and
        // beside the query on it.
        let early = Stamp::read(&dir)
            .filter(|stamp| !options.rebuild && stamp.versions == versions)
            .and_then(|stamp| {
                let engine = open_engine(&dir, &analysis, stamp.indexed).ok()?;
                let index = engine.finish(root, synonyms.clone());
                let answer = query(&index);
                Some((stamp, index, answer))
            });
        let scanned = freshness.finish()?;
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
        // The lock is held while the index is written, and released before the query.
        let (engine, refresh) = 'written: {
            let locked = std::fs::create_dir_all(&dir)
                .map_err(io(&dir))
                .and_then(|()| lock(&dir, options.wait));
            let _lock = match locked {
                Ok(file) => file,
                // A collection one may read but not write still answers searches.
                Err(IndexError::Io { path, source }) if options.in_memory_fallback => {
                    let why = Rebuild::InMemory(format!("{}: {source}", path.display()));
                    let index = Index::create_in_ram(fields::schema());
                    let (engine, refresh, _) =
                        build(index, why, root, schema, &analysis, &seen, progress)?;
                    break 'written (engine, refresh);
                }
                Err(e) => return Err(e),
            };
            // Read the sidecar only now: another process may have done the work while we
            // waited.
            let old = State::read(&dir);
            let mut reason = match &old {
                _ if options.rebuild => Some(Rebuild::Asked),
                None if dir.join(ENGINE_DIR).exists() => {
                    Some(Rebuild::Corrupt("the sidecar is unreadable".into()))
                }
                None => Some(Rebuild::Missing),
                Some(s) if s.versions != versions => {
                    Some(Rebuild::Outdated(outdated(&s.versions, &versions)))
                }
                Some(_) => None,
            };
            let mut engine = None;
            if reason.is_none()
                && let Some(old) = &old
            {
                match open_engine(&dir, &analysis, old.indexed()) {
                    Ok(e) => engine = Some(e),
                    Err(e) => reason = Some(Rebuild::Corrupt(e.to_string())),
                }
            }
            match (engine, old, reason) {
                (Some(engine), Some(old), None) => {
                    update(engine, root, schema, old, seen, &folders, progress)?
                }
                (_, _, reason) => {
                    let reason = reason.unwrap_or(Rebuild::Missing);
                    rebuild(
                        root,
                        schema,
                        versions,
                        &analysis,
                        (seen, &folders),
                        reason,
                        progress,
                    )?
                }
            }
        };
        let index = engine.finish(root, synonyms);
        let answer = query(&index);
        Ok(Answered {
            index,
            refresh,
            answer,
        })
    }

    /// An index in memory of the given entries of the collection at `root`, for measuring
    /// analysis choices.
    pub fn in_memory(
        root: &Path,
        entries: &[Entry],
        schema: &Schema,
        synonyms: &Synonyms,
        analysis: &Analysis,
    ) -> Result<SearchIndex, IndexError> {
        let index = Index::create_in_ram(fields::schema());
        fields::register(&index, analysis);
        let fields = Fields::new(&index.schema())?;
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        for entry in entries {
            writer.add_document(fields.document(entry, schema))?;
        }
        writer.commit()?;
        let reader = index.reader()?;
        Ok(SearchIndex {
            root: root.to_owned(),
            reader,
            fields,
            analysis: analysis.clone(),
            synonyms: synonyms.analysed(analysis),
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
}

impl Engine {
    fn finish(self, root: &Path, synonyms: Vec<Group>) -> SearchIndex {
        SearchIndex {
            root: root.to_owned(),
            reader: self.reader,
            fields: self.fields,
            analysis: self.analysis,
            synonyms,
        }
    }

    fn new(index: Index, analysis: &Analysis) -> Result<Engine, IndexError> {
        fields::register(&index, analysis);
        let fields = Fields::new(&index.schema())?;
        if index.schema() != fields::schema() {
            return Err(IndexError::Engine("the index has other fields".into()));
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
        })
    }
}

/// Opens the engine and checks that it holds as many practices as the sidecar says.
fn open_engine(dir: &Path, analysis: &Analysis, expected: u64) -> Result<Engine, IndexError> {
    let engine = Engine::new(Index::open_in_dir(dir.join(ENGINE_DIR))?, analysis)?;
    let found = engine.reader.searcher().num_docs();
    if found != expected {
        return Err(IndexError::Engine(format!(
            "the index holds {found} practices, its sidecar {expected}"
        )));
    }
    Ok(engine)
}

fn outdated(old: &Versions, new: &Versions) -> String {
    if old.tool != new.tool {
        format!("built by practice {}, this is {}", old.tool, new.tool)
    } else if old.analyzer != new.analyzer {
        format!("analyzer {} replaced by {}", old.analyzer, new.analyzer)
    } else {
        "the schema changed".into()
    }
}

/// Takes the writer lock; the file lock is released when the handle drops, even on a crash.
fn lock(dir: &Path, wait: bool) -> Result<File, IndexError> {
    let path = dir.join(LOCK_FILE);
    let file = File::create(&path).map_err(io(&path))?;
    let start = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(file),
            Err(TryLockError::WouldBlock) if wait && start.elapsed() < WAIT => {
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

/// A file read, hashed and (if it fits the model) turned into an index document.
struct Loaded {
    rel: String,
    state: FileState,
    doc: Option<TantivyDocument>,
}

fn load(root: &Path, seen: &Seen, schema: &Schema, fields: &Fields) -> Result<Loaded, IndexError> {
    let path = root.join(&seen.rel);
    let bytes = std::fs::read(&path).map_err(io(&path))?;
    let hash = state::hash(&bytes);
    let (document, _) = crate::practice::load(&path, &seen.rel, schema.rules.max_file_bytes);
    let doc = Entry::from_document(&document, schema).map(|e| fields.document(&e, schema));
    Ok(Loaded {
        rel: seen.rel.clone(),
        state: FileState {
            size: seen.size,
            mtime: seen.mtime,
            hash,
            indexed: doc.is_some(),
        },
        doc,
    })
}

fn load_all(
    root: &Path,
    files: &[Seen],
    schema: &Schema,
    fields: &Fields,
    progress: &dyn Progress,
) -> Result<Vec<Loaded>, IndexError> {
    files
        .par_iter()
        .map(|seen| {
            let loaded = load(root, seen, schema, fields);
            progress.advance(1);
            loaded
        })
        .collect()
}

fn writer(index: &Index) -> Result<IndexWriter, IndexError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
    match index.writer_with_num_threads(threads, threads * 40_000_000) {
        Ok(w) => Ok(w),
        Err(tantivy::TantivyError::LockFailure(..)) => Err(IndexError::Busy {
            dir: PathBuf::from(INDEX_DIR),
        }),
        Err(e) => Err(e.into()),
    }
}

#[allow(clippy::too_many_arguments)]
fn rebuild(
    root: &Path,
    schema: &Schema,
    versions: Versions,
    analysis: &Analysis,
    (seen, folders): (Vec<Seen>, &Folders),
    reason: Rebuild,
    progress: &dyn Progress,
) -> Result<(Engine, Refresh), IndexError> {
    let dir = &root.join(INDEX_DIR);
    let engine_dir = dir.join(ENGINE_DIR);
    match std::fs::remove_dir_all(&engine_dir) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&engine_dir)(e)),
        _ => {}
    }
    // A stale sidecar must not describe the new, still empty index if we fail halfway.
    State::remove(dir);
    std::fs::create_dir_all(&engine_dir).map_err(io(&engine_dir))?;
    let index = Index::create_in_dir(&engine_dir, fields::schema())?;
    let (engine, refresh, files) = build(index, reason, root, schema, analysis, &seen, progress)?;
    let mut state = State::new(versions);
    state.files = files;
    state.write(dir, folders)?;
    Ok((engine, refresh))
}

/// Indexes every file of `seen` into the empty `index` and opens it. The refresh says why
/// (`reason`), which files were added and which do not fit the model; the map, what each file
/// looked like.
fn build(
    index: Index,
    reason: Rebuild,
    root: &Path,
    schema: &Schema,
    analysis: &Analysis,
    seen: &[Seen],
    progress: &dyn Progress,
) -> Result<(Engine, Refresh, BTreeMap<String, FileState>), IndexError> {
    let engine = Engine::new(index, analysis)?;
    progress.start(seen.len() as u64);
    let loaded = load_all(root, seen, schema, &engine.fields, progress);
    progress.finish();
    let mut writer = writer(&engine.index)?;
    let mut refresh = Refresh {
        rebuilt: Some(reason),
        ..Refresh::default()
    };
    let mut files = BTreeMap::new();
    for l in loaded? {
        match l.doc {
            Some(doc) => {
                writer.add_document(doc)?;
                refresh.added.push(l.rel.clone());
            }
            None => refresh.unreadable.push(l.rel.clone()),
        }
        files.insert(l.rel, l.state);
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    engine.reader.reload()?;
    refresh.practices = engine.reader.searcher().num_docs();
    Ok((engine, refresh, files))
}

#[allow(clippy::too_many_arguments)]
fn update(
    engine: Engine,
    root: &Path,
    schema: &Schema,
    mut state: State,
    seen: Vec<Seen>,
    folders: &Folders,
    progress: &dyn Progress,
) -> Result<(Engine, Refresh), IndexError> {
    let plan = Plan::new(&state, &seen);
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
        .collect::<Result<_, _>>()?;
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
        let old = state.files.get(&l.rel).copied();
        if old.is_some_and(|o| o.hash == l.state.hash && o.indexed == l.state.indexed) {
            // Touched but not changed (a checkout, `touch`): only remember the new time.
            state.files.insert(l.rel, l.state);
            continue;
        }
        if old.is_some_and(|o| o.indexed) {
            writer.delete_term(Term::from_field_text(fields.path, &l.rel));
        }
        match l.doc {
            Some(doc) => {
                writer.add_document(doc)?;
            }
            None => refresh.unreadable.push(l.rel.clone()),
        }
        if old.is_some() {
            refresh.changed.push(l.rel.clone());
        } else {
            refresh.added.push(l.rel.clone());
        }
        state.files.insert(l.rel, l.state);
        dirty = true;
    }
    if dirty {
        writer.commit()?;
        writer.wait_merging_threads()?;
        engine.reader.reload()?;
    } else {
        drop(writer);
    }
    state.write(&root.join(INDEX_DIR), folders)?;
    refresh.practices = engine.reader.searcher().num_docs();
    Ok((engine, refresh))
}
