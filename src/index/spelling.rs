//! The words of the collection as they are written (folded, not stemmed): what "did you mean"
//! corrects a typed word to, and what tells the compound splitter which parts the collection
//! has.
//!
//! The analyzer gathers them while it indexes ([`Gathered`]): it meets every word anyway, and
//! notes each one the first time its thread sees it. They are kept as a sorted list of lines
//! beside the engine's own files ([`SPELLING_FILE`]), written after a build and after a refresh
//! that met new words, with a checksum on its last line as the engine keeps one in each of
//! its files, so that damage is found and rebuilt like theirs. Until they were gathered this way they were an engine field of their
//! own, which the engine read from every text a second time: a quarter of an index build.
//!
//! A refresh only adds words, so words of practices since changed or removed stay until the
//! next rebuild; every use checks a word against the live index as well.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use rustc_hash::FxHashSet;

use super::IndexError;
use super::state;

/// The list's file, in the engine's folder.
pub(crate) const SPELLING_FILE: &str = "spelling.txt";

/// Largest list read: a collection of a million practices has far fewer distinct words.
const MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Words met by the analyzer on any thread, each once.
#[derive(Debug, Clone, Default)]
pub(crate) struct Gathered(Arc<Mutex<FxHashSet<String>>>);

impl Gathered {
    /// Notes a folded word.
    pub(crate) fn add(&self, word: &str) {
        let mut words = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if !words.contains(word) {
            words.insert(word.to_owned());
        }
    }

    /// The words noted so far, leaving none behind.
    pub(crate) fn take(&self) -> FxHashSet<String> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// An engine's list: read from beside its files when first asked for, or kept in memory with
/// an engine built there.
#[derive(Debug)]
pub(crate) struct Spelling {
    /// The engine's folder; `None` in memory.
    dir: Option<PathBuf>,
    loaded: OnceLock<Vocabulary>,
}

impl Spelling {
    /// The list of the engine in `engine_dir`.
    pub(crate) fn on_disk(engine_dir: &Path) -> Spelling {
        Spelling {
            dir: Some(engine_dir.to_owned()),
            loaded: OnceLock::new(),
        }
    }

    /// The list of an engine in memory, empty until it indexes.
    pub(crate) fn in_memory() -> Spelling {
        Spelling {
            dir: None,
            loaded: OnceLock::from(Vocabulary::default()),
        }
    }

    /// The list, read when first asked for.
    pub(crate) fn get(&self) -> Result<&Vocabulary, IndexError> {
        if let Some(v) = self.loaded.get() {
            return Ok(v);
        }
        let read = match &self.dir {
            Some(dir) => Vocabulary::read(dir)?,
            None => Vocabulary::default(),
        };
        Ok(self.loaded.get_or_init(|| read))
    }

    /// After a build: the list is `words`, written beside the engine's files.
    pub(crate) fn replace(&mut self, words: FxHashSet<String>) -> Result<(), IndexError> {
        self.keep(Vocabulary::of(words))
    }

    /// After a refresh: `words` are added to the list, which is written again only when one of
    /// them is new.
    pub(crate) fn add(&mut self, words: FxHashSet<String>) -> Result<(), IndexError> {
        match self.get()?.with(words) {
            Some(more) => self.keep(more),
            None => Ok(()),
        }
    }

    fn keep(&mut self, list: Vocabulary) -> Result<(), IndexError> {
        if let Some(dir) = &self.dir {
            list.write(dir)?;
        }
        self.loaded = OnceLock::from(list);
        Ok(())
    }
}

/// The sorted, distinct words, one per line, with where each starts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Vocabulary {
    text: String,
    starts: Vec<usize>,
}

impl Vocabulary {
    /// The list of `words`, in any order and with repeats.
    pub(crate) fn of(words: impl IntoIterator<Item = String>) -> Vocabulary {
        let mut words: Vec<String> = words.into_iter().filter(|w| is_word(w)).collect();
        words.sort_unstable();
        words.dedup();
        let mut text = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
        let mut starts = Vec::with_capacity(words.len());
        for w in &words {
            starts.push(text.len());
            text.push_str(w);
            text.push('\n');
        }
        Vocabulary { text, starts }
    }

    /// Reads the list from its text; `None` unless it is one, sorted and without repeats.
    fn parse(text: String) -> Option<Vocabulary> {
        let mut starts = Vec::new();
        let mut last: Option<&str> = None;
        let mut at = 0;
        for line in text.split_terminator('\n') {
            if !is_word(line) || last.is_some_and(|l| l >= line) {
                return None;
            }
            starts.push(at);
            at += line.len() + 1;
            last = Some(line);
        }
        (text.is_empty() || text.ends_with('\n')).then_some(Vocabulary { text, starts })
    }

    fn word(&self, i: usize) -> &str {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&e| e) - 1;
        &self.text[start..end]
    }

    /// Whether the list holds `word`.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.find(word).is_ok()
    }

    fn find(&self, word: &str) -> Result<usize, usize> {
        let (mut low, mut high) = (0, self.starts.len());
        while low < high {
            let mid = low + (high - low) / 2;
            match self.word(mid).cmp(word) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Ok(mid),
            }
        }
        Err(low)
    }

    /// Every word, in order.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> {
        self.text.split_terminator('\n')
    }

    /// Number of words.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.starts.len()
    }

    /// This list with `more` words, or `None` when it has all of them already.
    pub(crate) fn with(&self, more: FxHashSet<String>) -> Option<Vocabulary> {
        let new: Vec<String> = more
            .into_iter()
            .filter(|w| is_word(w) && !self.contains(w))
            .collect();
        (!new.is_empty()).then(|| Vocabulary::of(self.iter().map(str::to_owned).chain(new)))
    }

    /// Reads the list of the engine in `engine_dir`. A list that is missing, too large, not
    /// UTF-8 or not sorted is damage, which a rebuild cures.
    pub(crate) fn read(engine_dir: &Path) -> Result<Vocabulary, IndexError> {
        let path = engine_dir.join(SPELLING_FILE);
        let damaged = || {
            IndexError::Corrupt(crate::tr!(
                "index-spelling-damaged",
                path = path.display().to_string()
            ))
        };
        let file = match state::open_options(std::fs::OpenOptions::new().read(true)).open(&path) {
            Ok(file) => file,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(damaged()),
            Err(source) => return Err(IndexError::Io { path, source }),
        };
        let mut bytes = Vec::new();
        file.take(MAX_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(|source| IndexError::Io {
                path: path.clone(),
                source,
            })?;
        if bytes.len() as u64 > MAX_BYTES {
            return Err(damaged());
        }
        String::from_utf8(bytes)
            .ok()
            .and_then(|mut text| {
                let words = checked(&text)?.len();
                text.truncate(words);
                Vocabulary::parse(text)
            })
            .ok_or_else(damaged)
    }

    /// Writes the list into the engine's folder `engine_dir`, atomically.
    pub(crate) fn write(&self, engine_dir: &Path) -> Result<(), IndexError> {
        let bytes = format!("{}{}\n", self.text, checksum(&self.text));
        state::write_atomic(&engine_dir.join(SPELLING_FILE), bytes.as_bytes())
    }
}

/// The last line of a list: a checksum of the words above it, marked so that no word can be
/// taken for it.
fn checksum(words: &str) -> String {
    format!("#{:08x}", crc32fast::hash(words.as_bytes()))
}

/// The words of a list's `text`, when its last line is their checksum.
fn checked(text: &str) -> Option<&str> {
    let body = text.strip_suffix('\n')?;
    let (words, sum) = text.split_at(body.rfind('\n').map_or(0, |i| i + 1));
    (sum.strip_suffix('\n')? == checksum(words)).then_some(words)
}

/// Whether `word` can stand on a line of the list: folded words never hold a line end.
fn is_word(word: &str) -> bool {
    !word.is_empty() && !word.contains(['\n', '\r'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[&str]) -> Vocabulary {
        Vocabulary::of(list.iter().map(|w| (*w).to_owned()))
    }

    #[test]
    fn a_list_is_sorted_without_repeats_and_finds_each_word() {
        let v = words(&["taal", "buddy", "taal", "vrijwilligers", "aanbod"]);
        assert_eq!(
            v.iter().collect::<Vec<_>>(),
            ["aanbod", "buddy", "taal", "vrijwilligers"]
        );
        for w in ["aanbod", "buddy", "taal", "vrijwilligers"] {
            assert!(v.contains(w), "{w}");
        }
        for w in ["", "a", "taa", "taalx", "zzz", "buddy\n"] {
            assert!(!v.contains(w), "{w:?}");
        }
        assert!(!Vocabulary::default().contains("taal"));
    }

    #[test]
    fn new_words_make_a_new_list_and_known_ones_none() {
        let v = words(&["buddy", "taal"]);
        let more: FxHashSet<String> = ["taal".to_owned()].into_iter().collect();
        assert_eq!(v.with(more), None);
        let more: FxHashSet<String> = ["cafe".to_owned(), "taal".to_owned()].into_iter().collect();
        assert_eq!(v.with(more), Some(words(&["buddy", "cafe", "taal"])));
    }

    #[test]
    fn a_written_list_reads_back_and_a_damaged_one_asks_for_a_rebuild() {
        let dir = tempfile::tempdir().unwrap();
        let v = words(&["inburgering", "praattafel", "ruzie"]);
        v.write(dir.path()).unwrap();
        assert_eq!(Vocabulary::read(dir.path()).unwrap(), v);
        Vocabulary::default().write(dir.path()).unwrap();
        assert_eq!(Vocabulary::read(dir.path()).unwrap().len(), 0);
        v.write(dir.path()).unwrap();
        let path = dir.path().join(SPELLING_FILE);
        let written = std::fs::read(&path).unwrap();
        let mut flipped = written.clone();
        flipped[0] ^= 0x01;
        let summed = |words: &str| format!("{words}{}\n", checksum(words)).into_bytes();
        for damage in [
            b"ruzie\ntaal".to_vec(),
            b"taal\n".to_vec(),
            summed("taal\nruzie\n"),
            summed("taal\ntaal\n"),
            summed("\n"),
            b"\xff\n".to_vec(),
            flipped,
            written[..written.len() - 1].to_vec(),
        ] {
            std::fs::write(&path, &damage).unwrap();
            let err = Vocabulary::read(dir.path()).unwrap_err();
            assert!(err.needs_rebuild(), "{damage:?}: {err}");
        }
        std::fs::remove_file(&path).unwrap();
        assert!(Vocabulary::read(dir.path()).unwrap_err().needs_rebuild());
    }
}
