//! Export sees the findings `validate` sees, the cross-file ones included, and never puts two
//! practices with the same id into one bundle: the one whose file is named after the id goes
//! in (else the first by path), the others are left out with a warning that names them.

use crate::export_common;

use export_common::{Fixture, Practice, text, unzip};

fn ids(files: &std::collections::BTreeMap<String, Vec<u8>>) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&text(files, "practices.json")).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_duplicate_id_is_warned_about_and_exported_once() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe").title("Taalcafé in Gent"));
    // A copy under another file name that kept the id.
    f.practice(
        "gent-taalcafe-kopie",
        &Practice::new("gent-taalcafe")
            .title("Praatgroep Gent")
            .text(),
    );
    f.add(&Practice::new("leuven-buddys").places(&["24062"]));
    // `validate` agrees these are errors.
    let validate = f.run(&["validate"]);
    assert_eq!(validate.code, 1, "{}", validate.stdout);
    assert!(
        validate.stdout.contains("id-duplicate"),
        "{}",
        validate.stdout
    );

    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    assert!(
        run.stderr.contains("gekozen praktijken hebben fouten")
            && run.stderr.contains("gent-taalcafe"),
        "the warning sees the cross-file error:\n{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("practices/gent-taalcafe-kopie.md zit niet in de bundel: zijn id `gent-taalcafe` wordt ook gebruikt door practices/gent-taalcafe.md, dat wel meegaat"),
        "{}",
        run.stderr
    );
    let files = unzip(&out);
    assert_eq!(ids(&files), ["gent-taalcafe", "leuven-buddys"]);
    assert!(files.contains_key("practices/gent-taalcafe.md"));
    assert!(!files.contains_key("practices/gent-taalcafe-kopie.md"));
    let ndjson = text(&files, "practices.ndjson");
    assert_eq!(ndjson.lines().count(), 2, "{ndjson}");
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(m["count"], 2);
    assert_eq!(
        m["skipped_practices"][0]["path"],
        "practices/gent-taalcafe-kopie.md"
    );
    let json: serde_json::Value = serde_json::from_str(&text(&files, "practices.json")).unwrap();
    assert_eq!(
        json[0]["valid"], false,
        "the record says what validate says"
    );
}

#[test]
fn other_cross_file_errors_reach_the_warning() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe").extra("related: [bestaat-niet]"));
    f.add(&Practice::new("leuven-buddys").places(&["24062"]));
    let out = f.out("bundle.zip");
    let run = f.export(&out, &[]);
    assert!(
        run.stderr.contains(
            "1 gekozen praktijk heeft fouten (`practice validate` toont ze): gent-taalcafe"
        ),
        "{}",
        run.stderr
    );
    let json: serde_json::Value =
        serde_json::from_str(&text(&unzip(&out), "practices.json")).unwrap();
    assert_eq!(json[0]["valid"], false);
    assert_eq!(json[1]["valid"], true);
}
