//! "Did you mean": when a search finds nothing, how many practices each required word finds on
//! its own and which words of the collection are a typo away from it.

use std::collections::BTreeMap;

use tantivy::Searcher;
use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query};

use super::IndexError;
use super::compile::Concept;
use super::search::TermHint;
use super::store::SearchIndex;
use super::words;
use crate::filter::Filter;

/// Suggestions per word.
const MAX_SUGGESTIONS: usize = 3;

/// Hints for the positive concepts of a query that found nothing.
pub(crate) fn hints(
    index: &SearchIndex,
    searcher: &Searcher,
    concepts: Vec<Concept>,
    filter: &Filter,
) -> Result<Vec<TermHint>, IndexError> {
    let mut vocabulary: Option<BTreeMap<String, u64>> = None;
    let mut out = Vec::new();
    for concept in concepts.into_iter().filter(|c| !c.negated) {
        let alone: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, concept.query),
            (Occur::Must, super::filter::query(filter, &index.fields)),
        ]));
        let hits = searcher.search(&alone, &Count)?;
        let mut suggestions = Vec::new();
        if hits == 0 {
            let vocabulary = match &mut vocabulary {
                Some(v) => v,
                None => vocabulary.insert(spelling_vocabulary(index, searcher)?),
            };
            suggestions = close_words(&concept.label, vocabulary);
        }
        out.push(TermHint {
            word: concept.label,
            hits,
            suggestions,
        });
    }
    Ok(out)
}

/// The words of the collection a typed word that finds nothing most likely meant: those at the
/// smallest edit distance, at most one for words of five to seven letters and two for longer
/// ones (shorter words are too easily another word), most used first.
pub(crate) fn corrections(
    index: &SearchIndex,
    searcher: &Searcher,
    typed: &str,
    vocabulary: &mut Option<BTreeMap<String, u64>>,
) -> Result<Vec<String>, IndexError> {
    let n = typed.chars().count();
    let max = match n {
        0..=4 => return Ok(Vec::new()),
        5..=7 => 1,
        _ => 2,
    };
    let vocabulary = match vocabulary {
        Some(v) => v,
        None => vocabulary.insert(spelling_vocabulary(index, searcher)?),
    };
    let mut found: Vec<(usize, u64, &str)> = vocabulary
        .iter()
        .filter(|(w, _)| w.len().abs_diff(typed.len()) <= max && w.as_str() != typed)
        .filter_map(|(w, &df)| {
            let d = strsim::damerau_levenshtein(typed, w);
            (d <= max).then_some((d, df, w.as_str()))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    let best = found.first().map(|f| f.0);
    Ok(found
        .into_iter()
        .take_while(|f| Some(f.0) == best)
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, w)| w.to_owned())
        .collect())
}

/// Every unstemmed word of the collection with the number of practices that use it.
pub(crate) fn spelling_vocabulary(
    index: &SearchIndex,
    searcher: &Searcher,
) -> Result<BTreeMap<String, u64>, IndexError> {
    let mut words = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(index.fields.spell)?;
        let mut stream = inverted.terms().stream().map_err(super::engine_io)?;
        while stream.advance() {
            if let Ok(word) = std::str::from_utf8(stream.key()) {
                *words.entry(word.to_owned()).or_insert(0) += u64::from(stream.value().doc_freq);
            }
        }
    }
    Ok(words)
}

/// Words within a small edit distance of `typed`, closest and most used first.
fn close_words(typed: &str, vocabulary: &BTreeMap<String, u64>) -> Vec<String> {
    let typed = words::fold(typed.trim_matches(|c| c == '"' || c == '*'));
    let n = typed.chars().count();
    if n < 3 {
        return Vec::new();
    }
    let max = if n <= 5 { 1 } else { 2 };
    let mut found: Vec<(usize, u64, &str)> = vocabulary
        .iter()
        .filter(|(w, _)| w.len().abs_diff(typed.len()) <= max + 1 && w.as_str() != typed)
        .filter_map(|(w, &df)| {
            let d = strsim::damerau_levenshtein(&typed, w);
            (d <= max).then_some((d, df, w.as_str()))
        })
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(b.2)));
    found
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, w)| w.to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_words_prefer_fewer_edits_then_frequency() {
        let v: BTreeMap<String, u64> = [("praattafel", 3), ("praattafels", 9), ("taal", 20)]
            .into_iter()
            .map(|(w, n)| (w.to_owned(), n))
            .collect();
        assert_eq!(close_words("praattafle", &v)[0], "praattafel");
        assert!(close_words("zzz", &v).is_empty());
    }
}
