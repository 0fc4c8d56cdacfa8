//! Asks git which files changed since a base (for `validate --changed`, `changes` and
//! `export --since`), what a file held at a commit, and the state of the collection for
//! bundles. The only module that runs git.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Error;

/// Files added, modified or deleted since the merge base with a base ref.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changes {
    /// The ref compared against.
    pub base: String,
    /// Added or modified files (and untracked ones), absolute.
    pub changed: Vec<PathBuf>,
    /// Deleted files, absolute.
    pub deleted: Vec<PathBuf>,
}

fn git(dir: &Path, args: &[&str]) -> Result<String, Error> {
    Ok(String::from_utf8_lossy(&git_bytes(dir, args)?).into_owned())
}

/// The raw output of `git -C dir ARGS`: file names are bytes, not always UTF-8.
fn git_bytes(dir: &Path, args: &[&str]) -> Result<Vec<u8>, Error> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::Git {
            message: crate::tr!("error-git-run", reason = crate::i18n::io_reason(&e)),
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        return Err(Error::Git {
            message: format!("git {}: {}", args.join(" "), stderr.trim()),
        });
    }
    Ok(output.stdout)
}

/// The trimmed output of `git -C dir ARGS`, `None` when git is missing, fails (not a
/// repository, no commit yet) or prints nothing: for information that is optional.
pub(crate) fn optional(dir: &Path, args: &[&str]) -> Option<String> {
    let text = git(dir, args).ok()?.trim().to_owned();
    (!text.is_empty()).then_some(text)
}

/// The top folder of the git work tree that holds `dir`.
pub fn toplevel(dir: &Path) -> Result<PathBuf, Error> {
    let out = git(dir, &["rev-parse", "--show-toplevel"]).map_err(|_| Error::Git {
        message: crate::tr!("error-git-not-repo", path = dir.display().to_string()),
    })?;
    Ok(PathBuf::from(out.trim_end_matches(['\n', '\r'])))
}

/// The NUL-separated names of `-z` output, joined to `top`, byte for byte: a name that is not
/// UTF-8 must still name its file, so that validate reports it instead of missing it.
fn names(top: &Path, out: &[u8]) -> Vec<PathBuf> {
    out.split(|&b| b == 0)
        .filter(|s| !s.is_empty())
        .map(|s| top.join(path_of(s)))
        .collect()
}

#[cfg(unix)]
fn path_of(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_of(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// Files changed since the merge base of `base` (default `origin/main`, else `main`) and
/// `HEAD`, including uncommitted and untracked ones.
pub fn changed_since(dir: &Path, base: Option<&str>) -> Result<Changes, Error> {
    let top = toplevel(dir)?;
    // The folder as the file system names it, so that the changed paths compare equal to the
    // collection's (the root is canonical).
    let top = top.canonicalize().unwrap_or(top);
    let base = match base {
        // A ref never starts with `-`; git would read it as an option.
        Some(b) if b.starts_with('-') || b.is_empty() => {
            return Err(Error::Git {
                message: crate::tr!("error-git-bad-ref", base = b),
            });
        }
        Some(b) => b.to_owned(),
        None => ["origin/main", "main"]
            .into_iter()
            .find(|b| {
                git(
                    &top,
                    &[
                        "rev-parse",
                        "--verify",
                        "--quiet",
                        "--end-of-options",
                        &format!("{b}^{{commit}}"),
                    ],
                )
                .is_ok()
            })
            .ok_or_else(|| Error::Git {
                message: crate::tr!("error-git-no-base"),
            })?
            .to_owned(),
    };
    let merge_base =
        git(&top, &["merge-base", "--end-of-options", &base, "HEAD"]).map_err(|e| Error::Git {
            message: crate::tr!("error-git-compare", base = &base, reason = e.to_string()),
        })?;
    let merge_base = merge_base.trim();
    // --no-renames: a renamed practice is a deletion (others may still reference the old id)
    // plus an addition.
    let changed = git_bytes(
        &top,
        &[
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            "--diff-filter=ACMT",
            merge_base,
        ],
    )?;
    let untracked = git_bytes(&top, &["ls-files", "-z", "--others", "--exclude-standard"])?;
    let deleted = git_bytes(
        &top,
        &[
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            "--diff-filter=D",
            merge_base,
        ],
    )?;
    let mut changed_files = names(&top, &changed);
    changed_files.extend(names(&top, &untracked));
    changed_files.sort();
    changed_files.dedup();
    Ok(Changes {
        base,
        changed: changed_files,
        deleted: names(&top, &deleted),
    })
}

/// The commit a `--since` names: a ref (branch, tag, commit) or, failing that, a date
/// (`YYYY-MM-DD`), meaning the last commit before that day. `Ok(None)` for a date before the
/// first commit: then everything is new.
pub fn since_commit(dir: &Path, since: &str) -> Result<Option<String>, Error> {
    toplevel(dir)?;
    // `--end-of-options`: a `since` that starts with `-` is a name, never an option.
    if let Ok(commit) = git(
        dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            "--end-of-options",
            &format!("{since}^{{commit}}"),
        ],
    ) {
        return Ok(Some(commit.trim().to_owned()));
    }
    if since.parse::<jiff::civil::Date>().is_err() {
        return Err(Error::Git {
            message: crate::tr!("error-git-since", since = since),
        });
    }
    let before = format!("--before={since}T00:00:00");
    let commit = git(dir, &["rev-list", "-1", &before, "HEAD"]).unwrap_or_default();
    let commit = commit.trim();
    Ok((!commit.is_empty()).then(|| commit.to_owned()))
}

/// How a file changed between a commit and the work tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileChange {
    /// New since the commit (untracked files included).
    Added,
    /// Changed since the commit.
    Modified,
    /// Gone since the commit.
    Deleted,
}

/// Files below `folder` (relative to `dir`) that differ between `base` and the work tree,
/// uncommitted and untracked changes included, as `dir`-relative `/`-separated paths. Without
/// a base, every file of the folder is new.
pub fn changed_files(
    dir: &Path,
    base: Option<&str>,
    folder: &str,
) -> Result<Vec<(FileChange, String)>, Error> {
    let mut out = Vec::new();
    if let Some(base) = base {
        let diff = git(
            dir,
            &[
                "diff",
                "--name-status",
                "-z",
                "--no-renames",
                "--relative",
                base,
                "--",
                folder,
            ],
        )?;
        let mut fields = diff.split('\0').filter(|s| !s.is_empty());
        while let (Some(status), Some(path)) = (fields.next(), fields.next()) {
            let change = match status.chars().next() {
                Some('A') => FileChange::Added,
                Some('D') => FileChange::Deleted,
                _ => FileChange::Modified,
            };
            out.push((change, path.to_owned()));
        }
    } else {
        let tracked = git(dir, &["ls-files", "-z", "--", folder])?;
        out.extend(
            tracked
                .split('\0')
                .filter(|s| !s.is_empty())
                .map(|p| (FileChange::Added, p.to_owned())),
        );
    }
    let untracked = git(
        dir,
        &[
            "ls-files",
            "-z",
            "--others",
            "--exclude-standard",
            "--",
            folder,
        ],
    )?;
    out.extend(
        untracked
            .split('\0')
            .filter(|s| !s.is_empty())
            .map(|p| (FileChange::Added, p.to_owned())),
    );
    out.sort_by(|a, b| a.1.cmp(&b.1));
    out.dedup_by(|a, b| a.1 == b.1);
    Ok(out)
}

/// The text of `path` (relative to `dir`) at `commit`, `None` when it is not there or not text.
pub fn show(dir: &Path, commit: &str, path: &str) -> Option<String> {
    git(dir, &["show", &format!("{commit}:./{path}")]).ok()
}

/// `YYYY-MM-DD` of a commit.
pub fn commit_date(dir: &Path, commit: &str) -> Option<String> {
    optional(dir, &["log", "-1", "--format=%cs", commit])
}
