//! Findings read as a Dutch-speaking editor reads them: attachments, adoptions, the collection
//! as a whole and the synonyms file speak Dutch by default and English with `--lang en`, with
//! the same codes; and raising a draft's status gives one finding that names every field the
//! new status still needs, not one finding per field. The words for YAML mistakes and dates
//! follow `--lang en` too.

use crate::common::*;

/// The fields the shipped format requires from `review` on, as `Label (`key`)`.
const REVIEW_FIELDS: [&str; 10] = [
    "Samenvatting (`summary`)",
    "Schaal (`scope`)",
    "Thema's (`themes`)",
    "Doelgroepen (`target_groups`)",
    "Organisaties (`organisations`)",
    "Periode (`period`)",
    "Bewijs (werkt aantoonbaar) (`evidence`)",
    "Bereik (bereikt veel mensen) (`reach`)",
    "Inzetbaarheid (direct inzetbaar) (`deployability`)",
    "Contact (`contact`)",
];

#[test]
fn a_draft_set_to_review_gets_one_finding_naming_every_missing_field() {
    let text = draft("gent-taalcafe").replace("status: draft", "status: review");
    let run = Collection::with("gent-taalcafe", &text).validate();
    let missing = run.all("missing-field");
    assert_eq!(missing.len(), 1, "{}", run.dump());
    let d = &missing[0];
    assert_eq!(d.at(), locate(&text, "review"));
    assert!(
        d.message.starts_with(
            "voor status `review` ontbreken nog 10 velden: Samenvatting (`summary`), "
        ),
        "{}",
        d.message
    );
    for field in REVIEW_FIELDS {
        assert!(
            d.message.contains(field),
            "{field} not named: {}",
            d.message
        );
    }
    assert!(
        d.help().contains("practice status gent-taalcafe review"),
        "{}",
        d.help()
    );
    // Machine formats keep one finding, with the fields as data.
    let json = run.json();
    let keys: Vec<&str> = json["diagnostics"][0]["fields"]
        .as_array()
        .map(|a| a.iter().filter_map(|k| k.as_str()).collect())
        .unwrap_or_default();
    assert_eq!(keys.len(), 10, "{}", run.stdout);
    assert_eq!((keys[0], keys[9]), ("summary", "contact"));
    // The terminal shows one block for them, not ten.
    let human = Collection::with("gent-taalcafe", &text).run(&["--color", "never", "validate"]);
    assert_eq!(
        human.stdout.matches("fout[missing-field]").count(),
        1,
        "{}",
        human.stdout
    );
}

#[test]
fn one_missing_field_keeps_its_own_finding_with_its_hint() {
    let text = remove_key(&review("gent-taalcafe"), "scope");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("missing-field");
    assert_eq!(
        d.message,
        "Schaal (`scope`) ontbreekt (verplicht vanaf status `review`)"
    );
    assert!(d.help().starts_with("voeg `scope:` toe"), "{}", d.help());
}

#[test]
fn attachment_findings_are_dutch() {
    let text = add_field(
        &draft("gent-taalcafe"),
        "attachments: [gent-taalcafe/plan.pdf, ../x.pdf]",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let missing = run.one("attachment-missing");
    assert_eq!(
        missing.message,
        "`attachments`: `gent-taalcafe/plan.pdf` bestaat niet"
    );
    assert_eq!(
        missing.help(),
        "zet het bestand op practices/gent-taalcafe/plan.pdf"
    );
    let outside = run.one("path-outside");
    assert_eq!(
        outside.message,
        "`attachments`: `../x.pdf` ligt buiten de map `gent-taalcafe/`"
    );
}

#[test]
fn adoption_findings_are_dutch() {
    let text = add_field(
        &draft("gent-taalcafe"),
        "adoptions: [{municipality: \"44021\", since: 2020}, {municipality: Aalst, since: 2021}, {municipality: \"41002\", since: 2022}]",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    assert_eq!(
        run.one("adoption-own").message,
        "`adoptions`: Gent is een van de eigen gemeenten van de praktijk (`municipalities`), geen overname"
    );
    let twice = run.one("duplicate-value");
    assert_eq!(twice.message, "`adoptions` vermeldt Aalst twee keer");
    assert!(twice.help().starts_with("houd één overname per gemeente"));
}

#[test]
fn collection_findings_are_dutch() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.practice(
        "gent-kopie",
        &add_field(&draft("gent-taalcafe"), "related: [aalst-taalcafe]"),
    );
    let run = c.validate();
    let mismatch = run.one("id-mismatch");
    assert_eq!(
        mismatch.message,
        "`id` is `gent-taalcafe`, maar het bestand heet `gent-kopie.md`"
    );
    assert_eq!(
        mismatch.help(),
        "geef het bestand de naam `gent-taalcafe.md`, of schrijf `id: gent-kopie`"
    );
    let duplicates = run.all("id-duplicate");
    assert_eq!(duplicates.len(), 2, "{}", run.dump());
    assert!(
        duplicates.iter().any(|d| d.message
            == "het id `gent-taalcafe` wordt ook gebruikt door practices/gent-kopie.md"),
        "{}",
        run.dump()
    );
    assert_eq!(
        run.one("related-missing").message,
        "`related` noemt `aalst-taalcafe`, maar die praktijk staat niet in de collectie"
    );
}

#[test]
fn collection_findings_are_english_with_lang_en() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.practice("gent-kopie", &draft("gent-taalcafe"));
    let run = c.run(&["--lang", "en", "validate", "--format", "json"]);
    assert_eq!(
        run.one("id-mismatch").message,
        "`id` is `gent-taalcafe` but the file is named `gent-kopie.md`"
    );
    assert!(
        run.all("id-duplicate").iter().all(|d| d
            .message
            .starts_with("the id `gent-taalcafe` is also used by")),
        "{}",
        run.dump()
    );
}

#[test]
fn synonym_findings_are_dutch() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.file(
        "schema/synonyms.yaml",
        "groups:\n  - [alleen]\n  - [tolk, vertaler, tolk]\nnarrower: {taal: []}\n",
    );
    let run = c.validate();
    let formats: Vec<String> = run
        .all("synonyms-format")
        .into_iter()
        .map(|d| d.message)
        .collect();
    assert!(
        formats.contains(&"een groep heeft minstens twee woorden nodig".to_owned()),
        "{formats:?}"
    );
    assert!(
        formats.contains(&"`taal` heeft geen engere woorden".to_owned()),
        "{formats:?}"
    );
    let twice = run.one("synonyms-duplicate");
    assert_eq!(twice.message, "`tolk` staat twee keer in deze groep");
    assert_eq!(twice.help(), "verwijder een van beide");
}

#[test]
fn file_level_findings_are_dutch() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    c.file("practices/zonder-velden.md", "# Alleen tekst\n");
    c.file("practices/latin1.md", b"---\nid: caf\xe9\n---\n".as_slice());
    let run = c.validate();
    assert_eq!(
        run.one("front-matter-missing").message,
        "geen velden bovenaan (front matter): het bestand moet met een regel `---` beginnen"
    );
    assert!(
        run.one("not-utf8")
            .message
            .ends_with("is geen geldige UTF-8"),
        "{}",
        run.dump()
    );
}

#[test]
fn yaml_mistakes_and_dates_are_explained_in_english_with_lang_en() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "title:",
        "title: Taalcafé: praten in de bibliotheek",
    );
    let c = Collection::with("gent-taalcafe", &text);
    // A file that cannot be read stops at its YAML; the date is wrong in another one.
    c.practice(
        "gent-datum",
        &review("gent-datum").replace("start: 2019-10,", "start: 15/10/2019,"),
    );
    let en = c.run(&["--lang", "en", "validate", "--format", "json"]);
    let colon = en.one("yaml-syntax");
    assert_eq!(
        colon.message,
        "this value holds a colon followed by a space, which YAML reads as a new key"
    );
    assert_eq!(
        colon.help(),
        "put the value between quotes: `title: \"Taalcafé: praten in de bibliotheek\"`"
    );
    // The same mistake at the same place, in Dutch by default.
    let nl = c.validate();
    let dutch = nl.one("yaml-syntax");
    assert_eq!(dutch.at(), colon.at());
    assert_eq!(
        dutch.message,
        "deze waarde bevat een dubbele punt met een spatie erna, en die leest YAML als een nieuwe sleutel"
    );
    assert_eq!(
        dutch.help(),
        "zet de waarde tussen aanhalingstekens: `title: \"Taalcafé: praten in de bibliotheek\"`"
    );
    // A date written day first: the form asked for and the date meant, in the reader's words.
    let date = en.one("invalid-date");
    assert!(
        date.message.starts_with("`15/10/2019` in ")
            && date.message.ends_with(
                "is not a date in the form year-month-day (YYYY, YYYY-MM or YYYY-MM-DD)"
            ),
        "{}",
        date.message
    );
    assert_eq!(date.help(), "write the year first: `2019-10-15`");
    assert_eq!(
        nl.one("invalid-date").help(),
        "schrijf het jaar eerst: `2019-10-15`"
    );
}
