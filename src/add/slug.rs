//! Ids from titles: a lower-case ASCII slug with Dutch accents and apostrophes folded
//! (`Taalbuddy's in Sint-Niklaas` → `taalbuddys-sint-niklaas`), the municipality in front when
//! the title does not name it (the collection's habit: `dendermonde-cafeklap`), cut at a word
//! boundary and made unique with a number.

use crate::text::fold;

/// Little words that make ids longer without telling practices apart. Only whole words of the
/// title are dropped, so `Heist-op-den-Berg` keeps its `op` and `den`.
const STOPWORDS: &[&str] = &[
    "de", "het", "een", "in", "te", "van", "voor", "en", "met", "op", "aan", "bij", "door", "der",
    "den", "t",
];

/// The id used when a title has no letters or digits at all.
const FALLBACK: &str = "praktijk";

/// Letters that do not decompose into a base letter plus accent.
fn spell(c: char) -> Option<&'static str> {
    Some(match c {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' | 'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        _ => return None,
    })
}

/// The ASCII words of one whitespace-separated token: `Taalbuddy's` → `taalbuddys`,
/// `Sint-Niklaas` → `sint`, `niklaas`.
fn token_words(token: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    for c in fold(token).chars() {
        // Apostrophes join: `taalbuddy's` is one word, not `taalbuddy-s`.
        if matches!(c, '\'' | '’' | '‘' | 'ʼ' | '`' | '´') {
            continue;
        }
        if c.is_ascii_alphanumeric() {
            word.push(c);
        } else if let Some(s) = spell(c) {
            word.push_str(s);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Whether a title word is a little word. Compared before accents are folded, so the numeral
/// `één` (as in `Eén loket`) stays while the article `een` goes.
fn is_stopword(token: &str) -> bool {
    let lower: String = token
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    STOPWORDS.contains(&lower.as_str())
}

fn slug_of(text: &str, drop_stopwords: bool) -> String {
    let tokens: Vec<(&str, Vec<String>)> = text
        .split_whitespace()
        .map(|t| (t, token_words(t)))
        .collect();
    let kept: Vec<&(&str, Vec<String>)> = tokens
        .iter()
        .filter(|(t, _)| !(drop_stopwords && is_stopword(t)))
        .collect();
    // A title of only little words keeps them rather than becoming empty.
    let chosen: Vec<&(&str, Vec<String>)> = if kept.is_empty() {
        tokens.iter().collect()
    } else {
        kept
    };
    chosen
        .into_iter()
        .flat_map(|(_, words)| words.iter().cloned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The slug of a free text: folded, ASCII, words joined by `-`, little words left out.
pub fn slugify(text: &str) -> String {
    slug_of(text, true)
}

/// `slug` cut to at most `max` characters at a word boundary where there is one.
pub fn truncate(slug: &str, max: usize) -> String {
    if slug.len() <= max {
        return slug.to_owned();
    }
    let cut = &slug[..max];
    let at_word = match slug.as_bytes().get(max) {
        Some(b'-') => cut,
        _ => cut.rsplit_once('-').map_or(cut, |(head, _)| head),
    };
    at_word.trim_end_matches('-').to_owned()
}

/// Proposes an id for a practice titled `title` in `municipality` (its name, when there is
/// exactly one): at most `max` characters and not `taken`.
pub fn propose(
    title: &str,
    municipality: Option<&str>,
    max: usize,
    taken: impl Fn(&str) -> bool,
) -> String {
    let mut base = slugify(title);
    if let Some(place) = municipality
        .map(|m| slug_of(m, false))
        .filter(|p| !p.is_empty())
    {
        let named = format!("-{base}-").contains(&format!("-{place}-"));
        if !named {
            base = if base.is_empty() {
                place
            } else {
                format!("{place}-{base}")
            };
        }
    }
    if base.is_empty() {
        base = FALLBACK.to_owned();
    }
    let first = truncate(&base, max);
    if !taken(&first) {
        return first;
    }
    (2..)
        .map(|n| {
            let suffix = format!("-{n}");
            format!(
                "{}{suffix}",
                truncate(&base, max.saturating_sub(suffix.len()))
            )
        })
        .find(|candidate| !taken(candidate))
        .unwrap_or(first)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_accents_apostrophes_and_little_words() {
        let cases = [
            ("Taalbuddy's in Sint-Niklaas", "taalbuddys-sint-niklaas"),
            ("Caféklap in de bibliotheek", "cafeklap-bibliotheek"),
            ("Geëngageerde vrijwilligers", "geengageerde-vrijwilligers"),
            (
                "Mama’s en papa’s leren Nederlands",
                "mamas-papas-leren-nederlands",
            ),
            ("Taal & Werk: 2024/2025", "taal-werk-2024-2025"),
            ("Große Straße", "grosse-strasse"),
            ("  Praktijk   testen!  ", "praktijk-testen"),
            ("De en het", "de-en-het"),
            ("Wegwijzer Heist-op-den-Berg", "wegwijzer-heist-op-den-berg"),
            ("ÉÉN LOKET", "een-loket"),
            ("Een loket", "loket"),
            ("Kom 's avonds", "kom-s-avonds"),
            ("!!!", ""),
        ];
        for (title, want) in cases {
            assert_eq!(slugify(title), want, "title {title:?}");
        }
    }

    #[test]
    fn ids_name_the_municipality_once() {
        let free = |_: &str| false;
        let cases = [
            (
                "Taalbuddy's in Sint-Niklaas",
                Some("Sint-Niklaas"),
                "taalbuddys-sint-niklaas",
            ),
            (
                "Caféklap in de bibliotheek",
                Some("Dendermonde"),
                "dendermonde-cafeklap-bibliotheek",
            ),
            (
                "Praktijktesten",
                Some("Heist-op-den-Berg"),
                "heist-op-den-berg-praktijktesten",
            ),
            ("Buddywerking", None, "buddywerking"),
            ("???", None, "praktijk"),
            ("???", Some("Gent"), "gent"),
        ];
        for (title, place, want) in cases {
            assert_eq!(propose(title, place, 80, free), want, "title {title:?}");
        }
    }

    #[test]
    fn ids_are_cut_at_a_word_boundary() {
        let title = "Een heel lange titel over onthaal oefenkansen buddywerking taalbeleid en nog veel meer woorden";
        let id = propose(title, None, 80, |_| false);
        assert!(id.len() <= 80, "{id}");
        assert!(!id.ends_with('-'));
        assert!(title_words_intact(&id));
        assert_eq!(truncate("abc-defgh", 6), "abc");
        assert_eq!(truncate("abc-defgh", 3), "abc");
        assert_eq!(truncate("abcdefgh", 4), "abcd");
    }

    fn title_words_intact(id: &str) -> bool {
        let full = slugify(
            "Een heel lange titel over onthaal oefenkansen buddywerking taalbeleid en nog veel meer woorden",
        );
        full.starts_with(id) && full.as_bytes().get(id.len()) == Some(&b'-')
    }

    #[test]
    fn taken_ids_get_a_number() {
        let taken = ["gent-taalcafe", "gent-taalcafe-2"];
        let id = propose("Taalcafé", Some("Gent"), 80, |c| taken.contains(&c));
        assert_eq!(id, "gent-taalcafe-3");
        let long = "a".repeat(80);
        let id = propose(&long, None, 80, |c| c == long);
        assert_eq!(id.len(), 80);
        assert!(id.ends_with("-2"));
    }
}
