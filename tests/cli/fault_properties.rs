//! Properties over whole generated collections and damaged index files, through the binary as a
//! user runs it: whatever the practices hold (escape sequences, odd file names, long lines of
//! links, stray bytes) and whatever bytes of the index change, no command panics, machine
//! formats stay parseable, nothing reaches the terminal raw, and a damaged index answers like a
//! fresh one.

use crate::common;

use std::os::unix::ffi::OsStrExt;
use std::path::Path;

use common::{Collection, Run};
use proptest::prelude::*;

/// Hostile pieces a contributor may put in a title or body.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\u{1b}[2J\u{1b}[H".to_owned()),
        Just("\u{1b}]0;pwned\u{7}".to_owned()),
        Just("\u{1b}]8;;https://evil.example\u{1b}\\klik\u{1b}]8;;\u{1b}\\".to_owned()),
        Just("\u{9b}31m".to_owned()),
        Just("\u{202e}gnirts".to_owned()),
        Just("[a](b) ".repeat(2000)),
        Just("![x](../../etc/passwd) <img src=\"//evil.example/p.png\">".to_owned()),
        Just("taalcafé buddy's praattafels".to_owned()),
        Just("\u{feff}\r\n\u{0}".to_owned()),
        "[a-zA-Z ]{0,40}",
    ]
}

/// File names a collection may hold, odd ones included.
fn name() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        "[a-z]{3,8}-[a-z]{3,8}".prop_map(String::into_bytes),
        Just(b"met spatie".to_vec()),
        Just(b"hash#pct%q?".to_vec()),
        Just("caf\u{e9}-\u{1b}[31m".as_bytes().to_vec()),
        Just(b"caf\xe9-latin1".to_vec()),
        Just(b"con".to_vec()),
    ]
}

fn practice_text(id: &str, title: &str, body: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: \"{}\"\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n## Context\n\n{body}\n",
        title.replace(['"', '\\'], "")
    )
}

fn write_collection(c: &Collection, files: &[(Vec<u8>, String, String)]) {
    for (name, title, body) in files {
        let id = String::from_utf8_lossy(name).into_owned();
        let mut file = name.clone();
        file.extend_from_slice(b".md");
        let path = c.practices().join(std::ffi::OsStr::from_bytes(&file));
        std::fs::write(path, practice_text(&id, title, body)).unwrap();
    }
}

fn assert_sound(run: &Run, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        matches!(run.code, 0..=2),
        "{what}: exit {} {}",
        run.code,
        run.stderr
    );
    prop_assert!(!run.stderr.contains("panicked"), "{what}: {}", run.stderr);
    prop_assert!(
        !run.stdout.contains('\u{1b}') && !run.stderr.contains('\u{1b}'),
        "{what}: an escape sequence reached the terminal"
    );
    Ok(())
}

fn run(c: &Collection, args: &[&str]) -> Run {
    let mut all = vec!["--color", "never"];
    all.extend_from_slice(args);
    c.run(&all)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    #[test]
    fn hostile_collections_never_panic_or_reach_the_terminal_raw(
        files in prop::collection::vec((name(), hostile(), hostile()), 1..4)
    ) {
        let c = Collection::new();
        write_collection(&c, &files);
        for format in ["human", "json", "sarif", "junit", "github"] {
            let out = run(&c, &["validate", "--format", format]);
            assert_sound(&out, &format!("validate --format {format}"))?;
            match format {
                "json" | "sarif" => prop_assert!(
                    serde_json::from_str::<serde_json::Value>(&out.stdout).is_ok(),
                    "{format} is not JSON"
                ),
                "junit" => prop_assert!(
                    roxmltree::Document::parse(&out.stdout).is_ok(),
                    "junit is not XML: {}",
                    out.stdout
                ),
                _ => {}
            }
        }
        for args in [
            &["list"][..],
            &["list", "--format", "json"],
            &["list", "--format", "csv"],
            &["search", "taal buddy"],
            &["search", "--format", "json", "xylofoon praattafel"],
            &["stats"],
        ] {
            assert_sound(&run(&c, args), &args.join(" "))?;
        }
        let out_dir = tempfile::tempdir().unwrap();
        let bundle = out_dir.path().join("b.zip");
        let export = run(
            &c,
            &["export", "--status", "draft", "--out", bundle.to_str().unwrap()],
        );
        assert_sound(&export, "export")?;
    }
}

/// The engine files of the index of `root`.
fn engine_files(root: &Path) -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = walkdir::WalkDir::new(root.join(".practice/index/tantivy"))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && e.file_name() != ".tantivy-meta.lock")
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

fn hit_ids(run: &Run) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap_or_default();
    json["hits"]
        .as_array()
        .map(|hits| {
            hits.iter()
                .filter_map(|h| h["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn a_damaged_index_answers_like_a_fresh_one(pick in any::<u64>(), at in any::<u64>(), flip in 1u8..=255) {
        let c = Collection::new();
        for (id, body) in [
            ("gent-taalcafe", "Een taalcafé waar buddy's Nederlands oefenen."),
            ("gent-burenruzie", "Bemiddeling bij burenruzies in de wijk."),
            ("gent-onthaal", "Een onthaalmap voor nieuwkomers."),
        ] {
            c.practice(id, &practice_text(id, id, body));
        }
        let query = ["search", "--format", "json", "--facets", "taal OR buren OR onthaal"];
        let fresh = run(&c, &query);
        prop_assert_eq!(fresh.code, 0, "{}", fresh.stderr);
        let files = engine_files(c.root());
        prop_assume!(!files.is_empty());
        let file = &files[(pick % files.len() as u64) as usize];
        let mut bytes = std::fs::read(file).unwrap();
        prop_assume!(!bytes.is_empty());
        let i = (at % bytes.len() as u64) as usize;
        bytes[i] ^= flip;
        std::fs::write(file, &bytes).unwrap();
        for args in [&query[..], &["similar", "gent-taalcafe"], &["index"]] {
            let out = run(&c, args);
            assert_sound(&out, &args.join(" "))?;
        }
        let again = run(&c, &query);
        prop_assert_eq!(again.code, 0, "{}", again.stderr);
        let (mut a, mut b) = (hit_ids(&fresh), hit_ids(&again));
        a.sort();
        b.sort();
        prop_assert_eq!(a, b);
    }
}
