//! Writing CSV text: every CSV the app makes (downloads, a person's own
//! figures written back) quotes its fields the same way.

/// Appends a CSV field, quoted per RFC 4180 where it holds a comma, quote or
/// line break. Written by hand rather than with the `csv` crate: it is all
/// this needs, and the app's code-size budget is tight (the crate cost about
/// 2 KB gzipped).
pub fn push_field(out: &mut String, text: &str) {
    if text.contains([',', '"', '\n', '\r']) {
        out.push('"');
        out.push_str(&text.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(text);
    }
}

pub fn record(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, f);
    }
    out.push('\n');
}

/// One field as CSV text.
pub fn field(text: &str) -> String {
    let mut out = String::new();
    push_field(&mut out, text);
    out
}
