//! The hex map drawn into SVG by the function the canvas uses: a golden
//! file (reviewed by eye, regenerated with `UPDATE_GOLDEN=1`), and checks of
//! the cues that do not depend on it: a label in every hex with a figure,
//! hatching where there is none, the focus named, neighbours dotted, the
//! credit, and hit-testing.


use charts::{draw_hex_map, HexMapChart, HexMapLayout};
use childstats::data::{AreaCode, Hex, IndicatorCode, MissingReason, Polarity, Year};
use childstats::model::map::{LegendEntry, LegendKey, MapCell, MapClass, MapModel, MapScale};
use childstats::model::rank::Band;
use childstats::model::theme::Theme;
use plotters::prelude::*;

mod common;
use common::check_golden;

fn cell(area: u16, name: &str, (q, r): (i16, i16), value: Option<f64>, rank: usize) -> MapCell {
    let of = 10;
    let class = value.map(|_| MapClass::Band([Band::A, Band::B, Band::C, Band::D][(rank - 1) * 4 / of]));
    MapCell {
        area: AreaCode(area),
        name: name.into(),
        hex: Hex { q, r },
        value: value.ok_or(MissingReason::Suppressed),
        value_text: value.map_or_else(|| MissingReason::Suppressed.describe().to_string(), |v| format!("{v:.1}")),
        rank: value.map(|_| rank),
        class,
        focus: area == 852,
        neighbour: [851, 873].contains(&area),
    }
}

/// Eleven councils of the south, one suppressed; Southampton (852) the focus.
fn map() -> MapModel {
    let cells = vec![
        cell(908, "Cornwall", (1, 1), Some(40.0), 4),
        cell(878, "Devon", (2, 2), Some(35.0), 3),
        cell(838, "Dorset", (3, 1), Some(30.0), 2),
        cell(933, "Somerset", (3, 2), Some(28.0), 1),
        cell(839, "Bournemouth, Christchurch and Poole", (5, 2), None, 0),
        cell(852, "Southampton", (6, 2), Some(57.3), 9),
        cell(851, "Portsmouth", (7, 2), Some(55.0), 8),
        cell(850, "Hampshire", (8, 2), Some(45.0), 6),
        cell(865, "Wiltshire", (5, 3), Some(44.0), 5),
        cell(873, "Cambridgeshire", (6, 3), Some(50.0), 7),
        cell(921, "Isle of Wight", (8, 0), Some(60.0), 10),
    ];
    let entry = |key, text: &str, count| LegendEntry { key, text: text.into(), count };
    MapModel {
        indicator: IndicatorCode::new("CPP_rate"),
        year: Year::new(2025).unwrap(),
        scale: MapScale::QuartileBands,
        polarity: Polarity::LowerIsBetter,
        of: 10,
        not_shown: vec![],
        legend: vec![
            entry(LegendKey::Class(MapClass::Band(Band::A)), "A: among the best quarter of councils (28.0 to 35.0)", 3),
            entry(LegendKey::Class(MapClass::Band(Band::B)), "B: second quarter (40.0 to 45.0)", 3),
            entry(LegendKey::Class(MapClass::Band(Band::C)), "C: third quarter (50.0 to 55.0)", 2),
            entry(LegendKey::Class(MapClass::Band(Band::D)), "D: among the worst quarter of councils (57.3 to 60.0)", 2),
            entry(LegendKey::NoFigure, "Hatched: no figure", 1),
            entry(LegendKey::Focus, "Outlined: Southampton", 1),
            entry(LegendKey::Neighbour, "Dot: Southampton's statistical neighbours (DfE 2021 model)", 2),
        ],
        summary: String::new(),
        credit: "Hex layout: Open Innovations".into(),
        cells,
    }
}

fn svg(map: &MapModel, size: (u32, u32), scale: f64, legend: bool, highlight: Option<AreaCode>) -> (String, HexMapLayout) {
    let mut svg = String::new();
    let layout = {
        let root = SVGBackend::with_string(&mut svg, size).into_drawing_area();
        let layout = draw_hex_map(&root, &HexMapChart { map, highlight, legend, scale, theme: Theme::Light }).unwrap();
        root.present().unwrap();
        layout
    };
    (svg, layout)
}


/// The text of every `<text>` element, in order.
fn texts(svg: &str) -> Vec<String> {
    svg.split("<text").skip(1).map(|t| t.split('>').nth(1).unwrap().split('<').next().unwrap().trim().to_string()).collect()
}

#[test]
fn hex_map_golden_with_legend() {
    check_golden("hexmap-600x420.svg", &svg(&map(), (600, 420), 1.0, true, Some(AreaCode(850))).0);
}

#[test]
fn hex_map_golden_phone_high_dpi_legend_in_one_column() {
    check_golden("hexmap-360x420@2x.svg", &svg(&map(), (720, 840), 2.0, true, None).0);
}

#[test]
fn every_hex_with_a_figure_carries_its_band_letter_and_a_missing_one_is_hatched() {
    let (svg, _) = svg(&map(), (600, 340), 1.0, false, None);
    let letters: Vec<String> = texts(&svg).into_iter().filter(|t| ["A", "B", "C", "D"].contains(&t.as_str())).collect();
    assert_eq!(letters.len(), 10, "one letter per hex with a figure: {letters:?}");
    // Five hatch lines in grey for the one hex without a figure.
    let hatches = svg.lines().filter(|l| l.contains("<polyline") && l.contains("#6F777B") && l.matches(',').count() == 2).count();
    assert_eq!(hatches, 5, "{svg}");
}

#[test]
fn the_focus_is_named_its_neighbours_dotted_and_the_layout_credited() {
    let (svg, _) = svg(&map(), (600, 340), 1.0, false, None);
    let texts = texts(&svg);
    assert!(texts.contains(&"Southampton".to_string()), "{texts:?}");
    assert!(texts.contains(&"Hex layout: Open Innovations".to_string()));
    // Each neighbour's dot is a white ring under an ink dot.
    assert_eq!(svg.matches("<circle").count(), 2 * 2);
}

#[test]
fn a_point_finds_the_hex_under_it_and_a_gap_finds_none() {
    let (_, layout) = svg(&map(), (600, 340), 1.0, false, None);
    assert_eq!(layout.centres.len(), 11);
    for &(area, (x, y)) in &layout.centres {
        assert_eq!(layout.hex_at(x, y), Some(area));
        assert_eq!(layout.hex_at(x + 2, y - 3), Some(area));
    }
    let (x, y) = layout.centres.iter().find(|(a, _)| a.0 == 921).unwrap().1;
    // Left of the Isle of Wight's hex is empty sea.
    assert_eq!(layout.hex_at(x - (layout.radius * 1.7) as i32, y), None);
}

#[test]
fn an_empty_map_says_so() {
    let mut empty = map();
    empty.cells.clear();
    let (svg, layout) = svg(&empty, (400, 200), 1.0, false, None);
    assert!(svg.contains("No councils to map for this year"));
    assert!(layout.centres.is_empty());
}

#[test]
fn dark_map_is_drawn_on_the_dark_background_in_the_dark_palette() {
    let map = map();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (600, 420)).into_drawing_area();
        draw_hex_map(&root, &HexMapChart { map: &map, highlight: None, legend: true, scale: 1.0, theme: Theme::Dark }).unwrap();
        root.present().unwrap();
    }
    let upper = svg.to_ascii_uppercase();
    assert!(upper.contains("FILL=\"#121314\""), "the dark background");
    assert!(upper.contains("#B69CF0") && upper.contains("#FFA24D"), "the dark bands A and D");
    // No shape filled white (labels on the darker fills are white text).
    let white_shapes = upper.lines().filter(|l| !l.starts_with("<TEXT") && l.contains("FILL=\"#FFFFFF\"")).count();
    assert!(!upper.contains("#5E3C99") && white_shapes == 0, "nothing of the light palette's fills");
    // The same hexes and labels as the light map.
    let (light, _) = svg_of(&map);
    assert_eq!(texts(&svg), texts(&light));
}

fn svg_of(map: &MapModel) -> (String, HexMapLayout) {
    svg(map, (600, 420), 1.0, true, None)
}

#[test]
fn the_map_download_has_its_title_summary_key_credit_source_and_every_hex() {
    use charts::{map_export_svg, MapImage};
    let map = map();
    let chart = HexMapChart { map: &map, highlight: None, legend: false, scale: 1.0, theme: Theme::Light };
    let mut image = MapImage { title: "Children on a plan: every council, 2024", summary: "Southampton is in band A.", source: "Source: DfE.", map: chart };
    let svg = map_export_svg::<SVGBackend>(&mut image);
    let t = texts(&svg);
    for expected in ["Children on a plan: every council, 2024", "Southampton is in band A.", "Source: DfE.", "Hex layout: Open Innovations", "Outlined: Southampton"] {
        assert!(t.iter().any(|x| x == expected), "{expected} missing from {t:?}");
    }
    // One filled hex per council with a figure, and the key's swatches.
    let hexes = svg.matches("<polygon").count();
    assert!(hexes >= map.cells.len(), "{hexes} polygons for {} councils", map.cells.len());
    assert!(svg.contains("fill=\"#FFFFFF\"") || svg.contains("fill=\"#ffffff\""), "a light download");
}
