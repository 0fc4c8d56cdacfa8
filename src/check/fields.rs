//! Meaning of field values beyond their structure: vocabulary ids, municipalities, dates, the
//! one owner, evidence sources and the assessment of a published practice.

use jiff::ToSpan;
use jiff::civil::Date;

use super::{Context, Findings, Help};
use crate::rules as rule;
use crate::schema::Lookup;
use crate::text::suggest;
use crate::yaml::Node;

pub(super) fn check(front: &Node, rank: Option<usize>, cx: &Context<'_>, out: &mut Findings<'_>) {
    vocabularies(front, cx, out);
    municipalities(front, cx, out);
    period(front, out);
    organisations(front, out);
    evidence(front, out);
    assessment(front, rank, cx, out);
    summary(front, out);
    for key in [
        "themes",
        "target_groups",
        "funding",
        "keywords",
        "related",
        "municipalities",
    ] {
        duplicates(front, key, cx, out);
    }
}

/// Every node at a key path where `*` stands for every item of a list.
fn select<'a>(node: &'a Node, path: &[String], out: &mut Vec<&'a Node>) {
    let Some((first, rest)) = path.split_first() else {
        out.push(node);
        return;
    };
    if first == "*" {
        for item in node.as_seq().unwrap_or_default() {
            select(item, rest, out);
        }
    } else if let Some(child) = node.get(first) {
        select(child, rest, out);
    }
}

fn vocabularies(front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    for vocabulary in &cx.schema.vocabularies {
        let mut nodes = Vec::new();
        select(front, &vocabulary.path, &mut nodes);
        // A path ending on a list checks each item; on a scalar, the scalar.
        let values = nodes.into_iter().flat_map(|n| match n.as_seq() {
            Some(items) => items.iter().collect::<Vec<_>>(),
            None => vec![n],
        });
        for value in values {
            let Some(id) = value.as_str() else { continue };
            if vocabulary.contains(id) {
                continue;
            }
            let suggestion = out.may_suggest().then(|| {
                vocabulary
                    .values
                    .iter()
                    .find(|t| crate::text::fold_key(&t.label) == crate::text::fold_key(id))
                    .map(|t| t.id.as_str())
                    .or_else(|| suggest(id, vocabulary.values.iter().map(|t| t.id.as_str())))
            });
            let d = out.error(
                value.pos,
                rule::UNKNOWN_VOCABULARY,
                crate::tr!(
                    "check-vocabulary-unknown",
                    value = id,
                    vocabulary = &vocabulary.id,
                    label = &vocabulary.label
                ),
            );
            match suggestion.flatten() {
                Some(s) => d.help(crate::tr!(
                    "check-did-you-mean-labelled",
                    value = s,
                    label = vocabulary.label_of(s).unwrap_or_default()
                )),
                None => d.help(crate::tr!(
                    "check-vocabulary-list",
                    vocabulary = &vocabulary.id
                )),
            }
        }
    }
}

fn municipalities(front: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    let Some(items) = front.get("municipalities").and_then(Node::as_seq) else {
        return;
    };
    for item in items {
        municipality(item, cx, out);
    }
}

/// Checks one municipality value (in `municipalities` or an adoption): a 2025 municipality, a
/// former one with its successor, or unknown with a "did you mean".
pub(super) fn municipality(item: &Node, cx: &Context<'_>, out: &mut Findings<'_>) {
    let Some(text) = item.as_str() else { return };
    // "Did you mean" is the costly part: a hostile list of unknown values gets it only for the
    // first ones.
    let found = if out.may_suggest() {
        cx.schema.municipalities.lookup(text)
    } else {
        cx.schema.municipalities.find(text)
    };
    match found {
        Lookup::Current(_) => {}
        Lookup::Legacy { old, successor } => {
            out.warning(
                item.pos,
                rule::LEGACY_MUNICIPALITY,
                crate::tr!(
                    "municipality-legacy",
                    value = text,
                    old = old.name.as_str(),
                    nis = old.nis.as_str(),
                    successor = successor.name.as_str()
                ),
            )
            .help(crate::tr!(
                "municipality-legacy-help",
                nis = successor.nis.as_str(),
                name = successor.name.as_str()
            ));
        }
        Lookup::Unknown { suggestion } => {
            let d = out.error(
                item.pos,
                rule::UNKNOWN_MUNICIPALITY,
                crate::tr!("municipality-unknown", value = text),
            );
            match suggestion.and_then(|s| match cx.schema.municipalities.find(s) {
                Lookup::Current(m) => Some(m),
                _ => None,
            }) {
                Some(m) => d.help(crate::tr!(
                    "municipality-did-you-mean",
                    name = m.name.as_str(),
                    nis = m.nis.as_str()
                )),
                None => d.help(crate::tr!("municipality-unknown-help")),
            }
        }
    }
}

/// Plausible years for a practice, quoted or not.
const FIRST_YEAR: i16 = 1900;
const LAST_YEAR: i16 = 2100;

pub(super) use crate::date::Partial;

/// A partial date within the plausible years of a practice.
pub(super) fn parse_partial(text: &str) -> Option<Partial> {
    Partial::parse(text).filter(|p| (FIRST_YEAR..=LAST_YEAR).contains(&p.year))
}

/// Compares two partial dates on the precision they share (`2021` is not before `2021-05`).
fn before(end: Partial, start: Partial) -> bool {
    let key = |p: Partial, m: bool, d: bool| {
        (
            p.year,
            if m { p.month } else { None },
            if d { p.day } else { None },
        )
    };
    let m = end.month.is_some() && start.month.is_some();
    let d = m && end.day.is_some() && start.day.is_some();
    key(end, m, d) < key(start, m, d)
}

pub(super) fn date_value(node: &Node, field: &str, out: &mut Findings<'_>) -> Option<Partial> {
    let text = node.as_str()?;
    let parsed = parse_partial(text);
    // Only the schema's shapes (YYYY, YYYY-MM, YYYY-MM-DD); other text is reported by the schema.
    let shaped = crate::date::shaped(text);
    if parsed.is_none() && shaped {
        // The schema already reports malformed text; this is a well-formed but impossible date.
        impossible_date(node, &format!("`{field}`"), out);
    }
    parsed
}

/// Reports a date in the format's shape that does not exist, suggesting day and month swapped
/// when that gives a real date.
pub(super) fn impossible_date(node: &Node, field: &str, out: &mut Findings<'_>) {
    let text = node.as_str().unwrap_or("");
    let swapped = match (text.get(..4), text.get(5..7), text.get(8..10)) {
        (Some(y), Some(m), Some(d)) if text.len() == 10 => Some(format!("{y}-{d}-{m}")),
        _ => None,
    };
    let suggestion = swapped.filter(|s| parse_partial(s).is_some());
    let words = crate::explain::impossible_date(field, text, suggestion.as_deref());
    let d = out.error(node.pos, rule::INVALID_DATE, words.message);
    match words.help {
        Some(help) => d.help(help),
        None => d.help(crate::tr!(
            "check-date-range",
            first = FIRST_YEAR.to_string(),
            last = LAST_YEAR.to_string()
        )),
    }
}

/// `15/11/2026` (or with `.` or `-`) as `2026-11-15`, when it is a real date.
pub(crate) fn day_month_year(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let [d, m, y] = parts.as_slice() else {
        return None;
    };
    let digits = |s: &str, n: std::ops::RangeInclusive<usize>| {
        n.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !(digits(d, 1..=2) && digits(m, 1..=2) && digits(y, 4..=4)) {
        return None;
    }
    let iso = format!("{y}-{m:0>2}-{d:0>2}");
    parse_partial(&iso).map(|_| iso)
}

fn period(front: &Node, out: &mut Findings<'_>) {
    let Some(period) = front.get("period") else {
        return;
    };
    let start = period
        .get("start")
        .and_then(|n| date_value(n, "period.start", out));
    let end_node = period.get("end");
    let end = end_node.and_then(|n| date_value(n, "period.end", out));
    if let (Some(start), Some(end), Some(node)) = (start, end, end_node)
        && before(end, start)
    {
        out.error(
            node.pos,
            rule::PERIOD_ORDER,
            crate::tr!("check-period-order"),
        );
    }
}

fn organisations(front: &Node, out: &mut Findings<'_>) {
    let Some(node) = front.get("organisations") else {
        return;
    };
    let Some(items) = node.as_seq() else { return };
    let owners: Vec<&Node> = items
        .iter()
        .filter_map(|o| o.get("role"))
        .filter(|r| r.as_str() == Some("eigenaar"))
        .collect();
    match owners.len() {
        1 => {}
        0 if !items.is_empty() => {
            out.error(node.pos, rule::OWNER_COUNT, crate::tr!("owner-none"))
                .help(crate::tr!("owner-none-help"));
        }
        0 => {}
        n => {
            out.error(
                owners[1].pos,
                rule::OWNER_COUNT,
                crate::tr!("owner-many", count = n),
            )
            .help(crate::tr!("check-owner-many-help"));
        }
    }
}

fn evidence(front: &Node, out: &mut Findings<'_>) {
    let Some(evidence) = front.get("evidence") else {
        return;
    };
    let Some(level) = evidence.get("level").and_then(Node::as_str) else {
        return;
    };
    let sources = evidence
        .get("sources")
        .and_then(Node::as_seq)
        .map_or(0, <[Node]>::len);
    if level != "beschreven" && sources == 0 {
        out.error(
            evidence.get("level").map_or(evidence.pos, |n| n.pos),
            rule::EVIDENCE_SOURCES,
            crate::tr!("evidence-sources", level = level),
        )
        .help(crate::tr!("evidence-sources-help"));
    }
}

fn assessment(front: &Node, rank: Option<usize>, cx: &Context<'_>, out: &mut Findings<'_>) {
    let Some(assessment) = front.get("assessment") else {
        return;
    };
    // A status at the most demanding level is what the format calls published.
    let top = cx.schema.rules.levels.len().saturating_sub(1);
    let published = rank == Some(top);
    if published {
        for key in ["proven", "deployable", "reach"] {
            if let Some(node) = assessment.get(key).filter(|n| n.as_str() == Some("niet")) {
                out.error(
                    node.pos,
                    rule::ASSESSMENT_FAILED,
                    crate::tr!("assessment-failed", key = key),
                )
                .help(crate::tr!("assessment-failed-help"));
            }
        }
    }
    let Some(on_node) = assessment.get("on") else {
        return;
    };
    let Some(text) = on_node.as_str() else { return };
    let Ok(on) = text.parse::<Date>() else {
        // Only a date of the right shape: the schema reports other text (`15/11/2026`).
        let shaped = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| {
                if i == 4 || i == 7 {
                    b == b'-'
                } else {
                    b.is_ascii_digit()
                }
            });
        if shaped {
            impossible_date(on_node, "`assessment.on`", out);
        }
        return;
    };
    if on > cx.today {
        out.error(
            on_node.pos,
            rule::ASSESSMENT_FUTURE,
            crate::tr!("assessment-future", date = on.to_string()),
        );
        return;
    }
    let months = i64::from(cx.schema.rules.review_interval_months);
    if published
        && let Ok(due) = on.checked_add(months.months())
        && due < cx.today
    {
        out.warning(
            on_node.pos,
            rule::ASSESSMENT_STALE,
            crate::tr!("assessment-stale", date = on.to_string(), months = months),
        )
        .help(crate::tr!("assessment-stale-help"));
    }
}

fn summary(front: &Node, out: &mut Findings<'_>) {
    let Some(node) = front.get("summary") else {
        return;
    };
    let Some(text) = node.as_str() else { return };
    let markup = ["](", "**", "<a ", "<br", "<p>", "__", "\n#"]
        .iter()
        .any(|m| text.contains(m))
        || text.trim_start().starts_with('#');
    if markup {
        out.warning(node.pos, rule::SUMMARY_MARKUP, crate::tr!("summary-markup"))
            .help(crate::tr!("summary-markup-help"));
    }
}

fn duplicates(front: &Node, key: &str, cx: &Context<'_>, out: &mut Findings<'_>) {
    let Some(items) = front.get(key).and_then(Node::as_seq) else {
        return;
    };
    // A set, not a list: a hostile list can hold 100,000 items.
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    for item in items {
        let Some(text) = item.as_str() else { continue };
        let norm = if key == "municipalities" {
            match cx.schema.municipalities.find(text) {
                Lookup::Current(m) => m.nis.clone(),
                Lookup::Legacy { successor, .. } => successor.nis.clone(),
                Lookup::Unknown { .. } => text.to_owned(),
            }
        } else {
            crate::text::fold(text)
        };
        if !seen.insert(norm) {
            out.warning(
                item.pos,
                rule::DUPLICATE_VALUE,
                crate::tr!("duplicate-value", value = text, key = key),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_compare_on_shared_precision() {
        let p = |s| parse_partial(s).unwrap();
        assert!(!before(p("2021"), p("2021-05")));
        assert!(before(p("2020-12"), p("2021")));
        assert!(before(p("2021-05-01"), p("2021-05-02")));
        assert!(parse_partial("2023-02-30").is_none());
        assert!(parse_partial("2023-13").is_none());
    }
}
