//! The Markdown body: the `##` sections the status requires, in order, each long enough, and
//! relative links that resolve inside the collection.

use super::paths::{Bound, Outside, is_url, relative, resolve_inside};
use super::{Context, Findings, Help};
use crate::diagnostic::Pos;
use crate::practice::Document;
use crate::rules as rule;
use crate::text::suggest;

pub(super) fn check(doc: &Document, rank: usize, cx: &Context<'_>, out: &mut Findings<'_>) {
    let sections = &cx.schema.rules.sections;
    let headings: Vec<&crate::markdown::Heading> = doc
        .outline
        .headings
        .iter()
        .filter(|h| h.level == 2)
        .collect();
    let names: Vec<&str> = sections.iter().map(|s| s.heading.as_str()).collect();
    let mut found: Vec<Option<&crate::markdown::Heading>> = vec![None; sections.len()];
    let mut last_index: Option<usize> = None;
    for h in &headings {
        let pos = doc.body_pos(h.offset, h.text.len() + 3);
        let Some(i) = names.iter().position(|n| *n == h.text) else {
            if out.may_suggest()
                && let Some(s) = suggest(&h.text, names.iter().copied())
            {
                out.warning(
                    pos,
                    rule::SECTION_NAME,
                    crate::tr!("check-section-unknown", heading = &h.text),
                )
                .help(crate::tr!("did-you-mean", value = format!("## {s}")));
            }
            continue;
        };
        if found[i].is_some() {
            out.error(
                pos,
                rule::SECTION_DUPLICATE,
                crate::tr!("check-section-twice", heading = &h.text),
            );
            continue;
        }
        found[i] = Some(h);
        if let Some(last) = last_index.filter(|&l| l > i) {
            out.error(
                pos,
                rule::SECTION_ORDER,
                crate::tr!(
                    "check-section-order",
                    heading = &h.text,
                    before = names[last]
                ),
            )
            .help(crate::tr!(
                "check-section-order-help",
                order = names
                    .iter()
                    .map(|n| format!("## {n}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        last_index = Some(last_index.map_or(i, |l| l.max(i)));
    }
    let body_start = doc.body_pos(0, 0);
    let min = cx.schema.rules.min_section_words;
    let status = doc
        .status()
        .or_else(|| cx.schema.least_status())
        .unwrap_or_default();
    // Named as editors know it ("Ter review"), with the id they type.
    let status_label = match cx.schema.status_label(status) {
        label if label == status => format!("`{status}`"),
        label => format!("{label} (`{status}`)"),
    };
    for (i, rule_) in sections.iter().enumerate() {
        if !cx.schema.required_at(rule_.required_from.as_deref(), rank) {
            continue;
        }
        match found[i] {
            None => {
                // Written as a heading of another level: one mistake, at that heading.
                if let Some(h) = doc
                    .outline
                    .headings
                    .iter()
                    .find(|h| h.level != 2 && h.text == rule_.heading)
                {
                    let level = usize::from(h.level);
                    let words = crate::explain::heading_level(level, &rule_.heading);
                    let pos = doc.body_pos(h.offset, h.text.len() + level + 1);
                    let d = out.error(pos, rule::SECTION_NAME, words.message);
                    if let Some(help) = words.help {
                        d.help(help);
                    }
                    continue;
                }
                // Point at the section that should precede it, else at the start of the body.
                let anchor = found[..i].iter().rev().flatten().next();
                let pos = anchor.map_or(Pos::line(body_start.line), |h| {
                    doc.body_pos(h.offset, h.text.len() + 3)
                });
                out.error(
                    pos,
                    rule::SECTION_MISSING,
                    crate::tr!(
                        "section-missing",
                        section = rule_.heading.as_str(),
                        status = status_label.as_str()
                    ),
                )
                .help(crate::tr!(
                    "section-missing-help",
                    section = rule_.heading.as_str(),
                    hint = rule_.holds.as_str()
                ));
            }
            Some(h) if h.words < min => {
                out.error(
                    doc.body_pos(h.offset, h.text.len() + 3),
                    rule::SECTION_TOO_SHORT,
                    crate::tr!(
                        "section-too-short",
                        section = h.text.as_str(),
                        count = h.words,
                        min = min
                    ),
                )
                .help(crate::tr!(
                    "section-too-short-help",
                    hint = rule_.holds.as_str()
                ));
            }
            Some(_) => {}
        }
    }
}

/// Relative links in the body must resolve to a file inside `practices/`.
pub(super) fn links(doc: &Document, cx: &Context<'_>, out: &mut Findings<'_>) {
    let practices = cx.root.join(crate::collection::PRACTICES_DIR);
    // Resolved when the first relative link needs it: most bodies have none.
    let mut bound: Option<Bound> = None;
    let dir = doc.path.parent().unwrap_or(cx.root);
    // A body can repeat one destination thousands of times; each is looked up on disk once.
    let mut resolved: std::collections::HashMap<String, Result<(), Outside>> =
        std::collections::HashMap::new();
    for link in &doc.outline.links {
        let dest = link.dest.trim();
        if dest.is_empty()
            || dest.starts_with('#')
            || dest.starts_with("//")
            || is_url(dest)
            || has_scheme(dest)
        {
            continue;
        }
        let raw = dest.split(['#', '?']).next().unwrap_or("");
        let target = percent_encoding::percent_decode_str(raw).decode_utf8_lossy();
        if target.is_empty() {
            continue;
        }
        let pos = doc.body_pos(link.offset, link.len);
        let outcome = resolved
            .entry(target.into_owned())
            .or_insert_with_key(|target| {
                let bound = bound.get_or_insert_with(|| Bound::new(&practices, &practices));
                resolve_inside(dir, bound, target).map(|_| ())
            });
        match outcome {
            Ok(()) => {}
            Err(Outside::Missing(path)) => {
                out.error(
                    pos,
                    rule::LINK_BROKEN,
                    crate::tr!("check-link-nowhere", dest = dest),
                )
                .help(crate::tr!(
                    "check-link-nowhere-help",
                    place = relative(cx.root, path)
                ));
            }
            Err(Outside::Escapes) => {
                out.error(
                    pos,
                    rule::LINK_BROKEN,
                    crate::tr!("check-link-outside", dest = dest),
                )
                .help(crate::tr!("check-link-outside-help"));
            }
        }
    }
}

fn has_scheme(dest: &str) -> bool {
    match dest.find(':') {
        Some(i) => {
            dest[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '+' || c == '-' || c == '.')
                && i > 1
        }
        None => false,
    }
}
