//! Command-line definition (clap): the global flags every subcommand shares and the
//! subcommands, each with its own `Args` in `cmd/`.

use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use practice::i18n::Lang;

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
    /// Language of messages and help: nl or en (default: the collection's, named in
    /// `schema/rules.yaml`).
    #[arg(long, global = true, value_name = "LANG", env = "PRACTICE_LANG", value_parser = language)]
    pub(crate) lang: Option<Lang>,
}

/// Reads `--lang` as people write it (`nl`, `nl_BE.UTF-8`, `Engels`).
fn language(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| practice::tr!("cli-unknown-language", value = text))
}

/// The language asked for before the arguments are parsed, so `--help` and the parser's own
/// messages come in it: `--lang X` or `--lang=X` anywhere, else `PRACTICE_LANG`.
pub(crate) fn early_language() -> Option<Lang> {
    let mut args = std::env::args_os().skip(1);
    while let Some(arg) = args.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Lang::parse(value);
        }
        if arg == "--lang" {
            return args.next().and_then(|v| Lang::parse(&v.to_string_lossy()));
        }
    }
    std::env::var("PRACTICE_LANG")
        .ok()
        .and_then(|v| Lang::parse(&v))
}

/// The command line, with its help in the current language: the catalogue's `help-<command>`
/// replaces a subcommand's summary, `help-<command>--<flag>` a flag's help
/// (`help---<flag>` for the global flags) and `cmd-<command>-after-help` the text under it.
/// Where the catalogue has no entry, the English text of the definition below stays, but a test
/// makes sure it has one for every summary and flag. The catalogue is also where a flag shared
/// by several commands gets its own words in one of them (`export --status` takes only
/// published practices by default).
pub(crate) fn command() -> clap::Command {
    let mut command = Cli::command();
    if let Some(about) = lookup("help-about") {
        command = command.about(about);
    }
    command = localise_args(command, "");
    command = headings(command);
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        command = command.mut_subcommand(&name, |sub| {
            let sub = match lookup(&format!("help-{name}")) {
                Some(about) => sub.about(about),
                None => sub,
            };
            // The text under a subcommand's help (how to install, where to read more).
            let sub = match lookup(&format!("cmd-{name}-after-help")) {
                Some(after) => sub.after_help(after),
                None => sub,
            };
            headings(localise_args(sub, &name))
        });
    }
    command
}

/// Parses the command line with the help of [`command`]; `main` reports a mistake.
pub(crate) fn parse() -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches()?;
    Cli::from_arg_matches(&matches)
}

/// The headings clap writes itself (`Usage:`, `Options:`, `-h, --help`), from the catalogue.
/// clap has no translation of its own; these are the parts it lets a program set.
fn headings(command: clap::Command) -> clap::Command {
    use clap::{Arg, ArgAction};
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        practice::tr!("help-usage")
    );
    let options = practice::tr!("help-options");
    let arguments = practice::tr!("help-arguments");
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(practice::tr!("help-commands"))
        .disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(practice::tr!("help-help")),
        );
    if command.get_version().is_some() {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(practice::tr!("help-version")),
        );
    }
    // A group's own heading is looked up by its English words: `help-heading-fields-for-review`.
    let ids: Vec<(String, String)> = command
        .get_arguments()
        .map(|a| {
            let heading = match a.get_help_heading() {
                Some(own) => {
                    let slug = own
                        .to_lowercase()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join("-");
                    lookup(&format!("help-heading-{slug}")).unwrap_or_else(|| own.to_owned())
                }
                None if a.is_positional() => arguments.clone(),
                None => options.clone(),
            };
            (a.get_id().to_string(), heading)
        })
        .collect();
    for (id, heading) in ids {
        command = command.mut_arg(&id, |a| a.help_heading(heading));
    }
    command
}

/// Gives each flag of `command` its help from the catalogue (`help-<prefix>--<flag>`).
///
/// clap adds to a flag's help, in English words of its own, its possible values with their
/// descriptions (`Possible values:`), its default (`[default: human]`) and its environment
/// variable (`[env: PRACTICE_ROOT=]`), and lets a program neither translate nor reword them.
/// So where the catalogue gives the help, clap's additions are hidden and the catalogue's text
/// names the values, the default and the variable itself, in the reader's language. The flag
/// still takes and checks the same values, and shell completion still offers them.
fn localise_args(mut command: clap::Command, prefix: &str) -> clap::Command {
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        if let Some(help) = lookup(&format!("help-{prefix}--{}", id.replace('_', "-"))) {
            command = command.mut_arg(&id, |a| {
                // clap only allows hiding values and defaults on a flag that takes a value.
                let takes_value = a.get_action().takes_values();
                a.help(help)
                    .hide_possible_values(takes_value)
                    .hide_default_value(takes_value)
                    .hide_env(true)
            });
        }
    }
    command
}

/// A catalogue text, or none when the catalogue does not have `id`.
fn lookup(id: &str) -> Option<String> {
    let text = practice::i18n::text(id, &[]);
    (text != id).then_some(text)
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
        for lang in practice::i18n::Lang::ALL {
            practice::i18n::set_language(lang);
            super::command().debug_assert();
        }
    }

    /// Every subcommand's summary, every flag's help and every after-help text is in both
    /// catalogues, so `--help` never falls back to the English of the definition.
    #[test]
    fn every_help_text_is_in_both_catalogues() {
        use practice::i18n::{Lang, text_in};
        let command = super::Cli::command();
        let mut wanted = vec!["help-about".to_owned()];
        for arg in command.get_arguments() {
            wanted.push(format!(
                "help---{}",
                arg.get_id().as_str().replace('_', "-")
            ));
        }
        for sub in command.get_subcommands() {
            let name = sub.get_name();
            wanted.push(format!("help-{name}"));
            if sub.get_after_help().is_some() {
                wanted.push(format!("cmd-{name}-after-help"));
            }
            for arg in sub.get_arguments().filter(|a| !a.is_global_set()) {
                let id = arg.get_id().as_str().replace('_', "-");
                // Flags clap adds itself get their text from `help-help` and `help-version`.
                if id != "help" && id != "version" {
                    wanted.push(format!("help-{name}--{id}"));
                }
            }
        }
        let missing: Vec<String> = Lang::ALL
            .iter()
            .flat_map(|&lang| {
                wanted
                    .iter()
                    .filter(move |id| text_in(lang, id, &[]) == **id)
                    .map(move |id| format!("{}: {id}", lang.code()))
            })
            .collect();
        assert!(
            missing.is_empty(),
            "missing help texts:\n{}",
            missing.join("\n")
        );
    }
}
