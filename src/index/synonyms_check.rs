//! Checks `schema/synonyms.yaml` for `validate`: its shape, groups listed twice, a term in two
//! groups (which group a query meant would depend on the order of the file), and terms that
//! match nothing. Findings point at the line and column of the term, like those of a practice.

use std::collections::HashMap;
use std::path::Path;

use super::analyzer::{Analysis, Stemming};
use super::synonyms::{FILE, key};
use super::words;
use crate::diagnostic::{Diagnostic, Severity};
use crate::rules;
use crate::yaml::{Node, Value};

/// The findings of `schema/synonyms.yaml` under `schema_dir`, with paths relative to the root
/// as `rel_dir/synonyms.yaml`; none when the file is absent.
pub fn check(schema_dir: &Path, rel_dir: &str) -> Vec<Diagnostic> {
    let rel = format!("{rel_dir}/{FILE}");
    let path = schema_dir.join(FILE);
    let text = match std::fs::read(&path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                return vec![Diagnostic::new(
                    rel,
                    crate::diagnostic::Pos::line(1),
                    Severity::Error,
                    rules::NOT_UTF8,
                    crate::tr!("check-synonyms-not-utf8"),
                )];
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Vec::new(),
        Err(e) => {
            return vec![Diagnostic::new(
                rel,
                crate::diagnostic::Pos::line(1),
                Severity::Error,
                rules::IO,
                crate::tr!(
                    "check-synonyms-unreadable",
                    reason = crate::i18n::io_reason(&e)
                ),
            )];
        }
    };
    Checker {
        rel,
        analysis: Analysis::plain(Stemming::DEFAULT),
        found: Vec::new(),
    }
    .run(&text)
}

struct Checker {
    rel: String,
    analysis: Analysis,
    found: Vec<Diagnostic>,
}

impl Checker {
    fn finding(&mut self, node: &Node, code: &'static str, message: String, help: Option<String>) {
        let mut d = Diagnostic::new(self.rel.clone(), node.pos, Severity::Error, code, message);
        if let Some(help) = help {
            d = d.with_help(help);
        }
        self.found.push(d);
    }

    fn format(&mut self, node: &Node, message: String, help: String) {
        self.finding(node, rules::SYNONYMS_FORMAT, message, Some(help));
    }

    fn run(mut self, text: &str) -> Vec<Diagnostic> {
        let parsed = crate::yaml::parse(text, 1);
        for p in &parsed.problems {
            let code = match p.kind {
                crate::yaml::ProblemKind::DuplicateKey => rules::YAML_DUPLICATE_KEY,
                crate::yaml::ProblemKind::Limit => rules::YAML_LIMIT,
                crate::yaml::ProblemKind::Syntax => rules::YAML_SYNTAX,
            };
            let mut d = Diagnostic::new(
                self.rel.clone(),
                p.pos,
                Severity::Error,
                code,
                p.message.clone(),
            );
            if let Some(help) = &p.help {
                d = d.with_help(help.clone());
            }
            self.found.push(d);
        }
        let Some(root) = parsed.root else {
            return self.found;
        };
        let Some(entries) = root.as_map() else {
            self.format(
                &root,
                crate::tr!("check-synonyms-shape"),
                crate::tr!("check-synonyms-shape-help"),
            );
            return self.found;
        };
        // Where each analysed term was first listed as an equivalent: (group, node).
        let mut terms: HashMap<Vec<String>, (usize, Node)> = HashMap::new();
        let mut groups: HashMap<Vec<Vec<String>>, Node> = HashMap::new();
        for (k, v) in entries {
            match k.as_str() {
                Some("groups") => self.groups(v, &mut terms, &mut groups),
                Some("narrower") => self.narrower(v),
                _ => self.format(
                    k,
                    crate::tr!(
                        "check-synonyms-unknown-key",
                        key = k.as_str().unwrap_or("?")
                    ),
                    crate::tr!("check-synonyms-unknown-key-help"),
                ),
            }
        }
        self.found
    }

    /// The terms of a list, each with its analysed key; findings for what is not a term.
    fn terms(&mut self, list: &Node) -> Vec<(Node, Vec<String>)> {
        let Some(items) = list.as_seq() else {
            self.format(
                list,
                crate::tr!("check-synonyms-not-list"),
                crate::tr!("check-synonyms-not-list-help"),
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items {
            let Some(text) = item.as_str() else {
                self.format(
                    item,
                    crate::tr!("check-synonyms-not-term"),
                    crate::tr!("check-synonyms-not-term-help"),
                );
                continue;
            };
            let key = key(&words::words(text), &self.analysis);
            if key.is_empty() {
                self.finding(
                    item,
                    rules::SYNONYMS_FORMAT,
                    crate::tr!("check-synonyms-no-word", term = text),
                    Some(crate::tr!("check-synonyms-no-word-help")),
                );
                continue;
            }
            out.push((item.clone(), key));
        }
        out
    }

    fn groups(
        &mut self,
        node: &Node,
        terms: &mut HashMap<Vec<String>, (usize, Node)>,
        groups: &mut HashMap<Vec<Vec<String>>, Node>,
    ) {
        let Some(list) = node.as_seq() else {
            self.format(
                node,
                crate::tr!("check-synonyms-groups-not-list"),
                crate::tr!("check-synonyms-groups-not-list-help"),
            );
            return;
        };
        for (g, group) in list.iter().enumerate() {
            let members = self.terms(group);
            if group.as_seq().is_some_and(|s| s.len() < 2) {
                self.format(
                    group,
                    crate::tr!("check-synonyms-group-too-small"),
                    crate::tr!("check-synonyms-group-too-small-help"),
                );
            }
            let mut seen: Vec<&Vec<String>> = Vec::new();
            for (item, key) in &members {
                if seen.contains(&key) {
                    self.finding(
                        item,
                        rules::SYNONYMS_DUPLICATE,
                        crate::tr!(
                            "check-synonyms-twice-in-group",
                            term = item.as_str().unwrap_or_default()
                        ),
                        Some(crate::tr!("check-synonyms-remove-one")),
                    );
                    continue;
                }
                seen.push(key);
                match terms.get(key) {
                    Some((other, first)) if *other != g => {
                        let message = crate::tr!(
                            "check-synonyms-in-two-groups",
                            term = item.as_str().unwrap_or_default(),
                            line = first.pos.line
                        );
                        self.finding(
                            item,
                            rules::SYNONYMS_CONFLICT,
                            message,
                            Some(crate::tr!("check-synonyms-in-two-groups-help")),
                        );
                    }
                    Some(_) => {}
                    None => {
                        terms.insert(key.clone(), (g, item.clone()));
                    }
                }
            }
            let mut set: Vec<Vec<String>> = members.into_iter().map(|(_, k)| k).collect();
            set.sort();
            set.dedup();
            if set.len() >= 2 {
                if let Some(first) = groups.get(&set) {
                    let line = first.pos.line;
                    self.finding(
                        group,
                        rules::SYNONYMS_DUPLICATE,
                        crate::tr!("check-synonyms-group-twice", line = line),
                        Some(crate::tr!("check-synonyms-remove-one")),
                    );
                } else {
                    groups.insert(set, group.clone());
                }
            }
        }
    }

    fn narrower(&mut self, node: &Node) {
        let Some(entries) = node.as_map() else {
            self.format(
                node,
                crate::tr!("check-synonyms-narrower-shape"),
                crate::tr!("check-synonyms-narrower-shape-help"),
            );
            return;
        };
        for (broad, narrow) in entries {
            let Some(broad_text) = broad.as_str() else {
                self.format(
                    broad,
                    crate::tr!("check-synonyms-not-term"),
                    crate::tr!("check-synonyms-not-term-help"),
                );
                continue;
            };
            let broad_key = key(&words::words(broad_text), &self.analysis);
            for (item, k) in self.terms(narrow) {
                if k == broad_key {
                    self.finding(
                        &item,
                        rules::SYNONYMS_FORMAT,
                        crate::tr!("check-synonyms-narrower-self", term = broad_text),
                        Some(crate::tr!("check-synonyms-narrower-self-help")),
                    );
                }
            }
            if matches!(narrow.value, Value::Seq(ref s) if s.is_empty()) {
                self.format(
                    narrow,
                    crate::tr!("check-synonyms-narrower-empty", term = broad_text),
                    crate::tr!("check-synonyms-narrower-empty-help"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(text: &str) -> Vec<(&'static str, usize, usize)> {
        let c = Checker {
            rel: "schema/synonyms.yaml".into(),
            analysis: Analysis::plain(Stemming::DEFAULT),
            found: Vec::new(),
        };
        c.run(text)
            .into_iter()
            .map(|d| (d.code, d.line, d.column))
            .collect()
    }

    #[test]
    fn the_shipped_file_is_clean() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
        assert_eq!(check(&dir, "schema"), Vec::new());
    }

    #[test]
    fn a_term_in_two_groups_is_a_conflict_at_its_second_place() {
        let text = "groups:\n  - [buddy, maatje]\n  - [coach, Buddy's]\n";
        assert_eq!(findings(text), vec![(rules::SYNONYMS_CONFLICT, 3, 13)]);
    }

    #[test]
    fn a_group_listed_twice_is_a_duplicate() {
        let text = "groups:\n  - [bib, bibliotheek]\n  - [bibliotheek, bib]\n";
        let found = findings(text);
        assert!(
            found.contains(&(rules::SYNONYMS_DUPLICATE, 3, 5)),
            "{found:?}"
        );
    }

    #[test]
    fn the_shape_is_checked() {
        assert_eq!(
            findings("groepen:\n  - [a, b]\n"),
            vec![(rules::SYNONYMS_FORMAT, 1, 1)]
        );
        assert_eq!(
            findings("groups:\n  - [alleen]\n"),
            vec![(rules::SYNONYMS_FORMAT, 2, 5)]
        );
        assert_eq!(
            findings("groups: [[taal, de]]\nnarrower:\n  taal: [taal]\n"),
            vec![
                (rules::SYNONYMS_FORMAT, 1, 17),
                (rules::SYNONYMS_FORMAT, 3, 10),
            ]
        );
        assert_eq!(
            findings("groups:\n  - [a, \"b\n"),
            findings("groups:\n  - [a, \"b\n")
        );
        assert!(!findings("groups:\n  - [a, \"b\n").is_empty());
    }
}
