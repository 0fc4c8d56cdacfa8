//! `practice show ID`: one practice with Dutch labels and its body, or as JSON.

mod export_common;

use export_common::{Fixture, Practice};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe").title("Taalcafé in Gent"));
    f
}

#[test]
fn shows_labelled_fields_then_the_body() {
    let run = fixture().run(&["show", "gent-taalcafe"]).ok();
    let out = &run.stdout;
    for line in [
        "Titel",
        "Taalcafé in Gent",
        "Gemeenten",
        "Gent (44021, Oost-Vlaanderen)",
        "Thema's",
        "Oefenkansen Nederlands",
        "Gepubliceerd",
        "40 deelnemers per jaar",
        "Werkt aantoonbaar: deels",
    ] {
        assert!(out.contains(line), "`{line}` missing:\n{out}");
    }
    let fields = out.find("Gemeenten").unwrap();
    let body = out.find("## Context").expect("the Markdown body");
    assert!(fields < body);
}

#[test]
fn accepts_the_path_of_the_file() {
    let run = fixture().run(&["show", "practices/gent-taalcafe.md"]).ok();
    assert!(run.stdout.contains("Taalcafé in Gent"));
}

#[test]
fn json_is_the_parsed_practice() {
    let json = fixture()
        .run(&["show", "gent-taalcafe", "--format", "json"])
        .ok()
        .json();
    assert_eq!(json["id"], "gent-taalcafe");
    assert_eq!(json["places"][0]["name"], "Gent");
    assert!(
        json["body_markdown"]
            .as_str()
            .unwrap()
            .contains("## Aanpak")
    );
    assert!(json["body_text"].as_str().unwrap().contains("Aanpak"));
}

#[test]
fn an_unknown_id_gets_a_suggestion() {
    let run = fixture().run(&["show", "gent-taalcaf"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("did you mean `gent-taalcafe`"),
        "{}",
        run.stderr
    );
}
