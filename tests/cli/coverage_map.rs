//! The coverage map: `practice stats --svg FILE` draws every municipality as a tile, grouped by
//! province and arrondissement, coloured by own practice, adoption only or none, with a Dutch
//! legend and a `<title>` per tile; export bundles carry it and the brochure shows it.

use crate::common;

use common::{Collection, add_field, published};

const OWN: &str = "#1b6e3a";
const ADOPTION: &str = "#8fd19e";
const NONE: &str = "#ececec";

/// A practice in Gent taken over by Aalst.
fn collection() -> Collection {
    let text = add_field(
        &add_field(&published("gent-taalcafe"), "adoptions:"),
        "  - {municipality: Aalst, since: 2023}",
    );
    Collection::with("gent-taalcafe", &text)
}

fn ok(c: &Collection, args: &[&str]) -> common::Run {
    let run = c.run(args);
    assert_eq!(run.code, 0, "{}", run.dump());
    run
}

/// The tile of municipality `nis`: its `<rect …>` line and its `<title>`.
fn tile(svg: &str, nis: &str) -> (String, String) {
    let marker = format!("data-nis=\"{nis}\"");
    let start = svg.find(&marker).unwrap_or_else(|| panic!("no tile {nis}"));
    let rect_start = svg[..start].rfind("<rect").unwrap();
    let rect = svg[rect_start..].lines().next().unwrap().to_owned();
    let title_start = rect_start + svg[rect_start..].find("<title>").unwrap() + 7;
    let title_end = title_start + svg[title_start..].find("</title>").unwrap();
    (rect, svg[title_start..title_end].to_owned())
}

#[test]
fn every_municipality_is_a_tile_coloured_by_how_it_is_reached() {
    let c = collection();
    let path = c.root().join("kaart.svg");
    ok(&c, &["stats", "--svg", path.to_str().unwrap()]);
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.starts_with("<svg "), "{}", &svg[..80]);
    assert_eq!(svg.matches("data-nis=").count(), 285);
    // Every tile names its municipality.
    assert_eq!(
        svg.matches("<title>").count(),
        286,
        "one per tile and one for the map"
    );
    let (gent, title) = tile(&svg, "44021");
    assert!(gent.contains(OWN), "{gent}");
    assert_eq!(title, "Gent (44021, arr. Gent): 1 eigen praktijk");
    let (aalst, title) = tile(&svg, "41002");
    assert!(aalst.contains(ADOPTION), "{aalst}");
    assert_eq!(title, "Aalst (41002, arr. Aalst): 1 overgenomen praktijk");
    let (boom, title) = tile(&svg, "11005");
    assert!(boom.contains(NONE), "{boom}");
    assert_eq!(title, "Boom (11005, arr. Antwerpen): nog geen praktijk");
    // A Dutch legend with the counts.
    for text in [
        "Bereik van de 285 Vlaamse gemeenten",
        "1 met een eigen praktijk (0,4%), 2 met een eigen of overgenomen praktijk (0,7%), 283 nog niet bereikt",
        "eigen praktijk (1)",
        "enkel overgenomen praktijk (1)",
        "nog geen praktijk (283)",
        "2 van 55 bereikt",
        "arr. Sint-Niklaas",
    ] {
        assert!(svg.contains(text), "missing `{text}`");
    }
    // Provinces from west to east.
    let at = |name: &str| svg.find(&format!(">\n{name}\n</text>")).unwrap();
    assert!(at("West-Vlaanderen") < at("Oost-Vlaanderen"));
    assert!(at("Oost-Vlaanderen") < at("Antwerpen"));
    assert!(at("Vlaams-Brabant") < at("Limburg"));
}

#[test]
fn the_same_collection_draws_the_same_bytes() {
    let c = collection();
    let a = c.root().join("a.svg");
    let b = c.root().join("b.svg");
    ok(&c, &["stats", "--svg", a.to_str().unwrap()]);
    ok(&c, &["stats", "--svg", b.to_str().unwrap()]);
    assert_eq!(std::fs::read(a).unwrap(), std::fs::read(b).unwrap());
}

#[test]
fn names_from_the_schema_are_escaped() {
    let c = collection();
    c.edit_schema("municipalities/flemish_municipalities_2025.csv", |t| {
        t.replace("11005,Boom,Boom,", "11005,\"Boom <b>&\",Boom,")
    });
    let path = c.root().join("kaart.svg");
    ok(&c, &["stats", "--svg", path.to_str().unwrap()]);
    let svg = std::fs::read_to_string(&path).unwrap();
    assert!(svg.contains("Boom &lt;b&gt;&amp; (11005"), "escaped");
    assert!(!svg.contains("<b>"));
}

#[test]
fn an_existing_file_is_replaced_only_with_force_and_never_inside_the_collection() {
    let c = collection();
    let path = c.root().join("kaart.svg");
    std::fs::write(&path, "mijn tekening").unwrap();
    let run = c.run(&["stats", "--svg", path.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("bestaat al"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "mijn tekening");
    ok(&c, &["stats", "--svg", path.to_str().unwrap(), "--force"]);
    assert!(std::fs::read_to_string(&path).unwrap().starts_with("<svg"));

    let inside = c.practices().join("kaart.svg");
    let run = c.run(&["stats", "--svg", inside.to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(!inside.exists());
    let missing = c.root().join("nergens/kaart.svg");
    let run = c.run(&["stats", "--svg", missing.to_str().unwrap()]);
    assert_eq!(run.code, 2, "a missing folder is an I/O error");
}

#[test]
fn export_bundles_carry_the_map_and_the_brochure_shows_it() {
    let c = collection();
    let out = c.root().join("bundel");
    ok(&c, &["export", "--out", &format!("{}/", out.display())]);
    let svg = std::fs::read_to_string(out.join("coverage.svg")).unwrap();
    assert!(svg.contains("eigen praktijk (1)"));
    let manifest = std::fs::read_to_string(out.join("manifest.json")).unwrap();
    assert!(manifest.contains("\"coverage.svg\""), "{manifest}");
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(html.contains("<h2>Bereik van de 285 Vlaamse gemeenten</h2>"));
    assert!(
        html.contains(
            "<span class=\"tile own\" title=\"Gent (44021, arr. Gent): 1 eigen praktijk\">"
        ),
        "{html}"
    );
    assert!(html.contains("<span class=\"tile adopted\" title=\"Aalst (41002"));
    assert!(
        !html.contains("<svg"),
        "the brochure loads and embeds no SVG"
    );
    assert_eq!(
        html.matches("<span class=\"tile ").count(),
        285 + 3,
        "and the legend"
    );
}
