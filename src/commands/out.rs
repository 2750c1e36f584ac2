//! Standard output of the command line. A reader that closes the pipe
//! early (`inmaek contact list | head -1`) ends the output quietly, and
//! text for reading never carries a control character to the terminal.

use std::io::{ErrorKind, Write};
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Failure, Outcome};

/// The reader went away: nothing more is written.
static CLOSED: AtomicBool = AtomicBool::new(false);

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
            reason: err.to_string(),
        }),
    }
}

/// Writes one line for reading, control characters shown as symbols.
pub fn line(text: &str) {
    let mut text = visible(text);
    text.push('\n');
    // A full disk or a closed terminal leaves nothing to tell the reader.
    let _ = data(&text);
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
