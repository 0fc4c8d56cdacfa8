//! Ids from titles, in one pattern: `<gemeente>-<onderwerp>`, the collection's habit
//! (`dendermonde-cafeklap`, `kortrijk-brugfiguren-basisonderwijs`). The place is the practice's
//! (first) 2025 municipality and is named once: the names of the practice's places, former
//! municipalities merged into them included, are taken out of the subject
//! (`Taalbuddy's in Sint-Niklaas` → `sint-niklaas-taalbuddys`; `Praatcafé Borsbeek` in
//! Antwerpen → `antwerpen-praatcafe`). The subject is the title as a lower-case ASCII slug
//! (accents and apostrophes folded, little words left out), at most four words, so ids stay
//! short and do not change with a longer title; the whole is cut at a word boundary and made
//! unique with a number.

use crate::text::fold;

/// Little words that make ids longer without telling practices apart. Only whole words of the
/// title are dropped, so `Heist-op-den-Berg` keeps its `op` and `den`.
const STOPWORDS: &[&str] = &[
    "de", "het", "een", "in", "te", "van", "voor", "en", "met", "op", "aan", "bij", "door", "der",
    "den", "t",
];

/// Most words of the title kept in the subject of an id.
const SUBJECT_WORDS: usize = 4;

/// The id used when a title has no letters or digits at all.
const FALLBACK: &str = "praktijk";

/// Letters that [`fold`] keeps (it spells out `ß`, `æ`, `ø` and the like) but an id, plain
/// ASCII, cannot: they are rare enough that the search index keeps them as they are.
fn spell(c: char) -> Option<&'static str> {
    Some(match c {
        'ð' => "d",
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

/// Proposes an id `<place>-<subject>` for a practice titled `title`: `place` is its (first)
/// municipality, `names` every name of its places (2025 and former) to leave out of the
/// subject. At most `max` characters and not `taken`.
pub fn propose(
    title: &str,
    place: Option<&str>,
    names: &[&str],
    max: usize,
    taken: impl Fn(&str) -> bool,
) -> String {
    let mut words: Vec<String> = slugify(title)
        .split('-')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect();
    let mut sequences: Vec<Vec<String>> = names
        .iter()
        .chain(place.iter())
        .map(|n| {
            slug_of(n, false)
                .split('-')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|seq: &Vec<String>| seq.iter().all(|w| !w.is_empty()))
        .collect();
    // Longer names first: `sint-niklaas` before a `sint` of another place.
    sequences.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for seq in &sequences {
        let mut i = 0;
        while i + seq.len() <= words.len() {
            if words[i..i + seq.len()] == seq[..] {
                words.drain(i..i + seq.len());
            } else {
                i += 1;
            }
        }
    }
    words.truncate(SUBJECT_WORDS);
    let subject = words.join("-");
    let place = place.map(|m| slug_of(m, false)).unwrap_or_default();
    let base = match (place.is_empty(), subject.is_empty()) {
        (false, false) => format!("{place}-{subject}"),
        (false, true) => place,
        (true, false) => subject,
        (true, true) => FALLBACK.to_owned(),
    };
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
                "sint-niklaas-taalbuddys",
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
            assert_eq!(
                propose(title, place, &[], 80, free),
                want,
                "title {title:?}"
            );
        }
        // Former municipalities merged into the place are its names too.
        let bkz = ["Beveren", "Kruibeke", "Zwijndrecht"];
        assert_eq!(
            propose(
                "Buddywerking nieuwkomers Beveren",
                Some("Beveren-Kruibeke-Zwijndrecht"),
                &bkz,
                80,
                free
            ),
            "beveren-kruibeke-zwijndrecht-buddywerking-nieuwkomers"
        );
        assert_eq!(
            propose(
                "Praatcafé Borsbeek",
                Some("Antwerpen"),
                &["Borsbeek"],
                80,
                free
            ),
            "antwerpen-praatcafe"
        );
        assert_eq!(
            propose(
                "Wegwijzer Heist-op-den-Berg",
                Some("Heist-op-den-Berg"),
                &[],
                80,
                free
            ),
            "heist-op-den-berg-wegwijzer"
        );
    }

    #[test]
    fn the_subject_is_short() {
        let id = propose(
            "Een heel lange titel over onthaal en oefenkansen",
            Some("Gent"),
            &[],
            80,
            |_| false,
        );
        assert_eq!(id, "gent-heel-lange-titel-over");
    }

    #[test]
    fn ids_are_cut_at_a_word_boundary() {
        let title = "Een heel lange titel over onthaal oefenkansen buddywerking taalbeleid en nog veel meer woorden";
        let id = propose(title, None, &[], 80, |_| false);
        assert!(id.len() <= 80, "{id}");
        assert!(!id.ends_with('-'));
        assert!(title_words_intact(&id));
        let long = "x".repeat(70);
        assert!(propose(&long, Some("Heist-op-den-Berg"), &[], 80, |_| false).len() <= 80);
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
        let id = propose("Taalcafé", Some("Gent"), &[], 80, |c| taken.contains(&c));
        assert_eq!(id, "gent-taalcafe-3");
        let long = "a".repeat(80);
        let id = propose(&long, None, &[], 80, |c| c == long);
        assert_eq!(id.len(), 80);
        assert!(id.ends_with("-2"));
    }
}
