//! Open Innovations' hex cartogram of England's upper-tier councils
//! (`hexmap/uk-upper-tier-local-authorities.hexjson`, HexJSON: a layout name
//! and one hex per council keyed by ONS code) and its MIT licence, whose
//! notice goes with every copy.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::error::ImportError;

pub const FILE: &str = "hexmap/uk-upper-tier-local-authorities.hexjson";
pub const LICENSE: &str = "hexmap/LICENSE";

/// The file as published: extra fields (`id`, `name`) are ignored.
#[derive(Debug, Deserialize)]
struct HexJson {
    layout: String,
    hexes: BTreeMap<String, HexJsonHex>,
}

#[derive(Debug, Deserialize)]
struct HexJsonHex {
    /// The council's name.
    n: String,
    q: i16,
    r: i16,
}

/// One hex of the published layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceHex {
    pub ons_code: String,
    pub name: String,
    pub q: i16,
    pub r: i16,
}

/// The published layout, in ONS code order, and the licence's text.
#[derive(Debug, Clone)]
pub struct SourceLayout {
    pub layout: String,
    pub hexes: Vec<SourceHex>,
    pub license: String,
}

pub fn read_hexjson(root: &Path) -> Result<SourceLayout, ImportError> {
    let read = |file: &'static str| std::fs::read_to_string(root.join(file)).map_err(|source| ImportError::Io { file, source });
    let parsed: HexJson = serde_json::from_str(&read(FILE)?).map_err(|source| ImportError::HexJson { file: FILE, source })?;
    let hexes = parsed.hexes.into_iter().map(|(ons_code, h)| SourceHex { ons_code, name: h.n, q: h.q, r: h.r }).collect();
    Ok(SourceLayout { layout: parsed.layout, hexes, license: read(LICENSE)?.trim_end().to_string() })
}
