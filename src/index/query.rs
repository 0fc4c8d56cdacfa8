//! Reads what a user types into clauses, leniently: words, `"phrases"`, `-excluded` words,
//! `OR` between alternatives and a trailing `*` for a prefix. Anything else (a stray quote,
//! brackets, `field:` prefixes, lone operators) is read as plain words, never as an error.

use super::words::{self, Word};

/// One thing a hit must (or must not) contain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    /// Excluded with `-` or `NOT`.
    pub(crate) negated: bool,
    /// Marked with `+`: required even when a search falls back to partial matches.
    pub(crate) required: bool,
    /// Any of these satisfies the clause (more than one after `OR`).
    pub(crate) alternatives: Vec<Item>,
}

/// A unit of the query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Item {
    /// One word (perhaps hyphenated or elided).
    Word(Word),
    /// Words in this order.
    Phrase(Vec<Word>),
    /// Words starting with this folded prefix.
    Prefix(String),
}

enum Lexeme {
    Or,
    Not,
    Text {
        text: String,
        quoted: bool,
        negated: bool,
        required: bool,
    },
}

fn lex(query: &str) -> Vec<Lexeme> {
    let mut out = Vec::new();
    let mut chars = query.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '{' | '}' | ':' | '^' | '~') {
            chars.next();
            continue;
        }
        let mut negated = false;
        let mut required = false;
        if c == '-' || c == '+' || c == '!' {
            chars.next();
            match chars.peek() {
                Some(&n) if !n.is_whitespace() => {
                    negated = c != '+';
                    required = c == '+';
                }
                _ => continue,
            }
        }
        if chars.peek() == Some(&'"') {
            chars.next();
            let text: String = chars.by_ref().take_while(|&c| c != '"').collect();
            out.push(Lexeme::Text {
                text,
                quoted: true,
                negated,
                required,
            });
            continue;
        }
        let mut text = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() || matches!(c, '(' | ')' | '"' | ':' | '^' | '~') {
                break;
            }
            text.push(c);
            chars.next();
        }
        if chars.peek() == Some(&':') && text.chars().all(|c| c.is_alphabetic() || c == '_') {
            // A `field:` prefix of another search syntax: search the value in every field.
            continue;
        }
        match text.as_str() {
            "OR" | "|" | "||" if !negated => out.push(Lexeme::Or),
            "NOT" if !negated => out.push(Lexeme::Not),
            "AND" | "&&" | "&" => {}
            _ => out.push(Lexeme::Text {
                text,
                quoted: false,
                negated,
                required,
            }),
        }
    }
    out
}

/// The clauses of a query.
pub(crate) fn parse(query: &str) -> Vec<Clause> {
    let mut clauses: Vec<Clause> = Vec::new();
    let mut or_pending = false;
    let mut not_pending = false;
    for lexeme in lex(query) {
        let (text, quoted, negated, required) = match lexeme {
            Lexeme::Or => {
                or_pending = !clauses.is_empty();
                continue;
            }
            Lexeme::Not => {
                not_pending = true;
                continue;
            }
            Lexeme::Text {
                text,
                quoted,
                negated,
                required,
            } => (
                text,
                quoted,
                negated || std::mem::take(&mut not_pending),
                required,
            ),
        };
        let items = items(&text, quoted);
        for (i, item) in items.into_iter().enumerate() {
            let join = i == 0 && std::mem::take(&mut or_pending);
            match clauses.last_mut() {
                Some(last) if join && !last.negated && !negated => last.alternatives.push(item),
                _ => clauses.push(Clause {
                    negated,
                    required,
                    alternatives: vec![item],
                }),
            }
        }
    }
    clauses
}

fn items(text: &str, quoted: bool) -> Vec<Item> {
    let found = words::words(text);
    if quoted {
        return match found.len() {
            0 => Vec::new(),
            1 => found.into_iter().map(Item::Word).collect(),
            _ => vec![Item::Phrase(found)],
        };
    }
    let prefix = text.ends_with('*');
    let mut items: Vec<Item> = found.into_iter().map(Item::Word).collect();
    if prefix && let Some(Item::Word(last)) = items.pop() {
        // Only the last part is open-ended: `sint-nik*` keeps `sint` as a word.
        let mut parts = last.parts.clone();
        let open = parts.pop().unwrap_or_default();
        for part in parts {
            items.push(Item::Word(Word {
                parts: smallvec::smallvec![part],
                ..last.clone()
            }));
        }
        items.push(Item::Prefix(open));
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(q: &str) -> Vec<(bool, usize)> {
        parse(q)
            .iter()
            .map(|c| (c.negated, c.alternatives.len()))
            .collect()
    }

    #[test]
    fn words_phrases_negation_and_or() {
        assert_eq!(
            shape(r#"buddy "sociaal huis" -gent OR x"#),
            vec![(false, 1), (false, 1), (true, 1), (false, 1)]
        );
        assert_eq!(shape("buddy OR maatje gent"), vec![(false, 2), (false, 1)]);
        assert!(matches!(
            parse(r#""sociaal huis""#)[0].alternatives[0],
            Item::Phrase(_)
        ));
    }

    #[test]
    fn malformed_syntax_is_read_as_words() {
        for q in [
            r#"taal "café"#,
            "((buddy",
            "title:",
            "OR",
            "-",
            "AND OR NOT",
            "a:b:c",
            "\"",
            "*",
            "^2~",
        ] {
            let _ = parse(q);
        }
        assert_eq!(shape("((buddy) AND"), vec![(false, 1)]);
        assert_eq!(shape(r#"taal "café"#), vec![(false, 1), (false, 1)]);
    }

    #[test]
    fn trailing_star_is_a_prefix() {
        assert_eq!(
            parse("taal*")[0].alternatives[0],
            Item::Prefix("taal".into())
        );
    }
}
