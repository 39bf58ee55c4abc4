//! Scored suites nobody on the team wrote: Microsoft Recognizers-Text English
//! specs and quantulum3's test data (see each folder's SOURCE.md under
//! `shared/eval/`). Each test prints its score and asserts a minimum.

mod datetime;
mod harness;
mod number;
mod quantulum;
