//! `practices.csv`: one row per practice with Dutch headers and labels, for spreadsheets. A
//! Flemish Excel opens it correctly when it starts with a UTF-8 byte order mark and uses `;`
//! (the decimal comma takes `,`). Cells that a spreadsheet would run as a formula are
//! neutralised, because practice texts come from many hands.

use std::io::Write;

use super::{Context, Format};
use crate::model::Entry;
use crate::present;
use crate::schema::Schema;

/// The `practices.csv` part.
pub(super) struct Csv;

/// How to write CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Field separator.
    pub delimiter: u8,
    /// Start with a UTF-8 byte order mark (for spreadsheets; not for pipes).
    pub bom: bool,
}

impl Default for CsvOptions {
    fn default() -> Self {
        CsvOptions {
            delimiter: b';',
            bom: true,
        }
    }
}

/// Separates the values of a list inside one cell.
const JOIN: &str = "; ";

/// Prefixes a cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a tab or
/// carriage return that hides one) with `'`, which makes it plain text (OWASP's advice).
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

/// The cells of `entry`, one per column of `csv_columns` in `rules.yaml`.
fn row(entry: &Entry, schema: &Schema) -> Vec<String> {
    schema
        .rules
        .csv_columns
        .iter()
        .map(|column| cell(entry, schema, &column.value).unwrap_or_default())
        .collect()
}

/// The cell of `value` (a column's `value` in `rules.yaml`): a field, a part of one, or what
/// the tool adds. The schema checked on loading that each names a key path of the format;
/// one the model does not hold stays empty.
fn cell(entry: &Entry, schema: &Schema, value: &str) -> Option<String> {
    let p = &entry.practice;
    let join = |values: Vec<String>| values.join(JOIN);
    let labels = |ids: &[String]| {
        let vocabulary = schema.vocabulary_at(&[value]).map(|v| v.id.as_str());
        join(
            ids.iter()
                .map(|id| vocabulary.map_or_else(|| id.clone(), |v| present::term(schema, v, id)))
                .collect(),
        )
    };
    let period = p.period.as_ref();
    let reach = p.reach.as_ref();
    let contact = p.contact.as_ref();
    if let Some(key) = value.strip_prefix("assessment.")
        && schema.rules.criteria.iter().any(|c| c.key == key)
    {
        return present::judgement(p, key).map(str::to_owned);
    }
    Some(match value {
        "id" => p.id.clone(),
        "title" => p.title.clone(),
        "status" => present::status(schema, &p.status),
        "municipalities" => join(entry.places.iter().map(|pl| pl.name.clone()).collect()),
        "places.nis" => join(entry.places.iter().map(|pl| pl.nis.clone()).collect()),
        "places.province" => {
            let mut provinces: Vec<String> =
                entry.places.iter().map(|pl| pl.province.clone()).collect();
            provinces.sort_unstable();
            provinces.dedup();
            join(provinces)
        }
        "summary" => p.summary.clone()?,
        "scope" => p.scope.clone()?,
        "themes" => labels(&p.themes),
        "target_groups" => labels(&p.target_groups),
        "funding" => labels(&p.funding),
        "organisations" => join(
            p.organisations
                .iter()
                .map(|o| format!("{} ({})", o.name, o.role))
                .collect(),
        ),
        "period.start" => period?.start.clone(),
        "period.end" => period?.end.clone()?,
        "period.lifecycle" => period?.lifecycle.clone(),
        "evidence.level" => present::word(&p.evidence.as_ref()?.level),
        "reach.count" => reach?.count.to_string(),
        "reach.unit" => reach?.unit.clone(),
        "reach.period" => reach?.period.clone()?,
        "assessment.by" => p.assessment.as_ref()?.by.clone(),
        "assessment.on" => p.assessment.as_ref()?.on.clone(),
        "contact.organisation" => contact?.organisation.clone(),
        "contact.email" => contact?.email.clone()?,
        "contact.url" => contact?.url.clone()?,
        "keywords" => p.keywords.join(JOIN),
        "related" => p.related.join(JOIN),
        "language" => p.language.clone()?,
        "license" => p.license.clone()?,
        "file" => entry.path.clone(),
        "adoptions" => join(present::adoptions(schema, p)),
        "based_on" => p.based_on.clone()?,
        // Fields of several parts in one cell read as `show` shows them.
        _ => present::fields(entry, schema)
            .into_iter()
            .find(|f| f.key == value)
            .map(|f| join(f.items.into_iter().map(|i| i.text).collect()))?,
    })
}

/// Writes `entries` as CSV.
pub fn write_csv(
    entries: &[&Entry],
    schema: &Schema,
    options: CsvOptions,
    mut out: impl Write,
) -> std::io::Result<()> {
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(options.delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(
        schema
            .rules
            .csv_columns
            .iter()
            .map(|c| schema.column_label(c)),
    )?;
    for entry in entries {
        let cells = row(entry, schema);
        writer.write_record(cells.iter().map(|c| neutralise(c).into_owned()))?;
    }
    writer.flush()
}

impl Format for Csv {
    fn name(&self) -> &'static str {
        "practices.csv"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        let mut out = Vec::new();
        let options = CsvOptions {
            delimiter: cx.request.csv_delimiter,
            bom: true,
        };
        write_csv(cx.entries, cx.schema, options, &mut out).expect("writing to memory");
        out
    }
}
