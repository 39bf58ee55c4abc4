//! Stopping a run cleanly when the user presses Ctrl-C or the system asks the
//! process to end.
//!
//! The commands that read the whole input before they write (`build`,
//! `report`, `export-labelstudio`) call [`watch`] first. The first SIGINT,
//! SIGTERM or SIGHUP then becomes a request that [`drive`](crate::drive::drive)
//! honours at its next document: the run returns
//! [`BuildError::Interrupted`](crate::build::BuildError::Interrupted), and as
//! it unwinds the temporary directory it was writing beside the output is
//! removed. Nothing half-written is left behind and an earlier output stays as
//! it was. A second signal ends the process at once, with the same exit status
//! (what it leaves, the next run into that output clears).
//!
//! The streaming commands (`sentences`, `claims`, …) write as they read and do
//! not watch: a signal ends them as it ends any filter.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// A signal that asks the process to end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    /// SIGINT: Ctrl-C at the terminal.
    Interrupt,
    /// SIGTERM: `kill`, a service manager, a job scheduler's time limit.
    Terminate,
    /// SIGHUP: the terminal was closed.
    Hangup,
}

impl Signal {
    /// Every signal [`watch`] turns into a request to stop.
    pub const ALL: [Signal; 3] = [Signal::Interrupt, Signal::Terminate, Signal::Hangup];

    /// The signal's number.
    #[cfg(unix)]
    fn number(self) -> i32 {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        match self {
            Signal::Interrupt => SIGINT,
            Signal::Terminate => SIGTERM,
            Signal::Hangup => SIGHUP,
        }
    }

    /// The exit status of a process that stopped for this signal, as shells
    /// report one killed by it: 128 + the signal's number (130 for Ctrl-C).
    pub fn exit_status(self) -> u8 {
        match self {
            Signal::Hangup => 129,
            Signal::Interrupt => 130,
            Signal::Terminate => 143,
        }
    }

    /// The signal's name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Signal::Interrupt => "SIGINT (Ctrl-C)",
            Signal::Terminate => "SIGTERM",
            Signal::Hangup => "SIGHUP",
        }
    }
}

impl std::fmt::Display for Signal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// Set by the first signal; a second one while it is set ends the process.
static REQUESTED: AtomicBool = AtomicBool::new(false);
/// Which signal it was (its exit status; 0 before any).
static WHICH: AtomicUsize = AtomicUsize::new(0);

/// Turn SIGINT, SIGTERM and SIGHUP into a request to stop (see the module
/// docs). Calling it again changes nothing.
#[cfg(unix)]
pub fn watch() -> std::io::Result<()> {
    static WATCHING: std::sync::Once = std::sync::Once::new();
    let mut result = Ok(());
    WATCHING.call_once(|| {
        for signal in Signal::ALL {
            let number = signal.number();
            // In this order: a second signal finds the flag the first one set and
            // exits; the first finds it clear, records itself, then sets it.
            let registered = signal_hook::flag::register_conditional_shutdown(
                number,
                i32::from(signal.exit_status()),
                &REQUESTED,
            )
            .and_then(|_| {
                signal_hook::flag::register_usize(number, &WHICH, usize::from(signal.exit_status()))
            })
            .and_then(|_| signal_hook::flag::register(number, &REQUESTED));
            if let Err(error) = registered {
                result = Err(error);
                return;
            }
        }
    });
    result
}

/// Elsewhere than on Unix the default handling stays (the next run clears
/// what an interrupted one leaves).
#[cfg(not(unix))]
pub fn watch() -> std::io::Result<()> {
    Ok(())
}

/// The signal that asked this run to stop, if one did.
pub fn requested() -> Option<Signal> {
    if !REQUESTED.load(Ordering::SeqCst) {
        return None;
    }
    let which = WHICH.load(Ordering::SeqCst);
    Some(
        Signal::ALL
            .into_iter()
            .find(|s| usize::from(s.exit_status()) == which)
            .unwrap_or(Signal::Interrupt),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_statuses_are_128_plus_the_signal_number() {
        #[cfg(unix)]
        for signal in Signal::ALL {
            assert_eq!(i32::from(signal.exit_status()), 128 + signal.number());
        }
        assert_eq!(Signal::Interrupt.exit_status(), 130);
    }

    #[test]
    fn no_request_before_a_signal() {
        assert_eq!(requested(), None);
    }
}
