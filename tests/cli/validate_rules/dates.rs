//! Dates: `period` (YYYY, YYYY-MM or YYYY-MM-DD, quoted or not) and the assessment of a
//! published practice against today and the review interval.

use crate::common::*;

fn with_period(period: &str) -> String {
    replace_line(
        &review("gent-taalcafe"),
        "period:",
        &format!("period: {period}"),
    )
}

#[test]
fn an_unquoted_year_is_a_date() {
    let text = with_period("{start: 2023, lifecycle: lopend}");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn quoted_and_unquoted_dates_of_every_precision_pass() {
    for period in [
        "{start: \"2023\", end: 2024-06-30, lifecycle: afgerond}",
        "{start: '2023-02', end: \"2023-02-28\", lifecycle: afgerond}",
        "{start: 2023-02-01, end: 2023, lifecycle: stopgezet}",
    ] {
        let run = Collection::with("gent-taalcafe", &with_period(period)).validate();
        assert_eq!(run.findings(), vec![], "{period}:\n{}", run.dump());
    }
}

#[test]
fn a_date_that_does_not_exist_is_invalid_date_at_the_value() {
    let text = with_period("{start: 2023-02-30, lifecycle: lopend}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-date");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "2023-02-30"))
    );
}

#[test]
fn month_thirteen_is_invalid_date() {
    let text = with_period("{start: 2023-13, lifecycle: lopend}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-date");
    assert_eq!(d.at(), locate(&text, "2023-13"));
}

#[test]
fn a_date_in_words_is_invalid_date() {
    let text = with_period("{start: maart 2023, lifecycle: lopend}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-date");
    assert_eq!(d.at(), locate(&text, "maart 2023"));
}

#[test]
fn a_european_day_month_year_date_is_invalid_date() {
    let text = with_period("{start: 01-03-2023, lifecycle: lopend}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-date");
    assert_eq!(d.at(), locate(&text, "01-03-2023"));
}

#[test]
fn an_end_before_the_start_is_period_order_at_the_end() {
    let text = with_period("{start: 2021-05, end: 2020-12, lifecycle: afgerond}");
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("period-order");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "2020-12"))
    );
}

#[test]
fn dates_compare_on_the_precision_they_share() {
    let text = with_period("{start: 2021-05, end: 2021, lifecycle: afgerond}");
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

fn with_assessment(assessment: &str) -> String {
    replace_line(
        &published("gent-taalcafe"),
        "assessment:",
        &format!("assessment: {assessment}"),
    )
}

#[test]
fn an_assessment_dated_in_the_future_is_assessment_future() {
    let text = with_assessment(
        "{by: redactie, on: 2999-01-01, proven: deels, deployable: voldaan, reach: deels}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("assessment-future");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "2999-01-01"))
    );
}

#[test]
fn an_assessment_older_than_the_review_interval_is_an_assessment_stale_warning() {
    let text = with_assessment(
        "{by: redactie, on: 2020-01-15, proven: deels, deployable: voldaan, reach: deels}",
    );
    let run = Collection::with("gent-taalcafe", &text).validate();
    let d = run.one("assessment-stale");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("warning", locate(&text, "2020-01-15"))
    );
    assert_eq!(run.code, 0);
}

#[test]
fn an_assessment_just_inside_the_review_interval_is_not_stale() {
    let on = days_ago(700);
    let text = with_assessment(&format!(
        "{{by: redactie, on: {on}, proven: deels, deployable: voldaan, reach: deels}}"
    ));
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn an_assessment_date_of_today_passes() {
    let on = days_ago(0);
    let text = with_assessment(&format!(
        "{{by: redactie, on: {on}, proven: deels, deployable: voldaan, reach: deels}}"
    ));
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn an_assessment_date_without_a_day_is_invalid_value_asking_for_a_full_date() {
    let text = with_assessment(
        "{by: redactie, on: 2026-05, proven: deels, deployable: voldaan, reach: deels}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-value");
    assert_eq!(d.at(), locate(&text, "2026-05"));
    assert!(d.help().contains("JJJJ-MM-DD"), "help: {}", d.help());
}

#[test]
fn an_impossible_assessment_date_is_invalid_date() {
    let text = with_assessment(
        "{by: redactie, on: 2025-02-29, proven: deels, deployable: voldaan, reach: deels}",
    );
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("invalid-date");
    assert_eq!(d.at(), locate(&text, "2025-02-29"));
}

#[test]
fn a_published_practice_with_a_criterion_judged_niet_is_assessment_failed() {
    let on = days_ago(10);
    let text = with_assessment(&format!(
        "{{by: redactie, on: {on}, proven: deels, deployable: niet, reach: deels}}"
    ));
    let d = Collection::with("gent-taalcafe", &text)
        .validate()
        .one("assessment-failed");
    assert_eq!(
        (d.severity.as_str(), d.at()),
        ("error", locate(&text, "niet"))
    );
}

#[test]
fn a_practice_in_review_may_have_a_criterion_judged_niet() {
    let on = days_ago(10);
    let text = add_field(
        &review("gent-taalcafe"),
        &format!(
            "assessment: {{by: redactie, on: {on}, proven: niet, deployable: niet, reach: deels}}"
        ),
    );
    Collection::with("gent-taalcafe", &text)
        .validate()
        .assert_clean();
}

#[test]
fn a_year_is_judged_the_same_quoted_or_not() {
    for year in ["1899", "2150"] {
        let codes = |start: String| {
            let text = with_period(&format!("{{start: {start}, lifecycle: lopend}}"));
            Collection::with("gent-taalcafe", &text).validate().codes()
        };
        assert_eq!(
            codes(year.to_owned()),
            codes(format!("\"{year}\"")),
            "start: {year} and start: \"{year}\""
        );
    }
}

#[test]
fn a_malformed_date_is_reported_once() {
    for start in ["2023-05-", "20230", "2023/05/01", "2023-5-1x"] {
        let text = with_period(&format!("{{start: \"{start}\", lifecycle: lopend}}"));
        let run = Collection::with("gent-taalcafe", &text).validate();
        assert_eq!(
            run.all("invalid-date").len(),
            1,
            "start: {start}\n{}",
            run.dump()
        );
    }
}
