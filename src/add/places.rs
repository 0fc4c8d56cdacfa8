//! Municipalities as an editor types them: a NIS code, a name in any case and with or without
//! accents, a pre-2025 name (mapped to its 2025 successor), or one of the completions offered
//! while typing (`Sint-Niklaas (46021)`, `Borsbeek → Antwerpen (11002)`).

use crate::schema::{Legacy, Lookup, Municipalities, Municipality};
use crate::text::fold_key;

/// A municipality an editor named, resolved to 2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place<'a> {
    /// The 2025 municipality.
    pub municipality: &'a Municipality,
    /// The pre-2025 municipality that was named, when it merged into another one.
    pub former: Option<&'a Legacy>,
}

/// The NIS code a completion ends with: `Sint-Niklaas (46021)` → `46021`.
fn trailing_code(input: &str) -> Option<&str> {
    let inner = input.trim().strip_suffix(')')?;
    let (_, code) = inner.rsplit_once('(')?;
    (code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit())).then_some(code)
}

/// Resolves what an editor typed; `Err` carries the closest 2025 municipality, if any is close.
pub fn resolve<'a>(
    municipalities: &'a Municipalities,
    input: &str,
) -> Result<Place<'a>, Option<&'a Municipality>> {
    if let Some(m) = trailing_code(input).and_then(|code| municipalities.by_nis(code)) {
        return Ok(Place {
            municipality: m,
            former: None,
        });
    }
    match municipalities.lookup(input) {
        Lookup::Current(m) => Ok(Place {
            municipality: m,
            former: None,
        }),
        Lookup::Legacy { old, successor } => Ok(Place {
            municipality: successor,
            // An unchanged municipality is listed among the old ones too; it is no merger.
            former: (old.nis != successor.nis || fold_key(&old.name) != fold_key(&successor.name))
                .then_some(old),
        }),
        Lookup::Unknown { suggestion } => {
            Err(
                suggestion.and_then(|name| match municipalities.lookup(name) {
                    Lookup::Current(m) => Some(m),
                    _ => None,
                }),
            )
        }
    }
}

/// How a 2025 municipality is offered while typing.
pub fn label(m: &Municipality) -> String {
    format!("{} ({})", m.name, m.nis)
}

/// Completions for a partial input, best first: names that start with it, then names that
/// contain it, then NIS codes that start with it; former municipalities show their successor.
pub fn complete(municipalities: &Municipalities, input: &str, limit: usize) -> Vec<String> {
    let key = fold_key(input);
    if key.is_empty() {
        return Vec::new();
    }
    let digits = input.trim().bytes().all(|b| b.is_ascii_digit());
    let rank = |name: &str, nis: &str| -> Option<u8> {
        let name = fold_key(name);
        if digits {
            nis.starts_with(input.trim()).then_some(2)
        } else if name.starts_with(&key) {
            Some(0)
        } else {
            name.contains(&key).then_some(1)
        }
    };
    let mut hits: Vec<(u8, String)> = municipalities
        .current()
        .iter()
        .filter_map(|m| rank(&m.name, &m.nis).map(|r| (r, label(m))))
        .collect();
    for old in municipalities.legacy() {
        let Some(successor) = municipalities.by_nis(&old.successor) else {
            continue;
        };
        if fold_key(&old.name) == fold_key(&successor.name) {
            continue;
        }
        if let Some(r) = rank(&old.name, &old.nis) {
            hits.push((r, format!("{} → {}", old.name, label(successor))));
        }
    }
    hits.sort();
    hits.dedup_by(|a, b| a.1 == b.1);
    hits.into_iter().take(limit).map(|(_, l)| l).collect()
}
