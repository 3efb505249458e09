//! Where a chart's value axis runs: the rule the trend chart draws by and
//! its caption states, in one place.


/// Where a trend's value axis starts. From zero by default, so a change is
/// never exaggerated; fitted to the figures on request (a measure that lives
/// between 40 and 60 then shows its movement), drawn with a break in the
/// axis and said in the caption, so no one takes it for a zero-based axis.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ValueAxis {
    #[default]
    FromZero,
    Fit,
}

impl ValueAxis {
    pub fn code(self) -> &'static str {
        match self {
            ValueAxis::FromZero => "zero",
            ValueAxis::Fit => "fit",
        }
    }
    pub fn from_code(code: &str) -> Option<ValueAxis> {
        [ValueAxis::FromZero, ValueAxis::Fit].into_iter().find(|a| a.code() == code)
    }
}

/// The span of a value axis, and whether it is cut short of zero.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ValueRange {
    pub low: f64,
    pub high: f64,
    /// The axis starts above zero (fitted to the figures): drawn with a
    /// break at its foot and said in the caption.
    pub broken: bool,
}

/// The range for `values` on an axis of kind `axis`, or `None` when there
/// are no finite values.
///
/// From zero: zero (or a little below the lowest, if any is negative) to a
/// little above the highest, so a change is never exaggerated. Fitted: from
/// a round number a little below the lowest figure, when all are above
/// zero; otherwise as from zero, since zero is then in the range anyway.
pub fn value_range(values: impl IntoIterator<Item = f64>, axis: ValueAxis) -> Option<ValueRange> {
    let (mut min, mut max) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        min = min.min(v);
        max = max.max(v);
    }
    if !max.is_finite() {
        return None;
    }
    if axis == ValueAxis::Fit && min > 0.0 {
        // A flat line still gets a band around it.
        let span = if max > min { max - min } else { max * 0.1 };
        let step = round_step(span);
        let low = ((min - span * 0.15) / step).floor() * step;
        if low > 0.0 {
            return Some(ValueRange { low, high: max + span * 0.1, broken: true });
        }
    }
    let low = min.min(0.0);
    let high = if max <= 0.0 { 0.0 } else { max };
    let span = (high - low).max(1e-9);
    Some(ValueRange { low: if low < 0.0 { low - span * 0.05 } else { 0.0 }, high: high + span * 0.08, broken: false })
}

/// A round step (1, 2 or 5 times a power of ten) about a quarter of `span`.
fn round_step(span: f64) -> f64 {
    let rough = (span / 4.0).max(1e-9);
    let decade = 10f64.powf(rough.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|f| f * decade).find(|s| *s >= rough).unwrap_or(10.0 * decade)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn from_zero_starts_at_zero_and_leaves_room_above() {
        let r = value_range([42.0, 55.0, 48.0], ValueAxis::FromZero).unwrap();
        assert_eq!(r.low, 0.0);
        assert!(r.high > 55.0 && r.high < 60.0);
        assert!(!r.broken);
    }

    #[test]
    fn fitted_starts_at_a_round_number_below_the_lowest_figure() {
        let r = value_range([42.0, 55.0, 48.0], ValueAxis::Fit).unwrap();
        assert!(r.broken);
        assert!(r.low < 42.0 && r.low > 30.0, "{r:?}");
        assert_eq!(r.low % 5.0, 0.0, "{r:?}");
        assert!(r.high > 55.0);
    }

    #[test]
    fn fitted_keeps_zero_when_a_figure_is_zero_or_below() {
        assert_eq!(value_range([0.0, 12.0], ValueAxis::Fit), value_range([0.0, 12.0], ValueAxis::FromZero));
        let r = value_range([-3.0, 12.0], ValueAxis::Fit).unwrap();
        assert!(r.low < -3.0 && !r.broken);
    }

    #[test]
    fn fitted_falls_back_to_zero_when_the_figures_are_near_it() {
        // 2 to 50: a band 15% below 2 reaches past zero, so the axis starts there.
        let r = value_range([2.0, 50.0], ValueAxis::Fit).unwrap();
        assert_eq!((r.low, r.broken), (0.0, false));
    }

    #[test]
    fn a_flat_line_gets_a_band() {
        let r = value_range([80.0, 80.0], ValueAxis::Fit).unwrap();
        assert!(r.low < 80.0 && r.high > 80.0 && r.broken, "{r:?}");
    }

    #[test]
    fn no_figures_no_range() {
        assert_eq!(value_range([f64::NAN], ValueAxis::Fit), None);
        assert_eq!(value_range([], ValueAxis::FromZero), None);
    }
}
