//! The bundled files' names and text: the core, one figures file per
//! indicator and the long texts, as compact JSON; the long texts' hash in
//! the core, and the data version that names the whole set.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use childstats::data::raw::{RawAbout, RawCatalogue, RawFigures, RawFileRef, RawHexMap};
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::Import;
use crate::error::ImportError;

pub const CORE_FILE: &str = "core.json";
pub const ABOUT_FILE: &str = "about.json";
pub const REPORTED_FILE: &str = "reported.csv";
/// The hex map's layout, fetched for the map view.
pub const HEXMAP_FILE: &str = "hexmap.json";
/// The folder of figures files, relative to the core.
pub const FIGURES_DIR: &str = "figures";

/// A bundled file's text: compact JSON and a final newline.
pub fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("the raw types serialise") + "\n"
}

pub use childstats::data::raw::figures_file;

/// Checks every indicator's figures file name: no two codes share one,
/// ignoring case (as Windows and macOS file systems do), and none is a name
/// Windows reserves.
pub fn check_figures_names(core: &RawCatalogue) -> Result<(), ImportError> {
    let mut taken: HashMap<String, &str> = HashMap::new();
    for ind in &core.indicators {
        let file = figures_file(&ind.code);
        let key = file.to_ascii_lowercase();
        if let Some(first) = taken.get(&key) {
            return Err(ImportError::FileNameCollision { file, first: first.to_string(), second: ind.code.clone() });
        }
        if is_reserved_on_windows(&key) {
            return Err(ImportError::ReservedFileName { file, code: ind.code.clone() });
        }
        taken.insert(key, &ind.code);
    }
    Ok(())
}

/// `CON`, `PRN`, `AUX`, `NUL`, `COM1`-`COM9`, `LPT1`-`LPT9`, with any extension.
fn is_reserved_on_windows(lowercase_file: &str) -> bool {
    let name = lowercase_file.rsplit('/').next().unwrap_or("");
    let stem = name.split('.').next().unwrap_or("");
    matches!(stem, "con" | "prn" | "aux" | "nul")
        || ((stem.starts_with("com") || stem.starts_with("lpt")) && stem.len() == 4 && stem.as_bytes()[3].is_ascii_digit() && stem.as_bytes()[3] != b'0')
}

/// Sets `about.json`'s hash in the core and the data version: the first 12
/// hex digits of a SHA-256 over every figures file (in core order),
/// `about.json`, `reported.csv` (if any), `hexmap.json` and then the core as
/// it stands with an empty version. So any figure, text, name or cell that
/// changes changes it. The figures files have no hash of their own in the
/// core: every data URL carries the version, which covers them.
pub fn index(core: &mut RawCatalogue, figures: &[RawFigures], about: &RawAbout, reported: Option<&str>, hexmap: &RawHexMap) {
    let mut all = Sha256::new();
    for (ind, f) in core.indicators.iter().zip(figures) {
        debug_assert_eq!(ind.code, f.indicator);
        all.update(json(f).as_bytes());
    }
    let about_text = json(about);
    core.about = RawFileRef { file: ABOUT_FILE.into(), hash: short_hash(about_text.as_bytes()) };
    all.update(about_text.as_bytes());
    if let Some(text) = reported {
        all.update(text.as_bytes());
    }
    all.update(json(hexmap).as_bytes());
    core.data_version = String::new();
    all.update(json(core).as_bytes());
    core.data_version = hex(&all.finalize())[..12].to_string();
}

fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..12].to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file names (relative to `public/data`) and contents an import writes:
/// the core, the long texts, the hex map's layout, every figures file in
/// core order, and the reported figures.
pub fn files(import: &Import) -> Vec<(String, String)> {
    let mut out = vec![
        (CORE_FILE.to_string(), json(&import.core)),
        (ABOUT_FILE.to_string(), json(&import.about)),
        (HEXMAP_FILE.to_string(), json(&import.hexmap)),
    ];
    out.extend(import.core.indicators.iter().zip(&import.figures).map(|(ind, f)| (figures_file(&ind.code), json(f))));
    if let Some(reported) = &import.reported {
        out.push((REPORTED_FILE.to_string(), reported.clone()));
    }
    out
}

/// Bundled files an import no longer writes: any `.json` in `out` or its
/// figures folder that is not among `files` (e.g. an indicator's file after
/// the indicator is gone, or the year files of format 1).
pub fn stale_files(out: &Path, files: &[(String, String)]) -> Result<Vec<String>, String> {
    let written: HashSet<&str> = files.iter().map(|(name, _)| name.as_str()).collect();
    let mut stale = Vec::new();
    for dir in ["", FIGURES_DIR] {
        let Ok(entries) = std::fs::read_dir(out.join(dir)) else { continue };
        for entry in entries {
            let entry = entry.map_err(|e| format!("{}: {e}", out.display()))?;
            let file_name = entry.file_name().to_string_lossy().into_owned();
            let name = if dir.is_empty() { file_name } else { format!("{dir}/{file_name}") };
            if name.ends_with(".json") && !written.contains(name.as_str()) {
                stale.push(name);
            }
        }
    }
    stale.sort();
    Ok(stale)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn core_with(codes: &[&str]) -> RawCatalogue {
        let indicator = |code: &str| childstats::data::raw::RawIndicator {
            code: code.into(),
            name: String::new(),
            topic: String::new(),
            unit: String::new(),
            decimals: 0,
            decimals_published: false,
            polarity: "neither".into(),
            data_owner: String::new(),
            year_type: String::new(),
            quartiles: false,
            at_31_march: false,
        };
        RawCatalogue {
            format: 2,
            data_version: String::new(),
            years: vec![],
            sources: vec![],
            indicators: codes.iter().map(|c| indicator(c)).collect(),
            areas: vec![],
            neighbour_models: vec![],
            about: RawFileRef { file: String::new(), hash: String::new() },
        }
    }

    #[test]
    fn figures_files_are_named_with_url_and_file_system_safe_characters_only() {
        assert_eq!(figures_file("CPP_rate"), "figures/CPP_rate.json");
        assert_eq!(figures_file("CPP_Total_Rateper10,000"), "figures/CPP_Total_Rateper10_000.json");
        assert_eq!(figures_file("%_of LAC Adopted"), "figures/__of_LAC_Adopted.json");
        assert_eq!(figures_file("NEW_KS2_RWM_Sen_W/Osta"), "figures/NEW_KS2_RWM_Sen_W_Osta.json");
        assert_eq!(figures_file("16-17 NEET"), "figures/16-17_NEET.json");
        assert_eq!(figures_file("Hosp_Adm_Alc_<18yrs"), "figures/Hosp_Adm_Alc__18yrs.json");
        assert_eq!(figures_file("Årsrapport"), "figures/_rsrapport.json");
    }

    #[test]
    fn two_codes_with_one_file_name_are_refused_naming_both() {
        let core = core_with(&["LAC%", "LAC&", "CPP"]);
        let err = check_figures_names(&core).unwrap_err().to_string();
        assert_eq!(err, "indicators \"LAC%\" and \"LAC&\" would share the figures file figures/LAC_.json");
        let core = core_with(&["cpp_rate", "CPP_rate"]);
        let err = check_figures_names(&core).unwrap_err().to_string();
        assert!(err.contains("\"cpp_rate\" and \"CPP_rate\""), "differing only in case: {err}");
        check_figures_names(&core_with(&["CPP_rate", "LAC"])).unwrap();
    }

    #[test]
    fn a_code_windows_reserves_as_a_file_name_is_refused() {
        for code in ["CON", "nul", "Com1", "LPT9"] {
            let err = check_figures_names(&core_with(&[code])).unwrap_err().to_string();
            assert!(err.ends_with("a name Windows reserves"), "{code}: {err}");
        }
        for code in ["CONTACTS", "COM0", "COMx", "NULL"] {
            assert!(check_figures_names(&core_with(&[code])).is_ok(), "{code}");
        }
    }
}
