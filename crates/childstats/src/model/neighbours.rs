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
    use crate::data::{parse_catalogue, parse_year};

    /// Southampton with three neighbours, of which `values` gives each one's figure.
    fn dataset(values: &str) -> Dataset {
        let catalogue = r#"{"format":1,"data_version":"t","years":[],"sources":[{"id":"s","title":"t","publisher":"p","file":"f"}],
          "indicators":[{"code":"X","name":"X","topic":"t","unit":"%","decimals":1,"decimals_published":true,"polarity":"lower",
            "definition":"","data_owner":"","methodology":"","links":[],"year_type":"","quartiles":true}],
          "areas":[{"code":1,"name":"A","kind":"la"},{"code":2,"name":"B","kind":"la"},{"code":3,"name":"C","kind":"la"},{"code":852,"name":"S","kind":"la"}],
          "neighbour_models":[{"id":"2021","title":"t","source":"s","groups":[{"area":852,"neighbours":[
            {"area":1,"closeness":"Close"},{"area":2,"closeness":"Close"},{"area":3,"closeness":"Close"}]}]}]}"#;
        let catalogue = parse_catalogue("c", catalogue).unwrap();
        let year = format!(r#"{{"format":1,"year":2021,"series":[{{"indicator":"X","period":"2021","source":"s","values":{values}}}]}}"#);
        let y = Year::new(2021).unwrap();
        let data = parse_year("y", &year, y, &catalogue).unwrap();
        let mut d = Dataset::new(catalogue);
        d.insert_year(y, Ok(data));
        d
    }

    fn average(values: &str) -> NeighbourAverage {
        let d = dataset(values);
        neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(852), "2021", Year::new(2021).unwrap()).unwrap()
    }

    #[test]
    fn average_is_simple_mean_of_neighbours_only() {
        let a = average("[10,20,60,1000]");
        assert_eq!(a.mean, Some(30.0));
        assert_eq!((a.with_value, a.of), (3, 3));
    }

    #[test]
    fn average_skips_missing_neighbours_and_counts_them() {
        let a = average(r#"[10,"-",30,5]"#);
        assert_eq!(a.mean, Some(20.0));
        assert_eq!((a.with_value, a.of), (2, 3));
    }

    #[test]
    fn average_is_none_when_no_neighbour_has_a_value() {
        let a = average(r#"["x",null,"-",5]"#);
        assert_eq!(a.mean, None);
        assert_eq!(a.with_value, 0);
    }

    #[test]
    fn no_group_for_area_outside_model() {
        let d = dataset("[1,2,3,4]");
        assert!(neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(1), "2021", Year::new(2021).unwrap()).is_none());
        assert!(neighbour_average(&d, &IndicatorCode::new("X"), AreaCode(852), "2025", Year::new(2021).unwrap()).is_none());
    }
}
