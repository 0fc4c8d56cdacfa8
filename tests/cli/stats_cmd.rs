//! `practice stats`: counts per status, province, theme and target group, and coverage of the
//! municipalities on a small fixture collection.

use crate::export_common;

use export_common::{Fixture, Practice};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("gent-een"));
    f.add(
        &Practice::new("gent-twee")
            .status("review")
            .themes(&["taalbeleid"]),
    );
    // Two municipalities in two provinces, one of them named by its pre-2025 name.
    f.add(
        &Practice::new("regio")
            .places(&["Leuven", "Borsbeek"])
            .themes(&["taalbeleid", "onderwijs"]),
    );
    f.add(&Practice::new("oud").status("archived").places(&["Hasselt"]));
    f
}

fn stats(f: &Fixture, args: &[&str]) -> serde_json::Value {
    let mut all = vec!["stats", "--format", "json"];
    all.extend_from_slice(args);
    f.run(&all).ok().json()
}

fn count(list: &serde_json::Value, id: &str) -> u64 {
    list.as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == id)
        .unwrap_or_else(|| panic!("no {id} in {list}"))["count"]
        .as_u64()
        .unwrap()
}

#[test]
fn counts_per_status_province_theme_and_target_group() {
    let s = stats(&fixture(), &[]);
    assert_eq!(s["practices"], 3);
    assert_eq!(
        s["statuses"],
        serde_json::json!(["draft", "review", "published"])
    );
    assert_eq!(count(&s["by_status"], "published"), 2);
    assert_eq!(count(&s["by_status"], "review"), 1);
    assert_eq!(count(&s["by_status"], "archived"), 0);
    assert_eq!(count(&s["by_province"], "Oost-Vlaanderen"), 2);
    assert_eq!(count(&s["by_province"], "Vlaams-Brabant"), 1);
    assert_eq!(count(&s["by_province"], "Antwerpen"), 1);
    assert_eq!(count(&s["by_province"], "Limburg"), 0);
    assert_eq!(count(&s["by_theme"], "taalbeleid"), 2);
    assert_eq!(count(&s["by_theme"], "oefenkansen-nederlands"), 1);
    assert_eq!(count(&s["by_theme"], "huisvesting"), 0);
    assert_eq!(count(&s["by_target_group"], "anderstalige-nieuwkomers"), 3);
    let theme = &s["by_theme"].as_array().unwrap()[0];
    assert_eq!(theme["label"], "Onthaal van nieuwkomers");
}

#[test]
fn coverage_counts_municipalities_reached_per_province() {
    let s = stats(&fixture(), &[]);
    let c = &s["coverage"];
    assert_eq!(c["municipalities"], 285);
    assert_eq!(c["reached"], 3, "Gent, Leuven, Antwerpen");
    let provinces = c["provinces"].as_array().unwrap();
    assert_eq!(provinces.len(), 5);
    let total: u64 = provinces
        .iter()
        .map(|p| p["municipalities"].as_u64().unwrap())
        .sum();
    assert_eq!(total, 285);
    let limburg = provinces
        .iter()
        .find(|p| p["province"] == "Limburg")
        .unwrap();
    assert_eq!(limburg["reached"], 0);
    let without = limburg["without"].as_array().unwrap();
    assert_eq!(
        without.len() as u64,
        limburg["municipalities"].as_u64().unwrap()
    );
    assert!(
        without.iter().any(|m| m["name"] == "Hasselt"),
        "archived does not count"
    );
    let ov = provinces
        .iter()
        .find(|p| p["province"] == "Oost-Vlaanderen")
        .unwrap();
    assert_eq!(ov["reached"], 1);
    assert!(
        !ov["without"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["name"] == "Gent")
    );
}

#[test]
fn filters_narrow_what_is_counted() {
    let f = fixture();
    let s = stats(&f, &["--status", "archived"]);
    assert_eq!(s["practices"], 1);
    assert_eq!(s["coverage"]["reached"], 1);
    let s = stats(&f, &["--theme", "onderwijs"]);
    assert_eq!(s["practices"], 1);
}

#[test]
fn human_output_answers_were_all_municipalities_reached() {
    let run = fixture().run(&["stats"]).ok();
    let out = &run.stdout;
    // The parliament's question, answered in the first line, in the collection's language.
    assert_eq!(
        out.lines().next().unwrap(),
        "Bereikt: 3 van de 285 gemeenten (1,1 %); 282 nog zonder praktijk",
        "{out}"
    );
    assert!(
        out.contains("3 praktijken met status Ontwerp, Ter review, Gepubliceerd"),
        "{out}"
    );
    assert!(
        out.contains("Zonder praktijk of overname in Limburg"),
        "{out}"
    );
    assert!(out.contains("Hasselt"), "{out}");
}

#[test]
fn human_output_in_english_when_asked() {
    let run = fixture().run(&["--lang", "en", "stats"]).ok();
    assert_eq!(
        run.stdout.lines().next().unwrap(),
        "Reached: 3 of the 285 municipalities (1.1%); 282 still without a practice",
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("Without a practice or adoption in Limburg")
    );
}

#[test]
fn status_counts_published_practices_only() {
    let run = fixture().run(&["stats", "--status", "published"]).ok();
    let first = run.stdout.lines().next().unwrap();
    assert!(first.starts_with("Bereikt: "), "{first}");
    assert!(
        run.stdout.contains("met status Gepubliceerd\n"),
        "{}",
        run.stdout
    );
}
