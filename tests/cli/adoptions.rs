//! Adoptions (`adoptions`: other municipalities that took a practice over) and `based_on` (a
//! municipality's own version of another practice) as readers meet them: shown by `show`, the
//! exports and the brochure, and counted by `stats`. Their validation is specified in
//! `validate_rules/adoptions.rs`.

use crate::common;

use common::{Collection, add_field, published, replace_line};

/// A published practice in Gent with `lines` added to its front matter.
fn with(lines: &[&str]) -> Collection {
    let mut text = published("gent-taalcafe");
    for line in lines {
        text = add_field(&text, line);
    }
    Collection::with("gent-taalcafe", &text)
}

fn fixture() -> Collection {
    let c = with(&[
        "adoptions:",
        "  - {municipality: Aalst, since: 2023-09, note: met de bibliotheek}",
        "  - {municipality: Hasselt, since: 2024}",
    ]);
    let mut leuven = replace_line(
        &published("leuven-buddy"),
        "municipalities:",
        "municipalities: [Leuven]",
    );
    for line in [
        "adoptions:",
        "  - {municipality: Aalst, since: 2022}",
        "based_on: gent-taalcafe",
    ] {
        leuven = add_field(&leuven, line);
    }
    c.practice("leuven-buddy", &leuven);
    c
}

/// Runs the binary and asserts exit 0.
fn ok(c: &Collection, args: &[&str]) -> common::Run {
    let run = c.run(args);
    assert_eq!(run.code, 0, "{}", run.dump());
    run
}

#[test]
fn show_lists_adoptions_with_their_date_and_the_practice_it_is_based_on() {
    let c = fixture();
    let out = ok(&c, &["show", "gent-taalcafe"]).stdout;
    assert!(out.contains("Overgenomen door"), "{out}");
    assert!(
        out.contains("Aalst (41002, Oost-Vlaanderen), sinds 2023-09: met de bibliotheek"),
        "{out}"
    );
    let out = ok(&c, &["show", "leuven-buddy"]).stdout;
    assert!(out.contains("Gebaseerd op"), "{out}");
    assert!(out.contains("gent-taalcafe"), "{out}");
    let json = ok(&c, &["show", "gent-taalcafe", "--format", "json"]).json();
    assert_eq!(json["adoptions"][0]["municipality"], "Aalst");
    assert_eq!(json["adoptions"][0]["since"], "2023-09");
    assert_eq!(json["adopters"][1]["name"], "Hasselt");
    assert_eq!(json["adopters"][1]["province"], "Limburg");
}

#[test]
fn exports_carry_adoptions_in_every_format() {
    let c = fixture();
    let out = c.root().join("out");
    ok(&c, &["export", "--out", &format!("{}/", out.display())]);
    let text = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text("practices.json")).unwrap();
    let gent = json
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == "gent-taalcafe")
        .unwrap();
    assert_eq!(gent["adopters"][0]["nis"], "41002");
    let ndjson = text("practices.ndjson");
    assert!(ndjson.contains("\"adopters\""), "{ndjson}");
    let csv = text("practices.csv");
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains(";Bestand;Overgenomen door;Gebaseerd op"),
        "{header}"
    );
    let leuven = csv.lines().find(|l| l.starts_with("leuven-buddy")).unwrap();
    assert!(
        leuven.contains("Aalst (41002, Oost-Vlaanderen), sinds 2022;gent-taalcafe"),
        "{leuven}"
    );
    let html = text("index.html");
    assert!(html.contains("<dt>Overgenomen door</dt>"), "{html}");
    assert!(
        html.contains("Hasselt (71072, Limburg), sinds 2024"),
        "{html}"
    );
    assert!(html.contains("<dt>Gebaseerd op</dt>"), "{html}");
}

#[test]
fn stats_count_reach_by_own_practice_and_with_adoptions() {
    let c = fixture();
    let s = ok(&c, &["stats", "--format", "json"]).json();
    let cov = &s["coverage"];
    assert_eq!(cov["reached"], 2, "Gent and Leuven");
    assert_eq!(cov["reached_or_adopted"], 4, "and Aalst, Hasselt");
    let limburg = cov["provinces"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["province"] == "Limburg")
        .unwrap();
    assert_eq!(limburg["reached"], 0);
    assert_eq!(limburg["reached_or_adopted"], 1);
    assert_eq!(limburg["adoption_only"][0]["name"], "Hasselt");
    assert!(
        !limburg["without"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["name"] == "Hasselt")
    );
    assert_eq!(s["most_adopted"][0]["id"], "gent-taalcafe");
    assert_eq!(s["most_adopted"][0]["adoptions"], 2);
    assert_eq!(s["most_adopted"][1]["adoptions"], 1);

    let human = ok(&c, &["stats"]).stdout;
    assert!(
        human.contains("Bereikt: 4 van de 285 gemeenten (1,4 %); 281 nog zonder praktijk"),
        "{human}"
    );
    assert!(
        human.contains("waarvan 2 met een eigen praktijk en 2 met een overgenomen praktijk"),
        "{human}"
    );
    assert!(human.contains("Meest overgenomen"), "{human}");
    assert!(
        human.contains("    2  Praktijk gent-taalcafe (gent-taalcafe)"),
        "{human}"
    );
}
