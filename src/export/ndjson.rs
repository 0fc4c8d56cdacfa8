//! Newline-delimited JSON for search engines. `practices.ndjson` holds one [`Record`] per line,
//! as Quickwit's ingest and `jq` want it; `practices.bulk.ndjson` puts an `index` action before
//! each line, as the `_bulk` API of OpenSearch and Elasticsearch wants it
//! (`curl -H 'Content-Type: application/x-ndjson' --data-binary @practices.bulk.ndjson
//! host/INDEX/_bulk`), with the practice id as document id so a re-import replaces.

use serde_json::json;

use super::{Context, Format, Record};

/// The `practices.ndjson` part.
pub(super) struct Ndjson;

/// The `practices.bulk.ndjson` part.
pub(super) struct Bulk;

fn lines(cx: &Context<'_>, with_action: bool) -> Vec<u8> {
    let mut out = Vec::new();
    for entry in cx.entries {
        if with_action {
            let action = json!({"index": {"_id": entry.practice.id}});
            serde_json::to_writer(&mut out, &action).expect("action serializes");
            out.push(b'\n');
        }
        serde_json::to_writer(&mut out, &Record::new(entry, true)).expect("record serializes");
        out.push(b'\n');
    }
    out
}

impl Format for Ndjson {
    fn name(&self) -> &'static str {
        "practices.ndjson"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        lines(cx, false)
    }
}

impl Format for Bulk {
    fn name(&self) -> &'static str {
        "practices.bulk.ndjson"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        lines(cx, true)
    }
}
