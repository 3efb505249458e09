//! Published value strings: numbers with float artefacts, and missing markers.

use childstats::data::MissingReason;

/// A cell as published: a number or a missing-value marker.
#[derive(Debug, Clone, PartialEq)]
pub enum Published {
    Number(f64),
    /// `-`, `x`, `c`, `..` or `z`, kept as published.
    Marker(String),
}

impl Published {
    pub fn number(&self) -> Option<f64> {
        match self {
            Published::Number(n) => Some(*n),
            Published::Marker(_) => None,
        }
    }
}

/// Parses a published cell. `None` for text that is neither a number nor a
/// known marker (the caller skips and counts it).
pub fn parse_published(text: &str) -> Option<Published> {
    let t = text.trim();
    if MissingReason::from_marker(t).is_some() {
        return Some(Published::Marker(t.to_string()));
    }
    let n: f64 = t.parse().ok()?;
    n.is_finite().then(|| Published::Number(remove_artefacts(n)))
}

/// Removes float artefacts such as `65.900000000000006` without losing a
/// published digit: any decimal of up to 15 significant digits survives a
/// round trip through an f64 exactly (DBL_DIG = 15), while the artefacts sit
/// in the 16th and 17th digits.
pub fn remove_artefacts(n: f64) -> f64 {
    if n == 0.0 {
        return 0.0; // also turns -0 into 0
    }
    format!("{n:.14e}").parse().expect("a formatted f64 parses")
}

/// Rounds half away from zero to `decimals` places, as DfE's tables do.
pub fn round_to(n: f64, decimals: u8) -> f64 {
    // Work on the decimal string so 0.125 rounds to 0.13 as published,
    // not to 0.12 through its binary approximation 0.12499999….
    let scale = 10f64.powi(i32::from(decimals));
    let scaled: f64 = format!("{:.6}", remove_artefacts(n) * scale).parse().expect("parses");
    let rounded = scaled.abs().round().copysign(scaled) / scale;
    if rounded == 0.0 { 0.0 } else { rounded }
}

/// Decimal places a cleaned value shows (`65.9` → 1, `407` → 0).
pub fn decimals_of(n: f64) -> u8 {
    let text = format!("{}", remove_artefacts(n));
    text.split_once('.').map_or(0, |(_, frac)| frac.len().min(12) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_artefacts_are_removed_exactly() {
        assert_eq!(format!("{}", remove_artefacts("65.900000000000006".parse().unwrap())), "65.9");
        assert_eq!(format!("{}", remove_artefacts("7.0000000000000007E-2".parse().unwrap())), "0.07");
        assert_eq!(format!("{}", remove_artefacts("517.79999999999995".parse().unwrap())), "517.8");
        // Published digits are kept, however many there are up to 15.
        assert_eq!(format!("{}", remove_artefacts(123456789.123456)), "123456789.123456");
        assert_eq!(format!("{}", remove_artefacts(0.1 + 0.2)), "0.3");
    }

    #[test]
    fn markers_and_numbers_are_told_apart() {
        assert_eq!(parse_published("-"), Some(Published::Marker("-".into())));
        assert_eq!(parse_published("x"), Some(Published::Marker("x".into())));
        assert_eq!(parse_published(".."), Some(Published::Marker("..".into())));
        assert_eq!(parse_published(" 62.3 "), Some(Published::Number(62.3)));
        assert_eq!(parse_published("-7.0000000000000007E-2"), Some(Published::Number(-0.07)));
        assert_eq!(parse_published("n/a"), None);
        assert_eq!(parse_published("NaN"), None);
        assert_eq!(parse_published("inf"), None);
        assert_eq!(parse_published(""), None);
    }

    #[test]
    fn rounding_is_half_away_from_zero_on_the_decimal() {
        assert_eq!(round_to(0.125, 2), 0.13);
        assert_eq!(round_to(2.675, 2), 2.68);
        assert_eq!(round_to(-1.25, 1), -1.3);
        assert_eq!(round_to(49.7324, 1), 49.7);
        assert_eq!(round_to(99.5, 0), 100.0);
        assert_eq!(round_to(-0.04, 1), 0.0);
        assert_eq!(format!("{}", round_to("65.900000000000006".parse().unwrap(), 1)), "65.9");
    }

    #[test]
    fn decimals_are_counted_after_cleaning() {
        assert_eq!(decimals_of("65.900000000000006".parse().unwrap()), 1);
        assert_eq!(decimals_of(407.0), 0);
        assert_eq!(decimals_of(0.07), 2);
    }
}
