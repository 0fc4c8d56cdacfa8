//! `practice list`: the selection as a table, JSON or CSV, in the order asked for.

mod export_common;

use export_common::{Fixture, Practice};

fn fixture() -> Fixture {
    let f = Fixture::new();
    f.add(&Practice::new("b-gent").title("Zomerschool").start("2021"));
    f.add(
        &Practice::new("a-leuven")
            .title("Ééntje in Leuven")
            .places(&["24062"])
            .start("2023-05"),
    );
    f.add(
        &Practice::new("c-aalst")
            .title("Babbelbox")
            .places(&["41002"])
            .status("draft")
            .start("2019"),
    );
    f.add(&Practice::new("d-oud").status("archived"));
    f
}

fn ids(f: &Fixture, args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    let json = f.run(&all).ok().json();
    json.as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn lists_every_status_but_archived_by_id() {
    assert_eq!(ids(&fixture(), &[]), ["a-leuven", "b-gent", "c-aalst"]);
}

#[test]
fn sorts_by_title_date_or_municipality() {
    let f = fixture();
    // Title order ignores the accent of `Ééntje`.
    assert_eq!(
        ids(&f, &["--sort", "title"]),
        ["c-aalst", "a-leuven", "b-gent"]
    );
    assert_eq!(
        ids(&f, &["--sort", "date"]),
        ["c-aalst", "b-gent", "a-leuven"]
    );
    assert_eq!(
        ids(&f, &["--sort", "municipality"]),
        ["c-aalst", "b-gent", "a-leuven"]
    );
    assert_eq!(
        ids(&f, &["--sort", "date", "--reverse"]),
        ["a-leuven", "b-gent", "c-aalst"]
    );
}

#[test]
fn filters_are_the_shared_ones() {
    let f = fixture();
    assert_eq!(ids(&f, &["--status", "archived"]), ["d-oud"]);
    assert_eq!(
        ids(&f, &["--province", "Oost-Vlaanderen", "--status", "draft"]),
        ["c-aalst"]
    );
    assert_eq!(ids(&f, &["--municipality", "leuven"]), ["a-leuven"]);
}

#[test]
fn json_has_front_matter_and_places_but_no_body() {
    let json = fixture().run(&["list", "--format", "json"]).ok().json();
    let first = &json[0];
    assert_eq!(first["title"], "Ééntje in Leuven");
    assert_eq!(first["places"][0]["nis"], "24062");
    assert_eq!(first["path"], "practices/a-leuven.md");
    assert!(first.get("body_markdown").is_none());
}

#[test]
fn the_table_shows_id_title_municipalities_status_and_themes() {
    let run = fixture().run(&["list"]).ok();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert!(
        lines[0].starts_with("id") && lines[0].contains("municipalities"),
        "{}",
        run.stdout
    );
    let row = lines.iter().find(|l| l.starts_with("a-leuven")).unwrap();
    for cell in [
        "Ééntje in Leuven",
        "Leuven",
        "published",
        "oefenkansen-nederlands",
    ] {
        assert!(row.contains(cell), "`{cell}` missing in `{row}`");
    }
    assert_eq!(lines.last().unwrap(), &"3 practice(s)");
}

#[test]
fn the_table_fits_the_given_width() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-lang").title(
        "Een heel lange titel die in een smalle terminal zeker over meerdere regels moet lopen",
    ));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_practice"))
        .args(["--root", f.root().to_str().unwrap(), "list"])
        .env("COLUMNS", "70")
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    for line in stdout.lines() {
        assert!(line.chars().count() <= 70, "too wide: `{line}`");
    }
    assert!(stdout.contains("gent-lang"), "{stdout}");
}

#[test]
fn csv_goes_to_stdout_without_byte_order_mark_and_neutralised() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-formule").title("=1+1 is geen formule"));
    let run = f.run(&["list", "--format", "csv"]).ok();
    assert!(run.stdout.starts_with("id,Titel,Status"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("gent-formule,'=1+1 is geen formule,Gepubliceerd"),
        "{}",
        run.stdout
    );
}

#[test]
fn files_that_do_not_fit_are_named_a_few_at_a_time() {
    let f = fixture();
    for i in 0..7 {
        f.file(
            &format!("practices/notes/readme-{i}.md"),
            "# Not a practice\n",
        );
    }
    let run = f.run(&["list", "--format", "json"]).ok();
    assert!(run.stderr.contains("7 file(s) left out"), "{}", run.stderr);
    assert!(run.stderr.contains("and 2 more"), "{}", run.stderr);
    assert!(!run.stderr.contains("readme-6.md"), "{}", run.stderr);
}
