//! Which language people read: the collection's (Dutch here, named in `schema/rules.yaml`),
//! unless `--lang` or `PRACTICE_LANG` asks for another; help, findings and summaries follow,
//! rule codes and JSON keys never do.

use crate::common;

use common::*;

fn short_review() -> Collection {
    let text = replace_line(
        &review("gent-taalcafe"),
        "## Resultaten",
        "## Resultaten\n\nVeertig deelnemers per jaar.\n\n## Open vragen",
    );
    Collection::with("gent-taalcafe", &text)
}

#[test]
fn help_is_dutch_by_default_with_the_add_flags() {
    let run = Collection::new().run(&["--help"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("Gebruik: practice"), "{}", run.stdout);
    assert!(run.stdout.contains("Opdrachten:"), "{}", run.stdout);
    assert!(
        run.stdout
            .contains("Controleer praktijken aan de hand van het formaat"),
        "{}",
        run.stdout
    );
    let add = Collection::new().run(&["add", "--help"]);
    assert!(
        add.stdout.contains("Titel, 3 tot 120 tekens"),
        "{}",
        add.stdout
    );
    assert!(
        add.stdout.contains("Velden voor review en gepubliceerd:"),
        "{}",
        add.stdout
    );
    assert!(add.stdout.contains("Toon deze hulp"), "{}", add.stdout);
}

#[test]
fn help_in_english_with_lang_or_the_environment() {
    let run = Collection::new().run(&["--lang", "en", "add", "--help"]);
    assert!(run.stdout.contains("Usage: practice add"), "{}", run.stdout);
    assert!(
        run.stdout.contains("Title, 3 to 120 characters"),
        "{}",
        run.stdout
    );
    let mut cmd = practice_cmd();
    let out = cmd
        .env("PRACTICE_LANG", "en_GB.UTF-8")
        .args(["stats", "--help"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Count practices per status"), "{text}");
}

/// The help of a command, its lines joined, so a phrase clap wraps over two lines still reads
/// as one.
fn help_text(args: &[&str]) -> String {
    let run = Collection::new().run(args);
    assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
    run.stdout.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every command's flags are explained in the reader's language, with their values and defaults,
/// which clap would otherwise add in English words of its own.
#[test]
fn every_commands_flags_are_explained_in_dutch_or_in_english() {
    let english = [
        "Possible values",
        "possible values",
        "[default:",
        "[env:",
        "Output format",
        "repeatable",
        "Default:",
    ];
    let dutch: [(&str, &[&str]); 3] = [
        (
            "list",
            &[
                "Uitvoerformaat: table (tabel met id, titel",
                "Thema: id of Nederlandse naam, bv. \"Oefenkansen Nederlands\" (herhaalbaar",
                "Keer de volgorde om",
                "Standaard: table",
                "die in de omgevingsvariabele `PRACTICE_LANG`",
            ],
        ),
        (
            "export",
            &[
                "een map als het pad eindigt op `/`",
                "standaard alleen gepubliceerde praktijken",
                "Scheidingsteken tussen de velden in practices.csv",
                "Standaard: `;`",
            ],
        ),
        (
            "validate",
            &[
                "Uitvoerformaat: human (de regels van het bestand",
                "junit (JUnit XML, één testgeval per praktijk",
                "Ook waarschuwingen laten de controle mislukken (afsluitcode 1)",
                "Standaard: human",
                "de map in de omgevingsvariabele `PRACTICE_ROOT`",
            ],
        ),
    ];
    for (command, words) in dutch {
        let nl = help_text(&[command, "--help"]);
        for word in english {
            assert!(!nl.contains(word), "{command}: {word:?} in\n{nl}");
        }
        for word in words {
            assert!(nl.contains(word), "{command}: no {word:?} in\n{nl}");
        }
    }
    let en = help_text(&["--lang", "en", "list", "--help"]);
    for word in [
        "Output format: table (id, title",
        "Theme: id or Dutch name, e.g. \"Oefenkansen Nederlands\" (repeatable",
        "Reverse the order",
        "Default: table",
        "the one in the environment variable `PRACTICE_LANG`",
    ] {
        assert!(en.contains(word), "no {word:?} in\n{en}");
    }
    for word in ["Possible values", "[default:", "[env:", "Uitvoerformaat"] {
        assert!(!en.contains(word), "{word:?} in\n{en}");
    }
}

#[test]
fn findings_follow_the_language_and_keep_their_codes() {
    let c = short_review();
    let nl = c.run(&["--color", "never", "validate"]);
    assert!(
        nl.stdout
            .contains("fout[section-too-short]: de sectie `## Resultaten` telt 4 woorden"),
        "{}",
        nl.stdout
    );
    assert!(nl.stdout.contains("= tip: beschrijf"), "{}", nl.stdout);
    let en = c.run(&["--lang", "en", "--color", "never", "validate"]);
    assert!(
        en.stdout
            .contains("error[section-too-short]: section `## Resultaten` has 4 words"),
        "{}",
        en.stdout
    );
    // Machine formats: the same keys and codes, the message in the chosen language.
    let json = c.validate();
    let d = json.one("section-too-short");
    assert_eq!(d.severity.as_str(), "error");
    assert!(d.message.starts_with("de sectie"), "{}", d.message);
}

#[test]
fn the_collection_names_its_language_and_lang_overrides_it() {
    let c = short_review();
    let rules = c.root().join("schema/rules.yaml");
    let text = std::fs::read_to_string(&rules).unwrap();
    std::fs::write(&rules, text.replace("language: nl", "language: en")).unwrap();
    let en = c.run(&["--color", "never", "validate"]);
    assert!(en.stdout.contains("1 file checked"), "{}", en.stdout);
    let nl = c.run(&["--lang", "nl", "--color", "never", "validate"]);
    assert!(nl.stdout.contains("1 bestand nagekeken"), "{}", nl.stdout);
}

#[test]
fn an_unknown_language_is_refused_naming_the_choices() {
    let run = Collection::new().run(&["--lang", "fr", "list"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("kies nl (Nederlands) of en (Engels)"),
        "{}",
        run.stderr
    );
}

#[test]
fn errors_at_the_edge_are_dutch() {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = practice_cmd();
    let run = Run::from(
        cmd.arg("--root")
            .arg(dir.path())
            .arg("list")
            .output()
            .unwrap(),
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.starts_with("fout: --root") && run.stderr.contains("geen map `schema/`"),
        "{}",
        run.stderr
    );
}

/// Filters take what people type: the Dutch label, any case or accents, and the usual short
/// forms of provinces, as well as the ids.
#[test]
fn filters_take_dutch_labels_and_province_short_forms() {
    let c = Collection::new();
    c.practice("gent-taalcafe", &review("gent-taalcafe"));
    c.practice("aalst-praattafel", &draft("aalst-praattafel"));
    let ids = |args: &[&str]| -> Vec<String> {
        let mut all = vec!["list", "--format", "json"];
        all.extend_from_slice(args);
        let run = c.run(&all);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        let list: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
        list.iter()
            .map(|p| p["id"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(ids(&["--status", "Ter review"]), ["gent-taalcafe"]);
    assert_eq!(ids(&["--status", "ONTWERP"]), ["aalst-praattafel"]);
    assert_eq!(ids(&["--province", "O-Vl"]).len(), 2);
    assert_eq!(ids(&["--province", "oost-vlaanderen"]).len(), 2);
    assert!(ids(&["--province", "W-Vl"]).is_empty());
}

#[test]
fn an_unknown_filter_value_lists_the_valid_ones_in_dutch() {
    let run = Collection::new().run(&["list", "--status", "gepubliseerd"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("onbekende status `gepubliseerd`; bedoelde u `published`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("kies uit: draft (Ontwerp), review (Ter review)"),
        "{}",
        run.stderr
    );
}
