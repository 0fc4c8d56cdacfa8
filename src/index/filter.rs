//! The shared [`Filter`] as an engine query, so counts and facets are those of the filtered hits.

use std::ops::Bound;

use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Term};

use super::fields::Fields;
use crate::filter::Filter;
use crate::text::fold_key;

fn any_of<'a>(field: Field, values: impl IntoIterator<Item = &'a str>) -> Box<dyn Query> {
    let clauses: Vec<(Occur, Box<dyn Query>)> = values
        .into_iter()
        .map(|v| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ));
            (Occur::Should, q)
        })
        .collect();
    Box::new(BooleanQuery::new(clauses))
}

/// A query matching exactly the practices `filter` keeps, scoring nothing.
pub(crate) fn query(filter: &Filter, fields: &Fields) -> Box<dyn Query> {
    let mut must: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    if !filter.statuses.is_empty() {
        let statuses: Vec<&str> = filter.statuses.iter().map(String::as_str).collect();
        must.push((Occur::Must, any_of(fields.status, statuses)));
    }
    let mut add = |field: Field, values: &[String]| {
        if !values.is_empty() {
            must.push((
                Occur::Must,
                any_of(field, values.iter().map(String::as_str)),
            ));
        }
    };
    add(fields.theme, &filter.themes);
    add(fields.target_group, &filter.target_groups);
    add(fields.nis, &filter.municipalities);
    let provinces: Vec<String> = filter.provinces.iter().map(|p| fold_key(p)).collect();
    add(fields.province, &provinces);
    if let Some(year) = filter.since {
        must.push((
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_i64(fields.start_year, i64::from(year))),
                Bound::Unbounded,
            )),
        ));
    }
    must.push((Occur::Must, Box::new(AllQuery)));
    Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(must)), 0.0))
}
