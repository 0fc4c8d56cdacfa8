//! `practice validate [PATH...]`: check practices and report findings, for editors (human
//! output) and CI (JSON, GitHub annotations, SARIF, JUnit; `--changed` for pull requests).

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use practice::diagnostic::Severity;
use practice::validate::{Scope, validate_scope};

use super::Context;
use crate::output::{self, Format};

/// Arguments of `validate`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Files or folders to report on (default: the whole collection). Cross-file checks always
    /// consider the whole collection.
    #[arg(value_name = "PATH", conflicts_with = "changed")]
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail (exit 1) on warnings too.
    #[arg(long)]
    strict: bool,
    /// Report only practices added or modified since the merge base with `--base` (git), and
    /// those that still reference a deleted practice.
    #[arg(long)]
    changed: bool,
    /// The ref to compare with for `--changed` (default: `origin/main`, else `main`).
    #[arg(long, value_name = "REF", requires = "changed")]
    base: Option<String>,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let today = super::today();
    let scope = if args.changed {
        let changes = practice::git::changed_since(&cx.root, args.base.as_deref())?;
        Scope::Changed {
            changed: changes.changed,
            deleted: changes.deleted,
        }
    } else if args.paths.is_empty() {
        Scope::All
    } else {
        Scope::Paths(args.paths.clone())
    };
    let report = validate_scope(&cx.root, &schema, &scope, today)?;
    // Annotations must name files relative to the repository, which may hold the collection in
    // a sub-folder.
    let prefix = match args.format {
        Format::Github | Format::Sarif => practice::git::toplevel(&cx.root)
            .ok()
            .and_then(|top| top.canonicalize().ok())
            .and_then(|top| {
                cx.root
                    .strip_prefix(top)
                    .ok()
                    .map(|p| practice::collection::relative_name(std::path::Path::new(""), p))
            })
            .filter(|p| !p.is_empty())
            .map(|p| format!("{p}/"))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let options = output::Options {
        color: cx.color,
        quiet: cx.quiet,
        prefix: &prefix,
        strict: args.strict,
    };
    let mut stdout = super::stdout();
    output::render(&report, args.format, &options, &mut stdout)?;
    stdout.flush()?;
    let failed =
        report.count(Severity::Error) > 0 || (args.strict && report.count(Severity::Warning) > 0);
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
