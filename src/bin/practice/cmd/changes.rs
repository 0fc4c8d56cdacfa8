//! `practice changes --since REF|DATE`: the practices added, changed, moved to another status,
//! archived or removed since a git ref or a date (from [`practice::changes`]), uncommitted
//! changes included.

use std::io::Write;
use std::process::ExitCode;

use practice::changes::{Kind, since};
use practice::present;

use super::Context;
use super::selection;

/// Output formats of `changes`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(crate) enum Format {
    /// Lists per kind of change.
    Human,
    /// One JSON object.
    Json,
}

/// Arguments of `changes`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// A git ref (tag, branch, commit) or a date (YYYY-MM-DD: the last commit before that day).
    #[arg(long, value_name = "REF|DATE")]
    since: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

/// The heading of a kind of change, in the reader's language.
pub(crate) fn heading(kind: Kind) -> String {
    match kind {
        Kind::Added => practice::tr!("cmd-changes-added"),
        Kind::Status => practice::tr!("cmd-changes-status"),
        Kind::Archived => practice::tr!("cmd-changes-archived"),
        Kind::Changed => practice::tr!("cmd-changes-changed"),
        Kind::Removed => practice::tr!("cmd-changes-removed"),
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let collection = selection::load(cx, &schema)?;
    let changes = since(&cx.root, &collection, &schema, &args.since)?;
    let mut out = super::stdout();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &changes)?;
            writeln!(out)?;
        }
        Format::Human => {
            let since = crate::output::safe(&changes.since).into_owned();
            let title = match (&changes.commit, &changes.commit_date) {
                (Some(commit), Some(date)) => practice::tr!(
                    "cmd-changes-since",
                    since = since,
                    commit = &commit[..commit.len().min(10)],
                    date = date
                ),
                _ => practice::tr!("cmd-changes-since-start", since = since),
            };
            writeln!(out, "{title}")?;
            if changes.changes.is_empty() {
                writeln!(out, "\n{}", practice::tr!("cmd-changes-none"))?;
            }
            let mut current = None;
            for change in &changes.changes {
                if current != Some(change.kind) {
                    let n = changes
                        .changes
                        .iter()
                        .filter(|c| c.kind == change.kind)
                        .count();
                    writeln!(out, "\n{} ({n})", heading(change.kind))?;
                    current = Some(change.kind);
                }
                write!(out, "  {}  {}", change.id, change.title)?;
                if let (Kind::Status | Kind::Archived, Some(from), Some(to)) =
                    (change.kind, &change.from, &change.to)
                {
                    write!(
                        out,
                        "  ({} → {})",
                        present::status(&schema, from),
                        present::status(&schema, to)
                    )?;
                }
                writeln!(out)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
