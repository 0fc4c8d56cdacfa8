//! What changed in the collection since a git ref or a date: practices added, changed, moved to
//! another status, archived or removed, from git history and the work tree (uncommitted changes
//! count, so a curator sees what the next commit will hold). Practices are matched by id, so a
//! file that moved is a change, not a removal and an addition.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Serialize;

use crate::Error;
use crate::collection::PRACTICES_DIR;
use crate::git::{self, FileChange};
use crate::model::Collection;
use crate::schema::Schema;

/// How a practice changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// New since then.
    Added,
    /// Its status changed (to anything but archived).
    Status,
    /// Archived since then.
    Archived,
    /// Its text changed, its status did not.
    Changed,
    /// Its file is gone.
    Removed,
}

/// One practice that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// Its id.
    pub id: String,
    /// Its title (the old one when removed).
    pub title: String,
    /// Its file now (the old one when removed).
    pub path: String,
    /// How it changed.
    pub kind: Kind,
    /// Its status then, when it existed.
    pub from: Option<String>,
    /// Its status now, when it exists.
    pub to: Option<String>,
}

/// Everything that changed since a point in history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// What was asked: a ref or a date.
    pub since: String,
    /// The commit compared with; none when the date lies before the first commit.
    pub commit: Option<String>,
    /// The date of that commit.
    pub commit_date: Option<String>,
    /// The changes, by kind, then id.
    pub changes: Vec<Change>,
}

/// What a file held then: its id, title and status.
struct Then {
    id: String,
    title: String,
    status: String,
    path: String,
}

fn then(root: &Path, commit: &str, path: &str) -> Option<Then> {
    let text = git::show(root, commit, path)?;
    let (doc, _) = crate::practice::parse(&root.join(path), path, &text);
    Some(Then {
        id: doc.id()?.to_owned(),
        title: doc.title().unwrap_or_default().to_owned(),
        status: doc.status().unwrap_or_default().to_owned(),
        path: path.to_owned(),
    })
}

/// The changes of `collection` (loaded from `root`) since `since`: a git ref, or a date
/// (`YYYY-MM-DD`) meaning the last commit before that day.
pub fn since(
    root: &Path,
    collection: &Collection,
    schema: &Schema,
    since: &str,
) -> Result<Changes, Error> {
    let commit = git::since_commit(root, since)?;
    let files = git::changed_files(root, commit.as_deref(), PRACTICES_DIR)?;
    let files: Vec<(FileChange, String)> = files
        .into_iter()
        .filter(|(_, p)| p.ends_with(".md"))
        .collect();
    // The ids these files held then, and the paths they hold now.
    let mut before: BTreeMap<String, Then> = BTreeMap::new();
    let mut touched: Vec<&str> = Vec::new();
    for (change, path) in &files {
        if *change != FileChange::Added
            && let Some(c) = &commit
            && let Some(t) = then(root, c, path)
        {
            before.insert(t.id.clone(), t);
        }
        if *change != FileChange::Deleted {
            touched.push(path);
        }
    }
    let mut changes = Vec::new();
    let mut seen: Vec<&str> = Vec::new();
    for entry in &collection.entries {
        if !touched.contains(&entry.path.as_str()) {
            continue;
        }
        let p = &entry.practice;
        seen.push(&p.id);
        let old = before.get(&p.id);
        let kind = match old {
            None => Kind::Added,
            Some(t) if t.status == p.status => Kind::Changed,
            // A status not shown by default is the archive.
            Some(_) if !schema.shown_statuses().contains(&p.status) => Kind::Archived,
            Some(_) => Kind::Status,
        };
        changes.push(Change {
            id: p.id.clone(),
            title: p.title.clone(),
            path: entry.path.clone(),
            kind,
            from: old.map(|t| t.status.clone()),
            to: Some(p.status.clone()),
        });
    }
    for (id, t) in &before {
        // Gone, unless the id lives on in another file or one the model cannot read.
        if seen.contains(&id.as_str()) || collection.get(id).is_some() {
            continue;
        }
        changes.push(Change {
            id: id.clone(),
            title: t.title.clone(),
            path: t.path.clone(),
            kind: Kind::Removed,
            from: Some(t.status.clone()),
            to: None,
        });
    }
    changes.sort_by(|a, b| (a.kind, &a.id).cmp(&(b.kind, &b.id)));
    changes.dedup_by(|a, b| a.id == b.id && a.kind == b.kind);
    let commit_date = commit.as_deref().and_then(|c| git::commit_date(root, c));
    Ok(Changes {
        since: since.to_owned(),
        commit,
        commit_date,
        changes,
    })
}
