//! The `practice` command: parses arguments, resolves the collection, runs one subcommand and
//! turns its outcome into an exit code (0 fine, 1 findings, 2 usage or runtime error). Only this
//! file exits.

mod cli;
mod cmd;
mod output;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    match cmd::run(&cli) {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`practice validate | head`) is not a failure.
            if err
                .chain()
                .filter_map(|e| e.downcast_ref::<std::io::Error>())
                .any(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {}", describe(&err));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes on one line, skipping a cause whose text the previous message
/// already contains (library errors often include their source in their own message).
fn describe(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let part = cause.to_string();
        if !text.contains(&part) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&part);
        }
    }
    text
}

// Parsing thousands of files on several threads is allocation-heavy; mimalloc handles that
// workload markedly better than the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
