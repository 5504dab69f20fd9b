//! Integration tests: run the real binary on small fixture sites.
