//! `practices.csv`: one row per practice with Dutch headers and labels, for spreadsheets. A
//! Flemish Excel opens it correctly when it starts with a UTF-8 byte order mark and uses `;`
//! (the decimal comma takes `,`). Cells that a spreadsheet would run as a formula are
//! neutralised, because practice texts come from many hands.

use std::io::Write;

use super::{Context, Format};
use crate::model::Entry;
use crate::present::{self, CRITERIA};
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

/// Column headers, in order.
const HEADERS: [&str; 30] = [
    "id",
    "Titel",
    "Status",
    "Gemeenten",
    "NIS-codes",
    "Provincies",
    "Samenvatting",
    "Schaal",
    "Thema's",
    "Doelgroepen",
    "Organisaties",
    "Start",
    "Einde",
    "Levensloop",
    "Bewijsniveau",
    "Bereik (aantal)",
    "Bereik (eenheid)",
    "Bereik (periode)",
    "Werkt aantoonbaar",
    "Direct inzetbaar",
    "Bereikt veel mensen",
    "Beoordeeld op",
    "Contact",
    "E-mail",
    "Website",
    "Financiering",
    "Trefwoorden",
    "Bestand",
    // Added later: at the end, so that sheets that read columns by position keep working.
    "Overgenomen door",
    "Gebaseerd op",
];

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

fn row(entry: &Entry, schema: &Schema) -> Vec<String> {
    let p = &entry.practice;
    let labels = |vocabulary: &str, ids: &[String]| {
        ids.iter()
            .map(|id| present::term(schema, vocabulary, id))
            .collect::<Vec<_>>()
            .join(JOIN)
    };
    let mut provinces: Vec<&str> = entry.places.iter().map(|pl| pl.province.as_str()).collect();
    provinces.sort_unstable();
    provinces.dedup();
    let period = p.period.as_ref();
    let reach = p.reach.as_ref();
    let contact = p.contact.as_ref();
    let mut cells = vec![
        p.id.clone(),
        p.title.clone(),
        present::status(schema, &p.status),
        entry
            .places
            .iter()
            .map(|pl| pl.name.as_str())
            .collect::<Vec<_>>()
            .join(JOIN),
        entry
            .places
            .iter()
            .map(|pl| pl.nis.as_str())
            .collect::<Vec<_>>()
            .join(JOIN),
        provinces.join(JOIN),
        p.summary.clone().unwrap_or_default(),
        p.scope.clone().unwrap_or_default(),
        labels("themes", &p.themes),
        labels("target_groups", &p.target_groups),
        p.organisations
            .iter()
            .map(|o| format!("{} ({})", o.name, o.role))
            .collect::<Vec<_>>()
            .join(JOIN),
        period.map(|x| x.start.clone()).unwrap_or_default(),
        period.and_then(|x| x.end.clone()).unwrap_or_default(),
        period.map(|x| x.lifecycle.clone()).unwrap_or_default(),
        p.evidence
            .as_ref()
            .map(|e| present::word(&e.level))
            .unwrap_or_default(),
        reach.map(|r| r.count.to_string()).unwrap_or_default(),
        reach.map(|r| r.unit.clone()).unwrap_or_default(),
        reach.and_then(|r| r.period.clone()).unwrap_or_default(),
    ];
    for (key, _) in CRITERIA {
        cells.push(present::judgement(p, key).unwrap_or_default().to_owned());
    }
    cells.extend([
        p.assessment
            .as_ref()
            .map(|a| a.on.clone())
            .unwrap_or_default(),
        contact.map(|c| c.organisation.clone()).unwrap_or_default(),
        contact.and_then(|c| c.email.clone()).unwrap_or_default(),
        contact.and_then(|c| c.url.clone()).unwrap_or_default(),
        labels("funding", &p.funding),
        p.keywords.join(JOIN),
        entry.path.clone(),
        present::adoptions(schema, p).join(JOIN),
        p.based_on.clone().unwrap_or_default(),
    ]);
    cells
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
    writer.write_record(HEADERS)?;
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
