//! How a figure reads in the page.

use childstats::data::Indicator;
use childstats::model::format::with_separators;
use childstats::model::series::Point;

pub fn value_text(ind: &Indicator, value: f64) -> String {
    with_separators(value, ind.decimals)
}

/// A point as text: the value (marked † where derived), or "no figure".
pub fn point_text(ind: &Indicator, p: &Point) -> String {
    childstats::model::format::point_text(p, ind.decimals)
}
