//! Every content error an editor can make is reported with its file, line, column,
//! the line with a caret, and a hint; the build exits 1 and writes nothing.
//! Each case is a fixture site in `tests/cases/errors/<case>/` with the exact
//! expected text beside it in `expected.stderr`.

use crate::harness::{SiteTest, expected_stderr};

fn check(case: &str) {
    let case = format!("errors/{case}");
    let site = SiteTest::case(&case);
    site.build().fails().stderr_is(&expected_stderr(&case));
    assert!(
        !site.public().exists(),
        "a failed build must not create the output"
    );
}

macro_rules! error_cases {
    ($($name:ident => $case:literal),* $(,)?) => {
        $(#[test] fn $name() { check($case); })*
    };
}

error_cases! {
    malformed_yaml_points_at_the_unclosed_list => "malformed-yaml",
    unknown_key_suggests_the_nearest => "unknown-key",
    wrong_type_names_the_key => "wrong-type",
    seed_without_date => "seed-without-date",
    impossible_date_in_a_seed => "impossible-date",
    impossible_date_in_an_event => "event-date",
    empty_seed => "empty-seed",
    non_utf8_seed => "non-utf8-seed",
    sidecar_without_seed => "sidecar-without-seed",
    unknown_entity => "unknown-entity",
    duplicate_explicit_slug_names_both_files => "duplicate-slug",
    slug_that_leaves_the_output => "unsafe-slug",
    unknown_key_in_site_yaml => "unknown-config-key",
    template_syntax_error => "template-syntax",
    template_rendering_error => "template-render",
    every_error_of_a_run_at_once => "many",
}

#[test]
fn bad_command_line_exits_2() {
    let run = SiteTest::new().run(&["build", "--no-such-flag"]);
    assert_eq!(run.code(), Some(2), "{}", run.stderr());
}
