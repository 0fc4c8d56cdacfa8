//! Full-text search over the collection, the only module that names tantivy.
//!
//! The index lives in `.practice/index/` under the root and is a cache: the Markdown files are
//! the only source of truth, so any doubt about it (another tool version, schema or analyzer,
//! an unreadable sidecar, a corrupt segment) is answered by rebuilding it.
//!
//! - [`answer`]: the one way in for a command, an up-to-date index and its answer;
//! - [`words`] and [`analyzer`]: how Dutch text becomes terms (folding, apostrophes, hyphens,
//!   elided compounds, stop words, stemming);
//! - [`fields`]: what is indexed and how much each field weighs;
//! - [`state`] and [`scan`]: the sidecar, and the cheap freshness check against it;
//! - [`store`]: opening, building and incrementally updating the index, one writer at a time,
//!   degrading to an index in memory or a rebuild rather than failing; [`guard`]: a panic of
//!   the engine as an error;
//! - [`query`], [`compile`], [`filter`] and [`synonyms`]: from typed text to an engine query;
//! - [`search`], [`suggest`] and [`similar`]: hits with snippets and facets, "did you mean",
//!   and more-like-this; [`spelling`]: the words of the collection as written, which "did
//!   you mean" and the compound splitter read.

mod analyzer;
mod compile;
mod fields;
mod filter;
mod guard;
mod lexicon;
mod open;
mod query;
mod scan;
mod search;
mod similar;
mod spelling;
mod state;
mod store;
mod suggest;
mod synonyms;
mod synonyms_check;
mod words;

use std::path::PathBuf;

pub use analyzer::{Analysis, Stemming};
pub use open::{Answer, answer};
pub use search::{
    Correction, Facets, Hit, Partial, SearchRequest, SearchResults, Snippet, TermHint,
};
pub use similar::SimilarRequest;
pub use store::{
    INDEX_DIR, NoProgress, Options, Progress, Rebuild, Refresh, SearchIndex, Skip, Skipped,
};
pub use synonyms::Synonyms;
pub use synonyms_check::check as check_synonyms;

/// Bumped whenever analysis or the fields change, so older indexes rebuild by themselves.
pub const ANALYZER_VERSION: u32 = 7;

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A file or folder could not be read or written.
    #[error("{}", crate::tr!("error-io", path = path.display().to_string(), reason = crate::i18n::io_reason(source)))]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another process holds the writer lock.
    #[error("{}", crate::tr!("error-index-busy", dir = dir.display().to_string()))]
    Busy {
        /// The index folder.
        dir: PathBuf,
    },
    /// The index is damaged (a file fails its checksum, the engine reads nonsense or panics on
    /// it). It is a cache: rebuilding it from the files cures this, see
    /// [`IndexError::needs_rebuild`].
    #[error("{}", crate::tr!("error-index-damaged", reason = .0))]
    Corrupt(String),
    /// The collection could not be listed.
    #[error(transparent)]
    Collection(#[from] crate::Error),
    /// `schema/synonyms.yaml` is not usable.
    #[error("{}", crate::tr!("error-synonyms-invalid", path = path.display().to_string(), message = message))]
    Synonyms {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// `similar` was given an id the collection does not have.
    #[error("{}", match suggestion {
        Some(s) => crate::tr!("error-unknown-id-suggest", id = id, suggestion = s),
        None => crate::tr!("error-unknown-id", id = id),
    })]
    UnknownId {
        /// The id given.
        id: String,
        /// The closest id.
        suggestion: Option<String>,
    },
}

/// The engine's folder, for an engine error that names no file.
fn engine_dir() -> PathBuf {
    PathBuf::from(INDEX_DIR).join(store::ENGINE_DIR)
}

/// An error of the engine, typed by what a caller does with it: a lock held by another
/// process is [`IndexError::Busy`] (wait), an operating system error is [`IndexError::Io`]
/// with the file it names (report it: a rebuild would meet it again), and anything else means
/// the engine's files are not what it wrote, [`IndexError::Corrupt`] (rebuild).
impl From<tantivy::TantivyError> for IndexError {
    fn from(e: tantivy::TantivyError) -> Self {
        use tantivy::TantivyError as T;
        use tantivy::directory::error::{
            LockError, OpenDirectoryError as D, OpenReadError as R, OpenWriteError as W,
        };
        let io = |path: PathBuf, e: &std::io::Error| IndexError::Io {
            path,
            source: std::io::Error::new(e.kind(), e.to_string()),
        };
        match &e {
            T::LockFailure(LockError::LockBusy, _) => {
                return IndexError::Busy { dir: engine_dir() };
            }
            T::LockFailure(LockError::IoError(e), _) | T::IoError(e) => {
                return engine_io(std::io::Error::new(e.kind(), e.to_string()));
            }
            T::OpenReadError(R::IoError { io_error, filepath })
            | T::OpenWriteError(W::IoError { io_error, filepath }) => {
                return io(filepath.clone(), io_error);
            }
            T::OpenDirectoryError(D::IoError {
                io_error,
                directory_path,
            }) => return io(directory_path.clone(), io_error),
            T::OpenDirectoryError(D::FailedToCreateTempDir(e)) => {
                return io(std::env::temp_dir(), e);
            }
            _ => {}
        }
        // On one line: some of the engine's messages span several, and a note is one line.
        let text = e.to_string();
        IndexError::Corrupt(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// An I/O error of the engine while it reads its own files: bytes it cannot make sense of are
/// damage; anything else (permissions, a full disk) is the system's, reported with the folder.
pub(crate) fn engine_io(e: std::io::Error) -> IndexError {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::InvalidData | K::UnexpectedEof => IndexError::Corrupt(e.to_string()),
        _ => IndexError::Io {
            path: engine_dir(),
            source: e,
        },
    }
}

impl IndexError {
    /// Whether the index is damaged, so that rebuilding it from the files cures this. Other
    /// errors would come back after a rebuild: [`IndexError::Busy`] asks to wait,
    /// [`IndexError::Io`] names the path to look at.
    pub fn needs_rebuild(&self) -> bool {
        matches!(self, IndexError::Corrupt(_))
    }
}
