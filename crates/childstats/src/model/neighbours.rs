//! Statistical neighbour averages, by LAIT's rule.

use crate::data::{AreaCode, Dataset, IndicatorCode, Year};

/// LAIT's statistical neighbour average: the simple (unweighted) mean of the
/// neighbours' values, over those that have one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NeighbourAverage {
    /// `None` when no neighbour has a value.
    pub mean: Option<f64>,
    /// How many neighbours had a value.
    pub with_value: usize,
    /// How many neighbours the model lists (ten).
    pub of: usize,
}

/// The average of `area`'s neighbours in `model` for one indicator and year.
/// Returns `None` when the model has no group for the area.
pub fn neighbour_average(
    dataset: &Dataset,
    indicator: &IndicatorCode,
    area: AreaCode,
    model: &str,
    year: Year,
) -> Option<NeighbourAverage> {
    let neighbours = dataset.catalogue.statistical_neighbours(area, model)?;
    let values: Vec<f64> = neighbours
        .iter()
        .filter_map(|n| dataset.cell(indicator, n.area, year).value.ok())
        .collect();
    let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
    Some(NeighbourAverage { mean, with_value: values.len(), of: neighbours.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixture::Fixture;
    use crate::data::raw::RawValue;

    /// Southampton (852) with three neighbours (1, 2, 3); `values` gives the
    /// figures of 1, 2, 3 and 852, in that order.
    fn dataset(values: [RawValue; 4]) -> Dataset {
        let figures: Vec<(u16, RawValue)> = [1, 2, 3, 852].into_iter().zip(values).collect();
        Fixture::new()
            .council(1, "A", None)
            .council(2, "B", None)
            .council(3, "C", None)
            .council(852, "S", None)
            .indicator_with("X", |i| {
                i.unit = "%".into();
                i.polarity = "lower".into();
            })
            .neighbours("2021", 852, &[1, 2, 3])
            .figures("X", 2021, &figures)
            .dataset()
    }

    fn average(values: [RawValue; 4]) -> NeighbourAverage {
        let d = dataset(values);
        neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(852), "2021", Year::new(2021).unwrap()).unwrap()
    }

    #[test]
    fn average_is_simple_mean_of_neighbours_only() {
        let a = average([10.0, 20.0, 60.0, 1000.0].map(RawValue::from));
        assert_eq!(a.mean, Some(30.0));
        assert_eq!((a.with_value, a.of), (3, 3));
    }

    #[test]
    fn average_skips_missing_neighbours_and_counts_them() {
        let a = average([10.0.into(), "-".into(), 30.0.into(), 5.0.into()]);
        assert_eq!(a.mean, Some(20.0));
        assert_eq!((a.with_value, a.of), (2, 3));
    }

    #[test]
    fn average_is_none_when_no_neighbour_has_a_value() {
        let a = average(["x".into(), RawValue::Absent, "-".into(), 5.0.into()]);
        assert_eq!(a.mean, None);
        assert_eq!(a.with_value, 0);
    }

    #[test]
    fn no_group_for_area_outside_model() {
        let d = dataset([1.0, 2.0, 3.0, 4.0].map(RawValue::from));
        assert!(neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(1), "2021", Year::new(2021).unwrap()).is_none());
        assert!(neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(852), "2025", Year::new(2021).unwrap()).is_none());
    }
}
