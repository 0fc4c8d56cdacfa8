//! Answers of an unfinished `add`, kept outside `practices/` so that no answer is ever thrown
//! away: the prompts save the draft after every question into `.practice/drafts/` (git-ignored,
//! beside the search index), a finished practice removes it, and `practice add --resume`
//! continues the most recent one.
//!
//! A draft is JSON of [`Draft`]: the answers as typed, before normalisation, so a resumed
//! session sees exactly what the editor wrote.

use std::path::{Path, PathBuf};

use super::Draft;

/// The folder of unfinished sessions, relative to the collection root.
pub const DRAFTS_DIR: &str = ".practice/drafts";

/// Why a draft could not be kept or read back.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The drafts folder or file could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The folder or file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// A draft file is not a draft (edited by hand, truncated).
    #[error("{}", crate::tr!("add-session-damaged", path = path.display().to_string(), reason = reason))]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What the JSON reader said.
        reason: String,
    },
    /// There is nothing to resume.
    #[error("{}", crate::tr!("add-session-nothing", dir = dir.display().to_string()))]
    Nothing {
        /// The drafts folder that was looked in.
        dir: PathBuf,
    },
}

/// One unfinished `add`: the file its answers are kept in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    /// `<root>/.practice/drafts/add-<time>.json`.
    pub path: PathBuf,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> SessionError + '_ {
    move |source| SessionError::Io {
        path: path.to_owned(),
        source,
    }
}

impl Session {
    /// A new session of the collection at `root`, named after `now`, the moment it starts as
    /// the caller's clock says (nothing is written until [`Session::save`]).
    pub fn new(root: &Path, now: &jiff::ZonedDateTime) -> Session {
        let name = format!(
            "add-{}-{:03}.json",
            now.strftime("%Y%m%d-%H%M%S"),
            now.subsec_nanosecond() / 1_000_000
        );
        Session {
            path: root.join(DRAFTS_DIR).join(name),
        }
    }

    /// Saves the answers so far, replacing the previous save atomically (a crash while saving
    /// leaves the previous answers).
    pub fn save(&self, draft: &Draft) -> Result<(), SessionError> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        refuse_links(dir)?;
        std::fs::create_dir_all(dir).map_err(io(dir))?;
        let json = serde_json::to_string_pretty(draft).map_err(|e| SessionError::Damaged {
            path: self.path.clone(),
            reason: e.to_string(),
        })?;
        let mut tmp = tempfile::Builder::new()
            .prefix(".draft-")
            .tempfile_in(dir)
            .map_err(io(dir))?;
        std::io::Write::write_all(&mut tmp, json.as_bytes()).map_err(io(&self.path))?;
        tmp.persist(&self.path)
            .map_err(|e| SessionError::Io {
                path: self.path.clone(),
                source: e.error,
            })
            .map(|_| ())
    }

    /// Reads the answers back.
    pub fn load(&self) -> Result<Draft, SessionError> {
        let text = std::fs::read_to_string(&self.path).map_err(io(&self.path))?;
        serde_json::from_str(&text).map_err(|e| SessionError::Damaged {
            path: self.path.clone(),
            reason: e.to_string(),
        })
    }

    /// Removes the saved answers: the practice was written. A draft that is already gone is
    /// no error.
    pub fn remove(&self) -> Result<(), SessionError> {
        for path in [self.path.clone(), self.text_path()] {
            match std::fs::remove_file(&path) {
                Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(io(&path)(e)),
                _ => {}
            }
        }
        Ok(())
    }

    /// Where the body is written in the editor: beside the answers, so that the text survives
    /// an editor or a terminal that dies.
    pub fn text_path(&self) -> PathBuf {
        self.path.with_extension("md")
    }

    /// The most recent unfinished session of the collection, or the one whose file name (with
    /// or without `.json`) is `name`.
    pub fn find(root: &Path, name: Option<&str>) -> Result<Session, SessionError> {
        let dir = root.join(DRAFTS_DIR);
        let nothing = || SessionError::Nothing { dir: dir.clone() };
        if let Some(name) = name.filter(|n| !n.is_empty()) {
            let file = if name.ends_with(".json") {
                name.to_owned()
            } else {
                format!("{name}.json")
            };
            let path = dir.join(Path::new(&file).file_name().ok_or_else(nothing)?);
            return if path.is_file() {
                Ok(Session { path })
            } else {
                Err(nothing())
            };
        }
        Session::list(root)?.pop().ok_or_else(nothing)
    }

    /// Every unfinished session, oldest first (the names sort by time).
    pub fn list(root: &Path) -> Result<Vec<Session>, SessionError> {
        let dir = root.join(DRAFTS_DIR);
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(io(&dir)(e)),
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with("add-") && n.ends_with(".json"))
            })
            .collect();
        paths.sort();
        Ok(paths.into_iter().map(|path| Session { path }).collect())
    }
}

/// Drafts are never written through a symbolic link on the way (`.practice` pointing
/// elsewhere): the answers would land outside the collection.
fn refuse_links(dir: &Path) -> Result<(), SessionError> {
    for folder in [dir.parent(), Some(dir)].into_iter().flatten() {
        if std::fs::symlink_metadata(folder).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(SessionError::Io {
                path: folder.to_owned(),
                source: std::io::Error::other(crate::tr!("add-session-link")),
            });
        }
    }
    Ok(())
}
