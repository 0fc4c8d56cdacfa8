//! `practice man --out DIR` writes pages only where nothing is, replaces a page only with
//! `--force`, never writes through a symbolic link, and leaves no partial or temporary file.

use std::path::Path;
use std::process::{Command, Output};

fn man(dir: &Path, extra: &[&str]) -> Output {
    let empty = tempfile::tempdir().unwrap();
    Command::new(env!("CARGO_BIN_EXE_practice"))
        .current_dir(empty.path())
        .env_remove("PRACTICE_ROOT")
        .env_remove("PRACTICE_LANG")
        .arg("man")
        .arg("--out")
        .arg(dir)
        .args(extra)
        .output()
        .unwrap()
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn existing_pages_are_not_replaced_without_force() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("practice.1"), "mijn eigen pagina").unwrap();
    let run = man(dir.path(), &[]);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("practice.1"), "names the file: {stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("practice.1")).unwrap(),
        "mijn eigen pagina"
    );
    // Nothing was written: the pages go in together or not at all.
    assert_eq!(names(dir.path()), ["practice.1"]);

    let run = man(dir.path(), &["--force"]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let page = std::fs::read_to_string(dir.path().join("practice.1")).unwrap();
    assert!(page.contains(".TH practice"), "{page}");
    assert!(
        names(dir.path()).iter().all(|n| n.ends_with(".1")),
        "no temporary files: {:?}",
        names(dir.path())
    );
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_is_never_written_through() {
    let dir = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(elsewhere.path(), "GEHEIM").unwrap();
    let link = dir.path().join("practice-export.1");
    std::os::unix::fs::symlink(elsewhere.path(), &link).unwrap();
    for extra in [&[][..], &["--force"][..]] {
        let run = man(dir.path(), extra);
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert_eq!(run.status.code(), Some(2), "{extra:?}: {stderr}");
        assert!(stderr.contains("practice-export.1"), "{stderr}");
        assert!(stderr.contains("symbolische koppeling"), "{stderr}");
        assert_eq!(std::fs::read_to_string(elsewhere.path()).unwrap(), "GEHEIM");
        assert!(link.is_symlink());
    }
}

#[test]
fn pages_are_written_into_an_empty_folder() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("man1");
    let run = man(&target, &[]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let written = names(&target);
    assert!(written.contains(&"practice.1".to_owned()));
    assert!(written.contains(&"practice-export.1".to_owned()));
    assert!(
        written
            .iter()
            .all(|n| n.starts_with("practice") && n.ends_with(".1"))
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(target.join("practice.1"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o044, 0o044, "pages are readable by others");
    }
}
