//! The published files the importer cites, and what a figure read from one of
//! them looks like (`Observation`, with the file and row it came from).
//!
//! The table is static so that an observation carries a reference to its
//! source: nothing is looked up or rebuilt per observation (LAIT alone gives
//! about 1.1 million). To add a LAIT release, add its `Source` here, ahead of
//! the older ones in `SOURCES` and `LAIT_RELEASES`.

use crate::number::Published;
use crate::period::Status;

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

/// A file the importer reads, as the catalogue cites it.
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

/// LAIT's releases, newest first: the merge prefers a newer release's figure.
pub static LAIT_RELEASES: [&Source; 2] = [&LAIT_2026_04, &LAIT_2024_11];
