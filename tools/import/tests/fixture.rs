//! Whole imports of a tiny synthetic source set (every file the importer
//! reads, a few rows each): the years come from the data, and the files an
//! import writes are laid out as `childstats::data::raw` says.

use std::io::Write;
use std::path::Path;

use childstats::data::raw::{RawFigures, RawValue};
use import::build::{self, Import};

fn write(root: &Path, file: &str, text: &str) {
    let path = root.join(file);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    if file.ends_with(".gz") {
        let mut gz = flate2::write::GzEncoder::new(std::fs::File::create(path).unwrap(), flate2::Compression::fast());
        gz.write_all(text.as_bytes()).unwrap();
        gz.finish().unwrap();
    } else {
        std::fs::write(path, text).unwrap();
    }
}

const LAIT_HEADER: &str = "Short Desc,Data item,Years,LA and Regions,Values,LA Number,Region\n";

/// LAIT rows of `CPP_rate` for Southampton (852), Portsmouth (851), the
/// South East (989) and England (970): for each (period label, value as
/// published), the same value for all four.
fn lait_rows(labels: &[(&str, &str)]) -> String {
    let mut rows = String::new();
    for (i, (label, value)) in labels.iter().enumerate() {
        let item = if i == 0 { "Rate of children subject of a plan" } else { "" };
        for (name, number, region) in [("Southampton", 852, "South East"), ("Portsmouth", 851, "South East"), ("South East", 989, "South East"), ("England", 970, "England")] {
            rows.push_str(&format!("CPP_rate,{item},{label},{name},{value},{number}.0,{region}\n"));
        }
    }
    rows
}

/// Every file the importer reads. The newer LAIT release has `newer`'s
/// labels, the older one 2015 and 2016 (2016 is superseded); DfE's table D5
/// gives 2014's plan counts, from which 2014's rate is derived.
fn sources(root: &Path, newer: &[(&str, &str)]) {
    write(
        root,
        "lait/lait_data_dictionary.csv",
        "Measure_short,Topic,Measure,Chart_title,Polarity,y_axis_name,Description,Data Owner (DO) /Supplier and Contact Details,Methodology,Hyperlink(s),dps,Year_Type,No_Quartile\n\
         CPP_rate,Child Protection,Children subject of a plan,Children subject of a child protection plan (rate),Low,\"Rate per 10,000\",\"Children subject of a child protection plan at 31 March per 10,000 children.\",DfE,Counted at 31 March.,https://example.org/cpp,1,As at 31 March,NA\n\
         CPP_Num,Child Protection,Children subject of a plan,Children subject of a plan (number),NA,Number,Children subject of a plan.,DfE,NA,NA,0,As at 31 March,N\n",
    );
    write(
        root,
        "lait/la_code_list.csv",
        "LA Number,LA Name,Region,Type\n851,Portsmouth,South East,UA\n852,Southampton,South East,UA\n",
    );
    write(root, "lait/lait_bds_2026-04.csv.gz", &format!("{LAIT_HEADER}{}", lait_rows(newer)));
    write(root, "lait/lait_bds_2024-11.csv.gz", &format!("{LAIT_HEADER}{}", lait_rows(&[("2015", "60"), ("2016", "99")])));
    let csc = "time_period,geographic_level,old_la_code,region_name";
    write(root, "csc/b1_children_in_need_2013_to_2024.csv", &format!("{csc},At31_episodes_rate\n"));
    write(root, "csc/c1_children_in_need_referrals_and_rereferrals_2013_to_2024.csv", &format!("{csc},Referrals,Referrals_rate,Re_referrals_percent\n"));
    write(
        root,
        "csc/d5_cpps_at31march_by_duration_2013_to_2024.csv",
        &format!("{csc},CPP_At31\n2014,Local authority,852,South East,236\n2014,Local authority,851,South East,x\n2014,National,,,50000\n"),
    );
    write(root, "csc/cla_number_and_rate_per_10k_children.csv", &format!("{csc},population_type,children_count,rate_per_10000\n"));
    write(
        root,
        "csc/ons_mid-year_population_estimates_2012_to_2024.csv",
        &format!(
            "{csc},new_la_code,region_code,country_code,population_estimate\n\
             2013,Local authority,852,South East,E06000045,E12000008,E92000001,47500\n\
             2013,National,,,,,E92000001,11500000\n"
        ),
    );
    for (year, file) in [(2014, "2014_SFR36_CLA2014"), (2015, "2015_SFR34_CLA2015"), (2016, "2016_SFR41_CLA2016"), (2017, "2017_SFR50_CLA2017")] {
        write(root, &format!("cla_sfr/{file}.csv"), &format!("geog_l,geog_c,geog_n,CLA_Mar{year}\n"));
    }
    let mut header = String::from("LA num");
    for n in 1..=10 {
        header.push_str(&format!(",SN{n},SNP"));
    }
    for file in ["neighbours/sn_2021.csv", "neighbours/sn_2025.csv"] {
        write(root, file, &format!("{header}\n852,851,Very Close\n851,852,Very Close\n"));
    }
    // Southampton by its ONS code; Portsmouth, whose code the fixture's
    // population table lacks, by name.
    write(
        root,
        "hexmap/uk-upper-tier-local-authorities.hexjson",
        r#"{"layout":"odd-r","hexes":{
            "E06000045":{"n":"Southampton","id":"E06000045","name":"Southampton","q":6,"r":2},
            "E06000044":{"n":"Portsmouth","id":"E06000044","name":"Portsmouth","q":7,"r":2}}}"#,
    );
    write(root, "hexmap/LICENSE", "MIT License\n\nCopyright (c) 2017- Open Innovations\n");
}

/// Imports `newer`'s LAIT labels (with the rest of the fixture) from a fresh folder.
fn import(newer: &[(&str, &str)]) -> Import {
    let dir = tempfile::tempdir().unwrap();
    sources(dir.path(), newer);
    build::run_with(dir.path(), dir.path()).unwrap()
}

fn figures<'a>(import: &'a Import, code: &str) -> &'a RawFigures {
    import.figures.iter().find(|f| f.indicator == code).unwrap()
}

/// Southampton's value and period label in `year`, from the import's figures file.
fn southampton(import: &Import, code: &str, year: u16) -> Option<(RawValue, String)> {
    let position = import.core.areas.iter().position(|a| a.code == 852).unwrap();
    let series = figures(import, code).years.iter().find(|s| s.year == year)?;
    let own = series.exceptions.iter().flatten().find(|e| e.area == 852).and_then(|e| e.period.clone());
    Some((series.values[position].clone(), own.unwrap_or_else(|| series.period.clone())))
}

const UP_TO_2025: &[(&str, &str)] = &[("2016", "69"), ("2024", "54.6"), ("2025", "57.3")];

#[test]
fn the_years_run_from_2014_to_the_latest_year_in_the_data() {
    let import = import(UP_TO_2025);
    assert_eq!(import.core.years, (2014..=2025).collect::<Vec<_>>());
    let years: Vec<u16> = figures(&import, "CPP_rate").years.iter().map(|s| s.year).collect();
    assert_eq!(years, [2014, 2015, 2016, 2024, 2025], "a year with no figure is left out of the file, not the core");
    assert_eq!(southampton(&import, "CPP_rate", 2025), Some((RawValue::Number(57.3), "2025".into())));
}

#[test]
fn a_release_with_one_more_year_is_bundled_with_no_change_to_the_code() {
    let mut labels = UP_TO_2025.to_vec();
    labels.push(("2025-26", "58"));
    let import = import(&labels);
    assert_eq!(import.core.years, (2014..=2026).collect::<Vec<_>>());
    assert_eq!(southampton(&import, "CPP_rate", 2026), Some((RawValue::Number(58.0), "2025-26".into())));
    assert_eq!(southampton(&import, "CPP_rate", 2025), Some((RawValue::Number(57.3), "2025".into())));
    // A year with only missing markers does not extend the range.
    labels.push(("2027", "x"));
    assert_eq!(self::import(&labels).core.years.last(), Some(&2026));
}

#[test]
fn the_older_release_fills_only_years_the_newer_lacks_and_tables_fill_2014() {
    let import = import(UP_TO_2025);
    assert_eq!(southampton(&import, "CPP_rate", 2015), Some((RawValue::Number(60.0), "2015".into())));
    assert_eq!(southampton(&import, "CPP_rate", 2016), Some((RawValue::Number(69.0), "2016".into())), "the newer release's 2016 stands");
    let y2014 = figures(&import, "CPP_rate").years.iter().find(|s| s.year == 2014).unwrap();
    assert_eq!(y2014.source, "derived");
    assert_eq!(southampton(&import, "CPP_rate", 2014), Some((RawValue::Number(49.7), "2014".into())), "236 / 47,500 x 10,000");
    assert_eq!(southampton(&import, "CPP_Num", 2014), Some((RawValue::Number(236.0), "2014".into())));
}

#[test]
fn an_import_writes_the_core_the_long_texts_and_one_figures_file_per_indicator() {
    let import = import(UP_TO_2025);
    let files = build::files(&import);
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["core.json", "about.json", "hexmap.json", "figures/CPP_Num.json", "figures/CPP_rate.json"]);
    let core = &import.core;
    assert_eq!(core.format, 3);
    assert_eq!(core.about.file, "about.json");
    let cpp = core.indicators.iter().find(|i| i.code == "CPP_rate").unwrap();
    assert!(cpp.at_31_march, "its definition says 31 March");
    // The long texts' hash in the core is the hash of the text written.
    let text = |name: &str| &files.iter().find(|(n, _)| n == name).unwrap().1;
    let hash = |t: &str| sha2_short(t);
    assert_eq!(core.about.hash, hash(text("about.json")));
    let about = &import.about.indicators;
    assert_eq!(about.iter().map(|a| a.code.as_str()).collect::<Vec<_>>(), ["CPP_Num", "CPP_rate"], "in core order");
    assert_eq!(about[0].methodology, "", "NA is no text");
    assert_eq!(about[1].definition, "Children subject of a child protection plan at 31 March per 10,000 children.");
    assert!(!text("core.json").contains("per 10,000 children."), "the long texts are not in the core");
}

#[test]
fn the_hex_map_joins_councils_by_ons_code_or_else_name_and_keeps_the_licence_notice() {
    let import = import(UP_TO_2025);
    let cells: Vec<(u16, i16, i16)> = import.hexmap.hexes.iter().map(|h| (h.area, h.q, h.r)).collect();
    assert_eq!(cells, [(851, 7, 2), (852, 6, 2)]);
    assert_eq!(import.hexmap.notice, "MIT License\n\nCopyright (c) 2017- Open Innovations");
    assert_eq!(import.hexmap.credit, "Hex layout: Open Innovations");
}

#[test]
fn a_published_hex_that_matches_no_council_stops_the_import_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    sources(dir.path(), UP_TO_2025);
    write(dir.path(), "hexmap/uk-upper-tier-local-authorities.hexjson", r#"{"layout":"odd-r","hexes":{"E06000099":{"n":"Nowhere","q":1,"r":1}}}"#);
    let err = build::run_with(dir.path(), dir.path()).err().unwrap().to_string();
    assert_eq!(err, "hexmap/uk-upper-tier-local-authorities.hexjson: hex \"E06000099\" (Nowhere) matches no council by ONS code or name");
}

#[test]
fn the_data_version_changes_when_any_figure_does_and_only_then() {
    let version = |labels: &[(&str, &str)]| import(labels).core.data_version;
    let first = version(UP_TO_2025);
    assert_eq!(first.len(), 12);
    assert_eq!(version(UP_TO_2025), first, "the same data, the same version");
    assert_ne!(version(&[("2016", "69"), ("2024", "54.6"), ("2025", "57.4")]), first);
}

fn sha2_short(text: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(text.as_bytes()).iter().take(6).map(|b| format!("{b:02x}")).collect()
}
