//! What needs a curator's attention, as data: assessments older than the review interval of
//! `schema/rules.yaml`, published practices whose period has ended, practices without a way to
//! reach anyone (no contact, or one with neither e-mail nor website), and relative links in a
//! body that lead nowhere. Sorted by urgency: overdue the longest first, then what is due now
//! without a date, then what falls due within the window asked for, soonest first.

use std::collections::HashMap;
use std::path::Path;

use jiff::ToSpan;
use jiff::civil::Date;
use serde::Serialize;

use crate::Error;
use crate::model::Entry;
use crate::rules;
use crate::schema::Schema;

/// What is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The assessment is older than the review interval.
    AssessmentStale,
    /// A published practice whose period has ended.
    PeriodEnded,
    /// No contact, or a contact with neither e-mail nor website.
    ContactMissing,
    /// A relative link in the body resolves to nothing.
    LinkBroken,
}

/// One thing to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    /// The practice.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Its file, root-relative.
    pub path: String,
    /// What is due.
    pub kind: Kind,
    /// The day it falls or fell due, when it has one.
    pub date: Option<String>,
    /// Days since it fell due (negative: days until it does); 0 without a date.
    pub days: i64,
    /// What to do, in Dutch.
    pub message: String,
}

/// The last day of a partial date: `2023` → 2023-12-31, `2023-06` → 2023-06-30.
fn last_day(text: &str) -> Option<Date> {
    crate::date::Partial::parse(text).map(crate::date::Partial::last_day)
}

/// Days from `from` to `to`.
fn days(from: Date, to: Date) -> i64 {
    (to - from).get_days().into()
}

/// Everything due among `entries` (archived practices are left alone) at `today`, and what
/// falls due within `within` days. `root` is the collection the entries were loaded from,
/// checked again for broken links.
pub fn due(
    root: &Path,
    schema: &Schema,
    entries: &[&Entry],
    today: Date,
    within: u32,
) -> Result<Vec<Item>, Error> {
    let horizon = today.checked_add(i64::from(within).days()).unwrap_or(today);
    let mut items = Vec::new();
    let item = |e: &Entry, kind, date: Option<Date>, message: String| Item {
        id: e.practice.id.clone(),
        title: e.practice.title.clone(),
        path: e.path.clone(),
        kind,
        date: date.map(|d| d.to_string()),
        days: date.map_or(0, |d| days(d, today)),
        message,
    };
    let months = i64::from(schema.rules.review_interval_months);
    // What is shown by default is live; archived practices need no upkeep.
    let shown = schema.shown_statuses();
    let live: Vec<&Entry> = entries
        .iter()
        .copied()
        .filter(|e| shown.contains(&e.practice.status))
        .collect();
    for e in &live {
        let p = &e.practice;
        let published = schema.is_top_status(&p.status);
        if published
            && let Some(a) = &p.assessment
            && let Ok(on) = a.on.parse::<Date>()
            && let Ok(next) = on.checked_add(months.months())
            && next <= horizon
        {
            items.push(item(
                e,
                Kind::AssessmentStale,
                Some(next),
                crate::tr!("note-due-assessment", on = on.to_string(), months = months),
            ));
        }
        if published && let Some(period) = &p.period {
            match period.end.as_deref().and_then(last_day) {
                Some(end) if end < horizon => items.push(item(
                    e,
                    Kind::PeriodEnded,
                    end.tomorrow().ok(),
                    crate::tr!(
                        "note-due-period-ended",
                        end = period.end.as_deref().unwrap_or_default()
                    ),
                )),
                None if matches!(period.lifecycle.as_str(), "afgerond" | "stopgezet") => {
                    items.push(item(
                        e,
                        Kind::PeriodEnded,
                        None,
                        crate::tr!("note-due-lifecycle", lifecycle = &period.lifecycle),
                    ));
                }
                _ => {}
            }
        }
        let reachable = p
            .contact
            .as_ref()
            .is_some_and(|c| c.email.is_some() || c.url.is_some());
        // Contact is asked for from the first level above the least demanding one.
        if schema.status_rank(&p.status).is_some_and(|rank| rank > 0) && !reachable {
            let message = if p.contact.is_none() {
                crate::tr!("note-due-no-contact")
            } else {
                crate::tr!("note-due-contact-unreachable")
            };
            items.push(item(e, Kind::ContactMissing, None, message));
        }
    }
    // Broken links are what `validate` finds; it is asked rather than repeated here.
    let by_path: HashMap<&str, &Entry> = live.iter().map(|e| (e.path.as_str(), *e)).collect();
    let request = crate::validate::Request {
        paths: Vec::new(),
        today,
    };
    let report = crate::validate::validate(root, schema, &request)?;
    for d in report
        .diagnostics
        .iter()
        .filter(|d| d.code == rules::LINK_BROKEN)
    {
        if let Some(e) = by_path.get(d.path.as_str()) {
            items.push(item(
                e,
                Kind::LinkBroken,
                None,
                crate::tr!("note-due-line", line = d.line, message = &d.message),
            ));
        }
    }
    // Overdue first, the longest overdue on top; then what is due now without a date; then
    // what falls due soon, soonest first.
    items.sort_by(|a, b| {
        let rank = |i: &Item| match (&i.date, i.days) {
            (Some(_), d) if d >= 0 => (0, -d),
            (None, _) => (1, 0),
            (Some(_), d) => (2, -d),
        };
        (rank(a), a.kind, &a.id, &a.message).cmp(&(rank(b), b.kind, &b.id, &b.message))
    });
    Ok(items)
}
