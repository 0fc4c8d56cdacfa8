//! Output meant for a person at a terminal: word wrapping that never splits a word, the width
//! to wrap to (of standard output or standard error), and the pager that long output of `list`
//! and `show` goes through.

use std::io::{IsTerminal, Write};

/// Wraps `text` at spaces into lines of at most `width` columns. A word longer than `width`
/// stays whole on a line of its own: a split id or place name reads as two wrong ones. Hyphens
/// are no break either: ids, themes, place names and web addresses are full of them.
pub(crate) fn wrap(text: &str, width: usize) -> Vec<String> {
    let options = textwrap::Options::new(width.max(1))
        .break_words(false)
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    textwrap::wrap(text, options)
        .into_iter()
        .map(std::borrow::Cow::into_owned)
        .collect()
}

/// How many columns `text` takes on a terminal (wide characters count twice).
pub(crate) fn columns(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// The width to fit output to: the terminal's when stdout is one, else `COLUMNS` when set
/// (a pager or a script that wants the output to fit); `None` otherwise.
pub(crate) fn stdout_width() -> Option<usize> {
    let terminal = std::io::stdout()
        .is_terminal()
        .then(|| terminal_size::terminal_size().map(|(w, _)| usize::from(w.0)))
        .flatten();
    terminal.or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
}

/// The width to fit messages on standard error to: the terminal's when stderr is one, else
/// `COLUMNS` when set; `None` otherwise.
pub(crate) fn stderr_width() -> Option<usize> {
    let terminal = std::io::stderr()
        .is_terminal()
        .then(|| terminal_size::terminal_size_of(std::io::stderr()))
        .flatten()
        .map(|(w, _)| usize::from(w.0));
    terminal.or_else(|| std::env::var("COLUMNS").ok()?.parse().ok())
}

/// The pager command used when `PAGER` is not set.
const DEFAULT_PAGER: &str = "less -FRX";

/// Standard output for `list` and `show`. On a terminal the output is kept until the end and
/// then goes through the pager when it is longer than the screen; anywhere else (a pipe, a
/// file, the tests) it streams to stdout as it is written.
pub(crate) enum Out {
    /// Written straight to stdout.
    Direct(std::io::BufWriter<std::io::StdoutLock<'static>>),
    /// Kept for the pager.
    Paged(Vec<u8>),
}

impl Out {
    pub(crate) fn new() -> Out {
        if std::io::stdout().is_terminal() {
            Out::Paged(Vec::new())
        } else {
            Out::Direct(crate::cmd::stdout())
        }
    }

    /// Flushes the output: through the pager when it does not fit the screen.
    pub(crate) fn finish(self) -> std::io::Result<()> {
        match self {
            Out::Direct(mut out) => out.flush(),
            Out::Paged(bytes) => {
                let height = terminal_size::terminal_size().map_or(24, |(_, h)| usize::from(h.0));
                let lines = bytes.iter().filter(|&&b| b == b'\n').count();
                let pager = std::env::var("PAGER").unwrap_or_else(|_| DEFAULT_PAGER.to_owned());
                let mut stdout = std::io::stdout().lock();
                if lines + 1 < height {
                    stdout.write_all(&bytes)?;
                    return stdout.flush();
                }
                page(&bytes, &pager, &mut stdout)
            }
        }
    }
}

impl Write for Out {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Out::Direct(out) => out.write(buf),
            Out::Paged(bytes) => bytes.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Out::Direct(out) => out.flush(),
            Out::Paged(_) => Ok(()),
        }
    }
}

/// Shows `bytes` through the pager `command` (a program and its arguments, separated by
/// spaces, as `PAGER` holds them). An empty command, one that cannot be started, or one that
/// fails means the text is written to `fallback` instead: output is never lost to a pager.
pub(crate) fn page(bytes: &[u8], command: &str, fallback: &mut impl Write) -> std::io::Result<()> {
    let mut words = command.split_whitespace();
    let Some(program) = words.next() else {
        fallback.write_all(bytes)?;
        return fallback.flush();
    };
    let child = std::process::Command::new(program)
        .args(words)
        .stdin(std::process::Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        fallback.write_all(bytes)?;
        return fallback.flush();
    };
    if let Some(mut stdin) = child.stdin.take() {
        // The reader may quit before reading everything (`q` in less): not an error.
        let _ = stdin.write_all(bytes);
    }
    match child.wait() {
        Ok(status) if status.success() => Ok(()),
        _ => {
            fallback.write_all(bytes)?;
            fallback.flush()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapping_never_splits_a_word() {
        let lines = wrap("Buddywerking voor nieuwkomers-in-Sint-Niklaas samen", 10);
        assert_eq!(
            lines,
            [
                "Buddywerking",
                "voor",
                "nieuwkomers-in-Sint-Niklaas",
                "samen"
            ]
        );
    }

    #[test]
    fn an_unusable_pager_falls_back_to_printing() {
        for command in ["", "practice-no-such-pager-here", "false"] {
            let mut out = Vec::new();
            page(b"lijst\n", command, &mut out).unwrap();
            assert_eq!(out, b"lijst\n", "pager `{command}`");
        }
    }

    #[test]
    fn a_working_pager_gets_the_text() {
        let mut out = Vec::new();
        page(b"lijst\n", "true", &mut out).unwrap();
        assert!(out.is_empty());
    }
}
