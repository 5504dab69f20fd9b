//! Integration tests: the real binary on small sites, asserting what a user sees.

mod annotations;
mod build;
mod errors;
mod harness;
mod mentions;
