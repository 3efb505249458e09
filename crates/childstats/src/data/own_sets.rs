//! A person's saved sets of their own figures: as kept in the browser's
//! storage (versioned), and merged with the bundled reported figures.

use super::reported::{ReportedDocument, ReportedFigure, ReportedFile};

/// Several files of reported figures as one (the bundled file and a
/// person's saved sets): document ids are made unique per file; a measure
/// of the council's own defined in more than one keeps its first definition.
pub fn merge(files: &[&ReportedFile]) -> ReportedFile {
    let mut out = ReportedFile { documents: Vec::new(), local_indicators: Vec::new(), figures: Vec::new() };
    for (i, file) in files.iter().enumerate() {
        let id = |doc: &str| if i == 0 { doc.to_string() } else { format!("{i}/{doc}") };
        out.documents.extend(file.documents.iter().map(|d| ReportedDocument { id: id(&d.id), ..d.clone() }));
        for l in &file.local_indicators {
            if !out.local_indicators.iter().any(|k| k.id == l.id) {
                out.local_indicators.push(l.clone());
            }
        }
        out.figures.extend(file.figures.iter().map(|f| ReportedFigure { document: id(&f.document), ..f.clone() }));
    }
    out
}

/// The sets a person saved in this browser, as kept in its storage: each
/// set's CSV as loaded (read again with each release's catalogue, so a set
/// survives app updates), under a schema number.
#[derive(Debug, Clone, PartialEq, Default, miniserde::Serialize, miniserde::Deserialize)]
pub struct StoredSets {
    pub schema: u32,
    pub sets: Vec<StoredSet>,
}

#[derive(Debug, Clone, PartialEq, miniserde::Serialize, miniserde::Deserialize)]
pub struct StoredSet {
    pub name: String,
    /// When it was saved, as people write a date.
    pub saved: String,
    pub csv: String,
}

/// The schema this release writes and reads.
pub const STORED_SCHEMA: u32 = 1;

impl StoredSets {
    /// What storage held: `Err` says why it could not be used (another
    /// schema, or not this app's JSON), and nothing is read from it.
    pub fn from_json(text: &str) -> Result<StoredSets, String> {
        let sets: StoredSets = miniserde::json::from_str(text).map_err(|_| "the saved figures in this browser could not be read".to_string())?;
        if sets.schema != STORED_SCHEMA {
            return Err(format!("the saved figures in this browser were saved by another version of the explorer (schema {})", sets.schema));
        }
        Ok(sets)
    }

    pub fn to_json(&self) -> String {
        miniserde::json::to_string(self)
    }
}
