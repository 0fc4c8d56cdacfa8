//! Full-text search over the collection, the only module that names tantivy.
//!
//! The index lives in `.practice/index/` under the root and is a cache: the Markdown files are
//! the only source of truth, so any doubt about it (another tool version, schema or analyzer,
//! an unreadable sidecar, a corrupt segment) is answered by rebuilding it.
//!
//! - [`words`] and [`analyzer`]: how Dutch text becomes terms (folding, apostrophes, hyphens,
//!   elided compounds, stop words, stemming);
//! - [`fields`]: what is indexed and how much each field weighs;
//! - [`state`] and [`scan`]: the sidecar, and the cheap freshness check against it;
//! - [`store`]: opening, building and incrementally updating the index, one writer at a time,
//!   degrading to an index in memory or a rebuild rather than failing; [`guard`]: a panic of
//!   the engine as an error;
//! - [`query`], [`compile`], [`filter`] and [`synonyms`]: from typed text to an engine query;
//! - [`search`], [`suggest`] and [`similar`]: hits with snippets and facets, "did you mean",
//!   and more-like-this.

mod analyzer;
mod compile;
mod fields;
mod filter;
mod guard;
mod lexicon;
mod query;
mod scan;
mod search;
mod similar;
mod state;
mod store;
mod suggest;
mod synonyms;
mod synonyms_check;
mod words;

use std::path::PathBuf;

pub use analyzer::{Analysis, Stemming};
pub use scan::Freshness;
pub use search::{
    Correction, Facets, Hit, Partial, SearchRequest, SearchResults, Snippet, TermHint,
};
pub use similar::SimilarRequest;
pub use store::{
    Answered, INDEX_DIR, NoProgress, Options, Progress, Rebuild, Refresh, SearchIndex, Skip,
    Skipped,
};
pub use synonyms::Synonyms;
pub use synonyms_check::check as check_synonyms;

/// Bumped whenever analysis or the fields change, so older indexes rebuild by themselves.
pub const ANALYZER_VERSION: u32 = 5;

/// Why the index could not be used.
#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// Another process holds the writer lock.
    #[error(
        "another `practice` process is updating the index in {}; try again when it has finished",
        dir.display()
    )]
    Busy {
        /// The index folder.
        dir: PathBuf,
    },
    /// The search engine failed.
    #[error("search index: {0}")]
    Engine(String),
    /// The collection could not be listed.
    #[error(transparent)]
    Collection(#[from] crate::Error),
    /// `schema/synonyms.yaml` is not usable.
    #[error("invalid synonyms file {}: {message}", path.display())]
    Synonyms {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// `similar` was given an id the collection does not have.
    #[error("no practice with id `{id}`{}", suggestion.as_ref().map(|s| format!("; did you mean `{s}`?")).unwrap_or_default())]
    UnknownId {
        /// The id given.
        id: String,
        /// The closest id.
        suggestion: Option<String>,
    },
}

impl From<tantivy::TantivyError> for IndexError {
    fn from(e: tantivy::TantivyError) -> Self {
        // On one line: some of the engine's messages span several, and a note is one line.
        let text = e.to_string();
        IndexError::Engine(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

impl IndexError {
    /// Whether rebuilding the index from the files may cure this error.
    pub fn is_engine(&self) -> bool {
        matches!(self, IndexError::Engine(_))
    }
}
