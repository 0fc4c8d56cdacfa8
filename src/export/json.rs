//! `practices.json`: every selected practice as a [`Record`] with its body, in one array.

use super::{Context, Format, Record};

/// The `practices.json` part.
pub(super) struct Json;

impl Format for Json {
    fn name(&self) -> &'static str {
        "practices.json"
    }

    fn render(&self, cx: &Context<'_>) -> Vec<u8> {
        let records: Vec<Record<'_>> = cx.entries.iter().map(|e| Record::new(e, true)).collect();
        let mut out = serde_json::to_vec_pretty(&records).expect("records serialize");
        out.push(b'\n');
        out
    }
}
