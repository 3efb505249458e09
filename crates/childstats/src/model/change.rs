//! Change between two years, worded by polarity.

use crate::data::{Indicator, Polarity, Year};

use super::format::with_separators;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Same,
}

/// Good or bad news, only where the measure has a polarity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Better,
    Worse,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Change {
    pub from: Year,
    pub to: Year,
    pub delta: f64,
    pub direction: Direction,
    pub verdict: Option<Verdict>,
}

/// The change from `from` to `to`, judged at the indicator's published
/// precision: a change that rounds to zero is no change.
pub fn change_between(from: (Year, f64), to: (Year, f64), indicator: &Indicator) -> Change {
    let scale = 10f64.powi(i32::from(indicator.decimals));
    let delta = ((to.1 - from.1) * scale).round() / scale;
    let direction = if delta > 0.0 {
        Direction::Up
    } else if delta < 0.0 {
        Direction::Down
    } else {
        Direction::Same
    };
    let verdict = match (indicator.polarity, direction) {
        (_, Direction::Same) | (Polarity::Neither, _) => None,
        (Polarity::HigherIsBetter, Direction::Up) | (Polarity::LowerIsBetter, Direction::Down) => Some(Verdict::Better),
        _ => Some(Verdict::Worse),
    };
    Change { from: from.0, to: to.0, delta, direction, verdict }
}

impl Change {
    /// "up 3.2 (better)", "down 0.5", "no change".
    pub fn describe(&self, indicator: &Indicator) -> String {
        let amount = with_separators(self.delta.abs(), indicator.decimals);
        let words = match self.direction {
            Direction::Up => format!("up {amount}"),
            Direction::Down => format!("down {amount}"),
            Direction::Same => return "no change".to_string(),
        };
        match self.verdict {
            Some(Verdict::Better) => format!("{words} (better)"),
            Some(Verdict::Worse) => format!("{words} (worse)"),
            None => words,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(polarity: Polarity, decimals: u8) -> Indicator {
        crate::data::fixture::indicator(|i| {
            i.unit = "%".into();
            i.decimals = decimals;
            i.polarity = match polarity {
                Polarity::HigherIsBetter => "higher",
                Polarity::LowerIsBetter => "lower",
                Polarity::Neither => "neither",
            }
            .into();
        })
    }

    fn y(n: u16) -> Year {
        Year::new(n).unwrap()
    }

    #[test]
    fn words_follow_polarity() {
        let lower = indicator(Polarity::LowerIsBetter, 1);
        assert_eq!(change_between((y(2023), 63.0), (y(2024), 54.6), &lower).describe(&lower), "down 8.4 (better)");
        let higher = indicator(Polarity::HigherIsBetter, 1);
        assert_eq!(change_between((y(2023), 63.0), (y(2024), 54.6), &higher).describe(&higher), "down 8.4 (worse)");
        assert_eq!(change_between((y(2023), 54.6), (y(2024), 63.0), &higher).describe(&higher), "up 8.4 (better)");
    }

    #[test]
    fn no_verdict_without_polarity() {
        let neither = indicator(Polarity::Neither, 1);
        let c = change_between((y(2023), 63.0), (y(2024), 54.6), &neither);
        assert_eq!(c.verdict, None);
        assert_eq!(c.describe(&neither), "down 8.4");
    }

    #[test]
    fn change_below_published_precision_is_no_change() {
        let ind = indicator(Polarity::LowerIsBetter, 0);
        let c = change_between((y(2023), 100.0), (y(2024), 100.4), &ind);
        assert_eq!(c.direction, Direction::Same);
        assert_eq!(c.describe(&ind), "no change");
    }

    #[test]
    fn float_noise_does_not_make_a_change() {
        let ind = indicator(Polarity::LowerIsBetter, 1);
        let c = change_between((y(2023), 0.1 + 0.2), (y(2024), 0.3), &ind);
        assert_eq!(c.direction, Direction::Same);
    }
}
