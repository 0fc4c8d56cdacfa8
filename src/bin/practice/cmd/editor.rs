//! The editor of `add --edit` and `edit`: `$VISUAL`, else `$EDITOR`, run the way git runs it
//! so that a value with arguments (`code --wait`) works; `edit` falls back to a default.

use std::path::Path;
use std::process::{Command, ExitStatus};

/// The configured editor command.
pub(crate) fn from_env() -> anyhow::Result<String> {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(|k| std::env::var(k).ok())
        .find(|v| !v.trim().is_empty())
        .ok_or_else(|| anyhow::anyhow!("neither $VISUAL nor $EDITOR is set"))
}

/// Runs `editor` on `path` with the terminal attached, and waits for it.
pub(crate) fn open(editor: &str, path: &Path) -> std::io::Result<ExitStatus> {
    if cfg!(unix) {
        // The shell splits the editor's own arguments; the path is passed as `$1`, unsplit.
        Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$1\""))
            .arg("sh")
            .arg(path)
            .status()
    } else {
        let mut words = editor.split_whitespace();
        let program = words.next().unwrap_or(editor);
        Command::new(program).args(words).arg(path).status()
    }
}

/// The editor as git picks it: `$VISUAL`, `$EDITOR`, then the first of the system's editor
/// (`editor` on Debian and Ubuntu), `nano` and `vi` found on `PATH` (`notepad` on Windows).
pub(crate) fn choose() -> Option<String> {
    if let Ok(editor) = from_env() {
        return Some(editor);
    }
    if cfg!(windows) {
        return Some("notepad".to_owned());
    }
    let path = std::env::var_os("PATH")?;
    ["editor", "nano", "vi"]
        .into_iter()
        .find(|name| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
        .map(str::to_owned)
}
