//! Synonyms from `schema/synonyms.yaml`, applied when a query is read (not when practices are
//! indexed), so editing the list needs no rebuild.

use std::path::Path;

use std::collections::BTreeMap;

use crate::yaml::Node;

use super::IndexError;
use super::analyzer::{Analysis, is_stop_word};
use super::words::{self, Word};

/// File name inside `schema/`.
pub(crate) const FILE: &str = "synonyms.yaml";

/// Groups of words and phrases that mean the same to someone searching, and broader terms
/// that also find their narrower ones (but not the other way round).
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    /// Each group as written.
    pub groups: Vec<Vec<String>>,
    /// A broader term and the narrower terms a search for it also finds.
    pub narrower: BTreeMap<String, Vec<String>>,
}

/// A group analysed: a query matching one of the first `triggers` variants finds them all.
#[derive(Debug, Clone)]
pub(crate) struct Group {
    pub(crate) variants: Vec<Variant>,
    pub(crate) triggers: usize,
}

/// One way of saying a group's meaning, analysed.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    /// Its words, for building a phrase.
    pub(crate) words: Vec<Word>,
    /// Its stemmed words without stop words, for recognising it in a query.
    pub(crate) key: Vec<String>,
}

impl Synonyms {
    /// Loads `schema/synonyms.yaml`; no file means no synonyms.
    pub fn load(schema_dir: &Path) -> Result<Synonyms, IndexError> {
        let path = schema_dir.join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Synonyms::default()),
            Err(source) => return Err(IndexError::Io { path, source }),
        };
        // The project's own YAML reader: its fast path reads this file's shape (block keys,
        // one-line lists) several times faster than a general deserializer, and every search
        // loads it.
        let invalid = |line: usize, what: String| IndexError::Synonyms {
            path: path.clone(),
            message: crate::tr!("index-synonyms-line", line = line, what = what),
        };
        let parsed = crate::yaml::parse(&text, 1);
        if let Some(p) = parsed.problems.first() {
            return Err(invalid(p.pos.line, p.message.clone()));
        }
        let mut out = Synonyms::default();
        let Some(root) = parsed.root else {
            return Ok(out);
        };
        let Some(entries) = root.as_map() else {
            return Err(invalid(root.pos.line, crate::tr!("check-synonyms-shape")));
        };
        let strings = |node: &Node| -> Result<Vec<String>, IndexError> {
            let items = node
                .as_seq()
                .ok_or_else(|| invalid(node.pos.line, crate::tr!("check-synonyms-not-list")))?;
            items
                .iter()
                .map(|i| {
                    i.as_str()
                        .map(str::to_owned)
                        .ok_or_else(|| invalid(i.pos.line, crate::tr!("check-synonyms-not-term")))
                })
                .collect()
        };
        for (k, v) in entries {
            match k.as_str() {
                Some("groups") => {
                    let groups = v.as_seq().ok_or_else(|| {
                        invalid(v.pos.line, crate::tr!("check-synonyms-groups-not-list"))
                    })?;
                    for g in groups {
                        let group = strings(g)?;
                        if group.len() < 2 {
                            return Err(invalid(
                                g.pos.line,
                                crate::tr!("check-synonyms-group-too-small"),
                            ));
                        }
                        out.groups.push(group);
                    }
                }
                Some("narrower") => {
                    let map = v.as_map().ok_or_else(|| {
                        invalid(v.pos.line, crate::tr!("check-synonyms-narrower-shape"))
                    })?;
                    for (broad, narrow) in map {
                        let broad = broad.as_str().ok_or_else(|| {
                            invalid(broad.pos.line, crate::tr!("check-synonyms-not-term"))
                        })?;
                        out.narrower.insert(broad.to_owned(), strings(narrow)?);
                    }
                }
                _ => {
                    let key = k.as_str().unwrap_or_default();
                    let what = crate::tr!("check-synonyms-unknown-key", key = key);
                    return Err(invalid(k.pos.line, what));
                }
            }
        }
        Ok(out)
    }

    /// Every group, analysed with `stemming`.
    pub(crate) fn analysed(&self, analysis: &Analysis) -> Vec<Group> {
        let variant = |text: &String| {
            let words = words::words(text);
            let key = key(&words, analysis);
            Variant { words, key }
        };
        let mut out: Vec<Group> = self
            .groups
            .iter()
            .map(|group| {
                let variants: Vec<Variant> = group.iter().map(variant).collect();
                Group {
                    triggers: variants.len(),
                    variants,
                }
            })
            .collect();
        for (broad, narrow) in &self.narrower {
            let broad = variant(broad);
            let narrow = narrow.iter().map(variant);
            // A broad term that is in a group too finds its equivalents and its narrower
            // terms; the narrower ones do not find the group.
            match out
                .iter_mut()
                .find(|g| g.variants[..g.triggers].iter().any(|v| v.key == broad.key))
            {
                Some(group) => group.variants.extend(narrow),
                None => out.push(Group {
                    variants: std::iter::once(broad).chain(narrow).collect(),
                    triggers: 1,
                }),
            }
        }
        for g in &mut out {
            g.variants.retain(|v| !v.key.is_empty());
            g.triggers = g.triggers.min(g.variants.len());
        }
        out
    }
}

/// Stemmed parts without stop words: how a run of query words is compared with a variant.
pub(crate) fn key(words: &[Word], analysis: &Analysis) -> Vec<String> {
    words
        .iter()
        .flat_map(|w| w.parts.iter())
        .filter(|p| !is_stop_word(p))
        .map(|p| analysis.stem(p))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_file_loads() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        let s = Synonyms::load(&dir).unwrap();
        assert!(s.groups.iter().any(|g| g.iter().any(|w| w == "maatje")));
    }

    #[test]
    fn variants_ignore_stop_words() {
        let s = Synonyms {
            groups: vec![vec!["NT2".into(), "Nederlands als tweede taal".into()]],
            ..Synonyms::default()
        };
        let g = &s.analysed(&Analysis::plain(super::super::Stemming::None))[0];
        assert_eq!(g.variants[1].key, vec!["nederlands", "tweede", "taal"]);
    }
}
