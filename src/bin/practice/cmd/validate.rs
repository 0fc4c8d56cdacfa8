//! `practice validate [PATH...]`: check practices and report findings.

use std::path::PathBuf;
use std::process::ExitCode;

use practice::diagnostic::Severity;
use practice::validate::{Request, validate};

use super::Context;
use crate::output::{self, Format};

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders to report on (default: the whole collection). Cross-file checks always
    /// consider the whole collection.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    strict: bool,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let today = jiff::ZonedDateTime::now().date();
    let request = Request {
        paths: args.paths.clone(),
        today,
    };
    let report = validate(&cx.root, &schema, &request)?;
    let mut stdout = std::io::stdout().lock();
    output::render(&report, args.format, cx, &mut stdout)?;
    let failed =
        report.count(Severity::Error) > 0 || (args.strict && report.count(Severity::Warning) > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
