//! Long `<select>` lists: 435 indicators, about 150 councils twice. Built as
//! Leptos views, their ~750 options took about 85 ms of the first load
//! (profiled in Chromium); written as one escaped HTML string, the browser
//! parses them in a millisecond or two (issue 6's first-chart budget).

use childstats::model::share::escape_html as escape;
use leptos::html::Select;
use leptos::prelude::*;

/// Options under an `<optgroup>` label, or at the top level without one.
pub struct OptionGroup {
    pub label: Option<String>,
    /// (value, text shown)
    pub options: Vec<(String, String)>,
}

/// The groups as `<optgroup>`/`<option>` markup, every value and text escaped.
pub fn options_html(groups: &[OptionGroup]) -> String {
    let mut html = String::new();
    for group in groups {
        if let Some(label) = &group.label {
            html.push_str(&format!("<optgroup label=\"{}\">", escape(label)));
        }
        for (value, text) in &group.options {
            html.push_str(&format!("<option value=\"{}\">{}</option>", escape(value), escape(text)));
        }
        if group.label.is_some() {
            html.push_str("</optgroup>");
        }
    }
    html
}

/// Fills `select` with `html` and keeps its chosen option equal to `value`.
/// Two effects, so that whichever runs first the end state is right: new
/// markup resets a select's value, so the markup effect sets the value again.
pub fn bind_options(select: NodeRef<Select>, html: impl Fn() -> String + Send + Sync + 'static, value: impl Fn() -> String + Copy + Send + Sync + 'static) {
    let html = Memo::new(move |_| html());
    Effect::new(move |_| {
        let markup = html.get();
        if let Some(el) = select.get() {
            el.set_inner_html(&markup);
            el.set_value(&untrack(value));
        }
    });
    Effect::new(move |_| {
        let chosen = value();
        if let Some(el) = select.get() {
            el.set_value(&chosen);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(label: Option<&str>, options: &[(&str, &str)]) -> OptionGroup {
        OptionGroup { label: label.map(str::to_string), options: options.iter().map(|(v, t)| (v.to_string(), t.to_string())).collect() }
    }

    #[test]
    fn writes_groups_and_loose_options_in_order() {
        let html = options_html(&[group(None, &[("", "Choose\u{2026}")]), group(Some("Councils"), &[("852", "Southampton"), ("850", "Hampshire")])]);
        assert_eq!(
            html,
            "<option value=\"\">Choose\u{2026}</option><optgroup label=\"Councils\"><option value=\"852\">Southampton</option><option value=\"850\">Hampshire</option></optgroup>"
        );
    }

    #[test]
    fn escapes_markup_in_values_labels_and_text() {
        let html = options_html(&[group(Some("A & B's <group>"), &[("x\"><script>", "Children's <b>services</b> & \"care\"")])]);
        assert!(!html.contains("<script>") && !html.contains("<b>"), "{html}");
        assert!(html.contains("label=\"A &amp; B&#39;s &lt;group&gt;\""), "{html}");
        assert!(html.contains("value=\"x&quot;&gt;&lt;script&gt;\""), "{html}");
        assert!(html.contains(">Children&#39;s &lt;b&gt;services&lt;/b&gt; &amp; &quot;care&quot;</option>"), "{html}");
    }

    #[test]
    fn nothing_to_write_for_no_groups() {
        assert_eq!(options_html(&[]), "");
        assert_eq!(options_html(&[group(Some("Empty"), &[])]), "<optgroup label=\"Empty\"></optgroup>");
    }
}
