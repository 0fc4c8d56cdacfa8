//! The body: the `##` sections the status requires, in order, once each, long enough; headings
//! that look like a section; relative links that resolve inside the collection.

use crate::common::*;

#[test]
fn a_missing_section_is_section_missing_at_the_section_before_it() {
    let text = remove_section(&review("gent-taalcafe"), "Aanpak");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-missing");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "## Doelen"))
    );
    assert!(d.message.contains("## Aanpak"), "message: {}", d.message);
}

#[test]
fn a_missing_first_section_is_section_missing_at_the_start_of_the_body() {
    let text = remove_section(&review("gent-taalcafe"), "Context");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-missing");
    let closing = locate_nth(&text, "---\n", 1).0;
    assert_eq!(d.at(), (closing + 1, 1));
}

#[test]
fn sections_out_of_order_are_section_order_at_the_late_heading() {
    let text = review("gent-taalcafe")
        .replace("## Context", "## Tmp")
        .replace("## Doelen", "## Context")
        .replace("## Tmp", "## Doelen");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-order");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "## Context"))
    );
    assert!(
        d.message.contains("Context") && d.message.contains("Doelen"),
        "message: {}",
        d.message
    );
}

#[test]
fn a_section_written_twice_is_section_duplicate_at_the_second() {
    let text = format!(
        "{}\n## Doelen\n\nNog meer doelen.\n",
        review("gent-taalcafe")
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-duplicate");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate_nth(&text, "## Doelen", 1))
    );
}

#[test]
fn a_heading_resembling_a_section_is_a_section_name_warning_with_a_did_you_mean() {
    let text = format!(
        "{}\n## Succesfactor\n\nGoede vrijwilligers.\n",
        review("gent-taalcafe")
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("section-name");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate(&text, "## Succesfactor"))
    );
    assert!(
        d.help().contains("bedoelde u `## Succesfactoren`?"),
        "help: {}",
        d.help()
    );
    assert_eq!(run.code, 0);
}

#[test]
fn a_required_section_with_fewer_than_fifteen_words_is_section_too_short() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "## Resultaten",
        "## Resultaten\n\nVeertig deelnemers per jaar.\n\n## Open vragen",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("section-too-short");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "## Resultaten"))
    );
    assert_eq!(
        d.message,
        "de sectie `## Resultaten` telt 4 woorden; er zijn er minstens 15 nodig"
    );
    assert_eq!(d.help(), "beschrijf wat het opleverde: cijfers, evaluatie");
}

#[test]
fn words_of_subsections_count_for_their_section() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "## Resultaten",
        "## Resultaten\n\nVeertig deelnemers.\n\n### Evaluatie\n\nDe bibliotheek vraagt elk jaar feedback aan deelnemers en vrijwilligers over de sfeer en het niveau.\n\n## Open vragen",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn other_headings_may_stand_between_the_sections() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "## Doelen",
        "## Achtergrond\n\nMeer uitleg.\n\n## Doelen",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn optional_sections_need_no_minimum_length() {
    let text = format!(
        "{}\n## Uitdagingen\n\nWeinig.\n\n## Meer weten\n\nZie website.\n",
        review("gent-taalcafe")
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_relative_link_to_another_practice_passes() {
    let c = Collection::new();
    c.practice("aalst-taalcafe", &draft("aalst-taalcafe"));
    c.practice(
        "gent-taalcafe",
        &format!(
            "{}\nZie ook [Aalst](aalst-taalcafe.md#context).\n",
            draft("gent-taalcafe")
        ),
    );
    c.validate().assert_clean();
}

#[test]
fn a_relative_link_into_another_sub_folder_passes() {
    let c = Collection::new();
    c.file("practices/oost/aalst-taalcafe.md", draft("aalst-taalcafe"));
    c.file(
        "practices/west/gent-taalcafe.md",
        format!(
            "{}\nZie [Aalst](../oost/aalst-taalcafe.md).\n",
            draft("gent-taalcafe")
        ),
    );
    c.validate().assert_clean();
}

#[test]
fn a_link_or_image_to_an_attachment_passes() {
    let c = Collection::with(
        "gent-taalcafe",
        &format!(
            "{}\n![Zaal](gent-taalcafe/zaal.jpg) en [draaiboek](gent-taalcafe/draai%20boek.pdf)\n",
            draft("gent-taalcafe")
        ),
    );
    c.file("practices/gent-taalcafe/zaal.jpg", "jpg");
    c.file("practices/gent-taalcafe/draai boek.pdf", "%PDF");
    c.validate().assert_clean();
}

#[test]
fn a_relative_link_to_a_missing_file_is_link_broken_at_the_link() {
    let text = format!(
        "{}\nZie ook [Aalst](aalst-taalcafe.md).\n",
        draft("gent-taalcafe")
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("link-broken");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "[Aalst]"))
    );
    assert!(
        d.help().contains("practices/aalst-taalcafe.md"),
        "help: {}",
        d.help()
    );
}

#[test]
fn a_relative_link_leaving_the_collection_is_link_broken() {
    let text = format!(
        "{}\nDe [regels](../schema/rules.yaml).\n",
        draft("gent-taalcafe")
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("link-broken");
    assert_eq!(d.at(), locate(&text, "[regels]"));
}

#[test]
fn web_mail_and_anchor_links_are_not_checked() {
    let text = format!(
        "{}\n[site](https://example.org) [mail](mailto:integratie@example.org) [boven](#context) <https://example.org/x>\n",
        draft("gent-taalcafe")
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_percent_encoded_link_to_an_existing_attachment_passes() {
    let c = Collection::with(
        "gent-taalcafe",
        &format!(
            "{}\n[foto](gent-taalcafe/caf%C3%A9.jpg) en [versie](gent-taalcafe/draaiboek%281%29.pdf)\n",
            draft("gent-taalcafe")
        ),
    );
    c.file("practices/gent-taalcafe/café.jpg", "jpg");
    c.file("practices/gent-taalcafe/draaiboek(1).pdf", "%PDF");
    c.validate().assert_clean();
}
