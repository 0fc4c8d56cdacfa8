//! Turns the clauses of a query into an engine query: each word or phrase searched in every text
//! field with the field's weight (the best field counts, the others a little), hyphenated words
//! as phrase or joined word, elided compounds completed, synonyms recognised across words, and
//! all clauses required (like a web search) unless joined with `OR`.

use std::collections::HashMap;

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, RegexQuery,
    TermQuery,
};
use tantivy::schema::{IndexRecordOption, Term};

use super::analyzer::{Analysis, completions, is_stop_word};
use super::fields::Fields;
use super::query::{Clause, Item};
use super::synonyms::{Group, key};
use super::words::Word;

/// Weight of a synonym the user did not type, against 1 for their own words.
const SYNONYM_WEIGHT: f32 = 0.8;
/// How much the fields other than the best one add to a word's score.
const TIE_BREAKER: f32 = 0.2;

/// Stemmed terms with their position in a phrase.
type Tokens = Vec<(usize, String)>;

/// One required or excluded part of a query, with what the user typed for it.
pub(crate) struct Concept {
    pub(crate) negated: bool,
    pub(crate) label: String,
    pub(crate) query: Box<dyn Query>,
}

/// Compiles queries against one index.
pub(crate) struct Compiler<'a> {
    pub(crate) fields: &'a Fields,
    pub(crate) analysis: &'a Analysis,
    pub(crate) synonyms: &'a [Group],
}

fn any(queries: Vec<Box<dyn Query>>) -> Option<Box<dyn Query>> {
    match queries.len() {
        0 => None,
        1 => queries.into_iter().next(),
        _ => Some(Box::new(BooleanQuery::new(
            queries.into_iter().map(|q| (Occur::Should, q)).collect(),
        ))),
    }
}

fn label(words: &[Word]) -> String {
    words
        .iter()
        .map(|w| w.parts.join("-"))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Compiler<'_> {
    /// Stemmed parts of words in a row with their positions; stop words are skipped but keep
    /// their place, as in the index.
    fn tokens(&self, words: &[Word]) -> Tokens {
        let parts = words.iter().flat_map(|w| w.parts.iter());
        parts
            .enumerate()
            .filter(|(_, p)| !is_stop_word(p))
            .map(|(i, p)| (i, self.analysis.stem(p)))
            .collect()
    }

    /// Terms or a phrase, searched in every weighted field.
    fn text(&self, tokens: &Tokens) -> Option<Box<dyn Query>> {
        if tokens.is_empty() {
            return None;
        }
        let first = tokens[0].0;
        let per_field: Vec<Box<dyn Query>> = self
            .fields
            .weighted()
            .into_iter()
            .map(|(field, weight)| {
                let q: Box<dyn Query> = if tokens.len() == 1 {
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, &tokens[0].1),
                        IndexRecordOption::WithFreqs,
                    ))
                } else {
                    Box::new(PhraseQuery::new_with_offset(
                        tokens
                            .iter()
                            .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
                            .collect(),
                    ))
                };
                Box::new(BoostQuery::new(q, weight)) as Box<dyn Query>
            })
            .collect();
        Some(Box::new(DisjunctionMaxQuery::with_tie_breaker(
            per_field,
            TIE_BREAKER,
        )))
    }

    fn term(&self, word: &str) -> Option<Box<dyn Query>> {
        self.text(&vec![(0, self.analysis.stem(word))])
    }

    fn word(&self, w: &Word, following: &[Word]) -> Option<Box<dyn Query>> {
        let mut alternatives = Vec::new();
        alternatives.extend(self.text(&self.tokens(std::slice::from_ref(w))));
        if let Some(joined) = w.joined() {
            alternatives.extend(self.term(&joined));
        }
        if w.elided {
            let prefix = w.parts.last().map(String::as_str).unwrap_or_default();
            for full in completions(prefix, following) {
                alternatives.extend(self.term(&full));
            }
        }
        any(alternatives)
    }

    fn prefix(&self, prefix: &str) -> Option<Box<dyn Query>> {
        if prefix.is_empty() {
            return None;
        }
        let mut alternatives: Vec<Box<dyn Query>> = self
            .fields
            .weighted()
            .into_iter()
            .filter_map(|(field, weight)| {
                // The prefix holds only letters and digits, so it needs no escaping.
                let q = RegexQuery::from_pattern(&format!("{prefix}.*"), field).ok()?;
                Some(Box::new(BoostQuery::new(Box::new(q), weight)) as Box<dyn Query>)
            })
            .collect();
        alternatives.extend(self.term(prefix));
        any(alternatives)
    }

    fn item(&self, item: &Item, following: &[Word]) -> Option<Box<dyn Query>> {
        match item {
            Item::Word(w) => self.word(w, following),
            Item::Phrase(words) => self.text(&self.tokens(words)),
            Item::Prefix(p) => self.prefix(p),
        }
    }

    fn item_label(item: &Item) -> String {
        match item {
            Item::Word(w) => label(std::slice::from_ref(w)),
            Item::Phrase(words) => format!("\"{}\"", label(words)),
            Item::Prefix(p) => format!("{p}*"),
        }
    }

    /// The words a clause may take as plain words for synonyms.
    fn plain(clause: &Clause) -> Option<&Word> {
        match clause.alternatives.as_slice() {
            [Item::Word(w)] if !clause.negated && !w.elided => Some(w),
            _ => None,
        }
    }

    /// The longest synonym variant made of the plain words from `start`: (end, group, variant).
    fn synonym_at(
        &self,
        clauses: &[Clause],
        start: usize,
        variants: &HashMap<Vec<String>, (usize, usize)>,
    ) -> Option<(usize, usize, usize)> {
        let longest = variants.keys().map(Vec::len).max().unwrap_or(0);
        if let [Item::Phrase(words)] = clauses[start].alternatives.as_slice()
            && !clauses[start].negated
        {
            let k = key(words, self.analysis);
            return variants.get(&k).map(|&(g, v)| (start + 1, g, v));
        }
        let first = Self::plain(&clauses[start])?;
        if key(std::slice::from_ref(first), self.analysis).is_empty() {
            return None;
        }
        let mut k = Vec::new();
        let mut best = None;
        for (j, clause) in clauses.iter().enumerate().skip(start) {
            let Some(w) = Self::plain(clause) else { break };
            k.extend(key(std::slice::from_ref(w), self.analysis));
            if k.len() > longest {
                break;
            }
            if let Some(&(g, v)) = variants.get(&k) {
                best = Some((j + 1, g, v));
            }
        }
        best
    }

    fn synonym(&self, group: usize, typed: usize) -> Option<Box<dyn Query>> {
        let alternatives = self.synonyms[group]
            .variants
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                let q = self.text(&self.tokens(&v.words))?;
                Some(if i == typed {
                    q
                } else {
                    Box::new(BoostQuery::new(q, SYNONYM_WEIGHT)) as Box<dyn Query>
                })
            })
            .collect();
        any(alternatives)
    }

    /// The concepts of a query, synonyms recognised.
    pub(crate) fn concepts(&self, clauses: &[Clause]) -> Vec<Concept> {
        let mut variants = HashMap::new();
        for (g, group) in self.synonyms.iter().enumerate() {
            for (v, variant) in group.variants.iter().take(group.triggers).enumerate() {
                variants.entry(variant.key.clone()).or_insert((g, v));
            }
        }
        let mut out = Vec::new();
        let mut i = 0;
        while i < clauses.len() {
            if let Some((end, g, v)) = self.synonym_at(clauses, i, &variants)
                && let Some(query) = self.synonym(g, v)
            {
                let label = clauses[i..end]
                    .iter()
                    .flat_map(|c| c.alternatives.iter().map(Self::item_label))
                    .collect::<Vec<_>>()
                    .join(" ");
                out.push(Concept {
                    negated: false,
                    label,
                    query,
                });
                i = end;
                continue;
            }
            let clause = &clauses[i];
            let following: Vec<Word> = clauses[i + 1..]
                .iter()
                .flat_map(|c| c.alternatives.iter())
                .filter_map(|item| match item {
                    Item::Word(w) => Some(w.clone()),
                    _ => None,
                })
                .collect();
            let queries: Vec<Box<dyn Query>> = clause
                .alternatives
                .iter()
                .filter_map(|item| self.item(item, &following))
                .collect();
            if let Some(query) = any(queries) {
                let label = clause
                    .alternatives
                    .iter()
                    .map(Self::item_label)
                    .collect::<Vec<_>>()
                    .join(" OR ");
                out.push(Concept {
                    negated: clause.negated,
                    label,
                    query,
                });
            }
            i += 1;
        }
        out
    }
}

/// All positive concepts required, negated ones excluded, and the filter.
pub(crate) fn combine(concepts: Vec<Concept>, filter: Box<dyn Query>) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, filter)];
    let mut positive = false;
    for c in concepts {
        positive |= !c.negated;
        let occur = if c.negated {
            Occur::MustNot
        } else {
            Occur::Must
        };
        clauses.push((occur, c.query));
    }
    if !positive {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    Box::new(BooleanQuery::new(clauses))
}
