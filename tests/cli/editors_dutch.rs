//! What editors read and type in the commands they use: `add`, `status`, `edit`, `list` and
//! `show` speak Dutch by default (English with `--lang en`), take the Dutch labels of the
//! schema where they take an id, and point out the ISO form of a date written day first.

use crate::common;

use common::*;

/// The ids a run of `add` wrote into the new practice's front matter.
fn front(c: &Collection, id: &str) -> String {
    std::fs::read_to_string(c.practices().join(format!("{id}.md"))).unwrap()
}

#[test]
fn add_takes_dutch_labels_in_any_case_and_writes_the_ids() {
    let c = Collection::new();
    let run = c.run(&[
        "add",
        "--no-input",
        "--status",
        "ONTWERP",
        "--title",
        "Taalcafé in de bib",
        "--municipality",
        "Gent",
        "--theme",
        "oefenkansen nederlands",
        "--target-group",
        "Anderstalige Nieuwkomers",
        "--owner",
        "Stad Gent",
        "--owner-type",
        "lokaal bestuur",
        "--start",
        "2023",
        "--lifecycle",
        "Lopend",
        "--scope",
        "LOKAAL",
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let text = front(&c, "gent-taalcafe-bib");
    for line in [
        "status: draft",
        "themes: [oefenkansen-nederlands]",
        "target_groups: [anderstalige-nieuwkomers]",
        "type: lokaal-bestuur",
        "lifecycle: lopend",
        "scope: lokaal",
    ] {
        assert!(text.contains(line), "`{line}` missing:\n{text}");
    }
}

#[test]
fn add_names_the_valid_values_in_dutch_when_one_is_unknown() {
    let c = Collection::new();
    let run = c.run(&[
        "add",
        "--no-input",
        "--title",
        "Taalcafé",
        "--municipality",
        "Gent",
        "--status",
        "klaar",
        "--scope",
        "lokal",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "--status `klaar`: kies uit draft (Ontwerp), review (Ter review), published (Gepubliceerd), archived (Gearchiveerd)"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "--scope `lokal`: bedoelt u `lokaal`? Kies uit lokaal, intergemeentelijk, regionaal, vlaanderen"
        ),
        "{}",
        run.stderr
    );
    assert!(c.practices().read_dir().unwrap().next().is_none());
}

#[test]
fn status_takes_the_dutch_label_and_names_the_statuses_when_unknown() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    let review = c.run(&["status", "gent-taalcafe", "ter REVIEW", "--no-input"]);
    assert_eq!(review.code, 1, "{}", review.stderr);
    assert!(
        review
            .stderr
            .contains("Voor de status Ter review (review) heeft gent-taalcafe nog nodig:"),
        "{}",
        review.stderr
    );
    let typo = c.run(&["status", "gent-taalcafe", "gepubliceer", "--no-input"]);
    assert_eq!(typo.code, 2);
    assert!(
        typo.stderr.contains(
            "fout: onbekende status `gepubliceer`; bedoelde u `published`?; kies uit: draft (Ontwerp)"
        ),
        "{}",
        typo.stderr
    );
    assert_eq!(
        std::fs::read_to_string(c.practices().join("gent-taalcafe.md")).unwrap(),
        draft("gent-taalcafe")
    );
}
