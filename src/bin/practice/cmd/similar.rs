//! `practice similar ID`: the practices most like a given one (more like this), for inspiration
//! and as a duplicate check before adding. Exit 0 with answers, 1 without.

use std::process::ExitCode;

use practice::index::SimilarRequest;

use super::Context;
use super::filter_args::FilterArgs;
use super::search::open;
use super::search::render::{self, Format};

/// Arguments of `similar`.
#[derive(Debug, clap::Args)]
pub(crate) struct Args {
    /// Id of the practice to compare with.
    #[arg(value_name = "ID")]
    id: String,
    #[command(flatten)]
    filters: FilterArgs,
    /// Most practices shown.
    #[arg(long, short = 'n', value_name = "N", default_value_t = 5)]
    limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
}

pub(crate) fn run(args: &Args, cx: &Context) -> anyhow::Result<ExitCode> {
    let (freshness, schema, filter) = open::prepare(cx, &args.filters)?;
    let id = super::practice_id(&args.id);
    let request = SimilarRequest {
        id,
        filter: &filter,
        limit: args.limit,
    };
    let results = open::query(cx, &schema, freshness, |i| {
        let request = SimilarRequest {
            limit: open::at_most(args.limit, i),
            ..request.clone()
        };
        i.similar(&request, &schema)
    })?;
    render::write(cx, &results, args.format)?;
    Ok(if results.total == 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
