//! One practice in the brochure: where it runs, its title and summary, the three criteria as
//! badges, its facts as a labelled list, and its sections.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::sync::Arc;

use super::links::Resolver;
use super::{anchor, escape, sanitize};
use crate::export::Context;
use crate::model::Entry;
use crate::present::{self, Field};

/// Fields shown elsewhere in the article (title, summary, badges) or of no use to a reader.
const NOT_LISTED: [&str; 6] = ["id", "title", "summary", "status", "assessment", "language"];

/// Writes a criterion badge. The judgement is spelled out, not only coloured, so the brochure
/// reads the same printed in black and white.
pub(super) fn badge(html: &mut String, label: &str, judgement: Option<&str>, short: bool) {
    let (class, mark, text) = match judgement {
        Some("voldaan") => ("ok", "✓", "voldaan"),
        Some("deels") => ("part", "◐", "deels"),
        Some("niet") => ("no", "✗", "niet"),
        _ => ("none", "–", "niet beoordeeld"),
    };
    if short {
        let _ = write!(
            html,
            "<span class=\"badge {class}\" title=\"{label}: {text}\">{mark}<span class=\"sr\"> \
             {label}: {text}</span></span>"
        );
    } else {
        let _ = write!(
            html,
            "<li class=\"badge {class}\"><span class=\"mark\">{mark}</span> {label}: \
             <strong>{text}</strong></li>"
        );
    }
}

/// The attachments of `entry` (below `practices/<id>/`), the only images its article may show.
fn own_images(entry: &Entry, attachments: &BTreeMap<String, PathBuf>) -> sanitize::Images {
    let folder = format!("{}/", entry.path.strip_suffix(".md").unwrap_or(&entry.path));
    let own = attachments
        .range(folder.clone()..)
        .take_while(|(name, _)| name.starts_with(&folder))
        .map(|(name, path)| (name.clone(), path.clone()))
        .collect();
    Arc::new(own)
}

/// Writes the article of `entry`; `attachments` are those of the whole bundle, by name.
pub(super) fn write(
    html: &mut String,
    entry: &Entry,
    cx: &Context<'_>,
    links: &Resolver,
    attachments: &BTreeMap<String, PathBuf>,
) {
    let p = &entry.practice;
    // `Gent, Merelbeke-Melle (Oost-Vlaanderen) · Kortrijk (West-Vlaanderen)`.
    let mut groups: Vec<(&str, Vec<&str>)> = Vec::new();
    for pl in &entry.places {
        match groups
            .iter_mut()
            .find(|(province, _)| *province == pl.province)
        {
            Some((_, names)) => names.push(&pl.name),
            None => groups.push((&pl.province, vec![&pl.name])),
        }
    }
    let places: Vec<String> = groups
        .iter()
        .map(|(province, names)| format!("{} (provincie {province})", names.join(", ")))
        .collect();
    let _ = write!(
        html,
        "<article class=\"practice\" id=\"{}\">\n<header>\n<p class=\"places\">{}</p>\n\
         <h2>{}</h2>\n",
        escape(&anchor(&p.id)),
        escape(&places.join(" · ")),
        escape(&p.title)
    );
    if !cx.schema.is_top_status(&p.status) {
        let _ = writeln!(
            html,
            "<p class=\"status\">Status: {}</p>",
            escape(&present::status(cx.schema, &p.status))
        );
    }
    if let Some(summary) = &p.summary {
        let _ = writeln!(html, "<p class=\"summary\">{}</p>", escape(summary));
    }
    if let Some(a) = cx.addressee
        && let Some(reasons) = a.reasons.get(&p.id).filter(|r| !r.is_empty())
    {
        let _ = writeln!(
            html,
            "<p class=\"why\"><strong>Waarom voor {}:</strong> {}.</p>",
            escape(&a.name),
            escape(&reasons.join("; "))
        );
    }
    html.push_str("<ul class=\"badges\">");
    for c in &cx.schema.rules.criteria {
        badge(html, &c.label, present::judgement(p, &c.key), false);
    }
    html.push_str("</ul>\n</header>\n<dl class=\"facts\">\n");
    for field in present::fields(entry, cx.schema) {
        if !NOT_LISTED.contains(&field.key.as_str()) {
            fact(html, &field, &entry.path, links);
        }
    }
    html.push_str("</dl>\n<div class=\"body\">\n");
    // Readers get neither the editors' own sections nor headings with nothing under them (a
    // draft's hints are comments).
    let internal: Vec<String> = cx
        .schema
        .rules
        .internal_sections
        .iter()
        .map(|h| crate::text::fold_key(h))
        .collect();
    let shown = crate::markdown::without_sections(&entry.body, |heading, content| {
        internal.contains(&crate::text::fold_key(heading)) || crate::markdown::is_blank(content)
    });
    let body = crate::markdown::to_html(&shown, 1, |dest, image| {
        links.resolve(&entry.path, dest, image)
    });
    html.push_str(&sanitize::clean(&body, own_images(entry, attachments)));
    let _ = write!(
        html,
        "\n</div>\n<footer>Bron: {} · Licentie: {}</footer>\n</article>\n",
        escape(&entry.path),
        escape(p.license.as_deref().unwrap_or("CC-BY-4.0"))
    );
}

/// One labelled field; values that point somewhere become links when the target is reachable
/// (the resolver passes web links through [`sanitize::link`]).
fn fact(html: &mut String, field: &Field, from: &str, links: &Resolver) {
    let _ = write!(html, "<dt>{}</dt><dd>", escape(&field.label));
    for (i, item) in field.items.iter().enumerate() {
        if i > 0 {
            // Short values flow on one line; values that hold commas themselves (adoptions,
            // organisations) each get their own.
            let flowing =
                field.items.len() > 3 && field.items.iter().all(|i| !i.text.contains(", "));
            html.push_str(if flowing { ", " } else { "<br>" });
        }
        let target = item
            .url
            .as_deref()
            .and_then(|url| links.resolve(from, url, false));
        match target {
            Some(url) => {
                let _ = write!(
                    html,
                    "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
                    escape(&url),
                    escape(&item.text)
                );
            }
            None => html.push_str(&escape(&item.text)),
        }
    }
    html.push_str("</dd>\n");
}
