//! What the commands say around their output, in the collection's language (Dutch): the
//! summaries of `index`, `export` and `outreach`, the headings of `search`, `due` and
//! `changes`, the refusals of `export` and `stats --svg`, the text under `schema --help`, and the
//! errors that name a path. `--lang en` gives the English catalogue.

use std::process::Output;

use crate::common;
use crate::search_common::Shipped;

use common::{Collection, days_ago, git, published, replace_line};

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The seconds at the end of an index summary, `(0,42 s)`: written with a decimal comma.
fn seconds(line: &str) -> &str {
    let start = line.rfind('(').unwrap() + 1;
    line[start..].strip_suffix(" s)").unwrap()
}

#[test]
fn index_says_what_it_did_in_dutch() {
    let c = Shipped::new();
    let built = c.run(&["index"]);
    assert_eq!(built.status.code(), Some(0), "{}", err(&built));
    let line = out(&built);
    let line = line.trim_end();
    assert!(
        line.starts_with(
            "index opnieuw opgebouwd (nog geen index): 30 praktijken in .practice/index ("
        ),
        "{line}"
    );
    assert!(seconds(line).contains(','), "{line}");
    let again = out(&c.run(&["index"]));
    assert!(
        again.starts_with("index was al bijgewerkt: 30 praktijken in .practice/index ("),
        "{again}"
    );
}

#[test]
fn search_names_facets_statuses_and_themes_in_dutch() {
    let c = Shipped::new();
    let run = c.run(&["search", "taalcafe", "--facets", "-n", "1"]);
    assert_eq!(run.status.code(), Some(0), "{}", err(&run));
    let text = out(&run);
    assert!(text.contains("Londerzeel · Ontwerp · "), "{text}");
    assert!(
        text.contains("\nTreffers per thema, provincie en status\n  thema     "),
        "{text}"
    );
    assert!(text.contains("Oefenkansen Nederlands 4"), "{text}");
    assert!(text.contains("\n  status    Ontwerp 4\n"), "{text}");
    let wordless = c.run(&["search", "de het", "-n", "1"]);
    assert!(
        err(&wordless).contains(
            "let op: in `de het` staat geen woord om op te zoeken (veelvoorkomende woorden en \
             tekens tellen niet mee)"
        ),
        "{}",
        err(&wordless)
    );
}

#[test]
fn similar_shows_statuses_by_their_dutch_label() {
    let c = Shipped::new();
    let run = c.run(&["similar", "londerzeel-babbeltafel", "-n", "2"]);
    assert_eq!(run.status.code(), Some(0), "{}", err(&run));
    let text = out(&run);
    assert!(text.contains("Dendermonde · Ontwerp · "), "{text}");
    assert!(!text.contains(" · draft · "), "{text}");
}

#[test]
fn export_reports_and_refuses_in_dutch() {
    let c = Shipped::new();
    let target = c.root().join("uit/bundel.zip");
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    let target = target.to_str().unwrap();
    let run = c.run(&["export", "--out", target]);
    assert_eq!(run.status.code(), Some(0), "{}", err(&run));
    assert!(
        out(&run).starts_with("3 praktijken geëxporteerd in "),
        "{}",
        out(&run)
    );
    assert!(
        out(&run).ends_with(&format!(" bestanden, naar {target} (zip-bestand)\n")),
        "{}",
        out(&run)
    );
    let again = c.run(&["export", "--out", target]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        err(&again),
        format!("fout: {target} bestaat al; gebruik --force om het te vervangen\n")
    );
    let none = c.run(&["export", "--out", target, "--status", "archived"]);
    assert_eq!(
        err(&none),
        "fout: geen praktijk past bij de filters (status: Gearchiveerd); niets geëxporteerd\n"
    );
}

#[test]
fn outreach_introduces_a_municipality_and_sums_up_the_bundles_in_dutch() {
    let c = Shipped::new();
    let one = c.run(&["outreach", "Lier", "-n", "1"]);
    assert_eq!(one.status.code(), Some(0), "{}", err(&one));
    assert!(
        out(&one).starts_with(
            "Praktijken voor Lier (12021, arrondissement Mechelen, provincie Antwerpen)\n\
             Lier heeft 0 gepubliceerde eigen praktijken en nam er 0 over.\n"
        ),
        "{}",
        out(&one)
    );
    let dir = c.root().join("brieven");
    let dir = format!("{}/", dir.display());
    let all = c.run(&["outreach", "--unreached", "--out", &dir, "-n", "1"]);
    assert_eq!(all.status.code(), Some(0), "{}", err(&all));
    let text = out(&all);
    assert!(text.contains(" gemeenten zonder praktijk, "), "{text}");
    assert!(
        text.contains(" verschillende praktijken voorgesteld: "),
        "{text}"
    );
    assert!(text.trim_end().ends_with("(map)"), "{text}");
}

#[test]
fn stats_refuses_a_map_inside_the_collection_or_over_a_file_in_dutch() {
    let c = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    let inside = c.root().join("practices/kaart.svg");
    let run = c.run(&["stats", "--svg", inside.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "kaart.svg wordt niet geschreven: het ligt in de map `practices/` van de collectie; \
             kies een plaats buiten de collectie"
        ),
        "{}",
        run.stderr
    );
    let map = c.file("kaart.svg", "<svg/>");
    let run = c.run(&["stats", "--svg", map.to_str().unwrap()]);
    assert_eq!(
        run.stderr,
        format!(
            "fout: {} bestaat al; gebruik --force om het te vervangen\n",
            map.display()
        )
    );
    assert!(run.stdout.is_empty(), "{}", run.stdout);
}

#[test]
fn due_counts_and_dates_in_dutch() {
    let assessed = replace_line(
        &published("oud"),
        "assessment:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: deels, deployable: voldaan, reach: deels}}",
            days_ago(900)
        ),
    );
    let c = Collection::with("oud", &assessed);
    let run = c.run(&["due"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Te doen: 1 punt\n\nsinds "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains(" dagen): oud (practices/oud.md)\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn changes_heads_its_lists_in_dutch() {
    let c = Collection::with("eerste", &published("eerste"));
    git(c.root(), &["init", "-q"], "2025-01-10T10:00:00");
    git(c.root(), &["add", "."], "2025-01-10T10:00:00");
    git(c.root(), &["commit", "-qm", "begin"], "2025-01-10T10:00:00");
    git(c.root(), &["tag", "v1"], "2025-01-10T10:00:00");
    c.practice("tweede", &published("tweede"));
    let run = c.run(&["changes", "--since", "v1"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Wijzigingen sinds v1 (commit "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(", 2025-01-10), ook wat nog niet vastgelegd is\n\nNieuw (1)\n  tweede"),
        "{}",
        run.stdout
    );
}

#[test]
fn schema_help_and_its_missing_json_schema_in_dutch() {
    let c = Collection::new();
    let help = c.run(&["schema", "--help"]);
    assert!(
        help.stdout
            .contains("De beschrijving staat ook in docs/formaatbeschrijving.md"),
        "{}",
        help.stdout
    );
    std::fs::remove_file(c.root().join("schema/practice.schema.json")).unwrap();
    let run = c.run(&["schema", "--json-schema"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("fout: ")
            && run.stderr.contains(
                "practice.schema.json bestaat niet; het JSON Schema hoort in `schema/` van de \
                 collectie"
            ),
        "{}",
        run.stderr
    );
}

#[test]
fn validate_sums_up_in_dutch() {
    let c = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    let run = c.run(&["--color", "never", "validate"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(
        run.stdout,
        "1 bestand nagekeken: 0 fouten, 0 waarschuwingen in 0 bestanden\n"
    );
}

#[test]
fn a_path_that_is_not_there_is_named_with_dutch_words() {
    let c = Collection::new();
    let missing = c.root().join("bestaat-niet");
    let mut cmd = common::practice_cmd();
    let run = cmd
        .arg("--root")
        .arg(&missing)
        .arg("stats")
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert_eq!(
        err(&run),
        format!(
            "fout: de map {} van --root kan niet geopend worden: het bestand of de map bestaat niet\n",
            missing.display()
        )
    );
}

#[test]
fn lang_en_gives_the_english_catalogue() {
    let c = Shipped::new();
    let index = c.run(&["--lang", "en", "index"]);
    assert!(
        out(&index).starts_with("index built anew ("),
        "{}",
        out(&index)
    );
    assert!(
        out(&index).contains("): 30 practices in .practice/index ("),
        "{}",
        out(&index)
    );
    assert!(seconds(out(&index).trim_end()).contains('.'));
    let target = c.root().join("bundle.zip");
    let target = target.to_str().unwrap();
    let export = c.run(&["--lang", "en", "export", "--out", target]);
    assert!(
        out(&export).starts_with("exported 3 practices in "),
        "{}",
        out(&export)
    );
    assert!(
        out(&export).ends_with(&format!(" files to {target} (zip)\n")),
        "{}",
        out(&export)
    );
    let due = c.run(&["--lang", "en", "due"]);
    assert!(out(&due).starts_with("To do: "), "{}", out(&due));
}

#[test]
fn a_mistake_on_the_command_line_is_explained_in_dutch_with_exit_2() {
    let c = Collection::new();
    let wrong = c.run(&["list", "--formaat", "csv"]);
    assert_eq!(wrong.code, 2);
    assert!(wrong.stdout.is_empty(), "{}", wrong.stdout);
    assert_eq!(
        wrong.stderr,
        "fout: onbekende optie `--formaat`\n  bedoelt u `--format`?\n\n\
         Gebruik: practice list --format <FORMAT>\n\n\
         Meer uitleg: `practice list --help`\n"
    );
    let value = c.run(&["stats", "--format", "pdf"]);
    assert_eq!(value.code, 2);
    assert!(
        value.stderr.starts_with(
            "fout: `pdf` is geen geldige waarde voor `--format`; kies uit human, json\n"
        ),
        "{}",
        value.stderr
    );
    let english = c.run(&["--lang", "en", "show"]);
    assert_eq!(english.code, 2);
    assert!(
        english.stderr.starts_with("error: still missing: <ID>\n"),
        "{}",
        english.stderr
    );
    // Help is not a mistake: it goes to standard output with exit 0.
    let help = c.run(&["list", "--help"]);
    assert_eq!(help.code, 0);
    assert!(
        help.stdout.starts_with("Toon de praktijken"),
        "{}",
        help.stdout
    );
}
