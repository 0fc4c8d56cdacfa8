//! The outreach bundle: for each municipality a small folder addressed to it (a brochure of the
//! practices chosen for it, each with the reasons, and their CSV, both in the export's format),
//! plus an index page and a CSV of every municipality for a mail merge, and one manifest.
//!
//! It is one bundle as far as writing goes: the same checks of the output path, the same
//! temporary name and rename, the same `--force` rules, and byte-identical output for the same
//! collection, because it goes through the same [`writer`](super::writer).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use super::html::{self, escape};
use super::{
    Addressee, Context, ExportError, Format, Outcome, Progress, Provenance, Request, csv, manifest,
    sources, target, writer,
};
use crate::add::slug::slugify;
use crate::filter::Filter;
use crate::model::Entry;
use crate::outreach::Pick;
use crate::schema::{Municipality, Schema};

/// One municipality and the practices chosen for it, best first.
#[derive(Debug)]
pub struct Letter<'a> {
    /// The municipality.
    pub municipality: &'a Municipality,
    /// The practices chosen for it.
    pub picks: Vec<Pick<'a>>,
}

/// How to write an outreach bundle.
#[derive(Debug, Clone)]
pub struct OutreachRequest {
    /// The bundle: a folder when the path ends with `/`, else a zip.
    pub out: PathBuf,
    /// Replace an existing bundle at `out` (one this tool wrote).
    pub force: bool,
    /// Field separator of the CSV files.
    pub csv_delimiter: u8,
}

/// The folder of a municipality inside the bundle: `41002-aalst`.
pub fn folder(m: &Municipality) -> String {
    format!("{}-{}", m.nis, slugify(&m.name))
}

/// Writes the outreach bundle of `letters` (in the order given) for the collection at `root`.
pub fn outreach(
    root: &Path,
    schema: &Schema,
    letters: &[Letter<'_>],
    request: &OutreachRequest,
    progress: &dyn Progress,
) -> Result<Outcome, ExportError> {
    let target = target::check(root, &request.out, request.force)?;
    let real_root = root.canonicalize().map_err(ExportError::io(root))?;
    // Every practice sent to anyone, once, in id order: what the manifest vouches for.
    let mut union: Vec<&Entry> = letters
        .iter()
        .flat_map(|l| l.picks.iter().map(|p| p.entry))
        .collect();
    union.sort_by(|a, b| a.practice.id.cmp(&b.practice.id).then(a.path.cmp(&b.path)));
    union.dedup_by(|a, b| std::ptr::eq(*a, *b));
    let (admitted, skipped_practices) = super::admit(root, &union);
    let roots = sources::Roots {
        base: root,
        real: &real_root,
    };
    let originals = sources::read(roots, &admitted)?;
    let provenance = Provenance::of(&real_root);
    let base = Request {
        out: request.out.clone(),
        force: request.force,
        csv_delimiter: request.csv_delimiter,
        filters: Filter {
            statuses: schema.exported_statuses(),
            ..Filter::default()
        },
        query: None,
        news: None,
    };
    let mut files: Vec<writer::File> = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    for letter in letters {
        let entries: Vec<&Entry> = letter
            .picks
            .iter()
            .map(|p| p.entry)
            .filter(|e| admitted.iter().any(|a| std::ptr::eq(*a, *e)))
            .collect();
        let dir = folder(letter.municipality);
        let addressee = Addressee {
            name: letter.municipality.name.clone(),
            reasons: letter
                .picks
                .iter()
                .map(|p| {
                    let texts = p
                        .reasons
                        .iter()
                        .map(|r| r.text_in(crate::i18n::Lang::Nl, &letter.municipality.name))
                        .collect();
                    (p.entry.practice.id.clone(), texts)
                })
                .collect(),
        };
        // A letter's brochure stands alone: no sources or attachments travel with it, so its
        // links to them keep only their text.
        let cx = Context {
            schema,
            entries: &entries,
            sources: &[],
            provenance: &provenance,
            request: &base,
            skipped: &[],
            skipped_practices: &[],
            attachments: &[],
            files: &[],
            addressee: Some(&addressee),
        };
        files.push(writer::File::bytes(
            &format!("{dir}/index.html"),
            html::Brochure.render(&cx),
        ));
        files.push(writer::File::bytes(
            &format!("{dir}/practices.csv"),
            csv::Csv.render(&cx),
        ));
        rows.push(Row {
            municipality: letter.municipality,
            folder: dir,
            practices: entries.len(),
        });
    }
    files.push(writer::File::bytes("index.html", index_html(&rows)));
    files.push(writer::File::bytes(
        "gemeenten.csv",
        index_csv(&rows, request.csv_delimiter),
    ));
    let mut names: Vec<String> = files.iter().map(|f| f.name.clone()).collect();
    names.sort();
    let cx = Context {
        schema,
        entries: &admitted,
        sources: &originals.bytes,
        provenance: &provenance,
        request: &base,
        skipped: &[],
        skipped_practices: &skipped_practices,
        attachments: &[],
        files: &names,
        addressee: None,
    };
    files.push(writer::File::bytes(
        manifest::NAME,
        manifest::Manifest.render(&cx),
    ));
    files.sort_by(|a, b| a.name.cmp(&b.name));
    let count = files.len();
    progress.start(count as u64);
    writer::write(
        &target,
        files,
        request.force,
        progress,
        writer::entry_date(provenance.git_timestamp),
    )?;
    Ok(Outcome {
        path: target.path,
        layout: target.layout,
        practices: admitted.len(),
        files: count,
        skipped: Vec::new(),
        skipped_practices,
        provenance,
    })
}

/// One line of the index.
struct Row<'a> {
    municipality: &'a Municipality,
    folder: String,
    practices: usize,
}

/// The index page: every municipality with a link to its brochure, grouped by province.
fn index_html(rows: &[Row<'_>]) -> Vec<u8> {
    let mut by_province: BTreeMap<&str, Vec<&Row<'_>>> = BTreeMap::new();
    for row in rows {
        by_province
            .entry(&row.municipality.province)
            .or_default()
            .push(row);
    }
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Praktijken per gemeente</title>\n<style>\n{}</style>\n</head>\n<body>\n\
         <header class=\"cover\">\n<h1>Praktijken per gemeente</h1>\n<p class=\"lead\">{} \
         {} zonder eigen of overgenomen praktijk, elk met een brochure van praktijken die bij \
         haar passen.</p>\n</header>\n",
        html::CSP,
        html::CSS,
        rows.len(),
        if rows.len() == 1 {
            "gemeente"
        } else {
            "gemeenten"
        }
    );
    for (province, rows) in by_province {
        let _ = write!(
            out,
            "<section class=\"overview\">\n<h2>{}</h2>\n<table>\n<thead><tr><th>Gemeente</th>\
             <th>NIS-code</th><th>Arrondissement</th><th>Praktijken</th></tr></thead>\n<tbody>\n",
            escape(province)
        );
        for row in rows {
            let m = row.municipality;
            let _ = writeln!(
                out,
                "<tr><td><a href=\"{}/index.html\">{}</a></td><td>{}</td><td>{}</td><td>{}</td>\
                 </tr>",
                escape(&row.folder),
                escape(&m.name),
                escape(&m.nis),
                escape(&m.arrondissement),
                row.practices
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out.into_bytes()
}

/// The municipalities as CSV, for a mail merge: where each one's brochure is.
fn index_csv(rows: &[Row<'_>], delimiter: u8) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(::csv::Terminator::CRLF)
        .from_writer(&mut out);
    let _ = writer.write_record([
        "NIS-code",
        "Gemeente",
        "Provincie",
        "Arrondissement",
        "Praktijken",
        "Brochure",
        "CSV",
    ]);
    for row in rows {
        let m = row.municipality;
        let _ = writer.write_record([
            m.nis.as_str(),
            &csv::neutralise(&m.name),
            &m.province,
            &m.arrondissement,
            &row.practices.to_string(),
            &format!("{}/index.html", row.folder),
            &format!("{}/practices.csv", row.folder),
        ]);
    }
    let _ = writer.flush();
    drop(writer);
    out
}
