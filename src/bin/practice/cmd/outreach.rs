//! `practice outreach MUNICIPALITY`: the published practices of other municipalities that suit
//! one municipality, nearby first, each with the reasons it was chosen (ranking in
//! [`practice::outreach`]). `practice outreach --unreached --out DIR/` writes one small bundle
//! per municipality that has no practice of its own and took none over, plus an index.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use practice::export::{Letter, OutreachRequest, Quiet, outreach};
use practice::filter::Filter;
use practice::model::Entry;
use practice::outreach::{Pick, rank, unreached};
use practice::schema::{Lookup, Municipality};
use serde::Serialize;

use super::Context;
use super::export::parse_delimiter;
use super::selection;

/// Output formats of `outreach`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A numbered list with the reasons.
    Human,
    /// One JSON object.
    Json,
}

/// Arguments of `outreach`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The municipality: its name or NIS code (a pre-2025 one means its successor).
    #[arg(
        value_name = "MUNICIPALITY",
        required_unless_present = "unreached",
        conflicts_with = "unreached"
    )]
    municipality: Option<String>,
    /// For every municipality without a practice of its own or taken over: write a bundle
    /// addressed to it (brochure and CSV) into --out, with an index.
    #[arg(long, requires = "out")]
    unreached: bool,
    /// Where --unreached writes: a folder when PATH ends with `/`, else a zip.
    #[arg(long, short, value_name = "PATH", requires = "unreached")]
    out: Option<PathBuf>,
    /// Replace an existing outreach bundle at --out (only one this tool wrote).
    #[arg(long, requires = "out")]
    force: bool,
    /// Most practices per municipality.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 10)]
    limit: usize,
    /// Output format (for one municipality).
    #[arg(long, value_enum, default_value_t = Format::Human, conflicts_with = "unreached")]
    format: Format,
    /// Field separator of the CSV files: one ASCII character, or `tab`.
    #[arg(long, value_name = "CHAR", default_value = ";", value_parser = parse_delimiter)]
    csv_delimiter: u8,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let collection = selection::load(cx, &schema)?;
    // Only what the curators stand behind goes out: published, and valid.
    let published: Vec<&Entry> = collection
        .entries
        .iter()
        .filter(|e| schema.is_top_status(&e.practice.status))
        .collect();
    let invalid: Vec<&str> = published
        .iter()
        .filter(|e| !e.valid)
        .map(|e| e.practice.id.as_str())
        .collect();
    if !invalid.is_empty() && !cx.quiet {
        let ids: Vec<String> = invalid
            .iter()
            .map(|id| crate::output::safe(id).into_owned())
            .collect();
        writeln!(
            std::io::stderr().lock(),
            "{}: {}",
            practice::tr!("severity-warning"),
            practice::tr!(
                "cmd-outreach-invalid",
                count = invalid.len(),
                ids = ids.join(", ")
            )
        )?;
    }
    let entries: Vec<&Entry> = published.into_iter().filter(|e| e.valid).collect();
    match (&args.municipality, &args.out) {
        (Some(input), _) => one(args, cx, &schema, &entries, input),
        (None, Some(out)) => {
            // Reached means what `stats` counts: a practice in any status but archived, its
            // own or taken over. A municipality with a draft is already in touch.
            let shown = schema.shown_statuses();
            let counted: Vec<&Entry> = collection
                .entries
                .iter()
                .filter(|e| shown.contains(&e.practice.status))
                .collect();
            let targets = unreached(&counted, &schema);
            bundles(args, cx, &schema, &entries, targets, out)
        }
        (None, None) => anyhow::bail!("{}", practice::tr!("cmd-error-outreach-what")),
    }
}

/// The 2025 municipality `input` names, with a note when it is a former one.
fn municipality<'s>(
    cx: &Context,
    schema: &'s practice::schema::Schema,
    input: &str,
) -> anyhow::Result<&'s Municipality> {
    let nis = Filter::resolve_municipality(schema, input)?;
    if let Lookup::Legacy { old, successor } = schema.municipalities.lookup(input)
        && !cx.quiet
    {
        writeln!(
            std::io::stderr().lock(),
            "{}",
            practice::tr!(
                "cmd-outreach-merged",
                old = &old.name,
                successor = &successor.name,
                nis = &successor.nis
            )
        )?;
    }
    schema
        .municipalities
        .by_nis(&nis)
        .with_context(|| practice::tr!("cmd-error-outreach-no-nis", nis = &nis))
}

#[derive(Serialize)]
struct JsonPick<'a> {
    id: &'a str,
    title: &'a str,
    path: &'a str,
    municipalities: Vec<&'a str>,
    #[serde(flatten)]
    pick: &'a Pick<'a>,
    /// The reasons as sentences in the reader's language, in the order of `reasons`.
    why: Vec<String>,
}

fn one(
    args: &Args,
    cx: &Context,
    schema: &practice::schema::Schema,
    entries: &[&Entry],
    input: &str,
) -> anyhow::Result<ExitCode> {
    let to = municipality(cx, schema, input)?;
    let mut picks = rank(entries, schema, to);
    picks.truncate(args.limit);
    let own = entries
        .iter()
        .filter(|e| e.places.iter().any(|p| p.nis == to.nis))
        .count();
    let adopted = entries
        .iter()
        .filter(|e| e.adopters.iter().any(|p| p.nis == to.nis))
        .count();
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "municipality": {
                    "nis": to.nis,
                    "name": to.name,
                    "province": to.province,
                    "arrondissement": to.arrondissement,
                },
                "own_practices": own,
                "adopted_practices": adopted,
                "practices": picks.iter().map(|p| JsonPick {
                    id: &p.entry.practice.id,
                    title: &p.entry.practice.title,
                    path: &p.entry.path,
                    municipalities: p.entry.places.iter().map(|pl| pl.name.as_str()).collect(),
                    pick: p,
                    why: p.reasons.iter().map(|r| r.text(&to.name)).collect(),
                }).collect::<Vec<_>>(),
            });
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        Format::Human => {
            let heading = practice::tr!(
                "cmd-outreach-heading",
                name = &to.name,
                nis = &to.nis,
                arrondissement = &to.arrondissement,
                province = &to.province
            );
            writeln!(out, "{heading}")?;
            let has = practice::tr!(
                "cmd-outreach-has",
                name = &to.name,
                own = own,
                adopted = adopted
            );
            writeln!(out, "{has}")?;
            if picks.is_empty() {
                writeln!(out, "\n{}", practice::tr!("cmd-outreach-none"))?;
            }
            for (i, p) in picks.iter().enumerate() {
                let e = p.entry;
                let places: Vec<&str> = e.places.iter().map(|pl| pl.name.as_str()).collect();
                writeln!(
                    out,
                    "\n{:>2}. {} ({})\n    {}",
                    i + 1,
                    e.practice.title,
                    e.practice.id,
                    places.join(", ")
                )?;
                for reason in &p.reasons {
                    writeln!(out, "    - {}", reason.text(&to.name))?;
                }
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn bundles(
    args: &Args,
    cx: &Context,
    schema: &practice::schema::Schema,
    entries: &[&Entry],
    targets: Vec<&Municipality>,
    out: &std::path::Path,
) -> anyhow::Result<ExitCode> {
    if targets.is_empty() {
        if !cx.quiet {
            writeln!(
                std::io::stdout().lock(),
                "{}",
                practice::tr!("cmd-outreach-all-reached")
            )?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    let letters: Vec<Letter<'_>> = targets
        .into_iter()
        .map(|m| {
            let mut picks = rank(entries, schema, m);
            picks.truncate(args.limit);
            Letter {
                municipality: m,
                picks,
            }
        })
        .collect();
    let request = OutreachRequest {
        out: out.to_owned(),
        force: args.force,
        csv_delimiter: args.csv_delimiter,
    };
    let outcome = outreach(&cx.root, schema, &letters, &request, &Quiet)?;
    // Names from practices are made safe for the terminal, as `export` does.
    super::export::warn_bundle(outcome.skipped_practices.iter(), &outcome.provenance)?;
    if !cx.quiet {
        let line = practice::tr!(
            "cmd-outreach-wrote",
            municipalities = letters.len(),
            practices = outcome.practices,
            files = outcome.files,
            path = outcome.path.display().to_string(),
            kind = super::export::kind(outcome.layout)
        );
        writeln!(std::io::stdout().lock(), "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}
