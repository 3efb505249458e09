//! `import explain`: one line per bundled year of what the bundle holds for
//! one indicator and area, and where each figure came from.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use childstats::data::raw::{figures_file, RawIndicator, RawSeries, RawValue};
use childstats::data::MissingReason;

use crate::build::{self, Chosen};
use crate::bundle::{read_core, read_figures};
use crate::sources::ONS_POPULATION;

pub fn explain(data: &Path, bundle: &Path, indicator: &str, area: u16, out: &mut impl Write) -> Result<ExitCode, String> {
    let core = read_core(bundle)?;
    let Some(ind) = core.indicators.iter().find(|i| i.code == indicator) else {
        return Err(format!("unknown indicator code {indicator:?} (LAIT's `Short Desc`, e.g. CPP_rate)"));
    };
    let Some(position) = core.areas.iter().position(|a| a.code == area) else {
        return Err(format!("unknown area {area} (a DfE LA number, e.g. 852 for Southampton, 970 for England)"));
    };
    let file = figures_file(&ind.code);
    let figures = read_figures(bundle, &file)?;
    // Rows are not bundled (they would double the download); re-run the import to find them.
    let import = build::run(data).map_err(|e| e.to_string())?;
    let w = |e: std::io::Error| e.to_string();
    let place = &core.areas[position];
    writeln!(out, "# {} ({}) for {} ({}), from {}", ind.name, ind.code, place.name, place.code, file).map_err(w)?;
    let mut stale = false;
    for &year in &core.years {
        let series = figures.years.iter().find(|s| s.year == year);
        let bundled = series.map_or(&RawValue::Absent, |s| &s.values[position]);
        let chosen = import.chosen.get(&(indicator.to_string(), year, area));
        let fresh = chosen.and_then(|c| c.observation.value.number());
        let number = match bundled {
            RawValue::Number(n) => Some(*n),
            _ => None,
        };
        stale |= fresh != number;
        let period = series.map_or("", |s| period_of(s, area));
        writeln!(out, "{year}\t{}\t{period}\t{}", value_text(ind, bundled), provenance(chosen)).map_err(w)?;
    }
    if stale {
        eprintln!("warning: the bundled datasets differ from a fresh import; run `./dev import`");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
}

/// The published label of an area's figure: its own where it differs from the year's.
fn period_of(series: &RawSeries, area: u16) -> &str {
    let own = series.exceptions.iter().flatten().find(|e| e.area == area).and_then(|e| e.period.as_deref());
    own.unwrap_or(&series.period)
}

fn value_text(ind: &RawIndicator, value: &RawValue) -> String {
    match value {
        RawValue::Number(n) => format!("{n:.*}", usize::from(ind.decimals)),
        RawValue::Marker(m) => match MissingReason::from_marker(m) {
            Some(reason) => format!("missing: {}", reason.describe()),
            None => format!("missing: published as {m:?}"),
        },
        RawValue::Absent => format!("missing: {}", MissingReason::NoFigure.describe()),
    }
}

fn provenance(chosen: Option<&Chosen>) -> String {
    let Some(c) = chosen else {
        return "no row in any source file".to_string();
    };
    match &c.derived {
        Some(d) => format!(
            "derived: {} (count {}, {} row {}) \u{f7} {} (population aged 0-17, mid-{}, row {}) \u{d7} 10,000",
            d.count_origin.source.file,
            d.count,
            d.count_origin.source.id,
            d.count_origin.row,
            ONS_POPULATION.file,
            d.population_year,
            d.population_row
        ),
        None => format!("{} row {}", c.observation.origin.source.file, c.observation.origin.row),
    }
}
