//! Merges the published sources into one figure per indicator, area and year,
//! then lays them out as the bundled catalogue and year files.
//!
//! Precedence, for one indicator, area and year (see `docs/data.md`):
//! 1. LAIT. The newer release wins wherever it has a row for the year, even a
//!    `-` (DfE's later suppression decisions stand); the older release fills
//!    years the newer lacks. Within a release, a number beats a missing marker,
//!    then a final label beats revised, revised beats plain, plain beats
//!    provisional.
//! 2. Only for years in which LAIT has no figure at all for the indicator (the
//!    early years of the children's social care series): DfE's own tables
//!    (`csc/`, `cla_sfr/`), as published.
//! 3. Only where no published rate exists: a rate derived DfE's way, count ÷
//!    previous year's mid-year population aged 0-17 × 10,000, marked derived.

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use childstats::data::raw::*;
use childstats::data::reported::ReportedFile;
use sha2::{Digest, Sha256};

use crate::number::{decimals_of, round_to, Published};
use crate::period::Status;
use crate::report::Skips;
use crate::sources::*;

pub type Key = (String, u16, u16); // indicator, year, area

/// The figure chosen for a key, with derivation inputs where it was computed.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub observation: Observation,
    pub derived: Option<Derived>,
}

#[derive(Debug, Clone)]
pub struct Derived {
    pub count: f64,
    pub count_origin: Origin,
    pub population: f64,
    pub population_year: u16,
    pub population_row: u64,
}

/// Everything an import produces: the files to write and how each figure was chosen.
pub struct Import {
    /// Figures reported locally, if the repo's curated file is there.
    pub reported: Option<String>,
    pub catalogue: RawCatalogue,
    pub years: Vec<RawYear>,
    pub chosen: HashMap<Key, Chosen>,
    pub skips: Skips,
}

struct Reorganisation {
    /// The data year of the change: figures for it may sit under either side.
    year: u16,
    from: &'static [u16],
    to: &'static [(u16, &'static [u16])],
    note: &'static str,
}

/// Local government reorganisations within 2014-2024 (Structural Changes Orders).
const REORGANISATIONS: &[Reorganisation] = &[
    Reorganisation {
        year: 2019,
        from: &[835, 836, 837],
        to: &[(838, &[835]), (839, &[835, 836, 837])],
        note: "On 1 April 2019 Bournemouth, Poole and Dorset County Council were replaced by Bournemouth, Christchurch and Poole Council and Dorset Council.",
    },
    Reorganisation {
        year: 2021,
        from: &[928],
        to: &[(940, &[928]), (941, &[928])],
        note: "On 1 April 2021 Northamptonshire County Council was replaced by North Northamptonshire and West Northamptonshire councils.",
    },
    Reorganisation {
        year: 2023,
        from: &[909],
        to: &[(942, &[909]), (943, &[909])],
        note: "On 1 April 2023 Cumbria County Council was replaced by Cumberland and Westmorland and Furness councils.",
    },
];

/// Published tables that fill the early years LAIT lacks, by LAIT measure.
fn fill_columns() -> Vec<EesColumn<'static>> {
    let cla = Some(("population_type", "Children looked after on 31 March each year"));
    vec![
        EesColumn { source: &CSC_B1, column: "At31_episodes_rate", filter: None, indicator: "CIN" },
        EesColumn { source: &CSC_C1, column: "Referrals", filter: None, indicator: "CPP_Total_NumRef" },
        EesColumn { source: &CSC_C1, column: "Referrals_rate", filter: None, indicator: "CPP_Total_Rateper10,000" },
        EesColumn { source: &CSC_C1, column: "Re_referrals_percent", filter: None, indicator: "ReReferral" },
        EesColumn { source: &CSC_D5, column: "CPP_At31", filter: None, indicator: "CPP_Num" },
        EesColumn { source: &CSC_CLA, column: "children_count", filter: cla, indicator: "LACnum" },
        EesColumn { source: &CSC_CLA, column: "rate_per_10000", filter: cla, indicator: "LAC" },
    ]
}

/// Rates derived from counts where no published rate exists: (rate, count).
const DERIVED_RATES: &[(&str, &str)] = &[("CPP_rate", "CPP_Num"), ("LAC", "LACnum")];

fn preference(o: &Observation, newness: usize) -> (Reverse<usize>, bool, Status) {
    (Reverse(newness), o.value.number().is_some(), o.status)
}

/// The preferred LAIT figure for each key, from each release's observations,
/// newest release first. About 1.1 million observations pass through here, so
/// each is hashed once (the entry API) and moved, not cloned.
fn choose_lait(releases: Vec<Vec<Observation>>, known: &BTreeSet<u16>, skips: &mut Skips) -> HashMap<Key, Chosen> {
    let mut best: HashMap<Key, (usize, Observation)> = HashMap::with_capacity(releases.first().map_or(0, Vec::len));
    for (newness, observations) in releases.into_iter().enumerate() {
        for o in observations {
            let file = o.origin.source.file;
            if !known.contains(&o.area) {
                skips.skip(file, "unknown area", o.origin.row, &o.area.to_string());
                continue;
            }
            match best.entry((o.indicator.clone(), o.year, o.area)) {
                Entry::Vacant(slot) => {
                    slot.insert((newness, o));
                }
                Entry::Occupied(mut slot) => {
                    let (current_newness, current) = slot.get();
                    let current_pref = preference(current, *current_newness);
                    let new_pref = preference(&o, newness);
                    if new_pref > current_pref {
                        skips.count(current.origin.source.file, "superseded by a preferred figure");
                        slot.insert((newness, o));
                    } else if new_pref == current_pref {
                        skips.skip(file, "second row for the same measure, area and year (first kept)", o.origin.row, &o.label);
                    } else {
                        skips.count(file, "superseded by a preferred figure");
                    }
                }
            }
        }
    }
    best.into_iter().map(|(key, (_, observation))| (key, Chosen { observation, derived: None })).collect()
}

pub fn run(root: &Path) -> Result<Import, ImportError> {
    let mut skips = Skips::default();
    let dictionary = read_dictionary(root, &mut skips)?;
    let la_codes = read_la_codes(root)?;
    let mut releases = [read_lait(root, &LAIT_2026_04, &mut skips)?, read_lait(root, &LAIT_2024_11, &mut skips)?];

    let areas = build_areas(&la_codes, &releases);
    let known: BTreeSet<u16> = areas.iter().map(|a| a.code).collect();
    let names = GeographyNames::new(areas.iter().filter(|a| a.kind != "la").map(|a| (a.code, a.name.clone())));

    // 1. LAIT, newest release first.
    let observations = releases.iter_mut().map(|r| std::mem::take(&mut r.observations)).collect();
    let mut chosen = choose_lait(observations, &known, &mut skips);
    let lait_years: HashSet<(String, u16)> = chosen
        .iter()
        .filter(|(_, c)| c.observation.value.number().is_some())
        .map(|((i, y, _), _)| (i.clone(), *y))
        .collect();

    // 2. Early years from DfE's own tables.
    let mut fills = Vec::new();
    for spec in fill_columns() {
        fills.extend(read_ees(root, &spec, &names, &mut skips)?);
    }
    for (source, year) in [(&SFR_2014, 2014), (&SFR_2015, 2015), (&SFR_2016, 2016), (&SFR_2017, 2017)] {
        fills.extend(read_sfr(root, source, year, &names, &mut skips)?);
    }
    for o in fills {
        let file = o.origin.source.file;
        if !(FIRST_YEAR..=LAST_YEAR).contains(&o.year) {
            continue;
        }
        if lait_years.contains(&(o.indicator.clone(), o.year)) {
            skips.count(file, "LAIT has this year (table not needed)");
            continue;
        }
        if !known.contains(&o.area) {
            skips.skip(file, "unknown area", o.origin.row, &o.area.to_string());
            continue;
        }
        let key = (o.indicator.clone(), o.year, o.area);
        let replace = chosen.get(&key).is_none_or(|c| c.observation.value.number().is_none() && o.value.number().is_some());
        if replace {
            chosen.insert(key, Chosen { observation: o, derived: None });
        }
    }

    // 3. Rates derived DfE's way where none is published.
    let population = read_population(root, &names, &mut skips)?;
    for &(rate, count) in DERIVED_RATES {
        for year in FIRST_YEAR..=LAST_YEAR {
            if lait_years.contains(&(rate.to_string(), year)) {
                continue;
            }
            for &area in &known {
                let rate_key = (rate.to_string(), year, area);
                if chosen.get(&rate_key).is_some_and(|c| c.observation.value.number().is_some()) {
                    continue;
                }
                let Some(count_obs) = chosen.get(&(count.to_string(), year, area)).map(|c| c.observation.clone()) else {
                    continue;
                };
                let Some(n) = count_obs.value.number() else { continue };
                let Some(&(pop, pop_row)) = population.get(&(area, year - 1)) else {
                    let example = format!("{rate} for area {area} in {year}");
                    skips.skip("derived", "no population estimate for a derived rate", 0, &example);
                    continue;
                };
                let observation = Observation {
                    indicator: rate.to_string(),
                    area,
                    year,
                    label: count_obs.label.clone(),
                    status: count_obs.status,
                    value: Published::Number(n / pop * 10_000.0),
                    origin: Origin { source: &DERIVED, row: 0 },
                };
                let derived = Derived {
                    count: n,
                    count_origin: count_obs.origin.clone(),
                    population: pop,
                    population_year: year - 1,
                    population_row: pop_row,
                };
                chosen.insert(rate_key, Chosen { observation, derived: Some(derived) });
            }
        }
    }

    let indicators = build_indicators(&dictionary, &releases, &chosen);
    let decimals: HashMap<&str, u8> = indicators.iter().map(|i| (i.code.as_str(), i.decimals)).collect();
    // Round to the dictionary's decimals; where it gives none, values keep every
    // published digit (artefacts are already gone) and only derived rates are
    // rounded, to the decimals DfE publishes that series with.
    let published_decimals: HashSet<&str> =
        indicators.iter().filter(|i| i.decimals_published).map(|i| i.code.as_str()).collect();
    for ((indicator, _, _), c) in chosen.iter_mut() {
        if let Published::Number(n) = c.observation.value {
            if published_decimals.contains(indicator.as_str()) || c.derived.is_some() {
                c.observation.value = Published::Number(round_to(n, decimals[indicator.as_str()]));
            }
        }
    }
    let mut areas = areas;
    with_ons_codes(&mut areas, &read_ons_codes(root, &names)?);
    let years = build_years(&indicators, &areas, &chosen);

    let mut catalogue = RawCatalogue {
        format: FORMAT,
        data_version: String::new(),
        years: Vec::new(),
        sources: SOURCES
            .iter()
            .map(|s| RawSource { id: s.id.into(), title: s.title.into(), publisher: s.publisher.into(), file: s.file.into() })
            .collect(),
        indicators,
        areas,
        neighbour_models: vec![
            neighbour_model(root, "2021", "DfE children's services statistical neighbours, April 2021 model", "neighbours/sn_2021.csv", &known)?,
            neighbour_model(root, "2025", "DfE children's services statistical neighbours, May 2025 model", "neighbours/sn_2025.csv", &known)?,
        ],
    };
    let mut all = Sha256::new();
    for y in &years {
        let text = year_json(y);
        let value_count = y.series.iter().flat_map(|s| &s.values).filter(|v| matches!(v, RawValue::Number(_))).count();
        catalogue.years.push(RawYearFile {
            year: y.year,
            file: format!("{}.json", y.year),
            hash: short_hash(text.as_bytes()),
            series: y.series.len() as u32,
            values: value_count as u32,
        });
        all.update(text.as_bytes());
    }
    all.update(catalogue_json(&catalogue).as_bytes());
    catalogue.data_version = hex(&all.finalize())[..12].to_string();

    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let reported = reported_json(&repo, &catalogue)?;
    Ok(Import { reported, catalogue, years, chosen, skips })
}

fn build_areas(la_codes: &[LaRow], releases: &[LaitRelease]) -> Vec<RawArea> {
    let mut lait_areas = BTreeMap::new();
    for release in releases.iter().rev() {
        lait_areas.extend(release.areas.iter().map(|(k, v)| (*k, v.clone())));
    }
    let mut areas: BTreeMap<u16, RawArea> = BTreeMap::new();
    for (&code, a) in lait_areas.iter().filter(|(c, _)| **c >= 970) {
        let kind = match code {
            970 => "england",
            987 | 988 => "london_part",
            _ => "region",
        };
        areas.insert(code, blank_area(code, &a.name, kind));
    }
    let region_code = |name: &str| {
        let name = name.to_lowercase();
        let name = if name.contains("london") { "london".to_string() } else { name };
        areas.iter().find(|(_, a)| a.kind == "region" && a.name.to_lowercase() == name).map(|(c, _)| *c)
    };
    let mut las = Vec::new();
    for row in la_codes.iter().filter(|r| r.code < 970 && !r.la_type.is_empty()) {
        let mut area = blank_area(row.code, &row.name, "la");
        area.region = region_code(&row.region);
        area.la_type = Some(row.la_type.clone());
        las.push(area);
    }
    for area in las {
        areas.insert(area.code, area);
    }
    for r in REORGANISATIONS {
        for &old in r.from {
            if let Some(a) = areas.get_mut(&old) {
                a.successors = Some(r.to.iter().filter(|(_, preds)| preds.contains(&old)).map(|(c, _)| *c).collect());
                a.last_year = Some(r.year);
                a.note = Some(r.note.to_string());
            }
        }
        for &(new, preds) in r.to {
            if let Some(a) = areas.get_mut(&new) {
                a.predecessors = Some(preds.to_vec());
                a.first_year = Some(r.year);
                a.note = Some(r.note.to_string());
            }
        }
    }
    areas.into_values().collect()
}

/// An optional list in the bundled files: `null` when empty (see `raw`).
fn listed<T>(list: Vec<T>) -> Option<Vec<T>> {
    (!list.is_empty()).then_some(list)
}

fn blank_area(code: u16, name: &str, kind: &str) -> RawArea {
    RawArea {
        code,
        name: name.to_string(),
        kind: kind.to_string(),
        ons_code: None,
        region: None,
        la_type: None,
        predecessors: None,
        successors: None,
        first_year: None,
        last_year: None,
        note: None,
    }
}

/// Sets ONS codes from DfE's tables, which carry them beside LA numbers.
pub fn with_ons_codes(areas: &mut [RawArea], codes: &BTreeMap<u16, String>) {
    for a in areas {
        a.ons_code = codes.get(&a.code).cloned();
    }
}

fn build_indicators(
    dictionary: &BTreeMap<String, DictionaryEntry>,
    releases: &[LaitRelease],
    chosen: &HashMap<Key, Chosen>,
) -> Vec<RawIndicator> {
    let mut inferred: BTreeMap<&str, u8> = BTreeMap::new();
    for ((indicator, _, _), c) in chosen {
        if let Some(n) = c.observation.value.number() {
            let entry = inferred.entry(indicator.as_str()).or_insert(0);
            // Derived rates take the decimals of the published series, not their own.
            if c.derived.is_none() {
                *entry = (*entry).max(decimals_of(n));
            }
        }
    }
    inferred
        .into_iter()
        .map(|(code, inferred_decimals)| {
            let long_name = releases.iter().find_map(|r| r.names.get(code)).cloned().unwrap_or_default();
            match dictionary.get(code) {
                Some(d) => RawIndicator {
                    code: code.to_string(),
                    name: first_non_empty(&[&d.chart_title, &d.measure, &long_name, code]),
                    topic: d.topic.clone(),
                    unit: d.unit.clone(),
                    decimals: d.dps.unwrap_or(inferred_decimals.min(MAX_INFERRED_DECIMALS)),
                    decimals_published: d.dps.is_some(),
                    polarity: match d.polarity.as_str() {
                        "High" => "higher",
                        "Low" => "lower",
                        _ => "neither",
                    }
                    .to_string(),
                    definition: clean_text(&d.description),
                    data_owner: clean_text(&d.data_owner),
                    methodology: clean_text(&d.methodology),
                    links: d.links.split_whitespace().filter(|l| l.starts_with("http")).map(str::to_string).collect(),
                    year_type: d.year_type.clone(),
                    quartiles: !d.no_quartile && !matches!(d.polarity.as_str(), "-" | "NA"),
                },
                // A measure LAIT publishes but its dictionary does not describe.
                None => RawIndicator {
                    code: code.to_string(),
                    name: first_non_empty(&[&long_name, code]),
                    topic: "Not in LAIT's data dictionary".into(),
                    unit: String::new(),
                    decimals: inferred_decimals.min(MAX_INFERRED_DECIMALS),
                    decimals_published: false,
                    polarity: "neither".into(),
                    definition: "LAIT publishes this measure but its data dictionary does not describe it.".into(),
                    data_owner: String::new(),
                    methodology: String::new(),
                    links: Vec::new(),
                    year_type: String::new(),
                    quartiles: false,
                },
            }
        })
        .collect()
}

/// Where the dictionary gives no decimals, values are shown with as many as
/// the series publishes, up to this many (a few series carry 12 digits).
const MAX_INFERRED_DECIMALS: u8 = 3;

/// The first real text among `options`, with runs of spaces folded (some
/// dictionary names carry doubled spaces).
fn first_non_empty(options: &[&str]) -> String {
    let text = options.iter().map(|s| s.trim()).find(|s| !s.is_empty() && *s != "-" && *s != "NA").unwrap_or("");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Dictionary text: `NA` and `-` mean none; runs of blank lines are folded.
fn clean_text(text: &str) -> String {
    let t = text.trim();
    if t == "NA" || t == "-" {
        return String::new();
    }
    let mut out = String::new();
    let mut blank = 0;
    for line in t.lines().map(str::trim_end) {
        if line.trim().is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

fn build_years(indicators: &[RawIndicator], areas: &[RawArea], chosen: &HashMap<Key, Chosen>) -> Vec<RawYear> {
    // year → indicator → (area position, figure)
    type Cells<'a> = BTreeMap<&'a str, Vec<(usize, &'a Chosen)>>;
    let mut by_year: BTreeMap<u16, Cells<'_>> = BTreeMap::new();
    let position: HashMap<u16, usize> = areas.iter().enumerate().map(|(i, a)| (a.code, i)).collect();
    for ((indicator, year, area), c) in chosen {
        by_year.entry(*year).or_default().entry(indicator.as_str()).or_default().push((position[area], c));
    }
    let order: HashMap<&str, usize> = indicators.iter().enumerate().map(|(i, ind)| (ind.code.as_str(), i)).collect();
    (FIRST_YEAR..=LAST_YEAR)
        .map(|year| {
            let mut series: Vec<RawSeries> = by_year
                .get(&year)
                .into_iter()
                .flatten()
                .filter(|(_, cells)| cells.iter().any(|(_, c)| c.observation.value.number().is_some()))
                .map(|(indicator, cells)| series_for(indicator, cells, areas))
                .collect();
            series.sort_by_key(|s| order[s.indicator.as_str()]);
            RawYear { format: FORMAT, year, series }
        })
        .collect()
}

fn series_for(indicator: &str, cells: &[(usize, &Chosen)], areas: &[RawArea]) -> RawSeries {
    let mut cells = cells.to_vec();
    cells.sort_by_key(|(p, _)| *p);
    let period = most_common(cells.iter().map(|(_, c)| c.observation.label.as_str()));
    let source = most_common(cells.iter().map(|(_, c)| c.observation.origin.source.id));
    let mut values = vec![RawValue::Absent; areas.len()];
    let mut exceptions = Vec::new();
    let mut derived = Vec::new();
    for (p, c) in cells {
        let o = &c.observation;
        values[p] = match &o.value {
            Published::Number(n) => RawValue::Number(*n),
            Published::Marker(m) => RawValue::Marker(m.clone()),
        };
        let other_period = (o.label != period).then(|| o.label.clone());
        let other_source = (o.origin.source.id != source).then(|| o.origin.source.id.to_string());
        if other_period.is_some() || other_source.is_some() {
            exceptions.push(RawException { area: areas[p].code, period: other_period, source: other_source });
        }
        if let Some(d) = &c.derived {
            derived.push(RawDerivation {
                area: areas[p].code,
                count: d.count,
                count_source: d.count_origin.source.id.to_string(),
                population: d.population,
                population_year: d.population_year,
                population_source: ONS_POPULATION.id.into(),
            });
        }
    }
    RawSeries {
        indicator: indicator.to_string(),
        period: period.to_string(),
        source: source.to_string(),
        values,
        exceptions: listed(exceptions),
        derived: listed(derived),
    }
}

/// The most frequent item; ties go to the smallest, so output is deterministic.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> &'a str {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    counts.iter().max_by_key(|(k, n)| (**n, Reverse(**k))).map(|(k, _)| *k).unwrap_or("")
}

fn neighbour_model(root: &Path, id: &str, title: &str, file: &'static str, known: &BTreeSet<u16>) -> Result<RawNeighbourModel, ImportError> {
    let table = read_neighbours(root, file)?;
    let mut groups = Vec::new();
    for (area, neighbours) in table {
        if !known.contains(&area) {
            return Err(ImportError::Other(format!("{file}: unknown area {area}")));
        }
        let neighbours = neighbours
            .into_iter()
            .map(|(n, closeness)| {
                if known.contains(&n) {
                    Ok(RawNeighbour { area: n, closeness })
                } else {
                    Err(ImportError::Other(format!("{file}: area {area} has unknown neighbour {n}")))
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        groups.push(RawNeighbourGroup { area, neighbours });
    }
    Ok(RawNeighbourModel { id: id.into(), title: title.into(), source: file.into(), groups })
}

pub fn year_json(year: &RawYear) -> String {
    serde_json::to_string(year).expect("year serialises") + "\n"
}

pub fn catalogue_json(catalogue: &RawCatalogue) -> String {
    serde_json::to_string(catalogue).expect("catalogue serialises") + "\n"
}

fn short_hash(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))[..12].to_string()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The file names and contents an import writes under `public/data`.
pub fn files(import: &Import) -> Vec<(String, String)> {
    let mut out = vec![("catalogue.json".to_string(), catalogue_json(&import.catalogue))];
    out.extend(import.years.iter().map(|y| (format!("{}.json", y.year), year_json(y))));
    if let Some(reported) = &import.reported {
        out.push(("reported.json".to_string(), reported.clone()));
    }
    out
}

/// The curated figures reported locally (`data/reported/figures.json`, kept
/// in the repo), checked against the catalogue and written compactly.
pub fn reported_json(repo: &Path, catalogue: &RawCatalogue) -> Result<Option<String>, ImportError> {
    let path = repo.join("data/reported/figures.json");
    let Ok(text) = std::fs::read_to_string(&path) else { return Ok(None) };
    // serde's strict reader, not the app's: this file is edited by hand, so a
    // mistyped field name is refused and a syntax error gets its line and column.
    let file: ReportedFile =
        serde_json::from_str(&text).map_err(|e| ImportError::Other(format!("data/reported/figures.json: {e}")))?;
    let codes: HashSet<&str> = catalogue.indicators.iter().map(|i| i.code.as_str()).collect();
    let areas: HashSet<u16> = catalogue.areas.iter().map(|a| a.code).collect();
    for (i, f) in file.figures.iter().enumerate() {
        if let Some(code) = &f.indicator {
            if !codes.contains(code.as_str()) {
                return Err(ImportError::Other(format!("data/reported/figures.json: figure {i}: unknown indicator {code}")));
            }
        }
        if let Some(area) = f.area_code {
            if !areas.contains(&area) {
                return Err(ImportError::Other(format!("data/reported/figures.json: figure {i}: unknown area {area}")));
            }
        }
    }
    let value: serde_json::Value = serde_json::from_str(&text).expect("read above");
    Ok(Some(serde_json::to_string(&value).expect("a JSON value serialises") + "\n"))
}

/// Unique set of years any indicator has, for the summary.
pub fn indicator_years(import: &Import) -> BTreeSet<u16> {
    import.years.iter().filter(|y| !y.series.is_empty()).map(|y| y.year).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obs(label: &str, status: Status, value: Published) -> Observation {
        Observation {
            indicator: "X".into(),
            area: 852,
            year: 2018,
            label: label.into(),
            status,
            value,
            origin: Origin { source: &LAIT_2026_04, row: 2 },
        }
    }

    #[test]
    fn newer_release_wins_even_with_a_dash() {
        let newer_dash = obs("2018", Status::Published, Published::Marker("-".into()));
        let older_number = obs("2018", Status::Published, Published::Number(5.0));
        assert!(preference(&newer_dash, 0) > preference(&older_number, 1));
    }

    #[test]
    fn within_a_release_number_then_revised_or_final_wins() {
        let plain = obs("2018", Status::Published, Published::Number(1.0));
        let revised = obs("2018 (Revised)", Status::Revised, Published::Number(2.0));
        let final_ = obs("2020 (Final)", Status::Final, Published::Number(2.0));
        let provisional = obs("2018 (prov)", Status::Provisional, Published::Number(3.0));
        let revised_dash = obs("2018 (Revised)", Status::Revised, Published::Marker("-".into()));
        assert!(preference(&revised, 0) > preference(&plain, 0));
        assert!(preference(&final_, 0) > preference(&revised, 0));
        assert!(preference(&plain, 0) > preference(&provisional, 0));
        assert!(preference(&provisional, 0) > preference(&revised_dash, 0));
    }

    #[test]
    fn most_common_label_breaks_ties_by_order() {
        assert_eq!(most_common(["2018", "2018 (Rev)", "2018"].into_iter()), "2018");
        assert_eq!(most_common(["b", "a"].into_iter()), "a");
    }

    #[test]
    fn dictionary_text_folds_blank_lines_and_drops_placeholders() {
        assert_eq!(clean_text("NA"), "");
        assert_eq!(clean_text(" - "), "");
        assert_eq!(clean_text("One.\n\n\n\nTwo.\nThree."), "One.\n\nTwo.\nThree.");
    }
}
