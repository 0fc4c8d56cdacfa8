//! `practice`: curate a git-tracked collection of good practices of Flemish local governments.
//!
//! The library reads the format criteria from `schema/` ([`schema`]), parses practice files
//! ([`practice`], with [`yaml`] and [`markdown`] behind their own modules), checks them
//! ([`check`], [`validate`]) and returns findings as data ([`diagnostic`]). For reading it
//! offers the typed [`model`], readable labelled fields ([`present`]), statistics ([`stats`])
//! with their coverage map ([`map`]), bundles for municipalities ([`export`]) and the practices
//! that suit one municipality ([`outreach`]). It never prints; the `practice` binary renders.
#![warn(
    clippy::print_stdout,
    clippy::print_stderr,
    missing_docs,
    unreachable_pub
)]

pub mod add;
pub mod changes;
pub mod check;
pub mod collection;
pub mod date;
pub mod diagnostic;
pub mod due;
pub mod edit;
mod explain;
pub mod export;
pub mod filter;
pub mod git;
pub mod i18n;
pub mod index;
pub mod map;
pub mod markdown;
pub mod model;
pub mod outreach;
pub mod practice;
pub mod present;
pub mod reference;
pub mod rules;
pub mod schema;
pub mod stats;
pub mod status;
pub mod text;
pub mod validate;
pub mod yaml;

use std::path::PathBuf;

/// Errors that stop a command (as opposed to findings, which are data).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No collection root above the start folder.
    #[error("{}", crate::tr!("error-no-root", start = start.display().to_string()))]
    NoRoot {
        /// Where the search started.
        start: PathBuf,
    },
    /// The schema folder is unusable.
    #[error(transparent)]
    Schema(#[from] schema::SchemaError),
    /// git failed or the collection is not in a git repository.
    #[error("{message}")]
    Git {
        /// What went wrong.
        message: String,
    },
    /// A file or folder could not be read.
    #[error("{}", crate::tr!("error-io", path = path.display().to_string(), reason = crate::i18n::io_reason(source)))]
    Io {
        /// The path.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
}
