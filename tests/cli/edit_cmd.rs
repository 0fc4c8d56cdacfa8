//! `practice edit ID`: a scripted `$EDITOR` changes the practice; the result is checked, put
//! in place only when it passes (or when the editor chooses to keep it), and an edit is never
//! lost.

use crate::add_common;

use std::collections::VecDeque;
use std::path::{Path, PathBuf};

use add_common::{Collection, draft_text};
use practice::edit::{self, Choice, Editing, Outcome};

/// An editor script that runs `sed` on the file.
fn sed_editor(c: &Collection, name: &str, expression: &str) -> PathBuf {
    let script = c.root().join(name);
    std::fs::write(
        &script,
        format!("#!/bin/sh\nsed -i '{expression}' \"$1\"\n"),
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

fn collection() -> Collection {
    let c = Collection::new();
    c.write("gent-taalcafe.md", &draft_text("gent-taalcafe", "Taalcafé"));
    c
}

#[test]
fn a_valid_edit_is_saved() {
    let c = collection();
    let editor = sed_editor(&c, "ed.sh", "s/title: Taalcafé/title: Taalcafé in de bib/");
    c.cmd(&["edit", "gent-taalcafe"])
        .env("EDITOR", &editor)
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "Bewaard: practices/gent-taalcafe.md",
        ));
    assert!(
        c.read("gent-taalcafe.md")
            .contains("title: Taalcafé in de bib\n")
    );
    assert!(
        !c.root()
            .join(".practice/drafts/edit-gent-taalcafe.md")
            .exists()
    );
}

#[test]
fn visual_wins_over_editor_and_a_path_works_too() {
    let c = collection();
    let visual = sed_editor(&c, "visual.sh", "s/Taalcafé/Praatcafé/");
    let editor = sed_editor(&c, "editor.sh", "s/Taalcafé/Fout/");
    c.cmd(&["edit", "practices/gent-taalcafe.md"])
        .env("VISUAL", &visual)
        .env("EDITOR", &editor)
        .assert()
        .success();
    assert!(c.read("gent-taalcafe.md").contains("title: Praatcafé\n"));
}

#[test]
fn an_edit_with_errors_leaves_the_practice_and_keeps_the_edit_for_next_time() {
    let c = collection();
    let before = c.read("gent-taalcafe.md");
    let broken = sed_editor(&c, "broken.sh", "s/\"44021\"/Gend/");
    c.cmd(&["edit", "gent-taalcafe"])
        .env("EDITOR", &broken)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("Gemeenten (`municipalities`)"))
        .stderr(predicates::str::contains("geen Vlaamse gemeente"))
        .stderr(predicates::str::contains(
            "Uw wijzigingen zijn bewaard in .practice/drafts/edit-gent-taalcafe.md",
        ));
    assert_eq!(
        c.read("gent-taalcafe.md"),
        before,
        "the practice is untouched"
    );
    // The next edit starts from the waiting text, and fixing it puts it in place.
    let fix = sed_editor(&c, "fix.sh", "s/Gend/Gent/");
    c.cmd(&["edit", "gent-taalcafe"])
        .env("EDITOR", &fix)
        .assert()
        .success()
        .stderr(predicates::str::contains(
            "vorige, nog niet bewaarde wijzigingen",
        ));
    assert!(
        c.read("gent-taalcafe.md")
            .contains("municipalities: [Gent]")
    );
}

#[test]
fn an_unchanged_file_is_left_alone() {
    let c = collection();
    let noop = sed_editor(&c, "noop.sh", "s/nothing-here/x/");
    c.cmd(&["edit", "gent-taalcafe"])
        .env("EDITOR", &noop)
        .assert()
        .success()
        .stderr(predicates::str::contains("Niets gewijzigd"));
}

#[test]
fn a_near_miss_says_bedoelde_u() {
    let c = collection();
    let noop = sed_editor(&c, "noop.sh", "s/x/x/");
    c.cmd(&["edit", "gent-taalcaf"])
        .env("EDITOR", &noop)
        .assert()
        .code(2)
        .stderr(predicates::str::contains("Bedoelde u gent-taalcafe?"));
    c.cmd(&["edit", "iets-heel-anders"])
        .env("EDITOR", &noop)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "Er is geen praktijk „iets-heel-anders”",
        ));
}

/// Edits through the library with scripted texts and choices.
struct Scripted {
    texts: VecDeque<&'static str>,
    choices: VecDeque<Choice>,
    told: Vec<String>,
    opened_with: Vec<String>,
}

impl Editing for Scripted {
    fn open(&mut self, file: &Path) -> std::io::Result<()> {
        self.opened_with.push(std::fs::read_to_string(file)?);
        let text = self.texts.pop_front().expect("a text for each opening");
        std::fs::write(file, text)
    }
    fn tell(&mut self, lines: &[String]) {
        self.told.extend(lines.iter().cloned());
    }
    fn choose(&mut self) -> Option<Choice> {
        self.choices.pop_front()
    }
}

const BROKEN: &str =
    "---\nid: gent-taalcafe\ntitle: Taalcafé\nstatus: draft\nmunicipalities: [Gend]\n---\n";
const FIXED: &str =
    "---\nid: gent-taalcafe\ntitle: Taalcafé\nstatus: draft\nmunicipalities: [Gent]\n---\n";

fn run(c: &Collection, ui: &mut Scripted) -> Outcome {
    let path = edit::find(&c.root(), "gent-taalcafe").unwrap();
    edit::edit(
        &c.root(),
        &c.schema(),
        &path,
        jiff::civil::date(2026, 6, 1),
        ui,
    )
    .unwrap()
}

#[test]
fn reopen_starts_from_the_text_with_errors() {
    let c = collection();
    let mut ui = Scripted {
        texts: [BROKEN, FIXED].into(),
        choices: [Choice::Reopen].into(),
        told: Vec::new(),
        opened_with: Vec::new(),
    };
    assert!(matches!(run(&c, &mut ui), Outcome::Saved(_)));
    assert_eq!(ui.opened_with[1], BROKEN);
    assert_eq!(c.read("gent-taalcafe.md"), FIXED);
}

#[test]
fn keep_puts_the_text_in_place_with_its_errors_and_undo_restores() {
    let c = collection();
    let before = c.read("gent-taalcafe.md");
    let mut ui = Scripted {
        texts: [BROKEN].into(),
        choices: [Choice::Undo].into(),
        told: Vec::new(),
        opened_with: Vec::new(),
    };
    assert_eq!(run(&c, &mut ui), Outcome::Undone);
    assert_eq!(c.read("gent-taalcafe.md"), before);
    assert!(!edit::copy_of(&c.root(), &c.root().join("practices/gent-taalcafe.md")).exists());
    let mut ui = Scripted {
        texts: [BROKEN].into(),
        choices: [Choice::Keep].into(),
        told: Vec::new(),
        opened_with: Vec::new(),
    };
    assert!(matches!(run(&c, &mut ui), Outcome::KeptWithErrors(_)));
    assert_eq!(c.read("gent-taalcafe.md"), BROKEN);
}

#[test]
fn a_practice_changed_meanwhile_is_not_overwritten() {
    let c = collection();
    struct Pull(PathBuf);
    impl Editing for Pull {
        fn open(&mut self, file: &Path) -> std::io::Result<()> {
            // Someone else changes the practice while the editor is open.
            std::fs::write(&self.0, FIXED.replace("Taalcafé", "Anders"))?;
            std::fs::write(file, FIXED)
        }
        fn tell(&mut self, _: &[String]) {}
        fn choose(&mut self) -> Option<Choice> {
            None
        }
    }
    let path = c.root().join("practices/gent-taalcafe.md");
    let outcome = edit::edit(
        &c.root(),
        &c.schema(),
        &path,
        jiff::civil::date(2026, 6, 1),
        &mut Pull(path.clone()),
    )
    .unwrap();
    assert!(matches!(outcome, Outcome::Conflict { .. }), "{outcome:?}");
    assert!(c.read("gent-taalcafe.md").contains("Anders"));
    assert_eq!(
        std::fs::read_to_string(edit::copy_of(&c.root(), &path)).unwrap(),
        FIXED
    );
}
