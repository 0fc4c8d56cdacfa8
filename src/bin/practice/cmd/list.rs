//! `practice list [filters]`: the selected practices as a table sized to the terminal, or as
//! JSON or CSV for other tools.

use std::io::Write;
use std::process::ExitCode;

use practice::export::{CsvOptions, Record, write_csv};
use practice::model::Entry;
use practice::schema::Schema;
use practice::text::fold;

use super::Context;
use super::export::parse_delimiter;
use super::filter_args::FilterArgs;
use super::selection;
use crate::output::safe;
use crate::terminal::{self, Out};

/// Output formats of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A table: id, title, municipalities, status, themes, headed by the fields' labels.
    Table,
    /// One JSON array of practices (front matter, path, places; no body).
    Json,
    /// CSV as an export's practices.csv: its columns, a UTF-8 byte order mark and `;`, so a
    /// spreadsheet opens it as it is.
    Csv,
}

/// Sort orders of `list`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Sort {
    /// By id.
    Id,
    /// By title, ignoring case and accents.
    Title,
    /// By start date (`period.start`); practices without one last.
    Date,
    /// By the name of the first municipality.
    Municipality,
}

/// Arguments of `list`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    #[command(flatten)]
    filters: FilterArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Sort order (ties by id).
    #[arg(long, value_enum, default_value_t = Sort::Id)]
    sort: Sort,
    /// Reverse the order.
    #[arg(long)]
    reverse: bool,
    /// Field separator for `--format csv`: one ASCII character, or `tab`.
    #[arg(long, value_name = "CHAR", default_value = ";", value_parser = parse_delimiter)]
    csv_delimiter: u8,
    /// The width of the table, instead of the terminal's (for tests and scripts).
    #[arg(long, value_name = "COLUMNS", hide = true)]
    width: Option<usize>,
}

fn sort(entries: &mut [&Entry], by: Sort) {
    // Entries arrive in id order and the sort is stable, so ties stay in id order.
    match by {
        Sort::Id => {}
        Sort::Title => entries.sort_by_cached_key(|e| fold(&e.practice.title)),
        Sort::Date => entries.sort_by_cached_key(|e| {
            let start = e.practice.period.as_ref().map(|p| p.start.clone());
            (start.is_none(), start)
        }),
        Sort::Municipality => entries.sort_by_cached_key(|e| {
            let first = e.places.first().map(|p| fold(&p.name));
            (first.is_none(), first)
        }),
    }
}

/// The width to fit: the one asked for, the terminal's or `COLUMNS`, or none (no wrapping)
/// when piped.
fn width(asked: Option<usize>) -> Option<usize> {
    asked.or_else(terminal::stdout_width)
}

/// The first `keep` items and how many more there are: `Menen, Wervik +9`.
fn summary(items: &[&str], keep: usize) -> String {
    if items.len() <= keep {
        return items.join(", ");
    }
    format!("{} +{}", items[..keep].join(", "), items.len() - keep)
}

/// Space between columns.
const GAP: &str = "  ";

/// Column widths that fit `rows` into `width`: id and status whole, title, municipalities and
/// themes sharing the rest, the title getting most. Natural widths when everything fits or the
/// width is unknown. No column is narrower than its longest word, since words are never split:
/// on a very narrow terminal the table is wider than the screen rather than wrong.
fn fit(rows: &[[String; 5]], width: Option<usize>) -> [usize; 5] {
    let mut natural = [0usize; 5];
    for row in rows {
        for (n, c) in natural.iter_mut().zip(row) {
            *n = (*n).max(terminal::columns(c));
        }
    }
    let Some(width) = width else {
        return natural;
    };
    let width = width.saturating_sub(GAP.len() * 4);
    if natural.iter().sum::<usize>() <= width {
        return natural;
    }
    // The longest word of a column: the narrowest it can be.
    let word = |k: usize| {
        let words = rows.iter().flat_map(|r| r[k].split(' '));
        words.map(terminal::columns).max().unwrap_or(0)
    };
    let id = natural[0];
    let status = natural[3];
    let rest = width.saturating_sub(id + status);
    let mut places = natural[2].min(20).max(word(2));
    let mut themes = natural[4].min(word(4).max(10));
    let min_title = 20.min(natural[1]);
    if places + themes + min_title > rest {
        let over = places + themes + min_title - rest;
        places = places.saturating_sub(over / 2).max(10).max(word(2));
        themes = themes.saturating_sub(over - over / 2).max(10).max(word(4));
    }
    let title = rest
        .saturating_sub(places + themes)
        .min(natural[1])
        .max(word(1));
    // Width the title does not need goes to the themes, then to the places.
    let mut spare = rest.saturating_sub(places + themes + title);
    for (col, natural) in [(&mut themes, natural[4]), (&mut places, natural[2])] {
        let add = natural.saturating_sub(*col).min(spare);
        *col += add;
        spare -= add;
    }
    [id, title, places, status, themes]
}

/// The columns of the table, by field key.
const COLUMNS: [&str; 5] = ["id", "title", "municipalities", "status", "themes"];

fn table(
    out: &mut impl Write,
    schema: &Schema,
    entries: &[&Entry],
    width: Option<usize>,
) -> std::io::Result<()> {
    // On a narrow terminal one theme per practice is all that fits without breaking names.
    let themes_kept = if width.is_some_and(|w| w < 120) { 1 } else { 3 };
    // Headed by the labels editors know from the schema (`Titel`, `Gemeenten`), not the keys.
    let heading = COLUMNS.map(|key| schema.field(key).map_or(key, |f| f.label.as_str()));
    let mut rows = vec![heading.map(|label| safe(label).into_owned())];
    let vocabulary = schema.vocabulary_at(&["themes"]);
    for e in entries {
        let p = &e.practice;
        let places: Vec<&str> = e.places.iter().map(|pl| pl.name.as_str()).collect();
        // By their Dutch names, as `show` and the brochure name them (an unknown id as it is),
        // each held together by no-break spaces so a line breaks between names, not inside one.
        let themes: Vec<String> = p
            .themes
            .iter()
            .map(|id| {
                let name = vocabulary.and_then(|v| v.label_of(id)).unwrap_or(id);
                name.replace(' ', "\u{a0}")
            })
            .collect();
        let themes: Vec<&str> = themes.iter().map(String::as_str).collect();
        rows.push([
            safe(&p.id).into_owned(),
            safe(&p.title).into_owned(),
            summary(&places, 2),
            safe(schema.status_label(&p.status)).into_owned(),
            safe(&summary(&themes, themes_kept)).into_owned(),
        ]);
    }
    let widths = fit(&rows, width);
    for row in &rows {
        let cells: Vec<Vec<String>> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| terminal::wrap(c, w))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for i in 0..height {
            let mut line = String::new();
            for (k, (cell, w)) in cells.iter().zip(widths).enumerate() {
                let text = cell.get(i).map_or("", String::as_str);
                line.push_str(text);
                if k + 1 < cells.len() {
                    line.push_str(&" ".repeat(w.saturating_sub(terminal::columns(text))));
                    line.push_str(GAP);
                }
            }
            writeln!(out, "{}", line.trim_end())?;
        }
    }
    Ok(())
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let filter = args.filters.resolve(&schema)?;
    let collection = selection::load(cx, &schema)?;
    let mut entries = selection::select(&collection, &filter);
    sort(&mut entries, args.sort);
    if args.reverse {
        entries.reverse();
    }
    let mut out = Out::new();
    match args.format {
        Format::Table => {
            if entries.is_empty() {
                if !cx.quiet {
                    let note = if collection.entries.is_empty() {
                        practice::tr!("cmd-list-none-yet")
                    } else {
                        practice::tr!("cmd-list-none-match")
                    };
                    writeln!(std::io::stderr(), "{note}")?;
                }
            } else {
                table(&mut out, &schema, &entries, width(args.width))?;
                if !cx.quiet {
                    let count = practice::tr!("cmd-list-count", count = entries.len());
                    writeln!(out, "{count}")?;
                }
            }
        }
        Format::Json => {
            let records: Vec<Record<'_>> = entries.iter().map(|e| Record::new(e, false)).collect();
            serde_json::to_writer_pretty(&mut out, &records)?;
            writeln!(out)?;
        }
        Format::Csv => {
            // The export's defaults (byte order mark, `;`): `list --format csv > x.csv` is
            // what people open in a spreadsheet.
            let options = CsvOptions {
                delimiter: args.csv_delimiter,
                ..CsvOptions::default()
            };
            write_csv(&entries, &schema, options, &mut out)?;
        }
    }
    out.finish()?;
    Ok(ExitCode::SUCCESS)
}
