//! Every answer of `add` is checked when it is given, with the rules of `validate`; a final
//! check that still fails asks again only the fields at fault; answers are kept in a session
//! outside `practices/` and `add --resume` continues it.

use crate::add_common;

use add_common::{Answer, Collection, Script, review_body};
use practice::add::session::Session;
use practice::add::{self, AddError, Draft};

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

/// Runs the whole interactive `add` with the script; returns the plan, and what the flow told.
fn run(
    c: &Collection,
    script: &mut Script,
    draft: &mut Draft,
    keep: &mut dyn FnMut(&Draft),
) -> (Result<add::Plan, AddError>, Vec<String>) {
    let schema = c.schema();
    let mut told = Vec::new();
    let mut tell = |lines: &[String]| told.extend(lines.iter().cloned());
    let result = add::ask_and_write(script, &schema, &c.root(), draft, today(), keep, &mut tell);
    (result, told)
}

/// A review practice with everything given except the evidence sources.
fn review_without_sources() -> Draft {
    Draft {
        status: Some("review".into()),
        id: Some("beveren-buddywerking".into()),
        title: Some("Buddywerking voor nieuwkomers".into()),
        municipalities: vec!["Beveren-Kruibeke-Zwijndrecht".into()],
        themes: vec!["netwerk-buddy".into()],
        target_groups: vec!["anderstalige-nieuwkomers".into()],
        owner: Some("Gemeente Beveren-Kruibeke-Zwijndrecht".into()),
        owner_type: Some("lokaal-bestuur".into()),
        start: Some("2022".into()),
        lifecycle: Some("lopend".into()),
        summary: Some("Vrijwilligers begeleiden nieuwkomers een jaar lang in hun buurt.".into()),
        scope: Some("lokaal".into()),
        evidence: Some("output-gemeten".into()),
        reach: Some("25".into()),
        reach_unit: Some("duo's".into()),
        prerequisites: Some("een coördinator".into()),
        contact: Some("Gemeente Beveren-Kruibeke-Zwijndrecht".into()),
        body: Some(review_body()),
        ..Draft::default()
    }
}

#[test]
fn a_web_address_without_https_or_a_missing_attachment_is_refused_when_typed() {
    let c = Collection::new();
    c.write("beveren-buddywerking/evaluatie.pdf", "%PDF-1.4\n");
    let mut script = Script::new(vec![
        ("evidence.sources", Answer::Type("www.beveren.be/buddy")),
        ("evidence.sources", Answer::Type("verslag.pdf")),
        (
            "evidence.sources",
            Answer::Type("https://www.beveren.be/buddy"),
        ),
        (
            "evidence.sources",
            Answer::Type("beveren-buddywerking/evaluatie.pdf"),
        ),
        ("evidence.sources", Answer::Type("")),
    ]);
    let mut draft = review_without_sources();
    let (result, told) = run(&c, &mut script, &mut draft, &mut |_| {});
    let plan = result.unwrap();
    assert!(script.finished(), "asked {:?}", script.keys());
    assert!(told.is_empty(), "the final check found nothing: {told:?}");
    let refused = &script.refused;
    assert_eq!(refused.len(), 2, "{refused:?}");
    assert!(
        refused[0].1.contains("begint met https://")
            && refused[0].1.contains("https://www.beveren.be/buddy"),
        "{refused:?}"
    );
    assert!(
        refused[1].1.contains("practices/beveren-buddywerking/"),
        "{refused:?}"
    );
    assert!(
        plan.text.contains(
            "sources: [\"https://www.beveren.be/buddy\", beveren-buddywerking/evaluatie.pdf]"
        ),
        "{}",
        plan.text
    );
}

#[test]
fn a_web_address_without_https_is_refused_as_a_flag_too() {
    let c = Collection::new();
    c.cmd(&[
        "add",
        "--no-input",
        "--title",
        "Taalcafé",
        "--municipality",
        "Gent",
        "--evidence",
        "output-gemeten",
        "--source",
        "www.gent.be/taalcafe",
        "--email",
        "info@gent",
        "--owner",
        "Stad Gent",
        "--owner-type",
        "lokaal-bestuur",
    ])
    .assert()
    .code(2)
    .stderr(predicates::str::contains(
        "bedoelt u `https://www.gent.be/taalcafe`?",
    ))
    .stderr(predicates::str::contains(
        "--email `info@gent`: geen e-mailadres",
    ));
    assert!(c.entries().is_empty());
}

#[test]
fn an_email_address_is_checked_when_typed() {
    let c = Collection::new();
    let mut draft = review_without_sources();
    draft.evidence = Some("beschreven".into());
    draft.contact = None;
    let mut script = Script::new(vec![
        ("contact.organisation", Answer::Type("")),
        ("contact.email", Answer::Type("integratie(at)beveren.be")),
        ("contact.email", Answer::Type("integratie@bkz.be")),
    ]);
    let (result, _) = run(&c, &mut script, &mut draft, &mut |_| {});
    result.unwrap();
    assert_eq!(script.refused.len(), 1);
    assert!(
        script.refused[0].1.contains("geen e-mailadres"),
        "{:?}",
        script.refused
    );
}

#[test]
fn a_failing_final_check_asks_again_only_the_fields_at_fault() {
    let c = Collection::new();
    // Each answer passes on its own; together the end lies before the start.
    let mut draft = Draft {
        title: Some("Taalcafé".into()),
        municipalities: vec!["Gent".into()],
        id: Some("gent-taalcafe".into()),
        themes: vec!["oefenkansen-nederlands".into()],
        target_groups: vec!["anderstalige-nieuwkomers".into()],
        owner: Some("Stad Gent".into()),
        owner_type: Some("lokaal-bestuur".into()),
        start: Some("2024".into()),
        end: Some("2021".into()),
        lifecycle: Some("afgerond".into()),
        summary: Some("Wekelijks taalcafé in de bibliotheek voor anderstaligen.".into()),
        ..Draft::default()
    };
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("period.start", Answer::Type("2019")),
        ("period.lifecycle", Answer::Pick(&["lopend"])),
    ]);
    let (result, told) = run(&c, &mut script, &mut draft, &mut |_| {});
    let plan = result.unwrap();
    assert!(script.finished(), "asked {:?}", script.keys());
    assert_eq!(
        script.keys(),
        ["status", "period.start", "period.lifecycle"]
    );
    let told = told.join("\n");
    assert!(told.contains("Periode (`period`)"), "{told}");
    assert!(told.contains("einddatum ligt vóór de startdatum"), "{told}");
    assert!(
        told.contains("uw andere antwoorden blijven staan"),
        "{told}"
    );
    assert!(plan.text.contains("title: Taalcafé\n"));
    assert!(
        plan.text
            .contains("period: {start: \"2019\", lifecycle: lopend}"),
        "{}",
        plan.text
    );
}

#[test]
fn an_id_another_file_claims_is_asked_again_not_thrown_away() {
    let c = Collection::new();
    // Named otherwise, but claiming the id: only the whole collection shows the clash.
    c.write(
        "oud.md",
        "---\nid: gent-taalcafe\ntitle: Oud\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n",
    );
    let mut draft = Draft {
        title: Some("Taalcafé".into()),
        municipalities: vec!["Gent".into()],
        id: Some("gent-taalcafe".into()),
        ..Draft::default()
    };
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
        ("id", Answer::Type("gent-taalcafe-bib")),
    ]);
    // The skipped questions are not asked twice: only the id is.
    let (result, told) = run(&c, &mut script, &mut draft, &mut |_| {});
    let plan = result.unwrap();
    assert_eq!(plan.id, "gent-taalcafe-bib");
    assert!(told.join("\n").contains("Id (`id`)"), "{told:?}");
    assert!(script.finished());
}

#[test]
fn every_answer_is_kept_and_a_stopped_session_continues_where_it_stopped() {
    let c = Collection::new();
    let session = Session::new(
        &c.root(),
        &jiff::civil::date(2026, 6, 1)
            .at(9, 30, 0, 0)
            .in_tz("UTC")
            .unwrap(),
    );
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Taalcafé")),
        ("municipalities", Answer::Type("Gent")),
        ("municipalities", Answer::Type("Merelbeke-Melle")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Cancel),
    ]);
    let mut draft = Draft::default();
    let mut keep = |d: &Draft| session.save(d).unwrap();
    let (result, _) = run(&c, &mut script, &mut draft, &mut keep);
    assert!(matches!(result, Err(AddError::Cancelled)), "{result:?}");
    assert!(c.entries().is_empty(), "nothing in practices/");
    assert!(session.path.starts_with(c.root().join(".practice/drafts")));
    let mut saved = Session::find(&c.root(), None).unwrap().load().unwrap();
    assert_eq!(saved.title.as_deref(), Some("Taalcafé"));
    assert_eq!(saved.municipalities.len(), 2, "{saved:?}");

    let mut script = Script::new(vec![
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
    ]);
    let (result, _) = run(&c, &mut script, &mut saved, &mut keep);
    assert_eq!(result.unwrap().id, "gent-taalcafe");
    assert!(script.finished(), "asked {:?}", script.keys());
}

#[test]
fn add_resume_writes_the_saved_answers_and_removes_the_session() {
    let c = Collection::new();
    let session = Session::new(
        &c.root(),
        &jiff::civil::date(2026, 6, 1)
            .at(9, 30, 0, 0)
            .in_tz("UTC")
            .unwrap(),
    );
    let draft = Draft {
        title: Some("Taalcafé".into()),
        municipalities: vec!["Gent".into()],
        ..Draft::default()
    };
    session.save(&draft).unwrap();
    c.cmd(&["add", "--resume", "--no-input"])
        .assert()
        .success()
        .stdout(predicates::str::contains("practices/gent-taalcafe.md"));
    assert_eq!(c.entries(), ["gent-taalcafe.md"]);
    assert!(!session.path.exists(), "the finished session is removed");
    c.cmd(&["add", "--resume", "--no-input"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "Er is geen onderbroken praktijk om verder te zetten",
        ));
}

#[test]
fn sessions_are_kept_out_of_git() {
    let ignore = std::fs::read_to_string(add_common::repo().join(".gitignore")).unwrap();
    assert!(
        ignore.lines().any(|l| l.trim() == "/.practice/"),
        "{ignore}"
    );
}
