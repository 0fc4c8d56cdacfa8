//! The terminal side of the prompts: [`Prompter`] in the reader's language. Lines of text are
//! read with `rustyline`, so they behave like a shell line: Ctrl-A, Ctrl-E, Ctrl-U, Ctrl-W, the
//! arrows and history work, Tab completes the part the candidates share or else cycles through
//! them (after the last comma, so that several municipalities fit on one line), and an answer
//! that fails its check shows why under the line and stays there to be corrected. Lists are
//! `inquire` selects with accent-insensitive filtering. Ctrl-C ends the prompts.

use std::path::PathBuf;

use inquire::error::CustomUserError;
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{Confirm, InquireError, MultiSelect, Select};
use practice::add::interview::{Check, Complete};
use practice::add::{PromptError, Prompter, Question};
use practice::text::fold;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Behavior, CompletionType, Config, Editor, Helper};

/// Prompts on the terminal (standard error, so standard output stays clean).
pub(crate) struct Terminal {
    /// The editor for long texts, if any.
    editor: Option<String>,
    /// The file long texts are written in (kept beside the session's answers).
    scratch: PathBuf,
    /// Whether a long text was written in the editor.
    pub(crate) edited: bool,
}

impl Terminal {
    pub(crate) fn new(editor: Option<String>, scratch: PathBuf) -> Self {
        Terminal {
            editor,
            scratch,
            edited: false,
        }
    }

    pub(crate) fn has_editor(&self) -> bool {
        self.editor.is_some()
    }
}

fn failed(e: InquireError) -> PromptError {
    match e {
        InquireError::OperationCanceled | InquireError::OperationInterrupted => {
            PromptError::Cancelled
        }
        other => PromptError::Failed(other.to_string()),
    }
}

/// The help under a list or a yes/no question; inquire shows an empty one as `[]`, and its own
/// default help is English, so a question without help gets a blank.
fn help(question: &Question) -> &str {
    if question.help.is_empty() {
        " "
    } else {
        &question.help
    }
}

/// Options whose text contains what was typed, ignoring case and accents.
fn folded_filter(input: &str, _: &String, value: &str, _: usize) -> Option<i64> {
    fold(value).contains(&fold(input)).then_some(0)
}

/// The checks and completions of one question, for `rustyline`.
struct Line<'a> {
    check: Check<'a>,
    complete: Option<Complete<'a>>,
}

impl Completer for Line<'_> {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let Some(complete) = self.complete else {
            return Ok((pos, Vec::new()));
        };
        Ok(practice::add::interview::tab(line, pos, complete))
    }
}

impl Hinter for Line<'_> {
    type Hint = String;
}

impl Highlighter for Line<'_> {}

impl Validator for Line<'_> {
    fn validate(&self, ctx: &mut ValidationContext<'_>) -> rustyline::Result<ValidationResult> {
        Ok(match (self.check)(ctx.input()) {
            Ok(()) => ValidationResult::Valid(None),
            Err(message) => ValidationResult::Invalid(Some(format!("  ← {message}"))),
        })
    }
}

impl Helper for Line<'_> {}

impl Prompter for Terminal {
    fn text(
        &mut self,
        question: &Question,
        check: Check<'_>,
        complete: Option<Complete<'_>>,
    ) -> Result<String, PromptError> {
        let config = Config::builder()
            .behavior(Behavior::PreferTerm)
            .completion_type(CompletionType::Circular)
            .auto_add_history(true)
            .build();
        let mut editor: Editor<Line<'_>, rustyline::history::DefaultHistory> =
            Editor::with_config(config).map_err(|e| PromptError::Failed(e.to_string()))?;
        editor.set_helper(Some(Line { check, complete }));
        if !question.help.is_empty() {
            // Wrapped at spaces: the terminal would break a long help in the middle of a word.
            let help = format!("({})", question.help);
            let lines = match crate::terminal::stderr_width() {
                Some(width) => crate::terminal::wrap(&help, width.saturating_sub(2)),
                None => vec![help],
            };
            for line in lines {
                eprintln!("  {line}");
            }
        }
        let prompt = format!("{}: ", question.label);
        let initial = question.default.as_deref().unwrap_or("");
        match editor.readline_with_initial(&prompt, (initial, "")) {
            Ok(line) => Ok(line),
            Err(ReadlineError::Interrupted | ReadlineError::Eof) => Err(PromptError::Cancelled),
            Err(e) => Err(PromptError::Failed(e.to_string())),
        }
    }

    fn select(
        &mut self,
        question: &Question,
        options: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        Select::new(&question.label, options.to_vec())
            .with_help_message(help(question))
            .with_starting_cursor(default)
            .with_scorer(&folded_filter)
            .raw_prompt()
            .map(|o| o.index)
            .map_err(failed)
    }

    fn multi_select(
        &mut self,
        question: &Question,
        options: &[String],
        selected: &[usize],
    ) -> Result<Vec<usize>, PromptError> {
        let required = question.required;
        let at_least_one =
            move |picked: &[ListOption<&String>]| -> Result<Validation, CustomUserError> {
                Ok(if required && picked.is_empty() {
                    Validation::Invalid(practice::tr!("add-pick-one").into())
                } else {
                    Validation::Valid
                })
            };
        MultiSelect::new(&question.label, options.to_vec())
            .with_help_message(help(question))
            .with_default(selected)
            .with_scorer(&folded_filter)
            .with_validator(at_least_one)
            .raw_prompt()
            .map(|picked| picked.into_iter().map(|o| o.index).collect())
            .map_err(failed)
    }

    fn edit(&mut self, question: &Question, initial: &str) -> Result<Option<String>, PromptError> {
        let Some(editor) = self.editor.clone() else {
            return Ok(None);
        };
        let io =
            |e: std::io::Error| PromptError::Failed(format!("{}: {e}", self.scratch.display()));
        if let Some(dir) = self.scratch.parent() {
            std::fs::create_dir_all(dir).map_err(io)?;
        }
        // `initial` is the template or the text of an earlier try, never less.
        std::fs::write(&self.scratch, initial).map_err(io)?;
        if !question.help.is_empty() {
            eprintln!("{}: {}", question.label, question.help);
        }
        eprintln!(
            "{}",
            practice::tr!(
                "add-editor-opens",
                editor = &editor,
                path = self.scratch.display().to_string()
            )
        );
        match super::super::editor::open(&editor, &self.scratch) {
            Ok(status) if status.success() => {}
            Ok(status) => {
                eprintln!(
                    "{}",
                    practice::tr!(
                        "add-editor-stopped",
                        editor = &editor,
                        status = status.to_string()
                    )
                )
            }
            Err(e) => {
                return Err(PromptError::Failed(practice::tr!(
                    "add-editor-cannot-start",
                    editor = &editor,
                    reason = e.to_string()
                )));
            }
        }
        self.edited = true;
        std::fs::read_to_string(&self.scratch).map(Some).map_err(io)
    }

    fn confirm(&mut self, question: &Question, default: bool) -> Result<bool, PromptError> {
        let parse = |answer: &str| match fold(answer.trim()).as_str() {
            "j" | "ja" | "y" | "yes" => Ok(true),
            "n" | "nee" | "no" => Ok(false),
            _ => Err(()),
        };
        let yes_no = |b: bool| {
            if b {
                practice::tr!("add-yes")
            } else {
                practice::tr!("add-no")
            }
        };
        let hint = |b: bool| {
            if b {
                practice::tr!("add-default-yes")
            } else {
                practice::tr!("add-default-no")
            }
        };
        let error = practice::tr!("add-answer-yes-no");
        Confirm::new(&question.label)
            .with_help_message(help(question))
            .with_default(default)
            .with_parser(&parse)
            .with_formatter(&yes_no)
            .with_default_value_formatter(&hint)
            .with_error_message(&error)
            .prompt()
            .map_err(failed)
    }
}
