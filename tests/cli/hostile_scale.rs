//! Hostile sizes: a file under the size limit whose one line holds 200,000 links, or whose
//! front matter lists 90,000 unknown values, is checked in linear time. Each test runs the
//! binary under a generous timeout (60 s, in a debug build, with the other tests running beside it) that only guards against the
//! quadratic behaviour these inputs once triggered (30 s and more in a release build); the
//! measurements are in the commit that made them linear.

use crate::common;

use std::time::Duration;

use common::*;

/// The draft front matter of `practices/groot.md` followed by `body`.
fn big(front_extra: &str, body: &str) -> String {
    format!(
        "---\nid: groot\ntitle: Een grote praktijk\nstatus: draft\nmunicipalities: [\"44021\"]\n{front_extra}---\n## Context\n{body}\n"
    )
}

/// `practice --root <c> ARGS` under the hang guard.
fn guarded(c: &Collection, args: &[&str]) -> Run {
    let mut cmd = practice_cmd();
    cmd.timeout(Duration::from_secs(60));
    cmd.arg("--root").arg(c.root()).args(args);
    Run::from(cmd.output().unwrap())
}

/// Validates the collection as JSON and lists it, each under the guard.
fn check_all_outputs(c: &Collection) -> Run {
    let json = guarded(c, &["validate", "--format", "json"]);
    json.assert_no_panic();
    let list = guarded(c, &["list", "--format", "json"]);
    list.assert_no_panic();
    assert_eq!(list.code, 0, "{}", list.stderr);
    json
}

/// A line of about 1.8 MB: `unit` repeated, with text between, `count` times.
fn one_line(unit: &str, count: usize) -> String {
    let filler = "tekst ".repeat((1_800_000 / count).saturating_sub(unit.len() + 6) / 6);
    (0..count)
        .map(|i| unit.replace("{i}", &i.to_string()) + &filler)
        .collect()
}

#[test]
fn links_on_one_line_of_two_megabytes() {
    let c = Collection::new();
    let body = one_line("[a](b) ", 150_000);
    c.practice("groot", &big("", &body));
    let run = check_all_outputs(&c);
    let broken = run.all("link-broken");
    assert_eq!(broken.len(), 150_000);
    // Columns are exact far along the line.
    let last = body.rfind("[a](b)").unwrap();
    assert_eq!(broken.last().unwrap().at(), (8, last + 1));
}

#[test]
fn people_see_each_finding_of_a_long_line_with_its_part_of_the_line() {
    let c = Collection::new();
    c.practice("groot", &big("", &one_line("[a](b) ", 10_000)));
    let human = guarded(&c, &["validate"]);
    assert_eq!(human.code, 1);
    assert_eq!(human.stdout.matches("fout[link-broken]").count(), 10_000);
    assert!(human.stdout.lines().all(|l| l.chars().count() < 300));
}

#[test]
fn different_missing_links_images_and_autolinks() {
    let c = Collection::new();
    c.practice("groot", &big("", &one_line("[a](b{i}) ", 50_000)));
    let image = big("", &one_line("![x](y) ", 50_000)).replace("groot", "beelden");
    c.practice("beelden", &image);
    let auto = big("", &one_line("<https://example.org/a> ", 50_000));
    c.practice("autolinks", &auto.replace("groot", "autolinks"));
    let run = check_all_outputs(&c);
    assert_eq!(run.all("link-broken").len(), 100_000);
}

#[test]
fn findings_on_many_lines_are_shown_with_their_line() {
    let c = Collection::new();
    c.practice(
        "regels",
        &big("", &"[a](b)\n".repeat(50_000)).replace("groot", "regels"),
    );
    let human = guarded(&c, &["validate"]);
    assert_eq!(human.code, 1);
    assert!(
        human.stdout.contains("50007 | [a](b)"),
        "{}",
        &human.stdout[..2000]
    );
}

/// `count` comma-separated values `<prefix><n>`.
fn many(prefix: &str, count: usize) -> String {
    (0..count)
        .map(|i| format!("{prefix}{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[test]
fn forty_thousand_unknown_municipalities() {
    let c = Collection::new();
    let list = format!("[{}]", many("Gémeente", 40_000));
    c.practice("groot", &big("", "x").replace("[\"44021\"]", &list));
    let run = check_all_outputs(&c);
    let found = run.all("unknown-municipality");
    assert_eq!(found.len(), 40_000);
    // The first findings of a file still say what was meant; later ones do without.
    assert!(
        found[0].help().contains("bedoelde u"),
        "{}",
        found[0].help()
    );
}

#[test]
fn forty_thousand_unknown_themes() {
    let c = Collection::new();
    c.practice(
        "groot",
        &big(&format!("themes: [{}]\n", many("thema-", 40_000)), "x"),
    );
    assert_eq!(
        check_all_outputs(&c).all("unknown-vocabulary").len(),
        40_000
    );
}

#[test]
fn ninety_thousand_keywords_with_accents_on_one_line() {
    let c = Collection::new();
    c.practice(
        "groot",
        &big(&format!("keywords: [{}]\n", many("wóórd", 90_000)), "x"),
    );
    check_all_outputs(&c).assert_clean();
}

#[test]
fn forty_five_thousand_unknown_keys() {
    let c = Collection::new();
    let keys: String = (0..45_000).map(|i| format!("sleutel{i}: 1\n")).collect();
    c.practice("groot", &big(&keys, "x"));
    let run = check_all_outputs(&c);
    assert_eq!(run.all("unknown-key").len(), 45_000);
    assert!(run.all("unknown-key")[0].help().contains("bekende velden"));
}

#[test]
fn a_thousand_practices_sharing_an_id_and_a_title() {
    let c = Collection::new();
    for i in 0..1_000 {
        c.file(
            &format!("practices/map{i}/zelfde.md"),
            draft("zelfde").replace("title: Praktijk zelfde", "title: Dezelfde titel"),
        );
    }
    let run = check_all_outputs(&c);
    let duplicates = run.all("id-duplicate");
    assert_eq!(duplicates.len(), 1_000);
    assert!(
        duplicates[0].message.ends_with("en nog 994"),
        "{}",
        duplicates[0].message
    );
}
