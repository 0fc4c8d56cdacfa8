//! CI-facing behaviour of `validate`: GitHub annotations, SARIF, JUnit, `--changed` in a real
//! git repository, and the shipped workflow file.

use std::fs;
use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use tempfile::TempDir;

#[path = "support/fs.rs"]
mod fs_support;
use fs_support::copy_dir;

/// A temp collection with the real schema and an empty `practices/`.
fn collection() -> TempDir {
    let dir = TempDir::new().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("schema"),
        &dir.path().join("schema"),
    );
    fs::create_dir_all(dir.path().join("practices")).unwrap();
    dir
}

fn draft(id: &str, extra: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: Praktijk {id}\nstatus: draft\nmunicipalities: [\"44021\"]\n{extra}---\n## Context\nTekst.\n"
    )
}

fn write(dir: &TempDir, rel: &str, text: &str) {
    let path = dir.path().join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
}

fn practice(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("practice")
        .unwrap()
        .current_dir(dir)
        .args(args)
        .output()
        .unwrap()
}

fn git(dir: &Path, args: &[&str]) {
    let status = Std::new("git")
        .current_dir(dir)
        .args([
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .output()
        .unwrap();
    assert!(
        status.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&status.stderr)
    );
}

#[test]
fn github_annotations_escape_paths_and_messages() {
    let dir = collection();
    write(
        &dir,
        "practices/a, b c.md",
        &draft("a-b-c", "\"we%ird:key\": 1\n"),
    );
    let out = practice(dir.path(), &["validate", "--format", "github"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let line = stdout
        .lines()
        .find(|l| l.contains("title=unknown-key"))
        .expect("an unknown-key annotation");
    assert!(
        line.starts_with("::error file=practices/a%2C b c.md,line=6,col=1,"),
        "{line}"
    );
    assert!(line.contains("::unknown key `we%25ird:key`"), "{line}");
    assert!(
        line.contains("%0Ahelp: "),
        "help follows on an escaped new line: {line}"
    );
}

#[test]
fn sarif_output_is_valid_against_the_sarif_2_1_0_schema() {
    let dir = collection();
    write(
        &dir,
        "practices/x.md",
        &draft("y", "themas: [taalbeleid]\n"),
    );
    let out = practice(dir.path(), &["validate", "--format", "sarif"]);
    assert_eq!(out.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema_path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sarif/sarif-2.1.0-rtm.5.json");
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(schema_path).unwrap()).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&schema)
        .unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let results = log["runs"][0]["results"].as_array().unwrap();
    let unknown = results
        .iter()
        .find(|r| r["ruleId"] == "unknown-key")
        .unwrap();
    let region = &unknown["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 6);
    assert_eq!(region["startColumn"], 1);
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let index = unknown["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(rules[index]["id"], "unknown-key");
}

#[test]
fn junit_has_one_case_per_practice_and_a_failure_per_error() {
    let dir = collection();
    write(&dir, "practices/goed.md", &draft("goed", ""));
    write(
        &dir,
        "practices/fout.md",
        &draft("fout", "themas: [x]\nscope: <nergens & overal>\n"),
    );
    let out = practice(dir.path(), &["validate", "--format", "junit"]);
    assert_eq!(out.status.code(), Some(1));
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let cases: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), 2);
    let failing = cases
        .iter()
        .find(|c| c.attribute("name") == Some("practices/fout.md"))
        .unwrap();
    let failures = failing
        .children()
        .filter(|n| n.has_tag_name("failure"))
        .count();
    assert_eq!(failures, 2, "unknown key and invalid scope: {xml}");
    let passing = cases
        .iter()
        .find(|c| c.attribute("name") == Some("practices/goed.md"))
        .unwrap();
    assert_eq!(passing.children().filter(|n| n.is_element()).count(), 0);
    let suite = doc
        .descendants()
        .find(|n| n.has_tag_name("testsuite"))
        .unwrap();
    assert_eq!(suite.attribute("failures"), Some("1"));
}

#[test]
fn changed_reports_only_changed_files_and_referrers_of_deleted_ones() {
    let dir = collection();
    write(
        &dir,
        "practices/blijft.md",
        &draft("blijft", "related: [weg]\n"),
    );
    write(
        &dir,
        "practices/oud-fout.md",
        &draft("oud-fout", "themas: [x]\n"),
    );
    write(&dir, "practices/weg.md", &draft("weg", ""));
    write(&dir, "practices/wijzigt.md", &draft("wijzigt", ""));
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "base"]);
    git(dir.path(), &["checkout", "-qb", "voorstel"]);
    write(
        &dir,
        "practices/wijzigt.md",
        &draft("wijzigt", "scope: nergens\n"),
    );
    write(
        &dir,
        "practices/nieuw.md",
        &draft("nieuw", "themes: [taal]\n"),
    );
    fs::remove_file(dir.path().join("practices/weg.md")).unwrap();
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "change"]);

    let out = practice(
        dir.path(),
        &[
            "validate",
            "--changed",
            "--base",
            "main",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut paths: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["path"].as_str().unwrap())
        .collect();
    paths.sort();
    paths.dedup();
    assert_eq!(
        paths,
        [
            "practices/blijft.md",
            "practices/nieuw.md",
            "practices/wijzigt.md"
        ]
    );
    assert_eq!(json["files"], 3);
}

#[test]
fn changed_outside_git_is_a_clear_usage_failure() {
    let dir = collection();
    write(&dir, "practices/a.md", &draft("a", ""));
    let out = practice(dir.path(), &["validate", "--changed"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not inside a git repository"));
}

#[test]
fn shipped_workflow_is_yaml_that_validates_changed_practices() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".github/workflows/validate.yml");
    let workflow: serde_json::Value =
        serde_saphyr::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    assert!(workflow["on"].get("pull_request").is_some());
    let steps = workflow["jobs"]["validate"]["steps"].as_array().unwrap();
    let runs: Vec<&str> = steps.iter().filter_map(|s| s["run"].as_str()).collect();
    assert!(
        runs.iter()
            .any(|r| r.contains("validate --changed") && r.contains("--format github"))
    );
    let hooks_path = Path::new(env!("CARGO_MANIFEST_DIR")).join(".pre-commit-hooks.yaml");
    let hooks: serde_json::Value =
        serde_saphyr::from_str(&fs::read_to_string(hooks_path).unwrap()).unwrap();
    assert_eq!(hooks[0]["id"], "practice-validate");
}
