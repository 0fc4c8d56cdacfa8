//! `practice add --edit`: the editor's work is validated again and never thrown away.

use crate::add_common;

use std::path::{Path, PathBuf};

use add_common::Collection;
use predicates::prelude::*;

/// An editor that appends `text` to the file it is given.
fn appending_editor(c: &Collection, text: &str) -> PathBuf {
    let script = c.root().join("editor.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncat >> \"$1\" <<'END'\n{text}\nEND\n"),
    )
    .unwrap();
    make_executable(&script);
    script
}

#[cfg(unix)]
fn make_executable(path: &Path) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

const ADD: &[&str] = &[
    "add",
    "--no-input",
    "--edit",
    "--title",
    "Taalcafé",
    "--municipality",
    "Gent",
];

#[test]
fn findings_after_editing_are_reported_and_the_work_is_kept() {
    let c = Collection::new();
    let editor = appending_editor(&c, "\nZie ook [het verslag](verslag.md).");
    c.cmd(ADD)
        .env("EDITOR", &editor)
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "Aangemaakt: practices/gent-taalcafe.md",
        ))
        .stdout(predicate::str::contains(
            "de link naar `verslag.md` leidt nergens heen",
        ));
    assert!(
        c.read("gent-taalcafe.md")
            .contains("Zie ook [het verslag](verslag.md).")
    );
}

#[test]
fn a_clean_edit_ends_with_success() {
    let c = Collection::new();
    let editor = appending_editor(&c, "Elke week een taalcafé in de bibliotheek.");
    c.cmd(ADD)
        .env("VISUAL", &editor)
        .assert()
        .success()
        .stdout(predicate::str::contains("0 fouten"));
    assert!(
        c.read("gent-taalcafe.md")
            .ends_with("Elke week een taalcafé in de bibliotheek.\n")
    );
}

#[test]
fn edit_without_an_editor_fails_before_writing() {
    let c = Collection::new();
    c.cmd(ADD)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("$EDITOR"));
    assert!(c.entries().is_empty());
}
