//! Adoptions and `based_on`: the municipalities that took a practice over must be Flemish
//! municipalities of 2025 (former ones get their successor), each once, none of the practice's
//! own, each with a real `since` date that has come; a practice is not based on itself (that
//! the id of `based_on` exists is a check of the whole collection).

use super::fields::{date_value, municipality};
use super::{Context, Findings, Help};
use crate::rules as rule;
use crate::schema::Lookup;
use crate::yaml::Node;

pub(super) fn check(front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    adoptions(front, cx, out);
    based_on(front, out);
}

/// The 2025 NIS code a municipality value stands for, when it is known.
fn resolve(cx: &Context<'_>, text: &str) -> Option<String> {
    match cx.schema.municipalities.lookup(text) {
        Lookup::Current(m) => Some(m.nis.clone()),
        Lookup::Legacy { successor, .. } => Some(successor.nis.clone()),
        Lookup::Unknown { .. } => None,
    }
}

fn adoptions(front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    let Some(items) = front.get("adoptions").and_then(Node::as_seq) else {
        return;
    };
    let own: Vec<String> = front
        .get("municipalities")
        .and_then(Node::as_seq)
        .unwrap_or_default()
        .iter()
        .filter_map(|n| resolve(cx, n.as_str()?))
        .collect();
    let mut seen: Vec<String> = Vec::new();
    for item in items {
        if let Some(node) = item.get("municipality") {
            municipality(node, cx, out);
            if let Some(nis) = node.as_str().and_then(|t| resolve(cx, t)) {
                let name = cx
                    .schema
                    .municipalities
                    .by_nis(&nis)
                    .map_or(nis.clone(), |m| m.name.clone());
                if own.contains(&nis) {
                    out.error(
                        node.pos,
                        rule::ADOPTION_OWN,
                        crate::tr!("check-adoption-own", name = &name),
                    )
                    .help(crate::tr!("check-adoption-own-help"));
                } else if seen.contains(&nis) {
                    out.warning(
                        node.pos,
                        rule::DUPLICATE_VALUE,
                        crate::tr!("check-adoption-twice", name = &name),
                    )
                    .help(crate::tr!("check-adoption-twice-help"));
                } else {
                    seen.push(nis);
                }
            }
        }
        let Some(since_node) = item.get("since") else {
            continue;
        };
        let Some(since) = date_value(since_node, "adoptions.since", out) else {
            continue;
        };
        // The first day of the date's precision: `2027` lies in the future only from 2027 on.
        if since.first_day() > cx.today {
            out.warning(
                since_node.pos,
                rule::ADOPTION_FUTURE,
                crate::tr!(
                    "check-adoption-future",
                    date = since_node.as_str().unwrap_or_default()
                ),
            )
            .help(crate::tr!("check-adoption-future-help"));
        }
    }
}

fn based_on(front: &Node, out: &mut Findings<'_>) {
    let Some(node) = front.get("based_on") else {
        return;
    };
    if node.as_str().is_some() && node.as_str() == front.get("id").and_then(Node::as_str) {
        out.error(
            node.pos,
            rule::BASED_ON_SELF,
            crate::tr!("check-based-on-self"),
        )
        .help(crate::tr!("check-based-on-self-help"));
    }
}
