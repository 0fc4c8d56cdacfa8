//! The three criteria of a good practice as data: one owner, evidence with sources, reach.

use crate::common::*;

#[test]
fn two_owners_are_owner_count_at_the_second_owner() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "  - {name: Bibliotheek",
        "  - {name: Bibliotheek Gent, type: bibliotheek, role: eigenaar}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("owner-count");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate_nth(&text, "eigenaar", 1))
    );
}

#[test]
fn no_owner_is_owner_count_at_the_organisations_list() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "  - {name: Stad Gent",
        "  - {name: Stad Gent, type: lokaal-bestuur, role: partner}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("owner-count");
    assert_eq!(d.severity, "error");
    assert_eq!(
        d.line,
        locate(&text, "organisations:").0 + 1,
        "points at the list"
    );
}

#[test]
fn measured_evidence_without_sources_is_evidence_sources_at_the_level() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "evidence:",
        "evidence: {level: extern-geevalueerd}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("evidence-sources");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "extern-geevalueerd"))
    );
}

#[test]
fn measured_evidence_with_an_empty_source_list_is_evidence_sources() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "evidence:",
        "evidence: {level: output-gemeten, sources: []}",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .one("evidence-sources");
}

#[test]
fn described_evidence_needs_no_sources() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "evidence:",
        "evidence: {level: beschreven}",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn an_evidence_level_outside_the_scale_is_invalid_value_with_a_did_you_mean() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "evidence:",
        "evidence: {level: extern-geevalueert, sources: [\"https://example.org\"]}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "extern-geevalueert"));
    assert!(
        d.help().contains("bedoelde u `extern-geevalueerd`?"),
        "help: {}",
        d.help()
    );
}

#[test]
fn reach_without_a_unit_is_missing_field_at_reach() {
    let text = replace_line(&review("gent-taalcafe"), "reach:", "reach: {count: 40}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert_eq!(d.at(), locate(&text, "{count: 40}"));
    assert!(d.message.contains("unit"), "message: {}", d.message);
}
