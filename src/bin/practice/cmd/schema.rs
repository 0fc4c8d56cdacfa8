//! `practice schema`: the format reference generated from `schema/`, as Markdown, or the path
//! of the JSON Schema for editors' YAML tooling.

use std::io::Write;
use std::process::ExitCode;

use practice::collection::SCHEMA_DIR;
use practice::schema::JSON_SCHEMA_FILE;

use super::Context;

/// Arguments of `schema`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "The reference is also committed as docs/format-reference.md.\n\
    For YAML tooling, e.g. in VS Code's settings.json:\n  \
    \"yaml.schemas\": { \"<output of practice schema --json-schema>\": \"practices/**/*.md\" }"
)]
pub(crate) struct Args {
    /// Print the path of the JSON Schema of the front matter instead.
    #[arg(long)]
    json_schema: bool,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let mut out = super::stdout();
    if args.json_schema {
        let path = cx.root.join(SCHEMA_DIR).join(JSON_SCHEMA_FILE);
        anyhow::ensure!(path.is_file(), "{} does not exist", path.display());
        writeln!(out, "{}", path.display())?;
    } else {
        let schema = cx.schema()?;
        out.write_all(practice::reference::markdown(&schema).as_bytes())?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
