//! Checks across the collection: ids equal file names and are unique, `related` ids exist and
//! are not the practice itself, and titles are not near-duplicates of each other. They work on
//! a light [`Summary`] of each document, so the parsed trees can be dropped as soon as each file
//! is checked (memory stays small for large collections).

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::practice::Document;
use crate::rules as rule;
use crate::schema::Schema;
use crate::text::fold;
use crate::yaml::Node;

/// What the collection checks need of one document.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Root-relative path.
    pub rel: String,
    /// File name without `.md`.
    pub stem: String,
    /// `id` and where it stands.
    pub id: Option<(String, Pos)>,
    /// `title` and where it stands.
    pub title: Option<(String, Pos)>,
    /// `related` ids and where each stands.
    pub related: Vec<(String, Pos)>,
    /// `based_on` and where it stands.
    pub based_on: Option<(String, Pos)>,
    /// File names of the relative links of the body (`other.md`).
    pub link_names: Vec<String>,
}

impl Summary {
    /// Extracts the summary of a parsed document.
    pub fn of(doc: &Document) -> Summary {
        let front = doc.front.as_ref();
        let text_at = |key: &str| {
            let node = front?.get(key)?;
            Some((node.as_str()?.to_owned(), node.pos))
        };
        let related = front
            .and_then(|f| f.get("related"))
            .and_then(Node::as_seq)
            .unwrap_or_default()
            .iter()
            .filter_map(|n| Some((n.as_str()?.to_owned(), n.pos)))
            .collect();
        let link_names = doc
            .outline
            .links
            .iter()
            .filter_map(|l| {
                let target = l.dest.split(['#', '?']).next()?;
                let name = target.rsplit('/').next()?;
                name.ends_with(".md").then(|| name.to_owned())
            })
            .collect();
        Summary {
            rel: doc.rel.clone(),
            stem: doc.stem.clone(),
            id: text_at("id"),
            title: text_at("title"),
            related,
            based_on: text_at("based_on"),
            link_names,
        }
    }

    /// Whether this practice names one of `ids` in `related` or `based_on`, or links to `<id>.md`.
    pub fn references_any(&self, ids: &[String]) -> bool {
        ids.iter().any(|id| {
            self.related.iter().any(|(r, _)| r == id)
                || self.based_on.as_ref().is_some_and(|(b, _)| b == id)
                || self
                    .link_names
                    .iter()
                    .any(|n| n.strip_suffix(".md") == Some(id.as_str()))
        })
    }
}

/// Findings that need every document at once.
pub fn collection(docs: &[Summary], schema: &Schema) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut by_id: HashMap<&str, Vec<&Summary>> = HashMap::new();
    for doc in docs {
        let Some((id, id_pos)) = &doc.id else {
            continue;
        };
        by_id.entry(id).or_default().push(doc);
        if *id != doc.stem {
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    *id_pos,
                    Severity::Error,
                    rule::ID_MISMATCH,
                    crate::tr!("check-id-mismatch", id = id, stem = &doc.stem),
                )
                .with_help(crate::tr!(
                    "check-id-mismatch-help",
                    id = id,
                    stem = &doc.stem
                )),
            );
        }
    }
    for (id, holders) in &by_id {
        if holders.len() < 2 {
            continue;
        }
        for doc in holders {
            let others = some_of(
                holders
                    .iter()
                    .filter(|d| d.rel != doc.rel)
                    .map(|d| d.rel.clone()),
                holders.len() - 1,
            );
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    doc.id.as_ref().map_or(Pos::line(1), |(_, pos)| *pos),
                    Severity::Error,
                    rule::ID_DUPLICATE,
                    crate::tr!("check-id-duplicate", id = *id, others = others),
                )
                .with_help(crate::tr!("check-id-duplicate-help")),
            );
        }
    }
    for doc in docs {
        let own = doc.id.as_ref().map(|(id, _)| id.as_str());
        let mut suggested = 0;
        for (id, pos) in &doc.related {
            if Some(id.as_str()) == own {
                out.push(Diagnostic::new(
                    &doc.rel,
                    *pos,
                    Severity::Error,
                    rule::RELATED_SELF,
                    crate::tr!("check-related-self"),
                ));
            } else if !by_id.contains_key(id.as_str()) {
                // Each search compares with every id of the collection: a few per file.
                suggested += 1;
                let suggestion = (suggested <= super::MAX_SUGGESTIONS)
                    .then(|| crate::text::suggest(id, by_id.keys().copied()))
                    .flatten();
                let mut d = Diagnostic::new(
                    &doc.rel,
                    *pos,
                    Severity::Error,
                    rule::RELATED_MISSING,
                    crate::tr!("check-id-unknown", key = "related", id = id),
                );
                if let Some(s) = suggestion {
                    d = d.with_help(crate::tr!("did-you-mean", value = s));
                }
                out.push(d);
            }
        }
    }
    for doc in docs {
        let Some((id, pos)) = &doc.based_on else {
            continue;
        };
        // `based_on` naming the practice itself is reported with the practice's own checks.
        if doc.id.as_ref().is_some_and(|(own, _)| own == id) || by_id.contains_key(id.as_str()) {
            continue;
        }
        let mut d = Diagnostic::new(
            &doc.rel,
            *pos,
            Severity::Error,
            rule::BASED_ON_MISSING,
            crate::tr!("check-id-unknown", key = "based_on", id = id),
        );
        if let Some(s) = crate::text::suggest(id, by_id.keys().copied()) {
            d = d.with_help(crate::tr!("did-you-mean", value = s));
        }
        out.push(d);
    }
    if schema.rules.duplicate_titles {
        duplicate_titles(docs, &mut out);
    }
    out
}

/// Most other files a finding names: a thousand practices can share an id or a title, and
/// naming every other one in each of their findings would take quadratic time and space.
const NAMED: usize = 5;

/// The first [`NAMED`] of `total` items, joined, with how many more there are.
fn some_of(items: impl Iterator<Item = String>, total: usize) -> String {
    let text = items.take(NAMED).collect::<Vec<_>>().join(", ");
    if total > NAMED {
        return crate::tr!("check-and-more", items = text, count = total - NAMED);
    }
    text
}

/// Words that do not tell practices apart.
const STOPWORDS: &[&str] = &[
    "de", "het", "een", "en", "in", "van", "voor", "met", "op", "te", "aan", "bij", "naar", "door",
    "der",
];

/// A title reduced to its distinctive words, sorted: `Het Taalcafé in Gent` and
/// `Taalcafe Gent` share the key `gent taalcafe`.
fn title_key(title: &str) -> String {
    let folded = fold(title);
    let mut words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .collect();
    words.sort_unstable();
    words.dedup();
    words.join(" ")
}

/// Near-duplicate titles: equal after folding case, accents, punctuation, stop words and word
/// order. Grouping by key keeps this linear for large collections.
fn duplicate_titles(docs: &[Summary], out: &mut Vec<Diagnostic>) {
    let mut groups: HashMap<String, Vec<&Summary>> = HashMap::new();
    for doc in docs {
        if let Some((title, _)) = &doc.title {
            let key = title_key(title);
            if !key.is_empty() {
                groups.entry(key).or_default().push(doc);
            }
        }
    }
    for group in groups.values().filter(|g| g.len() > 1) {
        for doc in group {
            let others = some_of(
                group
                    .iter()
                    .filter(|d| d.rel != doc.rel)
                    .map(|d| format!("{} (`{}`)", d.rel, d.title.as_ref().map_or("", |(t, _)| t))),
                group.len() - 1,
            );
            let pos = doc.title.as_ref().map_or(Pos::line(1), |(_, pos)| *pos);
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    pos,
                    Severity::Warning,
                    rule::TITLE_DUPLICATE,
                    crate::tr!("check-title-duplicate", others = others),
                )
                .with_help(crate::tr!("check-title-duplicate-help")),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::title_key;

    #[test]
    fn title_keys_ignore_case_accents_order_and_stopwords() {
        assert_eq!(
            title_key("Het Taalcafé in Gent"),
            title_key("Gent: taalcafe")
        );
        assert_ne!(title_key("Taalcafé Gent"), title_key("Taalcafé Aalst"));
    }
}
