//! A hostile page found by review: 100,000 nested `<div>`s around a short article. Parsing
//! and body extraction take time that grows with the square of the nesting depth (4,000
//! levels: 3 s in a release build; 100,000 levels: tens of minutes), so the reader
//! estimates the depth from the tags first and refuses such a page (`read::nesting`).

#[test]
fn deeply_nested_page_is_refused_before_parsing() {
    let sentence = "<p>The ministry said on Tuesday that inflation rose to 2.4 percent in May \
                    2024, according to the statistics office.</p>";
    let page = format!("{}{}", "<div>".repeat(100_000), sentence.repeat(3));
    let err = claimkit_core::read::parse_page("deep", "deep.html", page.as_bytes(), None)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("page nested about 100000 elements deep"),
        "{err}"
    );
}
