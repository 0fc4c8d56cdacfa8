//! One module per subcommand, plus the context they share: the resolved collection root, the
//! loaded schema and the output settings.

pub(crate) mod add;
pub(crate) mod changes;
pub(crate) mod completions;
pub(crate) mod due;
pub(crate) mod edit;
pub(crate) mod editor;
pub(crate) mod export;
pub(crate) mod filter_args;
pub(crate) mod index;
pub(crate) mod list;
pub(crate) mod man;
pub(crate) mod outreach;
pub(crate) mod schema;
pub(crate) mod search;
pub(crate) mod selection;
pub(crate) mod show;
pub(crate) mod similar;
pub(crate) mod stats;
pub(crate) mod status;
pub(crate) mod validate;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use practice::schema::Schema;

use crate::cli::{Cli, ColorChoice, Command};

/// The moment the command runs, from the machine's clock in its time zone: the one place that
/// reads the clock (the library takes the date or moment as a parameter, so tests fix it).
pub(crate) fn now() -> jiff::ZonedDateTime {
    jiff::ZonedDateTime::now()
}

/// Today's date, from [`now`].
pub(crate) fn today() -> jiff::civil::Date {
    now().date()
}

/// What every subcommand receives after the global flags are resolved.
pub(crate) struct Context {
    /// The collection root.
    pub(crate) root: PathBuf,
    /// Colour output on stdout.
    pub(crate) color: bool,
    /// `-q` was given.
    pub(crate) quiet: bool,
    /// `--lang` or `PRACTICE_LANG` chose the language, over the collection's.
    pub(crate) lang_fixed: bool,
}

impl Context {
    fn resolve(cli: &Cli) -> anyhow::Result<Context> {
        let root = match &cli.global.root {
            Some(root) => {
                let root = root.canonicalize().with_context(|| {
                    practice::tr!("cmd-error-root", path = root.display().to_string())
                })?;
                anyhow::ensure!(
                    root.join(practice::collection::SCHEMA_DIR).is_dir(),
                    "{}",
                    practice::tr!("cli-root-without-schema", root = root.display().to_string())
                );
                root
            }
            None => practice::collection::find_root(&std::env::current_dir()?)?,
        };
        let color = match cli.global.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        };
        Ok(Context {
            root,
            color,
            quiet: cli.global.quiet,
            lang_fixed: cli.global.lang.is_some(),
        })
    }

    /// Loads `schema/` of the root; its JSON Schema is compiled when something checks a
    /// practice (see [`Schema::load`]).
    pub(crate) fn schema(&self) -> anyhow::Result<Schema> {
        let schema = Schema::load(&self.root.join(practice::collection::SCHEMA_DIR))?;
        self.speak(&schema);
        Ok(schema)
    }

    /// Messages from now on in the collection's language, unless `--lang` or `PRACTICE_LANG`
    /// chose one.
    fn speak(&self, schema: &Schema) {
        if !self.lang_fixed
            && let Some(lang) = schema.language()
        {
            practice::i18n::set_language(lang);
        }
    }
}

/// The practice id a command argument names: an id, or the path of a practice file
/// (`practices/x.md`), as shell completion gives it.
pub(crate) fn practice_id(arg: &str) -> &str {
    std::path::Path::new(arg)
        .file_stem()
        .and_then(|s| s.to_str())
        .filter(|_| arg.ends_with(".md"))
        .unwrap_or(arg)
}

/// Standard output with a large buffer. Rust's own flushes at every line, which costs a
/// system call per line of a listing of 10,000 practices. Callers flush before they return or
/// write to stderr, so that a closed pipe is seen and the two streams keep their order.
pub(crate) fn stdout() -> std::io::BufWriter<std::io::StdoutLock<'static>> {
    std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock())
}

/// Runs the chosen subcommand.
pub(crate) fn run(cli: &Cli) -> anyhow::Result<ExitCode> {
    // The collection is resolved only for the commands that use one: completions and man pages
    // describe the tool itself and work anywhere.
    let cx = || Context::resolve(cli);
    match &cli.command {
        Command::Completions(args) => completions::run(args),
        Command::Man(args) => man::run(args),
        Command::Validate(args) => validate::run(args, &cx()?),
        Command::List(args) => list::run(args, &cx()?),
        Command::Show(args) => show::run(args, &cx()?),
        Command::Export(args) => export::run(args, &cx()?),
        Command::Stats(args) => stats::run(args, &cx()?),
        Command::Outreach(args) => outreach::run(args, &cx()?),
        Command::Due(args) => due::run(args, &cx()?),
        Command::Changes(args) => changes::run(args, &cx()?),
        Command::Index(args) => index::run(args, &cx()?),
        Command::Search(args) => search::run(args, &cx()?),
        Command::Similar(args) => similar::run(args, &cx()?),
        Command::Add(args) => add::run(args, &cx()?),
        Command::Edit(args) => edit::run(args, &cx()?),
        Command::Status(args) => status::run(args, &cx()?),
        Command::Schema(args) => schema::run(args, &cx()?),
    }
}

/// Writes a file meant to be shared (a man page, a map) through a temporary file in its folder
/// renamed into place; without `force`, a file that appeared since the caller checked is still
/// not replaced.
pub(crate) fn write_shareable(
    path: &std::path::Path,
    bytes: &[u8],
    force: bool,
) -> anyhow::Result<()> {
    use std::io::Write as _;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".practice-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        // Temporary files are private; these are for everyone (the umask still applies).
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder
        .tempfile_in(dir)
        .with_context(|| practice::tr!("cmd-error-write-in", path = dir.display().to_string()))?;
    temp.write_all(bytes)
        .and_then(|()| temp.as_file().sync_all())
        .with_context(|| {
            practice::tr!("cmd-error-write", path = temp.path().display().to_string())
        })?;
    let persisted = if force {
        temp.persist(path)
    } else {
        temp.persist_noclobber(path)
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            anyhow::anyhow!(
                "{}",
                practice::tr!("cmd-error-appeared", path = path.display().to_string())
            )
        } else {
            anyhow::Error::new(e.error).context(practice::tr!(
                "cmd-error-write",
                path = path.display().to_string()
            ))
        }
    })?;
    Ok(())
}
