//! Shared helpers of the integration tests: a temporary collection with the repository's real
//! `schema/`, practice texts that are valid at each status, small text mutators, and a runner of
//! the `practice` binary that parses its JSON output.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Output;

use serde::Deserialize;
use tempfile::TempDir;

use crate::fs_support;
pub use fs_support::copy_dir;

/// The repository's `schema/` folder.
pub fn repo_schema() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("schema")
}

/// A collection in a temporary folder: `schema/` (a copy of the real one) and `practices/`.
pub struct Collection {
    dir: TempDir,
}

impl Default for Collection {
    fn default() -> Self {
        Self::new()
    }
}

impl Collection {
    /// An empty collection with the real schema.
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("practice-test-")
            .tempdir()
            .unwrap();
        copy_dir(&repo_schema(), &dir.path().join("schema"));
        std::fs::create_dir_all(dir.path().join("practices")).unwrap();
        Collection { dir }
    }

    /// A collection holding one practice `practices/<id>.md`.
    pub fn with(id: &str, text: &str) -> Self {
        let c = Self::new();
        c.practice(id, text);
        c
    }

    /// The collection root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// `practices/` of the collection.
    pub fn practices(&self) -> PathBuf {
        self.root().join("practices")
    }

    /// Writes `practices/<id>.md`; returns its path.
    pub fn practice(&self, id: &str, text: &str) -> PathBuf {
        self.file(&format!("practices/{id}.md"), text.as_bytes())
    }

    /// Writes any file below the root, creating folders; returns its path.
    pub fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Rewrites a schema file (path relative to `schema/`) with `edit`.
    pub fn edit_schema(&self, rel: &str, edit: impl FnOnce(String) -> String) {
        let path = self.root().join("schema").join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, edit(text)).unwrap();
    }

    /// `practice --root <root> validate --format json`.
    pub fn validate(&self) -> Run {
        self.run(&["validate", "--format", "json"])
    }

    /// `practice --root <root> <args>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut cmd = practice_cmd();
        cmd.arg("--root").arg(self.root()).args(args);
        Run::from(cmd.output().unwrap())
    }
}

/// The `practice` binary with a clean environment for colour and root discovery.
pub fn practice_cmd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(env!("CARGO_BIN_EXE_practice"));
    cmd.env_remove("PRACTICE_ROOT")
        .env_remove("PRACTICE_LANG")
        .env_remove("COLUMNS")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE");
    // A hang is a failure, not a stuck test run.
    cmd.timeout(std::time::Duration::from_secs(60));
    cmd
}

/// One finding as the JSON output writes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Finding {
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub severity: String,
    pub code: String,
    pub message: String,
    pub help: Option<String>,
}

impl Finding {
    /// `(line, column)`.
    pub fn at(&self) -> (usize, usize) {
        (self.line, self.column)
    }

    /// The help text, or "" when there is none.
    pub fn help(&self) -> &str {
        self.help.as_deref().unwrap_or("")
    }
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or_else(|| {
                panic!(
                    "killed by a signal or the timeout:\n{}",
                    String::from_utf8_lossy(&o.stderr)
                )
            }),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// The parsed JSON report.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "stdout is not JSON ({e}):\n{}\nstderr:\n{}",
                self.stdout, self.stderr
            )
        })
    }

    /// Every finding.
    pub fn findings(&self) -> Vec<Finding> {
        serde_json::from_value(self.json()["diagnostics"].clone()).unwrap()
    }

    /// The codes of every finding, in output order.
    pub fn codes(&self) -> Vec<String> {
        self.findings().into_iter().map(|f| f.code).collect()
    }

    /// Every finding with `code`.
    pub fn all(&self, code: &str) -> Vec<Finding> {
        self.findings()
            .into_iter()
            .filter(|f| f.code == code)
            .collect()
    }

    /// The one finding with `code` (fails when there are none or several).
    pub fn one(&self, code: &str) -> Finding {
        let found = self.all(code);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one `{code}`, got:\n{}",
            self.dump()
        );
        found.into_iter().next().unwrap()
    }

    /// Asserts the run found nothing and exited 0.
    pub fn assert_clean(&self) {
        assert_eq!(
            self.findings(),
            vec![],
            "expected no findings:\n{}",
            self.dump()
        );
        assert_eq!(self.code, 0, "{}", self.dump());
    }

    /// Asserts no thread panicked.
    pub fn assert_no_panic(&self) {
        assert!(
            !self.stderr.contains("panicked"),
            "the binary panicked:\n{}",
            self.stderr
        );
    }

    /// Findings as `path:line:col code message` lines, for failure messages.
    pub fn dump(&self) -> String {
        match serde_json::from_str::<serde_json::Value>(&self.stdout) {
            Ok(_) => self
                .findings()
                .iter()
                .map(|f| {
                    format!(
                        "{}:{}:{} {} [{}] {} | {}",
                        f.path,
                        f.line,
                        f.column,
                        f.severity,
                        f.code,
                        f.message,
                        f.help()
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            Err(_) => format!(
                "exit {}\nstdout:\n{}\nstderr:\n{}",
                self.code, self.stdout, self.stderr
            ),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Practice texts

/// A date `days` before today (the binary validates against the real clock).
pub fn days_ago(days: i64) -> String {
    use jiff::ToSpan;
    let today = jiff::ZonedDateTime::now().date();
    today.checked_sub(days.days()).unwrap().to_string()
}

/// Writes two drafts whose titles differ only in accents and a stop word
/// (`Taalcafé Gent`, `Taalcafe in Gent`): a near-duplicate pair.
pub fn twin_titles(c: &Collection) {
    c.practice(
        "gent-taalcafe",
        &replace_line(&draft("gent-taalcafe"), "title:", "title: Taalcafé Gent"),
    );
    c.practice(
        "gent-taalcafe-2",
        &replace_line(
            &draft("gent-taalcafe-2"),
            "title:",
            "title: Taalcafe in Gent",
        ),
    );
}

/// The smallest valid draft: only the fields every status needs.
pub fn draft(id: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: Praktijk {id}\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n## Context\n\nNog te schrijven.\n"
    )
}

const SECTION_TEXT: &str = "Deze sectie beschrijft in voldoende woorden hoe de praktijk in de gemeente werkt, \
voor wie ze bedoeld is en wat ze oplevert.";

/// A complete practice at `status` (`review` or `archived`): every field up to review and the
/// four required sections.
pub fn at_status(id: &str, status: &str) -> String {
    format!(
        r#"---
id: {id}
title: Praktijk {id}
status: {status}
municipalities: ["44021"]
summary: Wekelijkse praatgroep in de bibliotheek waar anderstaligen Nederlands oefenen met vrijwilligers.
scope: lokaal
themes: [oefenkansen-nederlands, ontmoeting-participatie]
target_groups: [anderstalige-nieuwkomers, vrijwilligers]
organisations:
  - {{name: Stad Gent, type: lokaal-bestuur, role: eigenaar}}
  - {{name: Bibliotheek Gent, type: bibliotheek, role: partner}}
period: {{start: 2019-10, lifecycle: lopend}}
evidence: {{level: output-gemeten, sources: ["https://example.org/verslag"]}}
reach: {{count: 40, unit: deelnemers, period: per jaar}}
deployability: {{cost: laag, staff: 1 coördinator, prerequisites: een zaal}}
funding: [eigen-middelen]
contact: {{organisation: Stad Gent, email: integratie@example.org, url: "https://example.org"}}
links:
  - {{title: Verslag, url: "https://example.org/verslag"}}
keywords: [taalcafé, oefenen]
language: nl
license: CC-BY-4.0
---
## Context

{SECTION_TEXT}

## Doelen

{SECTION_TEXT}

## Aanpak

{SECTION_TEXT}

## Resultaten

{SECTION_TEXT}
"#
    )
}

/// A complete practice in review.
pub fn review(id: &str) -> String {
    at_status(id, "review")
}

/// A complete published practice: review plus an assessment of 30 days ago and `## Zelf aan de slag`.
pub fn published(id: &str) -> String {
    let text = at_status(id, "published");
    let text = insert_before(
        &text,
        "language:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: deels, deployable: voldaan, reach: deels}}",
            days_ago(30)
        ),
    );
    format!("{text}\n## Zelf aan de slag\n\n{SECTION_TEXT}\n")
}

// ---------------------------------------------------------------------------------------------
// Mutators: each finds a line by the text it starts with and panics when there is none, so a
// test never silently edits nothing.

fn line_index(text: &str, prefix: &str) -> usize {
    text.lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starts with `{prefix}` in:\n{text}"))
}

fn rejoin(lines: Vec<String>, original: &str) -> String {
    let mut out = lines.join("\n");
    if original.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Replaces the first line that starts with `prefix` by `new` (which may span lines).
pub fn replace_line(text: &str, prefix: &str, new: &str) -> String {
    let i = line_index(text, prefix);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[i] = new.to_owned();
    rejoin(lines, text)
}

/// Inserts `new` before the first line that starts with `prefix`.
pub fn insert_before(text: &str, prefix: &str, new: &str) -> String {
    let i = line_index(text, prefix);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines.insert(i, new.to_owned());
    rejoin(lines, text)
}

/// Adds a line at the end of the front matter (before the closing `---`).
pub fn add_field(text: &str, line: &str) -> String {
    let close = text
        .lines()
        .skip(1)
        .position(|l| l == "---")
        .expect("closed front matter")
        + 1;
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines.insert(close, line.to_owned());
    rejoin(lines, text)
}

/// Removes the top-level key `key` and its indented continuation lines.
pub fn remove_key(text: &str, key: &str) -> String {
    let i = line_index(text, &format!("{key}:"));
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut end = i + 1;
    while end < lines.len() && lines[end].starts_with([' ', '\t']) {
        end += 1;
    }
    lines.drain(i..end);
    rejoin(lines, text)
}

/// Removes the section `## heading` up to the next `## ` heading.
pub fn remove_section(text: &str, heading: &str) -> String {
    let i = line_index(text, &format!("## {heading}"));
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let mut end = i + 1;
    while end < lines.len() && !lines[end].starts_with("## ") {
        end += 1;
    }
    lines.drain(i..end);
    rejoin(lines, text)
}

/// 1-based line and character column of the first occurrence of `needle`.
pub fn locate(text: &str, needle: &str) -> (usize, usize) {
    locate_nth(text, needle, 0)
}

/// 1-based line and character column of occurrence `n` (0-based) of `needle`.
pub fn locate_nth(text: &str, needle: &str, n: usize) -> (usize, usize) {
    let offset = text
        .match_indices(needle)
        .nth(n)
        .unwrap_or_else(|| panic!("`{needle}` occurs fewer than {} times in:\n{text}", n + 1))
        .0;
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// Number of lines of a text as an editor counts them.
pub fn line_count(text: &str) -> usize {
    text.lines().count().max(1)
}

// ---------------------------------------------------------------------------------------------
// git

/// Runs git in `dir` as a fixed user at a fixed date, whatever the machine's configuration.
pub fn git(dir: &Path, args: &[&str], date: &str) {
    let out = std::process::Command::new("git")
        .current_dir(dir)
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .env("GIT_AUTHOR_DATE", date)
        .env("GIT_COMMITTER_DATE", date)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "init.defaultBranch=main",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}
