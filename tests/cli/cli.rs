//! The command line: exit codes, the JSON and human output formats, colour, root discovery and
//! reporting on selected paths.

use crate::common;

use std::collections::BTreeSet;

use common::*;

fn valid_collection() -> Collection {
    let c = Collection::new();
    c.practice("gent-taalcafe", &review("gent-taalcafe"));
    c.practice("aalst-praattafel", &draft("aalst-praattafel"));
    c
}

fn broken_collection() -> Collection {
    let c = valid_collection();
    c.practice(
        "dendermonde-cafeklap",
        &replace_line(
            &draft("dendermonde-cafeklap"),
            "municipalities:",
            "municipalities: [Gend]",
        ),
    );
    c
}

fn keys(value: &serde_json::Value) -> BTreeSet<&str> {
    value
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .collect()
}

// Exit codes ---------------------------------------------------------------------------------

#[test]
fn a_valid_collection_exits_0() {
    assert_eq!(valid_collection().run(&["validate"]).code, 0);
}

#[test]
fn a_collection_with_errors_exits_1() {
    assert_eq!(broken_collection().run(&["validate"]).code, 1);
}

#[test]
fn warnings_alone_exit_0_and_with_strict_exit_1() {
    let c = Collection::with(
        "gent-taalcafe",
        &replace_line(
            &draft("gent-taalcafe"),
            "municipalities:",
            "municipalities: [Borsbeek]",
        ),
    );
    assert_eq!(c.run(&["validate"]).code, 0);
    assert_eq!(c.run(&["validate", "--strict"]).code, 1);
}

#[test]
fn a_path_that_does_not_exist_exits_2_naming_it() {
    let run = valid_collection().run(&["validate", "practices/bestaat-niet.md"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("bestaat-niet.md"),
        "stderr: {}",
        run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "no report on a failure: {}",
        run.stdout
    );
}

#[test]
fn a_missing_path_is_explained_once_not_twice() {
    let run = valid_collection().run(&["validate", "bestaat-niet.md"]);
    assert_eq!(
        run.stderr.matches("bestaat niet").count(),
        1,
        "stderr: {}",
        run.stderr
    );
}

#[test]
fn a_root_without_schema_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("practices")).unwrap();
    let run = Run::from(
        practice_cmd()
            .arg("--root")
            .arg(dir.path())
            .arg("validate")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("schema"), "stderr: {}", run.stderr);
}

#[test]
fn a_root_that_does_not_exist_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let run = Run::from(
        practice_cmd()
            .arg("--root")
            .arg(dir.path().join("nergens"))
            .arg("validate")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
}

#[test]
fn an_unknown_flag_exits_2() {
    let run = valid_collection().run(&["validate", "--bogus"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--bogus"), "stderr: {}", run.stderr);
}

#[test]
fn an_unknown_format_exits_2() {
    assert_eq!(
        valid_collection()
            .run(&["validate", "--format", "xml"])
            .code,
        2
    );
}

#[test]
fn no_collection_above_the_current_folder_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let run = Run::from(
        practice_cmd()
            .current_dir(dir.path())
            .arg("validate")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("--root"),
        "stderr should suggest --root: {}",
        run.stderr
    );
}

#[test]
fn version_and_help_exit_0() {
    assert_eq!(
        Run::from(practice_cmd().arg("--version").output().unwrap()).code,
        0
    );
    assert_eq!(
        Run::from(
            practice_cmd()
                .args(["validate", "--help"])
                .output()
                .unwrap()
        )
        .code,
        0
    );
}

// JSON -----------------------------------------------------------------------------------------

#[test]
fn json_output_has_exactly_files_errors_warnings_and_diagnostics() {
    let json = broken_collection().validate().json();
    assert_eq!(
        keys(&json),
        BTreeSet::from(["files", "errors", "warnings", "diagnostics"])
    );
    assert_eq!(json["files"], 3);
    assert_eq!(json["errors"], 1);
    assert_eq!(json["warnings"], 0);
}

#[test]
fn every_json_diagnostic_has_exactly_path_line_column_severity_code_message_help() {
    let json = broken_collection().validate().json();
    let d = &json["diagnostics"][0];
    assert_eq!(
        keys(d),
        BTreeSet::from([
            "path", "line", "column", "severity", "code", "message", "help"
        ])
    );
    assert_eq!(d["path"], "practices/dendermonde-cafeklap.md");
    assert!(d["line"].is_u64() && d["column"].is_u64());
    assert_eq!(d["severity"], "error");
    assert_eq!(d["code"], "unknown-municipality");
    assert!(d["message"].is_string() && d["help"].is_string());
}

#[test]
fn json_help_is_null_when_there_is_none() {
    let c = Collection::with(
        "gent-taalcafe",
        &add_field(&draft("gent-taalcafe"), "related: [gent-taalcafe]"),
    );
    let json = c.validate().json();
    assert_eq!(json["diagnostics"][0]["code"], "related-self");
    assert!(json["diagnostics"][0]["help"].is_null());
}

#[test]
fn json_counts_match_the_diagnostics() {
    let c = broken_collection();
    c.practice(
        "borsbeek-x",
        &replace_line(
            &draft("borsbeek-x"),
            "municipalities:",
            "municipalities: [Borsbeek]",
        ),
    );
    let run = c.validate();
    let json = run.json();
    let count = |s: &str| run.findings().iter().filter(|f| f.severity == s).count();
    assert_eq!(json["errors"], count("error"));
    assert_eq!(json["warnings"], count("warning"));
    assert_eq!(json["warnings"], 1);
}

#[test]
fn json_of_an_empty_collection_reports_no_files() {
    let json = Collection::new().validate().json();
    assert_eq!(json["files"], 0);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
}

#[test]
fn diagnostics_are_sorted_by_path_line_and_column() {
    let c = broken_collection();
    c.practice(
        "a-eerst",
        "---\nid: a-eerst\ntitle: ab\nstatus: klaar\nmunicipalities: [Gend]\n---\n",
    );
    let found: Vec<(String, usize, usize)> = c
        .validate()
        .findings()
        .into_iter()
        .map(|f| (f.path, f.line, f.column))
        .collect();
    let mut sorted = found.clone();
    sorted.sort();
    assert_eq!(found, sorted);
    assert!(found.len() >= 4);
}

#[test]
fn json_output_does_not_depend_on_the_run() {
    let c = broken_collection();
    assert_eq!(c.validate().stdout, c.validate().stdout);
}

// Human output ---------------------------------------------------------------------------------

#[test]
fn human_output_shows_the_place_the_source_line_and_a_marker() {
    let run = broken_collection().run(&["--color", "never", "validate"]);
    let out = &run.stdout;
    assert!(
        out.contains("practices/dendermonde-cafeklap.md:5:18"),
        "{out}"
    );
    assert!(out.contains("municipalities: [Gend]"), "{out}");
    let source = out
        .lines()
        .position(|l| l.ends_with("municipalities: [Gend]"))
        .unwrap();
    let marker = out.lines().nth(source + 1).unwrap();
    let column = marker.find('^').expect("a ^ marker under the source line");
    assert_eq!(
        &out.lines().nth(source).unwrap()[column..column + 4],
        "Gend",
        "{out}"
    );
    assert!(out.contains("unknown-municipality"), "{out}");
    assert!(out.contains("bedoelde u Gent"), "{out}");
}

#[test]
fn human_output_ends_with_a_summary_line() {
    let run = broken_collection().run(&["--color", "never", "validate"]);
    assert_eq!(
        run.stdout.lines().last().unwrap(),
        "3 bestanden nagekeken: 1 fout, 0 waarschuwingen in 1 bestand"
    );
}

#[test]
fn human_output_of_a_valid_collection_is_just_the_summary() {
    let run = valid_collection().run(&["--color", "never", "validate"]);
    assert_eq!(
        run.stdout,
        "2 bestanden nagekeken: 0 fouten, 0 waarschuwingen in 0 bestanden\n"
    );
}

#[test]
fn quiet_leaves_out_the_summary() {
    let run = broken_collection().run(&["-q", "--color", "never", "validate"]);
    assert!(!run.stdout.contains("nagekeken"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("practices/dendermonde-cafeklap.md:5:18")
    );
    assert_eq!(valid_collection().run(&["-q", "validate"]).stdout, "");
}

#[test]
fn human_output_of_an_unreadable_file_still_names_the_place() {
    let c = valid_collection();
    c.file("practices/latin1.md", b"---\nid: caf\xe9\n---\n");
    let out = c.run(&["--color", "never", "validate"]).stdout;
    assert!(out.contains("practices/latin1.md:2:8"), "{out}");
    assert!(out.contains("not-utf8"), "{out}");
}

#[test]
fn human_output_of_a_crlf_file_shows_the_line_without_carriage_return() {
    let c = Collection::with(
        "x",
        &replace_line(&draft("x"), "title:", "title: ab").replace('\n', "\r\n"),
    );
    let out = c.run(&["--color", "never", "validate"]).stdout;
    assert!(out.contains("practices/x.md:3:8"), "{out}");
    assert!(!out.contains('\r'), "{out:?}");
}

const ESC: char = '\u{1b}';

#[test]
fn color_never_writes_no_escape_codes() {
    let run = broken_collection().run(&["--color", "never", "validate"]);
    assert!(!run.stdout.contains(ESC), "{:?}", run.stdout);
}

#[test]
fn color_always_writes_escape_codes() {
    let run = broken_collection().run(&["--color", "always", "validate"]);
    assert!(run.stdout.contains(ESC), "{:?}", run.stdout);
}

/// `validate` on a collection with findings, with `NO_COLOR=1` set and `--color COLOR`.
fn validate_with_no_color(color: &str) -> Run {
    let c = broken_collection();
    Run::from(
        practice_cmd()
            .env("NO_COLOR", "1")
            .arg("--root")
            .arg(c.root())
            .args(["--color", color, "validate"])
            .output()
            .unwrap(),
    )
}

#[test]
fn color_always_wins_over_no_color() {
    let run = validate_with_no_color("always");
    assert!(run.stdout.contains(ESC), "{:?}", run.stdout);
}

#[test]
fn no_color_with_auto_writes_no_escape_codes() {
    let run = validate_with_no_color("auto");
    assert!(!run.stdout.contains(ESC), "{:?}", run.stdout);
}

#[test]
fn auto_writes_no_escape_codes_into_a_pipe() {
    let run = broken_collection().run(&["validate"]);
    assert!(!run.stdout.contains(ESC), "{:?}", run.stdout);
}

#[test]
fn json_never_has_escape_codes() {
    let run = broken_collection().run(&["--color", "always", "validate", "--format", "json"]);
    assert!(!run.stdout.contains(ESC));
    run.json();
}

// Root and paths -------------------------------------------------------------------------------

#[test]
fn the_root_is_found_by_walking_up_from_a_sub_folder() {
    let c = broken_collection();
    let sub = c.practices().join("oost-vlaanderen/gent");
    std::fs::create_dir_all(&sub).unwrap();
    let run = Run::from(
        practice_cmd()
            .current_dir(&sub)
            .args(["validate", "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1, "{}", run.dump());
    assert_eq!(run.json()["files"], 3);
}

#[test]
fn practice_root_in_the_environment_sets_the_root() {
    let c = broken_collection();
    let elsewhere = tempfile::tempdir().unwrap();
    let run = Run::from(
        practice_cmd()
            .current_dir(elsewhere.path())
            .env("PRACTICE_ROOT", c.root())
            .args(["validate", "--format", "json"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.json()["files"], 3);
}

#[test]
fn a_path_reports_only_that_file() {
    let c = broken_collection();
    let run = c.run(&[
        "validate",
        "--format",
        "json",
        c.practices().join("gent-taalcafe.md").to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.dump());
    assert_eq!(run.json()["files"], 1);
}

#[test]
fn a_path_relative_to_the_current_folder_is_accepted() {
    let c = broken_collection();
    let run = Run::from(
        practice_cmd()
            .current_dir(c.practices())
            .args(["validate", "--format", "json", "dendermonde-cafeklap.md"])
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 1);
    let paths: BTreeSet<String> = run.findings().into_iter().map(|f| f.path).collect();
    assert_eq!(
        paths,
        BTreeSet::from(["practices/dendermonde-cafeklap.md".to_owned()])
    );
}

#[test]
fn a_folder_path_reports_the_practices_below_it() {
    let c = broken_collection();
    c.file(
        "practices/west/brugge-x.md",
        replace_line(&draft("brugge-x"), "title:", "title: ab"),
    );
    c.file("practices/west/kortrijk-y.md", draft("kortrijk-y"));
    let run = c.run(&[
        "validate",
        "--format",
        "json",
        c.practices().join("west").to_str().unwrap(),
    ]);
    assert_eq!(run.json()["files"], 2);
    assert_eq!(run.codes(), vec!["invalid-value"]);
}

#[test]
fn a_path_still_checks_related_against_the_whole_collection() {
    let c = Collection::new();
    c.practice("aalst-praattafel", &draft("aalst-praattafel"));
    let gent = c.practice(
        "gent-taalcafe",
        &add_field(
            &draft("gent-taalcafe"),
            "related: [aalst-praattafel, aalst-praattafell]",
        ),
    );
    let run = c.run(&["validate", "--format", "json", gent.to_str().unwrap()]);
    let d = run.one("related-missing");
    assert!(d.message.contains("aalst-praattafell"), "{}", run.dump());
    assert_eq!(run.findings().len(), 1, "{}", run.dump());
}

#[test]
fn a_path_still_sees_duplicate_ids_elsewhere() {
    let c = Collection::new();
    let mine = c.file("practices/oost/gent-taalcafe.md", draft("gent-taalcafe"));
    c.file(
        "practices/west/gent-taalcafe.md",
        replace_line(&draft("gent-taalcafe"), "title:", "title: Iets anders"),
    );
    let run = c.run(&["validate", "--format", "json", mine.to_str().unwrap()]);
    let d = run.one("id-duplicate");
    assert_eq!(d.path, "practices/oost/gent-taalcafe.md");
}

#[test]
fn a_path_does_not_report_findings_of_other_files() {
    let c = broken_collection();
    let run = c.run(&[
        "validate",
        "--format",
        "json",
        c.practices().join("aalst-praattafel.md").to_str().unwrap(),
    ]);
    run.assert_clean();
}

#[test]
fn validating_the_root_folder_checks_only_the_practices() {
    let c = valid_collection();
    c.file("README.md", "# Collectie\n\nUitleg voor redacteurs.\n");
    let run = Run::from(
        practice_cmd()
            .current_dir(c.root())
            .args(["validate", "--format", "json", "."])
            .output()
            .unwrap(),
    );
    let whole = c.validate();
    assert_eq!(
        run.findings(),
        whole.findings(),
        "`validate .` at the root is `validate`"
    );
    assert_eq!(
        run.json()["files"],
        2,
        "README.md and schema/**/*.md are not practices:\n{}",
        run.dump()
    );
    assert_eq!(run.code, 0);
}
