//! A cell's number or date as spreadsheets write them, read by hand (see
//! `decimal` for why).

/// A number as spreadsheets write it: thousands separators, a trailing %,
/// spaces; `None` for anything else.
pub fn parse_value(text: &str) -> Option<f64> {
    let cleaned: String = text.trim().trim_end_matches('%').chars().filter(|c| !matches!(c, ',' | ' ' | '\u{a0}')).collect();
    decimal(&cleaned)
}

/// A plain decimal (sign, digits, at most one point; no exponent), read by
/// hand: `str::parse::<f64>` links core's float tables into the app (about
/// 6 kB gzipped) for what a spreadsheet cell holds. Digits past the 18th are
/// dropped (the figures are shown to a few decimals).
fn decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.as_bytes().first()? {
        b'-' => (true, &text[1..]),
        b'+' => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if (whole.is_empty() && fraction.is_empty()) || !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (mut mantissa, mut scale, mut used) = (0u64, 0i32, 0);
    for (b, in_fraction) in whole.bytes().map(|b| (b, false)).chain(fraction.bytes().map(|b| (b, true))) {
        if used < 18 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            used += usize::from(mantissa > 0);
            scale -= i32::from(in_fraction);
        } else {
            scale += i32::from(!in_fraction);
        }
    }
    let magnitude = if scale >= 0 { mantissa as f64 * 10f64.powi(scale) } else { mantissa as f64 / 10f64.powi(-scale) };
    let value = if negative { -magnitude } else { magnitude };
    value.is_finite().then_some(value)
}

/// An ISO date (2025-09-30) or a British one (30/09/2025): (year, month, day).
pub fn parse_date(text: &str) -> Option<(u16, u8, u8)> {
    let parts: Vec<&str> = text.trim().split(['-', '/']).collect();
    let [a, b, c] = parts.as_slice() else { return None };
    let (y, m, d) = if a.len() == 4 { (*a, *b, *c) } else if c.len() == 4 { (*c, *b, *a) } else { return None };
    let (y, m, d): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1990..=2100).contains(&y) && (1..=days).contains(&d)).then_some((y, m, d))
}
