//! Shared by the chart tests: a series built from values, one a year, and
//! chart models (`models`).

pub mod models;

use childstats::data::{AreaCode, MissingReason, Year};
use childstats::model::series::{individual_style, role_style, Point, Role, Series, SeriesId};

#[allow(dead_code)] // not every test file uses it
pub fn y(n: u16) -> Year {
    Year::new(n).unwrap()
}

/// A series of `area` from `first` on, a point a year; a `None` value is
/// missing for `missing`, and each point carries an academic-year label.
#[allow(dead_code)]
pub fn series(area: u16, label: &str, role: Role, first: u16, missing: MissingReason, values: &[Option<f64>]) -> Series {
    Series {
        id: SeriesId::Area(AreaCode(area)),
        label: label.into(),
        role,
        style: role_style(role).unwrap_or_else(|| individual_style(0)),
        points: values
            .iter()
            .enumerate()
            .map(|(i, v)| {
                let year = first + i as u16;
                Point {
                    year: y(year),
                    value: v.ok_or(missing),
                    period: Some(format!("{}/{:02}", year - 1, year % 100)),
                    derived: false,
                    note: None,
                    source: None,
                }
            })
            .collect(),
    }
}

/// Compares `svg` with the golden file `name` (or writes it, with
/// `UPDATE_GOLDEN=1`, to be reviewed by eye).
#[allow(dead_code)] // not every test file uses it
pub fn check_golden(name: &str, svg: &str) {
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden").join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, svg).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing golden {name}; run with UPDATE_GOLDEN=1 and review it"));
    assert!(expected == svg, "{name} differs from its golden file; if the change is intended, run with UPDATE_GOLDEN=1 and review");
}
