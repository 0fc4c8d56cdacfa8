//! Which practices an export takes: published ones unless `--status` says otherwise, narrowed
//! by the filters shared with `list` and `search`.

use crate::export_common;

use export_common::{Fixture, Practice, unzip};

fn ids(f: &Fixture, args: &[&str]) -> Vec<String> {
    let out = f.out("bundle.zip");
    let _ = std::fs::remove_file(&out);
    f.export(&out, args);
    let files = unzip(&out);
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    m["practices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-gepubliceerd"));
    f.add(&Practice::new("gent-review").status("review"));
    f.add(&Practice::new("gent-ontwerp").status("draft"));
    f.add(&Practice::new("gent-archief").status("archived"));
    f.add(
        &Practice::new("hasselt-werk")
            .places(&["71022"])
            .themes(&["werk-ondernemerschap"])
            .start("2023"),
    );
    f.add(
        &Practice::new("tongeren-taal")
            .places(&["Tongeren"])
            .themes(&["oefenkansen-nederlands", "taalbeleid"])
            .target_groups(&["vrouwen"])
            .start("2021-03"),
    );
    f
}

#[test]
fn by_default_only_published_practices_go_out() {
    let f = fixture();
    assert_eq!(
        ids(&f, &[]),
        ["gent-gepubliceerd", "hasselt-werk", "tongeren-taal"]
    );
}

#[test]
fn status_widens_the_selection_explicitly() {
    let f = fixture();
    assert_eq!(
        ids(&f, &["--status", "review", "--status", "draft"]),
        ["gent-ontwerp", "gent-review"]
    );
    assert_eq!(ids(&f, &["--status", "archived"]), ["gent-archief"]);
}

#[test]
fn filters_combine_with_and_and_values_with_or() {
    let f = fixture();
    assert_eq!(
        ids(&f, &["--province", "limburg"]),
        ["hasselt-werk", "tongeren-taal"]
    );
    assert_eq!(
        ids(&f, &["--province", "Limburg", "--theme", "taalbeleid"]),
        ["tongeren-taal"]
    );
    assert_eq!(
        ids(
            &f,
            &["--theme", "werk-ondernemerschap", "--theme", "taalbeleid"]
        ),
        ["hasselt-werk", "tongeren-taal"]
    );
    assert_eq!(ids(&f, &["--target-group", "vrouwen"]), ["tongeren-taal"]);
    assert_eq!(ids(&f, &["--since", "2022"]), ["hasselt-werk"]);
    assert_eq!(ids(&f, &["--municipality", "Hasselt"]), ["hasselt-werk"]);
}

#[test]
fn a_municipality_may_be_named_by_its_pre_2025_name() {
    let f = Fixture::new();
    // Borsbeek became part of Antwerpen (11002) in 2025.
    f.add(&Practice::new("antwerpen-onthaal").places(&["11002"]));
    assert_eq!(
        ids(&f, &["--municipality", "Borsbeek"]),
        ["antwerpen-onthaal"]
    );
}

#[test]
fn an_empty_selection_is_an_error_that_explains_the_default() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-ontwerp").status("draft"));
    let run = f.run(&["export", "--out", "x.zip"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("Export neemt alleen gepubliceerde praktijken"),
        "{}",
        run.stderr
    );
    assert!(!f.root().join("x.zip").exists());
}

#[test]
fn an_unknown_filter_value_gets_a_suggestion() {
    let f = fixture();
    let run = f.run(&["export", "--out", "x.zip", "--theme", "taalbeleidd"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("bedoelde u `taalbeleid`"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_query_narrows_the_selection_and_is_recorded() {
    let f = Fixture::new();
    f.add(
        &Practice::new("gent-taalcafe")
            .title("Taalcafé in de bibliotheek")
            .keywords(&["taalcafé", "bibliotheek"]),
    );
    f.add(
        &Practice::new("gent-werk")
            .title("Jobbeurs voor nieuwkomers")
            .keywords(&["werk", "vacatures"]),
    );
    assert_eq!(ids(&f, &["--query", "bibliotheek"]), ["gent-taalcafe"]);
    let files = unzip(&f.out("bundle.zip"));
    let m: serde_json::Value = serde_json::from_slice(&files["manifest.json"]).unwrap();
    assert_eq!(m["query"], "bibliotheek");
    assert_eq!(m["count"], 1);
}
