//! `practice outreach`: the practices that suit one municipality, nearby first, with the
//! reasons; and `--unreached --out`, a bundle addressed to every municipality without one.

use crate::common;

use common::{Collection, add_field, days_ago, published, replace_line};

/// A published practice in `place` on `themes`, with criteria judged `judged` (proven,
/// deployable, reach) and `extra` front matter lines.
fn practice(id: &str, place: &str, themes: &str, judged: [&str; 3], extra: &[&str]) -> String {
    let mut text = replace_line(
        &published(id),
        "municipalities:",
        &format!("municipalities: [\"{place}\"]"),
    );
    text = replace_line(&text, "themes:", &format!("themes: [{themes}]"));
    text = replace_line(
        &text,
        "assessment:",
        &format!(
            "assessment: {{by: redactie, on: {}, proven: {}, deployable: {}, reach: {}}}",
            days_ago(30),
            judged[0],
            judged[1],
            judged[2]
        ),
    );
    for line in extra {
        text = add_field(&text, line);
    }
    text
}

const GOOD: [&str; 3] = ["voldaan", "voldaan", "voldaan"];
const FAIR: [&str; 3] = ["deels", "voldaan", "deels"];

/// Lier lies in the arrondissement Mechelen, province Antwerpen.
fn collection() -> Collection {
    let c = Collection::new();
    // Same arrondissement (Mechelen 12025), judged fair.
    c.practice(
        "mechelen-buddy",
        &practice("mechelen-buddy", "12025", "netwerk-buddy", FAIR, &[]),
    );
    // Same province (Turnhout 13040), judged fair.
    c.practice(
        "turnhout-taal",
        &practice("turnhout-taal", "13040", "taalbeleid", FAIR, &[]),
    );
    // Far away but judged best and taken over twice.
    c.practice(
        "gent-huur",
        &practice(
            "gent-huur",
            "44021",
            "huisvesting",
            GOOD,
            &[
                "adoptions:",
                "  - {municipality: Aalst, since: 2023}",
                "  - {municipality: Leuven, since: 2024}",
            ],
        ),
    );
    // Far away, fair, on a theme Lier already has a practice in.
    c.practice(
        "brugge-onthaal",
        &practice("brugge-onthaal", "31005", "onthaal-nieuwkomers", FAIR, &[]),
    );
    // Far away, fair, on a theme new to Lier.
    c.practice(
        "kortrijk-werk",
        &practice("kortrijk-werk", "34022", "werk-ondernemerschap", FAIR, &[]),
    );
    // Lier's own practice: never proposed to Lier, and its theme is not new there.
    c.practice(
        "lier-onthaal",
        &practice("lier-onthaal", "12021", "onthaal-nieuwkomers", FAIR, &[]),
    );
    c
}

fn ids(json: &serde_json::Value) -> Vec<String> {
    json["practices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_owned())
        .collect()
}

fn ok(c: &Collection, args: &[&str]) -> common::Run {
    let run = c.run(args);
    assert_eq!(run.code, 0, "{}", run.dump());
    run
}

#[test]
fn nearby_first_then_the_best_judged_favouring_new_themes() {
    let c = collection();
    let json = ok(&c, &["outreach", "Lier", "--format", "json"]).json();
    assert_eq!(json["municipality"]["nis"], "12021");
    assert_eq!(json["municipality"]["arrondissement"], "Mechelen");
    assert_eq!(json["own_practices"], 1);
    assert_eq!(
        ids(&json),
        [
            "mechelen-buddy",
            "turnhout-taal",
            "gent-huur",
            "kortrijk-werk",
            "brugge-onthaal"
        ],
        "own practice left out; nearby first; then by judgement, adoptions and new themes"
    );
    let first = &json["practices"][0];
    assert_eq!(first["proximity"], "arrondissement");
    assert_eq!(first["reasons"][0]["kind"], "same-arrondissement");
    assert_eq!(
        first["why"][0],
        "dichtbij: in het arrondissement Mechelen (Mechelen)"
    );
    let gent = &json["practices"][2];
    let why: Vec<&str> = gent["why"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap())
        .collect();
    assert!(why.contains(&"voldoet aan 3 van de 3 criteria"), "{why:?}");
    assert!(
        why.contains(&"al overgenomen door 2 gemeenten (Aalst, Leuven)"),
        "{why:?}"
    );
    assert!(
        why.contains(&"thema nog zonder praktijk in Lier: Huisvesting"),
        "{why:?}"
    );
    let brugge = &json["practices"][4];
    assert!(
        !brugge["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["kind"] == "new-themes"),
        "Lier already has a practice on onthaal: {brugge}"
    );
}

#[test]
fn human_output_is_dutch_and_numbered_with_reasons() {
    let c = collection();
    let out = ok(&c, &["outreach", "12021", "--limit", "2"]).stdout;
    assert!(
        out.starts_with(
            "Praktijken voor Lier (12021, arrondissement Mechelen, provincie Antwerpen)\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(" 1. Praktijk mechelen-buddy (mechelen-buddy)"),
        "{out}"
    );
    assert!(
        out.contains("    - in dezelfde provincie Antwerpen (Turnhout)"),
        "{out}"
    );
    assert!(!out.contains(" 3. "), "--limit 2: {out}");
}

#[test]
fn adopters_drafts_and_invalid_practices_are_not_proposed() {
    let c = collection();
    c.practice(
        "gent-adopted",
        &practice(
            "gent-adopted",
            "44021",
            "taalbeleid",
            GOOD,
            &["adoptions:", "  - {municipality: Lier, since: 2024}"],
        ),
    );
    c.practice(
        "gent-draft",
        &replace_line(
            &practice("gent-draft", "44021", "taalbeleid", GOOD, &[]),
            "status:",
            "status: review",
        ),
    );
    c.practice(
        "gent-broken",
        &practice(
            "gent-broken",
            "44021",
            "taalbeleid",
            GOOD,
            &["related: [nergens]"],
        ),
    );
    let run = ok(&c, &["outreach", "Lier", "--format", "json"]);
    let ids = ids(&run.json());
    assert!(!ids.contains(&"gent-adopted".to_owned()), "{ids:?}");
    assert!(!ids.contains(&"gent-draft".to_owned()), "{ids:?}");
    assert!(!ids.contains(&"gent-broken".to_owned()), "{ids:?}");
    assert!(run.stderr.contains("gent-broken"), "{}", run.stderr);
    assert_eq!(run.json()["adopted_practices"], 1);
}

#[test]
fn an_unknown_municipality_is_a_usage_error_and_a_former_one_its_successor() {
    let c = collection();
    let run = c.run(&["outreach", "Liir"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bedoelde u `Lier`?"), "{}", run.stderr);
    let run = ok(&c, &["outreach", "Melle", "--format", "json"]);
    assert_eq!(run.json()["municipality"]["name"], "Merelbeke-Melle");
    assert!(
        run.stderr
            .contains("Melle is sinds 2025 deel van Merelbeke-Melle"),
        "{}",
        run.stderr
    );
    let run = c.run(&["outreach"]);
    assert_eq!(run.code, 2);
    let run = c.run(&["outreach", "--unreached"]);
    assert_eq!(run.code, 2, "--unreached needs --out");
}

#[test]
fn unreached_bundles_are_addressed_indexed_and_reproducible() {
    let c = collection();
    let out = c.root().join("brieven");
    let dir = format!("{}/", out.display());
    let run = ok(
        &c,
        &["outreach", "--unreached", "--out", &dir, "--limit", "3"],
    );
    // 285 municipalities; Mechelen, Turnhout, Gent, Brugge, Kortrijk, Lier have their own
    // practice and Aalst, Leuven took one over.
    assert!(
        run.stdout.starts_with("277 gemeenten zonder praktijk"),
        "{}",
        run.stdout
    );
    let index = std::fs::read_to_string(out.join("gemeenten.csv")).unwrap();
    assert_eq!(index.lines().count(), 278, "header and one line each");
    assert!(index.contains("\n11005;Boom;Antwerpen;Antwerpen;3;11005-boom/index.html;"));
    assert!(!index.contains("\n12021;"), "Lier has its own practice");
    assert!(!index.contains("\n41002;"), "Aalst took one over");
    let page = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        page.contains("<a href=\"11005-boom/index.html\">Boom</a>"),
        "{page}"
    );
    let boom = std::fs::read_to_string(out.join("11005-boom/index.html")).unwrap();
    assert!(
        boom.contains("<h1>Goede praktijken voor Boom</h1>"),
        "{boom}"
    );
    assert!(
        boom.contains(
            "<strong>Waarom voor Boom:</strong> dichtbij: in het arrondissement Antwerpen"
        ) || boom.contains("<strong>Waarom voor Boom:</strong> in dezelfde provincie Antwerpen"),
        "{boom}"
    );
    let csv = std::fs::read_to_string(out.join("11005-boom/practices.csv")).unwrap();
    assert_eq!(csv.lines().count(), 4, "three practices: {csv}");
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(manifest["tool"]["name"], "practice");
    assert!(
        manifest["files"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "11005-boom/practices.csv")
    );

    // Like export: never replaced without --force, and replaced whole with it.
    let again = c.run(&["outreach", "--unreached", "--out", &dir]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("bestaat al"), "{}", again.stderr);
    ok(&c, &["outreach", "--unreached", "--out", &dir, "--force"]);

    let zip = c.root().join("brieven.zip");
    let zip_arg = zip.to_str().unwrap();
    ok(&c, &["outreach", "--unreached", "--out", zip_arg]);
    let first = std::fs::read(&zip).unwrap();
    ok(
        &c,
        &["outreach", "--unreached", "--out", zip_arg, "--force"],
    );
    assert_eq!(first, std::fs::read(&zip).unwrap(), "byte-identical");
}

#[test]
fn force_does_not_replace_a_folder_that_is_not_an_outreach_bundle() {
    let c = collection();
    let out = c.root().join("mine");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("notes.txt"), "mijn notities").unwrap();
    let run = c.run(&[
        "outreach",
        "--unreached",
        "--out",
        &format!("{}/", out.display()),
        "--force",
    ]);
    assert_eq!(run.code, 2);
    assert_eq!(
        std::fs::read_to_string(out.join("notes.txt")).unwrap(),
        "mijn notities"
    );
}
