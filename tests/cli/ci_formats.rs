//! CI-facing behaviour of `validate`: GitHub annotations, SARIF, JUnit, `--changed` in a real
//! git repository, and the shipped workflow file.

use std::fs;
use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use tempfile::TempDir;

use crate::fs_support;
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
    // Hermetic: the collection comes from `dir`, never from the environment.
    Command::cargo_bin("practice")
        .unwrap()
        .current_dir(dir)
        .env_remove("PRACTICE_ROOT")
        .env_remove("PRACTICE_LANG")
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
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
    assert!(line.contains("::onbekend veld `we%25ird:key`"), "{line}");
    assert!(
        line.contains("%0Atip: "),
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
    assert!(String::from_utf8_lossy(&out.stderr).contains("ligt niet in een git-repository"));
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

/// Names no file system refuses, each breaking a naive XML or URI writer.
const ODD_NAMES: &[&str] = &[
    "met spatie",
    "100%",
    "hekje#1",
    "vraag?",
    "dubbel:punt",
    "café-ü",
    "niet\u{fffe}teken\u{ffff}",
    "stuur\u{1}\u{8}teken",
    "a&b<c>\"d'",
];

#[test]
fn junit_is_well_formed_xml_and_sarif_uris_are_valid_for_any_file_name() {
    let dir = collection();
    for name in ODD_NAMES {
        // The file name does not match the id: one finding per file, in every format.
        write(&dir, &format!("practices/{name}.md"), &draft("x", ""));
    }
    let out = practice(dir.path(), &["validate", "--format", "junit"]);
    assert_eq!(out.status.code(), Some(1));
    let xml = String::from_utf8(out.stdout).unwrap();
    let doc = roxmltree::Document::parse(&xml).unwrap_or_else(|e| panic!("{e}:\n{xml}"));
    let cases: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect();
    assert_eq!(cases.len(), ODD_NAMES.len());
    assert!(
        cases
            .iter()
            .any(|c| c.attribute("name") == Some("practices/a&b<c>\"d'.md"))
    );

    let out = practice(dir.path(), &["validate", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let uris: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert!(!uris.is_empty());
    for uri in &uris {
        // A relative reference of RFC 3986 whose segments hold only unreserved characters and
        // percent-encoded bytes (no scheme-like colon, no fragment or query).
        let bytes = uri.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            let ok = b.is_ascii_alphanumeric()
                || b"-._~/".contains(&b)
                || (b == b'%'
                    && bytes
                        .get(i + 1..i + 3)
                        .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit)));
            let hex_digit = i >= 1 && bytes[i - 1] == b'%' || i >= 2 && bytes[i - 2] == b'%';
            assert!(ok || hex_digit && b.is_ascii_hexdigit(), "{uri}: byte {i}");
        }
        let decoded = percent_decode(uri);
        assert!(
            ODD_NAMES
                .iter()
                .any(|n| decoded == format!("practices/{n}.md")),
            "{uri} decodes to {decoded}"
        );
    }
    assert!(
        uris.contains(&"practices/hekje%231.md".to_owned()),
        "{uris:?}"
    );
    assert!(
        uris.contains(&"practices/caf%C3%A9-%C3%BC.md".to_owned()),
        "{uris:?}"
    );
}

fn percent_decode(uri: &str) -> String {
    let bytes = uri.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&uri[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

#[test]
fn junit_with_strict_reports_warnings_as_failures_like_the_exit_code() {
    let dir = collection();
    // Two practices with nearly the same title: a warning each, no error.
    write(
        &dir,
        "practices/een.md",
        &draft("een", "").replace("Praktijk een", "Taalcafé Gent"),
    );
    write(
        &dir,
        "practices/twee.md",
        &draft("twee", "").replace("Praktijk twee", "Taalcafe Gent"),
    );
    let xml = |args: &[&str]| {
        let out = practice(dir.path(), args);
        let text = String::from_utf8(out.stdout).unwrap();
        let doc = roxmltree::Document::parse(&text).unwrap();
        let failures = doc
            .descendants()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        let total = doc.root_element().attribute("failures").unwrap().to_owned();
        (out.status.code(), failures, total)
    };
    assert_eq!(
        xml(&["validate", "--format", "junit"]),
        (Some(0), 0, "0".to_owned())
    );
    assert_eq!(
        xml(&["validate", "--strict", "--format", "junit"]),
        (Some(1), 2, "2".to_owned())
    );
}

/// A git repository holding a collection committed on `main`, now on branch `voorstel`.
fn repository(practices: &[(&str, String)]) -> TempDir {
    let dir = collection();
    for (rel, text) in practices {
        write(&dir, rel, text);
    }
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "base"]);
    git(dir.path(), &["checkout", "-qb", "voorstel"]);
    dir
}

#[test]
fn changed_checks_the_whole_collection_when_the_schema_changed() {
    let dir = repository(&[(
        "practices/gebruikt.md",
        draft("gebruikt", "themes: [taalbeleid]\n"),
    )]);
    // The pull request removes a theme that an unchanged practice still uses.
    let path = dir.path().join("schema/vocabularies/themes.yaml");
    let themes = fs::read_to_string(&path).unwrap();
    let kept: Vec<&str> = themes
        .lines()
        .filter(|l| !l.contains("id: taalbeleid"))
        .collect();
    assert_ne!(
        kept.len(),
        themes.lines().count(),
        "the theme is in the vocabulary"
    );
    fs::write(&path, kept.join("\n") + "\n").unwrap();
    git(dir.path(), &["commit", "-qam", "remove a theme"]);

    let args = ["validate", "--changed", "--base", "main"];
    let out = practice(dir.path(), &[&args[..], &["--format", "json"]].concat());
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["files"], 1);
    assert_eq!(json["diagnostics"][0]["code"], "unknown-vocabulary");
    assert!(
        json["note"]
            .as_str()
            .unwrap()
            .contains("`schema/` is gewijzigd")
    );
    // People read why in the summary, CI in a notice.
    let out = practice(dir.path(), &args);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains(
            "let op: `schema/` is gewijzigd sinds de gemeenschappelijke basis (merge base): de hele collectie wordt nagekeken"
        ),
        "{text}"
    );
    let out = practice(dir.path(), &[&args[..], &["--format", "github"]].concat());
    assert!(
        String::from_utf8(out.stdout)
            .unwrap()
            .starts_with("::notice ")
    );
}

#[test]
fn a_base_that_looks_like_an_option_is_refused_not_passed_to_git() {
    let dir = repository(&[("practices/a.md", draft("a", ""))]);
    for base in ["--output=/tmp/gekaapt", "-h", "--all"] {
        // `--base=VALUE` is how a value starting with `-` gets past the argument parser.
        let out = practice(
            dir.path(),
            &["validate", "--changed", &format!("--base={base}")],
        );
        assert_eq!(out.status.code(), Some(2), "{base}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("is geen git-verwijzing"),
            "{base}: {stderr}"
        );
    }
}

#[cfg(unix)]
#[test]
fn changed_reports_a_file_whose_name_is_not_utf8() {
    use std::os::unix::ffi::OsStrExt;
    let dir = repository(&[("practices/a.md", draft("a", ""))]);
    let name = std::ffi::OsStr::from_bytes(b"practices/caf\xE9.md");
    fs::write(dir.path().join(name), draft("cafe", "")).unwrap();
    git(dir.path(), &["add", "-A"]);
    git(dir.path(), &["commit", "-qm", "a latin-1 name"]);
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
    assert_eq!(json["files"], 1, "{json}");
    let codes: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["path"] == r"practices/caf\xE9.md")
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert!(codes.contains(&"file-name"), "{json}");
}
