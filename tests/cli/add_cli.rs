//! `practice add` without prompts: flags in, a valid practice out, or a refusal that writes
//! nothing.

use crate::add_common;

use add_common::{Collection, draft_text, review_body};
use predicates::prelude::*;

const TAALBUDDYS: &[&str] = &[
    "add",
    "--no-input",
    "--title",
    "Taalbuddy's in Sint-Niklaas",
    "--municipality",
    "sint niklaas",
];

#[test]
fn a_draft_from_flags_is_written_and_passes_validate() {
    let c = Collection::new();
    c.cmd(TAALBUDDYS)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "Aangemaakt: practices/sint-niklaas-taalbuddys.md",
        ))
        .stdout(predicate::str::contains(
            "Vul aan met: practice status sint-niklaas-taalbuddys review",
        ));
    c.cmd(&["validate", "practices/sint-niklaas-taalbuddys.md"])
        .assert()
        .success();
    assert_eq!(
        c.entries(),
        ["sint-niklaas-taalbuddys.md"],
        "no temporary file is left"
    );
}

#[test]
fn the_front_matter_follows_the_format_order_and_the_body_has_every_section() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend([
        "--theme",
        "netwerk-buddy",
        "--target-group",
        "Anderstalige nieuwkomers",
        "--owner",
        "Stad Sint-Niklaas",
        "--owner-type",
        "lokaal-bestuur",
        "--start",
        "2023-09",
        "--lifecycle",
        "lopend",
        "--keyword",
        "buddy",
        "--summary",
        "Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen.",
    ]);
    c.cmd(&args).assert().success();
    let text = c.read("sint-niklaas-taalbuddys.md");
    let expected_front = "---\n\
        id: sint-niklaas-taalbuddys\n\
        title: Taalbuddy's in Sint-Niklaas\n\
        status: draft\n\
        municipalities: [\"46021\"] # Sint-Niklaas\n\
        summary: Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen.\n\
        themes: [netwerk-buddy]\n\
        target_groups: [anderstalige-nieuwkomers]\n\
        organisations:\n  - {name: Stad Sint-Niklaas, type: lokaal-bestuur, role: eigenaar}\n\
        period: {start: \"2023-09\", lifecycle: lopend}\n\
        keywords: [buddy]\n\
        ---\n";
    assert!(text.starts_with(expected_front), "{text}");
    let schema = c.schema();
    let mut at = 0;
    for section in &schema.rules.sections {
        let heading = format!("\n## {}\n\n<!-- ", section.heading);
        let found = text[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("no {heading:?} in order:\n{text}"));
        at += found + heading.len();
    }
    assert!(text.contains(
        "<!-- Wat hier hoort: de lokale situatie en de nood. Verplicht vanaf status review"
    ));
}

#[test]
fn an_existing_id_is_refused_with_its_path_and_left_unchanged() {
    let c = Collection::new();
    let original = draft_text("gent-taalcafe", "Taalcafé in Gent");
    c.write("gent-taalcafe.md", &original);
    c.cmd(&[
        "add",
        "--no-input",
        "--id",
        "gent-taalcafe",
        "--title",
        "Iets anders",
        "--municipality",
        "Gent",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains(
        "fout: er bestaat al een praktijk met dit id",
    ))
    .stderr(predicate::str::contains("practices/gent-taalcafe.md"));
    assert_eq!(c.read("gent-taalcafe.md"), original);
    assert_eq!(c.entries(), ["gent-taalcafe.md"]);
}

#[test]
fn an_id_used_in_a_subfolder_is_refused_too() {
    let c = Collection::new();
    c.write(
        "gent/gent-taalcafe.md",
        &draft_text("gent-taalcafe", "Taalcafé in Gent"),
    );
    c.cmd(&[
        "add",
        "--no-input",
        "--id",
        "gent-taalcafe",
        "--title",
        "Iets anders",
        "--municipality",
        "Gent",
    ])
    .assert()
    .code(1)
    .stderr(predicate::str::contains("gent/gent-taalcafe.md"));
    assert!(!c.root().join("practices/gent-taalcafe.md").exists());
}

#[test]
fn a_derived_id_that_exists_gets_a_number() {
    let c = Collection::new();
    c.write("gent-taalcafe.md", &draft_text("gent-taalcafe", "Taalcafé"));
    c.cmd(&[
        "add",
        "--no-input",
        "--title",
        "Taalcafé",
        "--municipality",
        "Gent",
    ])
    .assert()
    .success()
    .stdout(predicate::str::contains("practices/gent-taalcafe-2.md"))
    // Same practice twice? validate's near-duplicate warning says so right away.
    .stderr(predicate::str::contains("bijna dezelfde"));
}

#[test]
fn no_input_names_every_missing_required_field() {
    let c = Collection::new();
    c.cmd(&["add", "--no-input"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "fout: voor de status `draft` ontbreken nog velden:",
        ))
        .stderr(predicate::str::contains("Titel (`title`): --title"))
        .stderr(predicate::str::contains(
            "Gemeenten (`municipalities`): --municipality",
        ));
    assert!(c.entries().is_empty());
}

#[test]
fn a_higher_status_names_the_fields_and_sections_it_needs() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--status", "review"]);
    let assert = c.cmd(&args).assert().code(2);
    let stderr = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    for field in [
        "summary",
        "scope",
        "themes",
        "target_groups",
        "organisations",
        "period",
        "evidence",
        "reach",
        "deployability",
        "contact",
        "body",
    ] {
        assert!(
            stderr.contains(&format!("`{field}`")),
            "{field} not named:\n{stderr}"
        );
    }
    assert!(stderr.contains("## Context"), "{stderr}");
    assert!(c.entries().is_empty());
}

#[test]
fn a_published_status_names_the_assessment_flags() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--status", "published"]);
    c.cmd(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "Beoordeling (`assessment`): --assessed-by, --assessed-on, --proven, --deployable en --reach-verdict",
        ));
}

#[test]
fn an_assessment_is_all_five_parts_or_none() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--proven", "voldaan", "--assessed-on", "2026-01-15"]);
    let out = c.cmd(&args).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for flag in ["--assessed-by", "--deployable", "--reach-verdict"] {
        assert!(stderr.contains(flag), "{flag} not named: {stderr}");
    }
    assert!(c.entries().is_empty());
}

#[test]
fn an_unknown_municipality_is_refused_with_a_suggestion() {
    let c = Collection::new();
    c.cmd(&[
        "add",
        "--no-input",
        "--title",
        "Taalbuddy's",
        "--municipality",
        "Sint-Niklas",
    ])
    .assert()
    .code(2)
    .stderr(predicate::str::contains("--municipality `Sint-Niklas`"))
    .stderr(predicate::str::contains("bedoelt u Sint-Niklaas (46021)?"));
    assert!(c.entries().is_empty());
}

#[test]
fn unknown_vocabulary_values_are_refused_with_a_suggestion_all_at_once() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend([
        "--theme",
        "taalbelied",
        "--target-group",
        "nieuwkomer",
        "--scope",
        "lokal",
    ]);
    c.cmd(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--theme `taalbelied`: staat niet in de lijst",
        ))
        .stderr(predicate::str::contains(
            "bedoelt u Taalbeleid (taalbeleid)?",
        ))
        .stderr(predicate::str::contains("--target-group `nieuwkomer`"))
        .stderr(predicate::str::contains("--scope `lokal`"));
    assert!(c.entries().is_empty());
}

#[test]
fn values_that_need_another_value_say_which() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--start", "2023-02-30", "--owner", "Stad Sint-Niklaas"]);
    c.cmd(&args)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--start `2023-02-30`: geen datum"))
        .stderr(predicate::str::contains("--owner: vraagt ook --owner-type"))
        .stderr(predicate::str::contains("--start: vraagt ook --lifecycle"));
}

#[test]
fn a_former_municipality_is_written_as_its_successor_with_a_note() {
    let c = Collection::new();
    c.cmd(&[
        "add",
        "--no-input",
        "--title",
        "Buurtwerking",
        "--municipality",
        "Borsbeek",
    ])
    .assert()
    .success()
    .stderr(predicate::str::contains(
        "Opgelet: Borsbeek (11007) is sinds 1 januari 2025 deel van Antwerpen",
    ))
    .stdout(predicate::str::contains(
        "practices/antwerpen-buurtwerking.md",
    ));
    assert!(
        c.read("antwerpen-buurtwerking.md")
            .contains("municipalities: [\"11002\"] # Antwerpen\n")
    );
}

#[test]
fn a_text_that_would_not_validate_is_not_written() {
    let c = Collection::new();
    let mut args = TAALBUDDYS.to_vec();
    args.extend([
        "--start",
        "2022",
        "--end",
        "2020",
        "--lifecycle",
        "afgerond",
    ]);
    c.cmd(&args)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "`period.end` ligt vóór `period.start`",
        ))
        .stderr(predicate::str::contains("er is niets geschreven"));
    assert!(c.entries().is_empty());
}

#[test]
fn a_review_practice_from_flags_and_a_body_passes_validate() {
    let c = Collection::new();
    let body = c.root().join("body.md");
    std::fs::write(&body, review_body()).unwrap();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--status", "review", "--body", body.to_str().unwrap()]);
    args.extend(REVIEW_FLAGS);
    c.cmd(&args).assert().success();
    let text = c.read("sint-niklaas-taalbuddys.md");
    assert!(
        text.contains("reach: {count: 40, unit: \"duo's\", period: per jaar}\n")
            || text.contains("reach: {count: 40, unit: duo's, period: per jaar}\n"),
        "{text}"
    );
    assert!(
        text.contains(
            "contact: {organisation: Stad Sint-Niklaas, email: \"integratie@example.org\"}\n"
        ),
        "{text}"
    );
    c.cmd(&[
        "validate",
        "--strict",
        "practices/sint-niklaas-taalbuddys.md",
    ])
    .assert()
    .success();
}

#[test]
fn a_published_practice_from_flags_with_its_assessment_passes_validate() {
    let c = Collection::new();
    let body = c.root().join("body.md");
    let extra = "## Zelf aan de slag\n\nEen andere gemeente heeft een coördinator, een lokaal, \
                 vrijwilligers en een partner nodig die nieuwkomers kent en kan toeleiden.\n";
    std::fs::write(&body, review_body() + extra).unwrap();
    let on = (jiff::ZonedDateTime::now().date() - jiff::Span::new().days(30)).to_string();
    let mut args = TAALBUDDYS.to_vec();
    args.extend(["--status", "published", "--body", body.to_str().unwrap()]);
    args.extend(REVIEW_FLAGS);
    args.extend([
        "--assessed-by",
        "redactie",
        "--assessed-on",
        &on,
        "--proven",
        "deels",
        "--deployable",
        "voldaan",
        "--reach-verdict",
        "deels",
    ]);
    c.cmd(&args).assert().success();
    let text = c.read("sint-niklaas-taalbuddys.md");
    assert!(
        text.contains(&format!(
            "assessment: {{by: redactie, on: {on}, proven: deels, deployable: voldaan, reach: deels}}\n"
        )) || text.contains("assessment: {by: redactie, on: \""),
        "{text}"
    );
    c.cmd(&[
        "validate",
        "--strict",
        "practices/sint-niklaas-taalbuddys.md",
    ])
    .assert()
    .success();
}

/// Every field a `review` practice needs besides the body, as flags.
const REVIEW_FLAGS: [&str; 30] = [
    "--theme",
    "netwerk-buddy",
    "--target-group",
    "anderstalige-nieuwkomers",
    "--owner",
    "Stad Sint-Niklaas",
    "--owner-type",
    "lokaal-bestuur",
    "--start",
    "2023",
    "--lifecycle",
    "lopend",
    "--summary",
    "Vrijwilligers en nieuwkomers vormen duo's die samen Nederlands oefenen.",
    "--scope",
    "lokaal",
    "--evidence",
    "output-gemeten",
    "--source",
    "https://example.org/verslag",
    "--reach",
    "40",
    "--reach-unit",
    "duo's",
    "--reach-period",
    "per jaar",
    "--prerequisites",
    "een coördinator en vrijwilligers",
    "--email",
    "integratie@example.org",
];

#[test]
fn quiet_prints_only_the_path() {
    let c = Collection::new();
    let mut args = vec!["-q"];
    args.extend(TAALBUDDYS);
    c.cmd(&args)
        .assert()
        .success()
        .stdout("practices/sint-niklaas-taalbuddys.md\n");
}

#[test]
fn ids_follow_gemeente_onderwerp_with_the_place_named_once() {
    let c = Collection::new();
    for (title, place, want) in [
        (
            "Buddywerking nieuwkomers Beveren",
            "Beveren",
            "beveren-kruibeke-zwijndrecht-buddywerking-nieuwkomers",
        ),
        ("Praatcafé Borsbeek", "Borsbeek", "antwerpen-praatcafe"),
        (
            "Taalbuddy's in Sint-Niklaas",
            "Sint-Niklaas",
            "sint-niklaas-taalbuddys",
        ),
    ] {
        c.cmd(&[
            "add",
            "--no-input",
            "-q",
            "--title",
            title,
            "--municipality",
            place,
        ])
        .assert()
        .success()
        .stdout(format!("practices/{want}.md\n"));
    }
}
