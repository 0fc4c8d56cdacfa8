//! Messages in the reader's language, from one catalogue per language.
//!
//! The catalogues are Fluent files (`locales/<lang>/*.ftl`), built into the binary by
//! `fluent-templates`, the only module naming it. Fluent rather than a table of strings because
//! Dutch and English differ in more than words: plurals (`1 woord`, `13 woorden`) are chosen by
//! the catalogue with CLDR's rules, so the code passes numbers and never builds a plural itself.
//!
//! The language is chosen once per process by the binary ([`set_language`]): `--lang`, then
//! `PRACTICE_LANG`, then the language the collection names in `schema/rules.yaml`, then Dutch.
//! Every library function that produces text a person reads (findings, notes, headings) asks
//! [`text`] at that moment, so machine formats keep their keys and codes while their messages
//! follow the chosen language. Rule codes and JSON keys are never translated.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, langid, static_loader};

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "nl",
        // Fluent wraps every inserted value in Unicode isolation marks by default, meant for
        // mixing right-to-left scripts; in a terminal and in JSON they are invisible garbage.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the catalogues are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the editors' language and the default.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Nl, Lang::En];

    /// The language's code, as `--lang` and `PRACTICE_LANG` take it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// Reads a language as people write it: `nl`, `nl-BE`, `nl_BE.UTF-8`, `Nederlands`,
    /// `Vlaams`, `en`, `en-GB`, `English`, `Engels`, in any case.
    pub fn parse(text: &str) -> Option<Lang> {
        let lower = text.trim().to_lowercase();
        let base = lower.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match base {
            "nl" | "nld" | "dut" | "nederlands" | "vlaams" | "dutch" => Some(Lang::Nl),
            "en" | "eng" | "english" | "engels" => Some(Lang::En),
            _ => None,
        }
    }

    fn id(self) -> LanguageIdentifier {
        match self {
            Lang::Nl => langid!("nl"),
            Lang::En => langid!("en"),
        }
    }

    fn from_u8(n: u8) -> Lang {
        if n == 1 { Lang::En } else { Lang::Nl }
    }
}

/// The process's language; a number so reading it costs an atomic load.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Chooses the language of every text from now on (the binary does this once, at start).
pub fn set_language(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language texts are produced in now.
pub fn language() -> Lang {
    Lang::from_u8(CURRENT.load(Ordering::Relaxed))
}

/// A value put into a message: text as it is, numbers so the catalogue can choose a plural.
#[derive(Debug, Clone)]
pub enum Arg {
    /// A piece of text (a field name, a path, a value from a file).
    Text(String),
    /// A count or a number.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(usize, u64, u32, i64, i32, f64);

/// The message `id` in the current language, with `args` put in.
///
/// An id missing from the catalogue gives the id itself, so a mistake shows instead of hiding
/// a message; the catalogue tests make sure no shipped id is missing.
pub fn text(id: &str, args: &[(&'static str, Arg)]) -> String {
    text_in(language(), id, args)
}

/// The message `id` in `lang`, with `args` put in.
pub fn text_in(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(k, v)| {
            let value = match v {
                Arg::Text(s) => FluentValue::from(s.as_str()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (Cow::Borrowed(*k), value)
        })
        .collect();
    let args = (!map.is_empty()).then_some(&map);
    LOCALES
        .try_lookup_complete(&lang.id(), id, args)
        .unwrap_or_else(|| id.to_owned())
}

/// Why a file could not be read or written, in the reader's language: the causes an editor can
/// act on by name, any other in the system's own words (which name the cause exactly).
pub fn io_reason(error: &std::io::Error) -> String {
    io_words(error.kind()).unwrap_or_else(|| error.to_string())
}

/// The reader's words for a kind of failure of the file system, for the kinds a person can act
/// on; none for the others, whose system text stays.
pub fn io_words(kind: std::io::ErrorKind) -> Option<String> {
    use std::io::ErrorKind as K;
    Some(match kind {
        K::NotFound => crate::tr!("error-io-not-found"),
        K::PermissionDenied => crate::tr!("error-io-permission"),
        K::AlreadyExists => crate::tr!("error-io-exists"),
        K::IsADirectory => crate::tr!("error-io-is-folder"),
        K::NotADirectory => crate::tr!("error-io-not-folder"),
        K::StorageFull | K::QuotaExceeded => crate::tr!("error-io-full"),
        K::ReadOnlyFilesystem => crate::tr!("error-io-read-only"),
        K::ResourceBusy => crate::tr!("error-io-busy"),
        _ => return None,
    })
}

/// `tr!("id")` or `tr!("id", name = value, ...)`: [`text`] with named arguments.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::text($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// [`tr!`] in a language the caller chooses rather than the process's, so that one test can
/// check a text in both catalogues side by side.
#[macro_export]
macro_rules! tr_in {
    ($lang:expr, $id:expr) => {
        $crate::i18n::text_in($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::text_in($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use super::*;

    /// Every message of one language's catalogue, with the names of the values it takes.
    fn catalogue(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang.code());
        let mut messages = BTreeMap::new();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            let mut current: Option<String> = None;
            for line in text.lines() {
                let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                    && line.contains(" =");
                if starts_message {
                    let id = line.split(" =").next().unwrap().trim().to_owned();
                    assert!(
                        messages.insert(id.clone(), BTreeSet::new()).is_none(),
                        "{id} twice in {}",
                        file.display()
                    );
                    current = Some(id);
                } else if line.starts_with('#') || line.trim().is_empty() {
                    if line.trim().is_empty() {
                        continue;
                    }
                    current = None;
                    continue;
                }
                if let Some(id) = &current {
                    let vars = messages.get_mut(id).unwrap();
                    for piece in line.split('$').skip(1) {
                        let name: String = piece
                            .chars()
                            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                            .collect();
                        vars.insert(name);
                    }
                }
            }
        }
        messages
    }

    #[test]
    fn both_catalogues_have_every_message_with_the_same_placeholders() {
        let nl = catalogue(Lang::Nl);
        let en = catalogue(Lang::En);
        assert!(
            nl.len() > 20,
            "the Dutch catalogue has {} messages",
            nl.len()
        );
        let only_nl: Vec<_> = nl.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !nl.contains_key(*k)).collect();
        assert!(only_nl.is_empty(), "only in Dutch: {only_nl:?}");
        assert!(only_en.is_empty(), "only in English: {only_en:?}");
        for (id, vars) in &nl {
            assert_eq!(vars, &en[id], "placeholders of {id} differ");
        }
    }

    #[test]
    fn every_message_the_code_asks_for_is_in_the_catalogue() {
        let nl = catalogue(Lang::Nl);
        let mut missing = Vec::new();
        for entry in walkdir::WalkDir::new(Path::new(env!("CARGO_MANIFEST_DIR")).join("src")) {
            let entry = entry.unwrap();
            // This file names the macro in its documentation.
            if entry.path().extension().is_none_or(|e| e != "rs")
                || entry.path().ends_with("i18n.rs")
            {
                continue;
            }
            let code = std::fs::read_to_string(entry.path()).unwrap();
            // `tr!("id"`, not `include_str!("…"` nor the macro's own definition.
            let calls = code.match_indices("tr!(\"").filter(|(at, _)| {
                !code[..*at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
            });
            for (at, call) in calls {
                let id = code[at + call.len()..].split('"').next().unwrap();
                if !nl.contains_key(id) {
                    missing.push(format!("{}: {id}", entry.path().display()));
                }
            }
        }
        assert!(missing.is_empty(), "not in the catalogue: {missing:#?}");
    }

    #[test]
    fn plurals_come_from_the_catalogue() {
        let one = text_in(
            Lang::Nl,
            "stats-counted",
            &[("count", Arg::from(1usize)), ("statuses", Arg::from("x"))],
        );
        let many = text_in(
            Lang::Nl,
            "stats-counted",
            &[("count", Arg::from(13usize)), ("statuses", Arg::from("x"))],
        );
        assert_eq!(one, "1 praktijk met status x");
        assert_eq!(many, "13 praktijken met status x");
        assert_eq!(
            text_in(
                Lang::En,
                "stats-counted",
                &[("count", Arg::from(1usize)), ("statuses", Arg::from("x"))]
            ),
            "1 practice with status x"
        );
    }

    #[test]
    fn languages_are_read_as_people_write_them() {
        for (input, lang) in [
            ("nl", Lang::Nl),
            ("nl_BE.UTF-8", Lang::Nl),
            ("Nederlands", Lang::Nl),
            ("EN", Lang::En),
            ("en-GB", Lang::En),
            ("Engels", Lang::En),
        ] {
            assert_eq!(Lang::parse(input), Some(lang), "{input}");
        }
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse(""), None);
    }
}
