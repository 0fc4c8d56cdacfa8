//! `practice status ID STATUS`: what the new status needs, grouped in Dutch with labels and
//! keys; refused under `--no-input` with the file untouched; asked through the `Prompter`;
//! the file rewritten surgically (comments and order kept) and only when it validates.

use crate::add_common;

use add_common::{Answer, Collection, Script, review_body};
use practice::add::AddError;
use practice::status;

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 6, 1)
}

/// A draft as an editor wrote it: comments, a quoted value, an unusual but valid order.
const DRAFT: &str = "---\n\
id: gent-taalcafe\n\
# de werktitel; nog te bespreken\n\
title: \"Taalcafé\"\n\
status: draft # nog niet klaar\n\
municipalities: [Gent]\n\
keywords: [praten, koffie] # later aanvullen\n\
---\n\
## Context\n\nKort.\n";

#[test]
fn no_input_lists_what_review_needs_grouped_and_changes_nothing() {
    let c = Collection::new();
    c.write("gent-taalcafe.md", DRAFT);
    let out = c
        .cmd(&["status", "gent-taalcafe", "review", "--no-input"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("Voor de status Ter review (review) heeft gent-taalcafe nog nodig:"),
        "{stderr}"
    );
    assert!(stderr.contains("  Velden:"), "{stderr}");
    assert!(
        stderr.contains("    - Samenvatting (`summary`): 20 tot 600 tekens"),
        "{stderr}"
    );
    assert!(
        stderr.contains("    - Bewijs (werkt aantoonbaar) (`evidence`)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("  Secties in de tekst (minstens 15 woorden elk):"),
        "{stderr}"
    );
    assert!(stderr.contains("    - ## Context (nu 1 woord)"), "{stderr}");
    assert!(stderr.contains("    - ## Doelen (ontbreekt)"), "{stderr}");
    assert!(
        !stderr.contains("assessment"),
        "review needs no assessment: {stderr}"
    );
    assert_eq!(c.read("gent-taalcafe.md"), DRAFT);
}

#[test]
fn what_a_status_needs_is_listed_in_english_with_lang_en() {
    let c = Collection::new();
    c.write("gent-taalcafe.md", DRAFT);
    let out = c
        .cmd(&[
            "--lang",
            "en",
            "status",
            "gent-taalcafe",
            "published",
            "--no-input",
        ])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for line in [
        "For the status Gepubliceerd (published), gent-taalcafe still needs:",
        "  Fields:",
        "Beoordeling (`assessment`): by (`by`), on (`on`)",
        "  Sections of the text (at least 15 words each):",
        "    - ## Context (now 1 word)",
        "    - ## Zelf aan de slag (missing)",
    ] {
        assert!(stderr.contains(line), "no `{line}` in:\n{stderr}");
    }
    assert!(!stderr.contains("nog nodig"), "{stderr}");
    assert_eq!(c.read("gent-taalcafe.md"), DRAFT);
}

#[test]
fn published_also_lists_the_assessment_with_its_parts() {
    let c = Collection::new();
    c.write("gent-taalcafe.md", DRAFT);
    c.cmd(&["status", "gent-taalcafe", "published", "--no-input"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "Beoordeling (`assessment`): door (`by`), op (`on`)",
        ))
        .stderr(predicates::str::contains("## Zelf aan de slag (ontbreekt)"));
}

#[test]
fn a_status_whose_needs_are_met_changes_only_the_status() {
    let c = Collection::new();
    let archived = DRAFT.replace("status: draft # nog niet klaar", "status: archived # oud");
    c.write("gent-taalcafe.md", &archived);
    c.cmd(&["status", "gent-taalcafe", "draft", "--no-input"])
        .assert()
        .success()
        .stdout(predicates::str::contains(
            "gent-taalcafe heeft nu de status Ontwerp (`draft`)",
        ));
    assert_eq!(
        c.read("gent-taalcafe.md"),
        archived.replace("status: archived # oud", "status: draft # oud")
    );
}

#[test]
fn unknown_statuses_and_ids_are_refused_in_dutch() {
    let c = Collection::new();
    c.write("gent-taalcafe.md", DRAFT);
    c.cmd(&["status", "gent-taalcafe", "reveiw", "--no-input"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("fout: onbekende status `reveiw`"))
        .stderr(predicates::str::contains("bedoelde u `review`?"))
        .stderr(predicates::str::contains("published (Gepubliceerd)"));
    c.cmd(&["status", "gent-talcafe", "review", "--no-input"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("Bedoelde u gent-taalcafe?"));
}

/// A section's worth of words.
const WORDS: &str = "Elke week komen anderstaligen en vrijwilligers samen in de bibliotheek om in een ontspannen sfeer Nederlands te praten.";

/// The answers to every field a review of [`DRAFT`] asks, in the order they are asked.
fn review_fields() -> Vec<(&'static str, Answer)> {
    vec![
        ("themes", Answer::Pick(&["oefenkansen-nederlands"])),
        ("target_groups", Answer::Pick(&["anderstalige-nieuwkomers"])),
        ("organisations.name", Answer::Type("Stad Gent")),
        ("organisations.type", Answer::Keep),
        ("period.start", Answer::Type("2019-10")),
        ("period.lifecycle", Answer::Keep),
        (
            "summary",
            Answer::Type("Wekelijks taalcafé in de bibliotheek voor anderstaligen."),
        ),
        ("scope", Answer::Keep),
        ("evidence.level", Answer::Keep),
        ("reach.count", Answer::Type("40")),
        ("reach.unit", Answer::Type("")),
        (
            "deployability.prerequisites",
            Answer::Type("een lokaal en vrijwilligers"),
        ),
        ("contact.organisation", Answer::Type("Stad Gent")),
        ("contact.email", Answer::Type("")),
    ]
}

#[test]
fn the_needs_are_asked_and_inserted_keeping_comments_and_order() {
    let c = Collection::new();
    let path = c.write("gent-taalcafe.md", DRAFT);
    let schema = c.schema();
    let (changed, needs) =
        status::needs(&c.root(), &schema, &path, DRAFT, "review", today()).unwrap();
    let mut script = Script::new(
        review_fields()
            .into_iter()
            .chain([
                ("body.Context", Answer::Type(WORDS)),
                ("body.Doelen", Answer::Type(WORDS)),
                ("body.Aanpak", Answer::Type(WORDS)),
                ("body.Resultaten", Answer::Type(WORDS)),
            ])
            .collect(),
    );
    let text = status::ask(
        &mut script,
        &schema,
        &c.root(),
        &changed,
        "review",
        &needs,
        today(),
    )
    .unwrap();
    assert!(script.finished(), "asked {:?}", script.keys());
    let (_, left) = status::needs(&c.root(), &schema, &path, &text, "review", today()).unwrap();
    assert!(left.is_empty(), "{left:?}\n{text}");
    // Every line of the original is still there, in the same order; only the status changed.
    let kept: Vec<&str> = DRAFT
        .lines()
        .map(|l| {
            if l.starts_with("status:") {
                "status: review # nog niet klaar"
            } else {
                l
            }
        })
        .collect();
    let mut rest = text.lines();
    for line in &kept {
        assert!(
            rest.any(|l| l == *line),
            "{line:?} missing or out of order in\n{text}"
        );
    }
    let summary = text.find("summary:").unwrap();
    assert!(text.find("municipalities:").unwrap() < summary);
    assert!(
        summary < text.find("keywords:").unwrap(),
        "new fields go in the format's order\n{text}"
    );
    assert!(text.find("## Context").unwrap() < text.find("## Doelen").unwrap());
    let _ = review_body();
}

#[test]
fn a_stop_halfway_keeps_every_answer_given_so_far() {
    let c = Collection::new();
    let path = c.write("gent-taalcafe.md", DRAFT);
    let schema = c.schema();
    let (changed, needs) =
        status::needs(&c.root(), &schema, &path, DRAFT, "review", today()).unwrap();
    let fields = review_fields();
    // Answers the first `answered` of `then` questions, then stops at the next.
    let stop_after = |then: Vec<(&'static str, Answer)>, answered: usize| {
        let mut answers: Vec<_> = then[..answered].to_vec();
        answers.push((then[answered].0, Answer::Cancel));
        let mut script = Script::new(answers);
        status::ask(
            &mut script,
            &schema,
            &c.root(),
            &changed,
            "review",
            &needs,
            today(),
        )
        .unwrap_err()
    };
    // Stopped in the second section: the fields and the first section are kept.
    let mut all = fields.clone();
    all.extend([
        ("body.Context", Answer::Type(WORDS)),
        ("body.Doelen", Answer::Type(WORDS)),
    ]);
    let stopped = stop_after(all.clone(), all.len() - 1);
    assert!(matches!(stopped.error, AddError::Cancelled));
    let answered = stopped.answered.expect("the answers given are kept");
    for kept in [
        "summary: Wekelijks taalcafé in de bibliotheek voor anderstaligen.",
        "reach: {count: 40, unit: deelnemers}",
        WORDS,
    ] {
        assert!(answered.contains(kept), "{kept:?} not in\n{answered}");
    }
    // Stopped among the fields (at `scope`): the ones answered are kept.
    let answered = stop_after(fields.clone(), 7)
        .answered
        .expect("fields are kept");
    assert!(
        answered.contains("summary: Wekelijks taalcafé"),
        "{answered}"
    );
    // Stopped between the two parts of a field: the part answered is kept as well.
    let answered = stop_after(fields.clone(), 5)
        .answered
        .expect("the start is kept");
    assert!(answered.contains("2019-10"), "{answered}");
    // Stopped at the first question: nothing to keep.
    assert!(stop_after(fields, 0).answered.is_none());
}
