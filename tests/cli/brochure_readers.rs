//! The brochure as the people who receive it meet it: where the collection stood is in the
//! manifest (and a warning on stderr when uncommitted changes went in), not on the cover; print
//! has page numbers and a useful first page; phones get one column and words never break
//! inside; empty and internal sections are left out; zip entries carry the date of the
//! collection's last commit and stay byte-identical.

use crate::common;

use std::io::Read;
use std::path::Path;

use common::{Collection, draft, git, published};

const WHEN: &str = "2025-03-04T10:20:30+00:00";

fn committed() -> Collection {
    let c = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    git(c.root(), &["init", "-q"], WHEN);
    git(c.root(), &["add", "-A"], WHEN);
    git(c.root(), &["commit", "-q", "-m", "begin"], WHEN);
    c
}

fn export(c: &Collection, out: &Path, extra: &[&str]) -> common::Run {
    let mut args = vec!["export", "--out", out.to_str().unwrap()];
    args.extend_from_slice(extra);
    let run = c.run(&args);
    assert_eq!(run.code, 0, "{}", run.dump());
    run
}

fn entries(zip: &Path) -> Vec<(String, zip::DateTime, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut entry = archive.by_index(i).unwrap();
            let mut bytes = Vec::new();
            entry.read_to_end(&mut bytes).unwrap();
            (
                entry.name().unwrap().to_string(),
                entry.last_modified().unwrap(),
                bytes,
            )
        })
        .collect()
}

#[test]
fn provenance_is_in_the_manifest_not_on_the_cover() {
    let c = committed();
    let out = c.root().join("a.zip");
    let run = export(&c, &out, &[]);
    assert!(!run.stderr.contains("uncommitted"), "{}", run.stderr);
    let files = entries(&out);
    let text = |name: &str| {
        String::from_utf8(files.iter().find(|(n, _, _)| n == name).unwrap().2.clone()).unwrap()
    };
    let html = text("index.html");
    assert!(!html.contains("commit"), "no commit on the cover");
    assert!(!html.contains("Stand van de collectie"));
    let manifest: serde_json::Value = serde_json::from_str(&text("manifest.json")).unwrap();
    assert_eq!(manifest["git_commit"].as_str().unwrap().len(), 40);
    assert_eq!(manifest["git_date"], "2025-03-04");
    assert_eq!(manifest["git_dirty"], false);

    // An uncommitted edit goes into the bundle: the manifest says so, and so does stderr.
    c.practice(
        "gent-taalcafe",
        &published("gent-taalcafe").replace("Praktijk gent-taalcafe", "Taalcafé Gent"),
    );
    let out = c.root().join("b.zip");
    let run = export(&c, &out, &[]);
    assert!(
        run.stderr.contains(
            "waarschuwing: practices/ of schema/ bevat wijzigingen die nog niet vastgelegd zijn; \
             de bundel bevat ze wel, maar de commit die het manifest noemt"
        ),
        "{}",
        run.stderr
    );
    let manifest = entries(&out)
        .into_iter()
        .find(|(n, _, _)| n == "manifest.json")
        .unwrap()
        .2;
    let manifest: serde_json::Value = serde_json::from_slice(&manifest).unwrap();
    assert_eq!(manifest["git_dirty"], true);
}

#[test]
fn zip_entries_carry_the_date_of_the_last_commit_and_stay_reproducible() {
    let c = committed();
    let a = c.root().join("a.zip");
    let b = c.root().join("b.zip");
    export(&c, &a, &[]);
    export(&c, &b, &[]);
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    for (name, date, _) in entries(&a) {
        assert_eq!(
            (
                date.year(),
                date.month(),
                date.day(),
                date.hour(),
                date.minute(),
                date.second()
            ),
            (2025, 3, 4, 10, 20, 30),
            "{name}"
        );
    }
    // Outside git there is no date to give: zip's own first day, still reproducible.
    let plain = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    let out = plain.root().join("c.zip");
    export(&plain, &out, &[]);
    assert!(entries(&out).iter().all(|(_, d, _)| d.year() == 1980));
}

#[test]
fn empty_and_internal_sections_are_left_out_of_the_brochure() {
    let c = Collection::new();
    // What `practice add` writes: every section with a hint in a comment.
    let mut text = draft("gent-ontwerp").replace(
        "## Context\n\nNog te schrijven.\n",
        "## Context\n\nDe bib zoekt vrijwilligers.\n",
    );
    for heading in ["Doelen", "Aanpak", "Resultaten", "Succesfactoren"] {
        text.push_str(&format!("\n## {heading}\n\n<!-- wat hier hoort -->\n"));
    }
    text.push_str(
        "\n## Open vragen\n\nIs de subsidie rond? Vraag het aan Jan.\n\n### Detail\n\nIntern.\n",
    );
    text.push_str("\n## Meer weten\n\nZie de website van de stad.\n");
    c.practice("gent-ontwerp", &text);
    let out = c.root().join("b");
    export(&c, &out.join(""), &["--status", "draft"]);
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(html.contains("<h3>Context</h3>"), "{html}");
    assert!(html.contains("<h3>Meer weten</h3>"), "{html}");
    for gone in [
        "<h3>Doelen</h3>",
        "<h3>Succesfactoren</h3>",
        "Open vragen",
        "subsidie",
        "Intern.",
    ] {
        assert!(!html.contains(gone), "`{gone}` is in the brochure");
    }
    // Editors still see everything.
    let show = c.run(&["show", "gent-ontwerp"]);
    assert!(show.stdout.contains("## Open vragen"), "{}", show.stdout);
}

#[test]
fn print_has_page_numbers_and_phones_one_column_without_broken_words() {
    let c = Collection::with("gent-taalcafe", &published("gent-taalcafe"));
    let out = c.root().join("b");
    export(&c, &out.join(""), &[]);
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        html.contains(
            "@bottom-center { content: \"pagina \" counter(page) \" van \" counter(pages);"
        ),
        "page numbers in print"
    );
    for breaking in [
        "overflow-wrap: anywhere",
        "word-break: break-all",
        "hyphens: auto",
    ] {
        assert!(
            !html.contains(breaking),
            "words never break inside: {breaking}"
        );
    }
    assert!(html.contains("@media screen and (max-width: 40rem)"));
    // The first printed page: cover and coverage map; the overview starts the second.
    let cover = html.find("<header class=\"cover\">").unwrap();
    let map = html.find("<section class=\"coverage\">").unwrap();
    let overview = html.find("<section class=\"overview\">").unwrap();
    assert!(cover < map && map < overview);
    assert!(html.contains(".overview, .practice { break-before: page; }"));
}
