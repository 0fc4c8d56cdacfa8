//! Keeping the collection current: `practice due` lists what needs attention, most urgent first,
//! and exits 1 when something is due; `practice changes --since REF|DATE` lists what changed in
//! git history; `export --changed-since` puts a "Nieuw sinds" section in the brochure.

use crate::common;

use common::{Collection, days_ago, git, published, replace_line, review};

/// A published practice assessed `days` ago.
fn assessed(id: &str, days: i64) -> String {
    replace_line(
        &published(id),
        "assessment:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: deels, deployable: voldaan, reach: deels}}",
            days_ago(days)
        ),
    )
}

fn due(c: &Collection, args: &[&str]) -> (i32, serde_json::Value) {
    let mut all = vec!["due", "--format", "json"];
    all.extend_from_slice(args);
    let run = c.run(&all);
    assert!(run.code == 0 || run.code == 1, "{}", run.dump());
    (run.code, run.json())
}

fn kinds(json: &serde_json::Value) -> Vec<(String, String)> {
    json["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            (
                i["id"].as_str().unwrap().to_owned(),
                i["kind"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn nothing_due_exits_0() {
    let c = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    let (code, json) = due(&c, &[]);
    assert_eq!(code, 0);
    assert_eq!(json["count"], 0);
    let run = c.run(&["due"]);
    assert_eq!(run.code, 0);
    assert_eq!(run.stdout, "Niets te doen.\n");
}

#[test]
fn each_kind_of_upkeep_is_listed_most_urgent_first_and_exits_1() {
    let c = Collection::new();
    // Assessed 900 and 800 days ago: overdue by about 170 and 70 days.
    c.practice("oudste", &assessed("oudste", 900));
    c.practice("oud", &assessed("oud", 800));
    // Published, but its period ended.
    c.practice(
        "afgelopen",
        &replace_line(
            &published("afgelopen"),
            "period:",
            "period: {start: 2019-10, end: 2021-06, lifecycle: afgerond}",
        ),
    );
    // In review without a way to reach anyone.
    c.practice(
        "zonder-contact",
        &replace_line(
            &review("zonder-contact"),
            "contact:",
            "contact: {organisation: Stad Gent}",
        ),
    );
    // A link to a practice that does not exist.
    c.practice(
        "dode-link",
        &format!(
            "{}\nZie ook [het draaiboek](nergens.md).\n",
            published("dode-link")
        ),
    );
    // Not due: archived, or a draft without contact.
    c.practice(
        "archief",
        &replace_line(&assessed("archief", 900), "status:", "status: archived"),
    );
    c.practice("ontwerp", &common::draft("ontwerp"));
    let (code, json) = due(&c, &[]);
    assert_eq!(code, 1);
    assert_eq!(
        kinds(&json),
        [
            ("afgelopen".into(), "period-ended".into()),
            ("oudste".into(), "assessment-stale".into()),
            ("oud".into(), "assessment-stale".into()),
            ("zonder-contact".into(), "contact-missing".into()),
            ("dode-link".into(), "link-broken".into()),
        ],
        "overdue the longest first (the period ended in 2021), then what is due without a date: {json:#}"
    );
    let oudste = &json["items"][1];
    assert!(oudste["days"].as_i64().unwrap() > 160, "{oudste}");
    let run = c.run(&["due"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.starts_with("Te doen: 5 punten\n"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("nu: zonder-contact (practices/zonder-contact.md)"),
        "{}",
        run.stdout
    );
}

#[test]
fn within_lists_what_falls_due_soon() {
    // The review interval is 24 months: assessed 700 days ago falls due in about a month.
    let c = Collection::with("binnenkort", &assessed("binnenkort", 700));
    let (code, _) = due(&c, &[]);
    assert_eq!(code, 0);
    let (code, json) = due(&c, &["--within", "60"]);
    assert_eq!(code, 1);
    let item = &json["items"][0];
    assert_eq!(item["kind"], "assessment-stale");
    assert!(item["days"].as_i64().unwrap() < 0, "{item}");
    let run = c.run(&["due", "--within", "60"]);
    assert!(run.stdout.contains("\nover "), "{}", run.stdout);
    let run = c.run(&["due", "--within", "-3"]);
    assert_eq!(run.code, 2, "a usage error");
}

// ---------------------------------------------------------------------------------------------
// git history

/// A collection with history: on 2025-01-10 four practices are committed and tagged `v1`;
/// afterwards one is added, one edited, one published, one archived, one removed, and one more
/// added without committing.
fn history() -> Collection {
    let c = Collection::new();
    c.practice("blijft", &published("blijft"));
    c.practice("bewerkt", &published("bewerkt"));
    c.practice("naar-publicatie", &review("naar-publicatie"));
    c.practice("naar-archief", &published("naar-archief"));
    c.practice("weg", &published("weg"));
    git(c.root(), &["init", "-q"], "2025-01-10T12:00:00");
    git(c.root(), &["add", "-A"], "2025-01-10T12:00:00");
    git(
        c.root(),
        &["commit", "-q", "-m", "begin"],
        "2025-01-10T12:00:00",
    );
    git(c.root(), &["tag", "v1"], "2025-01-10T12:00:00");
    c.practice("nieuw", &published("nieuw"));
    c.practice(
        "bewerkt",
        &published("bewerkt").replace("title: Praktijk bewerkt", "title: Bewerkte praktijk"),
    );
    c.practice("naar-publicatie", &published("naar-publicatie"));
    c.practice(
        "naar-archief",
        &replace_line(&published("naar-archief"), "status:", "status: archived"),
    );
    std::fs::remove_file(c.practices().join("weg.md")).unwrap();
    git(c.root(), &["add", "-A"], "2025-03-01T12:00:00");
    git(
        c.root(),
        &["commit", "-q", "-m", "later"],
        "2025-03-01T12:00:00",
    );
    c.practice("niet-vastgelegd", &published("niet-vastgelegd"));
    c
}

fn changes(json: &serde_json::Value) -> Vec<(String, String)> {
    json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["kind"].as_str().unwrap().to_owned(),
                c["id"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn changes_since_a_tag_or_a_date_from_git_history() {
    let c = history();
    let expected: Vec<(String, String)> = [
        ("added", "niet-vastgelegd"),
        ("added", "nieuw"),
        ("status", "naar-publicatie"),
        ("archived", "naar-archief"),
        ("changed", "bewerkt"),
        ("removed", "weg"),
    ]
    .iter()
    .map(|(k, i)| ((*k).to_owned(), (*i).to_owned()))
    .collect();
    for since in ["v1", "2025-02-01"] {
        let run = c.run(&["changes", "--since", since, "--format", "json"]);
        assert_eq!(run.code, 0, "{}", run.dump());
        let json = run.json();
        assert_eq!(changes(&json), expected, "since {since}");
        assert_eq!(json["commit_date"], "2025-01-10");
    }
    let human = c.run(&["changes", "--since", "v1"]);
    assert_eq!(human.code, 0);
    assert!(human.stdout.contains("\nNieuw (2)\n"), "{}", human.stdout);
    assert!(
        human
            .stdout
            .contains("naar-publicatie  Praktijk naar-publicatie  (Ter review → Gepubliceerd)"),
        "{}",
        human.stdout
    );
    assert!(
        human.stdout.contains("\nVerwijderd (1)\n  weg"),
        "{}",
        human.stdout
    );

    // Before the first commit, everything is new.
    let json = c
        .run(&["changes", "--since", "2000-01-01", "--format", "json"])
        .json();
    assert_eq!(json["commit"], serde_json::Value::Null);
    assert!(changes(&json).iter().all(|(k, _)| k == "added"));
}

#[test]
fn changes_needs_git_and_a_known_ref() {
    let c = history();
    let run = c.run(&["changes", "--since", "v9"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("`v9` is geen git-verwijzing en geen datum"),
        "{}",
        run.stderr
    );
    let run = c.run(&["changes", "--since", "--all"]);
    assert_eq!(run.code, 2);
    let plain = Collection::with("a", &published("a"));
    let run = plain.run(&["changes", "--since", "v1"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("ligt niet in een git-repository"),
        "{}",
        run.stderr
    );
}

#[test]
fn export_changed_since_adds_a_nieuw_sinds_section() {
    let c = history();
    let out = c.root().join("bundel");
    let run = c.run(&[
        "export",
        "--out",
        &format!("{}/", out.display()),
        "--changed-since",
        "v1",
    ]);
    assert_eq!(run.code, 0, "{}", run.dump());
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    let start = html
        .find("<h2>Nieuw sinds v1 (2025-01-10)</h2>")
        .unwrap_or_else(|| panic!("{html}"));
    let section = &html[start..start + html[start..].find("</section>").unwrap()];
    assert!(
        section.contains("<a href=\"#p-nieuw\">Praktijk nieuw</a> (nieuw)"),
        "{section}"
    );
    assert!(
        section.contains("Bewerkte praktijk</a> (bijgewerkt)"),
        "{section}"
    );
    assert!(
        section.contains("Praktijk naar-publicatie</a> (nu gepubliceerd)"),
        "{section}"
    );
    assert!(
        !section.contains("weg"),
        "removed practices are not in the bundle"
    );
    assert!(!section.contains("blijft"), "{section}");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["changed_since"]["since"], "v1");
}
