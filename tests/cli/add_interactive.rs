//! The interactive flow of `add`, driven with scripted answers through the same `Prompter`
//! trait the terminal uses.

use crate::add_common;

use add_common::{Answer, Collection, Script, review_body};
use practice::add::{self, AddError, Draft};
use practice::diagnostic::Severity;
use practice::validate::{Request, validate};

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

/// Runs the flow on `draft`, then prepares and writes the practice.
fn run(c: &Collection, script: &mut Script, mut draft: Draft) -> Result<add::Plan, AddError> {
    let schema = c.schema();
    let existing = add::existing(&c.root())?;
    let setting = add::interview::Setting {
        schema: &schema,
        root: &c.root(),
        existing: &existing,
        today: today(),
    };
    add::interview::interview(script, setting, &mut draft, &mut |_| {})?;
    let plan = add::prepare(&c.root(), &schema, &draft, today())?;
    add::write(&plan)?;
    Ok(plan)
}

fn assert_valid(c: &Collection) {
    let schema = c.schema();
    let request = Request {
        paths: Vec::new(),
        today: today(),
    };
    let report = validate(&c.root(), &schema, &request).unwrap();
    assert_eq!(
        report.count(Severity::Error),
        0,
        "{:#?}",
        report.diagnostics
    );
}

#[test]
fn a_first_draft_is_asked_field_by_field_and_written_valid() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Taalbuddy's in Sint-Niklaas")),
        (
            "municipalities",
            Answer::Complete("sint-nik", "Sint-Niklaas (46021)"),
        ),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        (
            "themes",
            Answer::Pick(&["netwerk-buddy", "oefenkansen-nederlands"]),
        ),
        ("target_groups", Answer::Pick(&["anderstalige-nieuwkomers"])),
        ("organisations.name", Answer::Type("Stad Sint-Niklaas")),
        ("organisations.type", Answer::Keep),
        ("period.start", Answer::Type("2023-09")),
        ("period.lifecycle", Answer::Keep),
        (
            "summary",
            Answer::Type("Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen."),
        ),
    ]);
    let plan = run(&c, &mut script, Draft::default()).unwrap();
    assert!(script.finished());
    assert_eq!(plan.id, "sint-niklaas-taalbuddys");
    let text = c.read("sint-niklaas-taalbuddys.md");
    for line in [
        "municipalities: [\"46021\"] # Sint-Niklaas\n",
        "themes: [netwerk-buddy, oefenkansen-nederlands]\n",
        "  - {name: Stad Sint-Niklaas, type: lokaal-bestuur, role: eigenaar}\n",
        "period: {start: \"2023-09\", lifecycle: lopend}\n",
    ] {
        assert!(text.contains(line), "{line:?} not in\n{text}");
    }
    assert_valid(&c);
}

#[test]
fn prompts_are_dutch_and_come_from_the_schema() {
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
    run(&c, &mut script, Draft::default()).unwrap();
    let status = &script.asked[0];
    assert_eq!(status.label, "Status");
    let title = &script.asked[1];
    assert_eq!(title.label, "Titel");
    assert_eq!(title.help, "3 tot 120 tekens");
    assert!(title.required);
    let themes = script.asked.iter().find(|q| q.key == "themes").unwrap();
    assert_eq!(themes.label, "Thema's");
    assert!(!themes.required, "a draft needs no themes");
    assert!(
        script
            .asked
            .iter()
            .find(|q| q.key == "summary")
            .unwrap()
            .help
            .contains("Enter om over te slaan")
    );
    assert_eq!(c.entries(), ["gent-taalcafe.md"]);
}

#[test]
fn invalid_answers_are_refused_in_dutch_and_asked_again() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("ab")),
        ("title", Answer::Type("Taalcafé")),
        ("municipalities", Answer::Type("Sint-Niklas")),
        ("municipalities", Answer::Type("46021")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("Niet Goed")),
        ("id", Answer::Type("taalcafe-sint-niklaas")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("2023-13")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("Te kort.")),
        ("summary", Answer::Type("")),
    ]);
    run(&c, &mut script, Draft::default()).unwrap();
    let refused: Vec<(&str, &str)> = script
        .refused
        .iter()
        .map(|(a, m)| (a.as_str(), m.as_str()))
        .collect();
    assert_eq!(refused[0], ("ab", "te kort: minstens 3 tekens"));
    assert_eq!(refused[1].0, "Sint-Niklas");
    assert!(
        refused[1].1.contains("bedoelt u Sint-Niklaas (46021)?"),
        "{}",
        refused[1].1
    );
    assert_eq!(refused[2].0, "Niet Goed");
    assert_eq!(
        refused[3],
        ("2023-13", "geen datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD")
    );
    assert_eq!(refused[4], ("Te kort.", "te kort: minstens 20 tekens"));
    assert_eq!(c.entries(), ["taalcafe-sint-niklaas.md"]);
}

#[test]
fn municipalities_complete_on_names_codes_and_former_names() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Buurtwerking")),
        (
            "municipalities",
            Answer::Complete("borsb", "Borsbeek → Antwerpen (11002)"),
        ),
        (
            "municipalities",
            Answer::Complete("4602", "Sint-Niklaas (46021)"),
        ),
        ("municipalities", Answer::Complete("ZELE", "Zele (42028)")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
    ]);
    let plan = run(&c, &mut script, Draft::default()).unwrap();
    assert_eq!(
        plan.id, "antwerpen-buurtwerking",
        "with several municipalities, the id names the first"
    );
    assert!(c.read("antwerpen-buurtwerking.md").contains(
        "municipalities: [\"11002\", \"46021\", \"42028\"] # Antwerpen, Sint-Niklaas, Zele\n"
    ));
    let (_, offered) = &script.offered[0];
    assert_eq!(offered, &["Borsbeek → Antwerpen (11002)"]);
}

#[test]
fn fields_given_as_flags_are_not_asked_again() {
    let c = Collection::new();
    let draft = Draft {
        title: Some("Taalcafé".into()),
        municipalities: vec!["Gent".into()],
        themes: vec!["oefenkansen-nederlands".into()],
        summary: Some("Wekelijks taalcafé in de bibliotheek voor anderstaligen.".into()),
        ..Draft::default()
    };
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("id", Answer::Type("")),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
    ]);
    run(&c, &mut script, draft).unwrap();
    assert_eq!(
        script.keys(),
        [
            "status",
            "id",
            "target_groups",
            "organisations.name",
            "period.start"
        ]
    );
}

#[test]
fn the_proposed_id_avoids_existing_practices_and_a_taken_id_is_refused() {
    let c = Collection::new();
    c.write(
        "gent-taalcafe.md",
        &add_common::draft_text("gent-taalcafe", "Praatcafé"),
    );
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Taalcafé")),
        ("municipalities", Answer::Type("Gent")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("gent-taalcafe")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&[])),
        ("target_groups", Answer::Pick(&[])),
        ("organisations.name", Answer::Type("")),
        ("period.start", Answer::Type("")),
        ("summary", Answer::Type("")),
    ]);
    let plan = run(&c, &mut script, Draft::default()).unwrap();
    let id_question = script.asked.iter().find(|q| q.key == "id").unwrap();
    assert_eq!(id_question.default.as_deref(), Some("gent-taalcafe-2"));
    assert!(
        script.refused[0].1.starts_with("al in gebruik door"),
        "{:?}",
        script.refused
    );
    assert_eq!(plan.id, "gent-taalcafe-2");
}

#[test]
fn ctrl_c_leaves_nothing_behind() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("status", Answer::Keep),
        ("title", Answer::Type("Taalcafé")),
        ("municipalities", Answer::Type("Gent")),
        ("municipalities", Answer::Cancel),
    ]);
    let result = run(&c, &mut script, Draft::default());
    assert!(matches!(result, Err(AddError::Cancelled)), "{result:?}");
    assert!(c.entries().is_empty());
}

#[test]
fn a_review_status_also_asks_what_review_requires() {
    let c = Collection::new();
    let draft = Draft {
        status: Some("review".into()),
        body: Some(review_body()),
        ..Draft::default()
    };
    let mut script = Script::new(vec![
        ("title", Answer::Type("Taalbuddy's in Sint-Niklaas")),
        ("municipalities", Answer::Type("Sint-Niklaas")),
        ("municipalities", Answer::Type("")),
        ("id", Answer::Type("")),
        ("themes", Answer::Pick(&["netwerk-buddy"])),
        ("target_groups", Answer::Pick(&["anderstalige-nieuwkomers"])),
        ("organisations.name", Answer::Type("")),
        ("organisations.name", Answer::Type("Stad Sint-Niklaas")),
        ("organisations.type", Answer::Pick(&["lokaal-bestuur"])),
        ("period.start", Answer::Type("2023")),
        ("period.lifecycle", Answer::Pick(&["structureel"])),
        (
            "summary",
            Answer::Type("Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen."),
        ),
        ("scope", Answer::Keep),
        ("evidence.level", Answer::Pick(&["output-gemeten"])),
        (
            "evidence.sources",
            Answer::Type("https://example.org/verslag"),
        ),
        ("evidence.sources", Answer::Type("")),
        ("reach.count", Answer::Type("veertig")),
        ("reach.count", Answer::Type("40")),
        ("reach.unit", Answer::Type("")),
        (
            "deployability.prerequisites",
            Answer::Type("een coördinator en vrijwilligers"),
        ),
        ("contact.organisation", Answer::Type("")),
        ("contact.email", Answer::Type("integratie@example.org")),
    ]);
    let plan = run(&c, &mut script, draft).unwrap();
    assert!(script.finished());
    assert_eq!(
        script.refused.len(),
        2,
        "an empty required owner and a count in words: {:?}",
        script.refused
    );
    let text = &plan.text;
    for line in [
        "status: review\n",
        "scope: lokaal\n",
        "evidence: {level: output-gemeten, sources: [\"https://example.org/verslag\"]}\n",
        "reach: {count: 40, unit: deelnemers}\n",
        "deployability: {prerequisites: een coördinator en vrijwilligers}\n",
        "contact: {organisation: Stad Sint-Niklaas, email: \"integratie@example.org\"}\n",
    ] {
        assert!(text.contains(line), "{line:?} not in\n{text}");
    }
    assert_valid(&c);
}

/// A published practice with everything but its assessment.
fn published_without_assessment() -> Draft {
    let body = review_body()
        + "## Zelf aan de slag\n\nEen andere gemeente heeft een coördinator, een lokaal, \
           vrijwilligers en een partner nodig die nieuwkomers kent en kan toeleiden.\n";
    Draft {
        status: Some("published".into()),
        title: Some("Taalbuddy's in Sint-Niklaas".into()),
        municipalities: vec!["Sint-Niklaas".into()],
        id: Some("sint-niklaas-taalbuddys".into()),
        themes: vec!["netwerk-buddy".into()],
        target_groups: vec!["anderstalige-nieuwkomers".into()],
        owner: Some("Stad Sint-Niklaas".into()),
        owner_type: Some("lokaal-bestuur".into()),
        start: Some("2023".into()),
        lifecycle: Some("lopend".into()),
        summary: Some(
            "Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen.".into(),
        ),
        scope: Some("lokaal".into()),
        evidence: Some("beschreven".into()),
        reach: Some("40".into()),
        reach_unit: Some("duo's".into()),
        prerequisites: Some("een coördinator en vrijwilligers".into()),
        contact: Some("Stad Sint-Niklaas".into()),
        body: Some(body),
        ..Draft::default()
    }
}

#[test]
fn a_published_status_asks_for_the_assessment_of_the_three_criteria() {
    let c = Collection::new();
    let draft = published_without_assessment();
    let mut script = Script::new(vec![
        ("assessment.by", Answer::Type("")),
        ("assessment.on", Answer::Type("2026-05-15")),
        ("assessment.proven", Answer::Keep),
        ("assessment.deployable", Answer::Pick(&["voldaan"])),
        ("assessment.reach", Answer::Keep),
    ]);
    let plan = run(&c, &mut script, draft).unwrap();
    assert!(script.finished(), "asked: {:?}", script.keys());
    let expected = "assessment: {by: redactie, on: \"2026-05-15\", proven: deels, \
                    deployable: voldaan, reach: deels}\n";
    assert!(plan.text.contains(expected), "{}", plan.text);
    assert_eq!(
        script.asked[1].default.as_deref(),
        Some("2026-06-01"),
        "the caller's today is proposed"
    );
    assert_valid(&c);
}

#[test]
fn the_assessment_date_proposed_is_the_callers_today_not_the_clock() {
    let c = Collection::new();
    let mut script = Script::new(vec![
        ("assessment.by", Answer::Type("")),
        ("assessment.on", Answer::Type("")),
        ("assessment.proven", Answer::Keep),
        ("assessment.deployable", Answer::Keep),
        ("assessment.reach", Answer::Keep),
    ]);
    let plan = run(&c, &mut script, published_without_assessment()).unwrap();
    assert!(script.finished(), "asked: {:?}", script.keys());
    // `today()` of this file is a fixed date, far from the machine's clock in most runs.
    assert!(
        plan.text.contains("on: \"2026-06-01\""),
        "the accepted default is the date passed in: {}",
        plan.text
    );
}

/// Every field a review needs, so that only the body is asked.
fn review_without_body() -> Draft {
    Draft {
        status: Some("review".into()),
        title: Some("Taalcafé in de bib".into()),
        municipalities: vec!["Lokeren".into()],
        id: Some("lokeren-taalcafe".into()),
        summary: Some("Elke week oefenen nieuwkomers en vrijwilligers samen Nederlands.".into()),
        scope: Some("lokaal".into()),
        themes: vec!["oefenkansen-nederlands".into()],
        target_groups: vec!["anderstalige-nieuwkomers".into()],
        owner: Some("Stad Lokeren".into()),
        owner_type: Some("lokaal-bestuur".into()),
        start: Some("2024".into()),
        lifecycle: Some("lopend".into()),
        evidence: Some("beschreven".into()),
        reach: Some("40".into()),
        reach_unit: Some("deelnemers".into()),
        prerequisites: Some("een lokaal en twee vrijwilligers".into()),
        contact: Some("Stad Lokeren".into()),
        email: Some("taalcafe@example.org".into()),
        ..Draft::default()
    }
}

#[test]
fn sections_written_before_a_stop_are_kept_and_not_asked_again() {
    let c = Collection::new();
    let context = "Veel nieuwkomers in Lokeren volgen les Nederlands maar hebben buiten de \
                   klas weinig kansen om de taal echt te oefenen.";
    let mut script = Script::new(vec![
        ("body", Answer::NoEditor),
        ("body.Context", Answer::Type(context)),
        ("body.Doelen", Answer::Cancel),
    ]);
    let mut kept: Option<Draft> = None;
    let schema = c.schema();
    let existing = add::existing(&c.root()).unwrap();
    let setting = add::interview::Setting {
        schema: &schema,
        root: &c.root(),
        existing: &existing,
        today: today(),
    };
    let mut draft = review_without_body();
    let stopped = add::interview::interview(&mut script, setting, &mut draft, &mut |d| {
        kept = Some(d.clone())
    });
    assert!(matches!(stopped, Err(AddError::Cancelled)), "{stopped:?}");
    // What the session keeps on disk holds the section written before the stop.
    let kept = kept.expect("the draft was kept after the section");
    let unfinished = kept.body_unfinished.clone().unwrap_or_default();
    assert!(unfinished.contains(context), "{unfinished:?}");

    // Resumed, the session asks the sections still missing, not the one already written.
    let words = "Deze sectie beschrijft in voldoende woorden wat er in de gemeente gebeurt, \
                 met wie, waarom en met welk resultaat voor de deelnemers.";
    let mut script = Script::new(vec![
        ("body.reopen", Answer::Confirm(true)),
        ("body", Answer::NoEditor),
        ("body.Doelen", Answer::Type(words)),
        ("body.Aanpak", Answer::Type(words)),
        ("body.Resultaten", Answer::Type(words)),
        ("body.Succesfactoren", Answer::Type("")),
        ("body.Uitdagingen", Answer::Type("")),
        ("body.Zelf aan de slag", Answer::Type("")),
        ("body.Meer weten", Answer::Type("")),
    ]);
    let plan = run(&c, &mut script, kept).unwrap();
    assert!(script.finished());
    assert!(
        !script.asked.iter().any(|q| q.key == "body.Context"),
        "{:?}",
        script.asked
    );
    assert!(
        plan.text.contains(&format!("## Context\n\n{context}\n")),
        "{}",
        plan.text
    );
    assert_valid(&c);
}
