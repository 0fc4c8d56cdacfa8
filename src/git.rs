//! Asks git which files changed since a base, for `validate --changed`. The only module that
//! runs git.

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
            message: format!("cannot run git: {e}"),
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
        message: format!("{} is not inside a git repository", dir.display()),
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
                message: format!("`{b}` is not a git ref (--base takes a branch, tag or commit)"),
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
                message: "neither `origin/main` nor `main` exists; name the base with --base REF"
                    .into(),
            })?
            .to_owned(),
    };
    let merge_base =
        git(&top, &["merge-base", "--end-of-options", &base, "HEAD"]).map_err(|e| Error::Git {
            message: format!("cannot compare with `{base}`: {e}"),
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
