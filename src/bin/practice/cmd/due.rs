//! `practice due`: what needs attention (stale assessments, ended periods, missing contacts,
//! broken links; found by [`practice::due`]), most urgent first. Exit 1 when something is due,
//! so that a scheduled CI job can open an issue; 0 when nothing is.

use std::io::Write;
use std::process::ExitCode;

use practice::due::{Item, due};

use super::Context;
use super::selection;

/// Output formats of `due`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// A list for reading.
    Human,
    /// One JSON object.
    Json,
}

/// Arguments of `due`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Also list what falls due within this many days.
    #[arg(long, value_name = "DAYS", default_value_t = 0)]
    within: u32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// `sinds 2024-10-01 (426 dagen)`, `nu`, `over 12 dagen (2026-12-14)`.
fn when(item: &Item) -> String {
    match (&item.date, item.days) {
        (Some(date), 0) => practice::tr!("cmd-due-today", date = date.to_string()),
        (Some(date), d) if d > 0 => {
            practice::tr!("cmd-due-since", date = date.to_string(), days = d)
        }
        (Some(date), d) => practice::tr!("cmd-due-in", date = date.to_string(), days = -d),
        (None, _) => practice::tr!("cmd-due-now"),
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let collection = selection::load(cx, &schema)?;
    let today = super::today();
    let entries: Vec<_> = collection.entries.iter().collect();
    let items = due(&cx.root, &schema, &entries, today, args.within)?;
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            let json = serde_json::json!({
                "today": today.to_string(),
                "within_days": args.within,
                "count": items.len(),
                "items": items,
            });
            serde_json::to_writer_pretty(&mut out, &json)?;
            writeln!(out)?;
        }
        Format::Human if items.is_empty() => {
            if !cx.quiet {
                writeln!(out, "{}", practice::tr!("cmd-due-nothing"))?;
            }
        }
        Format::Human => {
            writeln!(
                out,
                "{}",
                practice::tr!("cmd-due-count", count = items.len())
            )?;
            for item in &items {
                writeln!(
                    out,
                    "\n{}: {} ({})\n    {}",
                    when(item),
                    item.id,
                    item.path,
                    item.message
                )?;
            }
        }
    }
    out.flush()?;
    Ok(if items.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
