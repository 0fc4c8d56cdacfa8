//! What the analyzer knows of Dutch words beyond stemming: the parts compounds are made of, so
//! that `burenruzie` is also found by `ruzie` and `buren` (like Lucene's
//! `DictionaryCompoundWordTokenFilter`), and diminutives, so that `groepje`, `praatgroepjes` and
//! `kopje` meet `groep`, `praatgroep` and `kop`.
//!
//! The parts are the productive parts of the OpenTaal word list (`data/lexicon/parts.txt`,
//! BSD or CC BY 3.0, see `data/lexicon/README.md`), the project's own words of the field
//! (`data/lexicon/domain.txt`) and, at query time, the words of the collection itself.

/// Shortest part of a compound: shorter "parts" (`uur` in `bestuur`, `oor` in `kantoor`) split
/// far more words wrongly than rightly.
const MIN_PART: usize = 4;
/// Shortest first part of a compound that is indexed on its own: four-letter ones are often
/// other words (`maat` in `maatregel`, `kant` in `kantoor`), five-letter ones rarely (`buren`).
pub(crate) const MIN_MODIFIER: usize = 5;
/// Deepest nesting of compounds split (`buren` + `ruzie` + `bemiddeling`).
const MAX_PARTS: usize = 4;
/// Letters that join two parts of a compound (`inburgering-s-traject`, `kinder-en-opvang`).
const LINKS: &[&str] = &["s", "e", "en", "er"];

static LEXICALISED_TEXT: &str = include_str!("../../data/lexicon/lexicalised.txt");

// `PARTS`: the words of `data/lexicon/parts.txt` and `domain.txt`, sorted by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/parts.rs"));

/// Whether a folded diminutive has a meaning of its own (`maatje`).
fn is_lexicalised(word: &str) -> bool {
    LEXICALISED_TEXT
        .lines()
        .any(|l| !l.starts_with('#') && l.trim() == word)
}

/// Whether `word` (folded) is a known part of compounds. A bisection of the sorted array costs
/// about 15 comparisons and nothing to set up, where a hash set of the 19,000 words would cost
/// a search 2 ms to build.
pub(crate) fn is_part(word: &str) -> bool {
    PARTS.binary_search(&word).is_ok()
}

/// The parts of a folded compound, longest first part first, or `None` when it is not one.
/// `known` says whether a candidate part is a word; the shipped parts always are.
pub(crate) fn split<'w>(word: &'w str, known: &dyn Fn(&str) -> bool) -> Option<Vec<&'w str>> {
    if !word.is_ascii() || word.len() < 2 * MIN_PART {
        return None;
    }
    split_from(word, known, MAX_PARTS)
}

fn split_from<'w>(
    word: &'w str,
    known: &dyn Fn(&str) -> bool,
    depth: usize,
) -> Option<Vec<&'w str>> {
    if depth < 2 || word.len() < 2 * MIN_PART {
        return None;
    }
    let is = |w: &str| is_part(w) || known(w);
    for cut in (MIN_PART..=word.len() - MIN_PART).rev() {
        let (modifier, head) = word.split_at(cut);
        let Some(modifier) = std::iter::once(modifier)
            .chain(LINKS.iter().filter_map(|l| modifier.strip_suffix(l)))
            .find(|m| m.len() >= MIN_PART && is(m))
        else {
            continue;
        };
        if is(head) {
            return Some(vec![modifier, head]);
        }
        if let Some(mut rest) = split_from(head, known, depth - 1) {
            rest.insert(0, modifier);
            return Some(rest);
        }
    }
    None
}

/// Whether a folded word is known: a part, or a compound of parts.
fn is_word(word: &str, known: &dyn Fn(&str) -> bool) -> bool {
    is_part(word) || known(word) || split(word, known).is_some()
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The base word of a folded diminutive (`groepje` → `groep`, `maatjes` → `maat`, `boompje` →
/// `boom`, `ringetje` → `ring`, `stoeltje` → `stoel`), or `None`.
///
/// Each ending is taken only after the sounds Dutch puts before it (`-je` after `p`, `t`, `k`,
/// `f`, `s`, `d`, `g`, `b`, `ch`; `-tje` after a vowel, `l`, `n`, `r` or `w`; `-pje` after `m`;
/// `-etje` after a short vowel and a doubled consonant), and only when what is left is a known
/// word, so that `oranje`, `spanje`, `franje`, `vrije` and `meisje` stay as they are. A
/// diminutive with a meaning of its own (`data/lexicon/lexicalised.txt`: `maatje` is a buddy,
/// `maat` a size) only loses its plural.
pub(crate) fn diminutive_base(word: &str, known: &dyn Fn(&str) -> bool) -> Option<String> {
    if !word.is_ascii() {
        return None;
    }
    // Most words are no diminutive: the cheap test first, as every indexed word comes here.
    let singular = word.strip_suffix('s').unwrap_or(word);
    if !singular.ends_with("je") {
        return None;
    }
    if is_lexicalised(singular) {
        return (singular != word).then(|| singular.to_owned());
    }
    let stem = singular.strip_suffix("je")?;
    let b = stem.as_bytes();
    let mut candidates: Vec<String> = Vec::new();
    match b.last() {
        Some(b't') if b.len() >= 2 => {
            let before = b[b.len() - 2];
            let base = &stem[..stem.len() - 1];
            if before == b'e' && b.len() >= 4 {
                // -etje: ringetje → ring, bloemetje → bloem, with a doubled consonant
                // undoubled: bolletje → bol.
                let base = &stem[..stem.len() - 2];
                let c = base.as_bytes();
                if c[c.len() - 1] == c[c.len() - 2] {
                    candidates.push(base[..base.len() - 1].to_owned());
                }
                candidates.push(base.to_owned());
            }
            if is_vowel(before) || matches!(before, b'l' | b'n' | b'r' | b'w') {
                // A long vowel is written double before -tje: autootje → auto.
                let undoubled = base
                    .strip_suffix(|c: char| c.is_ascii() && is_vowel(c as u8))
                    .filter(|s| s.ends_with(|c: char| c.is_ascii() && is_vowel(c as u8)));
                candidates.push(base.to_owned());
                candidates.extend(undoubled.map(str::to_owned));
            }
            // -je after t: maatje → maat, hoedje is below.
            candidates.push(stem.to_owned());
        }
        Some(b'p') if b.len() >= 2 && b[b.len() - 2] == b'm' => {
            candidates.push(stem[..stem.len() - 1].to_owned());
        }
        Some(b'p' | b'k' | b'f' | b's' | b'd' | b'g' | b'b' | b'h') => {
            candidates.push(stem.to_owned());
        }
        _ => {}
    }
    candidates
        .into_iter()
        .find(|c| c.len() >= 3 && c != word && is_word(c, known))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn none(_: &str) -> bool {
        false
    }

    #[test]
    fn the_shipped_lists_are_all_parts() {
        let text = include_str!("../../data/lexicon/parts.txt");
        for w in text.lines().chain(["buddy", "okan", "nieuwkomer"]) {
            assert!(is_part(w), "{w}");
        }
        for w in ["", "a", "zzzzz", "taalx", "ta"] {
            assert!(!is_part(w), "{w}");
        }
    }

    #[test]
    fn compounds_split_into_known_parts() {
        assert_eq!(split("burenruzie", &none), Some(vec!["buren", "ruzie"]));
        assert_eq!(split("taalcafe", &none), Some(vec!["taal", "cafe"]));
        assert_eq!(
            split("inburgeringstraject", &none),
            Some(vec!["inburgering", "traject"])
        );
        assert_eq!(split("buddywerking", &none), Some(vec!["buddy", "werking"]));
        assert_eq!(split("vrouwengroep", &none), Some(vec!["vrouwen", "groep"]));
    }

    #[test]
    fn short_and_suffix_like_parts_do_not_split_plain_words() {
        for w in [
            "bestuur",
            "kantoor",
            "leerling",
            "gemeente",
            "vrijheid",
            "vereniging",
            "discriminatie",
        ] {
            assert_eq!(split(w, &none), None, "{w}");
        }
    }

    #[test]
    fn the_collection_may_know_more_parts() {
        let known = |w: &str| w == "babbelonie";
        assert_eq!(
            split("babbeloniewerking", &known),
            Some(vec!["babbelonie", "werking"])
        );
    }

    #[test]
    fn diminutives_meet_their_base_word() {
        for (dim, base) in [
            ("groepje", "groep"),
            ("groepjes", "groep"),
            ("maatjes", "maatje"),
            ("boekje", "boek"),
            ("huisje", "huis"),
            ("stoeltje", "stoel"),
            ("tuintje", "tuin"),
            ("boompje", "boom"),
            ("ringetje", "ring"),
            ("bloemetje", "bloem"),
            ("praatgroepje", "praatgroep"),
            ("vrouwengroepje", "vrouwengroep"),
        ] {
            assert_eq!(diminutive_base(dim, &none).as_deref(), Some(base), "{dim}");
        }
    }

    #[test]
    fn words_that_only_look_like_diminutives_stay() {
        for w in [
            "oranje", "spanje", "franje", "bonje", "vrije", "blije", "meisje", "plunje",
            "kastanje", "taal", "je", "jes", "tje",
        ] {
            assert_eq!(diminutive_base(w, &none), None, "{w}");
        }
    }
}

/// Measures the diminutive rule on a word list (one word per line), for `docs/search.md`:
/// `PRACTICE_WORDLIST=/usr/share/dict/dutch cargo test --lib diminutives_on -- --ignored --nocapture`.
#[cfg(test)]
#[allow(clippy::print_stdout)]
mod measure {
    #[test]
    #[ignore = "needs a word list; prints a measurement"]
    fn diminutives_on_a_word_list() {
        let Ok(path) = std::env::var("PRACTICE_WORDLIST") else {
            return;
        };
        let text = std::fs::read_to_string(path).unwrap();
        let words: Vec<String> = text
            .lines()
            .filter(|w| w.chars().all(|c| c.is_ascii_lowercase()))
            .map(str::to_owned)
            .collect();
        let shaped: Vec<&String> = words
            .iter()
            .filter(|w| w.ends_with("je") || w.ends_with("jes"))
            .collect();
        let mapped: Vec<(&String, String)> = shaped
            .iter()
            .filter_map(|w| super::diminutive_base(w, &|_| false).map(|b| (*w, b)))
            .collect();
        println!(
            "{} words, {} end in -je(s), {} meet a base word",
            words.len(),
            shaped.len(),
            mapped.len()
        );
        let step = (mapped.len() / 60).max(1);
        for (w, b) in mapped.iter().step_by(step) {
            println!("  {w} -> {b}");
        }
        let kept: Vec<&&String> = shaped
            .iter()
            .filter(|w| super::diminutive_base(w, &|_| false).is_none())
            .collect();
        let step = (kept.len() / 40).max(1);
        println!("kept as they are (sample):");
        for w in kept.iter().step_by(step) {
            println!("  {w}");
        }
    }
}
