//! `cargo run -p import`: reads the published files in `../shared/data` and
//! writes the app's bundled datasets to `public/data`.
//!
//! Subcommands: `check` (committed files equal a fresh import), `explain`
//! (where one indicator's figures for one area came from), `stats` (sizes and
//! native parse time).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand};

use import::build::files::{stale_files, FIGURES_DIR};
use import::build::{self, Import};
use import::explain::explain;
use import::stats::stats;

#[derive(Parser)]
#[command(about = "Import DfE/ONS published data into the app's bundled datasets")]
struct Cli {
    /// Folder of published source files (default: ../shared/data beside the repo)
    #[arg(long, global = true)]
    data: Option<PathBuf>,
    /// Folder the datasets are written to (default: public/data)
    #[arg(long, global = true)]
    out: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Fail if the committed datasets differ from a fresh import
    Check,
    /// Print what the bundled datasets hold for one indicator and area in every bundled year, and where each figure came from
    Explain {
        /// LAIT measure code (`Short Desc`), e.g. CPP_rate
        #[arg(long)]
        indicator: String,
        /// DfE LA number, e.g. 852 (Southampton) or 970 (England)
        #[arg(long)]
        area: u16,
    },
    /// Print file sizes (raw and gzipped) and native parse time
    Stats {
        /// Parse runs to take the median of
        #[arg(long, default_value_t = 7)]
        runs: usize,
    },
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let data = cli
        .data
        .or_else(|| std::env::var_os("SHARED_DATA").map(PathBuf::from))
        .unwrap_or_else(|| repo_root().join("../shared/data"));
    let out = cli.out.unwrap_or_else(|| repo_root().join("public/data"));
    let result = match cli.command {
        None => write(&data, &out),
        Some(Command::Check) => check(&data, &out),
        Some(Command::Explain { indicator, area }) => explain(&data, &out, &indicator, area, &mut std::io::stdout().lock()),
        Some(Command::Stats { runs }) => stats(&out, runs, &mut std::io::stdout().lock()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("import: {message}");
            ExitCode::from(2)
        }
    }
}

fn import(data: &Path) -> Result<(Import, f64), String> {
    if !data.is_dir() {
        return Err(format!("no source data folder at {} (pass --data or set SHARED_DATA)", data.display()));
    }
    let start = Instant::now();
    let import = build::run(data).map_err(|e| e.to_string())?;
    Ok((import, start.elapsed().as_secs_f64()))
}

fn write(data: &Path, out: &Path) -> Result<ExitCode, String> {
    let (import, seconds) = import(data)?;
    std::fs::create_dir_all(out.join(FIGURES_DIR)).map_err(|e| format!("{}: {e}", out.display()))?;
    let files = build::files(&import);
    for (name, text) in &files {
        let path = out.join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut stdout = std::io::stdout().lock();
    for name in stale_files(out, &files)? {
        std::fs::remove_file(out.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        let _ = writeln!(stdout, "Removed {name} (no longer written)");
    }
    let _ = write!(stdout, "{}", import.skips);
    let years = &import.core.years;
    let _ = writeln!(
        stdout,
        "Wrote {} indicators ({} figures files), {} areas, years {}-{}, to {} (data version {}) in {seconds:.1} s",
        import.core.indicators.len(),
        import.figures.len(),
        import.core.areas.len(),
        years.first().map_or(0, |y| *y),
        years.last().map_or(0, |y| *y),
        out.display(),
        import.core.data_version
    );
    let counts = build::figures::year_counts(&import.figures);
    for year in years {
        let (indicators, values) = counts.get(year).copied().unwrap_or_default();
        let _ = writeln!(stdout, "  {year}: {indicators} indicators, {values} values");
    }
    Ok(ExitCode::SUCCESS)
}

fn check(data: &Path, out: &Path) -> Result<ExitCode, String> {
    let (import, _) = import(data)?;
    let files = build::files(&import);
    let mut stale = Vec::new();
    for (name, text) in &files {
        let committed = std::fs::read_to_string(out.join(name)).unwrap_or_default();
        if committed != *text {
            stale.push(name.clone());
        }
    }
    let extra = stale_files(out, &files)?;
    if stale.is_empty() && extra.is_empty() {
        println!("Bundled datasets match a fresh import (data version {}).", import.core.data_version);
        return Ok(ExitCode::SUCCESS);
    }
    if !stale.is_empty() {
        eprintln!("Stale bundled datasets (run `./dev import`): {}", stale.join(", "));
    }
    if !extra.is_empty() {
        eprintln!("Bundled files a fresh import does not write (run `./dev import`): {}", extra.join(", "));
    }
    Ok(ExitCode::FAILURE)
}
