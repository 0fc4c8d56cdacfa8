//! `practice schema`, `practice completions` and `practice man`: the format reference stays in
//! sync with `schema/`, and the tool describes itself without a collection.

use crate::add_common;

use add_common::{Collection, repo};
use assert_cmd::Command;
use practice::i18n::Lang;
use practice::schema::Schema;
use predicates::prelude::*;

/// The committed copies of the reference, one per language.
const REFERENCES: [(Lang, &str); 2] = [
    (Lang::Nl, "docs/formaatbeschrijving.md"),
    (Lang::En, "docs/format-reference.md"),
];

#[test]
fn the_committed_format_references_match_the_schema() {
    let schema = Schema::load(&repo().join("schema")).unwrap();
    for (lang, file) in REFERENCES {
        let generated = practice::reference::markdown(&schema, lang);
        let path = repo().join(file);
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed == generated {
            continue;
        }
        // An explicit request from the developer to rewrite the committed copies.
        if std::env::var_os("UPDATE_REFERENCE").is_some() {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        panic!(
            "{file} differs from what `practice schema` generates from schema/.\n\
             Regenerate it with:\n    cargo run -q -- --lang {} schema > {file}\n\
             (or UPDATE_REFERENCE=1 cargo test --test cli schema_cmd) and commit it.",
            lang.code()
        );
    }
}

#[test]
fn the_reference_has_labels_levels_vocabularies_and_mergers() {
    let schema = Schema::load(&repo().join("schema")).unwrap();
    let md = practice::reference::markdown(&schema, Lang::En);
    for needle in [
        "| `title` | Titel | `draft` | text, at least 3 characters, at most 120 characters | 3 tot 120 tekens |",
        "| `assessment` | Beoordeling | `published` |",
        "| `period.lifecycle` |  | with `period` | one of `gepland`, `lopend`, `afgerond`, `stopgezet`, `structureel` |  |",
        "| `organisations[].type` |  | with `organisations` | id from vocabulary `actor_types` |  |",
        "| `themes` | Thema's | `review` | list of ids from vocabulary `themes`, at least one item |",
        "| `## Zelf aan de slag` | `published` |",
        "### Thema's (`themes`)",
        "| `oefenkansen-nederlands` | Oefenkansen Nederlands |",
        "| Borsbeek | `11007` | Antwerpen | `11002` |",
    ] {
        assert!(md.contains(needle), "{needle:?} not in the reference");
    }
}

#[test]
fn the_dutch_reference_speaks_dutch_with_the_same_ids() {
    let schema = Schema::load(&repo().join("schema")).unwrap();
    let md = practice::reference::markdown(&schema, Lang::Nl);
    for needle in [
        "# Formaatbeschrijving",
        "| `title` | Titel | `draft` | tekst, minstens 3 tekens, hoogstens 120 tekens | 3 tot 120 tekens |",
        "| `period.lifecycle` |  | samen met `period` | een van `gepland`, `lopend`, `afgerond`, `stopgezet`, `structureel` |  |",
        "| `themes` | Thema's | `review` | lijst van ids uit woordenlijst `themes`, minstens één element |",
        "| `## Zelf aan de slag` | `published` |",
        "| vroegere gemeente | vroegere NIS | sinds 2025 deel van | NIS |",
        "| Borsbeek | `11007` | Antwerpen | `11002` |",
    ] {
        assert!(md.contains(needle), "{needle:?} not in the Dutch reference");
    }
    for english in ["optional", "list of", "whole number", "at least", " or "] {
        assert!(
            !md.contains(english),
            "{english:?} left in the Dutch reference"
        );
    }
}

#[test]
fn schema_prints_the_reference_and_the_json_schema_path() {
    let c = Collection::new();
    let expected = practice::reference::markdown(&c.schema(), Lang::Nl);
    c.cmd(&["schema"]).assert().success().stdout(expected);
    let english = practice::reference::markdown(&c.schema(), Lang::En);
    c.cmd(&["--lang", "en", "schema"])
        .assert()
        .success()
        .stdout(english);
    let assert = c.cmd(&["schema", "--json-schema"]).assert().success();
    let stdout = String::from_utf8(assert.get_output().stdout.clone()).unwrap();
    let path = std::path::PathBuf::from(stdout.trim_end());
    assert_eq!(path, c.root().join("schema/practice.schema.json"));
    assert!(path.is_file());
}

/// `practice ARGS` in an empty folder, far from any collection.
fn outside(args: &[&str]) -> assert_cmd::assert::Assert {
    let empty = tempfile::tempdir().unwrap();
    Command::cargo_bin("practice")
        .unwrap()
        .current_dir(empty.path())
        .env_remove("PRACTICE_ROOT")
        .env_remove("PRACTICE_LANG")
        .args(args)
        .assert()
}

#[test]
fn completions_are_printed_for_every_shell_without_a_collection() {
    for (shell, marker) in [
        ("bash", "_practice()"),
        ("zsh", "#compdef practice"),
        ("fish", "complete -c practice"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        outside(&["completions", shell])
            .success()
            .stdout(predicate::str::contains(marker))
            .stdout(predicate::str::contains("no-input"));
    }
}

#[test]
fn the_man_page_is_generated_without_a_collection() {
    outside(&["man"])
        .success()
        .stdout(predicate::str::contains(".TH practice"))
        .stdout(predicate::str::contains("add"));
    let out = tempfile::tempdir().unwrap();
    outside(&["man", "--out", out.path().to_str().unwrap()])
        .success()
        .stdout(predicate::str::contains("practice-add.1"));
    assert!(out.path().join("practice.1").is_file());
    assert!(out.path().join("practice-schema.1").is_file());
}
