//! End-to-end tests of the claimkit pipeline and command line.
//!
//! One test binary (as in ripgrep) with a module per concern. Tests run with
//! the package root as working directory; the scored tests read
//! `../shared/` when it is there and say so when it is not.

mod cli;
mod dataset;
mod gold;
#[allow(dead_code)] // helpers shared with tests/reliability*.rs
mod harness;
mod own_outputs;
mod sentence_stream;
mod snapshots;
mod spans;
