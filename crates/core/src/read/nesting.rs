//! How deep a page's elements nest, estimated from its tags before the page is parsed.
//!
//! The HTML parser and the body extractor both walk the stack of open elements for
//! every tag, so their time grows with the square of the nesting depth: 4,000 nested
//! `<div>`s take seconds, 100,000 take tens of minutes. News pages nest a few dozen
//! levels deep. A page whose estimate passes [`MAX_NESTING`] is refused before
//! parsing ([`super::InputErrorKind::TooDeep`]).
//!
//! The estimate counts opening tags less closing tags, leaving out void elements
//! (`<br>`, `<img>` …) and elements whose end tag may be left out (`<p>`, `<li>`,
//! `<td>` …), and skipping comments and the contents of `<script>` and `<style>`. It is
//! an upper bound for pages that close what they open, and never reads a byte twice.
//!
//! ```
//! use claimkit_core::read::nesting::estimate;
//! assert_eq!(estimate(b"<div><div><p>One<p>Two<br></div></div>"), 2);
//! assert_eq!(estimate(&b"<div>".repeat(5000)), 5000);
//! ```

/// Deepest estimated nesting read as a page: far above any news page, and low enough
/// that parsing stays well under a second.
pub const MAX_NESTING: usize = 1000;

/// Elements that never have an end tag.
const VOID: &[&[u8]] = &[
    b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"param",
    b"source", b"track", b"wbr",
];

/// Elements whose end tag may be left out (the next one, or the parent's end, closes them).
const OPTIONAL_END: &[&[u8]] = &[
    b"caption",
    b"colgroup",
    b"dd",
    b"dt",
    b"li",
    b"optgroup",
    b"option",
    b"p",
    b"rb",
    b"rp",
    b"rt",
    b"rtc",
    b"tbody",
    b"td",
    b"tfoot",
    b"th",
    b"thead",
    b"tr",
];

/// Elements whose contents are text, not tags.
const RAW_TEXT: &[&[u8]] = &[b"script", b"style", b"textarea", b"title", b"xmp"];

/// The deepest nesting of the elements of `html`, estimated from its tags.
pub fn estimate(html: &[u8]) -> usize {
    let (mut depth, mut deepest, mut at) = (0usize, 0usize, 0usize);
    while let Some(k) = memchr::memchr(b'<', &html[at..]) {
        let tag = at + k + 1;
        at = tag;
        if html[tag..].starts_with(b"!--") {
            at = memchr::memmem::find(&html[tag..], b"-->").map_or(html.len(), |e| tag + e + 3);
            continue;
        }
        let closing = html.get(tag) == Some(&b'/');
        let name_start = tag + usize::from(closing);
        let name_len = html[name_start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue; // `<` in text, `<!DOCTYPE`, `<?xml`
        }
        // Lower-cased on the stack: every listed name is short, a longer one is none of them.
        let mut buf = [0u8; 16];
        let name: &[u8] = match buf.get_mut(..name_len) {
            Some(lower) => {
                lower.copy_from_slice(&html[name_start..name_start + name_len]);
                lower.make_ascii_lowercase();
                lower
            }
            None => b"",
        };
        let end = memchr::memchr(b'>', &html[tag..]).map_or(html.len(), |e| tag + e + 1);
        let self_closing = html[..end].ends_with(b"/>");
        if closing {
            if counted(name) {
                depth = depth.saturating_sub(1);
            }
        } else if RAW_TEXT.contains(&name) {
            at = raw_text_end(html, end, name);
            continue;
        } else if counted(name) && !self_closing {
            depth += 1;
            deepest = deepest.max(depth);
        }
        at = end.max(at);
    }
    deepest
}

/// True for an element that stays open until its end tag.
fn counted(name: &[u8]) -> bool {
    !VOID.contains(&name) && !OPTIONAL_END.contains(&name)
}

/// Where the end tag of raw-text element `name` opened at `from` ends (ASCII case
/// ignored), or the end of the page.
fn raw_text_end(html: &[u8], from: usize, name: &[u8]) -> usize {
    let mut at = from;
    while let Some(k) = memchr::memmem::find(&html[at..], b"</") {
        let tag = at + k + 2;
        let matches = html
            .get(tag..tag + name.len())
            .is_some_and(|n| n.eq_ignore_ascii_case(name));
        if matches {
            return memchr::memchr(b'>', &html[tag..]).map_or(html.len(), |e| tag + e + 1);
        }
        at = tag;
    }
    html.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn void_and_optional_end_elements_do_not_deepen() {
        assert_eq!(estimate(b"<ul><li>a<li>b<li>c</ul>"), 1);
        assert_eq!(estimate(b"<table><tr><td>1<td>2<tr><td>3</table>"), 1);
        assert_eq!(estimate(b"<div><img src=x><br/><hr></div>"), 1);
        assert_eq!(estimate(b"<div><span/><span></span></div>"), 2);
    }

    #[test]
    fn scripts_styles_and_comments_are_skipped() {
        let html = b"<div><script>var s = '<div><div><div>';</SCRIPT><!-- <div><div> --></div>";
        assert_eq!(estimate(html), 1);
        assert_eq!(estimate(b"<style>a<b{}</style><p>x"), 0);
        assert_eq!(estimate(b"<div><!-- never closed <div><div>"), 1);
    }

    #[test]
    fn text_with_angle_brackets_is_no_tag() {
        assert_eq!(estimate(b"<p>1 < 2 and 3 <= 4</p><div>x</div>"), 1);
        assert_eq!(estimate(b"<"), 0);
        assert_eq!(estimate(b"<div"), 1);
    }

    #[test]
    fn deep_nesting_is_counted_in_linear_time() {
        let page = b"<div>".repeat(200_000);
        assert_eq!(estimate(&page), 200_000);
        let scripts = b"<script>".repeat(100_000);
        assert_eq!(estimate(&scripts), 0);
    }
}
