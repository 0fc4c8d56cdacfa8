//! Checks scale with the status: a draft needs id, title, status and municipalities; review and
//! archived need every review field and the four sections; published needs an assessment and
//! `## Zelf aan de slag` too.

use crate::common::*;

#[test]
fn a_minimal_draft_passes_with_no_findings() {
    Collection::with("gent-taalcafe", &draft("gent-taalcafe"))
        .validate()
        .assert_clean();
}

#[test]
fn a_complete_practice_in_review_passes_with_no_findings() {
    Collection::with("gent-taalcafe", &review("gent-taalcafe"))
        .validate()
        .assert_clean();
}

#[test]
fn a_complete_archived_practice_passes_with_no_findings() {
    Collection::with("gent-taalcafe", &at_status("gent-taalcafe", "archived"))
        .validate()
        .assert_clean();
}

#[test]
fn a_complete_published_practice_passes_with_no_findings() {
    Collection::with("gent-taalcafe", &published("gent-taalcafe"))
        .validate()
        .assert_clean();
}

#[test]
fn a_draft_needs_no_summary_sections_or_criteria() {
    let text =
        "---\nid: gent-taalcafe\ntitle: Taalcafé\nstatus: draft\nmunicipalities: [Gent]\n---\n";
    Collection::with("gent-taalcafe", text)
        .validate()
        .assert_clean();
}

#[test]
fn a_draft_without_municipalities_is_missing_field_at_the_opening_fence() {
    let text = remove_key(&draft("gent-taalcafe"), "municipalities");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (1, 1)));
    assert!(
        d.message.contains("municipalities"),
        "message: {}",
        d.message
    );
}

#[test]
fn a_file_without_status_is_checked_as_a_draft() {
    let text = remove_key(&draft("gent-taalcafe"), "status");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("missing-field");
    assert!(d.message.contains("status"), "message: {}", d.message);
    assert_eq!(run.findings().len(), 1, "{}", run.dump());
}

#[test]
fn empty_front_matter_misses_every_draft_field() {
    let run = Collection::with("gent-taalcafe", "---\n---\n").validate();
    let missing: Vec<String> = run
        .all("missing-field")
        .into_iter()
        .map(|d| d.message)
        .collect();
    for key in ["id", "title", "status", "municipalities"] {
        assert!(
            missing.iter().any(|m| m.contains(&format!("`{key}`"))),
            "{key} not reported:\n{}",
            run.dump()
        );
    }
}

#[test]
fn a_practice_in_review_without_a_summary_is_missing_field_at_its_status() {
    let text = remove_key(&review("gent-taalcafe"), "summary");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("missing-field");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "review"))
    );
    assert!(
        d.message.contains("summary") && d.message.contains("review"),
        "message: {}",
        d.message
    );
    assert_eq!(run.code, 1);
}

#[test]
fn every_review_field_is_required_in_review() {
    for key in [
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
    ] {
        let text = remove_key(&review("gent-taalcafe"), key);
        let run = Collection::with("gent-taalcafe", &text).validate();
        let missing = run.all("missing-field");
        assert!(
            missing.len() == 1 && missing[0].message.contains(&format!("`{key}`")),
            "without `{key}`:\n{}",
            run.dump()
        );
    }
}

#[test]
fn an_archived_practice_needs_the_review_fields() {
    let text = remove_key(&at_status("gent-taalcafe", "archived"), "themes");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert!(d.message.contains("themes"), "message: {}", d.message);
}

#[test]
fn an_archived_practice_needs_the_review_sections() {
    let text = remove_section(&at_status("gent-taalcafe", "archived"), "Aanpak");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-missing");
}

#[test]
fn a_practice_in_review_needs_no_assessment_and_no_zelf_aan_de_slag() {
    let text = review("gent-taalcafe");
    assert!(!text.contains("assessment") && !text.contains("Zelf aan de slag"));
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_published_practice_without_assessment_is_missing_field() {
    let text = remove_key(&published("gent-taalcafe"), "assessment");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert_eq!(d.at(), locate(&text, "published"));
    assert!(d.message.contains("assessment"), "message: {}", d.message);
}

#[test]
fn a_published_practice_without_zelf_aan_de_slag_is_section_missing() {
    let text = remove_section(&published("gent-taalcafe"), "Zelf aan de slag");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-missing");
    assert!(
        d.message.contains("Zelf aan de slag"),
        "message: {}",
        d.message
    );
}

#[test]
fn an_incomplete_assessment_is_missing_field() {
    let text = replace_line(
        &published("gent-taalcafe"),
        "assessment:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: deels}}",
            days_ago(5)
        ),
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let missing: Vec<String> = run
        .all("missing-field")
        .into_iter()
        .map(|d| d.message)
        .collect();
    assert_eq!(missing.len(), 2, "{}", run.dump());
    assert!(
        missing.iter().any(|m| m.contains("deployable"))
            && missing.iter().any(|m| m.contains("reach"))
    );
}
