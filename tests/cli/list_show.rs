//! `practice show ID`: one practice with Dutch labels and its body, or as JSON.

use crate::export_common;

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
        run.stderr
            .contains("geen praktijk met id `gent-taalcaf`; bedoelde u `gent-taalcafe`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn an_unknown_id_without_a_near_one_says_so_in_dutch() {
    let run = fixture().run(&["show", "xyzzy-helemaal-anders"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("geen praktijk met id `xyzzy-helemaal-anders`"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("bedoelde"), "{}", run.stderr);
}

#[test]
fn the_body_hides_html_comments_and_wraps_without_splitting_words() {
    let f = Fixture::new();
    let long = "Vrijwilligers begeleiden nieuwkomers wekelijks tijdens ontmoetingsmomenten \
                in de bibliotheek van Sint-Niklaas-Temse-Beveren en oefenen samen Nederlands in alledaagse situaties.";
    f.add(&Practice::new("gent-lang").aanpak(&format!(
        "<!-- Beschrijf hier de aanpak: wie, wat, hoe. -->\n\n{long}\n\n- {long}\n\n<!-- nog\neen hint -->"
    )));
    let out = f.run(&["show", "gent-lang", "--width", "50"]).ok().stdout;
    assert!(!out.contains("<!--") && !out.contains("-->"), "{out}");
    assert!(
        !out.contains("Beschrijf hier") && !out.contains("hint"),
        "{out}"
    );
    let body = &out[out.find("## Aanpak").expect("the body")..];
    for line in body.lines() {
        assert!(line.chars().count() <= 50, "too wide: `{line}`\n{body}");
    }
    for word in long.split_whitespace().filter(|w| w.len() >= 8) {
        let whole = body
            .lines()
            .filter(|l| l.split_whitespace().any(|w| w == word))
            .count();
        assert!(whole >= 2, "`{word}` split:\n{body}");
    }
    // A list item's continuation lines sit under its text.
    let item = body.lines().position(|l| l.starts_with("- ")).unwrap();
    let next = body.lines().nth(item + 1).unwrap();
    assert!(next.starts_with("  ") && !next.starts_with("   "), "{body}");
    // Blocks stay apart by one blank line, not the several the comments leave.
    assert!(!body.contains("\n\n\n"), "{body}");
}
