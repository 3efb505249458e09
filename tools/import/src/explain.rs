//! `import explain`: one line per year of what the bundle holds for one
//! indicator and area, and where each figure came from.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use childstats::data::load::load_dir;
use childstats::data::{AreaCode, IndicatorCode, Year};

use crate::build::{self, Chosen};
use crate::sources::ONS_POPULATION;

pub fn explain(data: &Path, bundle: &Path, indicator: &str, area: u16, out: &mut impl Write) -> Result<ExitCode, String> {
    let dataset = load_dir(bundle).map_err(|e| e.to_string())?;
    let code = IndicatorCode::new(indicator);
    let Some(ind) = dataset.catalogue.indicator(&code) else {
        return Err(format!("unknown indicator code {indicator:?} (LAIT's `Short Desc`, e.g. CPP_rate)"));
    };
    let Some(place) = dataset.catalogue.area(AreaCode(area)) else {
        return Err(format!("unknown area {area} (a DfE LA number, e.g. 852 for Southampton, 970 for England)"));
    };
    // Rows are not bundled (they would double the download); re-run the import to find them.
    let import = build::run(data).map_err(|e| e.to_string())?;
    let w = |e: std::io::Error| e.to_string();
    writeln!(out, "# {} ({}) for {} ({})", ind.name, ind.code, place.name, place.code.0).map_err(w)?;
    let mut stale = false;
    for year in Year::bundled() {
        let cell = dataset.cell(&code, AreaCode(area), year);
        let chosen = import.chosen.get(&(indicator.to_string(), year.get(), area));
        let value = match cell.value {
            Ok(v) => ind.format_value(v),
            Err(reason) => format!("missing: {}", reason.describe()),
        };
        let fresh = chosen.and_then(|c| c.observation.value.number());
        if fresh != cell.value.ok() {
            stale = true;
        }
        writeln!(out, "{}\t{}\t{}\t{}", year, value, cell.period.unwrap_or(""), provenance(chosen)).map_err(w)?;
    }
    if stale {
        eprintln!("warning: the bundled datasets differ from a fresh import; run `cargo run -p import --release`");
        return Ok(ExitCode::FAILURE);
    }
    Ok(ExitCode::SUCCESS)
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
