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

/// An editor (for `$EDITOR`) that runs `sed -i expression` on the file it is given.
#[cfg(unix)]
fn sed_editor(c: &Collection, expression: &str) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = c.root().join("editor.sh");
    std::fs::write(
        &script,
        format!("#!/bin/sh\nsed -i '{expression}' \"$1\"\n"),
    )
    .unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    script
}

#[test]
fn add_says_in_dutch_what_it_made_and_what_comes_next_and_english_on_request() {
    let c = Collection::new();
    let args = [
        "add",
        "--no-input",
        "--title",
        "Taalcafé",
        "--municipality",
        "Gent",
    ];
    let mut cmd = practice_cmd();
    let nl = Run::from(
        cmd.current_dir(c.root())
            .env("COLUMNS", "60")
            .args(args)
            .output()
            .unwrap(),
    );
    assert_eq!(nl.code, 0, "{}", nl.stderr);
    let lines: Vec<&str> = nl.stdout.lines().collect();
    assert_eq!(lines[0], "Aangemaakt: practices/gent-taalcafe.md");
    assert!(
        lines[1].starts_with("Voor de status Ter review (`review`) is nog nodig:"),
        "{}",
        nl.stdout
    );
    // The closing lines fit the terminal rather than running on.
    assert!(
        lines.iter().all(|l| l.chars().count() <= 60),
        "{}",
        nl.stdout
    );
    assert!(
        nl.stdout
            .replace('\n', " ")
            .contains("en de secties ## Context, ## Doelen"),
        "{}",
        nl.stdout
    );
    assert_eq!(
        lines.last().unwrap(),
        &"Vul aan met: practice status gent-taalcafe review"
    );
    let en = c.run(&[
        "--lang",
        "en",
        "add",
        "--no-input",
        "--title",
        "Praatcafé",
        "--municipality",
        "Gnet",
    ]);
    assert_eq!(en.code, 2);
    assert!(
        en.stderr.contains(
            "error: --municipality `Gnet`: not a Flemish municipality; did you mean Gent (44021)?"
        ),
        "{}",
        en.stderr
    );
}

#[test]
fn add_points_out_the_iso_form_of_a_date_written_day_first() {
    let c = Collection::new();
    let run = c.run(&[
        "add",
        "--no-input",
        "--title",
        "Taalcafé",
        "--municipality",
        "Gent",
        "--start",
        "15/11/2025",
        "--lifecycle",
        "lopend",
    ]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "--start `15/11/2025`: geen datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD; bedoelt u `2025-11-15`?"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn status_says_in_dutch_what_changed() {
    let c = Collection::with("gent-taalcafe", &review("gent-taalcafe"));
    let run = c.run(&["status", "gent-taalcafe", "Ontwerp"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "gent-taalcafe heeft nu de status Ontwerp (`draft`) (practices/gent-taalcafe.md)."
    );
    let again = c.run(&["status", "gent-taalcafe", "draft"]);
    assert!(
        again
            .stderr
            .contains("gent-taalcafe heeft al de status Ontwerp (`draft`)."),
        "{}",
        again.stderr
    );
}

#[test]
fn status_points_out_the_iso_form_of_a_date_written_day_first() {
    let text = replace_line(
        &review("gent-taalcafe"),
        "period:",
        "period: {start: 15/11/2019, lifecycle: lopend}",
    );
    let c = Collection::with(
        "gent-taalcafe",
        &text.replace("status: review", "status: draft"),
    );
    let run = c.run(&["status", "gent-taalcafe", "review", "--no-input"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("Periode (`period`): geen geldige datum")
            && run.stderr.contains("bedoelt u `2019-11-15`?"),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn edit_says_in_dutch_what_it_kept_and_points_out_the_iso_date() {
    let c = Collection::with("gent-taalcafe", &draft("gent-taalcafe"));
    let fine = sed_editor(&c, "s/^title: .*/title: Taalcafé in de bib/");
    let mut cmd = practice_cmd();
    let saved = Run::from(
        cmd.current_dir(c.root())
            .env("EDITOR", &fine)
            .args(["edit", "gent-taalcafe"])
            .output()
            .unwrap(),
    );
    assert_eq!(saved.code, 0, "{}", saved.stderr);
    assert_eq!(
        saved.stdout.trim(),
        "Bewaard: practices/gent-taalcafe.md (nagekeken, geen fouten)"
    );
    let dated = sed_editor(
        &c,
        "s|^municipalities:\\(.*\\)$|municipalities:\\1\\nperiod: {start: 15/11/2025, lifecycle: lopend}|",
    );
    let mut cmd = practice_cmd();
    let refused = Run::from(
        cmd.current_dir(c.root())
            .env("EDITOR", &dated)
            .args(["edit", "gent-taalcafe"])
            .output()
            .unwrap(),
    );
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused.stderr.contains(
            "fout, regel 6: Periode (`period`): geen geldige datum: schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD; bedoelt u `2025-11-15`?"
        ),
        "{}",
        refused.stderr
    );
    assert!(
        refused.stderr.contains("Uw wijzigingen zijn bewaard in"),
        "{}",
        refused.stderr
    );
}

#[test]
fn list_and_show_speak_dutch() {
    let c = Collection::new();
    let empty = c.run(&["list"]);
    assert_eq!(empty.code, 0);
    assert!(
        empty
            .stderr
            .contains("Er staan nog geen praktijken in practices/. Maak er een met: practice add"),
        "{}",
        empty.stderr
    );
    c.practice("gent-taalcafe", &review("gent-taalcafe"));
    let list = c.run(&["list"]);
    let lines: Vec<&str> = list.stdout.lines().collect();
    let heading: Vec<&str> = lines[0].split_whitespace().collect();
    assert_eq!(heading, ["Id", "Titel", "Gemeenten", "Status", "Thema's"]);
    assert!(lines[1].contains("Ter review"), "{}", list.stdout);
    assert_eq!(lines.last().unwrap(), &"1 praktijk");
    let none = c.run(&["list", "--status", "Gepubliceerd"]);
    assert!(
        none.stderr
            .contains("Geen enkele praktijk voldoet aan de filters."),
        "{}",
        none.stderr
    );
    let en = c.run(&["--lang", "en", "list"]);
    assert_eq!(en.stdout.lines().last().unwrap(), "1 practice");
    let missing = c.run(&["show", "iets-heel-anders"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains(
            "fout: geen praktijk met id `iets-heel-anders`; `practice list` toont alle ids"
        ),
        "{}",
        missing.stderr
    );
}
