//! DfE's tables name regions in words where LAIT numbers them: this maps the
//! names to LAIT's area numbers.

use std::collections::HashMap;

/// Maps DfE's geography names to LAIT's area numbers for regions and England.
#[derive(Debug, Clone, Default)]
pub struct GeographyNames {
    by_name: HashMap<String, u16>,
}

impl GeographyNames {
    /// From LAIT's regions (and London's two parts), as (area number, name).
    pub fn new(regions: impl IntoIterator<Item = (u16, String)>) -> GeographyNames {
        let mut by_name = HashMap::new();
        for (code, name) in regions {
            by_name.insert(normalise(&name), code);
        }
        // Other DfE tables name LAIT's "London (Inner)" and "London (Outer)" this way.
        for (alias, of) in [("inner london", "london (inner)"), ("outer london", "london (outer)")] {
            if let Some(&code) = by_name.get(of) {
                by_name.insert(alias.to_string(), code);
            }
        }
        GeographyNames { by_name }
    }

    /// The area number for a name, ignoring case and surrounding spaces.
    pub fn code(&self, name: &str) -> Option<u16> {
        self.by_name.get(&normalise(name)).copied()
    }
}

fn normalise(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ignoring_case_and_inner_london_is_lait_s_london_inner() {
        let names = GeographyNames::new([(989, "South East".to_string()), (987, "London (Inner)".to_string())]);
        assert_eq!(names.code(" south east "), Some(989));
        assert_eq!(names.code("Inner London"), Some(987));
        assert_eq!(names.code("Outer London"), None);
    }
}
