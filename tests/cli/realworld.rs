//! Real-world Markdown with YAML front matter (tests/fixtures/realworld, see its README): none is
//! a practice, so every file gets at least one finding, at a real line and column, and nothing
//! crashes. Their quirks (duplicate keys, BOMs, CRLF, tabs, invalid YAML) are reported where
//! they are.

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use common::*;

const SOURCES: &[&str] = &["digitalgov", "powershell-docs"];

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/realworld")
}

/// A collection whose `practices/` holds the real-world sample.
fn collection() -> Collection {
    let c = Collection::new();
    for source in SOURCES {
        copy_dir(&fixtures().join(source), &c.practices().join(source));
    }
    c
}

/// Every `.md` file below `dir`, as `practices/...` names, with its text (lossy, BOM removed).
fn files(c: &Collection) -> BTreeMap<String, String> {
    fn walk(dir: &Path, root: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|x| x == "md") {
                let bytes = std::fs::read(&path).unwrap();
                let text = String::from_utf8_lossy(&bytes);
                let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned();
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, text);
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&c.practices(), c.root(), &mut out);
    out
}

#[test]
fn the_sample_is_there_with_its_attribution() {
    assert!(fixtures().join("README.md").is_file());
    for source in SOURCES {
        assert!(
            fixtures().join(source).join("LICENSE.md").is_file(),
            "{source}/LICENSE.md"
        );
    }
    let c = collection();
    assert!(files(&c).len() >= 60, "only {} files", files(&c).len());
}

#[test]
fn every_real_world_file_gets_a_finding_and_the_run_exits_1_without_panic() {
    let c = collection();
    let run = c.validate();
    run.assert_no_panic();
    assert_eq!(run.code, 1);
    let all = files(&c);
    assert_eq!(run.json()["files"], all.len());
    let with_findings: BTreeSet<String> = run.findings().into_iter().map(|f| f.path).collect();
    let silent: Vec<&String> = all.keys().filter(|p| !with_findings.contains(*p)).collect();
    assert!(silent.is_empty(), "files without a finding: {silent:#?}");
}

#[test]
fn every_finding_points_at_a_real_line_and_column() {
    let c = collection();
    let all = files(&c);
    for f in c.validate().findings() {
        let text = &all[&f.path];
        let lines: Vec<&str> = text.split('\n').map(|l| l.trim_end_matches('\r')).collect();
        assert!(f.line >= 1 && f.column >= 1, "{f:?}");
        assert!(
            f.line <= line_count(text) + 1,
            "line beyond the file ({} lines): {f:?}",
            line_count(text)
        );
        if let Some(line) = lines.get(f.line - 1) {
            assert!(
                f.column <= line.chars().count() + 1,
                "column beyond the line {line:?}: {f:?}"
            );
        }
    }
}

/// Top-level keys that repeat in the front matter, found by a plain line scan: `(path, line)`.
fn duplicate_top_level_keys(all: &BTreeMap<String, String>) -> BTreeSet<(String, usize)> {
    let mut out = BTreeSet::new();
    for (path, text) in all {
        let mut lines = text
            .split('\n')
            .map(|l| l.trim_end_matches('\r'))
            .enumerate()
            .skip_while(|(_, l)| l.trim().is_empty());
        if lines.next().is_none_or(|(_, l)| l.trim_end() != "---") {
            continue;
        }
        let mut seen = BTreeSet::new();
        for (i, line) in lines {
            if line.trim_end() == "---" || line.trim_end() == "..." {
                break;
            }
            let key: String = line
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            let rest = &line[key.len()..];
            let is_key = !key.is_empty()
                && !line.starts_with('-')
                && (rest == ":" || rest.starts_with(": ") || rest.starts_with(":\t"));
            if is_key && !seen.insert(key) {
                out.insert((path.clone(), i + 1));
            }
        }
    }
    out
}

#[test]
fn every_duplicate_key_is_reported_on_its_line() {
    let c = collection();
    let expected = duplicate_top_level_keys(&files(&c));
    assert!(
        expected.len() >= 16,
        "the sample should hold the 16 files with duplicate keys"
    );
    let reported: BTreeSet<(String, usize)> = c
        .validate()
        .all("yaml-duplicate-key")
        .into_iter()
        .map(|f| (f.path, f.line))
        .collect();
    assert_eq!(reported, expected);
}

#[test]
fn files_with_blank_lines_before_the_fence_are_front_matter_not_first() {
    let c = collection();
    let all = files(&c);
    let expected: BTreeSet<&String> = all
        .iter()
        .filter(|(_, t)| t.starts_with('\n') || t.starts_with("\r\n"))
        .map(|(p, _)| p)
        .collect();
    assert!(!expected.is_empty());
    let run = c.validate();
    let reported: Vec<String> = run
        .all("front-matter-not-first")
        .into_iter()
        .map(|f| f.path)
        .collect();
    assert_eq!(reported.iter().collect::<BTreeSet<_>>(), expected);
}

#[test]
fn crlf_and_bom_do_not_move_any_finding() {
    let original = collection();
    let normalised = collection();
    let mut changed = 0;
    for (rel, _) in files(&original) {
        let path = original.root().join(&rel);
        let bytes = std::fs::read(&path).unwrap();
        let plain = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        let lf: Vec<u8> = String::from_utf8_lossy(plain)
            .replace("\r\n", "\n")
            .into_bytes();
        if lf != bytes {
            changed += 1;
            std::fs::write(normalised.root().join(&rel), lf).unwrap();
        }
    }
    assert!(
        changed >= 30,
        "the sample should hold the CRLF and BOM files, changed {changed}"
    );
    let at = |c: &Collection| -> Vec<(String, String, usize, usize)> {
        c.validate()
            .findings()
            .into_iter()
            .map(|f| (f.path, f.code, f.line, f.column))
            .collect()
    };
    assert_eq!(at(&original), at(&normalised));
}

#[test]
fn invalid_yaml_in_the_wild_is_yaml_syntax_inside_the_front_matter() {
    let c = collection();
    let all = files(&c);
    let run = c.validate();
    let syntax = run.all("yaml-syntax");
    assert!(!syntax.is_empty());
    for f in syntax {
        let text = &all[&f.path];
        let closing = text
            .split('\n')
            .enumerate()
            .skip(1)
            .find(|(_, l)| l.trim_end() == "---")
            .map(|(i, _)| i + 1)
            .unwrap();
        assert!(
            f.line > 1 && f.line < closing,
            "{f:?} is not inside the front matter (closing fence on line {closing})"
        );
    }
}
