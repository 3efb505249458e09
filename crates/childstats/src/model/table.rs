//! The table view: the chart's numbers as text, with change since the
//! previous year and since the first year, and sorting.

use std::cmp::Ordering;

use crate::data::{Indicator, Year};
use crate::order;

use super::change::{change_between, Change};
use super::series::Series;

#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub series: Series,
    /// The latest figure against the year before it.
    pub since_previous: Option<Change>,
    /// The latest figure against the first figure in the range.
    pub since_first: Option<Change>,
}

/// What the table is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// The order the series were chosen in (focus first).
    Chosen,
    Name,
    Year(Year),
    SincePrevious,
    SinceFirst,
}

pub fn table_rows(series: &[Series], indicator: &Indicator) -> Vec<TableRow> {
    series
        .iter()
        .map(|s| {
            let present: Vec<(Year, f64)> = s.points.iter().filter_map(|p| p.value.ok().map(|v| (p.year, v))).collect();
            let latest = present.last().copied();
            let since_previous = latest.and_then(|(y, v)| {
                let before = s.value_in(y.previous())?;
                Some(change_between((y.previous(), before), (y, v), indicator))
            });
            let since_first = match (present.first(), latest) {
                (Some(&first), Some(last)) if first.0 < last.0 => Some(change_between(first, last, indicator)),
                _ => None,
            };
            TableRow { series: s.clone(), since_previous, since_first }
        })
        .collect()
}

/// Sorts rows; rows without a value for the key go last either way.
pub fn sort_rows(rows: &mut [TableRow], key: SortKey, ascending: bool) {
    if key == SortKey::Chosen {
        return;
    }
    let value = |r: &TableRow| -> Option<f64> {
        match key {
            SortKey::Year(y) => r.series.value_in(y),
            SortKey::SincePrevious => r.since_previous.map(|c| c.delta),
            SortKey::SinceFirst => r.since_first.map(|c| c.delta),
            SortKey::Name | SortKey::Chosen => None,
        }
    };
    order::sort_by(rows, |a, b| {
        if key == SortKey::Name {
            let o = a.series.label.to_ascii_lowercase().cmp(&b.series.label.to_ascii_lowercase());
            return if ascending { o } else { o.reverse() };
        }
        match (value(a), value(b)) {
            (Some(x), Some(y)) => {
                let o = x.total_cmp(&y);
                if ascending { o } else { o.reverse() }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        }
    });
}
