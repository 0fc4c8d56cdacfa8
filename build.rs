//! Recompiles when the message catalogues (`locales/`) change, and turns the analyzer's word
//! lists (`data/lexicon/`) into sorted static arrays, so that a search looks a word up by
//! bisection without building a set or scanning text first.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // The message catalogues are read by `fluent-templates`' macro at compile time, which
    // does not tell cargo about them: without this, a new or edited `.ftl` file would not
    // reach the binary until some Rust file changed.
    println!("cargo::rerun-if-changed=locales");
    let dir = Path::new("data/lexicon");
    let mut words: Vec<String> = Vec::new();
    for file in ["parts.txt", "domain.txt"] {
        let path = dir.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).expect("data/lexicon word list");
        words.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(str::to_owned),
        );
    }
    words.sort_unstable();
    words.dedup();
    let mut out = format!("pub(crate) static PARTS: [&str; {}] = [\n", words.len());
    for w in &words {
        writeln!(out, "    {w:?},").unwrap();
    }
    out.push_str("];\n");
    let target = Path::new(&std::env::var("OUT_DIR").unwrap()).join("parts.rs");
    std::fs::write(target, out).unwrap();
}
