//! Types that mirror the bundled dataset files exactly.
//!
//! The importer writes these (serde) and the app reads them (miniserde);
//! nothing here is validated. `super::validate` turns them into the domain
//! types.
//!
//! Read with miniserde, not serde: serde's derived readers are generic over
//! the input and came to about 18 kB of the app's gzipped wasm (issue 6's 300 KB
//! budget); miniserde's are a few small non-generic functions per type. The
//! cost is that a malformed file is reported without a line and column, and
//! unknown fields are ignored rather than refused (the `format` number is
//! what guards the layout). miniserde knows no serde field attributes, so
//! every field is written, `null` where there is nothing: an optional list is
//! an `Option<Vec<_>>` that is `None` when empty.
//!
//! Layout (chosen by measurement, see `docs/data.md`): one catalogue plus one
//! file per year. In a year file each series holds one value per area, in the
//! catalogue's area order, so area codes are not repeated 400 times a year.

use miniserde::de::Visitor;
use miniserde::Deserialize;
use serde::Serialize;

/// Version of the file layout. Bump when the shape changes.
pub const FORMAT: u32 = 1;

/// `public/data/catalogue.json`: what every year file refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawCatalogue {
    pub format: u32,
    /// Short content hash of all year files: changes whenever any figure does.
    pub data_version: String,
    pub years: Vec<RawYearFile>,
    pub sources: Vec<RawSource>,
    pub indicators: Vec<RawIndicator>,
    pub areas: Vec<RawArea>,
    pub neighbour_models: Vec<RawNeighbourModel>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawYearFile {
    pub year: u16,
    /// File name relative to the catalogue, e.g. `2021.json`.
    pub file: String,
    /// Short content hash of that file, so a stale cached copy is detected.
    pub hash: String,
    pub series: u32,
    pub values: u32,
}

/// A published source file the figures come from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawSource {
    pub id: String,
    pub title: String,
    pub publisher: String,
    /// Path of the file under `shared/data`, as read by the importer.
    pub file: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawIndicator {
    /// LAIT's measure code (`Short Desc`), e.g. `CPP_rate`.
    pub code: String,
    pub name: String,
    pub topic: String,
    /// LAIT's `y_axis_name`, e.g. `Rate per 10,000`.
    pub unit: String,
    /// Decimal places values are rounded to and shown with.
    pub decimals: u8,
    /// True where the dictionary states the decimal places; false where the
    /// importer inferred them from the published values.
    pub decimals_published: bool,
    /// `higher`, `lower` or `neither`: which direction is better.
    pub polarity: String,
    pub definition: String,
    pub data_owner: String,
    pub methodology: String,
    pub links: Vec<String>,
    pub year_type: String,
    /// False where LAIT says quartile bands do not apply.
    pub quartiles: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawArea {
    /// DfE's LA number (852 = Southampton, 970 = England, 980-990 regions).
    pub code: u16,
    pub name: String,
    /// `la`, `region`, `london_part` or `england`.
    pub kind: String,
    pub ons_code: Option<String>,
    /// The region's area code, for local authorities.
    pub region: Option<u16>,
    /// `UA`, `MD`, `OLB`, `ILB`, `SC` for local authorities.
    pub la_type: Option<String>,
    pub predecessors: Option<Vec<u16>>,
    pub successors: Option<Vec<u16>>,
    /// For councils created or abolished in 2014-2024: the first and last
    /// data years in which they existed.
    pub first_year: Option<u16>,
    pub last_year: Option<u16>,
    /// Plain-English note on a reorganisation, shown with missing years.
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawNeighbourModel {
    /// `2021` or `2025`.
    pub id: String,
    pub title: String,
    pub source: String,
    pub groups: Vec<RawNeighbourGroup>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawNeighbourGroup {
    pub area: u16,
    /// Closest first, as DfE lists them.
    pub neighbours: Vec<RawNeighbour>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawNeighbour {
    pub area: u16,
    pub closeness: String,
}

/// `public/data/YEAR.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawYear {
    pub format: u32,
    pub year: u16,
    pub series: Vec<RawSeries>,
}

/// One indicator in one year, for every area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawSeries {
    pub indicator: String,
    /// The published period label most values carry, e.g. `2020/21`.
    pub period: String,
    /// The source id most values come from.
    pub source: String,
    /// One per catalogue area, in catalogue order.
    pub values: Vec<RawValue>,
    /// Areas whose value carries another label or source than the series'.
    pub exceptions: Option<Vec<RawException>>,
    /// Values computed by the importer rather than published, with inputs.
    pub derived: Option<Vec<RawDerivation>>,
}

/// A number, a published missing marker (`-`, `x`, `c`, `..`), or `null`
/// where the source holds no row for the area.
#[derive(Debug, Clone, PartialEq)]
pub enum RawValue {
    Number(f64),
    Marker(String),
    Absent,
}

// A direct visitor, one method per JSON kind (serde's `untagged` had
// buffered every value first, measured several times slower over the
// half-million values a load reads).
miniserde::make_place!(Place);

impl Visitor for Place<RawValue> {
    fn null(&mut self) -> miniserde::Result<()> {
        self.out = Some(RawValue::Absent);
        Ok(())
    }
    fn string(&mut self, s: &str) -> miniserde::Result<()> {
        self.out = Some(RawValue::Marker(s.to_string()));
        Ok(())
    }
    fn negative(&mut self, n: i64) -> miniserde::Result<()> {
        self.out = Some(RawValue::Number(n as f64));
        Ok(())
    }
    fn nonnegative(&mut self, n: u64) -> miniserde::Result<()> {
        self.out = Some(RawValue::Number(n as f64));
        Ok(())
    }
    fn float(&mut self, n: f64) -> miniserde::Result<()> {
        self.out = Some(RawValue::Number(n));
        Ok(())
    }
}

impl Deserialize for RawValue {
    fn begin(out: &mut Option<Self>) -> &mut dyn Visitor {
        Place::new(out)
    }
}

impl Serialize for RawValue {
    /// Whole numbers are written without `.0` (most counts and many rates
    /// are whole), which the size measurements in `docs/data.md` favour.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            RawValue::Number(n) if n.fract() == 0.0 && n.abs() < 1e15 => serializer.serialize_i64(*n as i64),
            RawValue::Number(n) => serializer.serialize_f64(*n),
            RawValue::Marker(m) => serializer.serialize_str(m),
            RawValue::Absent => serializer.serialize_unit(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawException {
    pub area: u16,
    pub period: Option<String>,
    pub source: Option<String>,
}

/// How a derived rate was computed: `count / population * 10,000`, DfE's
/// method, with the previous year's mid-year population aged 0 to 17.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawDerivation {
    pub area: u16,
    pub count: f64,
    pub count_source: String,
    pub population: f64,
    pub population_year: u16,
    pub population_source: String,
}
