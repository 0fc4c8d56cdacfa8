//! Helpers of the `export_*`, `list_*` and `stats_*` tests: a temporary collection with the
//! repository's real `schema/`, practices valid at a chosen status in chosen municipalities,
//! a runner of the binary, and a reader of zip bundles.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use tempfile::TempDir;

use crate::fs_support;
use fs_support::copy_dir;

/// A collection in a temporary folder.
pub struct Fixture {
    dir: TempDir,
}

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Asserts exit 0 and returns self.
    pub fn ok(self) -> Self {
        assert_eq!(
            self.code, 0,
            "stdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        self
    }

    /// stdout parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!("not JSON ({e}):\n{}\nstderr:\n{}", self.stdout, self.stderr)
        })
    }
}

impl Fixture {
    /// An empty collection with the real schema.
    pub fn new() -> Self {
        let dir = tempfile::Builder::new()
            .prefix("practice-export-test-")
            .tempdir()
            .unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(&repo.join("schema"), &dir.path().join("schema"));
        std::fs::create_dir_all(dir.path().join("practices")).unwrap();
        Fixture { dir }
    }

    /// The collection root.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// A path beside the collection (inside the temporary folder, outside `practices/`).
    pub fn out(&self, name: &str) -> PathBuf {
        self.root().join("out").join(name)
    }

    /// Writes a file below the root.
    pub fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    /// Writes `practices/<id>.md`.
    pub fn practice(&self, id: &str, text: &str) -> PathBuf {
        self.file(&format!("practices/{id}.md"), text)
    }

    /// Writes a practice built by `Practice`.
    pub fn add(&self, p: &Practice) -> PathBuf {
        self.practice(&p.id, &p.text())
    }

    /// `practice --root <root> <args>` run from the temporary folder.
    pub fn run(&self, args: &[&str]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_practice"))
            .arg("--root")
            .arg(self.root())
            .arg("--color")
            .arg("never")
            .args(args)
            .current_dir(self.root())
            .env_remove("PRACTICE_ROOT")
            .env_remove("PRACTICE_LANG")
            .env_remove("COLUMNS")
            .output()
            .unwrap();
        Run {
            code: out.status.code().expect("exit code"),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// `practice export --out <out> <args>`, asserting success.
    pub fn export(&self, out: &Path, args: &[&str]) -> Run {
        let mut all = vec!["export", "--out", out.to_str().unwrap()];
        all.extend_from_slice(args);
        self.run(&all).ok()
    }
}

/// The entries of a zip file, by name.
pub fn unzip(path: &Path) -> BTreeMap<String, Vec<u8>> {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let mut bytes = Vec::new();
        entry.read_to_end(&mut bytes).unwrap();
        let name: String = entry.name().unwrap().to_string();
        out.insert(name, bytes);
    }
    out
}

/// The text of entry `name`.
pub fn text(entries: &BTreeMap<String, Vec<u8>>, name: &str) -> String {
    let bytes = entries
        .get(name)
        .unwrap_or_else(|| panic!("no {name} in {:?}", entries.keys()));
    String::from_utf8(bytes.clone()).unwrap()
}

/// A date `days` before today (the binary checks against the real clock).
pub fn days_ago(days: i64) -> String {
    use jiff::ToSpan;
    let today = jiff::ZonedDateTime::now().date();
    today.checked_sub(days.days()).unwrap().to_string()
}

const SECTION: &str = "Deze sectie beschrijft in voldoende woorden hoe de praktijk in de gemeente \
werkt, voor wie ze bedoeld is en wat ze oplevert.";

/// A practice to write: valid at its status unless a test breaks it on purpose.
#[derive(Debug, Clone)]
pub struct Practice {
    pub id: String,
    pub title: String,
    pub status: String,
    pub municipalities: Vec<String>,
    pub themes: Vec<String>,
    pub target_groups: Vec<String>,
    pub start: String,
    pub summary: String,
    pub keywords: Vec<String>,
    /// Extra front matter lines.
    pub extra: Vec<String>,
    /// Markdown added to the end of `## Aanpak`.
    pub aanpak: String,
}

impl Practice {
    /// A published practice in Gent on Dutch practice and meeting.
    pub fn new(id: &str) -> Self {
        Practice {
            id: id.to_owned(),
            title: format!("Praktijk {id}"),
            status: "published".to_owned(),
            municipalities: vec!["44021".to_owned()],
            themes: vec!["oefenkansen-nederlands".to_owned()],
            target_groups: vec!["anderstalige-nieuwkomers".to_owned()],
            start: "2019-10".to_owned(),
            summary:
                "Wekelijkse praatgroep waar anderstaligen Nederlands oefenen met vrijwilligers."
                    .to_owned(),
            keywords: vec!["taalcafé".to_owned()],
            extra: Vec::new(),
            aanpak: String::new(),
        }
    }

    pub fn status(mut self, status: &str) -> Self {
        self.status = status.to_owned();
        self
    }

    pub fn title(mut self, title: &str) -> Self {
        self.title = title.to_owned();
        self
    }

    pub fn places(mut self, places: &[&str]) -> Self {
        self.municipalities = places.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    pub fn themes(mut self, themes: &[&str]) -> Self {
        self.themes = themes.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    pub fn target_groups(mut self, groups: &[&str]) -> Self {
        self.target_groups = groups.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    pub fn start(mut self, start: &str) -> Self {
        self.start = start.to_owned();
        self
    }

    pub fn summary(mut self, summary: &str) -> Self {
        self.summary = summary.to_owned();
        self
    }

    pub fn keywords(mut self, keywords: &[&str]) -> Self {
        self.keywords = keywords.iter().map(|s| (*s).to_owned()).collect();
        self
    }

    pub fn extra(mut self, line: &str) -> Self {
        self.extra.push(line.to_owned());
        self
    }

    pub fn aanpak(mut self, markdown: &str) -> Self {
        self.aanpak = markdown.to_owned();
        self
    }

    /// The file's text.
    pub fn text(&self) -> String {
        let list = |v: &[String]| {
            v.iter()
                .map(|s| serde_json::to_string(s).unwrap())
                .collect::<Vec<_>>()
                .join(", ")
        };
        let mut fm = format!(
            "---\nid: {}\ntitle: {}\nstatus: {}\nmunicipalities: [{}]\nsummary: {}\nscope: lokaal\n\
             themes: [{}]\ntarget_groups: [{}]\norganisations:\n  - {{name: Stad Gent, type: \
             lokaal-bestuur, role: eigenaar}}\nperiod: {{start: \"{}\", lifecycle: lopend}}\n\
             evidence: {{level: output-gemeten, sources: [\"https://example.org/verslag\"]}}\n\
             reach: {{count: 40, unit: deelnemers, period: per jaar}}\ndeployability: {{cost: \
             laag, staff: 1 coördinator}}\ncontact: {{organisation: Stad Gent, email: \
             integratie@example.org}}\nkeywords: [{}]\n",
            self.id,
            serde_json::to_string(&self.title).unwrap(),
            self.status,
            list(&self.municipalities),
            serde_json::to_string(&self.summary).unwrap(),
            list(&self.themes),
            list(&self.target_groups),
            self.start,
            list(&self.keywords),
        );
        if self.status == "published" {
            fm.push_str(&format!(
                "assessment: {{by: redactie, on: {}, proven: deels, deployable: voldaan, reach: \
                 voldaan}}\n",
                days_ago(30)
            ));
        }
        for line in &self.extra {
            fm.push_str(line);
            fm.push('\n');
        }
        format!(
            "{fm}---\n## Context\n\n{SECTION}\n\n## Doelen\n\n{SECTION}\n\n## Aanpak\n\n{SECTION}\n\n{}\n\n\
             ## Resultaten\n\n{SECTION}\n\n## Zelf aan de slag\n\n{SECTION}\n",
            self.aanpak
        )
    }
}
