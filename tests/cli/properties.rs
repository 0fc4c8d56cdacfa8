//! Properties over generated input, run in-process for speed: whatever the bytes of a practice
//! file, loading and checking it returns (never panics), and every finding points at a line of
//! the file. Valid practices stay valid under line-ending changes, and broken ones keep their
//! findings in place.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use practice::check::{self, Context};
use practice::diagnostic::Diagnostic;
use practice::schema::Schema;
use proptest::prelude::*;

use common::*;

/// The real schema, loaded once.
fn schema() -> &'static Schema {
    static SCHEMA: OnceLock<Schema> = OnceLock::new();
    SCHEMA.get_or_init(|| Schema::load(&repo_schema()).expect("the repository schema loads"))
}

/// A folder for the generated files, kept for the whole run.
fn scratch() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("practices")).unwrap();
        dir
    })
    .path()
}

/// Loads and checks `bytes` as the practice `practices/gent-taalcafe.md`, the way `validate` does
/// for one file; returns every finding.
fn check_bytes(bytes: &[u8]) -> Vec<Diagnostic> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static NEXT: AtomicUsize = AtomicUsize::new(0);
    // A folder per case: proptest may run cases of several tests in parallel.
    let dir: PathBuf = scratch()
        .join("practices")
        .join(NEXT.fetch_add(1, Ordering::Relaxed).to_string());
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("gent-taalcafe.md");
    std::fs::write(&path, bytes).unwrap();
    let schema = schema();
    let (doc, mut found) = practice::practice::load(
        &path,
        "practices/gent-taalcafe.md",
        schema.rules.max_file_bytes,
    );
    let cx = Context::new(schema, scratch(), jiff::ZonedDateTime::now().date()).unwrap();
    found.extend(check::document(&doc, &cx));
    found.extend(check::collection(&[check::Summary::of(&doc)], schema));
    std::fs::remove_dir_all(&dir).unwrap();
    found
}

/// Fails when a finding points outside the file.
fn assert_within(bytes: &[u8], found: &[Diagnostic]) -> Result<(), TestCaseError> {
    let text = String::from_utf8_lossy(bytes);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let lines = text.split('\n').count();
    for d in found {
        prop_assert!(d.line >= 1 && d.column >= 1, "{d:?}");
        prop_assert!(
            d.line <= lines,
            "line {} of a file of {lines} lines: {d:?}",
            d.line
        );
    }
    Ok(())
}

fn positions(found: &[Diagnostic]) -> Vec<(&'static str, usize, usize)> {
    let mut at: Vec<_> = found.iter().map(|d| (d.code, d.line, d.column)).collect();
    at.sort();
    at
}

/// Text made of the characters that matter to YAML and Markdown.
fn yamlish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "-",
        ":",
        ": ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a",
        "*a",
        "!",
        "!!str",
        "|",
        ">",
        "'",
        "\"",
        "\n",
        "\r\n",
        " ",
        "  ",
        "\t",
        "#",
        "?",
        "%",
        "@",
        "`",
        "id",
        "title",
        "status",
        "themes",
        "period",
        "start",
        "2023",
        "2023-02-30",
        "Gent",
        "draft",
        "review",
        "published",
        "~",
        "null",
        "é",
        "🎉",
        "---",
        "...",
        "## Context",
        "[x](y.md)",
        "\u{feff}",
        "\0",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|p| p.concat())
}

/// A valid practice at any status.
fn valid_practice() -> impl Strategy<Value = String> {
    prop::sample::select(vec!["draft", "review", "archived", "published"]).prop_map(|status| {
        match status {
            "draft" => draft("gent-taalcafe"),
            "published" => published("gent-taalcafe"),
            s => at_status("gent-taalcafe", s),
        }
    })
}

#[derive(Debug, Clone)]
enum Mutation {
    DeleteLine(usize),
    DuplicateLine(usize),
    Insert(usize, String),
    Truncate(usize),
    SwapLines(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<usize>().prop_map(Mutation::DeleteLine),
        any::<usize>().prop_map(Mutation::DuplicateLine),
        (any::<usize>(), "[ -~\\t\\n\\r:\\[\\]{}é\u{feff}]{1,8}")
            .prop_map(|(at, s)| Mutation::Insert(at, s)),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Mutation::SwapLines(a, b)),
    ]
}

fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn apply(text: &str, m: &Mutation) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    let n = lines.len();
    let line_op = matches!(
        m,
        Mutation::DeleteLine(_) | Mutation::DuplicateLine(_) | Mutation::SwapLines(..)
    );
    if n == 0 && line_op {
        return text.to_owned();
    }
    match m {
        Mutation::DeleteLine(i) => {
            lines.remove(i % n);
            lines.concat()
        }
        Mutation::DuplicateLine(i) => {
            let line = lines[i % n];
            lines.insert(i % n, line);
            lines.concat()
        }
        Mutation::Insert(at, s) => {
            let at = floor_char_boundary(text, at % (text.len() + 1));
            format!("{}{s}{}", &text[..at], &text[at..])
        }
        Mutation::Truncate(at) => {
            text[..floor_char_boundary(text, at % (text.len() + 1))].to_owned()
        }
        Mutation::SwapLines(a, b) => {
            lines.swap(a % n, b % n);
            lines.concat()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic_and_findings_stay_in_the_file(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let found = check_bytes(&bytes);
        assert_within(&bytes, &found)?;
    }

    #[test]
    fn arbitrary_front_matter_never_panics_and_findings_stay_in_the_file(front in yamlish(), body in yamlish()) {
        let text = format!("---\n{front}\n---\n{body}");
        let found = check_bytes(text.as_bytes());
        assert_within(text.as_bytes(), &found)?;
    }

    #[test]
    fn arbitrary_yaml_never_panics_the_parser(text in yamlish(), first_line in 1usize..10_000) {
        let parsed = practice::yaml::parse(&text, first_line);
        for p in &parsed.problems {
            prop_assert!(p.pos.line >= first_line, "{p:?}");
        }
    }

    #[test]
    fn mutated_valid_practices_never_panic_and_findings_stay_in_the_file(
        text in valid_practice(),
        mutations in prop::collection::vec(mutation(), 1..4),
    ) {
        let text = mutations.iter().fold(text, |t, m| apply(&t, m));
        let found = check_bytes(text.as_bytes());
        assert_within(text.as_bytes(), &found)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn valid_practices_stay_valid_with_crlf_and_a_bom(text in valid_practice(), bom in any::<bool>()) {
        let mut bytes = if bom { "\u{feff}".as_bytes().to_vec() } else { Vec::new() };
        bytes.extend_from_slice(text.replace('\n', "\r\n").as_bytes());
        let found = check_bytes(&bytes);
        prop_assert!(found.is_empty(), "{found:#?}");
    }

    #[test]
    fn crlf_and_a_bom_do_not_move_findings_of_mutated_practices(
        text in valid_practice(),
        mutations in prop::collection::vec(mutation(), 1..3),
    ) {
        let text = mutations.iter().fold(text, |t, m| apply(&t, m)).replace(['\r', '\u{feff}'], "");
        let lf = check_bytes(text.as_bytes());
        let crlf = check_bytes(format!("\u{feff}{}", text.replace('\n', "\r\n")).as_bytes());
        prop_assert_eq!(positions(&lf), positions(&crlf), "text:\n{}", text);
    }
}
