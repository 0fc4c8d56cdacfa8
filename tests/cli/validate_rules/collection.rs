//! Checks across the collection: ids equal file names and are unique, `related` ids exist and
//! differ from the practice itself, and titles are not near-duplicates.

use crate::common::*;

#[test]
fn an_id_that_differs_from_the_file_name_is_id_mismatch_at_the_id() {
    let c = Collection::new();
    let text = draft("gent-taalcafe");
    c.practice("gent-praattafel", &text);
    let d = c.validate().one("id-mismatch");
    assert_eq!((d.severity.as_str(), d.at()), ("error", (2, 5)));
    assert!(d.help().contains("gent-praattafel"), "help: {}", d.help());
}

#[test]
fn the_same_id_in_two_sub_folders_is_id_duplicate_in_both_files() {
    let c = Collection::new();
    c.file("practices/oost/gent-taalcafe.md", draft("gent-taalcafe"));
    c.file(
        "practices/west/gent-taalcafe.md",
        draft("gent-taalcafe").replace("title: Praktijk gent-taalcafe", "title: Een ander verhaal"),
    );
    let run = c.validate();
    let found: Vec<(String, (usize, usize))> = run
        .all("id-duplicate")
        .into_iter()
        .map(|d| (d.path.clone(), d.at()))
        .collect();
    assert_eq!(
        found,
        vec![
            ("practices/oost/gent-taalcafe.md".to_owned(), (2, 5)),
            ("practices/west/gent-taalcafe.md".to_owned(), (2, 5)),
        ]
    );
    assert!(
        run.all("id-duplicate")[0]
            .message
            .contains("practices/west/gent-taalcafe.md")
    );
}

#[test]
fn a_related_id_that_exists_passes() {
    let c = Collection::new();
    c.practice("aalst-taalcafe", &draft("aalst-taalcafe"));
    c.practice(
        "gent-taalcafe",
        &add_field(&draft("gent-taalcafe"), "related: [aalst-taalcafe]"),
    );
    c.validate().assert_clean();
}

#[test]
fn a_related_id_that_does_not_exist_is_related_missing_with_a_did_you_mean() {
    let c = Collection::new();
    c.practice("aalst-taalcafe", &draft("aalst-taalcafe"));
    let text = add_field(&draft("gent-taalcafe"), "related: [aalst-taalcaffe]");
    c.practice("gent-taalcafe", &text);
    let d = c.validate().one("related-missing");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "aalst-taalcaffe"))
    );
    assert!(
        d.help().contains("bedoelde u `aalst-taalcafe`?"),
        "help: {}",
        d.help()
    );
}

#[test]
fn a_practice_related_to_itself_is_related_self() {
    let text = add_field(&draft("gent-taalcafe"), "related: [gent-taalcafe]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("related-self");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate_nth(&text, "gent-taalcafe", 2))
    );
}

#[test]
fn near_duplicate_titles_are_a_title_duplicate_warning_in_both_files() {
    let c = Collection::new();
    c.practice(
        "gent-taalcafe",
        &replace_line(
            &draft("gent-taalcafe"),
            "title:",
            "title: Het Taalcafé in Gent",
        ),
    );
    c.practice(
        "gent-taalcafe-2",
        &replace_line(
            &draft("gent-taalcafe-2"),
            "title:",
            "title: \"Gent: taalcafe\"",
        ),
    );
    let run = c.validate();
    let found = run.all("title-duplicate");
    assert_eq!(found.len(), 2, "{}", run.dump());
    for d in &found {
        assert_eq!((d.severity.as_str(), d.at()), ("warning", (3, 8)));
    }
    assert_eq!(run.code, 0, "warnings alone do not fail");
}

#[test]
fn strict_turns_a_warning_into_exit_1() {
    let c = Collection::new();
    twin_titles(&c);
    assert_eq!(c.run(&["validate", "--format", "json"]).code, 0);
    let strict = c.run(&["validate", "--format", "json", "--strict"]);
    assert_eq!(strict.code, 1);
    assert_eq!(strict.json()["warnings"], 2);
}

#[test]
fn different_titles_about_the_same_place_are_not_duplicates() {
    let c = Collection::new();
    c.practice(
        "gent-taalcafe",
        &replace_line(&draft("gent-taalcafe"), "title:", "title: Taalcafé Gent"),
    );
    c.practice(
        "aalst-taalcafe",
        &replace_line(&draft("aalst-taalcafe"), "title:", "title: Taalcafé Aalst"),
    );
    c.validate().assert_clean();
}

#[test]
fn hidden_files_hidden_folders_and_other_extensions_are_not_practices() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.file("practices/.concept.md", "kapot");
    c.file("practices/.archief/oud.md", "kapot");
    c.file("practices/notities.txt", "kapot");
    let run = c.validate();
    run.assert_clean();
    assert_eq!(run.json()["files"], 1);
}

#[test]
fn practices_in_nested_sub_folders_are_found() {
    let c = Collection::new();
    c.file(
        "practices/oost-vlaanderen/gent/2024/gent-taalcafe.md",
        replace_line(&draft("gent-taalcafe"), "title:", "title: ab"),
    );
    let run = c.validate();
    assert_eq!(
        run.one("invalid-value").path,
        "practices/oost-vlaanderen/gent/2024/gent-taalcafe.md"
    );
}

#[test]
fn windows_reserved_ids_are_id_reserved_in_any_case_and_before_a_dot() {
    for id in ["con", "nul", "aux", "prn", "com1", "lpt9"] {
        let text = draft(id);
        let run = Collection::with(id, &text).validate();
        let d = run.one("id-reserved");
        assert_eq!(d.at(), (2, 5), "the value of `id:`");
        assert!(d.message.contains(id), "{}", d.message);
    }
    // A file name in capitals or with a dot reaches the same device on Windows.
    let run = Collection::with("CON.txt", &draft("con-txt")).validate();
    run.one("id-reserved");
    // Words that only begin like one are fine.
    Collection::with("console", &draft("console"))
        .validate()
        .assert_clean();
    Collection::with("com10", &draft("com10"))
        .validate()
        .assert_clean();
}
