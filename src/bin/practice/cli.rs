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
    /// List practices as a table sized to the terminal, or as JSON or CSV.
    List(cmd::list::Args),
    /// Show one practice: its fields with Dutch labels and its Markdown body.
    Show(cmd::show::Args),
    /// Write a bundle (zip, or a folder when PATH ends with `/`) of practices for
    /// municipalities and partners: manifest, JSON, CSV, NDJSON, an HTML brochure and the
    /// original files. Takes published practices only unless `--status` is given.
    #[command(mut_arg("statuses", |a| a.help("Status (repeatable; default: published only)")))]
    Export(cmd::export::Args),
    /// Count practices per status, province, theme and target group, and show which
    /// municipalities have no practice yet.
    Stats(cmd::stats::Args),
    /// The published practices that suit one municipality, nearby first, with the reasons; or
    /// with `--unreached --out DIR/` a bundle for every municipality without a practice.
    Outreach(cmd::outreach::Args),
    /// List what needs attention, most urgent first: stale assessments, ended periods, missing
    /// contacts, broken links (exit 1 when something is due, 0 when nothing is).
    Due(cmd::due::Args),
    /// List the practices added, changed, moved to another status, archived or removed since a
    /// git ref or a date, from git history (uncommitted changes included).
    Changes(cmd::changes::Args),
    /// Build or update the search index in `.practice/index/` (search does this by itself).
    Index(cmd::index::Args),
    /// Search the practices (Dutch-aware: accents, plurals, compounds, synonyms); exit 0 with
    /// hits, 1 without.
    Search(cmd::search::Args),
    /// List the practices most like a given one: inspiration, or a duplicate check.
    Similar(cmd::similar::Args),
    /// Create a practice that passes validation: asks in Dutch on a terminal, or takes flags
    /// (`--no-input` never asks; exit 1 if the id exists, 2 if required fields are missing).
    Add(Box<cmd::add::Args>),
    /// Open a practice in the editor ($VISUAL, $EDITOR, else a default), check it after saving,
    /// and offer to reopen, keep or undo when it has errors; edits are never lost.
    Edit(cmd::edit::Args),
    /// Move a practice to another status (draft, review, published, archived): says what it
    /// still needs, asks for it on a terminal, and changes the file only when it then passes.
    Status(cmd::status::Args),
    /// Print the format reference generated from `schema/` as Markdown, or with
    /// `--json-schema` the path of the JSON Schema for YAML tooling.
    Schema(cmd::schema::Args),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish).
    Completions(cmd::completions::Args),
    /// Print the man page (roff), or write one page per subcommand with `--out DIR`.
    Man(cmd::man::Args),
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
