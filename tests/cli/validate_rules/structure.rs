//! The structure of the front matter (practice.schema.json): keys, types, allowed values,
//! lengths and patterns.

use crate::common::*;

#[test]
fn an_unknown_top_level_key_is_unknown_key_at_the_key_with_a_did_you_mean() {
    let text = add_field(&draft("gent-taalcafe"), "themas: [taalbeleid]");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("unknown-key");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "themas"))
    );
    assert!(
        d.help().contains("bedoelde u `themes`?"),
        "help: {}",
        d.help()
    );
    assert_eq!(run.code, 1);
}

#[test]
fn an_unknown_key_inside_a_mapping_is_unknown_key_at_that_key() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "period:",
        "period: {start: 2019-10, lifecycle: lopend, einde: 2021}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-key");
    assert_eq!(d.at(), locate(&text, "einde"));
    assert!(d.message.contains("period"), "message: {}", d.message);
}

#[test]
fn every_unknown_key_is_reported() {
    let text = add_field(
        &add_field(&draft("gent-taalcafe"), "auteur: Jan"),
        "themas: [taalbeleid]",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let at: Vec<(usize, usize)> = run.all("unknown-key").iter().map(Finding::at).collect();
    assert_eq!(at, vec![locate(&text, "auteur"), locate(&text, "themas")]);
}

#[test]
fn a_value_outside_its_enum_is_invalid_value_with_a_did_you_mean() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "period:",
        "period: {start: 2019-10, lifecycle: lopnd}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "lopnd"))
    );
    assert!(
        d.help().contains("bedoelde u `lopend`?"),
        "help: {}",
        d.help()
    );
}

#[test]
fn an_unknown_status_is_invalid_value_with_a_did_you_mean() {
    let text = replace_line(&draft("gent-taalcafe"), "status:", "status: reviw");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "reviw"));
    assert!(
        d.help().contains("bedoelde u `review`?"),
        "help: {}",
        d.help()
    );
}

#[test]
fn text_where_a_list_belongs_is_wrong_type_with_a_list_hint() {
    let text = replace_line(&review("gent-taalcafe"), "themes:", "themes: taalbeleid");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("wrong-type");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "taalbeleid"))
    );
    assert!(d.help().contains("[taalbeleid]"), "help: {}", d.help());
}

#[test]
fn text_where_a_number_belongs_is_wrong_type_at_the_value() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "reach:",
        "reach: {count: veel, unit: deelnemers}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("wrong-type");
    assert_eq!(d.at(), locate(&text, "veel"));
}

#[test]
fn a_list_where_text_belongs_is_wrong_type_at_the_list() {
    let text = replace_line(&draft("gent-taalcafe"), "title:", "title: [Taalcafé, Gent]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("wrong-type");
    assert_eq!(d.at(), locate(&text, "[Taalcafé"));
}

#[test]
fn a_mapping_as_municipality_is_wrong_type() {
    let text = replace_line(
        &draft("gent-taalcafe"),
        "municipalities:",
        "municipalities: [{naam: Gent}]",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("wrong-type");
    assert_eq!(d.at(), locate(&text, "{naam"));
}

#[test]
fn a_title_shorter_than_three_characters_is_invalid_value() {
    let text = replace_line(&draft("gent-taalcafe"), "title:", "title: ab");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), (3, 8));
}

#[test]
fn a_summary_shorter_than_twenty_characters_is_invalid_value() {
    let text = replace_line(&review("gent-taalcafe"), "summary:", "summary: Te kort.");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "Te kort."));
}

#[test]
fn an_id_that_breaks_the_pattern_is_invalid_value_with_a_hint() {
    let text = replace_line(&draft("Gent_Taalcafe"), "title:", "title: Taalcafé");
    let d = Collection::with("Gent_Taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), (2, 5));
    assert!(d.help().contains("kleine letters"), "help: {}", d.help());
}

#[test]
fn a_malformed_email_is_invalid_value_with_a_hint() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "contact:",
        "contact: {organisation: Stad Gent, email: integratie-at-gent}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "integratie-at-gent"));
    assert!(d.help().contains("e-mail"), "help: {}", d.help());
}

#[test]
fn a_link_url_that_is_not_http_is_invalid_value() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "  - {title: Verslag",
        "  - {title: Verslag, url: www.example.org}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "www.example.org"));
}

#[test]
fn a_negative_reach_is_invalid_value() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "reach:",
        "reach: {count: -5, unit: deelnemers}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "-5"));
}

#[test]
fn an_empty_themes_list_is_invalid_value() {
    let text = replace_line(&review("gent-taalcafe"), "themes:", "themes: []");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "[]"));
}

#[test]
fn an_organisation_without_a_role_is_missing_field_at_the_organisation() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "  - {name: Bibliotheek",
        "  - {name: Bibliotheek Gent, type: bibliotheek}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert_eq!(d.at(), locate(&text, "{name: Bibliotheek"));
    assert!(d.message.contains("role"), "message: {}", d.message);
}

#[test]
fn a_theme_outside_the_vocabulary_is_unknown_vocabulary_with_a_did_you_mean() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "themes:",
        "themes: [oefenkansen-nederlands, taal-beleid]",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "taal-beleid"))
    );
    assert!(
        d.help().contains("bedoelde u `taalbeleid`"),
        "help: {}",
        d.help()
    );
}

#[test]
fn a_theme_written_as_its_dutch_label_suggests_its_id() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "themes:",
        "themes: [Nederlands leren]",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(d.at(), locate(&text, "Nederlands leren"));
    assert!(
        d.help().contains("bedoelde u `nederlands-leren`"),
        "help: {}",
        d.help()
    );
}

#[test]
fn an_actor_type_outside_its_vocabulary_is_unknown_vocabulary() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "  - {name: Bibliotheek",
        "  - {name: Bibliotheek Gent, type: bibliotheeek, role: partner}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(d.at(), locate(&text, "bibliotheeek"));
    assert!(d.help().contains("`bibliotheek`"), "help: {}", d.help());
}

#[test]
fn an_unknown_funding_id_is_unknown_vocabulary() {
    let text = replace_line(&review("gent-taalcafe"), "funding:", "funding: [eu-geld]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(d.at(), locate(&text, "eu-geld"));
}

#[test]
fn a_theme_listed_twice_is_a_duplicate_value_warning() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "themes:",
        "themes: [taalbeleid, onderwijs, taalbeleid]",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("duplicate-value");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate_nth(&text, "taalbeleid", 1))
    );
    assert_eq!(
        run.code,
        0,
        "a warning alone does not fail:\n{}",
        run.dump()
    );
}

#[test]
fn markdown_in_the_summary_is_a_summary_markup_warning() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "summary:",
        "summary: \"Een **wekelijkse** praatgroep in de [bib](https://example.org).\"",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("summary-markup");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate(&text, "\"Een"))
    );
    assert_eq!(run.code, 0);
}

#[test]
fn yaml_words_like_no_and_on_stay_text() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "reach:",
        "reach: {count: 40, unit: no}",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn optional_fields_may_be_left_out_entirely() {
    let mut text = review("gent-taalcafe");
    for key in ["funding", "links", "keywords", "language", "license"] {
        text = remove_key(&text, key);
    }
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "funding:",
        "funding: [ëëë, amiff]",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let at: Vec<(usize, usize)> = run
        .all("unknown-vocabulary")
        .iter()
        .map(Finding::at)
        .collect();
    let line = locate(&text, "funding:").0;
    assert_eq!(at, vec![(line, 11), (line, 16)]);
}

#[test]
fn a_value_on_a_continuation_line_of_a_flow_list_is_located_on_that_line() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "themes:",
        "themes: [oefenkansen-nederlands,\n  taal-beleid]",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(d.at(), locate(&text, "taal-beleid"));
    assert_eq!(d.at().1, 3);
}

#[test]
fn an_item_of_a_block_list_is_located_after_its_dash() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "target_groups:",
        "target_groups:\n  - vrouwen\n  - mannen",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("unknown-vocabulary");
    assert_eq!(d.at(), locate(&text, "mannen"));
}

#[test]
fn an_id_longer_than_80_characters_is_invalid_value() {
    let id = format!("gent-{}", "a".repeat(76));
    assert_eq!(id.len(), 81);
    let text = replace_line(&draft(&id), "title:", "title: Lang");
    let d = Collection::with(&id, &text).validate().one("invalid-value");
    assert_eq!(d.at(), (2, 5));
}

#[test]
fn a_title_longer_than_120_characters_is_invalid_value() {
    let title = "é".repeat(121);
    let text = replace_line(
        &draft("gent-taalcafe"),
        "title:",
        &format!("title: {title}"),
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), (3, 8));
    assert!(
        d.message.contains("121"),
        "length counted in characters: {}",
        d.message
    );
}

#[test]
fn a_language_that_is_not_a_bcp47_tag_is_invalid_value() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "language:",
        "language: Nederlands (België)",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "Nederlands (België)"));
    assert!(d.help().contains("nl-BE"), "help: {}", d.help());
}

#[test]
fn a_language_tag_with_a_region_passes() {
    let text = replace_line(&review("gent-taalcafe"), "language:", "language: nl-BE");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_license_that_is_not_an_spdx_id_is_invalid_value() {
    let text = replace_line(&review("gent-taalcafe"), "license:", "license: CC BY 4.0");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "CC BY 4.0"));
}
