//! `add` reaches any status from the prompts: it asks the status (draft by default), then
//! what that status needs, and the body in the editor on the template, or section by section
//! when no editor is set. `--status review --edit` works without `--body`.

use crate::add_common;

use std::path::{Path, PathBuf};

use add_common::{Answer, Collection, Script, review_body};
use practice::add::session::Session;
use practice::add::{self, AddError, Draft};

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

fn run(
    c: &Collection,
    script: &mut Script,
    draft: &mut Draft,
) -> (Result<add::Plan, AddError>, Vec<String>) {
    let schema = c.schema();
    let mut told = Vec::new();
    let mut tell = |lines: &[String]| told.extend(lines.iter().cloned());
    let result = add::ask_and_write(
        script,
        &schema,
        &c.root(),
        draft,
        today(),
        &mut |_| {},
        &mut tell,
    );
    (result, told)
}

/// Answers of everything review needs after the status, in the order asked.
fn review_answers() -> Vec<(&'static str, Answer)> {
    vec![
        ("title", Answer::Type("Buddywerking voor nieuwkomers")),
        (
            "municipalities",
            Answer::Type("Beveren-Kruibeke-Zwijndrecht"),
        ),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&["netwerk-buddy"])),
        ("target_groups", Answer::Pick(&["anderstalige-nieuwkomers"])),
        (
            "organisations.name",
            Answer::Type("Gemeente Beveren-Kruibeke-Zwijndrecht"),
        ),
        ("organisations.type", Answer::Keep),
        ("period.start", Answer::Type("2022-09")),
        ("period.lifecycle", Answer::Keep),
        (
            "summary",
            Answer::Type("Vrijwilligers begeleiden nieuwkomers een jaar lang in hun buurt."),
        ),
        ("scope", Answer::Keep),
        ("evidence.level", Answer::Keep),
        ("reach.count", Answer::Type("25")),
        ("reach.unit", Answer::Type("duo's")),
        (
            "deployability.prerequisites",
            Answer::Type("een coördinator en vrijwilligers"),
        ),
        ("contact.organisation", Answer::Type("")),
        ("contact.email", Answer::Type("")),
    ]
}

#[test]
fn the_status_is_asked_and_a_review_body_is_written_in_the_editor() {
    let c = Collection::new();
    let mut answers = vec![("status", Answer::Pick(&["review"]))];
    answers.extend(review_answers());
    answers.push(("body", Answer::WriteText(review_body())));
    let mut script = Script::new(answers);
    let (result, told) = run(&c, &mut script, &mut Draft::default());
    let plan = result.unwrap();
    assert!(script.finished(), "asked {:?}", script.keys());
    assert!(told.is_empty(), "{told:?}");
    assert!(plan.text.contains("status: review\n"), "{}", plan.text);
    assert!(
        script.shown[0].contains("## Context\n\n<!-- Wat hier hoort"),
        "the template is shown"
    );
    let status = &script.asked[0];
    assert_eq!(status.key, "status");
    assert_eq!(status.label, "Status");
}

#[test]
fn a_draft_is_the_default_and_asks_no_body() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Taalcafé")),
        ("municipalities", Answer::Type("Gent")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
    ]);
    let (result, _) = run(&c, &mut script, &mut Draft::default());
    assert!(result.unwrap().text.contains("status: draft\n"));
    assert!(script.finished());
}

#[test]
fn without_an_editor_a_published_body_is_asked_section_by_section() {
    let c = Collection::new();
    let words = "Vrijwilligers en nieuwkomers spreken elke week af in de buurt en oefenen zo samen Nederlands in het dagelijkse leven.";
    let mut answers = vec![("status", Answer::Pick(&["published"]))];
    answers.extend(review_answers());
    // The assessment comes before the contact.
    let contact = answers.split_off(answers.len() - 2);
    answers.extend([
        ("assessment.by", Answer::Type("")),
        ("assessment.on", Answer::Type("2026-05-15")),
        ("assessment.proven", Answer::Keep),
        ("assessment.deployable", Answer::Keep),
        ("assessment.reach", Answer::Keep),
    ]);
    answers.extend(contact);
    answers.extend([
        ("body", Answer::NoEditor),
        ("body.Context", Answer::Type("te kort")),
        ("body.Context", Answer::Type(words)),
        ("body.Doelen", Answer::Type(words)),
        ("body.Aanpak", Answer::Type(words)),
        ("body.Resultaten", Answer::Type(words)),
        ("body.Succesfactoren", Answer::Type("")),
        ("body.Uitdagingen", Answer::Type("")),
        ("body.Zelf aan de slag", Answer::Type(words)),
        ("body.Meer weten", Answer::Type("")),
    ]);
    let mut script = Script::new(answers);
    let (result, told) = run(&c, &mut script, &mut Draft::default());
    let plan = result.unwrap();
    assert!(told.is_empty(), "{told:?}");
    assert!(script.finished(), "asked {:?}", script.keys());
    assert_eq!(script.refused.len(), 1);
    assert!(
        script.refused[0].1.contains("minstens 15"),
        "{:?}",
        script.refused
    );
    assert!(plan.text.contains("status: published\n"));
    assert!(
        plan.text.contains("## Zelf aan de slag\n\nVrijwilligers"),
        "{}",
        plan.text
    );
    assert!(
        !plan.text.contains("## Succesfactoren"),
        "skipped sections are left out"
    );
}

#[test]
fn a_body_that_fails_the_check_reopens_with_what_was_written() {
    let c = Collection::new();
    let short = "## Context\n\nKort.\n\n## Doelen\n\nOok kort.\n";
    let mut answers = vec![("status", Answer::Pick(&["review"]))];
    answers.extend(review_answers());
    answers.extend([
        ("body", Answer::Write(short)),
        ("body.reopen", Answer::Confirm(true)),
        ("body", Answer::WriteText(review_body())),
    ]);
    let mut script = Script::new(answers);
    let (result, told) = run(&c, &mut script, &mut Draft::default());
    result.unwrap();
    assert!(script.finished(), "asked {:?}", script.keys());
    assert_eq!(
        script.shown[1], short,
        "the editor starts from the text written before"
    );
    let told = told.join("\n");
    assert!(told.contains("Sectie `Context`"), "{told}");
    assert!(told.contains("te weinig woorden"), "{told}");
}

fn editor_writing(c: &Collection, body: &str) -> PathBuf {
    let script = c.root().join("editor.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\ncat > \"$1\" <<'END'\n{body}\nEND\n"),
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

const REVIEW: &[&str] = &[
    "add",
    "--no-input",
    "--status",
    "review",
    "--edit",
    "--title",
    "Buddywerking",
    "--municipality",
    "Beveren-Kruibeke-Zwijndrecht",
    "--summary",
    "Vrijwilligers begeleiden nieuwkomers een jaar lang in hun buurt.",
    "--scope",
    "lokaal",
    "--theme",
    "netwerk-buddy",
    "--target-group",
    "anderstalige-nieuwkomers",
    "--owner",
    "Gemeente Beveren-Kruibeke-Zwijndrecht",
    "--owner-type",
    "lokaal-bestuur",
    "--start",
    "2022",
    "--lifecycle",
    "lopend",
    "--evidence",
    "beschreven",
    "--reach",
    "25",
    "--reach-unit",
    "duo's",
    "--prerequisites",
    "een coördinator",
    "--contact",
    "Gemeente BKZ",
];

#[test]
fn status_review_with_edit_needs_no_body_file() {
    let c = Collection::new();
    let editor = editor_writing(&c, &review_body());
    c.cmd(REVIEW)
        .env("EDITOR", &editor)
        .assert()
        .success()
        .stdout(predicates::str::contains("Aangemaakt: practices/"));
    let name = c
        .entries()
        .into_iter()
        .find(|e| e.ends_with(".md"))
        .unwrap();
    let text = c.read(&name);
    assert!(text.contains("status: review\n"));
    assert!(text.contains("## Resultaten\n\nDeze sectie"), "{text}");
    assert!(Session::list(&c.root()).unwrap().is_empty());
}

#[test]
fn a_short_body_from_the_editor_is_kept_for_resume() {
    let c = Collection::new();
    let editor = editor_writing(&c, "## Context\n\nTe kort.");
    c.cmd(REVIEW)
        .env("EDITOR", &editor)
        .assert()
        .code(1)
        .stderr(predicates::str::contains("Sectie `Context`"))
        .stderr(predicates::str::contains("practice add --resume"));
    assert!(c.entries().is_empty(), "nothing in practices/");
    let sessions = Session::list(&c.root()).unwrap();
    let saved = sessions[0].load().unwrap();
    assert!(saved.body_unfinished.unwrap().contains("Te kort."));
    assert_eq!(saved.status.as_deref(), Some("review"));
}
