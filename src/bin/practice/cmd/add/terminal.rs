//! The terminal side of the prompts: [`Prompter`] implemented with `inquire`, in Dutch, with
//! accent-insensitive filtering and completion. Ctrl-C and Esc end the prompts before anything
//! is written.

use std::path::PathBuf;

use inquire::autocompletion::{Autocomplete, Replacement};
use inquire::error::CustomUserError;
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{Confirm, InquireError, MultiSelect, Select, Text};
use practice::add::interview::{Check, Complete};
use practice::add::{PromptError, Prompter, Question};
use practice::text::fold;

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

/// Options whose text contains what was typed, ignoring case and accents.
fn folded_filter(input: &str, _: &String, value: &str, _: usize) -> Option<i64> {
    fold(value).contains(&fold(input)).then_some(0)
}

/// Offers the completions of the flow while typing.
#[derive(Clone)]
struct Completer<'a>(Complete<'a>);

impl Autocomplete for Completer<'_> {
    fn get_suggestions(&mut self, input: &str) -> Result<Vec<String>, CustomUserError> {
        Ok((self.0)(input))
    }

    fn get_completion(
        &mut self,
        input: &str,
        highlighted: Option<String>,
    ) -> Result<Replacement, CustomUserError> {
        // Tab takes the highlighted suggestion, or the only one there is.
        Ok(highlighted.or_else(|| match (self.0)(input).as_slice() {
            [only] => Some(only.clone()),
            _ => None,
        }))
    }
}

impl Prompter for Terminal {
    fn text(
        &mut self,
        question: &Question,
        check: Check<'_>,
        complete: Option<Complete<'_>>,
    ) -> Result<String, PromptError> {
        let validator = move |input: &str| -> Result<Validation, CustomUserError> {
            Ok(match check(input) {
                Ok(()) => Validation::Valid,
                Err(message) => Validation::Invalid(message.into()),
            })
        };
        let mut prompt = Text::new(&question.label)
            .with_help_message(&question.help)
            .with_validator(validator);
        if let Some(default) = &question.default {
            prompt = prompt.with_default(default);
        }
        if let Some(complete) = complete {
            prompt = prompt.with_autocomplete(Completer(complete));
        }
        prompt.prompt().map_err(failed)
    }

    fn select(
        &mut self,
        question: &Question,
        options: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        Select::new(&question.label, options.to_vec())
            .with_help_message(&question.help)
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
                    Validation::Invalid("kies er minstens één (spatie)".into())
                } else {
                    Validation::Valid
                })
            };
        MultiSelect::new(&question.label, options.to_vec())
            .with_help_message(&question.help)
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
        eprintln!("De editor ({editor}) opent {} ...", self.scratch.display());
        match super::super::editor::open(&editor, &self.scratch) {
            Ok(status) if status.success() => {}
            Ok(status) => {
                eprintln!("Let op: {editor} stopte met {status}; de tekst blijft bewaard.")
            }
            Err(e) => {
                return Err(PromptError::Failed(format!(
                    "kan {editor} niet starten: {e}"
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
        let yes_no = |b: bool| if b { "ja".to_owned() } else { "nee".to_owned() };
        let hint = |b: bool| {
            if b {
                "J/n".to_owned()
            } else {
                "j/N".to_owned()
            }
        };
        Confirm::new(&question.label)
            .with_help_message(&question.help)
            .with_default(default)
            .with_parser(&parse)
            .with_formatter(&yes_no)
            .with_default_value_formatter(&hint)
            .with_error_message("antwoord ja of nee")
            .prompt()
            .map_err(failed)
    }
}
