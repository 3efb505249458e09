//! Readers for the published files in `shared/data`. Each turns rows into
//! `Observation`s that remember the file and row they came from.

use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use flate2::read::GzDecoder;
use thiserror::Error;

use crate::number::{parse_published, Published};
use crate::period::{parse_period, Status};
use crate::report::Skips;

/// The years the app bundles.
pub const FIRST_YEAR: u16 = 2014;
pub const LAST_YEAR: u16 = 2024;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("{file}: {source}")]
    Io { file: String, source: std::io::Error },
    #[error("{file}: {source}")]
    Csv { file: String, source: csv::Error },
    #[error("{file}: missing column {column:?}")]
    MissingColumn { file: String, column: String },
    #[error("{file} row {row}: {message}: {value:?}")]
    BadRow { file: String, row: u64, message: String, value: String },
    #[error("{0}")]
    Other(String),
}

/// Where a figure came from: a source file and a row in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    pub source: &'static Source,
    /// 1-based line number in the (decompressed) file; the header is line 1.
    pub row: u64,
}

/// One published figure, or missing marker, for an indicator, area and year.
#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    pub indicator: String,
    pub area: u16,
    pub year: u16,
    pub label: String,
    pub status: Status,
    pub value: Published,
    pub origin: Origin,
}

/// A file the importer reads, as the catalogue cites it. The table is static
/// so that an observation carries a reference to its source: nothing is
/// looked up or rebuilt per observation.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub id: &'static str,
    /// Path under `shared/data`; empty for figures the importer computes.
    pub file: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
}

const DFE: &str = "Department for Education";

pub static LAIT_2026_04: Source = Source { id: "lait-2026-04", file: "lait/lait_bds_2026-04.csv.gz", title: "Local Authority Interactive Tool (LAIT) data, April 2026 release", publisher: DFE };
pub static LAIT_2024_11: Source = Source { id: "lait-2024-11", file: "lait/lait_bds_2024-11.csv.gz", title: "Local Authority Interactive Tool (LAIT) data, November 2024 release", publisher: DFE };
pub static CSC_B1: Source = Source { id: "csc-b1", file: "csc/b1_children_in_need_2013_to_2024.csv", title: "Children in need at 31 March (children's social care data, table B1)", publisher: DFE };
pub static CSC_C1: Source = Source { id: "csc-c1", file: "csc/c1_children_in_need_referrals_and_rereferrals_2013_to_2024.csv", title: "Referrals and re-referrals (children's social care data, table C1)", publisher: DFE };
pub static CSC_D5: Source = Source { id: "csc-d5", file: "csc/d5_cpps_at31march_by_duration_2013_to_2024.csv", title: "Child protection plans at 31 March (children's social care data, table D5)", publisher: DFE };
pub static CSC_CLA: Source = Source { id: "csc-cla", file: "csc/cla_number_and_rate_per_10k_children.csv", title: "Children looked after: number and rate per 10,000 children", publisher: DFE };
pub static ONS_POPULATION: Source = Source { id: "ons-pop", file: "csc/ons_mid-year_population_estimates_2012_to_2024.csv", title: "Mid-year population estimates, children aged 0 to 17", publisher: "Office for National Statistics (as published by DfE)" };
pub static SFR_2014: Source = Source { id: "sfr-2014", file: "cla_sfr/2014_SFR36_CLA2014.csv", title: "Children looked after in England, year ending 31 March 2014 (SFR36/2014)", publisher: DFE };
pub static SFR_2015: Source = Source { id: "sfr-2015", file: "cla_sfr/2015_SFR34_CLA2015.csv", title: "Children looked after in England, year ending 31 March 2015 (SFR34/2015)", publisher: DFE };
pub static SFR_2016: Source = Source { id: "sfr-2016", file: "cla_sfr/2016_SFR41_CLA2016.csv", title: "Children looked after in England, year ending 31 March 2016 (SFR41/2016)", publisher: DFE };
pub static SFR_2017: Source = Source { id: "sfr-2017", file: "cla_sfr/2017_SFR50_CLA2017.csv", title: "Children looked after in England, year ending 31 March 2017 (SFR50/2017)", publisher: DFE };
pub static DERIVED: Source = Source { id: "derived", file: "", title: "Rate computed by this app's importer the way DfE computes it: count \u{f7} previous year's mid-year population aged 0 to 17 \u{d7} 10,000", publisher: "Computed from DfE and ONS figures" };

/// Every source, in the order the catalogue lists them (newest LAIT release first).
pub static SOURCES: [&Source; 12] = [
    &LAIT_2026_04,
    &LAIT_2024_11,
    &CSC_B1,
    &CSC_C1,
    &CSC_D5,
    &CSC_CLA,
    &ONS_POPULATION,
    &SFR_2014,
    &SFR_2015,
    &SFR_2016,
    &SFR_2017,
    &DERIVED,
];

/// A CSV file with its header, read with `csv` (quoted commas, BOMs).
pub struct Table {
    pub file: &'static str,
    pub headers: Vec<String>,
    reader: csv::Reader<Box<dyn Read>>,
}

impl Table {
    pub fn open(root: &Path, file: &'static str) -> Result<Table, ImportError> {
        let path: PathBuf = root.join(file);
        let f = File::open(&path).map_err(|source| ImportError::Io { file: file.to_string(), source })?;
        let input: Box<dyn Read> = if file.ends_with(".gz") { Box::new(GzDecoder::new(f)) } else { Box::new(f) };
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
        let headers = reader
            .headers()
            .map_err(|source| ImportError::Csv { file: file.to_string(), source })?
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .collect();
        Ok(Table { file, headers, reader })
    }

    pub fn column(&self, name: &str) -> Result<usize, ImportError> {
        self.headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| ImportError::MissingColumn { file: self.file.to_string(), column: name.to_string() })
    }

    /// Calls `f` with each record and its 1-based line number.
    pub fn for_each(mut self, mut f: impl FnMut(&csv::StringRecord, u64)) -> Result<(), ImportError> {
        let mut record = csv::StringRecord::new();
        loop {
            match self.reader.read_record(&mut record) {
                Ok(false) => return Ok(()),
                Ok(true) => {
                    let line = record.position().map_or(0, |p| p.line());
                    f(&record, line);
                }
                Err(source) => return Err(ImportError::Csv { file: self.file.to_string(), source }),
            }
        }
    }
}

/// A row of LAIT's data dictionary.
#[derive(Debug, Clone)]
pub struct DictionaryEntry {
    pub code: String,
    pub topic: String,
    pub measure: String,
    pub chart_title: String,
    pub polarity: String,
    pub unit: String,
    pub description: String,
    pub data_owner: String,
    pub methodology: String,
    pub links: String,
    pub dps: Option<u8>,
    pub year_type: String,
    pub no_quartile: bool,
}

pub fn read_dictionary(root: &Path, skips: &mut Skips) -> Result<BTreeMap<String, DictionaryEntry>, ImportError> {
    let table = Table::open(root, "lait/lait_data_dictionary.csv")?;
    let col = |n: &str| table.column(n);
    let (code, topic, measure, title, polarity, unit, description, owner, method, links, dps, year_type, quartile) = (
        col("Measure_short")?,
        col("Topic")?,
        col("Measure")?,
        col("Chart_title")?,
        col("Polarity")?,
        col("y_axis_name")?,
        col("Description")?,
        col("Data Owner (DO) /Supplier and Contact Details")?,
        col("Methodology")?,
        col("Hyperlink(s)")?,
        col("dps")?,
        col("Year_Type")?,
        col("No_Quartile")?,
    );
    let file = table.file;
    let mut entries = BTreeMap::new();
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).unwrap_or("").trim().to_string();
        let key = get(code);
        if entries.contains_key(&key) {
            // The dictionary lists a few measures twice; the first row is kept.
            skips.skip(file, "measure listed twice in the dictionary (first row kept)", row, &key);
            return;
        }
        let dps_text = get(dps);
        entries.insert(
            key.clone(),
            DictionaryEntry {
                code: key,
                topic: get(topic),
                measure: get(measure),
                chart_title: get(title),
                polarity: get(polarity),
                unit: get(unit),
                description: get(description),
                data_owner: get(owner),
                methodology: get(method),
                links: get(links),
                dps: dps_text.parse().ok(),
                year_type: get(year_type),
                no_quartile: get(quartile) == "N",
            },
        );
    })?;
    Ok(entries)
}

/// A row of `la_code_list.csv`.
#[derive(Debug, Clone)]
pub struct LaRow {
    pub code: u16,
    pub name: String,
    pub region: String,
    pub la_type: String,
}

pub fn read_la_codes(root: &Path) -> Result<Vec<LaRow>, ImportError> {
    let table = Table::open(root, "lait/la_code_list.csv")?;
    let (num, name, region, kind) =
        (table.column("LA Number")?, table.column("LA Name")?, table.column("Region")?, table.column("Type")?);
    let file = table.file;
    let mut rows = Vec::new();
    let mut error = None;
    table.for_each(|r, row| {
        let text = r.get(num).unwrap_or("").trim();
        if text.is_empty() {
            return; // blank spacer rows
        }
        match text.parse() {
            Ok(code) => rows.push(LaRow {
                code,
                name: r.get(name).unwrap_or("").trim().to_string(),
                region: r.get(region).unwrap_or("").trim().to_string(),
                la_type: r.get(kind).unwrap_or("").trim().to_string(),
            }),
            Err(_) => {
                error.get_or_insert(ImportError::BadRow { file: file.to_string(), row, message: "LA number is not a number".into(), value: text.into() });
            }
        }
    })?;
    error.map_or(Ok(rows), Err)
}

/// What LAIT itself says of an area: name and region column.
#[derive(Debug, Clone, Default)]
pub struct LaitArea {
    pub name: String,
    pub region: String,
}

/// LAIT's long table for one release.
pub struct LaitRelease {
    pub observations: Vec<Observation>,
    /// Long names from `Data item` (given on the first row of each measure).
    pub names: BTreeMap<String, String>,
    pub areas: BTreeMap<u16, LaitArea>,
}

/// LAIT gives LA numbers as `852.0`.
fn parse_area_number(text: &str) -> Option<u16> {
    let t = text.trim();
    let whole = t.strip_suffix(".0").unwrap_or(t);
    whole.parse().ok()
}

pub fn read_lait(root: &Path, source: &'static Source, skips: &mut Skips) -> Result<LaitRelease, ImportError> {
    let file = source.file;
    let table = Table::open(root, file)?;
    let (code, item, years, name, value, number, region) = (
        table.column("Short Desc")?,
        table.column("Data item")?,
        table.column("Years")?,
        table.column("LA and Regions")?,
        table.column("Values")?,
        table.column("LA Number")?,
        table.column("Region")?,
    );
    let mut release = LaitRelease { observations: Vec::new(), names: BTreeMap::new(), areas: BTreeMap::new() };
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        let indicator = get(code);
        if !get(item).is_empty() && !release.names.contains_key(indicator) {
            release.names.insert(indicator.to_string(), get(item).to_string());
        }
        let label = get(years);
        let period = match parse_period(label) {
            Ok(p) => p,
            Err(_) => return skips.skip(file, "unparseable period label", row, label),
        };
        if !(FIRST_YEAR..=LAST_YEAR).contains(&period.year) {
            return skips.count(file, "period ends outside 2014-2024");
        }
        let Some(area) = parse_area_number(get(number)) else {
            return skips.skip(file, "unparseable LA number", row, get(number));
        };
        release.areas.entry(area).or_insert_with(|| LaitArea { name: get(name).to_string(), region: get(region).to_string() });
        let Some(published) = parse_published(get(value)) else {
            return skips.skip(file, "unparseable value", row, get(value));
        };
        release.observations.push(Observation {
            indicator: indicator.to_string(),
            area,
            year: period.year,
            label: label.to_string(),
            status: period.status,
            value: published,
            origin: Origin { source, row },
        });
    })?;
    Ok(release)
}

/// Maps DfE's geography names to LAIT's area numbers for regions and England.
#[derive(Debug, Clone, Default)]
pub struct GeographyNames {
    by_name: HashMap<String, u16>,
}

impl GeographyNames {
    pub fn new(regions: impl IntoIterator<Item = (u16, String)>) -> GeographyNames {
        let mut by_name = HashMap::new();
        for (code, name) in regions {
            by_name.insert(normalise(&name), code);
        }
        // Other DfE tables name LAIT's "London (Inner)" and "London (Outer)" this way.
        for (alias, of) in [("inner london", "london (inner)"), ("outer london", "london (outer)")] {
            if let Some(&code) = by_name.get(of) {
                by_name.insert(alias.to_string(), code);
            }
        }
        GeographyNames { by_name }
    }
    pub fn code(&self, name: &str) -> Option<u16> {
        self.by_name.get(&normalise(name)).copied()
    }
}

fn normalise(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Reads one column of a DfE "explore education statistics" table
/// (`time_period`, `geographic_level`, `old_la_code`, `region_name`).
pub struct EesColumn<'a> {
    pub source: &'static Source,
    pub column: &'a str,
    /// Only rows whose `filter.0` column equals `filter.1`.
    pub filter: Option<(&'a str, &'a str)>,
    pub indicator: &'a str,
}

pub fn read_ees(
    root: &Path,
    spec: &EesColumn<'_>,
    names: &GeographyNames,
    skips: &mut Skips,
) -> Result<Vec<Observation>, ImportError> {
    let file = spec.source.file;
    let table = Table::open(root, file)?;
    let (period, level, la, region, value) = (
        table.column("time_period")?,
        table.column("geographic_level")?,
        table.column("old_la_code")?,
        table.column("region_name")?,
        table.column(spec.column)?,
    );
    let filter = spec.filter.map(|(c, v)| table.column(c).map(|i| (i, v))).transpose()?;
    let mut out = Vec::new();
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        if let Some((i, wanted)) = filter {
            if get(i) != wanted {
                return;
            }
        }
        let label = get(period);
        let Ok(p) = parse_period(label) else {
            return skips.skip(file, "unparseable period label", row, label);
        };
        if !(FIRST_YEAR - 1..=LAST_YEAR).contains(&p.year) {
            return;
        }
        let area = match get(level) {
            "National" => Some(970),
            "Regional" => names.code(get(region)),
            "Local authority" => get(la).parse().ok(),
            _ => None,
        };
        let Some(area) = area else {
            return skips.skip(file, "unknown area", row, &format!("{} {} {}", get(level), get(region), get(la)));
        };
        let Some(published) = parse_published(get(value)) else {
            return skips.skip(file, "unparseable value", row, get(value));
        };
        out.push(Observation {
            indicator: spec.indicator.to_string(),
            area,
            year: p.year,
            label: label.to_string(),
            status: p.status,
            value: published,
            origin: Origin { source: spec.source, row },
        });
    })?;
    Ok(out)
}

/// Children looked after at 31 March from a statistical first release
/// (column `CLA_Mar{year}`), as observations of `LACnum`.
pub fn read_sfr(
    root: &Path,
    source: &'static Source,
    year: u16,
    names: &GeographyNames,
    skips: &mut Skips,
) -> Result<Vec<Observation>, ImportError> {
    let file = source.file;
    let table = Table::open(root, file)?;
    let (level, code, name, value) = (
        table.column("geog_l")?,
        table.column("geog_c")?,
        table.column("geog_n")?,
        table.column(&format!("CLA_Mar{year}"))?,
    );
    let mut out = Vec::new();
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        let area = match get(level) {
            "NATIONAL" => Some(970),
            "REGION" => names.code(get(name)),
            _ => get(code).parse().ok(),
        };
        let Some(area) = area else {
            return skips.skip(file, "unknown area", row, get(name));
        };
        let Some(published) = parse_published(get(value)) else {
            return skips.skip(file, "unparseable value", row, get(value));
        };
        out.push(Observation {
            indicator: "LACnum".into(),
            area,
            year,
            label: year.to_string(),
            status: Status::Published,
            value: published,
            origin: Origin { source, row },
        });
    })?;
    Ok(out)
}

/// ONS mid-year population aged 0 to 17, by area and year, with its row.
pub type Population = HashMap<(u16, u16), (f64, u64)>;

pub fn read_population(root: &Path, names: &GeographyNames, skips: &mut Skips) -> Result<Population, ImportError> {
    let spec = EesColumn { source: &ONS_POPULATION, column: "population_estimate", filter: None, indicator: "population" };
    let rows = read_ees(root, &spec, names, skips)?;
    Ok(rows.into_iter().filter_map(|o| Some(((o.area, o.year), (o.value.number()?, o.origin.row)))).collect())
}

/// One DfE statistical neighbour model: area → ten (neighbour, closeness).
pub type NeighbourTable = BTreeMap<u16, Vec<(u16, String)>>;

pub fn read_neighbours(root: &Path, file: &'static str) -> Result<NeighbourTable, ImportError> {
    let table = Table::open(root, file)?;
    let area = table.column("LA num")?;
    // SN1..SN10 are each followed by an SNP (closeness) column of the same name.
    let mut pairs = Vec::new();
    for n in 1..=10 {
        let c = table.column(&format!("SN{n}"))?;
        pairs.push((c, c + 1));
    }
    let file_name = file.to_string();
    let mut groups = BTreeMap::new();
    let mut error = None;
    table.for_each(|r, row| {
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        let Ok(code) = get(area).parse::<u16>() else {
            if !get(area).is_empty() {
                error.get_or_insert(ImportError::BadRow { file: file_name.clone(), row, message: "LA number is not a number".into(), value: get(area).into() });
            }
            return;
        };
        let mut neighbours = Vec::new();
        for &(c, p) in &pairs {
            match get(c).parse::<u16>() {
                Ok(n) => neighbours.push((n, get(p).to_string())),
                Err(_) if get(c).is_empty() => {}
                Err(_) => {
                    error.get_or_insert(ImportError::BadRow { file: file_name.clone(), row, message: "neighbour is not an LA number".into(), value: get(c).into() });
                }
            }
        }
        groups.insert(code, neighbours);
    })?;
    error.map_or(Ok(groups), Err)
}

/// ONS codes by LA number, from the population table (which lists both).
pub fn read_ons_codes(root: &Path, names: &GeographyNames) -> Result<BTreeMap<u16, String>, ImportError> {
    let table = Table::open(root, ONS_POPULATION.file)?;
    let (level, la, ons, region, region_code, country) = (
        table.column("geographic_level")?,
        table.column("old_la_code")?,
        table.column("new_la_code")?,
        table.column("region_name")?,
        table.column("region_code")?,
        table.column("country_code")?,
    );
    let mut codes = BTreeMap::new();
    table.for_each(|r, _| {
        let get = |i: usize| r.get(i).unwrap_or("").trim();
        let entry = match get(level) {
            "National" => Some((970, get(country))),
            "Regional" => names.code(get(region)).map(|c| (c, get(region_code))),
            "Local authority" => get(la).parse().ok().map(|c| (c, get(ons))),
            _ => None,
        };
        if let Some((code, ons_code)) = entry {
            if !ons_code.is_empty() {
                codes.insert(code, ons_code.to_string());
            }
        }
    })?;
    Ok(codes)
}
