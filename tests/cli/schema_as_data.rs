//! The format criteria are data: editing `schema/` changes what `validate` checks, with no code
//! involved; a broken schema file stops the run (exit 2) and names the file.

use crate::common;

use common::*;

#[test]
fn a_theme_added_to_the_vocabulary_is_accepted() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "themes:",
        "themes: [digitale-inclusie]",
    );
    let c = Collection::with("gent-taalcafe", &text);
    assert_eq!(
        c.validate().one("unknown-vocabulary").at(),
        locate(&text, "digitale-inclusie")
    );

    c.edit_schema("vocabularies/themes.yaml", |t| {
        format!(
            "{}\n  - {{id: digitale-inclusie, label: Digitale inclusie}}\n",
            t.trim_end()
        )
    });
    c.validate().assert_clean();
}

#[test]
fn a_theme_removed_from_the_vocabulary_is_refused() {
    let c = Collection::with("gent-taalcafe", &review("gent-taalcafe"));
    c.edit_schema("vocabularies/themes.yaml", |t| {
        t.lines()
            .filter(|l| !l.contains("id: ontmoeting-participatie"))
            .collect::<Vec<_>>()
            .join("\n")
            + "\n"
    });
    c.validate().one("unknown-vocabulary");
}

#[test]
fn making_funding_required_from_review_makes_it_missing_in_review() {
    let text = remove_key(&review("gent-taalcafe"), "funding");
    let c = Collection::with("gent-taalcafe", &text);
    c.validate().assert_clean();

    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{key: funding, label: Financiering,",
            "{key: funding, label: Financiering, required_from: review,",
        )
    });
    let d = c.validate().one("missing-field");
    assert_eq!(d.at(), locate(&text, "review"));
    assert!(d.message.contains("funding"), "message: {}", d.message);
}

#[test]
fn a_field_required_from_published_is_not_required_in_review() {
    let text = remove_key(&review("gent-taalcafe"), "funding");
    let c = Collection::with("gent-taalcafe", &text);
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{key: funding, label: Financiering,",
            "{key: funding, label: Financiering, required_from: published,",
        )
    });
    c.validate().assert_clean();
}

#[test]
fn a_section_added_to_the_rules_is_required() {
    let c = Collection::with("gent-taalcafe", &review("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "  - {heading: Succesfactoren,",
            "  - {heading: Evaluatie, required_from: review, holds: \"hoe de praktijk geëvalueerd werd\"}\n  - {heading: Succesfactoren,",
        )
    });
    let run = c.validate();
    let d = run.one("section-missing");
    assert!(d.message.contains("## Evaluatie"), "message: {}", d.message);
    assert_eq!(d.at(), locate(&review("gent-taalcafe"), "## Resultaten"));
    assert_eq!(run.code, 1);
}

#[test]
fn a_lower_minimum_of_words_accepts_short_sections() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "## Resultaten",
        "## Resultaten\n\nVeertig deelnemers per jaar.\n\n## Open vragen",
    );
    let c = Collection::with("gent-taalcafe", &text);
    c.validate().one("section-too-short");
    c.edit_schema("rules.yaml", |t| {
        t.replace("min_section_words: 15", "min_section_words: 3")
    });
    c.validate().assert_clean();
}

#[test]
fn a_shorter_review_interval_makes_an_assessment_stale() {
    let text = replace_line(
        &published("gent-taalcafe"),
        "assessment:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: deels, deployable: voldaan, reach: deels}}",
            days_ago(100)
        ),
    );
    let c = Collection::with("gent-taalcafe", &text);
    c.validate().assert_clean();
    c.edit_schema("rules.yaml", |t| {
        t.replace("review_interval_months: 24", "review_interval_months: 1")
    });
    assert_eq!(c.validate().one("assessment-stale").severity, "warning");
}

#[test]
fn duplicate_titles_can_be_switched_off() {
    let c = Collection::new();
    twin_titles(&c);
    assert_eq!(c.validate().all("title-duplicate").len(), 2);
    c.edit_schema("rules.yaml", |t| {
        t.replace("duplicate_titles: true", "duplicate_titles: false")
    });
    c.validate().assert_clean();
}

#[test]
fn a_new_enum_value_in_the_json_schema_is_accepted() {
    let text = replace_line(&review("gent-taalcafe"), "scope:", "scope: europees");
    let c = Collection::with("gent-taalcafe", &text);
    c.validate().one("invalid-value");
    c.edit_schema("practice.schema.json", |t| {
        t.replace(
            "\"regionaal\", \"vlaanderen\"]",
            "\"regionaal\", \"vlaanderen\", \"europees\"]",
        )
    });
    c.validate().assert_clean();
}

#[test]
fn a_new_municipality_in_the_list_is_accepted() {
    let text = replace_line(
        &draft("gent-taalcafe"),
        "municipalities:",
        "municipalities: [Nieuwdorp]",
    );
    let c = Collection::with("gent-taalcafe", &text);
    c.validate().one("unknown-municipality");
    c.edit_schema("municipalities/flemish_municipalities_2025.csv", |t| {
        format!("{t}99001,Nieuwdorp,Nieuwdorp,40000,Oost-Vlaanderen,2025-01-01\n")
    });
    c.validate().assert_clean();
}

fn assert_schema_failure(c: &Collection, file: &str) {
    let run = c.validate();
    assert_eq!(run.code, 2, "{}", run.dump());
    assert!(
        run.stderr.contains(file),
        "stderr should name {file}: {}",
        run.stderr
    );
    assert!(
        run.stdout.is_empty(),
        "no report when the schema is broken: {}",
        run.stdout
    );
    run.assert_no_panic();
}

#[test]
fn invalid_yaml_in_rules_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| format!("{t}\nsections: [\n"));
    assert_schema_failure(&c, "rules.yaml");
}

#[test]
fn an_unknown_key_in_rules_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| format!("{t}\nstrictness: high\n"));
    assert_schema_failure(&c, "rules.yaml");
}

#[test]
fn a_field_required_from_an_unknown_level_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{key: funding, label: Financiering,",
            "{key: funding, label: Financiering, required_from: final,",
        )
    });
    assert_schema_failure(&c, "rules.yaml");
}

#[test]
fn broken_json_schema_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("practice.schema.json", |t| t.replacen('{', "{,", 1));
    assert_schema_failure(&c, "practice.schema.json");
}

#[test]
fn a_json_schema_that_is_not_a_valid_schema_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("practice.schema.json", |t| {
        t.replacen("\"type\": \"object\"", "\"type\": \"voorwerp\"", 1)
    });
    assert_schema_failure(&c, "practice.schema.json");
    // Commands that check practices stop too; search never compiles the JSON Schema, so it
    // still finds what the model reads.
    let list = c.run(&["list"]);
    assert_eq!(list.code, 2, "{}", list.dump());
    assert!(
        list.stderr.contains("practice.schema.json"),
        "{}",
        list.stderr
    );
    let search = c.run(&["search", "taalcafé"]);
    assert_eq!(search.code, 0, "{}", search.dump());
    assert!(search.stdout.contains("gent-taalcafe"), "{}", search.stdout);
    // The library says the same: loading compiles nothing, but no check runs without the
    // compiled JSON Schema; asking for it, or validating, fails naming the file.
    let dir = c.root().join("schema");
    let schema = practice::schema::Schema::load(&dir).unwrap();
    let err = schema.json_schema().unwrap_err().to_string();
    assert!(err.contains("practice.schema.json"), "{err}");
    let today = jiff::civil::date(2026, 1, 1);
    let request = practice::validate::Request {
        paths: Vec::new(),
        today,
    };
    let err = practice::validate::validate(c.root(), &schema, &request)
        .unwrap_err()
        .to_string();
    assert!(err.contains("practice.schema.json"), "{err}");
    let err = practice::collection::load(c.root(), &schema, today)
        .unwrap_err()
        .to_string();
    assert!(err.contains("practice.schema.json"), "{err}");
}

#[test]
fn a_broken_vocabulary_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("vocabularies/themes.yaml", |t| {
        t.replace("values:", "waarden:")
    });
    assert_schema_failure(&c, "themes.yaml");
}

#[test]
fn a_vocabulary_with_the_wrong_id_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("vocabularies/themes.yaml", |t| {
        t.replace("id: themes", "id: thema")
    });
    assert_schema_failure(&c, "themes.yaml");
}

#[test]
fn a_missing_vocabulary_file_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    std::fs::remove_file(c.root().join("schema/vocabularies/funding.yaml")).unwrap();
    assert_schema_failure(&c, "funding.yaml");
}

#[test]
fn a_broken_municipality_list_exits_2_naming_the_file() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("municipalities/flemish_municipalities_2025.csv", |t| {
        format!("{t}99001,alleen-twee-kolommen\n")
    });
    assert_schema_failure(&c, "flemish_municipalities_2025.csv");
}

#[test]
fn a_merger_naming_an_unknown_successor_exits_2() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("municipalities/fusies_2025_mapping.csv", |t| {
        format!("{t}11999,Spookdorp,99999,Nergens\n")
    });
    assert_schema_failure(&c, "municipalities");
}

/// The shipped collection with the status `published` renamed to `gepubliceerd`, labelled
/// "Openbaar", in `schema/` and in the practices: no code knows either name.
fn renamed_published() -> (Collection, Vec<String>) {
    let c = Collection::new();
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("practices"),
        &c.practices(),
    );
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{id: published, label: Gepubliceerd,",
            "{id: gepubliceerd, label: Openbaar,",
        )
    });
    c.edit_schema("practice.schema.json", |t| {
        t.replace("\"published\"", "\"gepubliceerd\"")
    });
    let mut published = Vec::new();
    for entry in std::fs::read_dir(c.practices()).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        if text.contains("\nstatus: published\n") {
            published.push(path.file_stem().unwrap().to_string_lossy().into_owned());
            std::fs::write(
                &path,
                text.replace("\nstatus: published\n", "\nstatus: gepubliceerd\n"),
            )
            .unwrap();
        }
    }
    published.sort();
    assert!(!published.is_empty());
    (c, published)
}

#[test]
fn a_renamed_status_is_followed_by_every_command() {
    let (c, published) = renamed_published();
    // validate: the renamed status is known and still the most demanding one.
    let run = c.run(&["validate", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // list and show: the id in machine output, the label for people.
    let list = c.run(&["list", "--status", "gepubliceerd", "--format", "json"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let json: serde_json::Value = serde_json::from_str(&list.stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), published.len());
    let show = c.run(&["--color", "never", "show", &published[0]]);
    assert!(show.stdout.contains("Openbaar"), "{}", show.stdout);
    // search: the status filters, the old name is refused.
    let search = c.run(&[
        "search",
        "--status",
        "gepubliceerd",
        "--format",
        "json",
        "--",
        "",
    ]);
    let json: serde_json::Value = serde_json::from_str(&search.stdout).unwrap();
    assert_eq!(json["total"], published.len());
    assert_eq!(c.run(&["search", "--status", "published", "x"]).code, 2);
    // export takes the renamed status by default, since it is the one marked `exported`.
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("b/");
    let export = c.run(&["export", "--out", bundle.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let records: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle.join("practices.json")).unwrap())
            .unwrap();
    assert_eq!(records.as_array().unwrap().len(), published.len());
    let csv = std::fs::read_to_string(bundle.join("practices.csv")).unwrap();
    assert!(csv.contains("Openbaar"), "{csv}");
    let html = std::fs::read_to_string(bundle.join("index.html")).unwrap();
    assert!(
        !html.contains("Status: Openbaar"),
        "published practices carry no status line"
    );
    // stats counts it under its new name.
    let stats = c.run(&["stats", "--format", "json"]);
    assert!(stats.stdout.contains("gepubliceerd"), "{}", stats.stdout);
}

#[test]
fn which_statuses_are_shown_and_exported_by_default_is_data() {
    let (c, published) = renamed_published();
    // Archived practices shown by default too, and drafts exported.
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{id: archived, label: Gearchiveerd, level: review, shown: false",
            "{id: archived, label: Gearchiveerd, level: review, shown: true",
        )
        .replace(
            "{id: draft, label: Ontwerp, level: draft, shown: true, exported: false}",
            "{id: draft, label: Ontwerp, level: draft, shown: true, exported: true}",
        )
    });
    c.practice("gent-archief", &at_status("gent-archief", "archived"));
    let list = c.run(&["list", "--format", "json"]);
    assert!(list.stdout.contains("gent-archief"), "{}", list.stdout);
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("b/");
    let export = c.run(&["export", "--out", bundle.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let records: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle.join("practices.json")).unwrap())
            .unwrap();
    assert!(records.as_array().unwrap().len() > published.len());
}

/// [`renamed_published`], with the label of the criterion `proven` and of the field `themes`
/// changed too.
fn relabelled() -> (Collection, Vec<String>) {
    let (c, published) = renamed_published();
    c.edit_schema("rules.yaml", |t| {
        let t = t
            .replace(
                "{key: proven, label: Werkt aantoonbaar}",
                "{key: proven, label: Bewezen werkzaam}",
            )
            .replace(
                "{key: themes, label: \"Thema's\",",
                "{key: themes, label: Onderwerpen,",
            );
        assert!(t.contains("Bewezen werkzaam") && t.contains("Onderwerpen"));
        t
    });
    (c, published)
}

#[test]
fn renamed_labels_of_a_criterion_and_a_field_are_followed_by_every_command() {
    let (c, published) = relabelled();
    let run = c.run(&["validate", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    // Machine output of list and search keeps ids; the labels are for people.
    let list = c.run(&["list", "--status", "gepubliceerd", "--format", "json"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let search = c.run(&["search", "--format", "json", "--", ""]);
    assert_eq!(search.code, 0, "{}", search.stderr);
    // show: the field and the criterion under their new labels, the old ones gone.
    let show = c.run(&["--color", "never", "show", &published[0]]);
    assert_eq!(show.code, 0, "{}", show.stderr);
    assert!(show.stdout.contains("Onderwerpen"), "{}", show.stdout);
    assert!(
        show.stdout.contains("Bewezen werkzaam: "),
        "{}",
        show.stdout
    );
    assert!(!show.stdout.contains("Thema's"), "{}", show.stdout);
    assert!(
        !show.stdout.contains("Werkt aantoonbaar"),
        "{}",
        show.stdout
    );
    // export: the CSV headings, the brochure's badges, facts and overview follow; the JSON
    // keeps the criterion's key.
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("b/");
    let export = c.run(&["export", "--out", bundle.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let csv = std::fs::read_to_string(bundle.join("practices.csv")).unwrap();
    let header = csv.lines().next().unwrap();
    assert!(header.contains(";Onderwerpen;"), "{header}");
    assert!(header.contains(";Bewezen werkzaam;"), "{header}");
    assert!(!header.contains("Werkt aantoonbaar"), "{header}");
    let html = std::fs::read_to_string(bundle.join("index.html")).unwrap();
    assert!(html.contains("Bewezen werkzaam: "), "badges");
    assert!(html.contains("<th>Onderwerpen</th>"), "overview");
    assert!(
        html.contains("in deze volgorde: bewezen werkzaam,"),
        "legend"
    );
    assert!(!html.contains("Werkt aantoonbaar"));
    let records: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(bundle.join("practices.json")).unwrap())
            .unwrap();
    let first = &records.as_array().unwrap()[0];
    assert_eq!(first["status"], "gepubliceerd", "{first}");
    assert!(first["assessment"]["proven"].is_string(), "{first}");
    // stats counts by id, untouched by labels.
    let stats = c.run(&["stats", "--format", "json"]);
    assert_eq!(stats.code, 0, "{}", stats.stderr);
    assert!(stats.stdout.contains("gepubliceerd"), "{}", stats.stdout);
}

#[test]
fn the_csv_columns_and_their_order_are_data() {
    let (c, published) = renamed_published();
    // Move the file name to the front, relabel it, and drop the NIS codes.
    c.edit_schema("rules.yaml", |t| {
        t.replace("  - {value: file, label: Bestand}\n", "")
            .replace("  - {value: places.nis, label: NIS-codes}\n", "")
            .replace(
                "csv_columns:\n",
                "csv_columns:\n  - {value: file, label: Pad}\n",
            )
    });
    let out = tempfile::tempdir().unwrap();
    let bundle = out.path().join("b/");
    let export = c.run(&["export", "--out", bundle.to_str().unwrap()]);
    assert_eq!(export.code, 0, "{}", export.stderr);
    let csv = std::fs::read_to_string(bundle.join("practices.csv")).unwrap();
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(
        header.starts_with("\u{feff}Pad;id;Titel;Status;"),
        "{header}"
    );
    assert!(
        !header.contains("NIS-codes") && !header.contains("Bestand"),
        "{header}"
    );
    let first = lines.next().unwrap();
    assert!(
        first.starts_with(&format!("practices/{}.md;{}", published[0], published[0])),
        "{first}"
    );
}

#[test]
fn a_criterion_or_column_naming_no_key_of_the_format_exits_2() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| {
        t.replace("{key: proven, label:", "{key: bewezen, label:")
    });
    assert_schema_failure(&c, "rules.yaml");
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.edit_schema("rules.yaml", |t| {
        t.replace(
            "{value: period.start, label: Start}",
            "{value: period.begin, label: Start}",
        )
    });
    assert_schema_failure(&c, "rules.yaml");
}
