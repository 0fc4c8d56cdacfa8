//! `practice edit` as a library: find a practice by id, path or near miss, let the editor work
//! on a copy outside `practices/`, check the result with the rules of `validate`, and put it in
//! place only when it passes or the editor chooses to keep it, the way `visudo` and
//! `crontab -e` do. An edit is never lost: until it is in place (or undone on request) the
//! copy stays in `.practice/drafts/`, and the next `practice edit` of that practice starts
//! from it.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::add::explain::{self, Explained};
use crate::collection::{PRACTICES_DIR, relative_name};
use crate::diagnostic::Severity;
use crate::schema::Schema;

/// Why `edit` could not do its work.
#[derive(Debug, thiserror::Error)]
pub enum EditError {
    /// No practice answers to the name; with the closest id, if one is close.
    #[error("{}", crate::tr!("error-unknown-id", id = wanted))]
    NotFound {
        /// What was asked for.
        wanted: String,
        /// The closest id and its file.
        suggestion: Option<(String, PathBuf)>,
    },
    /// A file could not be read or written.
    #[error("{}", crate::tr!("error-io", path = path.display().to_string(), reason = crate::i18n::io_reason(source)))]
    Io {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The collection could not be read.
    #[error(transparent)]
    Collection(#[from] crate::Error),
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> EditError + '_ {
    move |source| EditError::Io {
        path: path.to_owned(),
        source,
    }
}

/// Finds a practice by its id, the path of its file, or (as `Err`) the closest id.
pub fn find(root: &Path, wanted: &str) -> Result<PathBuf, EditError> {
    let as_path = Path::new(wanted);
    if wanted.ends_with(".md") {
        for candidate in [as_path.to_owned(), root.join(as_path)] {
            if candidate.is_file()
                && let Ok(real) = candidate.canonicalize()
                && real.starts_with(root.join(PRACTICES_DIR))
            {
                return Ok(real);
            }
        }
    }
    let id = as_path
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| wanted.ends_with(".md"))
        .unwrap_or(wanted);
    let existing = crate::add::existing(root)?;
    if let Some(path) = existing.get(id) {
        return Ok(path.clone());
    }
    let suggestion = crate::text::suggest(id, existing.keys().map(String::as_str))
        .and_then(|s| existing.get(s).map(|p| (s.to_owned(), p.clone())));
    Err(EditError::NotFound {
        wanted: wanted.to_owned(),
        suggestion,
    })
}

/// What the editor chose after a check that found errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Open the editor again on the text as it is.
    Reopen,
    /// Put the text in place with its errors.
    Keep,
    /// Leave the practice as it was and drop the edit.
    Undo,
}

/// How an edit ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing changed.
    Unchanged,
    /// The edit passed the check and is in place; with the warnings.
    Saved(Vec<Explained>),
    /// The edit is in place with errors, as the editor chose.
    KeptWithErrors(Vec<Explained>),
    /// The practice is as it was; the edit was dropped on request.
    Undone,
    /// The edit has errors and nobody could be asked: the practice is as it was and the edit
    /// waits in `copy` (the next `practice edit` starts from it).
    Pending {
        /// The copy with the edit.
        copy: PathBuf,
        /// The errors and warnings.
        findings: Vec<Explained>,
    },
    /// The practice changed on disk while it was being edited (a `git pull`); it was not
    /// overwritten, the edit waits in `copy`.
    Conflict {
        /// The copy with the edit.
        copy: PathBuf,
    },
}

/// The working copy of a practice: `.practice/drafts/edit-<id>.md`.
pub fn copy_of(root: &Path, practice: &Path) -> PathBuf {
    let stem = practice
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    root.join(crate::add::session::DRAFTS_DIR)
        .join(format!("edit-{stem}.md"))
}

/// Where [`keep_answers`] put the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kept {
    /// In the working copy, which the next `practice edit` starts from.
    InCopy(PathBuf),
    /// Beside it (`status-<id>-1.md`, `-2`, ...), because an earlier edit waits in the copy.
    Aside {
        /// The working copy, left as it was.
        copy: PathBuf,
        /// The file the text went to.
        aside: PathBuf,
    },
}

/// Keeps `text` (a practice with answers given for it, not yet put in place) for the editor:
/// in the working copy of `practice`, unless an earlier edit waits there, which is never
/// overwritten; the text then goes to a file of its own beside it.
pub fn keep_answers(root: &Path, practice: &Path, text: &str) -> Result<Kept, EditError> {
    let copy = copy_of(root, practice);
    if let Some(dir) = copy.parent() {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    let waiting = std::fs::read_to_string(&copy).is_ok_and(|t| t != text);
    if !waiting {
        std::fs::write(&copy, text).map_err(io(&copy))?;
        return Ok(Kept::InCopy(copy));
    }
    let stem = practice
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for n in 1..=u32::MAX {
        let aside = copy.with_file_name(format!("status-{stem}-{n}.md"));
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&aside)
        {
            Ok(mut file) => {
                file.write_all(text.as_bytes()).map_err(io(&aside))?;
                return Ok(Kept::Aside { copy, aside });
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(io(&aside)(e)),
        }
    }
    Err(io(&copy)(std::io::ErrorKind::AlreadyExists.into()))
}

/// The steps that talk to the person editing; the binary implements them on the terminal,
/// tests with scripts.
pub trait Editing {
    /// Runs the editor on `file` and waits for it.
    fn open(&mut self, file: &Path) -> std::io::Result<()>;
    /// Says something (Dutch lines).
    fn tell(&mut self, lines: &[String]);
    /// After a check with errors: what now? `None` when nobody can be asked.
    fn choose(&mut self) -> Option<Choice>;
}

/// Edits the practice at `path` (see the module documentation). `resumed` tells whether the
/// editor started from an edit left from before.
pub fn edit(
    root: &Path,
    schema: &Schema,
    path: &Path,
    today: jiff::civil::Date,
    ui: &mut dyn Editing,
) -> Result<Outcome, EditError> {
    let original = std::fs::read_to_string(path).map_err(io(path))?;
    let copy = copy_of(root, path);
    let rel = relative_name(root, path);
    if let Some(dir) = copy.parent() {
        std::fs::create_dir_all(dir).map_err(io(dir))?;
    }
    match std::fs::read_to_string(&copy) {
        Ok(earlier) if earlier != original => ui.tell(&[crate::tr!(
            "note-edit-resume",
            copy = relative_name(root, &copy)
        )]),
        _ => std::fs::write(&copy, &original).map_err(io(&copy))?,
    }
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    loop {
        ui.open(&copy).map_err(io(&copy))?;
        let text = std::fs::read_to_string(&copy).map_err(io(&copy))?;
        if text == original {
            let _ = std::fs::remove_file(&copy);
            return Ok(Outcome::Unchanged);
        }
        let findings = crate::validate::validate_text(root, schema, path, &text, today)?;
        let explained = explain::explain(schema, &text, &stem, &findings);
        let errors = findings.iter().any(|d| d.severity == Severity::Error);
        if !errors {
            return put_in_place(path, &original, &copy, &text).map(|done| {
                if done {
                    Outcome::Saved(explained)
                } else {
                    Outcome::Conflict { copy }
                }
            });
        }
        let mut lines = vec![crate::tr!("note-edit-errors", path = &rel)];
        lines.extend(explain::lines(&text, &explained));
        ui.tell(&lines);
        match ui.choose() {
            Some(Choice::Reopen) => continue,
            Some(Choice::Keep) => {
                return put_in_place(path, &original, &copy, &text).map(|done| {
                    if done {
                        Outcome::KeptWithErrors(explained)
                    } else {
                        Outcome::Conflict { copy }
                    }
                });
            }
            Some(Choice::Undo) => {
                std::fs::remove_file(&copy).map_err(io(&copy))?;
                return Ok(Outcome::Undone);
            }
            None => {
                return Ok(Outcome::Pending {
                    copy,
                    findings: explained,
                });
            }
        }
    }
}

/// Replaces the practice at `path` by `text` atomically, unless it no longer holds `original`
/// (`false`: it changed on disk meanwhile, nothing was replaced).
pub fn replace(path: &Path, original: &str, text: &str) -> Result<bool, EditError> {
    let none = Path::new("");
    put_in_place(path, original, none, text)
}

/// Replaces the practice by `text` atomically, unless it changed on disk since it was read
/// (`false`: nothing was replaced). Removes the copy once the text is in place.
fn put_in_place(path: &Path, original: &str, copy: &Path, text: &str) -> Result<bool, EditError> {
    let now = std::fs::read_to_string(path).map_err(io(path))?;
    if now != original {
        return Ok(false);
    }
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".practice-edit-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io(dir))?;
    tmp.write_all(text.as_bytes()).map_err(io(tmp.path()))?;
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    tmp.as_file().sync_all().map_err(io(path))?;
    tmp.persist(path).map_err(|e| EditError::Io {
        path: path.to_owned(),
        source: e.error,
    })?;
    if !copy.as_os_str().is_empty() {
        let _ = std::fs::remove_file(copy);
    }
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_go_to_the_copy_or_beside_an_edit_waiting_there_never_over_a_file() {
        let root = tempfile::tempdir().unwrap();
        let practice = root.path().join("practices/gent.md");
        let drafts = root.path().join(crate::add::session::DRAFTS_DIR);
        let kept = keep_answers(root.path(), &practice, "first answers").unwrap();
        assert_eq!(kept, Kept::InCopy(drafts.join("edit-gent.md")));
        // The same text again changes nothing; another text goes beside the waiting edit.
        let again = keep_answers(root.path(), &practice, "first answers").unwrap();
        assert_eq!(again, kept);
        std::fs::write(drafts.join("status-gent-1.md"), "earlier answers").unwrap();
        let aside = keep_answers(root.path(), &practice, "new answers").unwrap();
        let more = keep_answers(root.path(), &practice, "more answers").unwrap();
        let copy = drafts.join("edit-gent.md");
        assert_eq!(
            aside,
            Kept::Aside {
                copy: copy.clone(),
                aside: drafts.join("status-gent-2.md")
            }
        );
        assert_eq!(
            more,
            Kept::Aside {
                copy,
                aside: drafts.join("status-gent-3.md")
            }
        );
        let read = |name: &str| std::fs::read_to_string(drafts.join(name)).unwrap();
        assert_eq!(read("edit-gent.md"), "first answers");
        assert_eq!(read("status-gent-1.md"), "earlier answers");
        assert_eq!(read("status-gent-2.md"), "new answers");
        assert_eq!(read("status-gent-3.md"), "more answers");
    }
}
