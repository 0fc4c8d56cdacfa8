//! Municipalities: NIS codes (text or number) or names of Flemish municipalities valid from 2025;
//! merged pre-2025 municipalities pass with a warning naming their successor.

use crate::common::*;

fn with_municipalities(list: &str) -> String {
    replace_line(
        &draft("gent-taalcafe"),
        "municipalities:",
        &format!("municipalities: {list}"),
    )
}

#[test]
fn a_nis_code_as_text_passes() {
    Collection::with("gent-taalcafe", &with_municipalities("[\"42006\"]"))
        .validate()
        .assert_clean();
}

#[test]
fn a_nis_code_as_a_number_passes() {
    Collection::with("gent-taalcafe", &with_municipalities("[42006]"))
        .validate()
        .assert_clean();
}

#[test]
fn names_match_regardless_of_case_accents_and_hyphens() {
    let text = with_municipalities("[GENT, sint genesius rode, Zóutleeuw]");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_french_name_of_a_flemish_municipality_passes() {
    Collection::with("gent-taalcafe", &with_municipalities("[Léau]"))
        .validate()
        .assert_clean();
}

#[test]
fn a_list_in_block_style_passes() {
    let text = with_municipalities("\n  - Gent\n  - \"44083\"");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_misspelt_name_is_unknown_municipality_with_a_did_you_mean() {
    let text = with_municipalities("[Gend]");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("unknown-municipality");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "Gend"))
    );
    assert!(d.help().contains("bedoelde u Gent"), "help: {}", d.help());
    assert!(
        d.help().contains("44021"),
        "help should give the NIS code: {}",
        d.help()
    );
    assert_eq!(run.code, 1);
}

#[test]
fn a_quoted_name_is_located_at_its_opening_quote() {
    let text = with_municipalities("[\"Gend\"]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-municipality");
    assert_eq!(d.at(), locate(&text, "\"Gend\""));
}

#[test]
fn an_unknown_nis_code_is_unknown_municipality() {
    let text = with_municipalities("[\"99999\"]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-municipality");
    assert_eq!(d.at(), locate(&text, "\"99999\""));
}

#[test]
fn a_walloon_municipality_is_unknown_municipality() {
    let text = with_municipalities("[Namen]");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-municipality");
}

#[test]
fn a_merged_municipality_by_name_is_a_legacy_warning_naming_its_successor() {
    let text = with_municipalities("[Borsbeek]");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("legacy-municipality");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate(&text, "Borsbeek"))
    );
    assert!(d.message.contains("Antwerpen"), "message: {}", d.message);
    assert!(d.help().contains("11002"), "help: {}", d.help());
    assert_eq!(run.code, 0, "a legacy municipality alone does not fail");
}

#[test]
fn a_merged_municipality_by_old_nis_code_is_a_legacy_warning() {
    let text = with_municipalities("[\"11007\"]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("legacy-municipality");
    assert!(
        d.message.contains("Borsbeek") && d.message.contains("Antwerpen"),
        "message: {}",
        d.message
    );
}

#[test]
fn the_same_municipality_by_name_and_by_code_is_a_duplicate_value_warning() {
    let text = with_municipalities("[Gent, \"44021\"]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("duplicate-value");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate(&text, "\"44021\""))
    );
}

#[test]
fn an_empty_municipality_list_is_invalid_value() {
    let text = with_municipalities("[]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "[]"));
}
