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
