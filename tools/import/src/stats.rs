//! `import stats`: what the bundled files weigh and how fast they parse natively.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use childstats::data::load::{load_dir, CATALOGUE_FILE};
use flate2::write::GzEncoder;
use flate2::Compression;

pub fn gzipped_size(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

pub fn stats(bundle: &Path, runs: usize, out: &mut impl Write) -> Result<ExitCode, String> {
    let dataset = load_dir(bundle).map_err(|e| e.to_string())?;
    let w = |e: std::io::Error| e.to_string();
    writeln!(out, "file\tindicators\tvalues\traw bytes\tgzip -9 bytes").map_err(w)?;
    let mut names = vec![(CATALOGUE_FILE.to_string(), None)];
    names.extend(dataset.catalogue.years.iter().map(|y| (y.file.clone(), Some(y.year))));
    let (mut raw_total, mut gz_total, mut year_raw, mut year_gz) = (0, 0, 0, 0);
    for (name, year) in &names {
        let bytes = std::fs::read(bundle.join(name)).map_err(|e| format!("{name}: {e}"))?;
        let gz = gzipped_size(&bytes);
        let (series, values) = match year.and_then(|y| dataset.year(y)).and_then(|r| r.as_ref().ok()) {
            Some(data) => (data.indicator_codes().count().to_string(), data.value_count().to_string()),
            None => (format!("{}", dataset.catalogue.indicators().len()), "-".into()),
        };
        writeln!(out, "{name}\t{series}\t{values}\t{}\t{gz}", bytes.len()).map_err(w)?;
        raw_total += bytes.len();
        gz_total += gz;
        if year.is_some() {
            year_raw += bytes.len();
            year_gz += gz;
        }
    }
    writeln!(out, "all year files\t\t\t{year_raw}\t{year_gz}").map_err(w)?;
    writeln!(out, "all files\t\t\t{raw_total}\t{gz_total}").map_err(w)?;
    writeln!(out, "areas: {}", dataset.catalogue.areas().len()).map_err(w)?;

    let mut times = Vec::new();
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let d = load_dir(bundle).map_err(|e| e.to_string())?;
        times.push(start.elapsed().as_secs_f64() * 1000.0);
        if d.failed_years().next().is_some() {
            return Err("a year file failed to validate".into());
        }
    }
    times.sort_by(f64::total_cmp);
    writeln!(
        out,
        "native read+parse+validate of catalogue and all year files: median {:.1} ms (min {:.1}, max {:.1}, {} runs)",
        times[times.len() / 2],
        times[0],
        times[times.len() - 1],
        times.len()
    )
    .map_err(w)?;
    Ok(ExitCode::SUCCESS)
}
