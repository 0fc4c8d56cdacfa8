//! Synonyms from `schema/synonyms.yaml`, applied when a query is read (not when practices are
//! indexed), so editing the list needs no rebuild.

use std::path::Path;

use std::collections::BTreeMap;

use serde::Deserialize;

use super::IndexError;
use super::analyzer::{Analysis, is_stop_word};
use super::words::{self, Word};

/// File name inside `schema/`.
pub(crate) const FILE: &str = "synonyms.yaml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SynonymsFile {
    #[serde(default)]
    groups: Vec<Vec<String>>,
    #[serde(default)]
    narrower: BTreeMap<String, Vec<String>>,
}

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
        let file: SynonymsFile =
            serde_saphyr::from_str(&text).map_err(|e| IndexError::Synonyms {
                path: path.clone(),
                message: e.to_string(),
            })?;
        if let Some(group) = file.groups.iter().find(|g| g.len() < 2) {
            return Err(IndexError::Synonyms {
                path,
                message: format!("group {group:?} needs at least two entries"),
            });
        }
        Ok(Synonyms {
            groups: file.groups,
            narrower: file.narrower,
        })
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
