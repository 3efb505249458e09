//! The explorer's own words around the figures: its name, its strapline and
//! the link down to its choices, as the page and its first paint
//! (`charts::first_paint`) both write them.

use crate::data::YearSpan;

pub const SITE_TITLE: &str = "Children's services statistics explorer";

/// The strapline before the years are known.
pub const STRAPLINE_LOADING: &str = "English councils compared with similar councils, their region and England";

/// The strapline, with the years the bundled data covers (from the data,
/// not the code: a refresh that adds a year changes it).
pub fn strapline(years: YearSpan) -> String {
    format!("English councils, {}, compared with similar councils, their region and England", years.describe())
}

/// On a phone the figures come first, with this link down to the choices.
pub const JUMP_TO_CHOICES: &str = "Change the indicator, council or years \u{2193}";

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Year;

    #[test]
    fn strapline_names_the_years_of_the_data() {
        let years = YearSpan { first: Year::new(2014).unwrap(), last: Year::new(2027).unwrap() };
        assert_eq!(strapline(years), "English councils, 2014 to 2027, compared with similar councils, their region and England");
    }
}
