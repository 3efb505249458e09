//! The year-by-year table of one indicator for a focus council against its
//! statistical neighbour average and England.

use crate::data::{AreaCode, Cell, Dataset, Derivation, IndicatorCode, MissingReason, Year};

use super::neighbours::{neighbour_average, NeighbourAverage};

#[derive(Debug, Clone, PartialEq)]
pub struct TrendRow {
    pub year: Year,
    /// The focus council's published period label, else England's, else none.
    pub period: Option<String>,
    pub focus: Figure,
    pub neighbour_average: Option<NeighbourAverage>,
    pub england: Figure,
}

/// A value or why it is missing, and how it was derived where it was not published.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub value: Result<f64, MissingReason>,
    pub derived: Option<Derivation>,
}

impl From<Cell<'_>> for Figure {
    fn from(cell: Cell<'_>) -> Figure {
        Figure { value: cell.value, derived: cell.derived.cloned() }
    }
}

/// One row per bundled year, oldest first.
pub fn trend_rows(dataset: &Dataset, indicator: &IndicatorCode, focus: AreaCode, model: &str) -> Vec<TrendRow> {
    Year::bundled()
        .map(|year| {
            let focus_cell = dataset.cell(indicator, focus, year);
            let england_cell = dataset.cell(indicator, AreaCode::ENGLAND, year);
            TrendRow {
                year,
                period: focus_cell.period.or(england_cell.period).map(str::to_string),
                focus: focus_cell.into(),
                neighbour_average: neighbour_average(dataset, indicator, focus, model, year),
                england: england_cell.into(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::validate::tests::{catalogue_json, year_json};
    use crate::data::{parse_catalogue, parse_year};

    #[test]
    fn one_row_per_bundled_year_with_gaps_where_no_data() {
        let catalogue = parse_catalogue("c", &catalogue_json()).unwrap();
        let y2021 = Year::new(2021).unwrap();
        let data = parse_year("y", &year_json(r#"[62.3,41.4,"-"]"#), y2021, &catalogue).unwrap();
        let mut dataset = Dataset::new(catalogue);
        dataset.insert_year(y2021, Ok(data));
        let rows = trend_rows(&dataset, &IndicatorCode::new("CPP_rate"), AreaCode(852), "2021");
        assert_eq!(rows.len(), 11);
        let row = rows.iter().find(|r| r.year == y2021).unwrap();
        assert_eq!(row.focus.value, Ok(62.3));
        assert_eq!(row.england.value, Ok(41.4));
        assert!(row.focus.derived.is_none());
        assert_eq!(row.period.as_deref(), Some("2021"));
        // The fixture's only neighbour is England.
        assert_eq!(row.neighbour_average.unwrap().mean, Some(41.4));
        let empty = &rows[0];
        assert_eq!(empty.focus.value, Err(MissingReason::NoFigure));
        assert_eq!(empty.period, None);
    }
}
