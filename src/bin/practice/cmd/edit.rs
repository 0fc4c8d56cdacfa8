//! `practice edit ID`: the editor on a practice, checked after saving (see
//! [`practice::edit`]). Everything it says comes from the catalogue, Dutch by default: it is
//! the editors' command.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use practice::add::{Prompter, Question};
use practice::edit::{self, Choice, EditError, Editing, Outcome};

use super::Context;
use super::add::terminal::Terminal;
use super::editor;

/// Arguments of `edit`. The examples under its help are `cmd-edit-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// The practice: its id, the path of its file, or an id with a typo (asks "Bedoelde u …?").
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
                "{}",
                practice::tr!(
                    "cmd-edit-editor-stopped",
                    editor = &self.editor,
                    status = status.to_string()
                )
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
            practice::tr!("cmd-edit-choice-reopen"),
            practice::tr!("cmd-edit-choice-keep"),
            practice::tr!("cmd-edit-choice-undo"),
        ];
        let question = Question {
            key: "choice".into(),
            label: practice::tr!("cmd-edit-choice"),
            help: practice::tr!("cmd-edit-choice-help"),
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

/// The practice an argument names; a near miss is offered on a terminal ("Bedoelde u ...?")
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
                eprintln!("{}", practice::tr!("cmd-edit-not-found", wanted = &wanted));
                return None;
            };
            let meant = practice::tr!("cmd-edit-not-found-meant", wanted = &wanted, id = &id);
            let question = Question {
                key: "meant".into(),
                label: meant.clone(),
                help: String::new(),
                default: None,
                required: true,
            };
            let yes = terminal.is_some_and(|t| t.confirm(&question, true).unwrap_or(false));
            if yes {
                return Some(path);
            }
            eprintln!("{meant}");
            None
        }
        Err(e) => {
            eprintln!(
                "{}",
                practice::tr!("add-line-collection", reason = e.to_string())
            );
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
        eprintln!("{}", practice::tr!("cmd-edit-no-editor"));
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
            eprintln!(
                "{}",
                practice::tr!("cmd-edit-unchanged", path = rel.as_str())
            );
            ExitCode::SUCCESS
        }
        Outcome::Saved(warnings) => {
            if !warnings.is_empty() {
                eprintln!("{}", practice::tr!("add-good-to-know"));
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                ui.tell(&practice::add::explain::lines(&text, &warnings));
            }
            println!("{}", practice::tr!("cmd-edit-saved", path = rel.as_str()));
            ExitCode::SUCCESS
        }
        Outcome::KeptWithErrors(_) => {
            eprintln!(
                "{}",
                practice::tr!(
                    "cmd-edit-kept-with-errors",
                    path = rel.as_str(),
                    id = id.as_str()
                )
            );
            ExitCode::from(1)
        }
        Outcome::Undone => {
            eprintln!("{}", practice::tr!("cmd-edit-undone", path = rel.as_str()));
            ExitCode::SUCCESS
        }
        Outcome::Pending { copy, .. } => {
            eprintln!(
                "{}",
                practice::tr!(
                    "cmd-edit-pending",
                    path = rel.as_str(),
                    copy = shown(&copy),
                    id = id.as_str()
                )
            );
            ExitCode::from(1)
        }
        Outcome::Conflict { copy } => {
            eprintln!(
                "{}",
                practice::tr!(
                    "cmd-edit-conflict",
                    path = rel.as_str(),
                    copy = shown(&copy)
                )
            );
            ExitCode::from(1)
        }
    })
}
