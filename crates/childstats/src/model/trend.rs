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
    use crate::data::fixture::Fixture;
    use crate::data::raw::RawValue;

    #[test]
    fn one_row_per_bundled_year_with_gaps_where_no_data() {
        let dataset = Fixture::new()
            .council(852, "Southampton", Some(989))
            .england()
            .region(989, "South East")
            .indicator("CPP_rate")
            .neighbours("2021", 852, &[970])
            .figures("CPP_rate", 2021, &[(852, RawValue::from(62.3)), (970, 41.4.into()), (989, "-".into())])
            .dataset();
        let y2021 = Year::new(2021).unwrap();
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
