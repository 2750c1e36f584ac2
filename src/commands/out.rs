//! Standard output of the command line. A reader that closes the pipe
//! early (`inmaek contact list | head -1`) ends the output quietly, and
//! text for reading never carries a control character to the terminal.

use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Failure, Outcome};

/// The reader went away: nothing more is written.
static CLOSED: AtomicBool = AtomicBool::new(false);

/// Why a line could not be written (a full disk), if one could not: the
/// command then ends with that failure, not a silent success.
static LOST: std::sync::Mutex<Option<crate::domain::Arg>> = std::sync::Mutex::new(None);

/// The failure to write standard output met along the way, if any.
pub fn lost() -> Option<Failure> {
    LOST.lock()
        .ok()
        .and_then(|mut lost| lost.take())
        .map(|reason| Failure::Write {
            path: "stdout".to_owned(),
            reason,
        })
}

/// Writes data exactly as it is (a dump, CSV, a brief's HTML) into a
/// pipe or a file; on a terminal, control characters show as symbols.
pub fn data(text: &str) -> Outcome {
    if CLOSED.load(Ordering::Relaxed) {
        return Ok(());
    }
    let mut out = std::io::stdout().lock();
    let shown;
    let text = if std::io::IsTerminal::is_terminal(&out) {
        shown = visible(text);
        shown.as_str()
    } else {
        text
    };
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(err) if err.kind() == ErrorKind::BrokenPipe => {
            CLOSED.store(true, Ordering::Relaxed);
            Ok(())
        }
        Err(err) => Err(Failure::Write {
            path: "stdout".to_owned(),
            reason: super::os_reason(&err),
        }),
    }
}

/// Writes one line for reading, control characters shown as symbols.
pub fn line(text: &str) {
    let mut text = visible(text);
    text.push('\n');
    if let Err(Failure::Write { reason, .. }) = data(&text)
        && let Ok(mut lost) = LOST.lock()
    {
        lost.get_or_insert(reason);
    }
}

/// Writes one line for the reader on standard error (a sentence about
/// the work, while standard output carries the data): control characters
/// as symbols, and nothing if standard error is closed.
pub fn note(text: &str) {
    let mut text = visible(text);
    text.push('\n');
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

pub use crate::domain::text::visible;
