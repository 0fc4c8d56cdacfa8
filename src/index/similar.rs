//! More like this: the practices whose distinctive words, themes, target groups and keywords
//! overlap most with a given one, for inspiration and as a duplicate check before adding a
//! practice.

use std::collections::HashMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, ConstScoreQuery, MoreLikeThisQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, OwnedValue, Term, Value};
use tantivy::{DocAddress, TantivyDocument};

use super::IndexError;
use super::search::SearchResults;
use super::store::SearchIndex;
use crate::filter::Filter;
use crate::model::Entry;
use crate::schema::Schema;

/// Score added per theme the two practices share; a word they share adds about 1 to 5.
const SHARED_THEME: f32 = 3.0;
/// Score added per target group they share.
const SHARED_GROUP: f32 = 1.5;
/// Score added per one-word keyword of the practice the other has among its keywords.
const SHARED_KEYWORD: f32 = 2.0;

/// Which practice to compare with, and what to return.
#[derive(Debug, Clone)]
pub struct SimilarRequest<'a> {
    /// The id of the practice.
    pub id: &'a str,
    /// Which practices qualify as answers.
    pub filter: &'a Filter,
    /// Most answers.
    pub limit: usize,
}

impl SearchIndex {
    fn find_id(&self, id: &str) -> Result<Option<DocAddress>, IndexError> {
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.id, id),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        Ok(top.first().map(|&(_, a)| a))
    }

    fn all_ids(&self) -> Result<Vec<String>, IndexError> {
        let searcher = self.reader.searcher();
        let mut ids = Vec::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.id)?;
            let mut stream = inverted.terms().stream().map_err(super::engine_io)?;
            while stream.advance() {
                ids.extend(std::str::from_utf8(stream.key()).ok().map(str::to_owned));
            }
        }
        Ok(ids)
    }

    /// The practices most like `request.id`, best first (the practice itself left out).
    pub fn similar(
        &self,
        request: &SimilarRequest<'_>,
        schema: &Schema,
    ) -> Result<SearchResults, IndexError> {
        let Some(address) = self.find_id(request.id)? else {
            let ids = self.all_ids()?;
            return Err(IndexError::UnknownId {
                id: request.id.to_owned(),
                suggestion: crate::text::suggest(request.id, ids.iter().map(String::as_str))
                    .map(str::to_owned),
            });
        };
        let searcher = self.reader.searcher();
        let doc: TantivyDocument = searcher.doc(address)?;
        let path = doc
            .get_first(self.fields.path)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned();
        let file = self.root.join(&path);
        let (document, _) = crate::collection::load_file(
            &self.root,
            &file,
            &path,
            crate::collection::Bytes::Read {
                max_bytes: schema.rules.max_file_bytes,
            },
        );
        let Some(entry) = Entry::from_document(&document, schema) else {
            return Err(IndexError::Io {
                path: file,
                source: std::io::Error::other("no longer a readable practice"),
            });
        };
        let f = &self.fields;
        let compared = [f.title, f.summary, f.keywords, f.tags, f.body];
        let mut values: HashMap<Field, Vec<OwnedValue>> = HashMap::new();
        for (field, text) in f.texts(&entry, schema) {
            if compared.contains(&field) {
                values.entry(field).or_default().push(OwnedValue::Str(text));
            }
        }
        let total = searcher.num_docs();
        let like = MoreLikeThisQuery::builder()
            .with_min_doc_frequency(1)
            .with_max_doc_frequency((total / 2).max(2))
            .with_min_term_frequency(1)
            .with_min_word_length(3)
            .with_max_query_terms(30)
            .with_document_fields(values.into_iter().collect());
        // Shared themes, target groups and keywords weigh besides the words: two praattafels
        // in different towns, worded differently, are still each other's nearest.
        let mut alike: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Should, Box::new(like))];
        let p = &entry.practice;
        let shared = p.themes.iter().map(|t| (f.theme, t, SHARED_THEME)).chain(
            p.target_groups
                .iter()
                .map(|t| (f.target_group, t, SHARED_GROUP)),
        );
        for (field, value, weight) in shared {
            let term = TermQuery::new(
                Term::from_field_text(field, value),
                IndexRecordOption::Basic,
            );
            alike.push((
                Occur::Should,
                Box::new(ConstScoreQuery::new(Box::new(term), weight)),
            ));
        }
        for keyword in &p.keywords {
            let tokens: Vec<(usize, String)> = super::words::words(keyword)
                .iter()
                .flat_map(|w| w.parts.iter())
                .enumerate()
                .map(|(i, part)| (i, self.analysis.stem(part)))
                .collect();
            if let [(_, stem)] = tokens.as_slice() {
                let term = TermQuery::new(
                    Term::from_field_text(f.keywords, stem),
                    IndexRecordOption::Basic,
                );
                alike.push((
                    Occur::Should,
                    Box::new(ConstScoreQuery::new(Box::new(term), SHARED_KEYWORD)),
                ));
            }
        }
        let query: Box<dyn Query> = Box::new(BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(BooleanQuery::with_minimum_required_clauses(alike, 1)) as Box<dyn Query>,
            ),
            (Occur::Must, super::filter::query(request.filter, f)),
            (
                Occur::MustNot,
                Box::new(TermQuery::new(
                    Term::from_field_text(f.path, &path),
                    IndexRecordOption::Basic,
                )),
            ),
        ]));
        // More answers than practices cannot be asked for: the engine would reserve room.
        let limit = request.limit.min(total as usize);
        let (top, count) = if limit == 0 {
            (
                Vec::new(),
                searcher.search(&query, &tantivy::collector::Count)?,
            )
        } else {
            searcher.search(
                &query,
                &(
                    TopDocs::with_limit(limit).order_by_score(),
                    tantivy::collector::Count,
                ),
            )?
        };
        let hits = self.hits(&searcher, &*query, &top)?;
        Ok(SearchResults {
            total: count,
            hits,
            facets: None,
            hints: Vec::new(),
            wordless: false,
            partial: None,
            corrections: Vec::new(),
        })
    }
}
