//! The suite keeps up with the rule list: every stable code that a file can trigger is exercised
//! by at least one test of this crate.

/// The sources of this test crate.
const SOURCES: &[&str] = &[
    include_str!("adoptions.rs"),
    include_str!("body.rs"),
    include_str!("collection.rs"),
    include_str!("controls.rs"),
    include_str!("criteria.rs"),
    include_str!("dates.rs"),
    include_str!("loading.rs"),
    include_str!("municipalities.rs"),
    include_str!("paths.rs"),
    include_str!("statuses.rs"),
    include_str!("structure.rs"),
    include_str!("synonyms.rs"),
];

/// Codes no file can trigger here: `io` needs an unreadable file, and the tests run as any user.
const NOT_FROM_FILES: &[&str] = &["io"];

#[test]
fn every_rule_code_that_files_can_trigger_has_a_test() {
    let untested: Vec<&str> = practice::rules::RULES
        .iter()
        .map(|r| r.code)
        .filter(|code| !NOT_FROM_FILES.contains(code))
        .filter(|code| !SOURCES.iter().any(|s| s.contains(&format!("\"{code}\""))))
        .collect();
    assert!(
        untested.is_empty(),
        "rule codes without a test: {untested:?}"
    );
}

#[test]
fn every_rule_code_is_kebab_case_and_described() {
    for rule in practice::rules::RULES {
        assert!(
            rule.code
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "`{}` is not kebab-case",
            rule.code
        );
        assert_eq!(practice::rules::describe(rule.code), Some(rule.summary));
    }
}
