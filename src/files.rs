//! Files that leave the database (exports, briefs, the SQLite file
//! itself) are created readable by their owner only, and written whole
//! or not at all.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Creates `path` for writing, failing if anything (a symbolic link
/// included) is already there; owner-only on Unix.
fn create_new_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

/// A fresh temporary name beside `path` (same folder, so the rename
/// that follows never crosses a file system).
fn temporary_beside(path: &Path) -> PathBuf {
    use rand::RngCore;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut suffix = [0u8; 8];
    rand::rng().fill_bytes(&mut suffix);
    path.with_file_name(format!(
        ".{name}.{}.partial",
        data_encoding::HEXLOWER.encode(&suffix)
    ))
}

/// Writes `bytes` to `path` through a temporary file created exclusively
/// beside it (a link planted there is never followed), owner-only,
/// flushed to disk, then renamed over `path`: a reader sees the old file
/// or the whole new one, never half of it.
pub fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (temporary, mut file) = {
        let mut tries = 0;
        loop {
            let temporary = temporary_beside(path);
            match create_new_private(&temporary) {
                Ok(file) => break (temporary, file),
                Err(err) if err.kind() == io::ErrorKind::AlreadyExists && tries < 5 => tries += 1,
                Err(err) => return Err(err),
            }
        }
    };
    let written = file
        .write_all(bytes)
        .and_then(|()| file.sync_all())
        .and_then(|()| std::fs::rename(&temporary, path));
    if written.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    written
}

/// Creates the SQLite file owner-only when it does not exist yet
/// (SQLite gives its `-wal` and `-shm` files the same permissions).
pub fn create_private_if_missing(path: &Path) -> io::Result<()> {
    match create_new_private(path) {
        Ok(_) => Ok(()),
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => Ok(()),
        Err(err) => Err(err),
    }
}

/// Whether users other than the owner may read or write `path` (Unix).
pub fn open_to_others(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 != 0)
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// The file of a `sqlite://PATH?mode=rwc` URL that may create it; `None`
/// for an in-memory database or a URL that may not create one.
pub fn sqlite_file_to_create(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let creates = query.split('&').any(|pair| pair == "mode=rwc");
    (creates && !path.is_empty() && path != ":memory:").then(|| PathBuf::from(path))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_creating_file_url_names_a_file() {
        assert_eq!(
            sqlite_file_to_create("sqlite://data/inmaek.db?mode=rwc"),
            Some(PathBuf::from("data/inmaek.db"))
        );
        assert_eq!(
            sqlite_file_to_create("sqlite:inmaek.db?cache=shared&mode=rwc"),
            Some(PathBuf::from("inmaek.db"))
        );
        assert_eq!(sqlite_file_to_create("sqlite://inmaek.db?mode=rw"), None);
        assert_eq!(sqlite_file_to_create("sqlite::memory:"), None);
        assert_eq!(sqlite_file_to_create("postgres://localhost/x"), None);
    }
}
