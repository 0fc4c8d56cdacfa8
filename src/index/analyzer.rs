//! The Dutch analyzer as a tantivy tokenizer: words from [`super::words`], Dutch stop words left
//! out (their positions kept, so phrases still line up), a stemmer, the joined form of
//! hyphenated words and the completed halves of elided compounds.

use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};

use super::words::{self, JOINERS};

/// Name under which the stemming analyzer is registered with tantivy.
pub(crate) const DUTCH: &str = "practice_nl";
/// Name of the analyzer without stemming or stop words, for "did you mean".
pub(crate) const SPELL: &str = "practice_spell";

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
    /// Any other stemmer, for measuring one against these.
    Custom {
        /// Name in reports.
        name: &'static str,
        /// Stems one folded, lower-case word.
        stem: fn(&str) -> String,
    },
}

impl Stemming {
    /// The stemmer the index uses; chosen by measurement, see `docs/search.md`.
    pub const DEFAULT: Stemming = Stemming::Porter;

    /// Short name, recorded in the index sidecar.
    pub fn name(&self) -> &'static str {
        match self {
            Stemming::None => "none",
            Stemming::KraaijPohlmann => "kraaij-pohlmann",
            Stemming::Porter => "porter",
            Stemming::Custom { name, .. } => name,
        }
    }

    /// Stems one folded word.
    pub fn stem(&self, word: &str) -> String {
        match self {
            Stemming::None => word.to_owned(),
            Stemming::KraaijPohlmann => {
                frostem::Stemmer::new(frostem::Algorithm::Dutch).stem(word).into_owned()
            }
            Stemming::Porter => frostem::Stemmer::new(frostem::Algorithm::DutchPorter)
                .stem(word)
                .into_owned(),
            Stemming::Custom { stem, .. } => stem(word),
        }
    }
}

/// Snowball's Dutch stop word list (as in tantivy), folded.
pub(crate) const STOP_WORDS: &[&str] = &[
    "de", "en", "van", "ik", "te", "dat", "die", "in", "een", "hij", "het", "niet", "zijn", "is",
    "was", "op", "aan", "met", "als", "voor", "had", "er", "maar", "om", "hem", "dan", "zou", "of",
    "wat", "mijn", "men", "dit", "zo", "door", "over", "ze", "zich", "bij", "ook", "tot", "je",
    "mij", "uit", "der", "daar", "haar", "naar", "heb", "hoe", "heeft", "hebben", "deze", "u",
    "want", "nog", "zal", "me", "zij", "nu", "ge", "geen", "omdat", "iets", "worden", "toch",
    "al", "waren", "veel", "meer", "doen", "toen", "moet", "ben", "zonder", "kan", "hun", "dus",
    "alles", "onder", "ja", "eens", "hier", "wie", "werd", "altijd", "doch", "wordt", "wezen",
    "kunnen", "ons", "zelf", "tegen", "na", "reeds", "wil", "kon", "niets", "uw", "iemand",
    "geweest", "andere",
];

/// Whether a folded word is a stop word.
pub(crate) fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// The tokenizer; `stemming: None` with `expand: false` is the spelling analyzer.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Dutch {
    pub(crate) stemming: Stemming,
    /// Drop stop words, add joined and completed compounds.
    pub(crate) expand: bool,
}

impl Dutch {
    /// The stemming analyzer.
    pub(crate) fn analyzer(stemming: Stemming) -> TextAnalyzer {
        TextAnalyzer::from(Dutch {
            stemming,
            expand: true,
        })
    }

    /// The spelling analyzer.
    pub(crate) fn spelling() -> TextAnalyzer {
        TextAnalyzer::from(Dutch {
            stemming: Stemming::None,
            expand: false,
        })
    }

    /// Every token of `text`, sorted by position.
    pub(crate) fn tokens(&self, text: &str) -> Vec<Token> {
        let ws = words::words(text);
        let mut out = Vec::new();
        let mut position = 0;
        let mut push = |text: String, position: usize, w: &words::Word| {
            if text.len() <= MAX_TOKEN_BYTES {
                out.push(Token {
                    offset_from: w.start,
                    offset_to: w.end,
                    position,
                    text,
                    position_length: 1,
                });
            }
        };
        for (i, w) in ws.iter().enumerate() {
            let first = position;
            for part in &w.parts {
                if !(self.expand && is_stop_word(part)) {
                    push(self.stemming.stem(part), position, w);
                }
                position += 1;
            }
            if let Some(joined) = w.joined() {
                push(self.stemming.stem(&joined), first, w);
            }
            if self.expand && w.elided {
                let last = position - 1;
                let prefix = w.parts.last().map(String::as_str).unwrap_or_default();
                for full in completions(prefix, &ws[i + 1..]) {
                    push(self.stemming.stem(&full), last, w);
                }
            }
        }
        // tantivy needs the positions of one term in order.
        out.sort_by_key(|t| t.position);
        out
    }
}

/// The compounds an elided `prefix-` may stand for, from the next word that is neither elided
/// nor a joiner (`participatie-` `en` `netwerktraject` → `participatietraject`, ...).
pub(crate) fn completions(prefix: &str, following: &[words::Word]) -> Vec<String> {
    let carrier = following.iter().take(8).find(|w| {
        !w.elided && !(w.parts.len() == 1 && JOINERS.contains(&w.parts[0].as_str()))
    });
    let Some(head) = carrier.and_then(|w| w.parts.last()) else {
        return Vec::new();
    };
    words::heads(head)
        .into_iter()
        .map(|h| format!("{prefix}{h}"))
        .collect()
}

impl Tokenizer for Dutch {
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        Tokens {
            tokens: self.tokens(text),
            next: 0,
        }
    }
}

/// The tokens of one text.
pub(crate) struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for Tokens {
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
        Dutch {
            stemming,
            expand: true,
        }
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
    fn plurals_meet_their_singular() {
        for s in [Stemming::Porter, Stemming::KraaijPohlmann] {
            assert_eq!(texts(s, "praattafels")[0].0, texts(s, "praattafel")[0].0);
            assert_eq!(texts(s, "sportclubs")[0].0, texts(s, "sportclub")[0].0);
        }
    }
}
