//! The Dutch analyzer as a tantivy tokenizer: words from [`super::words`], Dutch stop words left
//! out (their positions kept, so phrases still line up), a stemmer, the joined form of
//! hyphenated words and the completed halves of elided compounds.

use std::collections::BTreeSet;
use std::sync::{Arc, LazyLock};

use rustc_hash::{FxHashMap, FxHashSet};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::lexicon;
use super::spelling::Gathered;
use super::words::{self, JOINERS};

/// Name under which the stemming analyzer is registered with tantivy.
pub(crate) const DUTCH: &str = "practice_nl";

/// Marks the indexed part of a compound (`~ruzie` of `burenruzie`), a term no word can be.
pub(crate) const PART_MARK: char = '~';

/// Longest token kept; longer runs are URLs, hashes and the like.
const MAX_TOKEN_BYTES: usize = 48;

/// Which stemmer reduces Dutch words to a common form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stemming {
    /// No stemming: only folding.
    None,
    /// Snowball's current Dutch stemmer (Kraaij-Pohlmann based), the one tantivy 0.27 ships as
    /// `Language::Dutch`.
    KraaijPohlmann,
    /// Snowball's original Dutch stemmer (Porter based), kept upstream as `dutch_porter`.
    Porter,
    /// [`Stemming::Porter`] and three plural rules it lacks (see [`plural_fixes`]).
    PorterPlurals,
}

impl Stemming {
    /// The stemmer the index uses; chosen by measurement, see `docs/search.md`.
    pub const DEFAULT: Stemming = Stemming::PorterPlurals;

    /// Short name, recorded in the index sidecar.
    pub fn name(&self) -> &'static str {
        match self {
            Stemming::None => "none",
            Stemming::KraaijPohlmann => "kraaij-pohlmann",
            Stemming::Porter => "porter",
            Stemming::PorterPlurals => "porter+plurals",
        }
    }

    /// Stems one folded word.
    pub fn stem(&self, word: &str) -> String {
        match self {
            Stemming::None => word.to_owned(),
            Stemming::KraaijPohlmann => frostem::Stemmer::new(frostem::Algorithm::Dutch)
                .stem(word)
                .into_owned(),
            Stemming::Porter => frostem::Stemmer::new(frostem::Algorithm::DutchPorter)
                .stem(word)
                .into_owned(),
            Stemming::PorterPlurals => plural_fixes(&Stemming::Porter.stem(word)),
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// What the Porter stemmer leaves of plurals, brought back to the singular's stem: `-ies` ends
/// in `-ie` (`acties` → `actie`), a final `s` after a consonant goes as it does for singulars
/// (`kansen` → `kans` → `kan`, like `kans` → `kan`), a doubled final consonant is undoubled
/// (`gezinnen` → `gezinn` → `gezin`, `lessen` → `less` → `les`), and a final `z` or `v`
/// becomes `s` or `f` (`huizen` → `huiz` → `huis`, `brieven` → `briev` → `brief`).
pub(crate) fn plural_fixes(stem: &str) -> String {
    let mut s = stem.to_owned();
    if s.ends_with("ies") {
        s.pop();
    }
    if let Some((before, last)) = tail(&s)
        && last == 's'
        && !is_vowel(before)
        && before != 'j'
    {
        s.pop();
    }
    if let Some((before, last)) = tail(&s)
        && last == before
        && !is_vowel(last)
    {
        s.pop();
    }
    // Dutch writes no word with a final `v` or `z` (they sound as `f` and `s` there), so a stem
    // that ends in one is a plural's: `huizen` → `huiz` → `huis`, `brieven` → `brief`,
    // `bazen` → `baz` → `bas` (as `baas`).
    if s.len() > 2 {
        if let Some(stripped) = s.strip_suffix('z') {
            s = format!("{stripped}s");
        } else if let Some(stripped) = s.strip_suffix('v') {
            s = format!("{stripped}f");
        }
    }
    s
}

/// The last two characters of a word of more than three.
fn tail(word: &str) -> Option<(char, char)> {
    let mut rev = word.chars().rev();
    let (last, before) = (rev.next()?, rev.next()?);
    rev.nth(1)?;
    Some((before, last))
}

/// A stemmer and the words it must leave alone: the names of municipalities and provinces, so
/// that `Menen` stays a town and does not meet `gemeente` (which Kraaij-Pohlmann stems to `meen`).
#[derive(Debug, Clone)]
pub struct Analysis {
    /// The stemmer.
    pub stemming: Stemming,
    keep: Arc<BTreeSet<String>>,
}

impl Analysis {
    /// `stemming` with nothing protected.
    pub fn plain(stemming: Stemming) -> Analysis {
        Analysis {
            stemming,
            keep: Arc::default(),
        }
    }

    /// `stemming`, leaving the one-word parts of municipality and province names unstemmed.
    pub fn with_place_names(stemming: Stemming, schema: &crate::schema::Schema) -> Analysis {
        let mut keep = BTreeSet::new();
        for m in schema.municipalities.current() {
            for name in [&m.name, &m.province] {
                for w in words::words(name) {
                    keep.extend(w.parts.into_iter().filter(|p| !is_stop_word(p)));
                }
            }
        }
        Analysis {
            stemming,
            keep: Arc::new(keep),
        }
    }

    /// Name recorded in the sidecar.
    pub fn name(&self) -> String {
        if self.keep.is_empty() {
            self.stemming.name().to_owned()
        } else {
            format!("{}+places", self.stemming.name())
        }
    }

    /// Stems a folded word unless it is protected; a diminutive is stemmed as its base word
    /// (`groepjes` as `groep`), so the two meet in the index, in queries and in synonyms alike.
    pub fn stem(&self, word: &str) -> String {
        if self.stemming != Stemming::None
            && !self.keep.contains(word)
            && let Some(base) = lexicon::diminutive_base(word, &|_| false)
        {
            return self.stem_word(&base);
        }
        self.stem_word(word)
    }

    /// Stems a word that is not a diminutive, unless it is protected.
    fn stem_word(&self, word: &str) -> String {
        if self.keep.contains(word) {
            word.to_owned()
        } else {
            self.stemming.stem(word)
        }
    }

    /// The stemmed parts of a folded compound (`burenruzie` → `bur`, `ruzie`), none for other
    /// words; a diminutive is split as its base word.
    pub(crate) fn compound_parts(&self, word: &str) -> Vec<String> {
        if self.stemming == Stemming::None || self.keep.contains(word) {
            return Vec::new();
        }
        let base = lexicon::diminutive_base(word, &|_| false);
        let word = base.as_deref().unwrap_or(word);
        let Some(parts) = lexicon::split(word, &|_| false) else {
            return Vec::new();
        };
        let last = parts.len() - 1;
        parts
            .into_iter()
            .enumerate()
            // The head carries the meaning (a `burenruzie` is a `ruzie`); a short first part
            // is too often another word (`maat` of `maatregel` is not a `maatje`).
            .filter(|&(i, p)| i == last || p.len() >= lexicon::MIN_MODIFIER)
            .map(|(_, p)| self.stem_word(p))
            .collect()
    }
}

/// Snowball's Dutch stop word list (as in tantivy), folded.
pub(crate) const STOP_WORDS: &[&str] = &[
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
    "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
    "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je",
    "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u",
    "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch", "al",
    "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus", "alles",
    "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen", "kunnen",
    "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand", "geweest",
    "andere",
];

/// Whether a folded word is a stop word. A set, not a scan of the list: the analyzer asks this
/// of every word it indexes, and the scan of a hundred words was 4 % of an index build.
pub(crate) fn is_stop_word(word: &str) -> bool {
    static SET: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| STOP_WORDS.iter().copied().collect());
    SET.contains(word)
}

/// A word's stem and the stems of its compound parts.
#[derive(Debug, Clone)]
struct Analysed {
    stem: String,
    parts: Vec<String>,
}

/// Most words analysed and cached per analyzer; a collection's vocabulary stays far below it,
/// and beyond it the cache starts afresh rather than grow without bound.
const CACHE_WORDS: usize = 200_000;

/// The tokenizer.
#[derive(Debug, Clone)]
pub(crate) struct Dutch {
    pub(crate) analysis: Analysis,
    /// Where the words met are noted for "did you mean", each the first time this copy of the
    /// analyzer meets it (its cache tells).
    gathered: Gathered,
    /// Stems and compound parts already computed: a collection repeats its words, and
    /// stemming dominates indexing. Hashed with FxHash, which is several times faster than the
    /// default on short words.
    cache: FxHashMap<String, Analysed>,
    /// The tokens of the last text, kept so that the next text reuses their strings: one
    /// allocation per token was a tenth of an index build.
    buffer: Vec<Token>,
}

impl Dutch {
    fn new(analysis: Analysis, gathered: Gathered) -> Dutch {
        Dutch {
            analysis,
            gathered,
            cache: FxHashMap::default(),
            buffer: Vec::new(),
        }
    }

    /// The analyzer, noting the words it meets in `gathered`.
    pub(crate) fn analyzer(analysis: &Analysis, gathered: &Gathered) -> TextAnalyzer {
        TextAnalyzer::from(Dutch::new(analysis.clone(), gathered.clone()))
    }

    /// Analyses `text` into the buffer, sorted by position; returns how many tokens it holds.
    fn fill(&mut self, text: &str) -> usize {
        let Dutch {
            analysis,
            gathered,
            cache,
            buffer,
        } = self;
        let mut len = 0;
        let mut push = |text: &str, position: usize, w: &words::Word| {
            if text.len() > MAX_TOKEN_BYTES {
                return;
            }
            let token = Token {
                offset_from: w.start,
                offset_to: w.end,
                position,
                text: String::new(),
                position_length: 1,
            };
            if len == buffer.len() {
                buffer.push(token);
            } else {
                let reused = std::mem::take(&mut buffer[len].text);
                buffer[len] = token;
                buffer[len].text = reused;
                buffer[len].text.clear();
            }
            buffer[len].text.push_str(text);
            len += 1;
        };
        let ws = words::words(text);
        let mut position = 0;
        for (i, w) in ws.iter().enumerate() {
            let first = position;
            for part in &w.parts {
                if !is_stop_word(part) {
                    let Analysed { stem, parts } = analysed(analysis, cache, part, Some(gathered));
                    push(stem, position, w);
                    // The parts of a compound stand where it stands, marked, so that `ruzie`
                    // finds `burenruzie` but weighs less there than where it stands alone.
                    for p in parts {
                        push(&format!("{PART_MARK}{p}"), position, w);
                    }
                }
                position += 1;
            }
            if let Some(joined) = w.joined() {
                let stem = &analysed(analysis, cache, &joined, Some(gathered)).stem;
                push(stem, first, w);
            }
            if w.elided {
                let last = position - 1;
                let prefix = w.parts.last().map(String::as_str).unwrap_or_default();
                // A completed compound is a guess at what the text means, not a word it has.
                for full in completions(prefix, &ws[i + 1..]) {
                    let stem = &analysed(analysis, cache, &full, None).stem;
                    push(stem, last, w);
                }
            }
        }
        // tantivy needs the positions of one term in order; only joined and completed words
        // stand behind a later one.
        let tokens = &mut buffer[..len];
        if !tokens.is_sorted_by_key(|t| t.position) {
            tokens.sort_by_key(|t| t.position);
        }
        len
    }

    /// Every token of `text`, sorted by position.
    #[cfg(test)]
    pub(crate) fn tokens(&mut self, text: &str) -> Vec<Token> {
        let len = self.fill(text);
        self.buffer[..len].to_vec()
    }
}

/// The stem and compound parts of a folded `word`, from `cache` when it was seen before; a word
/// met for the first time is noted in `gathered`.
fn analysed<'c>(
    analysis: &Analysis,
    cache: &'c mut FxHashMap<String, Analysed>,
    word: &str,
    gathered: Option<&Gathered>,
) -> &'c Analysed {
    if !cache.contains_key(word) {
        if cache.len() >= CACHE_WORDS {
            cache.clear();
        }
        if let Some(gathered) = gathered {
            gathered.add(word);
        }
        let done = Analysed {
            stem: analysis.stem(word),
            parts: analysis.compound_parts(word),
        };
        cache.insert(word.to_owned(), done);
    }
    &cache[word]
}

/// The compounds an elided `prefix-` may stand for, from the next word that is neither elided
/// nor a joiner (`participatie-` `en` `netwerktraject` → `participatietraject`, ...).
pub(crate) fn completions(prefix: &str, following: &[words::Word]) -> Vec<String> {
    let carrier = following
        .iter()
        .take(8)
        .find(|w| !(w.elided || w.parts.len() == 1 && JOINERS.contains(&w.parts[0].as_str())));
    let Some(head) = carrier.and_then(|w| w.parts.last()) else {
        return Vec::new();
    };
    words::heads(head)
        .into_iter()
        .map(|h| format!("{prefix}{h}"))
        .collect()
}

impl Tokenizer for Dutch {
    type TokenStream<'a> = Tokens<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens<'a> {
        let len = self.fill(text);
        Tokens {
            tokens: &mut self.buffer[..len],
            next: 0,
        }
    }
}

/// The tokens of one text, in the analyzer's buffer.
pub(crate) struct Tokens<'a> {
    tokens: &'a mut [Token],
    next: usize,
}

impl TokenStream for Tokens<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(stemming: Stemming, text: &str) -> Vec<(String, usize)> {
        Dutch::new(Analysis::plain(stemming), Gathered::default())
            .tokens(text)
            .into_iter()
            .map(|t| (t.text, t.position))
            .collect()
    }

    #[test]
    fn stop_words_keep_their_positions() {
        let t = texts(Stemming::None, "nederlands als tweede taal");
        assert_eq!(
            t,
            vec![
                ("nederlands".into(), 0),
                ("tweede".into(), 2),
                ("taal".into(), 3)
            ]
        );
    }

    #[test]
    fn elided_compounds_are_completed() {
        let t = texts(Stemming::None, "een participatie- en netwerktraject");
        assert!(t.contains(&("participatietraject".into(), 1)));
        assert!(t.contains(&("netwerktraject".into(), 3)));
    }

    #[test]
    fn plural_fixes_follow_their_three_rules_on_words_of_more_than_three_letters() {
        for (stem, fixed) in [
            ("acties", "actie"),
            ("kans", "kan"),
            ("gezinn", "gezin"),
            ("less", "les"),
            ("meisjes", "meisjes"),
            ("bus", "bus"),
            ("gas", "gas"),
            ("taal", "taal"),
            ("ωωωω", "ωωω"),
            ("huiz", "huis"),
            ("briev", "brief"),
            ("baz", "bas"),
        ] {
            assert_eq!(plural_fixes(stem), fixed, "{stem}");
        }
    }

    #[test]
    fn plurals_meet_their_singular() {
        for s in [Stemming::PorterPlurals, Stemming::KraaijPohlmann] {
            assert_eq!(texts(s, "praattafels")[0].0, texts(s, "praattafel")[0].0);
            assert_eq!(texts(s, "sportclubs")[0].0, texts(s, "sportclub")[0].0);
        }
    }
}
