//! Published period labels and the data year each belongs to.
//!
//! A value belongs to the year its period ends: at 31 March 2021 → 2021,
//! academic 2020/21 → 2021, financial 2020-21 → 2021, pooled 2019-21 → 2021,
//! pooled academic 2013/14-15/16 → 2016. The label itself is kept for display.

use thiserror::Error;

/// How final a published figure is. When one measure has two labels for the
/// same year in one release, the higher status wins (see `docs/data.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    Provisional,
    /// A plain label: `2018`, `2020/21`, `2016-17 (OT)` (outturn).
    Published,
    Revised,
    Final,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub year: u16,
    pub status: Status,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
#[error("unrecognised period label {0:?}")]
pub struct PeriodError(pub String);

/// Parses a LAIT `Years` label (or a DfE `time_period`).
pub fn parse_period(label: &str) -> Result<Period, PeriodError> {
    let error = || PeriodError(label.to_string());
    let trimmed = label.trim();
    // Split off a trailing qualifier: "2018 (Rev)", "2023(Prov)", "2016-17 (OT)".
    let (core, qualifier) = match trimmed.find('(') {
        Some(open) => {
            let close = trimmed.rfind(')').filter(|&c| c > open && c == trimmed.len() - 1).ok_or_else(error)?;
            (trimmed[..open].trim_end(), trimmed[open + 1..close].trim().to_ascii_lowercase())
        }
        None => (trimmed, String::new()),
    };
    let status = match qualifier.as_str() {
        "" | "ot" => Status::Published,
        "rev" | "revised" => Status::Revised,
        "final" => Status::Final,
        "prov" | "provisional" => Status::Provisional,
        _ => return Err(error()),
    };
    Ok(Period { year: end_year(core).ok_or_else(error)?, status })
}

/// The year a period ends, from the last year-like part of the label.
fn end_year(core: &str) -> Option<u16> {
    let parts: Vec<&str> = core.split(['/', '-']).collect();
    let first: u16 = four_digits(parts[0])?;
    if !(1990..=2100).contains(&first) {
        return None; // e.g. LAIT's "0"
    }
    let mut year = first;
    for part in &parts[1..] {
        year = match part.len() {
            4 => four_digits(part)?,
            // Two-digit years continue the century of the year before them.
            2 => {
                let yy: u16 = part.parse().ok()?;
                let candidate = year / 100 * 100 + yy;
                if candidate < year { candidate + 100 } else { candidate }
            }
            _ => return None,
        };
    }
    // Each part must move forward by at most a few years (pooled periods are three).
    (year >= first && year - first <= 4).then_some(year)
}

fn four_digits(s: &str) -> Option<u16> {
    (s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn year(label: &str) -> u16 {
        parse_period(label).unwrap().year
    }

    #[test]
    fn period_belongs_to_the_year_it_ends() {
        assert_eq!(year("2021"), 2021);
        assert_eq!(year("2020/21"), 2021);
        assert_eq!(year("2020-21"), 2021);
        assert_eq!(year("2019-21"), 2021);
        assert_eq!(year("2013/14-15/16"), 2016);
        assert_eq!(year("2012/13-14/15"), 2015);
        assert_eq!(year("2016-17 (OT)"), 2017);
        assert_eq!(year("1999/00"), 2000);
    }

    #[test]
    fn qualifiers_set_status() {
        assert_eq!(parse_period("2018 (Rev)").unwrap(), Period { year: 2018, status: Status::Revised });
        assert_eq!(parse_period("2018 (Revised)").unwrap().status, Status::Revised);
        assert_eq!(parse_period("2020 (Final)").unwrap().status, Status::Final);
        assert_eq!(parse_period("2023(Prov)").unwrap(), Period { year: 2023, status: Status::Provisional });
        assert_eq!(parse_period("2025 (prov)").unwrap().status, Status::Provisional);
        assert_eq!(parse_period("2016-17 (OT)").unwrap().status, Status::Published);
        assert!(Status::Final > Status::Revised && Status::Revised > Status::Published);
        assert!(Status::Published > Status::Provisional);
    }

    #[test]
    fn rejects_labels_that_are_not_periods() {
        for bad in ["0", "", "20", "2018 (Estimated)", "2018 (Rev", "abcd", "2016-1", "2016-25", "2016/2"] {
            assert!(parse_period(bad).is_err(), "{bad:?} should be rejected");
        }
    }
}
