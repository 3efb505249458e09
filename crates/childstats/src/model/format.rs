//! Numbers and words as people read them.

/// `1234567.891` with 1 decimal → `1,234,567.9`.
pub fn with_separators(value: f64, decimals: u8) -> String {
    // Half away from zero, as DfE rounds (format! alone rounds 4.25 to 4.2).
    let scale = 10f64.powi(i32::from(decimals));
    let rounded = (value.abs() * scale).round() / scale;
    let text = format!("{:.*}", usize::from(decimals), rounded);
    let (whole, fraction) = text.split_once('.').map_or((text.as_str(), None), |(w, f)| (w, Some(f)));
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    // "-0.0" reads as a sign error; a value that rounds to zero has none.
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let sign = if negative { "-" } else { "" };
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// A figure as every table shows it (page, snapshot): the value with the
/// indicator's decimals, marked † where computed rather than published, or
/// "no figure".
pub fn point_text(point: &super::series::Point, decimals: u8) -> String {
    match point.value {
        Ok(v) if point.derived => format!("{}\u{2020}", with_separators(v, decimals)),
        Ok(v) => with_separators(v, decimals),
        Err(_) => "no figure".to_string(),
    }
}

/// 1 → "1st", 12 → "12th", 22 → "22nd".
pub fn ordinal(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_group_thousands_and_keep_decimals() {
        assert_eq!(with_separators(621880.0, 0), "621,880");
        assert_eq!(with_separators(1234567.891, 1), "1,234,567.9");
        assert_eq!(with_separators(999.95, 1), "1,000.0");
        assert_eq!(with_separators(62.3, 1), "62.3");
        assert_eq!(with_separators(-1234.5, 1), "-1,234.5");
        assert_eq!(with_separators(-0.04, 1), "0.0");
        assert_eq!(with_separators(0.0, 2), "0.00");
        assert_eq!(with_separators(4.25, 1), "4.3");
        assert_eq!(with_separators(-4.25, 1), "-4.3");
    }

    #[test]
    fn ordinals_follow_english() {
        let cases = [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th"), (152, "152nd")];
        for (n, text) in cases {
            assert_eq!(ordinal(n), text);
        }
    }
}
