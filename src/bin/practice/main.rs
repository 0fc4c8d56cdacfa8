//! The `practice` command: parses arguments, resolves the collection, runs one subcommand and
//! turns its outcome into an exit code (0 fine, 1 findings, 2 usage or runtime error). Only this
//! file exits.

mod cli;
mod cmd;
mod output;
mod progress;
mod terminal;
mod usage_error;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Dutch unless asked otherwise, until the collection's schema names its language.
    practice::i18n::set_language(cli::early_language().unwrap_or(practice::i18n::Lang::Nl));
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(err) => return usage_error(&err),
    };
    if let Some(lang) = cli.global.lang {
        practice::i18n::set_language(lang);
    }
    match cmd::run(&cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`practice validate | head`) is not a failure.
            if err.chain().any(broken_pipe) {
                return ExitCode::SUCCESS;
            }
            // Line ends stay: the schema's YAML errors show the offending lines below the
            // message. Every other control character is escaped.
            eprintln!(
                "{}: {}",
                practice::tr!("severity-error"),
                practice::text::terminal_safe(&describe(&err), practice::text::Shown::Lines)
            );
            ExitCode::from(2)
        }
    }
}

/// Reports a mistake on the command line in the reader's words (exit 2), or prints the help or
/// version clap was asked for (exit 0).
fn usage_error(err: &clap::Error) -> ExitCode {
    // `args()` would panic on an argument that is not UTF-8, one of the mistakes reported here.
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // Which subcommand was named needs only the plain definition, not its help.
    let command = usage_error::subcommand_in(&<cli::Cli as clap::CommandFactory>::command(), &args);
    match usage_error::message(err, practice::i18n::language(), command.as_deref()) {
        Some(text) => {
            eprint!(
                "{}",
                practice::text::terminal_safe(&text, practice::text::Shown::Lines)
            );
            ExitCode::from(2)
        }
        // Help, version, and the rare kinds without a catalogue text: clap's own output.
        None => {
            // Printing fails only on a closed pipe, where there is no one left to tell.
            err.print().ok();
            ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
        }
    }
}

/// Whether `err` or what it wraps is a write to a closed pipe. The writers of the output
/// formats hide the `io::Error` from `anyhow`'s chain: `serde_json::Error` reports only the
/// source of the I/O error it holds, and `csv::Error` becomes an `io::Error` of kind `Other`
/// wrapping the CSV error that holds the real one.
fn broken_pipe(err: &(dyn std::error::Error + 'static)) -> bool {
    if let Some(io) = err.downcast_ref::<std::io::Error>() {
        if io.kind() == std::io::ErrorKind::BrokenPipe {
            return true;
        }
        if let Some(inner) = io.get_ref()
            && broken_pipe(inner)
        {
            return true;
        }
    }
    if let Some(json) = err.downcast_ref::<serde_json::Error>()
        && json.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe)
    {
        return true;
    }
    if let Some(csv) = err.downcast_ref::<csv::Error>()
        && let csv::ErrorKind::Io(io) = csv.kind()
        && broken_pipe(io)
    {
        return true;
    }
    err.source().is_some_and(broken_pipe)
}

/// The error and its causes on one line, skipping a cause whose text the previous message
/// already contains (library errors often include their source in their own message). What
/// the system says about a file (`No such file or directory (os error 2)`) is put in the
/// reader's words for the failures an editor meets, also where a message already quoted it.
fn describe(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let part = cause.to_string();
        let words = cause
            .downcast_ref::<std::io::Error>()
            .and_then(|io| practice::i18n::io_words(io.kind()));
        // A library error may already say it in the reader's words; say it once.
        let said = words.as_ref().is_some_and(|w| text.contains(w.as_str()));
        if text.contains(&part) || said {
            if let Some(words) = words {
                text = text.replace(&part, &words);
            }
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&words.unwrap_or(part));
    }
    text
}

// Parsing thousands of files on several threads is allocation-heavy; mimalloc handles that
// workload markedly better than the system allocator.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
