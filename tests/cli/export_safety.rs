//! What an export refuses to do: write into the collection, replace what is not its own, or
//! copy files from outside the collection through a symbolic link.

use crate::export_common;

use export_common::{Fixture, Practice, unzip};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe"));
    f
}

fn refused(f: &Fixture, args: &[&str]) -> String {
    let mut all = vec!["export"];
    all.extend_from_slice(args);
    let run = f.run(&all);
    assert_eq!(run.code, 2, "expected a refusal:\n{}", run.stdout);
    run.stderr
}

#[test]
fn refuses_to_write_inside_practices_or_schema() {
    let f = fixture();
    for out in [
        "practices/bundle.zip",
        "practices/sub/",
        "schema/x.zip",
        "out/../schema/y.zip",
    ] {
        let err = refused(&f, &["--out", out]);
        assert!(err.contains("wordt niet geschreven"), "{out}: {err}");
    }
    assert!(!f.root().join("practices/bundle.zip").exists());
    assert!(!f.root().join("schema/x.zip").exists());
}

#[cfg(unix)]
#[test]
fn refuses_a_symlinked_folder_that_leads_into_practices() {
    let f = fixture();
    std::os::unix::fs::symlink(f.root().join("practices"), f.root().join("innocent")).unwrap();
    let err = refused(&f, &["--out", "innocent/bundle.zip"]);
    assert!(err.contains("practices/"), "{err}");
}

#[test]
fn refuses_to_replace_the_collection_itself() {
    let f = fixture();
    let root = format!("{}/", f.root().display());
    let err = refused(&f, &["--out", &root, "--force"]);
    assert!(err.contains("wordt niet geschreven"), "{err}");
    assert!(f.root().join("practices/gent-taalcafe.md").exists());
}

#[test]
fn refuses_to_replace_an_existing_path_without_force() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let before = std::fs::read(&out).unwrap();
    let err = refused(&f, &["--out", out.to_str().unwrap()]);
    assert!(
        err.contains("bestaat al") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn force_replaces_a_bundle_of_the_same_kind() {
    let f = fixture();
    let zip = f.out("bundle.zip");
    f.export(&zip, &[]);
    f.add(&Practice::new("gent-tweede"));
    f.export(&zip, &["--force"]);
    assert!(unzip(&zip).contains_key("practices/gent-tweede.md"));
    let dir = f.root().join("out/folder/");
    f.export(&dir, &[]);
    std::fs::remove_file(f.root().join("practices/gent-tweede.md")).unwrap();
    f.export(&dir, &["--force"]);
    assert!(!dir.join("practices/gent-tweede.md").exists());
    assert!(dir.join("manifest.json").exists());
}

#[test]
fn force_does_not_replace_what_is_not_a_bundle() {
    let f = fixture();
    let notes = f.file("out/notes.zip", "mijn notities");
    let err = refused(&f, &["--out", notes.to_str().unwrap(), "--force"]);
    assert!(err.contains("geen zip-bestand"), "{err}");
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mijn notities");
    f.file("out/home/thesis.txt", "belangrijk");
    let home = format!("{}/", f.root().join("out/home").display());
    let err = refused(&f, &["--out", &home, "--force"]);
    assert!(err.contains("zonder manifest.json"), "{err}");
    assert!(f.root().join("out/home/thesis.txt").exists());
}

#[test]
fn no_temporary_files_are_left_behind() {
    let f = fixture();
    f.export(&f.out("bundle.zip"), &[]);
    f.export(&f.root().join("out/folder/"), &[]);
    let mut names: Vec<String> = std::fs::read_dir(f.root().join("out"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["bundle.zip", "folder"]);
}

#[cfg(unix)]
#[test]
fn an_attachment_linking_outside_the_collection_is_not_followed() {
    let f = fixture();
    let secret = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(secret.path(), "GEHEIM buiten de collectie").unwrap();
    f.file("practices/gent-taalcafe/gewoon.txt", "gewone bijlage");
    let link = f.root().join("practices/gent-taalcafe/geheim.txt");
    std::os::unix::fs::symlink(secret.path(), &link).unwrap();
    std::os::unix::fs::symlink("/etc", f.root().join("practices/gent-taalcafe/etc")).unwrap();
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    assert!(
        run.stderr
            .contains("practices/gent-taalcafe/geheim.txt zit niet in de bundel"),
        "{}",
        run.stderr
    );
    let files = unzip(&out);
    assert!(files.contains_key("practices/gent-taalcafe/gewoon.txt"));
    assert!(
        !files
            .keys()
            .any(|k| k.contains("geheim") || k.contains("etc")),
        "{:?}",
        files.keys()
    );
    assert!(!files.values().any(|v| v.windows(6).any(|w| w == b"GEHEIM")));
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(m["skipped_attachments"].as_array().unwrap().len(), 2);
}

#[cfg(unix)]
#[test]
fn an_attachment_folder_that_is_a_link_outside_is_not_followed() {
    let f = fixture();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("passwd"), "GEHEIM").unwrap();
    std::os::unix::fs::symlink(outside.path(), f.root().join("practices/gent-taalcafe")).unwrap();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    assert!(!unzip(&out).keys().any(|k| k.contains("passwd")));
}

#[cfg(unix)]
#[test]
fn a_link_that_stays_inside_the_collection_is_copied_as_a_file() {
    let f = fixture();
    f.file("gedeeld/logo.txt", "logo");
    std::fs::create_dir_all(f.root().join("practices/gent-taalcafe")).unwrap();
    std::os::unix::fs::symlink(
        f.root().join("gedeeld/logo.txt"),
        f.root().join("practices/gent-taalcafe/logo.txt"),
    )
    .unwrap();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    assert_eq!(unzip(&out)["practices/gent-taalcafe/logo.txt"], b"logo");
}
