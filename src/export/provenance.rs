//! Where a bundle comes from: the tool version and, when the collection is a git work tree, its
//! commit (asked through [`crate::git`]). Git is optional: without it (or outside a repository) the fields are simply absent.

use std::path::Path;

use serde::Serialize;

use crate::git::optional as git;

/// The version of the tool and the state of the collection.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Provenance {
    /// `practice` version.
    pub tool_version: String,
    /// `HEAD` of the collection's repository.
    pub git_commit: Option<String>,
    /// Date of that commit (`YYYY-MM-DD`).
    pub git_date: Option<String>,
    /// Time of that commit in seconds since 1970 (UTC): the date of every zip entry.
    pub git_timestamp: Option<i64>,
    /// Whether `practices/` or `schema/` differ from that commit, so the commit alone does not
    /// describe the bundle.
    pub git_dirty: Option<bool>,
}

impl Provenance {
    /// Reads the provenance of the collection at `root`.
    pub fn of(root: &Path) -> Provenance {
        let git_commit = git(root, &["rev-parse", "--verify", "--quiet", "HEAD"]);
        let git_date = git_commit
            .as_ref()
            .and_then(|_| git(root, &["log", "-1", "--format=%cs", "HEAD"]));
        let git_timestamp = git_commit
            .as_ref()
            .and_then(|_| git(root, &["log", "-1", "--format=%ct", "HEAD"]))
            .and_then(|t| t.parse().ok());
        let git_dirty = git_commit.as_ref().and_then(|_| {
            git(
                root,
                &["status", "--porcelain", "--", "practices", "schema"],
            )
            .map(|s| !s.is_empty())
            .or(Some(false))
        });
        Provenance {
            tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            git_commit,
            git_date,
            git_timestamp,
            git_dirty,
        }
    }
}
