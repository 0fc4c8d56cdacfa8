//! `practice export`: what a bundle holds, per format, as zip and as folder, and that two runs
//! give the same bytes.

use crate::export_common;

use export_common::{Fixture, Practice, text, unzip};
use sha2::{Digest, Sha256};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe").title("Taalcafé in Gent"));
    f.add(
        &Practice::new("leuven-buddys")
            .title("Buddy's in Leuven")
            .places(&["24062"])
            .themes(&["netwerk-buddy"]),
    );
    f.add(&Practice::new("gent-ontwerp").status("draft"));
    f
}

#[test]
fn a_zip_holds_manifest_data_files_brochure_and_originals() {
    let f = fixture();
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    assert!(
        run.stdout.contains("2 praktijken geëxporteerd"),
        "{}",
        run.stdout
    );
    let names: Vec<String> = unzip(&out).into_keys().collect();
    assert_eq!(
        names,
        [
            "coverage.svg",
            "index.html",
            "manifest.json",
            "practices.bulk.ndjson",
            "practices.csv",
            "practices.json",
            "practices.ndjson",
            "practices/gent-taalcafe.md",
            "practices/leuven-buddys.md",
        ]
    );
}

#[test]
fn the_manifest_says_how_the_bundle_was_made_and_hashes_each_source() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &["--theme", "oefenkansen-nederlands"]);
    let files = unzip(&out);
    let m: serde_json::Value = serde_json::from_str(&text(&files, "manifest.json")).unwrap();
    assert_eq!(m["tool"]["name"], "practice");
    assert_eq!(m["tool"]["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(m["schema_version"], 1);
    // A temporary folder is no git work tree: no commit, and no error either.
    assert!(m["git_commit"].is_null());
    assert_eq!(m["filters"]["statuses"], serde_json::json!(["published"]));
    assert_eq!(
        m["filters"]["themes"],
        serde_json::json!(["oefenkansen-nederlands"])
    );
    assert!(m["query"].is_null());
    assert_eq!(m["count"], 1);
    let item = &m["practices"][0];
    assert_eq!(item["id"], "gent-taalcafe");
    assert_eq!(item["title"], "Taalcafé in Gent");
    assert_eq!(item["path"], "practices/gent-taalcafe.md");
    let source = std::fs::read(f.root().join("practices/gent-taalcafe.md")).unwrap();
    let hex: String = Sha256::digest(&source)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    assert_eq!(item["sha256"], hex);
    assert_eq!(files["practices/gent-taalcafe.md"], source);
}

#[test]
fn practices_json_holds_front_matter_places_and_the_body_twice() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let json: serde_json::Value =
        serde_json::from_str(&text(&unzip(&out), "practices.json")).unwrap();
    let first = &json[0];
    assert_eq!(first["id"], "gent-taalcafe");
    assert_eq!(first["status"], "published");
    assert_eq!(
        first["themes"],
        serde_json::json!(["oefenkansen-nederlands"])
    );
    assert_eq!(first["reach"]["count"], 40);
    assert_eq!(first["places"][0]["name"], "Gent");
    assert_eq!(first["places"][0]["province"], "Oost-Vlaanderen");
    assert_eq!(first["provinces"], serde_json::json!(["Oost-Vlaanderen"]));
    assert!(
        first["body_markdown"]
            .as_str()
            .unwrap()
            .starts_with("## Context")
    );
    let plain = first["body_text"].as_str().unwrap();
    assert!(
        plain.starts_with("Context\n") && !plain.contains("##"),
        "{plain}"
    );
}

#[test]
fn ndjson_has_one_practice_per_line_and_the_bulk_file_an_action_before_each() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let files = unzip(&out);
    let lines: Vec<serde_json::Value> = text(&files, "practices.ndjson")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[1]["id"], "leuven-buddys");
    assert!(lines[1]["body_text"].is_string());
    let bulk: Vec<serde_json::Value> = text(&files, "practices.bulk.ndjson")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(bulk.len(), 4);
    assert_eq!(
        bulk[0],
        serde_json::json!({"index": {"_id": "gent-taalcafe"}})
    );
    assert_eq!(bulk[1], lines[0]);
    assert_eq!(bulk[2]["index"]["_id"], "leuven-buddys");
}

#[test]
fn csv_opens_in_a_flemish_spreadsheet() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let csv = text(&unzip(&out), "practices.csv");
    assert!(csv.starts_with('\u{feff}'), "no byte order mark");
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    let header = lines.next().unwrap();
    assert!(header.starts_with("id;Titel;Status;Gemeenten;"), "{header}");
    let row = lines.next().unwrap();
    assert!(
        row.starts_with("gent-taalcafe;Taalcafé in Gent;Gepubliceerd;Gent;44021;"),
        "{row}"
    );
    assert!(
        row.contains(";Oefenkansen Nederlands;"),
        "themes by Dutch label: {row}"
    );
}

#[test]
fn csv_delimiter_can_be_chosen() {
    let f = fixture();
    let out = f.out("bundle.zip");
    f.export(&out, &["--csv-delimiter", "tab"]);
    let csv = text(&unzip(&out), "practices.csv");
    assert!(csv.contains("id\tTitel\tStatus"), "{csv}");
    let bad = f.run(&["export", "--out", "x.zip", "--csv-delimiter", "ab"]);
    assert_eq!(bad.code, 2);
}

#[test]
fn a_path_ending_in_a_slash_gives_a_folder_with_the_same_files() {
    let f = fixture();
    let zip = f.out("bundle.zip");
    f.export(&zip, &[]);
    let dir = f.out("bundle");
    f.export(&f.root().join("out/bundle/"), &[]);
    for (name, bytes) in unzip(&zip) {
        assert_eq!(std::fs::read(dir.join(&name)).unwrap(), bytes, "{name}");
    }
    assert!(run_says_folder(&f));
}

fn run_says_folder(f: &Fixture) -> bool {
    let out = f.root().join("out/again/");
    f.export(&out, &[]).stdout.contains("(map)")
}

#[test]
fn attachments_travel_with_their_practice() {
    let f = Fixture::new();
    f.add(
        &Practice::new("gent-taalcafe")
            .extra("attachments: [gent-taalcafe/draaiboek.pdf]")
            .aanpak("Zie het [draaiboek](gent-taalcafe/draaiboek.pdf)."),
    );
    f.file(
        "practices/gent-taalcafe/draaiboek.pdf",
        b"%PDF-1.4 draaiboek",
    );
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let files = unzip(&out);
    assert_eq!(
        files["practices/gent-taalcafe/draaiboek.pdf"],
        b"%PDF-1.4 draaiboek"
    );
    let html = text(&files, "index.html");
    assert!(
        html.contains(r#"href="practices/gent-taalcafe/draaiboek.pdf""#),
        "{html}"
    );
}

#[test]
fn two_exports_of_the_same_collection_are_byte_identical() {
    let f = fixture();
    f.file("practices/gent-taalcafe/foto.txt", "bijlage");
    let (a, b) = (f.out("a.zip"), f.out("b.zip"));
    f.export(&a, &[]);
    // Newer modification times must not leak into the archive.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    f.file("practices/gent-taalcafe/foto.txt", "bijlage");
    f.export(&b, &[]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
}
