//! The fields of the search index and how a practice fills them: text fields analysed the Dutch
//! way with their weights, exact fields for filters and facets, and the few stored values a hit
//! needs to be shown without opening its file.

use tantivy::schema::{
    FAST, Facet, FacetOptions, Field, INDEXED, IndexRecordOption, STORED, STRING,
    Schema as TantivySchema, TextFieldIndexing, TextOptions,
};
use tantivy::{Index, TantivyDocument};

use super::analyzer::{Analysis, DUTCH, Dutch};
use super::spelling::Gathered;
use crate::markdown::plain_text;
use crate::model::Entry;
use crate::schema::Schema;
use crate::text::fold_key;

/// The analysed text fields with their weight in the score: what a practice is called and says
/// of itself counts more than a word somewhere in the body, and the keywords, where the editors
/// say what a practice is about, count most. (Keywords at 2.5, below the title, let a practice
/// that only names `Agentschap Integratie en Inburgering` as its partner outrank the ones with
/// `inburgering` as keyword; from 4 on the staff's relevance set has 7 queries of 93 with an
/// unrelated practice in the first three instead of 11, at 5 as well; docs/search.md.)
pub(crate) const WEIGHTS: &[(&str, f32)] = &[
    ("title", 3.0),
    ("summary", 2.0),
    ("keywords", 4.0),
    ("places", 2.0),
    ("tags", 1.5),
    ("body", 1.0),
];

/// Field handles, looked up once.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub(crate) path: Field,
    pub(crate) id: Field,
    pub(crate) title: Field,
    pub(crate) summary: Field,
    pub(crate) keywords: Field,
    pub(crate) places: Field,
    pub(crate) tags: Field,
    pub(crate) body: Field,
    pub(crate) status: Field,
    pub(crate) municipality: Field,
    pub(crate) theme: Field,
    pub(crate) target_group: Field,
    pub(crate) nis: Field,
    pub(crate) province: Field,
    pub(crate) start_year: Field,
    pub(crate) facet: Field,
}

fn text(tokenizer: &str, stored: bool) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::WithFreqsAndPositions);
    let options = TextOptions::default().set_indexing_options(indexing);
    if stored {
        options.set_stored()
    } else {
        options
    }
}

/// The tantivy schema.
pub(crate) fn schema() -> TantivySchema {
    let mut b = TantivySchema::builder();
    b.add_text_field("path", STRING | STORED);
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("title", text(DUTCH, true));
    b.add_text_field("summary", text(DUTCH, true));
    b.add_text_field("keywords", text(DUTCH, false));
    b.add_text_field("places", text(DUTCH, false));
    b.add_text_field("tags", text(DUTCH, false));
    b.add_text_field("body", text(DUTCH, false));
    b.add_text_field("status", STRING | STORED);
    b.add_text_field("municipality", STORED);
    b.add_text_field("theme", STRING);
    b.add_text_field("target_group", STRING);
    b.add_text_field("nis", STRING);
    b.add_text_field("province", STRING);
    b.add_i64_field("start_year", INDEXED | FAST);
    b.add_facet_field("facet", FacetOptions::default());
    b.build()
}

/// Registers the analyzer the schema names, noting the words it meets in `gathered`.
pub(crate) fn register(index: &Index, analysis: &Analysis, gathered: &Gathered) {
    index
        .tokenizers()
        .register(DUTCH, Dutch::analyzer(analysis, gathered));
}

impl Fields {
    pub(crate) fn new(schema: &TantivySchema) -> Result<Fields, tantivy::TantivyError> {
        let f = |name: &str| schema.get_field(name);
        Ok(Fields {
            path: f("path")?,
            id: f("id")?,
            title: f("title")?,
            summary: f("summary")?,
            keywords: f("keywords")?,
            places: f("places")?,
            tags: f("tags")?,
            body: f("body")?,
            status: f("status")?,
            municipality: f("municipality")?,
            theme: f("theme")?,
            target_group: f("target_group")?,
            nis: f("nis")?,
            province: f("province")?,
            start_year: f("start_year")?,
            facet: f("facet")?,
        })
    }

    /// The weighted text fields.
    pub(crate) fn weighted(&self) -> Vec<(Field, f32)> {
        let by_name = |name: &str| match name {
            "title" => self.title,
            "summary" => self.summary,
            "keywords" => self.keywords,
            "places" => self.places,
            "tags" => self.tags,
            _ => self.body,
        };
        WEIGHTS.iter().map(|&(n, w)| (by_name(n), w)).collect()
    }

    /// The searchable texts of an entry, per field: what `similar` compares as well.
    pub(crate) fn texts(&self, entry: &Entry, schema: &Schema) -> Vec<(Field, String)> {
        let p = &entry.practice;
        let label = |vocabulary: &str, id: &str| {
            schema
                .vocabulary(vocabulary)
                .and_then(|v| v.label_of(id))
                .unwrap_or(id)
                .to_owned()
        };
        let mut out = vec![
            (self.title, p.title.clone()),
            (self.body, plain_text(&entry.body)),
        ];
        out.extend(p.summary.iter().map(|s| (self.summary, s.clone())));
        out.extend(p.keywords.iter().map(|k| (self.keywords, k.clone())));
        for place in &entry.places {
            out.push((self.places, place.name.clone()));
            out.push((self.places, place.province.clone()));
            out.push((self.places, place.nis.clone()));
        }
        out.extend(p.themes.iter().map(|t| (self.tags, label("themes", t))));
        out.extend(
            p.target_groups
                .iter()
                .map(|t| (self.tags, label("target_groups", t))),
        );
        out.extend(p.organisations.iter().map(|o| (self.tags, o.name.clone())));
        out
    }

    /// The index document of an entry.
    pub(crate) fn document(&self, entry: &Entry, schema: &Schema) -> TantivyDocument {
        let p = &entry.practice;
        let mut doc = TantivyDocument::new();
        doc.add_text(self.path, &entry.path);
        doc.add_text(self.id, &p.id);
        doc.add_text(self.status, &p.status);
        doc.add_facet(self.facet, Facet::from_path(["status", p.status.as_str()]));
        for (field, value) in self.texts(entry, schema) {
            doc.add_text(field, value);
        }
        for place in &entry.places {
            doc.add_text(self.municipality, &place.name);
            doc.add_text(self.nis, &place.nis);
            doc.add_text(self.province, fold_key(&place.province));
        }
        let mut provinces: Vec<&str> = entry.places.iter().map(|p| p.province.as_str()).collect();
        provinces.sort_unstable();
        provinces.dedup();
        for province in provinces {
            doc.add_facet(self.facet, Facet::from_path(["province", province]));
        }
        for theme in &p.themes {
            doc.add_text(self.theme, theme);
            doc.add_facet(self.facet, Facet::from_path(["theme", theme.as_str()]));
        }
        for group in &p.target_groups {
            doc.add_text(self.target_group, group);
        }
        if let Some(year) = p.period.as_ref().and_then(|pe| pe.start_year()) {
            doc.add_i64(self.start_year, i64::from(year));
        }
        doc
    }
}
