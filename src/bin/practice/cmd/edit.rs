//! `practice edit ID`: the editor on a practice, checked after saving (see
//! [`practice::edit`]). Everything it says is Dutch: it is the editors' command.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use practice::add::{Prompter, Question};
use practice::edit::{self, Choice, EditError, Editing, Outcome};

use super::Context;
use super::add::terminal::Terminal;
use super::editor;

/// Arguments of `edit`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:\n  \
    practice edit gent-praktijktesten\n  \
    practice edit practices/gent-praktijktesten.md\n  \
    EDITOR=nano practice edit gent-praktijktesten")]
pub(crate) struct Args {
    /// The practice: its id, the path of its file, or an id with a typo (asks "bedoelde je").
    #[arg(value_name = "ID")]
    id: String,
}

/// The editor and the questions on the terminal.
struct Ui {
    editor: String,
    terminal: Option<Terminal>,
}

impl Editing for Ui {
    fn open(&mut self, file: &Path) -> std::io::Result<()> {
        let status = editor::open(&self.editor, file)?;
        if !status.success() {
            eprintln!(
                "Let op: {} stopte met {status}; je tekst blijft bewaard.",
                self.editor
            );
        }
        Ok(())
    }

    fn tell(&mut self, lines: &[String]) {
        for line in lines {
            eprintln!("{line}");
        }
    }

    fn choose(&mut self) -> Option<Choice> {
        let terminal = self.terminal.as_mut()?;
        let options = [
            "Opnieuw openen en verbeteren".to_owned(),
            "Zo bewaren, met de fouten".to_owned(),
            "Ongedaan maken: de praktijk blijft zoals ze was".to_owned(),
        ];
        let question = Question {
            key: "choice".into(),
            label: "Wat wil je doen?".into(),
            help: "pijltjes kiezen, Enter bevestigt".into(),
            default: None,
            required: true,
        };
        // Ctrl-C here keeps the edit waiting, as without a terminal.
        match terminal.select(&question, &options, 0).ok()? {
            0 => Some(Choice::Reopen),
            1 => Some(Choice::Keep),
            _ => Some(Choice::Undo),
        }
    }
}

/// The practice an argument names; a near miss is offered on a terminal ("Bedoelde je ...?")
/// and refused with that question elsewhere. `None` after saying why (exit 2).
pub(crate) fn find_or_ask(
    cx: &Context,
    wanted: &str,
    terminal: Option<&mut Terminal>,
) -> Option<std::path::PathBuf> {
    match edit::find(&cx.root, wanted) {
        Ok(path) => Some(path),
        Err(EditError::NotFound { wanted, suggestion }) => {
            let Some((id, path)) = suggestion else {
                eprintln!("Er is geen praktijk „{wanted}”. `practice list` toont alle ids.");
                return None;
            };
            let question = Question {
                key: "meant".into(),
                label: format!("Er is geen praktijk „{wanted}”. Bedoelde je {id}?"),
                help: String::new(),
                default: None,
                required: true,
            };
            let yes = terminal.is_some_and(|t| t.confirm(&question, true).unwrap_or(false));
            if yes {
                return Some(path);
            }
            eprintln!("Er is geen praktijk „{wanted}”. Bedoelde je {id}?");
            None
        }
        Err(e) => {
            eprintln!("De collectie kan niet gelezen worden: {e}");
            None
        }
    }
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let schema = cx.schema()?;
    // Compiled before anything is asked: a JSON Schema that does not compile stops here.
    schema.json_schema()?;
    let interactive = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut terminal = interactive.then(|| Terminal::new(None, std::path::PathBuf::new()));
    let Some(path) = find_or_ask(cx, &args.id, terminal.as_mut()) else {
        return Ok(ExitCode::from(2));
    };
    let Some(editor) = editor::choose() else {
        eprintln!(
            "Geen editor gevonden. Kies er een, bijvoorbeeld: export EDITOR=nano (zet dat in je \
             ~/.profile om het te onthouden)."
        );
        return Ok(ExitCode::from(2));
    };
    let rel = practice::collection::relative_name(&cx.root, &path);
    let id = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut ui = Ui { editor, terminal };
    let today = super::today();
    let outcome = edit::edit(&cx.root, &schema, &path, today, &mut ui)?;
    let shown = |p: &Path| practice::collection::relative_name(&cx.root, p);
    Ok(match outcome {
        Outcome::Unchanged => {
            eprintln!("Niets gewijzigd: {rel} blijft zoals het was.");
            ExitCode::SUCCESS
        }
        Outcome::Saved(warnings) => {
            if !warnings.is_empty() {
                eprintln!("Goed om te weten:");
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                ui.tell(&practice::add::explain::lines(&text, &warnings));
            }
            println!("Bewaard: {rel} (gecontroleerd, geen fouten)");
            ExitCode::SUCCESS
        }
        Outcome::KeptWithErrors(_) => {
            eprintln!(
                "Bewaard met fouten: {rel}. `practice validate {rel}` toont ze; `practice edit {id}` om ze te verbeteren."
            );
            ExitCode::from(1)
        }
        Outcome::Undone => {
            eprintln!("Ongedaan gemaakt: {rel} is niet veranderd.");
            ExitCode::SUCCESS
        }
        Outcome::Pending { copy, .. } => {
            eprintln!(
                "{rel} is niet veranderd. Je wijzigingen zijn bewaard in {}; `practice edit {id}` gaat daar verder.",
                shown(&copy)
            );
            ExitCode::from(1)
        }
        Outcome::Conflict { copy } => {
            eprintln!(
                "{rel} is intussen veranderd (bijvoorbeeld door git pull) en werd niet overschreven. Je wijzigingen zijn bewaard in {}.",
                shown(&copy)
            );
            ExitCode::from(1)
        }
    })
}
