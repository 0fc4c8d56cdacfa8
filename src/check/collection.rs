//! Checks across the collection: ids equal file names and are unique, `related` ids exist and
//! are not the practice itself, and titles are not near-duplicates of each other.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Pos, Severity};
use crate::practice::Document;
use crate::rules as rule;
use crate::schema::Schema;
use crate::text::fold;
use crate::yaml::Node;

/// Findings that need every document at once.
pub fn collection(docs: &[Document], schema: &Schema) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut by_id: HashMap<&str, Vec<&Document>> = HashMap::new();
    for doc in docs {
        let Some(front) = &doc.front else { continue };
        let Some(id_node) = front.get("id") else {
            continue;
        };
        let Some(id) = id_node.as_str() else { continue };
        by_id.entry(id).or_default().push(doc);
        if id != doc.stem {
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    id_node.pos,
                    Severity::Error,
                    rule::ID_MISMATCH,
                    format!("`id` is `{id}` but the file is named `{}.md`", doc.stem),
                )
                .with_help(format!(
                    "rename the file to `{id}.md` or set `id: {}`",
                    doc.stem
                )),
            );
        }
    }
    for (id, holders) in &by_id {
        if holders.len() < 2 {
            continue;
        }
        for doc in holders {
            let others: Vec<&str> = holders
                .iter()
                .filter(|d| d.rel != doc.rel)
                .map(|d| d.rel.as_str())
                .collect();
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    id_pos(doc),
                    Severity::Error,
                    rule::ID_DUPLICATE,
                    format!("id `{id}` is also used by {}", others.join(", ")),
                )
                .with_help("every practice needs its own id"),
            );
        }
    }
    for doc in docs {
        let Some(front) = &doc.front else { continue };
        let Some(related) = front.get("related").and_then(Node::as_seq) else {
            continue;
        };
        let own = doc.id();
        for item in related {
            let Some(id) = item.as_str() else { continue };
            if Some(id) == own {
                out.push(Diagnostic::new(
                    &doc.rel,
                    item.pos,
                    Severity::Error,
                    rule::RELATED_SELF,
                    "a practice cannot be related to itself",
                ));
            } else if !by_id.contains_key(id) {
                let suggestion = crate::text::suggest(id, by_id.keys().copied());
                let mut d = Diagnostic::new(
                    &doc.rel,
                    item.pos,
                    Severity::Error,
                    rule::RELATED_MISSING,
                    format!("`related` names `{id}`, which is not in the collection"),
                );
                if let Some(s) = suggestion {
                    d = d.with_help(format!("did you mean `{s}`?"));
                }
                out.push(d);
            }
        }
    }
    if schema.rules.duplicate_titles {
        duplicate_titles(docs, &mut out);
    }
    out
}

fn id_pos(doc: &Document) -> Pos {
    doc.front
        .as_ref()
        .and_then(|f| f.get("id"))
        .map_or(Pos::line(1), |n| n.pos)
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
fn duplicate_titles(docs: &[Document], out: &mut Vec<Diagnostic>) {
    let mut groups: HashMap<String, Vec<&Document>> = HashMap::new();
    for doc in docs {
        if let Some(title) = doc.title() {
            let key = title_key(title);
            if !key.is_empty() {
                groups.entry(key).or_default().push(doc);
            }
        }
    }
    for group in groups.values().filter(|g| g.len() > 1) {
        for doc in group {
            let others: Vec<String> = group
                .iter()
                .filter(|d| d.rel != doc.rel)
                .map(|d| format!("{} (`{}`)", d.rel, d.title().unwrap_or_default()))
                .collect();
            let pos = doc
                .front
                .as_ref()
                .and_then(|f| f.get("title"))
                .map_or(Pos::line(1), |n| n.pos);
            out.push(
                Diagnostic::new(
                    &doc.rel,
                    pos,
                    Severity::Warning,
                    rule::TITLE_DUPLICATE,
                    format!("title is nearly the same as {}", others.join(", ")),
                )
                .with_help(
                    "is this the same practice? merge them, or make the titles say what differs",
                ),
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
