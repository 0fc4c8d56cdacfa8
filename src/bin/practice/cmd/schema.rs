//! `practice schema`: the format reference generated from `schema/`, as Markdown, or the path
//! of the JSON Schema for editors' YAML tooling.

use std::io::Write;
use std::process::ExitCode;

use practice::collection::SCHEMA_DIR;
use practice::schema::JSON_SCHEMA_FILE;

use super::Context;

/// Arguments of `schema`. The text under its help is `cmd-schema-after-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Print the path of the JSON Schema of the front matter instead.
    #[arg(long)]
    json_schema: bool,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let mut out = super::stdout();
    if args.json_schema {
        let path = cx.root.join(SCHEMA_DIR).join(JSON_SCHEMA_FILE);
        anyhow::ensure!(
            path.is_file(),
            "{}",
            practice::tr!(
                "cmd-error-schema-missing",
                path = path.display().to_string()
            )
        );
        writeln!(out, "{}", path.display())?;
    } else {
        let schema = cx.schema()?;
        out.write_all(
            practice::reference::markdown(&schema, practice::i18n::language()).as_bytes(),
        )?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
