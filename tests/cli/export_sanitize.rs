//! Practice texts come from many hands: hostile Markdown must not reach the brochure as code,
//! and spreadsheet formulas must not reach the CSV as formulas.

use crate::export_common;

use export_common::{Fixture, Practice, text, unzip};

const HOSTILE: &str = r#"<script>alert('body')</script>

<img src="x.png" onerror="alert('img')">

[klik](javascript:alert('link')) en [ook](JaVaScRiPt:alert(2)) en [data](data:text/html;base64,PHNjcmlwdD4=)

<a href="javascript:alert('raw')" onclick="alert('click')">raw</a>

<iframe src="https://evil.example/"></iframe>

<div style="background:url(https://evil.example/t.gif)" onmouseover="alert('hover')">tekst</div>

![pixel](https://evil.example/pixel.gif)

<svg onload="alert('svg')"><circle/></svg>

<form action="https://evil.example/"><input name="x"></form>"#;

fn brochure(practice: &Practice) -> String {
    let f = Fixture::new();
    f.add(practice);
    let out = f.out("bundle.zip");
    f.export(&out, &["--status", "published", "--status", "draft"]);
    text(&unzip(&out), "index.html")
}

#[test]
fn hostile_markdown_loses_scripts_handlers_and_javascript_urls() {
    let html = brochure(&Practice::new("gent-taalcafe").aanpak(HOSTILE));
    let lower = html.to_lowercase();
    for bad in [
        "<script",
        "javascript:",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "<iframe",
        "<form",
        "evil.example",
        "data:text/html",
    ] {
        assert!(!lower.contains(bad), "`{bad}` survived:\n{html}");
    }
    // The words stay readable.
    assert!(html.contains("klik") && html.contains("tekst"), "{html}");
}

#[test]
fn front_matter_values_are_escaped() {
    let html = brochure(
        &Practice::new("gent-taalcafe")
            .title("<script>alert(1)</script> Taalcafé")
            .summary("Een samenvatting met <img src=x onerror=alert(1)> erin, lang genoeg.")
            .keywords(&["\"><script>alert(2)</script>"]),
    );
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Taalcafé"),
        "{html}"
    );
    assert!(!html.contains("<img src=x"), "{html}");
}

#[test]
fn the_brochure_is_self_contained() {
    let html = brochure(&Practice::new("gent-taalcafe"));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<style>"), "inline CSS");
    assert!(html.contains("Content-Security-Policy"));
    for external in ["<script", "<link", "@import", "src=\"http", "url(http"] {
        assert!(!html.contains(external), "`{external}` in:\n{html}");
    }
}

#[test]
fn the_brochure_has_an_overview_and_each_practice_with_badges_and_sections() {
    let f = Fixture::new();
    f.add(&Practice::new("gent-taalcafe").title("Taalcafé in Gent"));
    f.add(
        &Practice::new("leuven-buddys")
            .title("Buddy's in Leuven")
            .places(&["24062"]),
    );
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let html = text(&unzip(&out), "index.html");
    let overview = html.find("<h2>Overzicht</h2>").expect("overview");
    let first = html
        .find(r#"<article class="practice" id="p-gent-taalcafe">"#)
        .expect("article");
    assert!(overview < first);
    assert!(
        html.contains(r##"<a href="#p-leuven-buddys">Buddy&#39;s in Leuven</a>"##),
        "{html}"
    );
    // proven: deels, deployable and reach: voldaan.
    assert!(
        html.contains("Werkt aantoonbaar: <strong>deels</strong>"),
        "{html}"
    );
    assert!(
        html.contains("Direct inzetbaar: <strong>voldaan</strong>"),
        "{html}"
    );
    assert!(
        html.contains("Bereikt veel mensen: <strong>voldaan</strong>"),
        "{html}"
    );
    assert!(
        html.contains("<h3>Zelf aan de slag</h3>"),
        "sections one level below the title"
    );
    assert!(html.contains("40 deelnemers per jaar"));
    assert!(
        html.contains("<dt>Thema&#39;s</dt><dd>Oefenkansen Nederlands</dd>"),
        "{html}"
    );
}

#[test]
fn csv_cells_that_start_a_formula_are_neutralised() {
    let f = Fixture::new();
    f.add(
        &Practice::new("gent-taalcafe")
            .title("=HYPERLINK(\"https://evil.example\";\"klik\")")
            .summary("+cmd|' /C calc'!A0 en nog genoeg tekst voor een samenvatting")
            .keywords(&["@SUM(1+1)", "-2+3", "gewoon"]),
    );
    let out = f.out("bundle.zip");
    f.export(&out, &[]);
    let csv = text(&unzip(&out), "practices.csv");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let row = reader.records().next().unwrap().unwrap();
    assert_eq!(&row[1], "'=HYPERLINK(\"https://evil.example\";\"klik\")");
    assert!(row[6].starts_with("'+cmd"), "{}", &row[6]);
    assert_eq!(&row[column("Bestand")], "practices/gent-taalcafe.md");
    let keywords = &row[column("Trefwoorden")];
    assert_eq!(keywords, "'@SUM(1+1); -2+3; gewoon");
    for cell in row.iter() {
        assert!(
            !cell.starts_with(['=', '+', '-', '@']),
            "formula cell `{cell}`"
        );
    }
}
