//! The coverage map: the 285 Flemish municipalities as equal tiles, grouped by province and,
//! within it, by arrondissement (the first two digits of the NIS code), coloured by how each one
//! is reached: a practice of its own, only a practice taken over, or none. No geodata is needed.
//! Every tile has a `<title>` naming the municipality, so a browser shows it on hover and a
//! screen reader reads it; the legend and the counts are in Dutch.
//!
//! Drawn with the `svg` crate, which escapes text and attributes and writes attributes sorted,
//! so the same collection gives the same bytes.

use std::collections::{BTreeMap, HashMap};

use svg::Document;
use svg::node::element::{Group, Rectangle, Text, Title};

use crate::model::Entry;
use crate::schema::{Municipality, Schema};
use crate::stats::{Reach, reach};

/// Tile side and gap, in pixels.
const TILE: u32 = 22;
const GAP: u32 = 3;
/// Tiles per row in an arrondissement block.
const COLUMNS: u32 = 6;
/// Width of a province column.
const COLUMN_WIDTH: u32 = COLUMNS * (TILE + GAP) + 22;
const MARGIN: u32 = 20;
/// Height of the title, counts and legend above the tiles.
const HEADER: u32 = 118;

/// Fill of a tile by reach (CSS colour); dark to light, so they stay apart printed in grey.
fn fill(reach: Reach) -> &'static str {
    match reach {
        Reach::Own => "#1b6e3a",
        Reach::Adoption => "#8fd19e",
        Reach::None => "#ececec",
    }
}

/// Dutch label of a reach, for the legend.
fn label(reach: Reach) -> &'static str {
    match reach {
        Reach::Own => "eigen praktijk",
        Reach::Adoption => "enkel overgenomen praktijk",
        Reach::None => "nog geen praktijk",
    }
}

/// Provinces from west to east, by the first digit of their NIS codes (3 West-Vlaanderen,
/// 4 Oost-Vlaanderen, 1 Antwerpen, 2 Vlaams-Brabant, 7 Limburg); any other digit after them.
fn province_order(nis: &str) -> usize {
    match nis.as_bytes().first() {
        Some(b'3') => 0,
        Some(b'4') => 1,
        Some(b'1') => 2,
        Some(b'2') => 3,
        Some(b'7') => 4,
        _ => 5,
    }
}

/// `12,3%`: a Dutch decimal comma.
fn percent(part: usize, whole: usize) -> String {
    crate::text::percent(part, whole, ',').unwrap_or_else(|| "0%".to_owned())
}

fn text(x: u32, y: u32, content: &str, class: &str) -> Text {
    Text::new(content)
        .set("x", x)
        .set("y", y)
        .set("class", class)
}

/// One municipality on the map.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tile {
    /// NIS code.
    pub nis: String,
    /// How it is reached.
    pub reach: Reach,
    /// What its tile says on hover: `Gent (44021, arr. Gent): 2 eigen praktijken`.
    pub title: String,
}

/// The municipalities of one arrondissement, alphabetically.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrondissement {
    /// Its Dutch name.
    pub name: String,
    /// Its municipalities.
    pub tiles: Vec<Tile>,
}

/// The arrondissements of one province, by code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Province {
    /// Its Dutch name.
    pub name: String,
    /// Municipalities in it.
    pub municipalities: usize,
    /// Of those, reached by an own or taken-over practice.
    pub reached: usize,
    /// Its arrondissements.
    pub arrondissements: Vec<Arrondissement>,
}

/// What the map shows, drawn as SVG by [`coverage_svg`] and as HTML by the brochure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Map {
    /// `Bereik van de 285 Vlaamse gemeenten`.
    pub title: String,
    /// The counts in one Dutch sentence.
    pub summary: String,
    /// The legend: each reach with its Dutch label, its colour and how many municipalities.
    pub legend: Vec<(Reach, &'static str, &'static str, usize)>,
    /// The provinces from west to east.
    pub provinces: Vec<Province>,
}

/// How `entries` reach the municipalities, laid out for the map.
pub fn layout(entries: &[&Entry], schema: &Schema) -> Map {
    let reached = reach(entries, schema);
    let mut own: HashMap<&str, usize> = HashMap::new();
    let mut adopted: HashMap<&str, usize> = HashMap::new();
    for e in entries {
        for p in &e.places {
            *own.entry(p.nis.as_str()).or_default() += 1;
        }
        for p in &e.adopters {
            *adopted.entry(p.nis.as_str()).or_default() += 1;
        }
    }
    let practices = |n: usize| if n == 1 { "praktijk" } else { "praktijken" };
    let describe = |m: &Municipality, how: Reach| {
        let n_own = own.get(m.nis.as_str()).copied().unwrap_or(0);
        let n_adopted = adopted.get(m.nis.as_str()).copied().unwrap_or(0);
        let what = match how {
            Reach::Own if n_adopted > 0 => {
                format!(
                    "{n_own} eigen {}, {n_adopted} overgenomen",
                    practices(n_own)
                )
            }
            Reach::Own => format!("{n_own} eigen {}", practices(n_own)),
            Reach::Adoption => format!("{n_adopted} overgenomen {}", practices(n_adopted)),
            Reach::None => "nog geen praktijk".to_owned(),
        };
        format!("{} ({}, arr. {}): {what}", m.name, m.nis, m.arrondissement)
    };
    // Province → arrondissement code → municipalities, alphabetically within a block.
    type Blocks<'m> = BTreeMap<&'m str, Vec<(&'m Municipality, Reach)>>;
    let mut grouped: BTreeMap<(usize, &str), Blocks<'_>> = BTreeMap::new();
    for (m, how) in &reached {
        grouped
            .entry((province_order(&m.nis), m.province.as_str()))
            .or_default()
            .entry(m.arrondissement_code())
            .or_default()
            .push((m, *how));
    }
    let provinces = grouped
        .into_iter()
        .map(|((_, province), blocks)| {
            let all: Vec<Reach> = blocks.values().flatten().map(|(_, how)| *how).collect();
            Province {
                name: province.to_owned(),
                municipalities: all.len(),
                reached: all.iter().filter(|how| **how != Reach::None).count(),
                arrondissements: blocks
                    .into_values()
                    .map(|mut list| {
                        list.sort_by_cached_key(|(m, _)| crate::text::fold(&m.name));
                        Arrondissement {
                            name: list
                                .first()
                                .map_or(String::new(), |(m, _)| m.arrondissement.clone()),
                            tiles: list
                                .iter()
                                .map(|(m, how)| Tile {
                                    nis: m.nis.clone(),
                                    reach: *how,
                                    title: describe(m, *how),
                                })
                                .collect(),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    let total = reached.len();
    let count = |r: Reach| reached.iter().filter(|(_, how)| *how == r).count();
    let (n_own, n_adopted, n_none) = (
        count(Reach::Own),
        count(Reach::Adoption),
        count(Reach::None),
    );
    Map {
        title: format!("Bereik van de {total} Vlaamse gemeenten"),
        summary: format!(
            "{n_own} met een eigen praktijk ({}), {} met een eigen of overgenomen praktijk ({}), \
             {n_none} nog niet bereikt",
            percent(n_own, total),
            n_own + n_adopted,
            percent(n_own + n_adopted, total)
        ),
        legend: [
            (Reach::Own, n_own),
            (Reach::Adoption, n_adopted),
            (Reach::None, n_none),
        ]
        .into_iter()
        .map(|(how, n)| (how, label(how), fill(how), n))
        .collect(),
        provinces,
    }
}

/// The coverage map of `entries` as an SVG document.
pub fn coverage_svg(entries: &[&Entry], schema: &Schema) -> String {
    let map = layout(entries, schema);
    let mut body = Group::new().set("class", "map-tiles");
    let mut height = 0;
    for (column, province) in map.provinces.iter().enumerate() {
        let x0 = MARGIN + column as u32 * COLUMN_WIDTH;
        let mut y = HEADER;
        let mut group = Group::new().set("class", "map-province");
        group = group.add(text(x0, y, &province.name, "province-name"));
        y += 16;
        group = group.add(text(
            x0,
            y,
            &format!(
                "{} van {} bereikt",
                province.reached, province.municipalities
            ),
            "province-count",
        ));
        y += 14;
        for block in &province.arrondissements {
            y += 12;
            group = group.add(text(
                x0,
                y,
                &format!("arr. {}", block.name),
                "arrondissement",
            ));
            y += 5;
            for (i, t) in block.tiles.iter().enumerate() {
                let i = i as u32;
                let tile = Rectangle::new()
                    .set("x", x0 + (i % COLUMNS) * (TILE + GAP))
                    .set("y", y + (i / COLUMNS) * (TILE + GAP))
                    .set("width", TILE)
                    .set("height", TILE)
                    .set("rx", 3)
                    .set("fill", fill(t.reach))
                    .set("class", "tile")
                    .set("data-nis", t.nis.as_str())
                    .add(Title::new(t.title.as_str()));
                group = group.add(tile);
            }
            y += (block.tiles.len() as u32).div_ceil(COLUMNS) * (TILE + GAP);
        }
        height = height.max(y);
        body = body.add(group);
    }
    let width = 2 * MARGIN + map.provinces.len().max(1) as u32 * COLUMN_WIDTH;
    let height = height + MARGIN;
    let mut legend = Group::new().set("class", "map-legend");
    let mut x = MARGIN;
    for (_, label, fill, n) in &map.legend {
        legend = legend
            .add(
                Rectangle::new()
                    .set("x", x)
                    .set("y", 62)
                    .set("width", 16)
                    .set("height", 16)
                    .set("rx", 3)
                    .set("fill", *fill)
                    .set("class", "tile"),
            )
            .add(text(x + 22, 75, &format!("{label} ({n})"), "legend-label"));
        x += 240;
    }
    // Scoped to the map: the brochure shows it inline, where a bare `.summary` or `text` rule
    // would restyle the page around it.
    let style = ".coverage-map text { font-family: 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; \
                 fill: #1d1d1b; } \
                 .coverage-map .map-title { font-size: 20px; font-weight: 700; fill: #0b5c8c; } \
                 .coverage-map .map-summary, .coverage-map .legend-label { font-size: 13px; } \
                 .coverage-map .province-name { font-size: 15px; font-weight: 700; fill: #0b5c8c; } \
                 .coverage-map .province-count { font-size: 12px; fill: #5f6368; } \
                 .coverage-map .arrondissement { font-size: 11px; fill: #5f6368; } \
                 .coverage-map .tile { stroke: #9a9a9a; stroke-width: 0.75; }";
    let document = Document::new()
        .set("width", width)
        .set("height", height)
        .set("viewBox", (0, 0, width, height))
        .set("class", "coverage-map")
        .set("role", "img")
        .set("aria-labelledby", "map-title map-summary")
        .add(Title::new(format!("{}: {}", map.title, map.summary)))
        .add(svg::node::element::Style::new(style))
        .add(text(MARGIN, 30, &map.title, "map-title").set("id", "map-title"))
        .add(text(MARGIN, 50, &map.summary, "map-summary").set("id", "map-summary"))
        .add(legend)
        .add(body);
    let mut out = document.to_string();
    out.push('\n');
    out
}
