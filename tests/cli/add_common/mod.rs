//! Helpers of the `add` and `schema` tests: a temporary collection with the repository's real
//! `schema/`, a runner of the `practice` binary inside it, and a scripted [`Prompter`] that
//! answers the interactive flow of `add` question by question.
#![allow(dead_code)]

use std::collections::VecDeque;
use std::path::PathBuf;

use assert_cmd::Command;
use practice::add::interview::{Check, Complete};
use practice::add::{PromptError, Prompter, Question};
use practice::schema::Schema;
use tempfile::TempDir;

use crate::fs_support;
use fs_support::copy_dir;

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// An empty collection in a temporary folder: `schema/` copied from the repository, and an
/// empty `practices/`.
pub struct Collection {
    dir: TempDir,
}

impl Collection {
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("practice-add-")
            .tempdir()
            .unwrap();
        copy_dir(&repo().join("schema"), &dir.path().join("schema"));
        std::fs::create_dir_all(dir.path().join("practices")).unwrap();
        Collection { dir }
    }

    /// The collection root, canonical (as the binary resolves it).
    pub fn root(&self) -> PathBuf {
        self.dir.path().canonicalize().unwrap()
    }

    pub fn schema(&self) -> Schema {
        Schema::load(&self.root().join("schema")).unwrap()
    }

    /// Writes `practices/<rel>`; returns its path.
    pub fn write(&self, rel: &str, text: &str) -> PathBuf {
        let path = self.root().join("practices").join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, text).unwrap();
        path
    }

    /// The text of `practices/<rel>`.
    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root().join("practices").join(rel)).unwrap()
    }

    /// Every entry of `practices/` (hidden ones too), sorted.
    pub fn entries(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.root().join("practices"))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    /// `practice ARGS` run in the root, with no collection from the environment, no editor
    /// and no terminal.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("practice").unwrap();
        cmd.current_dir(self.root())
            .env_remove("PRACTICE_ROOT")
            .env_remove("PRACTICE_LANG")
            .env_remove("VISUAL")
            .env_remove("EDITOR")
            .env("NO_COLOR", "1")
            .args(args);
        cmd
    }
}

/// A valid draft practice with this id and title in Ghent.
pub fn draft_text(id: &str, title: &str) -> String {
    format!(
        "---\nid: {id}\ntitle: {title}\nstatus: draft\nmunicipalities: [\"44021\"]\n---\n## Context\n"
    )
}

/// One scripted answer.
#[derive(Debug, Clone)]
pub enum Answer {
    /// Type this text (empty: take the default, or skip).
    Type(&'static str),
    /// Type this, then take the completion that contains the second text.
    Complete(&'static str, &'static str),
    /// Choose the options whose id (or text) is one of these.
    Pick(&'static [&'static str]),
    /// Keep the proposed choice of a select.
    Keep,
    /// Answer a yes/no question.
    Confirm(bool),
    /// Press Ctrl-C.
    Cancel,
    /// Write this text in the editor (replacing what it showed).
    Write(&'static str),
    /// Write this owned text in the editor.
    WriteText(String),
    /// No editor is set.
    NoEditor,
}

/// Answers questions from a script of `(field key, answer)`; records what was asked and which
/// answers the flow refused.
pub struct Script {
    answers: VecDeque<(&'static str, Answer)>,
    /// Keys of the questions asked, in order.
    pub asked: Vec<Question>,
    /// Answers refused by the flow's checks, with the Dutch message shown.
    pub refused: Vec<(String, String)>,
    /// Completions offered, per typed text.
    pub offered: Vec<(String, Vec<String>)>,
    /// What the editor showed at the start, each time it opened.
    pub shown: Vec<String>,
}

impl Script {
    pub fn new(answers: Vec<(&'static str, Answer)>) -> Self {
        Script {
            answers: answers.into(),
            asked: Vec::new(),
            refused: Vec::new(),
            offered: Vec::new(),
            shown: Vec::new(),
        }
    }

    /// The keys asked, in order.
    pub fn keys(&self) -> Vec<&str> {
        self.asked.iter().map(|q| q.key.as_str()).collect()
    }

    fn next(&mut self, question: &Question) -> Answer {
        let (key, answer) = self
            .answers
            .pop_front()
            .unwrap_or_else(|| panic!("no scripted answer left for `{}`", question.key));
        assert_eq!(
            key, question.key,
            "the flow asked `{}` ({}) where the script expected `{key}`",
            question.key, question.label
        );
        answer
    }

    fn pick(options: &[String], wanted: &str) -> usize {
        options
            .iter()
            .position(|o| o == wanted || o.ends_with(&format!("({wanted})")))
            .unwrap_or_else(|| panic!("no option `{wanted}` in {options:?}"))
    }

    pub fn finished(&self) -> bool {
        self.answers.is_empty()
    }
}

impl Prompter for Script {
    fn text(
        &mut self,
        question: &Question,
        check: Check<'_>,
        complete: Option<Complete<'_>>,
    ) -> Result<String, PromptError> {
        self.asked.push(question.clone());
        loop {
            let answer = match self.next(question) {
                Answer::Type("") => question.default.clone().unwrap_or_default(),
                Answer::Type(text) => text.to_owned(),
                Answer::Complete(typed, wanted) => {
                    let complete = complete.expect("this question offers no completion");
                    let offered = complete(typed);
                    self.offered.push((typed.to_owned(), offered.clone()));
                    offered
                        .into_iter()
                        .find(|o| o.contains(wanted))
                        .unwrap_or_else(|| panic!("`{typed}` does not complete to `{wanted}`"))
                }
                Answer::Cancel => return Err(PromptError::Cancelled),
                other => panic!("`{}` is a text question, not {other:?}", question.key),
            };
            match check(&answer) {
                Ok(()) => return Ok(answer),
                Err(message) => self.refused.push((answer, message)),
            }
        }
    }

    fn select(
        &mut self,
        question: &Question,
        options: &[String],
        default: usize,
    ) -> Result<usize, PromptError> {
        self.asked.push(question.clone());
        match self.next(question) {
            Answer::Keep => Ok(default),
            Answer::Pick([one]) => Ok(Self::pick(options, one)),
            Answer::Cancel => Err(PromptError::Cancelled),
            other => panic!("`{}` is a select, not {other:?}", question.key),
        }
    }

    fn multi_select(
        &mut self,
        question: &Question,
        options: &[String],
        selected: &[usize],
    ) -> Result<Vec<usize>, PromptError> {
        self.asked.push(question.clone());
        match self.next(question) {
            Answer::Keep => Ok(selected.to_vec()),
            Answer::Pick(wanted) => {
                let picked: Vec<usize> = wanted.iter().map(|w| Self::pick(options, w)).collect();
                assert!(
                    !(question.required && picked.is_empty()),
                    "`{}` needs a choice",
                    question.key
                );
                Ok(picked)
            }
            Answer::Cancel => Err(PromptError::Cancelled),
            other => panic!("`{}` is a multi-select, not {other:?}", question.key),
        }
    }

    fn edit(&mut self, question: &Question, initial: &str) -> Result<Option<String>, PromptError> {
        self.asked.push(question.clone());
        match self.next(question) {
            Answer::Write(text) => {
                self.shown.push(initial.to_owned());
                Ok(Some(text.to_owned()))
            }
            Answer::WriteText(text) => {
                self.shown.push(initial.to_owned());
                Ok(Some(text))
            }
            Answer::NoEditor => Ok(None),
            Answer::Cancel => Err(PromptError::Cancelled),
            other => panic!("`{}` opens the editor, not {other:?}", question.key),
        }
    }

    fn confirm(&mut self, question: &Question, default: bool) -> Result<bool, PromptError> {
        self.asked.push(question.clone());
        match self.next(question) {
            Answer::Confirm(yes) => Ok(yes),
            Answer::Keep => Ok(default),
            Answer::Cancel => Err(PromptError::Cancelled),
            other => panic!("`{}` is a yes/no question, not {other:?}", question.key),
        }
    }
}

/// A body whose four review sections each have enough words.
pub fn review_body() -> String {
    let words = "Deze sectie beschrijft in voldoende woorden wat er in de gemeente gebeurt, \
                 met wie, waarom en met welk resultaat voor de deelnemers.";
    ["Context", "Doelen", "Aanpak", "Resultaten"]
        .iter()
        .map(|h| format!("## {h}\n\n{words}\n\n"))
        .collect()
}
