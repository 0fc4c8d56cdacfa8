//! The one progress bar of the tool: indicatif on stderr, drawn only on a terminal, without
//! `-q`, and for work large enough to be worth watching. The library reports progress through
//! its `Progress` traits (the index's and the export's); this type answers both.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cmd::Context;

/// A bar counting `unit`s, shown from `from` of them on.
pub(crate) struct Bar {
    bar: Option<ProgressBar>,
    quiet: bool,
    from: u64,
}

impl Bar {
    /// A bar headed `what` (`indexeren`, `exporteren`, from the catalogue) that counts `unit`s;
    /// drawn from `from` of them on, and only when stderr is a terminal and `-q` is not given.
    pub(crate) fn new(cx: &Context, what: &str, unit: &str, from: u64) -> Bar {
        let on = !cx.quiet && std::io::stderr().is_terminal();
        let bar = on.then(|| {
            let bar = ProgressBar::hidden();
            // The words are the reader's; braces in them would be read as template keys.
            let (what, unit) = (what.replace(['{', '}'], ""), unit.replace(['{', '}'], ""));
            let template = format!("{what} [{{bar:40}}] {{pos}}/{{len}} {unit} ({{eta}})");
            if let Ok(style) = ProgressStyle::with_template(&template) {
                bar.set_style(style.progress_chars("=> "));
            }
            bar
        });
        Bar {
            bar,
            quiet: cx.quiet,
            from,
        }
    }

    /// `total` units are coming: the bar appears if they are enough.
    fn begin(&self, total: u64) {
        if let Some(bar) = &self.bar
            && total >= self.from
        {
            bar.set_length(total);
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.enable_steady_tick(Duration::from_millis(120));
        }
    }

    fn step(&self, n: u64) {
        if let Some(bar) = &self.bar {
            bar.inc(n);
        }
    }

    /// Clears the bar from the terminal.
    pub(crate) fn end(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

impl practice::index::Progress for Bar {
    fn waiting(&self, at_most: Duration) {
        if !self.quiet {
            eprintln!(
                "{}",
                practice::tr!("cmd-index-waiting", seconds = at_most.as_secs())
            );
        }
    }

    fn start(&self, total: u64) {
        self.begin(total);
    }

    fn advance(&self, n: u64) {
        self.step(n);
    }

    fn finish(&self) {
        self.end();
    }
}

impl practice::export::Progress for Bar {
    fn start(&self, total: u64) {
        self.begin(total);
    }

    fn advance(&self) {
        self.step(1);
    }
}
