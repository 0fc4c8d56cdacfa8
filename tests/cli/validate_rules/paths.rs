//! Attachment paths (`attachments`, `deployability.materials`, `evidence.sources`) exist and stay
//! inside `practices/<id>/`: no `..` escape, no absolute path, no symlink leading out.

use crate::common::*;

fn with_attachments(list: &str) -> String {
    add_field(&review("gent-taalcafe"), &format!("attachments: {list}"))
}

#[test]
fn an_attachment_inside_the_practice_folder_passes() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/draaiboek.pdf, gent-taalcafe/foto/zaal.jpg]"),
    );
    c.file("practices/gent-taalcafe/draaiboek.pdf", "%PDF");
    c.file("practices/gent-taalcafe/foto/zaal.jpg", "jpg");
    c.validate().assert_clean();
}

#[test]
fn the_attachment_folder_is_not_read_as_practices() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/notities.md]"),
    );
    c.file("practices/gent-taalcafe/notities.md", "# Geen praktijk\n");
    let run = c.validate();
    run.assert_clean();
    assert_eq!(run.json()["files"], 1);
}

#[test]
fn attachments_of_a_practice_in_a_sub_folder_live_beside_it() {
    let c = Collection::new();
    c.file(
        "practices/oost-vlaanderen/gent-taalcafe.md",
        with_attachments("[gent-taalcafe/draaiboek.pdf]"),
    );
    c.file(
        "practices/oost-vlaanderen/gent-taalcafe/draaiboek.pdf",
        "%PDF",
    );
    c.validate().assert_clean();
}

#[test]
fn an_attachment_that_does_not_exist_is_attachment_missing() {
    let text = with_attachments("[gent-taalcafe/draaiboek.pdf]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("attachment-missing");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "gent-taalcafe/draaiboek.pdf"))
    );
    assert!(
        d.help().contains("practices/gent-taalcafe/draaiboek.pdf"),
        "help: {}",
        d.help()
    );
}

#[test]
fn a_dot_dot_escape_is_path_outside() {
    let text = with_attachments("[gent-taalcafe/../../schema/rules.yaml]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("path-outside");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "gent-taalcafe/.."))
    );
}

#[test]
fn an_attachment_of_another_practice_is_path_outside() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[aalst-taalcafe/draaiboek.pdf]"),
    );
    c.file("practices/aalst-taalcafe/draaiboek.pdf", "%PDF");
    c.validate().one("path-outside");
}

#[test]
fn a_path_beside_the_practice_but_outside_its_folder_is_path_outside() {
    let c = Collection::with("gent-taalcafe", &with_attachments("[draaiboek.pdf]"));
    c.file("practices/draaiboek.pdf", "%PDF");
    c.validate().one("path-outside");
}

#[test]
fn an_absolute_path_is_path_outside() {
    let text = with_attachments("[/etc/passwd]");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("path-outside");
    assert_eq!(d.at(), locate(&text, "/etc/passwd"));
}

#[test]
fn a_windows_drive_path_is_path_outside() {
    let text = with_attachments("['C:\\Users\\jan\\draaiboek.pdf']");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .one("path-outside");
}

#[cfg(unix)]
#[test]
fn a_symlink_pointing_outside_the_folder_is_path_outside() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/rules.yaml]"),
    );
    std::fs::create_dir_all(c.practices().join("gent-taalcafe")).unwrap();
    std::os::unix::fs::symlink(
        c.root().join("schema/rules.yaml"),
        c.practices().join("gent-taalcafe/rules.yaml"),
    )
    .unwrap();
    c.validate().one("path-outside");
}

#[cfg(unix)]
#[test]
fn a_symlink_folder_pointing_outside_is_path_outside() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/schema/rules.yaml]"),
    );
    std::fs::create_dir_all(c.practices().join("gent-taalcafe")).unwrap();
    std::os::unix::fs::symlink(
        c.root().join("schema"),
        c.practices().join("gent-taalcafe/schema"),
    )
    .unwrap();
    c.validate().one("path-outside");
}

#[cfg(unix)]
#[test]
fn an_attachment_folder_that_is_a_symlink_out_of_the_collection_is_path_outside() {
    // `practices/<id>/` itself leads out: every file found through it is outside, exactly as
    // for a link inside the folder.
    let text = with_attachments("[gent-taalcafe/rules.yaml]");
    let c = Collection::with("gent-taalcafe", &text);
    std::os::unix::fs::symlink(c.root().join("schema"), c.practices().join("gent-taalcafe"))
        .unwrap();
    let d = c.validate().one("path-outside");
    assert_eq!(d.at(), locate(&text, "gent-taalcafe/rules.yaml"));
    // A body link through that folder leaves the collection too.
    let linked = format!("{text}\nZie [de regels](gent-taalcafe/rules.yaml).\n");
    c.practice("gent-taalcafe", &linked);
    let run = c.validate();
    run.one("path-outside");
    assert!(
        run.one("link-broken")
            .message
            .contains("gaat buiten de collectie")
    );
}

#[cfg(unix)]
#[test]
fn an_attachment_folder_that_is_a_symlink_inside_the_collection_passes() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/draaiboek.pdf]"),
    );
    c.file("practices/gedeeld/draaiboek.pdf", "%PDF");
    std::os::unix::fs::symlink("gedeeld", c.practices().join("gent-taalcafe")).unwrap();
    c.validate().assert_clean();
}

#[cfg(unix)]
#[test]
fn a_symlink_staying_inside_the_folder_passes() {
    let c = Collection::with(
        "gent-taalcafe",
        &with_attachments("[gent-taalcafe/laatste.pdf]"),
    );
    c.file("practices/gent-taalcafe/draaiboek-v2.pdf", "%PDF");
    std::os::unix::fs::symlink(
        "draaiboek-v2.pdf",
        c.practices().join("gent-taalcafe/laatste.pdf"),
    )
    .unwrap();
    c.validate().assert_clean();
}

#[test]
fn materials_outside_the_folder_are_path_outside() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "deployability:",
        "deployability: {cost: laag, materials: [../rules.yaml]}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("path-outside");
    assert_eq!(d.at(), locate(&text, "../rules.yaml"));
}

#[test]
fn a_missing_evidence_source_file_is_attachment_missing() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "evidence:",
        "evidence: {level: output-gemeten, sources: [gent-taalcafe/verslag.pdf]}",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .one("attachment-missing");
}

#[test]
fn web_addresses_in_sources_and_materials_are_not_paths() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "deployability:",
        "deployability: {cost: laag, materials: [\"https://example.org/draaiboek.pdf\"]}",
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}
