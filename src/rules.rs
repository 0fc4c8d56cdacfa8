//! The stable rule codes of `validate`, each with a one-line description.
//!
//! Codes are part of the tool's interface (JSON, CI annotations, SARIF): never rename one.

/// A rule that a finding can name.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    /// Stable code, kebab-case.
    pub code: &'static str,
    /// What the rule checks.
    pub summary: &'static str,
}

macro_rules! rules {
    ($($name:ident = $code:literal : $summary:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $name: &str = $code;
        )*
        /// Every rule, in a stable order.
        pub const RULES: &[Rule] = &[$(Rule { code: $code, summary: $summary }),*];
    };
}

rules! {
    IO = "io": "The file could not be read.";
    NOT_REGULAR_FILE = "not-regular-file": "A `*.md` entry that is no regular file: a symbolic link (never followed), a FIFO, a socket or a device.";
    FILE_NAME = "file-name": "A file name that is not valid UTF-8 or holds control characters.";
    NOT_UTF8 = "not-utf8": "The file is not valid UTF-8.";
    FILE_TOO_LARGE = "file-too-large": "The file is larger than the schema allows.";
    FRONT_MATTER_MISSING = "front-matter-missing": "The file does not start with YAML front matter between `---` lines.";
    FRONT_MATTER_UNCLOSED = "front-matter-unclosed": "The front matter has no closing `---` line.";
    FRONT_MATTER_NOT_FIRST = "front-matter-not-first": "Something stands before the opening `---` line.";
    YAML_SYNTAX = "yaml-syntax": "The front matter is not valid YAML.";
    YAML_DUPLICATE_KEY = "yaml-duplicate-key": "A key appears twice in the same mapping.";
    YAML_LIMIT = "yaml-limit": "The front matter exceeds a nesting or size limit (hostile or runaway input).";
    YAML_NOT_MAPPING = "yaml-not-mapping": "The front matter is not a mapping of keys to values.";
    UNKNOWN_KEY = "unknown-key": "A key that the format does not define.";
    MISSING_FIELD = "missing-field": "A field that the practice's status requires is missing.";
    WRONG_TYPE = "wrong-type": "A value has the wrong type.";
    INVALID_VALUE = "invalid-value": "A value breaks a rule of the schema (length, pattern, allowed values).";
    ID_MISMATCH = "id-mismatch": "The `id` differs from the file name.";
    ID_DUPLICATE = "id-duplicate": "Two practices share an `id`.";
    ID_RESERVED = "id-reserved": "An `id` or file name that Windows reserves for a device (`con`, `nul`, `com1`, ...).";
    UNKNOWN_VOCABULARY = "unknown-vocabulary": "A value is not an id of its vocabulary.";
    UNKNOWN_MUNICIPALITY = "unknown-municipality": "Not a Flemish municipality valid from 2025.";
    LEGACY_MUNICIPALITY = "legacy-municipality": "A municipality that merged in 2025; use its successor.";
    DUPLICATE_VALUE = "duplicate-value": "The same value is listed twice.";
    INVALID_DATE = "invalid-date": "A date that does not exist or has the wrong form.";
    PERIOD_ORDER = "period-order": "`period.end` lies before `period.start`.";
    OWNER_COUNT = "owner-count": "`organisations` must have exactly one `eigenaar`.";
    EVIDENCE_SOURCES = "evidence-sources": "Measured or evaluated evidence needs at least one source.";
    ASSESSMENT_FUTURE = "assessment-future": "`assessment.on` lies in the future.";
    ASSESSMENT_FAILED = "assessment-failed": "A published practice has a criterion judged `niet`.";
    ASSESSMENT_STALE = "assessment-stale": "The assessment is older than the review interval.";
    PATH_OUTSIDE = "path-outside": "A path leaves the practice's attachment folder.";
    ATTACHMENT_MISSING = "attachment-missing": "An attachment or material path does not exist.";
    RELATED_MISSING = "related-missing": "A `related` id names no practice in the collection.";
    RELATED_SELF = "related-self": "A practice lists itself as related.";
    ADOPTION_OWN = "adoption-own": "An adoption names one of the practice's own municipalities.";
    ADOPTION_FUTURE = "adoption-future": "An adoption's `since` lies in the future.";
    BASED_ON_MISSING = "based-on-missing": "`based_on` names no practice in the collection.";
    BASED_ON_SELF = "based-on-self": "A practice cannot be based on itself.";
    SECTION_MISSING = "section-missing": "A body section that the status requires is missing.";
    SECTION_ORDER = "section-order": "Body sections are out of order.";
    SECTION_DUPLICATE = "section-duplicate": "A body section appears twice.";
    SECTION_NAME = "section-name": "A heading that resembles a format section but is spelled differently.";
    SECTION_TOO_SHORT = "section-too-short": "A required body section has too few words.";
    LINK_BROKEN = "link-broken": "A relative link in the body resolves to nothing in the collection.";
    TITLE_DUPLICATE = "title-duplicate": "Another practice has (nearly) the same title.";
    SUMMARY_MARKUP = "summary-markup": "The summary should be plain text, without Markdown or HTML.";
    SYNONYMS_FORMAT = "synonyms-format": "`schema/synonyms.yaml` does not have the shape of a synonyms file.";
    SYNONYMS_DUPLICATE = "synonyms-duplicate": "A synonym group, or a term in one group, is listed twice.";
    SYNONYMS_CONFLICT = "synonyms-conflict": "A term is in two synonym groups; a query for it would depend on their order.";
    CONTROL_CHARACTER = "control-character": "A control character, escape sequence or bidirectional override that a terminal would act on.";
}

/// The description of a code, if it is one of ours.
pub fn describe(code: &str) -> Option<&'static str> {
    RULES.iter().find(|r| r.code == code).map(|r| r.summary)
}
