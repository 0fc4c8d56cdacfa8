//! Adoptions and `based_on`: an adopting municipality is checked like `municipalities`, is not
//! one of the practice's own and is listed once; `since` is a real date that has come;
//! `based_on` names another practice of the collection.

use crate::common::*;

/// A published practice in Gent with `lines` added to its front matter.
fn with(lines: &[&str]) -> Collection {
    Collection::with("gent-taalcafe", &text(lines))
}

fn text(lines: &[&str]) -> String {
    let mut text = published("gent-taalcafe");
    for line in lines {
        text = add_field(&text, line);
    }
    text
}

#[test]
fn valid_adoptions_and_based_on_pass() {
    let c = with(&[
        "adoptions:",
        "  - {municipality: Aalst, since: 2023-09, note: met de bibliotheek}",
        "  - {municipality: \"24062\", since: 2024}",
        "  - {municipality: 71072, since: 2022-03-01}",
    ]);
    c.practice(
        "leuven-taalcafe",
        &add_field(&published("leuven-taalcafe"), "based_on: gent-taalcafe"),
    );
    c.validate().assert_clean();
}

#[test]
fn an_unknown_municipality_gets_a_did_you_mean_and_a_former_one_its_successor() {
    let c = with(&[
        "adoptions:",
        "  - {municipality: Aalts, since: 2023}",
        "  - {municipality: Melle, since: 2023}",
    ]);
    let run = c.validate();
    assert_eq!(run.code, 1, "{}", run.dump());
    let unknown = run.one("unknown-municipality");
    assert!(unknown.message.contains("`Aalts`"), "{}", unknown.message);
    assert!(unknown.help().contains("Aalst"), "{}", unknown.help());
    let legacy = run.one("legacy-municipality");
    assert!(legacy.help().contains("44088"), "{}", legacy.help());
}

#[test]
fn an_own_municipality_twice_or_a_bad_date_is_reported_where_it_stands() {
    let c = with(&[
        "adoptions:",
        "  - {municipality: Gent, since: 2023}",
        "  - {municipality: Aalst, since: 2023-02-30}",
        "  - {municipality: \"41002\", since: 2024}",
    ]);
    let run = c.validate();
    assert_eq!(run.code, 1, "{}", run.dump());
    let own = run.one("adoption-own");
    assert!(own.message.contains("Gent"), "{}", own.message);
    let source = text(&["adoptions:", "  - {municipality: Gent, since: 2023}"]);
    assert_eq!(own.at(), locate(&source, "Gent, since"));
    let date = run.one("invalid-date");
    assert!(date.message.contains("adoptions.since"), "{}", date.message);
    let twice = run.one("duplicate-value");
    assert!(twice.message.contains("Aalst"), "{}", twice.message);
    // Each on its own line: the editor jumps to the right adoption.
    let lines: Vec<usize> = [own.line, date.line, twice.line].to_vec();
    assert!(lines[0] < lines[1] && lines[1] < lines[2], "{lines:?}");
}

#[test]
fn an_adoption_without_since_or_with_an_unknown_key_breaks_the_schema() {
    let c = with(&[
        "adoptions:",
        "  - {municipality: Aalst}",
        "  - {municipality: Lier, since: 2023, notitie: x}",
    ]);
    let run = c.validate();
    assert_eq!(run.code, 1);
    assert!(run.one("missing-field").message.contains("since"));
    assert_eq!(run.one("unknown-key").help(), "bedoelde u `note`?");
}

#[test]
fn an_adoption_in_the_future_is_a_warning() {
    let next_year = jiff::ZonedDateTime::now().year() + 1;
    let c = with(&[
        "adoptions:",
        &format!("  - {{municipality: Aalst, since: {next_year}-01}}"),
    ]);
    let run = c.validate();
    assert_eq!(run.code, 0, "{}", run.dump());
    assert_eq!(run.one("adoption-future").severity, "warning");
}

#[test]
fn based_on_must_name_another_existing_practice() {
    let c = with(&["based_on: gent-taalcaffe"]);
    let run = c.validate();
    assert_eq!(run.code, 1);
    let missing = run.one("based-on-missing");
    assert_eq!(missing.help(), "bedoelde u `gent-taalcafe`?");

    let c = with(&["based_on: gent-taalcafe"]);
    let run = c.validate();
    assert_eq!(run.code, 1);
    run.one("based-on-self");
}
