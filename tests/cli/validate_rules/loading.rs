//! Reading a file: front matter fences, YAML errors, encodings and line endings.

use crate::common::*;

#[test]
fn a_file_without_front_matter_is_front_matter_missing_at_its_first_line() {
    let c = Collection::with("gent-taalcafe", "# Taalcafé\n\nGeen front matter.\n");
    let run = c.validate();
    let d = run.one("front-matter-missing");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (1, 1)));
    assert_eq!(run.code, 1);
}

#[test]
fn an_empty_file_is_front_matter_missing() {
    let c = Collection::with("leeg", "");
    assert_eq!(c.validate().one("front-matter-missing").at(), (1, 1));
}

#[test]
fn an_opening_fence_without_a_closing_one_is_front_matter_unclosed_at_the_opening_line() {
    let c = Collection::with(
        "gent-taalcafe",
        "---\nid: gent-taalcafe\ntitle: Taalcafé\n\n## Context\n",
    );
    let d = c.validate().one("front-matter-unclosed");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (1, 1)));
}

#[test]
fn blank_lines_before_the_opening_fence_are_front_matter_not_first() {
    let c = Collection::with("gent-taalcafe", &format!("\n\n{}", draft("gent-taalcafe")));
    let run = c.validate();
    let d = run.one("front-matter-not-first");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (1, 1)));
}

#[test]
fn findings_after_leading_blank_lines_point_at_the_real_lines() {
    let text = format!(
        "\n\n{}",
        replace_line(&draft("gent-taalcafe"), "title:", "title: ab")
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    assert_eq!(run.one("invalid-value").at(), locate(&text, "ab\n"));
}

#[test]
fn a_closing_fence_of_three_dots_is_accepted() {
    let text = draft("gent-taalcafe").replacen("\n---\n## Context", "\n...\n## Context", 1);
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn invalid_yaml_is_yaml_syntax_pointing_into_the_front_matter() {
    let text = replace_line(&draft("gent-taalcafe"), "title:", "title: [Taalcafé, open");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("yaml-syntax");
    assert_eq!(d.severity, "error");
    // The error lies between the `title` line and the closing fence.
    let title_line = locate(&text, "title:").0;
    assert!(
        (title_line..=6).contains(&d.line),
        "line {} outside the front matter",
        d.line
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_value_with_a_colon_and_space_is_yaml_syntax_with_a_quoting_hint() {
    let text = replace_line(
        &draft("gent-taalcafe"),
        "title:",
        "title: Taalcafé: praten: en oefenen",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("yaml-syntax");
    assert_eq!(d.line, 3);
    assert!(d.help().contains("aanhalingstekens"), "help: {}", d.help());
}

#[test]
fn a_key_written_twice_is_yaml_duplicate_key_at_the_second_occurrence() {
    let text = add_field(&draft("gent-taalcafe"), "title: Tweede titel");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("yaml-duplicate-key");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "title: Tweede"))
    );
    assert!(
        d.help().contains("regel 3"),
        "help should name the first line: {}",
        d.help()
    );
}

#[test]
fn a_duplicate_key_inside_a_nested_mapping_is_reported_too() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "period:",
        "period:\n  start: 2019\n  start: 2020\n  lifecycle: lopend",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("yaml-duplicate-key");
    assert_eq!(d.at(), locate(&text, "start: 2020"));
}

#[test]
fn a_list_as_front_matter_is_yaml_not_mapping() {
    let c = Collection::with("gent-taalcafe", "---\n- id\n- title\n---\n");
    let d = c.validate().one("yaml-not-mapping");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (2, 1)));
}

#[test]
fn a_scalar_as_front_matter_is_yaml_not_mapping() {
    let c = Collection::with("gent-taalcafe", "---\njust some text\n---\n");
    assert_eq!(c.validate().one("yaml-not-mapping").at(), (2, 1));
}

#[test]
fn an_alias_bomb_is_yaml_limit() {
    let mut front = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        front.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let c = Collection::with("alias-bomb", &format!("---\n{front}---\n"));
    let d = c.validate().one("yaml-limit");
    assert_eq!(d.severity, "error");
    assert!(
        (2..=11).contains(&d.line),
        "line {} outside the front matter",
        d.line
    );
}

#[test]
fn a_file_that_is_not_utf8_is_not_utf8_at_the_bad_byte() {
    let mut bytes = b"---\nid: gent-taalcafe\ntitle: Caf".to_vec();
    bytes.push(0xE9); // Latin-1 `é`
    bytes.extend_from_slice(b" in Gent\n---\n");
    let c = Collection::new();
    c.file("practices/gent-taalcafe.md", &bytes);
    let d = c.validate().one("not-utf8");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (3, 11)));
}

#[test]
fn the_column_of_a_bad_byte_counts_characters_not_bytes() {
    let mut bytes = "---\ntitle: Geëngageerd ".as_bytes().to_vec();
    bytes.push(0xFF);
    let c = Collection::new();
    c.file("practices/x.md", &bytes);
    assert_eq!(c.validate().one("not-utf8").at(), (2, 20));
}

#[test]
fn a_file_over_the_schema_size_limit_is_file_too_large_and_not_parsed() {
    let c = Collection::with(
        "gent-taalcafe",
        &format!("{}\n{}", draft("gent-taalcafe"), "woord ".repeat(100)),
    );
    c.edit_schema("rules.yaml", |t| {
        t.replace("max_file_bytes: 2000000", "max_file_bytes: 200")
    });
    let run = c.validate();
    let d = run.one("file-too-large");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (1, 1)));
    assert_eq!(
        run.findings().len(),
        1,
        "a file that is too large is not parsed:\n{}",
        run.dump()
    );
}

fn with_crlf(text: &str) -> String {
    text.replace('\n', "\r\n")
}

fn broken_review() -> String {
    let text = replace_line(&review("gent-taalcafe"), "themes:", "themes: [taal-beleid]");
    replace_line(&text, "## Doelen", "## Doelstellingen")
}

fn positions(run: &Run) -> Vec<(String, usize, usize)> {
    run.findings()
        .into_iter()
        .map(|f| (f.code, f.line, f.column))
        .collect()
}

#[test]
fn crlf_line_endings_give_the_same_findings_at_the_same_positions_as_lf() {
    let lf = Collection::with("gent-taalcafe", &broken_review()).validate();
    let crlf = Collection::with("gent-taalcafe", &with_crlf(&broken_review())).validate();
    assert!(!lf.findings().is_empty());
    assert_eq!(positions(&crlf), positions(&lf));
}

#[test]
fn a_utf8_bom_gives_the_same_findings_at_the_same_positions_as_without() {
    let plain = Collection::with("gent-taalcafe", &broken_review()).validate();
    let bom = Collection::with("gent-taalcafe", &format!("\u{feff}{}", broken_review())).validate();
    assert_eq!(positions(&bom), positions(&plain));
}

#[test]
fn a_valid_practice_with_crlf_and_a_bom_passes() {
    let text = format!("\u{feff}{}", with_crlf(&published("gent-taalcafe")));
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_bom_does_not_shift_the_column_of_a_bad_byte() {
    let c = Collection::new();
    c.file("practices/zonder.md", b"# Caf\xe9\n");
    c.file("practices/met.md", b"\xef\xbb\xbf# Caf\xe9\n");
    let run = c.validate();
    let at: Vec<(String, (usize, usize))> = run
        .all("not-utf8")
        .into_iter()
        .map(|d| (d.path.clone(), d.at()))
        .collect();
    assert_eq!(
        at,
        vec![
            ("practices/met.md".to_owned(), (1, 6)),
            ("practices/zonder.md".to_owned(), (1, 6))
        ],
        "an editor does not show the BOM, so the bad byte is in column 6 in both files"
    );
}

/// `practice --root <c> validate --format json PATHS` under a short guard against a hang.
fn validate_quickly(c: &Collection, paths: &[&std::path::Path]) -> Run {
    let mut cmd = practice_cmd();
    cmd.timeout(std::time::Duration::from_secs(30));
    cmd.arg("--root")
        .arg(c.root())
        .args(["validate", "--format", "json"]);
    cmd.args(paths);
    Run::from(cmd.output().unwrap())
}

#[cfg(unix)]
#[test]
fn a_fifo_named_as_a_practice_is_reported_at_once_never_read() {
    let c = Collection::with("goed", &draft("goed"));
    let fifo = c.practices().join("x.md");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(made.success());
    for run in [validate_quickly(&c, &[]), validate_quickly(&c, &[&fifo])] {
        let d = run.one("not-regular-file");
        assert_eq!(d.path, "practices/x.md");
        assert!(d.message.contains("FIFO"), "{}", d.message);
        assert_eq!(run.code, 1);
    }
    // `list` names it as left out instead of blocking on it.
    let mut cmd = practice_cmd();
    cmd.timeout(std::time::Duration::from_secs(30));
    let list = Run::from(
        cmd.arg("--root")
            .arg(c.root())
            .arg("list")
            .output()
            .unwrap(),
    );
    assert_eq!(list.code, 0);
    assert!(list.stderr.contains("practices/x.md"), "{}", list.stderr);
}

#[cfg(unix)]
#[test]
fn a_symlinked_practice_is_reported_never_followed() {
    // Followed or not, a link makes the practice a file other than the one it seems to be;
    // inside the collection or out of it, it is reported and not read.
    let c = Collection::with("echt", &draft("echt"));
    std::os::unix::fs::symlink("echt.md", c.practices().join("kopie.md")).unwrap();
    std::os::unix::fs::symlink(
        c.root().join("schema/rules.yaml"),
        c.practices().join("buiten.md"),
    )
    .unwrap();
    let link = c.practices().join("kopie.md");
    for run in [validate_quickly(&c, &[]), validate_quickly(&c, &[&link])] {
        let found = run.all("not-regular-file");
        assert!(
            found.iter().any(|d| d.path == "practices/kopie.md"),
            "{}",
            run.dump()
        );
        assert!(
            found
                .iter()
                .all(|d| d.message.contains("symbolische koppeling")),
            "{}",
            run.dump()
        );
        assert!(run.all("id-duplicate").is_empty(), "{}", run.dump());
    }
    assert_eq!(validate_quickly(&c, &[]).all("not-regular-file").len(), 2);
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_an_error_naming_its_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let c = Collection::new();
    let path = c
        .practices()
        .join(std::ffi::OsStr::from_bytes(b"caf\xE9.md"));
    std::fs::write(&path, draft("cafe")).unwrap();
    let run = c.validate();
    let d = run.one("file-name");
    assert_eq!(d.path, r"practices/caf\xE9.md");
    assert!(d.message.contains(r"caf\xE9.md"), "{}", d.message);
    assert_eq!(d.at(), (1, 1));
    assert_eq!(run.code, 1);
    // Named alone on the command line, and listed (not skipped) by `list`, as invalid.
    validate_quickly(&c, &[&path]).one("file-name");
    let list = c.run(&["list", "--format", "json"]);
    assert_eq!(list.json().as_array().unwrap().len(), 1);
}

#[test]
fn a_file_name_with_control_characters_is_an_error() {
    let c = Collection::with("stuur\u{1b}[2J", &draft("stuur"));
    let d = c.validate().one("file-name");
    assert!(d.message.contains(r"\u{1b}[2J"), "{}", d.message);
}
