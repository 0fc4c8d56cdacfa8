//! `practice list`: the selection as a table, JSON or CSV, in the order asked for.

use crate::export_common;

use export_common::{Fixture, Practice, text, unzip};

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
        lines[0].starts_with("Id")
            && lines[0].contains("Gemeenten")
            && lines[0].contains("Thema's"),
        "{}",
        run.stdout
    );
    let row = lines.iter().find(|l| l.starts_with("a-leuven")).unwrap();
    for cell in [
        "Ééntje in Leuven",
        "Leuven",
        "Gepubliceerd",
        // A theme by its name, kept on one line by no-break spaces.
        "Oefenkansen\u{a0}Nederlands",
    ] {
        assert!(row.contains(cell), "`{cell}` missing in `{row}`");
    }
    assert!(!row.contains("oefenkansen-nederlands"), "{row}");
    assert_eq!(lines.last().unwrap(), &"3 praktijken");
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
fn csv_has_the_spreadsheet_defaults_of_the_export() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-formule").title("=1+1 is geen formule"));
    let run = f.run(&["list", "--format", "csv"]).ok();
    // A byte order mark and `;`, as the export's practices.csv: a Flemish Excel opens it as is.
    assert!(
        run.stdout.starts_with("\u{feff}id;Titel;Status"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("gent-formule;'=1+1 is geen formule;Gepubliceerd"),
        "{}",
        run.stdout
    );
    // The same bytes as the export writes.
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let exported = text(&unzip(&out), "practices.csv");
    assert_eq!(run.stdout, exported);
}

#[test]
fn csv_keeps_a_chosen_delimiter() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-komma"));
    let run = f
        .run(&["list", "--format", "csv", "--csv-delimiter", ","])
        .ok();
    assert!(
        run.stdout.starts_with("\u{feff}id,Titel,Status"),
        "{}",
        run.stdout
    );
}

#[test]
fn long_cells_wrap_between_words_and_never_inside_one() {
    let f = Fixture::new();
    let title = "Buddywerking nieuwkomersondersteuning samenwerkingsverband \
                 vrijwilligersorganisaties Sint-Niklaas-Temse taalondersteuningstrajecten";
    f.add(&Practice::new("gent-buddy").title(title));
    let run = f.run(&["list", "--width", "90"]).ok();
    let out = &run.stdout;
    for word in title.split_whitespace() {
        let whole = out.lines().any(|l| l.split_whitespace().any(|w| w == word));
        assert!(whole, "`{word}` split or missing:\n{out}");
    }
    assert!(out.contains("gent-buddy"), "{out}");
    for line in out.lines() {
        assert!(line.chars().count() <= 90, "too wide: `{line}`\n{out}");
    }
    // The title takes several lines rather than cut words.
    assert!(out.lines().count() > 4, "{out}");
}

#[test]
fn piped_output_never_goes_through_the_pager() {
    let f = Fixture::new();
    for i in 0..60 {
        f.add(&Practice::new(&format!("gent-praktijk-{i}")));
    }
    let marker = f.out("pager-ran");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_practice"))
        .args(["--root", f.root().to_str().unwrap(), "list"])
        .env("PAGER", format!("touch {}", marker.display()))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("gent-praktijk-59"), "{stdout}");
    assert!(!marker.exists(), "the pager ran on a pipe");
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
    assert!(
        run.stderr
            .contains("waarschuwing: 7 bestanden zijn weggelaten"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("en nog 2"), "{}", run.stderr);
    assert!(!run.stderr.contains("readme-6.md"), "{}", run.stderr);
}
