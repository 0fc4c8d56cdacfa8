//! `export --force` replaces only a bundle that `practice export` wrote, recognised by its
//! manifest (tool name and bundle format), and only when it holds nothing but what that bundle
//! listed. Anything else is refused with the reason, exit 2, and left exactly as it was.

use crate::export_common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

use export_common::{Fixture, Practice, unzip};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe"));
    f
}

/// Runs `export --out OUT --force`, expects exit 2, and returns stderr.
fn refused(f: &Fixture, out: &str) -> String {
    let run = f.run(&["export", "--out", out, "--force"]);
    assert_eq!(
        run.code, 2,
        "expected a refusal for {out}:\nstdout:\n{}\nstderr:\n{}",
        run.stdout, run.stderr
    );
    assert!(
        run.stderr.contains("wordt niet vervangen"),
        "{}",
        run.stderr
    );
    run.stderr
}

/// A zip archive with these entries.
fn zip_with(path: &Path, entries: &[(&str, &str)]) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let mut zip = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, text) in entries {
        zip.start_file(*name, zip::write::SimpleFileOptions::default())
            .unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
}

/// Every file below `dir` with its bytes, by `/`-separated relative name.
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).unwrap();
            let name = rel.to_string_lossy().replace('\\', "/");
            out.insert(name, std::fs::read(entry.path()).unwrap());
        }
    }
    out
}

#[test]
fn a_word_document_is_not_replaced_although_it_is_a_zip() {
    let f = fixture();
    // A .docx is a zip archive starting with `PK` like any other.
    let docx = f.out("verslag.docx");
    zip_with(
        &docx,
        &[
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", "<w:document>mijn verslag</w:document>"),
        ],
    );
    let before = std::fs::read(&docx).unwrap();
    assert_eq!(&before[..2], b"PK");
    let err = refused(&f, docx.to_str().unwrap());
    assert!(err.contains("verslag.docx"), "names the path: {err}");
    assert!(err.contains("manifest.json"), "says why: {err}");
    assert_eq!(std::fs::read(&docx).unwrap(), before, "left untouched");
}

#[test]
fn a_zip_with_someone_elses_manifest_is_not_replaced() {
    let f = fixture();
    let other = f.out("extensie.zip");
    zip_with(
        &other,
        &[
            (
                "manifest.json",
                r#"{"manifest_version": 3, "name": "Mijn extensie"}"#,
            ),
            ("background.js", "console.log(1)"),
        ],
    );
    let before = std::fs::read(&other).unwrap();
    let err = refused(&f, other.to_str().unwrap());
    assert!(err.contains("extensie.zip"), "{err}");
    assert!(
        err.contains("niet door `practice export` geschreven"),
        "{err}"
    );
    assert_eq!(std::fs::read(&other).unwrap(), before);
}

#[test]
fn a_folder_with_an_unrelated_manifest_is_not_wiped() {
    let f = fixture();
    f.file(
        "out/webapp/manifest.json",
        r#"{"name": "webapp", "version": "1.0.0"}"#,
    );
    f.file("out/webapp/src/main.js", "export default 1;");
    f.file("out/webapp/index.html", "<h1>mijn werk</h1>");
    let dir = f.root().join("out/webapp");
    let before = tree(&dir);
    let err = refused(&f, &format!("{}/", dir.display()));
    assert!(err.contains("webapp"), "names the path: {err}");
    assert!(
        err.contains("niet door `practice export` geschreven"),
        "{err}"
    );
    assert_eq!(tree(&dir), before, "every file left as it was");
}

#[test]
fn a_manifest_that_only_claims_the_tool_name_is_not_enough() {
    let f = fixture();
    // Our tool name but no bundle format: an older bundle, or a look-alike.
    f.file(
        "out/oud/manifest.json",
        r#"{"tool": {"name": "practice", "version": "0.0.1"}}"#,
    );
    f.file("out/oud/notities.txt", "belangrijk");
    let dir = f.root().join("out/oud");
    let before = tree(&dir);
    let err = refused(&f, &format!("{}/", dir.display()));
    assert!(err.contains("bundle_format"), "{err}");
    assert_eq!(tree(&dir), before);
}

#[test]
fn a_bundle_folder_to_which_the_user_added_files_is_not_replaced() {
    let f = fixture();
    f.file("practices/gent-taalcafe/plan.txt", "plan");
    let dir = f.root().join("out/bundel");
    f.export(&dir.join(""), &[]);
    // Files the user put into the bundle after it was written.
    f.file("out/bundel/mijn-opmerkingen.docx", "PK eigen werk");
    f.file("out/bundel/practices/gent-taalcafe/foto.jpg", "eigen foto");
    std::fs::create_dir_all(dir.join("eigen-map")).unwrap();
    let before = tree(&dir);
    let err = refused(&f, &format!("{}/", dir.display()));
    assert!(
        err.contains("mijn-opmerkingen.docx"),
        "names the extra file: {err}"
    );
    assert!(err.contains("practices/gent-taalcafe/foto.jpg"), "{err}");
    assert_eq!(tree(&dir), before, "the user's files and the bundle stay");
    assert!(dir.join("eigen-map").is_dir());
}

#[test]
fn a_bundle_zip_to_which_the_user_added_an_entry_is_not_replaced() {
    let f = fixture();
    let zip = f.out("bundel.zip");
    f.export(&zip, &[]);
    // Re-pack the bundle with one more entry, as an archive tool would.
    let mut entries = unzip(&zip);
    entries.insert("notities.txt".to_owned(), b"eigen notities".to_vec());
    let texts: Vec<(String, String)> = entries
        .iter()
        .map(|(k, v)| (k.clone(), String::from_utf8_lossy(v).into_owned()))
        .collect();
    let pairs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    zip_with(&zip, &pairs);
    let before = std::fs::read(&zip).unwrap();
    let err = refused(&f, zip.to_str().unwrap());
    assert!(err.contains("notities.txt"), "{err}");
    assert_eq!(std::fs::read(&zip).unwrap(), before);
}

#[test]
fn a_previous_bundle_is_replaced() {
    let f = fixture();
    f.file("practices/gent-taalcafe/plan.txt", "plan");
    let zip = f.out("bundel.zip");
    f.export(&zip, &[]);
    f.add(&Practice::new("gent-tweede"));
    f.export(&zip, &["--force"]);
    let files = unzip(&zip);
    assert!(files.contains_key("practices/gent-tweede.md"));
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(m["tool"]["name"], "practice");
    assert_eq!(m["bundle_format"], 1);
    let listed: Vec<&str> = m["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let mut inside: Vec<&str> = files
        .keys()
        .map(String::as_str)
        .filter(|k| *k != "manifest.json")
        .collect();
    inside.sort_unstable();
    assert_eq!(listed, inside, "the manifest lists every other file");

    let dir = f.root().join("out/map");
    f.export(&dir.join(""), &[]);
    std::fs::remove_file(f.root().join("practices/gent-tweede.md")).unwrap();
    f.export(&dir.join(""), &["--force"]);
    assert!(!dir.join("practices/gent-tweede.md").exists());
    assert!(dir.join("practices/gent-taalcafe/plan.txt").is_file());
    // An empty folder holds nothing to lose.
    let empty = f.root().join("out/leeg");
    std::fs::create_dir_all(&empty).unwrap();
    f.export(&empty.join(""), &["--force"]);
    assert!(empty.join("manifest.json").is_file());
}
