//! Hostile and broken input: whatever a file holds, `validate` reports at least one finding at a
//! real position, exits 1 and never panics or hangs. One bad file never hides the others.

use crate::common;

use common::*;

/// Validates one file holding `bytes` and checks what every hostile input must give: exit 1,
/// no panic, at least one finding, and every finding on a line of the file.
fn hostile(bytes: impl AsRef<[u8]>) -> Run {
    let bytes = bytes.as_ref();
    let c = Collection::new();
    c.file("practices/vijandig.md", bytes);
    let run = c.validate();
    run.assert_no_panic();
    assert_eq!(run.code, 1, "{}", run.dump());
    let findings = run.findings();
    assert!(!findings.is_empty(), "no finding");
    let lines = String::from_utf8_lossy(bytes).lines().count().max(1);
    for f in &findings {
        assert!(f.line >= 1 && f.column >= 1, "{f:?}");
        assert!(
            f.line <= lines + 1,
            "line {} beyond the {lines} lines of the file: {f:?}",
            f.line
        );
    }
    run
}

fn has(run: &Run, code: &str) -> bool {
    run.codes().iter().any(|c| c == code)
}

#[test]
fn no_front_matter() {
    let run = hostile("# Een titel\n\nTekst zonder front matter.\n");
    assert!(has(&run, "front-matter-missing"));
}

#[test]
fn only_an_opening_fence() {
    assert!(has(&hostile("---\n"), "front-matter-unclosed"));
}

#[test]
fn unclosed_front_matter() {
    let run = hostile("---\nid: vijandig\ntitle: Open\n\n## Context\n\nTekst.\n");
    assert_eq!(run.one("front-matter-unclosed").at(), (1, 1));
}

#[test]
fn a_yaml_syntax_error_points_into_the_front_matter() {
    let run = hostile("---\nid: vijandig\ntitle: \"open\nstatus: draft\n---\n## Context\n");
    let d = run.one("yaml-syntax");
    assert!(
        (2..=5).contains(&d.line),
        "line {} is not in the front matter",
        d.line
    );
}

#[test]
fn an_unclosed_flow_list_points_into_the_front_matter() {
    let run = hostile("---\nid: vijandig\nthemes: [taalbeleid, onderwijs\nstatus: draft\n---\n");
    let d = run.one("yaml-syntax");
    assert!(
        (3..=5).contains(&d.line),
        "line {} is not in the front matter",
        d.line
    );
}

#[test]
fn tab_indentation_is_a_syntax_error_whose_help_mentions_the_tab() {
    let run = hostile("---\nid: vijandig\nperiod:\n\tstart: 2020\n\tlifecycle: lopend\n---\n");
    let d = run.one("yaml-syntax");
    assert_eq!(d.line, 4);
    assert!(d.help().contains("tab"), "help: {}", d.help());
}

#[test]
fn every_duplicate_key_is_reported() {
    let run = hostile(
        "---\nid: vijandig\ntitle: Een\ntitle: Twee\nstatus: draft\nid: vijandig\ntitle: Drie\n---\n",
    );
    let lines: Vec<usize> = run
        .all("yaml-duplicate-key")
        .iter()
        .map(|d| d.line)
        .collect();
    assert_eq!(lines, vec![4, 6, 7]);
}

#[test]
fn wrong_types_everywhere() {
    let run = hostile("---\nid: 12\ntitle: {a: b}\nstatus: [draft]\nmunicipalities: Gent\n---\n");
    assert!(run.all("wrong-type").len() >= 3, "{}", run.dump());
}

#[test]
fn a_boolean_status_is_a_finding() {
    assert!(
        !hostile("---\nid: vijandig\ntitle: Vijandig\nstatus: true\nmunicipalities: [Gent]\n---\n")
            .findings()
            .is_empty()
    );
}

#[test]
fn non_utf8_bytes_are_reported_at_the_bad_byte() {
    let mut bytes = b"---\nid: vijandig\ntitle: Vijandig\nsummary: caf".to_vec();
    bytes.extend_from_slice(&[0xC3, 0x28]); // an invalid two-byte sequence
    bytes.extend_from_slice(b"\n---\n");
    assert_eq!(hostile(&bytes).one("not-utf8").at(), (4, 13));
}

#[test]
fn utf16_is_not_utf8() {
    let bytes: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "---\nid: x\n---\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes),
        )
        .collect();
    assert_eq!(hostile(&bytes).one("not-utf8").at(), (1, 1));
}

#[test]
fn an_alias_bomb_is_a_yaml_limit() {
    let mut text = String::from(
        "---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
    for pair in names.windows(2) {
        let (prev, next) = (pair[0], pair[1]);
        let items = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{next}: &{next} [{items}]\n"));
    }
    text.push_str("---\n");
    assert!(has(&hostile(&text), "yaml-limit"));
}

#[test]
fn a_hundred_thousand_nested_brackets_are_a_finding() {
    let text = format!("---\nid: {}\n---\n", "[".repeat(100_000));
    hostile(&text);
}

#[test]
fn a_hundred_thousand_nested_braces_are_a_finding() {
    let text = format!("---\nid: {}\n---\n", "{a: ".repeat(100_000));
    hostile(&text);
}

#[test]
fn deep_block_nesting_is_a_finding() {
    let mut text = String::from("---\n");
    for depth in 0..500 {
        text.push_str(&format!("{}k{depth}:\n", " ".repeat(depth)));
    }
    text.push_str("---\n");
    assert!(has(&hostile(&text), "yaml-limit"));
}

#[test]
fn a_25_mb_file_is_too_large_and_not_parsed() {
    let mut text = draft("vijandig");
    text.push_str(&"Een zin zonder einde. ".repeat(25 * 1024 * 1024 / 22 + 1));
    let run = hostile(&text);
    assert_eq!(run.codes(), vec!["file-too-large"]);
    assert_eq!(run.one("file-too-large").at(), (1, 1));
}

#[test]
fn a_list_as_front_matter() {
    assert!(has(
        &hostile("---\n- id: vijandig\n- title: Lijst\n---\n"),
        "yaml-not-mapping"
    ));
}

#[test]
fn a_scalar_as_front_matter() {
    assert!(has(&hostile("---\n42\n---\n"), "yaml-not-mapping"));
}

#[test]
fn null_as_front_matter() {
    assert!(!hostile("---\n~\n---\n").findings().is_empty());
}

#[test]
fn a_second_yaml_document_inside_the_front_matter() {
    hostile("---\n%YAML 1.2\nid: vijandig\n...\n");
}

#[test]
fn complex_keys() {
    hostile("---\n? [a, b]\n: c\n? {x: y}\n: z\nid: vijandig\n---\n");
}

#[test]
fn merge_keys_and_anchors_on_keys() {
    hostile("---\nbasis: &b {status: draft}\n<<: *b\n&k id: vijandig\n*k : twee\n---\n");
}

#[test]
fn tags_and_binary_values() {
    hostile("---\nid: !!binary aGVsbG8=\ntitle: !onbekend Vijandig\nstatus: !!str draft\n---\n");
}

#[test]
fn huge_numbers() {
    hostile(
        "---\nid: vijandig\ntitle: Vijandig\nstatus: review\nmunicipalities: [99999999999999999999999999]\nreach: {count: 1e400, unit: x}\n---\n",
    );
}

#[test]
fn nul_and_control_characters() {
    hostile("---\nid: vij\0andig\ntitle: \u{1b}[31mrood\nstatus: draft\n---\n");
}

#[test]
fn a_one_megabyte_line() {
    hostile(format!(
        "---\nid: vijandig\ntitle: {}\nstatus: draft\nmunicipalities: [Gent]\n---\n",
        "x".repeat(1_000_000)
    ));
}

#[test]
fn old_mac_line_endings() {
    hostile("---\rid: vijandig\rtitle: Vijandig\r---\r");
}

#[test]
fn a_bom_only_file() {
    assert!(has(&hostile("\u{feff}"), "front-matter-missing"));
}

#[test]
fn a_hostile_body_does_not_stop_the_checks() {
    let body = format!(
        "{}\n{}\n{}\n",
        ">".repeat(50_000),
        "[".repeat(50_000),
        "- ".repeat(20_000)
    );
    let text = format!("{}{body}", remove_key(&draft("vijandig"), "municipalities"));
    let run = hostile(&text);
    assert!(has(&run, "missing-field"));
}

#[test]
fn one_bad_file_never_hides_the_others() {
    let c = Collection::new();
    c.practice("a-kapot", "---\ntitle: [\n---\n");
    c.practice(
        "b-kapot",
        &replace_line(
            &draft("b-kapot"),
            "municipalities:",
            "municipalities: [Gend]",
        ),
    );
    c.file("practices/c-kapot.md", [0xFF, 0xFE, 0x00]);
    c.practice("d-goed", &draft("d-goed"));
    let run = c.validate();
    run.assert_no_panic();
    assert_eq!(run.code, 1);
    let paths: std::collections::BTreeSet<String> =
        run.findings().into_iter().map(|f| f.path).collect();
    assert_eq!(
        paths.into_iter().collect::<Vec<_>>(),
        vec![
            "practices/a-kapot.md",
            "practices/b-kapot.md",
            "practices/c-kapot.md"
        ]
    );
    assert_eq!(run.json()["files"], 4);
}
