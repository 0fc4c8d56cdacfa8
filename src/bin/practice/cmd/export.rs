//! `practice export --out PATH [filters] [--query Q]`: write a bundle (zip, or a folder when PATH ends
//! with `/`) of the selected practices for municipalities and partners. Without `--status`,
//! only published practices go out: a bundle leaves the house, drafts should not.

use std::collections::HashSet;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use practice::export::{Layout, News, Request, export};
use practice::index::SearchRequest;

use super::Context;
use super::filter_args::FilterArgs;
use super::{search, selection};
use crate::progress::Bar;

/// A progress bar is worth drawing from this many files on.
const BAR_FROM_FILES: u64 = 200;

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The bundle to write: a `.zip` file, or a folder when PATH ends with `/`.
    #[arg(long, short, value_name = "PATH")]
    out: PathBuf,
    #[command(flatten)]
    filters: FilterArgs,
    /// Replace an existing bundle at PATH: only one `practice export` wrote (its manifest.json
    /// says so) that holds no other files; anything else is refused.
    #[arg(long)]
    force: bool,
    /// Field separator of practices.csv: one ASCII character, or `tab`.
    #[arg(long, value_name = "CHAR", default_value = ";", value_parser = parse_delimiter)]
    csv_delimiter: u8,
    /// Only practices that match this full-text query, as `practice search` understands it
    /// (updates the search index first when files changed).
    #[arg(long, value_name = "Q")]
    query: Option<String>,
    /// Add a "Nieuw sinds …" section to the brochure: the exported practices added, changed or
    /// moved to another status since this git ref or date (YYYY-MM-DD). (`--since YEAR` is the
    /// start-year filter.)
    #[arg(long, value_name = "REF|DATE")]
    changed_since: Option<String>,
}

/// `;`, `,`, `|`, `tab`, `\t`: one ASCII character that cannot be part of a quoted cell.
pub(crate) fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            [b] if b.is_ascii_punctuation() || *b == b' ' => {
                if *b == b'"' {
                    Err(practice::tr!("cmd-export-delimiter-quote"))
                } else {
                    Ok(*b)
                }
            }
            _ => Err(practice::tr!("cmd-export-delimiter-invalid", value = text)),
        },
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let prepare = || {
        let schema = cx.schema()?;
        let filter = args
            .filters
            .resolve_or(&schema, schema.exported_statuses())?;
        let collection = selection::load(cx, &schema)?;
        Ok((schema, (filter, collection)))
    };
    let (schema, (filter, collection), hits) = match &args.query {
        // The index checks its files while the collection loads.
        Some(query) => {
            let answer = search::open::query(cx, prepare, |i, _, (filter, collection)| {
                i.search(&SearchRequest {
                    query,
                    filter,
                    limit: collection.entries.len().max(1),
                    facets: false,
                })
            })?;
            let hits: HashSet<String> = answer.answer.hits.into_iter().map(|h| h.id).collect();
            (answer.schema, answer.prepared, Some(hits))
        }
        None => {
            let (schema, prepared) = prepare()?;
            (schema, prepared, None)
        }
    };
    let mut entries = selection::select(&collection, &filter);
    if let Some(hits) = hits {
        entries.retain(|e| hits.contains(&e.practice.id));
    }
    if entries.is_empty() {
        // By label, as editors know them ("Gepubliceerd"), as `stats` names them.
        let statuses = schema.status_labels(&filter.statuses);
        anyhow::bail!(
            "{}",
            if args.filters.statuses.is_empty() {
                practice::tr!("cmd-error-export-none-published", statuses = &statuses)
            } else {
                practice::tr!("cmd-error-export-none", statuses = &statuses)
            }
        );
    }
    selection::warn_invalid(cx, &entries)?;
    let news = match &args.changed_since {
        Some(since) => {
            let changes = practice::changes::since(&cx.root, &collection, &schema, since)?;
            Some(News {
                since: changes.since,
                commit: changes.commit,
                commit_date: changes.commit_date,
                practices: changes
                    .changes
                    .into_iter()
                    .filter(|c| c.kind != practice::changes::Kind::Removed)
                    .map(|c| (c.id, c.kind))
                    .collect(),
            })
        }
        None => None,
    };
    let request = Request {
        out: args.out.clone(),
        force: args.force,
        csv_delimiter: args.csv_delimiter,
        filters: filter,
        query: args.query.clone(),
        news,
    };
    let progress = Bar::new(
        cx,
        &practice::tr!("cmd-progress-exporting"),
        &practice::tr!("cmd-progress-files"),
        BAR_FROM_FILES,
    );
    let outcome = export(&cx.root, &schema, &entries, &request, &progress);
    progress.end();
    let outcome = outcome?;
    warn_bundle(
        outcome.skipped_practices.iter().chain(&outcome.skipped),
        &outcome.provenance,
    )?;
    if !cx.quiet {
        let line = practice::tr!(
            "cmd-export-wrote",
            practices = outcome.practices,
            files = outcome.files,
            path = outcome.path.display().to_string(),
            kind = kind(outcome.layout)
        );
        writeln!(std::io::stdout().lock(), "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// "zip-bestand" or "map": what a bundle was written as, in the reader's words.
pub(crate) fn kind(layout: Layout) -> String {
    match layout {
        Layout::Zip => practice::tr!("cmd-export-kind-zip"),
        Layout::Directory => practice::tr!("cmd-export-kind-folder"),
    }
}

/// Says on stderr what a bundle left out, and that it holds uncommitted changes its manifest's
/// commit does not; shared by `export` and `outreach`.
pub(crate) fn warn_bundle<'a>(
    skipped: impl Iterator<Item = &'a practice::export::Skipped>,
    provenance: &practice::export::Provenance,
) -> std::io::Result<()> {
    let mut err = std::io::stderr().lock();
    let warning = practice::tr!("severity-warning");
    for s in skipped {
        let line = practice::tr!(
            "cmd-export-left-out",
            path = crate::output::safe(&s.path).into_owned(),
            reason = crate::output::safe(&s.reason).into_owned()
        );
        writeln!(err, "{warning}: {line}")?;
    }
    if provenance.git_dirty == Some(true) {
        let commit = provenance
            .git_commit
            .as_deref()
            .map_or("", |c| &c[..c.len().min(10)]);
        let line = practice::tr!("cmd-export-uncommitted", commit = commit);
        writeln!(err, "{warning}: {line}")?;
    }
    Ok(())
}
