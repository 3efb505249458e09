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
//! Layout (format 3, chosen by measurement, see `docs/data.md`): a small core
//! (`core.json`: indicators without their long texts and links, areas,
//! neighbour models, the years), one file of figures
//! per indicator (`figures/*.json`, every year), and the definitions and
//! methodology (`about.json`), fetched when shown. The first chart of any
//! indicator needs the core and that indicator's file. In a figures file each
//! year holds one value per area, in the core's area order, so area codes are
//! not repeated 435 times a year.

use miniserde::de::Visitor;
use miniserde::Deserialize;
use serde::Serialize;

/// Version of the file layout. Bump when the shape changes.
pub const FORMAT: u32 = 3;

/// `public/data/core.json`: what every other file refers to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawCatalogue {
    pub format: u32,
    /// Short content hash of every other file: changes whenever any figure
    /// or text does. Every data URL carries it (`?v=`), so a refresh is
    /// never mixed with cached files of the last one.
    pub data_version: String,
    /// The data years bundled, oldest first, with no gaps: they come from
    /// the published files, not from the code.
    pub years: Vec<u16>,
    pub sources: Vec<RawSource>,
    pub indicators: Vec<RawIndicator>,
    pub areas: Vec<RawArea>,
    pub neighbour_models: Vec<RawNeighbourModel>,
    /// The definitions and methodology of every indicator.
    pub about: RawFileRef,
}

/// A bundled file: its name relative to `core.json` and a short hash of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawFileRef {
    pub file: String,
    pub hash: String,
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
    pub data_owner: String,
    pub year_type: String,
    /// False where LAIT says quartile bands do not apply.
    pub quartiles: bool,
    /// True where the figure is a count on one day, 31 March (said "at 31
    /// March 2024"), as the name or definition says.
    pub at_31_march: bool,
}

/// The figures file of an indicator code, relative to the core (every
/// indicator has one, with at least one year): the code with every character
/// other than an ASCII letter, digit, `-` or `_` replaced by `_`, so it needs
/// no escaping in a URL and is a valid name on any file system
/// (`CPP_Total_Rateper10,000` → `figures/CPP_Total_Rateper10_000.json`).
/// A rule rather than a name in the core: the core is on every first
/// chart's path, and the boot script applies the same rule
/// (`scripts/post-build.mjs` checks the two agree for every indicator).
pub fn figures_file(code: &str) -> String {
    let safe: String = code.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect();
    format!("figures/{safe}.json")
}

/// `about.json`: the long texts, fetched when a person reads them (and
/// searched once loaded).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawAbout {
    pub format: u32,
    /// In the core's indicator order.
    pub indicators: Vec<RawAboutIndicator>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawAboutIndicator {
    pub code: String,
    pub definition: String,
    pub methodology: String,
    /// The publications the dictionary links to.
    pub links: Vec<String>,
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

/// `public/data/figures/CODE.json`: one indicator, every year it has figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawFigures {
    pub format: u32,
    pub indicator: String,
    /// Oldest first; a year with no figure for any area is left out.
    pub years: Vec<RawSeries>,
}

/// One indicator in one year, for every area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawSeries {
    pub year: u16,
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

/// `public/data/hexmap.json`: where each council sits on the hex map, from
/// Open Innovations' layout adapted by the importer to the reorganisations
/// (MIT licence: `notice` is its copyright and permission notice, `credit`
/// is shown wherever the map is). Fetched only for the map view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RawHexMap {
    pub format: u32,
    /// HexJSON's layout name; always `odd-r` (pointy-topped hexes, odd rows
    /// pushed half a hex right).
    pub layout: String,
    pub credit: String,
    pub notice: String,
    /// One per council, in LA number order. A hex is on the map in the years
    /// its council existed (the core's `first_year`, `last_year`).
    pub hexes: Vec<RawHex>,
}

/// A council's cell: column `q`, row `r`, rows counted northward.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawHex {
    pub area: u16,
    pub q: i16,
    pub r: i16,
}
