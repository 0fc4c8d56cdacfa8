//! Turns the clauses of a query into an engine query: each word or phrase searched in every text
//! field with the field's weight (the best field counts, the others a little), hyphenated words
//! as phrase or joined word, elided compounds completed, synonyms recognised across words, and
//! all clauses required (like a web search) unless joined with `OR`.

use std::collections::HashMap;

use tantivy::Searcher;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, PhraseQuery, Query, RegexQuery,
    TermQuery,
};
use tantivy::schema::{IndexRecordOption, Term};

use super::analyzer::{Analysis, PART_MARK, completions, is_stop_word};
use super::fields::Fields;
use super::lexicon;
use super::query::{Clause, Item};
use super::spelling::Vocabulary;
use super::synonyms::{Group, key};
use super::words::Word;

/// Weight of a synonym the user did not type, against 1 for their own words.
const SYNONYM_WEIGHT: f32 = 0.8;
/// Other words a synonym of several words may have between its own (`discriminatie op de
/// private huurmarkt` is `discriminatie op de huurmarkt`).
const SYNONYM_SLOP: u32 = 2;
/// How much the fields other than the best one add to a word's score.
const TIE_BREAKER: f32 = 0.2;
/// Weight of a typed compound found through its parts (`burenconflict` in "conflicten tussen
/// buren"), or of two typed words found as one compound (`taal les` as `taalles`), against 1
/// for the words as typed: the parts may stand far apart, the joined word is a guess.
const RECOMPOSED_WEIGHT: f32 = 0.7;
/// Weight of a word found as a part of a compound (`groep` in `onthaalgroep`), against 1 for
/// the word itself: the compound means something narrower.
const PART_WEIGHT: f32 = 0.5;
/// Letters that may join two typed words into one compound (`inburgering` `traject` →
/// `inburgeringstraject`).
const LINKS: &[&str] = &["", "s", "e"];

/// Stemmed terms with their position in a phrase.
type Tokens = Vec<(usize, String)>;

/// One required or excluded part of a query, with what the user typed for it.
pub(crate) struct Concept {
    pub(crate) negated: bool,
    /// Marked with `+` or written as a `"phrase"`: kept required when a search falls back to
    /// partial matches.
    pub(crate) required: bool,
    pub(crate) label: String,
    /// The one plain word typed, folded, which a typo correction may replace.
    pub(crate) typed: Option<String>,
    pub(crate) query: Box<dyn Query>,
}

/// Compiles queries against one index.
pub(crate) struct Compiler<'a> {
    pub(crate) fields: &'a Fields,
    pub(crate) analysis: &'a Analysis,
    pub(crate) synonyms: &'a [Group],
    /// The words of the collection as written.
    pub(crate) spelling: &'a Vocabulary,
    /// Tells which words and terms the collection has.
    pub(crate) searcher: &'a Searcher,
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
        self.text_within(tokens, 0)
    }

    /// Like [`Compiler::text`], a phrase allowing `slop` other words between its own.
    fn text_within(&self, tokens: &Tokens, slop: u32) -> Option<Box<dyn Query>> {
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
                    let term = |text: &str| {
                        Box::new(TermQuery::new(
                            Term::from_field_text(field, text),
                            IndexRecordOption::WithFreqs,
                        )) as Box<dyn Query>
                    };
                    let stem = &tokens[0].1;
                    // The word as a part of a compound counts, less than the word itself.
                    Box::new(BooleanQuery::new(vec![
                        (Occur::Should, term(stem)),
                        (
                            Occur::Should,
                            Box::new(BoostQuery::new(
                                term(&format!("{PART_MARK}{stem}")),
                                PART_WEIGHT,
                            )),
                        ),
                    ]))
                } else {
                    let mut phrase = PhraseQuery::new_with_offset(
                        tokens
                            .iter()
                            .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
                            .collect(),
                    );
                    phrase.set_slop(slop);
                    Box::new(phrase)
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

    /// Whether the collection has this folded, unstemmed word: its list of words has it, and
    /// a practice still has its stem (the list keeps the words of removed practices until the
    /// next rebuild).
    fn known(&self, word: &str) -> bool {
        self.spelling.contains(word) && self.indexed(&self.analysis.stem(word))
    }

    /// Whether any weighted field has this stemmed term.
    fn indexed(&self, stem: &str) -> bool {
        self.fields.weighted().into_iter().any(|(field, _)| {
            self.searcher
                .doc_freq(&Term::from_field_text(field, stem))
                .is_ok_and(|n| n > 0)
        })
    }

    /// A compound typed as one word that the collection does not have, found through its parts
    /// anywhere in a practice (`burenconflict` in "conflicten tussen buren"); the parts may be
    /// words of the collection as well as of the shipped list.
    fn parts(&self, word: &str) -> Option<Box<dyn Query>> {
        // A word the collection has is found as it is; splitting it would only look up every
        // candidate part in the index for little gain.
        if self.known(word) {
            return None;
        }
        let parts = lexicon::split(word, &|p| self.known(p))?;
        let all: Vec<(Occur, Box<dyn Query>)> = parts
            .iter()
            .filter(|p| !is_stop_word(p))
            .filter_map(|p| self.term(p).map(|q| (Occur::Must, q)))
            .collect();
        (all.len() > 1).then(|| {
            Box::new(BoostQuery::new(
                Box::new(BooleanQuery::new(all)),
                RECOMPOSED_WEIGHT,
            )) as Box<dyn Query>
        })
    }

    /// The parts of a typed compound that no practice holds whole (`inburgeringscursus` when
    /// no practice speaks of a `cursus`), each a concept of its own, so that partial matching
    /// can rank the practices that hold some of them; none for a word that is no compound.
    pub(crate) fn apart(&self, typed: &str) -> Option<Vec<Concept>> {
        if self.known(typed) {
            return None;
        }
        let parts: Vec<&str> = lexicon::split(typed, &|p| self.known(p))?
            .into_iter()
            .filter(|p| !is_stop_word(p))
            .collect();
        if parts.len() < 2 {
            return None;
        }
        parts
            .into_iter()
            .map(|part| {
                Some(Concept {
                    negated: false,
                    required: false,
                    label: part.to_owned(),
                    typed: None,
                    query: self.term(part)?,
                })
            })
            .collect()
    }

    fn word(&self, w: &Word, following: &[Word]) -> Option<Box<dyn Query>> {
        let mut alternatives = Vec::new();
        alternatives.extend(self.text(&self.tokens(std::slice::from_ref(w))));
        if let Some(joined) = w.joined() {
            alternatives.extend(self.term(&joined));
        }
        if let [single] = w.parts.as_slice() {
            alternatives.extend(self.parts(single));
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
                let q = self.text_within(&self.tokens(&v.words), SYNONYM_SLOP)?;
                Some(if i == typed {
                    q
                } else {
                    Box::new(BoostQuery::new(q, SYNONYM_WEIGHT)) as Box<dyn Query>
                })
            })
            .collect();
        any(alternatives)
    }

    /// Two plain words typed apart that the collection writes as one compound (`buddy
    /// werking`, `onthaal brochure`, `inburgering traject`): the stemmed joined forms it has.
    fn joined_pair(&self, a: &Clause, b: &Clause) -> Vec<String> {
        let (Some(a), Some(b)) = (Self::plain(a), Self::plain(b)) else {
            return Vec::new();
        };
        let ([a], [b]) = (a.parts.as_slice(), b.parts.as_slice()) else {
            return Vec::new();
        };
        if is_stop_word(a) || is_stop_word(b) {
            return Vec::new();
        }
        let mut out: Vec<String> = LINKS
            .iter()
            .map(|link| self.analysis.stem(&format!("{a}{link}{b}")))
            .filter(|stem| self.indexed(stem))
            .collect();
        out.dedup();
        out
    }

    /// The words of a run of clauses, required together, or found as one of their joined
    /// forms.
    fn pair(&self, clauses: &[Clause], joined: &[String]) -> Option<Box<dyn Query>> {
        let apart: Vec<(Occur, Box<dyn Query>)> = clauses
            .iter()
            .enumerate()
            .filter_map(|(k, c)| {
                let following = Self::following(&clauses[k + 1..]);
                let q = any(c
                    .alternatives
                    .iter()
                    .filter_map(|item| self.item(item, &following))
                    .collect())?;
                Some((Occur::Must, q))
            })
            .collect();
        let mut alternatives: Vec<Box<dyn Query>> = vec![Box::new(BooleanQuery::new(apart))];
        for stem in joined {
            alternatives.extend(
                self.text(&vec![(0, stem.clone())])
                    .map(|q| Box::new(BoostQuery::new(q, RECOMPOSED_WEIGHT)) as Box<dyn Query>),
            );
        }
        any(alternatives)
    }

    fn following(clauses: &[Clause]) -> Vec<Word> {
        clauses
            .iter()
            .flat_map(|c| c.alternatives.iter())
            .filter_map(|item| match item {
                Item::Word(w) => Some(w.clone()),
                _ => None,
            })
            .collect()
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
            let label_of = |range: &[Clause]| {
                range
                    .iter()
                    .flat_map(|c| c.alternatives.iter().map(Self::item_label))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            if let Some((end, g, v)) = self.synonym_at(clauses, i, &variants)
                && let Some(synonym) = self.synonym(g, v)
            {
                // A synonym recognised across words widens the search, never narrows it: the
                // words apart still match (`discriminatie huurmarkt` is also a variant of
                // `huurdiscriminatie`, and still finds "discriminatie op de private huurmarkt").
                let mut alternatives = vec![synonym];
                if end - i > 1 {
                    alternatives.extend(self.pair(&clauses[i..end], &[]));
                }
                let Some(query) = any(alternatives) else {
                    i = end;
                    continue;
                };
                out.push(Concept {
                    negated: false,
                    required: clauses[i..end].iter().any(|c| c.required),
                    label: label_of(&clauses[i..end]),
                    typed: None,
                    query,
                });
                i = end;
                continue;
            }
            if i + 1 < clauses.len() {
                let joined = self.joined_pair(&clauses[i], &clauses[i + 1]);
                if !joined.is_empty()
                    && let Some(query) = self.pair(&clauses[i..i + 2], &joined)
                {
                    out.push(Concept {
                        negated: false,
                        required: clauses[i].required || clauses[i + 1].required,
                        label: label_of(&clauses[i..i + 2]),
                        typed: None,
                        query,
                    });
                    i += 2;
                    continue;
                }
            }
            let clause = &clauses[i];
            let following = Self::following(&clauses[i + 1..]);
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
                let typed = match Self::plain(clause).map(|w| w.parts.as_slice()) {
                    Some([single]) => Some(single.clone()),
                    _ => None,
                };
                let phrase = matches!(clause.alternatives.as_slice(), [Item::Phrase(_)]);
                out.push(Concept {
                    negated: clause.negated,
                    required: clause.required || phrase,
                    label,
                    typed,
                    query,
                });
            }
            i += 1;
        }
        out
    }

    /// A typed word replaced by the words of the collection closest to it.
    pub(crate) fn replaced(&self, words: &[String]) -> Option<Box<dyn Query>> {
        any(words
            .iter()
            .flat_map(|w| super::words::words(w))
            .filter_map(|w| self.word(&w, &[]))
            .collect())
    }
}

/// All positive concepts required, negated ones excluded, and the filter. With `at_least`,
/// a partial match instead: at least that many of the positive concepts that are not
/// themselves required, as Lucene's `minimum_should_match` does.
pub(crate) fn combine(
    concepts: &[Concept],
    filter: Box<dyn Query>,
    at_least: Option<usize>,
) -> Box<dyn Query> {
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, filter)];
    let mut positive = false;
    for c in concepts {
        positive |= !c.negated;
        let occur = match (c.negated, at_least) {
            (true, _) => Occur::MustNot,
            (false, Some(_)) if !c.required => Occur::Should,
            (false, _) => Occur::Must,
        };
        clauses.push((occur, c.query.box_clone()));
    }
    if !positive {
        clauses.push((Occur::Must, Box::new(AllQuery)));
    }
    match at_least {
        Some(k) => Box::new(BooleanQuery::with_minimum_required_clauses(clauses, k)),
        None => Box::new(BooleanQuery::new(clauses)),
    }
}
