//! `practice completions SHELL`: shell completion scripts generated from the clap definitions.
//! Needs no collection.

use std::process::ExitCode;

use clap_complete::Shell;

/// Arguments of `completions`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Install, for example:\n  \
    bash:       practice completions bash > ~/.local/share/bash-completion/completions/practice\n  \
    zsh:        practice completions zsh > ~/.zfunc/_practice   (with fpath+=~/.zfunc in ~/.zshrc)\n  \
    fish:       practice completions fish > ~/.config/fish/completions/practice.fish\n  \
    powershell: practice completions powershell >> $PROFILE")]
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
