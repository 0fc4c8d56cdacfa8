//! `index.html`: one self-contained, printable brochure. Inline CSS, no scripts, no fonts,
//! images only embedded as `data:` URIs, and a Content-Security-Policy that forbids loading
//! anything else (not even files beside the brochure) in case anything slipped through; an
//! overview table, then each practice as an [`article`].
//!
//! Practice texts are untrusted: front matter values are escaped, the Markdown body is rendered
//! by [`crate::markdown::to_html`] and cleaned by ammonia ([`sanitize`]), and every URL written
//! into an attribute passes [`sanitize`]'s rules.

mod article;
mod links;
mod sanitize;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use super::{Context, Format};
use crate::present;

/// The `index.html` part.
pub(super) struct Brochure;

pub(super) const CSS: &str = include_str!("brochure.css");

/// Nothing loads from anywhere: no scripts, no remote or local files; images are embedded.
pub(super) const CSP: &str = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; \
base-uri 'none'; form-action 'none'";

pub(super) use crate::text::escape_markup as escape;

/// The anchor of a practice in the brochure.
pub(super) fn anchor(id: &str) -> String {
    format!("p-{id}")
}

impl Format for Brochure {
    fn name(&self) -> &'static str {
        "index.html"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        let mut html = String::with_capacity(8192 + cx.entries.len() * 8192);
        let title = match cx.addressee {
            Some(a) => format!("Goede praktijken voor {}", a.name),
            None => "Goede praktijken integratie en samenleven in diversiteit".to_owned(),
        };
        let title = escape(&title);
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"{CSP}\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"practice {}\">\n<title>{title}</title>\n\
             <style>\n{CSS}</style>\n</head>\n<body>\n",
            escape(&cx.provenance.tool_version)
        );
        cover(&mut html, cx, &title);
        news(&mut html, cx);
        if cx.addressee.is_none() {
            coverage(&mut html, cx);
        }
        overview(&mut html, cx);
        let links = links::Resolver::new(cx);
        let attachments: BTreeMap<String, PathBuf> = cx
            .attachments
            .iter()
            .map(|a| (a.name.clone(), a.path.clone()))
            .collect();
        for entry in cx.entries {
            article::write(&mut html, entry, cx, &links, &attachments);
        }
        html.push_str("</body>\n</html>\n");
        html.into_bytes()
    }
}

/// Title, what was selected and from which state of the collection.
fn cover(html: &mut String, cx: &Context<'_>, title: &str) {
    let n = cx.entries.len();
    let noun = if n == 1 { "praktijk" } else { "praktijken" };
    match cx.addressee {
        Some(a) => {
            let _ = write!(
                html,
                "<header class=\"cover\">\n<h1>{title}</h1>\n<p class=\"lead\">{n} {noun} van \
                 andere Vlaamse lokale besturen, gekozen voor {}: eerst wat dichtbij loopt, dan \
                 wat het best beoordeeld is, veel mensen bereikt, al overgenomen werd of een \
                 thema aanpakt dat er nog geen praktijk heeft.</p>\n<dl class=\"facts\">\n",
                escape(&a.name)
            );
        }
        None => {
            let _ = write!(
                html,
                "<header class=\"cover\">\n<h1>{title}</h1>\n<p class=\"lead\">{n} {noun} van \
                 Vlaamse lokale besturen</p>\n<dl class=\"facts\">\n"
            );
        }
    }
    let f = &cx.request.filters;
    let schema = cx.schema;
    let label = |key: &'static str| schema.field(key).map_or(key, |f| f.label.as_str());
    let mut rows: Vec<(&str, String)> = vec![(
        label("status"),
        f.statuses
            .iter()
            .map(|s| present::status(schema, s))
            .collect::<Vec<_>>()
            .join(", "),
    )];
    let terms = |vocabulary: &str, ids: &[String]| {
        ids.iter()
            .map(|id| present::term(schema, vocabulary, id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    rows.push((label("themes"), terms("themes", &f.themes)));
    rows.push((
        label("target_groups"),
        terms("target_groups", &f.target_groups),
    ));
    let places: Vec<String> = f
        .municipalities
        .iter()
        .map(|nis| {
            schema
                .municipalities
                .by_nis(nis)
                .map_or(nis.clone(), |m| m.name.clone())
        })
        .collect();
    rows.push((label("municipalities"), places.join(", ")));
    rows.push(("Provincies", f.provinces.join(", ")));
    rows.push((
        "Gestart vanaf",
        f.since.map(|y| y.to_string()).unwrap_or_default(),
    ));
    rows.push(("Zoekvraag", cx.request.query.clone().unwrap_or_default()));
    for (label, value) in rows.into_iter().filter(|(_, v)| !v.is_empty()) {
        let _ = writeln!(html, "<dt>{label}</dt><dd>{}</dd>", escape(&value));
    }
    html.push_str("</dl>\n</header>\n");
}

/// "Nieuw sinds …": the practices of the brochure added, changed or moved to another status
/// since the point `--changed-since` named, linked to their article.
fn news(html: &mut String, cx: &Context<'_>) {
    let Some(news) = &cx.request.news else { return };
    let since = match &news.commit_date {
        Some(date) if *date != news.since => format!("{} ({date})", news.since),
        _ => news.since.clone(),
    };
    let _ = writeln!(
        html,
        "<section class=\"news\">\n<h2>Nieuw sinds {}</h2>",
        escape(&since)
    );
    let listed: Vec<(&crate::model::Entry, crate::changes::Kind)> = news
        .practices
        .iter()
        .filter_map(|(id, kind)| {
            let entry = cx.entries.iter().find(|e| e.practice.id == *id)?;
            Some((*entry, *kind))
        })
        .collect();
    if listed.is_empty() {
        html.push_str("<p>Geen nieuwe of gewijzigde praktijken in deze brochure.</p>\n");
    } else {
        html.push_str("<ul>\n");
        for (entry, kind) in listed {
            let how = match kind {
                crate::changes::Kind::Added => "nieuw".to_owned(),
                crate::changes::Kind::Changed => "bijgewerkt".to_owned(),
                _ => format!(
                    "nu {}",
                    present::status(cx.schema, &entry.practice.status).to_lowercase()
                ),
            };
            let _ = writeln!(
                html,
                "<li><a href=\"#{}\">{}</a> ({})</li>",
                escape(&anchor(&entry.practice.id)),
                escape(&entry.practice.title),
                escape(&how)
            );
        }
        html.push_str("</ul>\n");
    }
    html.push_str("</section>\n");
}

/// The coverage map, as HTML: the same tiles, groups, legend and names as the bundle's
/// `coverage.svg` ([`crate::map`]), drawn with elements the brochure's rules allow (no SVG, no
/// style attributes); each tile names its municipality on hover and to screen readers.
fn coverage(html: &mut String, cx: &Context<'_>) {
    let map = crate::map::layout(cx.entries, cx.schema);
    let class = |reach: crate::stats::Reach| match reach {
        crate::stats::Reach::Own => "own",
        crate::stats::Reach::Adoption => "adopted",
        crate::stats::Reach::None => "none",
    };
    let _ = write!(
        html,
        "<section class=\"coverage\">\n<h2>{}</h2>\n<p>{}. Elk vakje is een gemeente, per \
         provincie en arrondissement; wijs een vakje aan voor de naam. Geteld worden de \
         praktijken van deze brochure; de kaart staat ook als coverage.svg in de bundel.</p>\n\
         <ul class=\"map-legend\">",
        escape(&map.title),
        escape(&map.summary)
    );
    for (reach, label, _, n) in &map.legend {
        let _ = write!(
            html,
            "<li><span class=\"tile {}\"></span> {} ({n})</li>",
            class(*reach),
            escape(label)
        );
    }
    html.push_str("</ul>\n<div class=\"map\">\n");
    for province in &map.provinces {
        let _ = write!(
            html,
            "<div class=\"map-province\"><h3>{}</h3><p class=\"map-count\">{} van {} \
             bereikt</p>",
            escape(&province.name),
            province.reached,
            province.municipalities
        );
        for block in &province.arrondissements {
            let _ = write!(
                html,
                "<p class=\"map-arr\">arr. {}</p><div class=\"tiles\">",
                escape(&block.name)
            );
            for tile in &block.tiles {
                let _ = write!(
                    html,
                    "<span class=\"tile {}\" title=\"{title}\"><span class=\"sr\">{title}</span>\
                     </span>",
                    class(tile.reach),
                    title = escape(&tile.title)
                );
            }
            html.push_str("</div>");
        }
        html.push_str("</div>\n");
    }
    html.push_str("</div>\n</section>\n");
}

/// One row per practice: title (linked to its article), places, themes and the three criteria.
fn overview(html: &mut String, cx: &Context<'_>) {
    let label = |key: &str| {
        let label = cx.schema.field(key).map_or(key, |f| f.label.as_str());
        escape(label)
    };
    let _ = write!(
        html,
        "<section class=\"overview\">\n<h2>Overzicht</h2>\n<table>\n<thead><tr><th>Praktijk</th>\
         <th>{}</th><th>{}</th><th>Criteria</th></tr></thead>\n<tbody>\n",
        label("municipalities"),
        label("themes"),
    );
    for entry in cx.entries {
        let p = &entry.practice;
        let places: Vec<&str> = entry.places.iter().map(|pl| pl.name.as_str()).collect();
        let themes: Vec<String> = p
            .themes
            .iter()
            .map(|t| present::term(cx.schema, "themes", t))
            .collect();
        let _ = write!(
            html,
            "<tr><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td><td class=\"criteria\">",
            escape(&anchor(&p.id)),
            escape(&p.title),
            escape(&places.join(", ")),
            escape(&themes.join(", ")),
        );
        for c in &cx.schema.rules.criteria {
            article::badge(html, &c.label, present::judgement(p, &c.key), true);
        }
        html.push_str("</td></tr>\n");
    }
    let order: Vec<String> = cx
        .schema
        .rules
        .criteria
        .iter()
        .map(|c| c.label.to_lowercase())
        .collect();
    let _ = write!(
        html,
        "</tbody>\n</table>\n<p class=\"legend\">Criteria, in deze volgorde: {}. ✓ voldaan · ◐ \
         deels · ✗ niet · – niet beoordeeld.</p>\n</section>\n",
        escape(&order.join(", "))
    );
}
