//! A panic of the search engine becomes an [`IndexError::Corrupt`], which callers answer by
//! rebuilding the index, never a crash. A damaged index file that passes every check on opening
//! (changed without changing its size or time) can make the engine panic on a read; the files
//! are only a cache, so the right answer is to build them anew, and a user should see one line
//! saying so, not a panic message.
//!
//! The default panic hook prints the message before unwinding starts, so while a guarded call
//! runs, the hook installed here stays silent. It is process-wide (the engine may panic on one
//! of its own threads, whose panic then surfaces as an error on ours), and hands every other
//! panic to the hook that was there before.

use std::panic::{AssertUnwindSafe, PanicHookInfo};
use std::sync::Once;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::IndexError;

/// Guarded calls running now, on any thread.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);
static HOOK: Once = Once::new();

type Hook = Box<dyn Fn(&PanicHookInfo<'_>) + Sync + Send + 'static>;

/// Lowers the count of guarded calls when one ends, however it ends.
struct Active;

impl Drop for Active {
    fn drop(&mut self) {
        ACTIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// What the engine was doing when it failed, for the message.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Doing {
    /// Opening the index.
    Open,
    /// Bringing it up to date.
    Update,
    /// Answering a query.
    Answer,
}

impl Doing {
    /// The catalogue's key for it (`index-engine-failed` chooses the words).
    fn key(self) -> &'static str {
        match self {
            Doing::Open => "open",
            Doing::Update => "update",
            Doing::Answer => "answer",
        }
    }
}

/// Runs `f`; a panic inside it comes back as an engine error that says it happened while
/// `doing` (opening the index, answering the query), without the panic's own text.
pub(crate) fn guarded<T>(
    doing: Doing,
    f: impl FnOnce() -> Result<T, IndexError>,
) -> Result<T, IndexError> {
    HOOK.call_once(|| {
        let previous: Hook = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if ACTIVE.load(Ordering::SeqCst) == 0 {
                previous(info);
            }
        }));
    });
    ACTIVE.fetch_add(1, Ordering::SeqCst);
    let _active = Active;
    // Whatever `f` touched is dropped or rebuilt after a panic: nothing half-changed is used.
    match std::panic::catch_unwind(AssertUnwindSafe(f)) {
        Ok(result) => result,
        Err(_) => Err(IndexError::Corrupt(crate::tr!(
            "index-engine-failed",
            doing = doing.key()
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_an_engine_error_and_results_pass_through() {
        let err = guarded::<()>(Doing::Answer, || panic!("index out of bounds")).unwrap_err();
        assert!(err.needs_rebuild());
        let text = err.to_string();
        assert!(
            text.contains("de zoekmachine faalde bij het beantwoorden van de vraag"),
            "{text}"
        );
        assert!(!text.contains("out of bounds"), "{text}");
        assert_eq!(guarded(Doing::Open, || Ok(7)).unwrap(), 7);
        let busy = guarded::<()>(Doing::Update, || {
            Err(IndexError::Corrupt("kept as it was".into()))
        });
        assert_eq!(
            busy.unwrap_err().to_string(),
            "de zoekindex is beschadigd: kept as it was"
        );
    }
}
