//! "Did you mean": when a search finds nothing, how many practices each required word finds on
//! its own and which words of the collection are a typo away from it.

use tantivy::Searcher;
use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, Occur, Query};
use tantivy::schema::Term;

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
    let mut out = Vec::new();
    for concept in concepts.into_iter().filter(|c| !c.negated) {
        let alone: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (Occur::Must, concept.query),
            (Occur::Must, super::filter::query(filter, &index.fields)),
        ]));
        let hits = searcher.search(&alone, &Count)?;
        let mut suggestions = Vec::new();
        if hits == 0 {
            suggestions = close_words(index, searcher, &concept.label)?;
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
) -> Result<Vec<String>, IndexError> {
    let max = match typed.chars().count() {
        0..=4 => return Ok(Vec::new()),
        5..=7 => 1,
        _ => 2,
    };
    let found = close(index, searcher, typed, max, max)?;
    let best = found.first().map(|f| f.0);
    Ok(found
        .into_iter()
        .take_while(|f| Some(f.0) == best)
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, w)| w)
        .collect())
}

/// Words within a small edit distance of `typed`, closest and most used first.
fn close_words(
    index: &SearchIndex,
    searcher: &Searcher,
    typed: &str,
) -> Result<Vec<String>, IndexError> {
    let typed = words::fold(typed.trim_matches(|c| c == '"' || c == '*'));
    let n = typed.chars().count();
    if n < 3 {
        return Ok(Vec::new());
    }
    let max = if n <= 5 { 1 } else { 2 };
    Ok(close(index, searcher, &typed, max, max + 1)?
        .into_iter()
        .take(MAX_SUGGESTIONS)
        .map(|(_, _, w)| w)
        .collect())
}

/// The words of the collection at most `max` edits from `typed` and at most `longer` bytes
/// longer or shorter, with their distance and how many practices use them, closest and most
/// used first.
fn close(
    index: &SearchIndex,
    searcher: &Searcher,
    typed: &str,
    max: usize,
    longer: usize,
) -> Result<Vec<(usize, u64, String)>, IndexError> {
    let words = index.spelling.get()?.iter();
    ranked(typed, max, longer, words, |w| usage(index, searcher, w))
}

/// [`close`] over `words`, with `used` telling how many practices use a word. A word no
/// practice uses any more (the list keeps it until a rebuild) is left out.
fn ranked<'w>(
    typed: &str,
    max: usize,
    longer: usize,
    words: impl Iterator<Item = &'w str>,
    mut used: impl FnMut(&str) -> Result<u64, IndexError>,
) -> Result<Vec<(usize, u64, String)>, IndexError> {
    let mut found = Vec::new();
    for w in words {
        if w.len().abs_diff(typed.len()) > longer || w == typed {
            continue;
        }
        let d = strsim::damerau_levenshtein(typed, w);
        if d > max {
            continue;
        }
        let n = used(w)?;
        if n > 0 {
            found.push((d, n, w.to_owned()));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)).then(a.2.cmp(&b.2)));
    Ok(found)
}

/// How many practices use a word, by its stem: the most of any one text field.
fn usage(index: &SearchIndex, searcher: &Searcher, word: &str) -> Result<u64, IndexError> {
    let stem = index.analysis.stem(word);
    let mut most = 0;
    for (field, _) in index.fields.weighted() {
        most = most.max(searcher.doc_freq(&Term::from_field_text(field, &stem))?);
    }
    Ok(most)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked_words(typed: &str, max: usize, used: &[(&str, u64)]) -> Vec<String> {
        let words = used.iter().map(|(w, _)| *w);
        let n = |w: &str| Ok(used.iter().find(|(u, _)| *u == w).map_or(0, |(_, n)| *n));
        ranked(typed, max, max + 1, words, n)
            .unwrap()
            .into_iter()
            .map(|(_, _, w)| w)
            .collect()
    }

    #[test]
    fn close_words_prefer_fewer_edits_then_more_use_and_skip_words_gone() {
        let used = [
            ("praattafel", 3),
            ("praattafels", 9),
            ("praattafen", 0),
            ("taal", 20),
        ];
        assert_eq!(
            ranked_words("praattafle", 2, &used),
            ["praattafel", "praattafels"]
        );
        assert_eq!(ranked_words("praattafe", 1, &used), ["praattafel"]);
        assert!(ranked_words("zzz", 1, &used).is_empty());
    }
}
