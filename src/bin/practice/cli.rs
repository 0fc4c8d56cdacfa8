//! Command-line definition (clap): the global flags every subcommand shares and the
//! subcommands, each with its own `Args` in `cmd/`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::cmd;

/// Curate the collection of good practices of Flemish local governments on civic integration
/// and living together in diversity.
#[derive(Debug, Parser)]
#[command(
    name = "practice",
    version,
    propagate_version = true,
    max_term_width = 100
)]
pub(crate) struct Cli {
    #[command(flatten)]
    pub(crate) global: Global,
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Flags accepted by every subcommand.
#[derive(Debug, Args)]
pub(crate) struct Global {
    /// Collection root (holds `schema/` and `practices/`); default: the first such folder at or
    /// above the current directory.
    #[arg(long, global = true, value_name = "DIR", env = "PRACTICE_ROOT")]
    pub(crate) root: Option<PathBuf>,
    /// When to use colours; `NO_COLOR` turns them off in `auto`.
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub(crate) color: ColorChoice,
    /// Print only what matters: findings and errors, no summaries or hints.
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
}

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum ColorChoice {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check practices against the format in `schema/` (exit 0 valid, 1 errors, 2 failure).
    Validate(cmd::validate::Args),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
