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
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
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

fn names(top: &Path, out: &str) -> Vec<PathBuf> {
    out.split('\0')
        .filter(|s| !s.is_empty())
        .map(|s| top.join(s))
        .collect()
}

/// Files changed since the merge base of `base` (default `origin/main`, else `main`) and
/// `HEAD`, including uncommitted and untracked ones.
pub fn changed_since(dir: &Path, base: Option<&str>) -> Result<Changes, Error> {
    let top = toplevel(dir)?;
    let base = match base {
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
    let merge_base = git(&top, &["merge-base", &base, "HEAD"]).map_err(|e| Error::Git {
        message: format!("cannot compare with `{base}`: {e}"),
    })?;
    let merge_base = merge_base.trim();
    // --no-renames: a renamed practice is a deletion (others may still reference the old id)
    // plus an addition.
    let changed = git(
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
    let untracked = git(&top, &["ls-files", "-z", "--others", "--exclude-standard"])?;
    let deleted = git(
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
