//! `practice completions SHELL`: shell completion scripts generated from the clap definitions.
//! Needs no collection.

use std::process::ExitCode;

use clap_complete::Shell;

/// Arguments of `completions`. The text under its help (how to install a script) is
/// `cmd-completions-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The shell.
    #[arg(value_enum)]
    shell: Shell,
}

pub(crate) fn run(args: &Args) -> anyhow::Result<ExitCode> {
    let mut command = crate::cli::command();
    let mut out = std::io::stdout().lock();
    clap_complete::generate(args.shell, &mut command, "practice", &mut out);
    Ok(ExitCode::SUCCESS)
}
