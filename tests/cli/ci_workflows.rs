//! Installing without compiling: the release workflow builds the promised targets with
//! checksums, the pull-request workflow and the pre-commit hook take a released binary, the
//! SARIF upload cannot fail a fork's pull request, and the GitLab example fetches the target
//! branch. What can be checked here is checked: the files parse and say what they must.

use std::path::{Path, PathBuf};

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap();
    serde_saphyr::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn steps(job: &Value) -> &Vec<Value> {
    job["steps"].as_array().expect("steps")
}

#[test]
fn every_workflow_parses_and_has_jobs() {
    for entry in std::fs::read_dir(repo().join(".github/workflows")).unwrap() {
        let path = entry.unwrap().path();
        let doc = yaml(&path);
        assert!(
            doc["jobs"].as_object().is_some_and(|j| !j.is_empty()),
            "{}",
            path.display()
        );
        for (name, job) in doc["jobs"].as_object().unwrap() {
            assert!(job["runs-on"].is_string(), "{name} in {}", path.display());
            assert!(!steps(job).is_empty(), "{name} in {}", path.display());
        }
    }
}

#[test]
fn the_release_builds_every_promised_target_with_checksums() {
    let doc = yaml(&repo().join(".github/workflows/release.yml"));
    assert!(
        doc["on"]["push"]["tags"].is_array(),
        "runs on version tags: {}",
        doc["on"]
    );
    let build = &doc["jobs"]["build"];
    let targets: Vec<&str> = build["strategy"]["matrix"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["target"].as_str().unwrap())
        .collect();
    for wanted in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains(&wanted), "{wanted} not in {targets:?}");
    }
    let script: String = steps(build)
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(
        script.contains("cargo build --release --locked --target"),
        "{script}"
    );
    assert!(
        script.contains("sha256sum") && script.contains(".sha256"),
        "{script}"
    );
    let publish: String = steps(&doc["jobs"]["publish"])
        .iter()
        .filter_map(|s| s["run"].as_str())
        .collect();
    assert!(publish.contains("SHA256SUMS"), "{publish}");
    assert_eq!(doc["jobs"]["publish"]["needs"], "build");
}

#[test]
fn pull_requests_use_a_released_binary_and_sarif_cannot_turn_them_red() {
    let doc = yaml(&repo().join(".github/workflows/validate.yml"));
    let job = &doc["jobs"]["validate"];
    let all = steps(job);
    let release = all
        .iter()
        .find(|s| s["id"] == "release")
        .expect("a release step");
    assert!(
        release["run"]
            .as_str()
            .unwrap()
            .contains("gh release download")
    );
    assert!(
        release["run"]
            .as_str()
            .unwrap()
            .contains("sha256sum --check")
    );
    for s in all {
        let run = s["run"].as_str().unwrap_or_default();
        if run.contains("cargo build") {
            assert!(
                s["if"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("steps.release.outcome != 'success'"),
                "building is only the fallback: {s}"
            );
        }
    }
    let fetch = all
        .iter()
        .filter_map(|s| s["run"].as_str())
        .any(|r| r.contains("git fetch") && r.contains("github.base_ref"));
    assert!(fetch, "the target branch is fetched");
    let upload = all
        .iter()
        .find(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.contains("upload-sarif"))
        })
        .expect("a SARIF upload");
    assert_eq!(upload["continue-on-error"], true, "{upload}");
    let condition = upload["if"].as_str().unwrap();
    assert!(
        condition.contains("github.event.pull_request.head.repo.full_name == github.repository"),
        "{condition}"
    );
    assert!(
        doc["permissions"]["security-events"].is_null(),
        "write only in the job"
    );
}

#[test]
fn the_gitlab_example_fetches_the_target_branch() {
    let text = std::fs::read_to_string(repo().join("docs/ci.md")).unwrap();
    let start = text.find("## GitLab CI").unwrap();
    let block = &text[start..];
    let block = &block[block.find("```yaml\n").unwrap() + 8..];
    let block = &block[..block.find("```").unwrap()];
    let doc: Value = serde_saphyr::from_str(block).unwrap();
    let job = &doc["validate-practices"];
    let before: Vec<&str> = job["before_script"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        before
            .iter()
            .any(|l| l.starts_with("git fetch")
                && l.contains("$CI_MERGE_REQUEST_TARGET_BRANCH_NAME")),
        "{before:?}"
    );
    assert!(
        before.iter().any(|l| l.contains("sha256sum --check")),
        "{before:?}"
    );
    let script = job["script"][0].as_str().unwrap();
    assert!(script.contains("--base \"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\""));
    assert!(
        !block.contains("cargo build"),
        "no compiling in the example"
    );
}

#[test]
fn the_pre_commit_hook_needs_no_compiler() {
    let doc = yaml(&repo().join(".pre-commit-hooks.yaml"));
    let hooks = doc.as_array().unwrap();
    let hook = hooks
        .iter()
        .find(|h| h["id"] == "practice-validate")
        .unwrap();
    assert_eq!(hook["language"], "script");
    let entry = repo().join(hook["entry"].as_str().unwrap());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&entry).unwrap().permissions().mode();
        assert!(mode & 0o111 != 0, "{} is executable", entry.display());
    }
    let script = std::fs::read_to_string(&entry).unwrap();
    assert!(script.contains("sha256sum --check") && script.contains("releases/download/"));
    if let Ok(out) = std::process::Command::new("bash")
        .arg("-n")
        .arg(&entry)
        .output()
    {
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn the_readme_installs_without_compiling_or_with_cargo_install() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    assert!(readme.contains("cargo install --locked --path ."), "README");
    assert!(readme.contains("SHA256SUMS"), "README");
}

/// `cargo install --path .` into a temporary root works and gives a runnable `practice`.
/// Ignored: it builds the whole tool again (run it with
/// `cargo test --test cli -- --ignored cargo_install`).
#[test]
#[ignore = "builds the whole tool again; run with --ignored"]
fn cargo_install_into_a_temporary_root() {
    let root = tempfile::tempdir().unwrap();
    let status = std::process::Command::new(env!("CARGO"))
        .args(["install", "--locked", "--debug", "--offline", "--path"])
        .arg(repo())
        .arg("--root")
        .arg(root.path())
        .status()
        .unwrap();
    assert!(status.success());
    let out = std::process::Command::new(root.path().join("bin/practice"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("practice "));
}
