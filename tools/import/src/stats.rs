//! `import stats`: what the bundled files weigh, raw and gzipped, and how
//! fast the app's parse functions read and validate them natively.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use childstats::data::{parse_about, parse_catalogue, parse_figures, parse_hexmap};
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::build::files::{figures_file, ABOUT_FILE, CORE_FILE, HEXMAP_FILE, REPORTED_FILE};
use crate::bundle::{read_core, read_text};

pub fn gzipped_size(bytes: &[u8]) -> usize {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory").len()
}

/// A bundled file's name and sizes.
struct Size {
    name: String,
    raw: usize,
    gz: usize,
}

impl Size {
    fn of(bundle: &Path, name: &str) -> Result<Size, String> {
        let text = read_text(bundle, name)?;
        Ok(Size { name: name.to_string(), raw: text.len(), gz: gzipped_size(text.as_bytes()) })
    }
}

fn median(sorted: &[usize]) -> usize {
    sorted.get(sorted.len() / 2).copied().unwrap_or(0)
}

pub fn stats(bundle: &Path, runs: usize, out: &mut impl Write) -> Result<ExitCode, String> {
    let core = read_core(bundle)?;
    let w = |e: std::io::Error| e.to_string();
    let core_size = Size::of(bundle, CORE_FILE)?;
    let about = Size::of(bundle, ABOUT_FILE)?;
    let reported = Size::of(bundle, REPORTED_FILE).ok();
    let hexmap = Size::of(bundle, HEXMAP_FILE)?;
    let figures = core.indicators.iter().map(|i| Size::of(bundle, &figures_file(&i.code))).collect::<Result<Vec<_>, _>>()?;

    writeln!(out, "file\traw bytes\tgzip -9 bytes").map_err(w)?;
    for s in [Some(&core_size), Some(&about), reported.as_ref(), Some(&hexmap)].into_iter().flatten() {
        writeln!(out, "{}\t{}\t{}", s.name, s.raw, s.gz).map_err(w)?;
    }
    let (figures_raw, figures_gz) = (figures.iter().map(|s| s.raw).sum::<usize>(), figures.iter().map(|s| s.gz).sum::<usize>());
    writeln!(out, "figures/ ({} files)\t{figures_raw}\t{figures_gz}", figures.len()).map_err(w)?;
    let mut raws: Vec<usize> = figures.iter().map(|s| s.raw).collect();
    let mut gzs: Vec<usize> = figures.iter().map(|s| s.gz).collect();
    raws.sort_unstable();
    gzs.sort_unstable();
    writeln!(out, "figures/ per file, median\t{}\t{}", median(&raws), median(&gzs)).map_err(w)?;
    if let Some(largest) = figures.iter().max_by_key(|s| (s.gz, s.raw)) {
        writeln!(out, "figures/ per file, largest ({})\t{}\t{}", largest.name, largest.raw, largest.gz).map_err(w)?;
    }
    if let Some(cpp) = figures.iter().find(|s| s.name == "figures/CPP_rate.json") {
        writeln!(out, "{}\t{}\t{}", cpp.name, cpp.raw, cpp.gz).map_err(w)?;
        writeln!(out, "first chart of CPP_rate (core + its figures)\t{}\t{}", core_size.raw + cpp.raw, core_size.gz + cpp.gz).map_err(w)?;
    }
    let all = [&core_size, &about, &hexmap].into_iter().chain(&reported).chain(&figures);
    let (all_raw, all_gz) = all.fold((0, 0), |(r, g), s| (r + s.raw, g + s.gz));
    writeln!(out, "all files\t{all_raw}\t{all_gz}").map_err(w)?;
    writeln!(
        out,
        "years {}-{}, {} indicators, {} areas",
        core.years.first().map_or(0, |y| *y),
        core.years.last().map_or(0, |y| *y),
        core.indicators.len(),
        core.areas.len()
    )
    .map_err(w)?;

    // Read every file first: the times are of parsing and validating, as in the app once a file has arrived.
    let core_text = read_text(bundle, CORE_FILE)?;
    let figures_texts = core.indicators.iter().map(|i| read_text(bundle, &figures_file(&i.code))).collect::<Result<Vec<_>, _>>()?;
    let about_text = read_text(bundle, ABOUT_FILE)?;
    let hexmap_text = read_text(bundle, HEXMAP_FILE)?;
    let (mut core_ms, mut figures_ms, mut about_ms, mut hexmap_ms) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        let catalogue = parse_catalogue(CORE_FILE, &core_text).map_err(|e| e.to_string())?;
        core_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        for (ind, text) in catalogue.indicators().iter().zip(&figures_texts) {
            parse_figures(&ind.figures_file(), text, &ind.code, &catalogue).map_err(|e| e.to_string())?;
        }
        figures_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        parse_about(ABOUT_FILE, &about_text, &catalogue).map_err(|e| e.to_string())?;
        about_ms.push(start.elapsed().as_secs_f64() * 1000.0);
        let start = Instant::now();
        parse_hexmap(HEXMAP_FILE, &hexmap_text, &catalogue).map_err(|e| e.to_string())?;
        hexmap_ms.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let all_ms: Vec<f64> = (0..core_ms.len()).map(|i| core_ms[i] + figures_ms[i] + about_ms[i]).collect();
    let timed = [("core.json", core_ms), ("every figures file", figures_ms), ("about.json", about_ms), ("all of them", all_ms), ("hexmap.json", hexmap_ms)];
    for (what, mut times) in timed {
        times.sort_by(f64::total_cmp);
        writeln!(
            out,
            "native parse+validate of {what}: median {:.1} ms (min {:.1}, max {:.1}, {} runs)",
            times[times.len() / 2],
            times[0],
            times[times.len() - 1],
            times.len()
        )
        .map_err(w)?;
    }
    Ok(ExitCode::SUCCESS)
}
