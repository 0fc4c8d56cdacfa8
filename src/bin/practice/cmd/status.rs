//! `practice status ID STATUS`: move a practice along draft, review, published, archived. Says
//! in Dutch what the new status still needs, asks for it on a terminal, and rewrites the file
//! only when the result passes `validate` (see [`practice::status`]).

use std::io::IsTerminal;
use std::process::ExitCode;

use practice::add::AddError;
use practice::edit;
use practice::status;

use super::Context;
use super::add::terminal::Terminal;
use super::edit::find_or_ask;

/// Arguments of `status`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    practice status gent-taalcafe review\n  \
    practice status gent-taalcafe published --no-input   # only list what is still needed")]
pub(crate) struct Args {
    /// The practice: its id, the path of its file, or an id with a typo.
    #[arg(value_name = "ID")]
    id: String,
    /// The new status: its id or its label (draft or Ontwerp, review or "Ter review", ...).
    #[arg(value_name = "STATUS")]
    status: String,
    /// Never ask: list what is still needed and exit 1 when something is.
    #[arg(long)]
    no_input: bool,
}

fn say(lines: &[String]) {
    for line in lines {
        eprintln!("{line}");
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    let interactive =
        !args.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    // The status as the filters read it: its id or its label (`Gepubliceerd`, `ter review`),
    // in any case, with or without accents.
    let known: Vec<(&str, &str)> = schema
        .rules
        .statuses
        .iter()
        .map(|s| (s.id.as_str(), s.label.as_str()))
        .collect();
    let new = match practice::filter::normalise(&args.status, &known, "status") {
        Ok(id) => id,
        Err(unknown) => {
            eprintln!("{}: {unknown}", practice::tr!("severity-error"));
            return Ok(ExitCode::from(2));
        }
    };
    let mut terminal = interactive.then(|| Terminal::new(None, std::path::PathBuf::new()));
    let Some(path) = find_or_ask(cx, &args.id, terminal.as_mut()) else {
        return Ok(ExitCode::from(2));
    };
    let rel = practice::collection::relative_name(&cx.root, &path);
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let original = std::fs::read_to_string(&path)?;
    let today = super::today();
    let (changed, needs) = status::needs(&cx.root, &schema, &path, &original, &new, today)?;
    if status::with_status(&original, &new).is_none() {
        eprintln!(
            "De status van {rel} kan niet veilig aangepast worden (de gegevens bovenaan staan niet \
             één veld per regel). Pas ze aan met: practice edit {id}"
        );
        return Ok(ExitCode::from(2));
    }
    if changed == original {
        eprintln!("{id} heeft al de status {new}.");
        return Ok(ExitCode::SUCCESS);
    }
    let done = |text: &str| -> anyhow::Result<ExitCode> {
        if edit::replace(&path, &original, text)? {
            println!("{id} heeft nu de status {new} ({rel}).");
            Ok(ExitCode::SUCCESS)
        } else {
            eprintln!("{rel} is intussen veranderd en werd niet overschreven. Probeer opnieuw.");
            Ok(ExitCode::from(1))
        }
    };
    if needs.is_empty() {
        return done(&changed);
    }
    say(&status::describe(&schema, &id, &new, &needs));
    let Some(terminal) = terminal.as_mut() else {
        eprintln!("Er is niets veranderd aan {rel}.");
        return Ok(ExitCode::from(1));
    };
    if needs.fields.is_empty() && needs.sections.is_empty() {
        eprintln!("Verbeter dat eerst met: practice edit {id}. Er is niets veranderd.");
        return Ok(ExitCode::from(1));
    }
    eprintln!("Vul het nu aan (Ctrl-C stopt; er verandert dan niets):");
    let filled = match status::ask(terminal, &schema, &cx.root, &changed, &new, &needs, today) {
        Ok(text) => text,
        Err(AddError::Cancelled) => {
            eprintln!("Gestopt. Er is niets veranderd aan {rel}.");
            return Ok(ExitCode::from(130));
        }
        Err(e) => {
            say(&e.lines(&schema, &id));
            eprintln!("Er is niets veranderd aan {rel}.");
            return Ok(ExitCode::from(1));
        }
    };
    let (_, left) = status::needs(&cx.root, &schema, &path, &filled, &new, today)?;
    if left.is_empty() {
        return done(&filled);
    }
    say(&status::describe(&schema, &id, &new, &left));
    // The answers are not lost: `practice edit` starts from this text.
    let copy = edit::copy_of(&cx.root, &path);
    if let Some(dir) = copy.parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&copy, &filled)?;
    eprintln!(
        "Er is niets veranderd aan {rel}. Je antwoorden staan in {}; `practice edit {id}` gaat daar verder.",
        practice::collection::relative_name(&cx.root, &copy)
    );
    Ok(ExitCode::from(1))
}
