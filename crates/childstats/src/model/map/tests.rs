//! The map model on small fixtures: classes by polarity, missing figures,
//! focus and neighbours, the summary, arrow keys, and a reorganisation's year.

use super::*;
use crate::data::fixture::Fixture;
use crate::data::raw::RawValue;
use crate::model::compare::compare;
use crate::model::selection::CompareScope;

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

/// Eight councils on three rows; 858 suppressed, the rest 10 to 70.
///
/// ```text
///  row 2      858
///  row 1    855 856 857        (odd rows sit half a hex east)
///  row 0  851 852 853 854
/// ```
const GRID: &[(u16, i16, i16)] =
    &[(851, 0, 0), (852, 1, 0), (853, 2, 0), (854, 3, 0), (855, 0, 1), (856, 1, 1), (857, 2, 1), (858, 1, 2)];

fn councils(polarity: &str, quartiles: bool) -> Fixture {
    let mut fixture = Fixture::new().england();
    for (area, _, _) in GRID {
        let name = if *area == 852 { "Southampton".to_string() } else { format!("Council {area}") };
        fixture = fixture.council(*area, &name, None);
    }
    let figures: Vec<(u16, RawValue)> =
        [(852, 10.0), (851, 20.0), (853, 30.0), (854, 40.0), (855, 50.0), (856, 60.0), (857, 70.0)].map(|(a, v)| (a, v.into())).to_vec();
    fixture
        .indicator_with("X", |i| {
            i.name = "Children on a plan".into();
            i.polarity = polarity.into();
            i.quartiles = quartiles;
        })
        .neighbours("2021", 852, &[851, 857])
        .figures("X", 2024, &figures)
        .figures("X", 2024, &[(858, "x")])
}

fn map_of(fixture: &Fixture) -> MapModel {
    let dataset = fixture.dataset();
    let indicator = dataset.catalogue.indicator(&IndicatorCode::new("X")).unwrap().clone();
    let selection = Selection::default_view(dataset.catalogue.years);
    hex_map(&dataset, &fixture.hex_layout(GRID), &indicator, &selection, y(2024))
}

fn classes(map: &MapModel) -> Vec<(u16, Option<String>)> {
    map.cells.iter().map(|c| (c.area.0, c.class.map(MapClass::label))).collect()
}

fn s(label: &str) -> Option<String> {
    Some(label.to_string())
}

#[test]
fn lower_is_better_bands_the_lowest_values_a_and_a_missing_figure_has_no_band() {
    let map = map_of(&councils("lower", true));
    assert_eq!(map.scale, MapScale::QuartileBands);
    assert_eq!(map.of, 7, "the suppressed figure is not ranked");
    assert_eq!(
        classes(&map),
        [(851, s("A")), (852, s("A")), (853, s("B")), (854, s("B")), (855, s("C")), (856, s("C")), (857, s("D")), (858, None)]
    );
    let missing = map.cell(AreaCode(858)).unwrap();
    assert_eq!((missing.value, missing.rank), (Err(MissingReason::Suppressed), None));
    assert_eq!(missing.value_text, MissingReason::Suppressed.describe());
    assert_eq!(map.describe(missing), format!("Council 858: no figure ({})", MissingReason::Suppressed.describe()));
    assert_eq!(map.describe(map.cell(AreaCode(853)).unwrap()), "Council 853: 30.0, 3rd of 7 councils, band B");
}

#[test]
fn higher_is_better_turns_the_bands_round() {
    let map = map_of(&councils("higher", true));
    assert_eq!(map.cell(AreaCode(852)).unwrap().class, Some(MapClass::Band(Band::D)));
    assert_eq!(map.cell(AreaCode(857)).unwrap().class, Some(MapClass::Band(Band::A)));
}

#[test]
fn bands_and_ranks_are_the_compare_view_s() {
    let fixture = councils("lower", true);
    let dataset = fixture.dataset();
    let indicator = dataset.catalogue.indicator(&IndicatorCode::new("X")).unwrap().clone();
    let mut selection = Selection::default_view(dataset.catalogue.years);
    selection.scope = CompareScope::AllCouncils;
    let comparison = compare(&dataset, &indicator, &selection, y(2024));
    let map = map_of(&fixture);
    for bar in comparison.bars.iter().filter(|b| b.rank.is_some()) {
        let crate::model::series::SeriesId::Area(area) = bar.id else { continue };
        let cell = map.cell(area).unwrap();
        assert_eq!((cell.rank, cell.class), (bar.rank, bar.band.map(MapClass::Band)), "{}", bar.label);
    }
}

#[test]
fn without_a_polarity_or_without_lait_s_bands_the_map_shows_value_fifths() {
    for map in [map_of(&councils("neither", true)), map_of(&councils("lower", false))] {
        assert_eq!(map.scale, MapScale::ValueQuintiles);
        assert_eq!(
            classes(&map),
            [(851, s("2")), (852, s("1")), (853, s("3")), (854, s("3")), (855, s("4")), (856, s("5")), (857, s("5")), (858, None)],
            "1 is the lowest fifth of values, whichever way is better"
        );
        let fifths: Vec<&str> = map.legend.iter().take(5).map(|e| e.text.as_str()).collect();
        assert_eq!(fifths[0], "1: lowest fifth of values (10.0)");
        assert_eq!(fifths[2], "3: middle fifth of values (30.0 to 40.0)");
    }
}

#[test]
fn the_focus_and_its_neighbours_are_flagged_and_the_legend_says_how_they_are_marked() {
    let map = map_of(&councils("lower", true));
    let flagged: Vec<(u16, bool, bool)> = map.cells.iter().filter(|c| c.focus || c.neighbour).map(|c| (c.area.0, c.focus, c.neighbour)).collect();
    assert_eq!(flagged, [(851, false, true), (852, true, false), (857, false, true)]);
    let keys: Vec<(LegendKey, usize)> = map.legend.iter().map(|e| (e.key, e.count)).collect();
    assert_eq!(
        keys,
        [
            (LegendKey::Class(MapClass::Band(Band::A)), 2),
            (LegendKey::Class(MapClass::Band(Band::B)), 2),
            (LegendKey::Class(MapClass::Band(Band::C)), 2),
            (LegendKey::Class(MapClass::Band(Band::D)), 1),
            (LegendKey::NoFigure, 1),
            (LegendKey::Focus, 1),
            (LegendKey::Neighbour, 2),
        ]
    );
    assert_eq!(map.legend[6].text, "Dot: Southampton's statistical neighbours (DfE 2021 model)");
}

#[test]
fn the_summary_says_where_the_focus_stands_and_the_range() {
    assert_eq!(
        map_of(&councils("lower", true)).summary,
        "Children on a plan, in 2024, on a map of 8 councils: Southampton 10.0 per 10,000, 1st of 7 councils \
         (1st is the lowest, which is best), band A (the best quarter). Councils range from 10.0 to 70.0; 1 has no figure."
    );
    assert_eq!(
        map_of(&councils("neither", true)).summary,
        "Children on a plan, in 2024, on a map of 8 councils: Southampton 10.0 per 10,000, 7th highest of 7 councils, \
         in value fifth 1 of 5. Councils range from 10.0 to 70.0; 1 has no figure."
    );
}

#[test]
fn arrow_keys_move_to_the_nearest_hex_that_way_and_up_then_down_comes_back() {
    let map = map_of(&councils("lower", true));
    let go = |from: u16, d: Direction| map.neighbour_in_direction(AreaCode(from), d).map(|a| a.0);
    assert_eq!((go(852, Direction::Left), go(852, Direction::Right)), (Some(851), Some(853)));
    // Up from an even row: of the two hexes above, the one in the same column.
    assert_eq!(go(852, Direction::Up), Some(856));
    assert_eq!(go(856, Direction::Down), Some(852));
    assert_eq!(go(856, Direction::Up), Some(858));
    // Nothing straight above 854: the hex up and to the left is still "up".
    assert_eq!(go(854, Direction::Up), Some(857));
    // At the edges there is nowhere to go; a council not on the map goes nowhere.
    assert_eq!((go(854, Direction::Right), go(852, Direction::Down), go(855, Direction::Left)), (None, None, None));
    assert_eq!(go(857, Direction::Right), None, "854 is down and to the right, not right");
    assert_eq!(go(999, Direction::Up), None);
}

/// Northamptonshire (928) split into 940 and 941 in 2021.
fn split(figures_under: &[u16]) -> (Fixture, Vec<(u16, i16, i16)>) {
    let mut fixture = Fixture::new()
        .council(852, "Southampton", None)
        .council(928, "Northamptonshire", None)
        .council(940, "North Northamptonshire", None)
        .council(941, "West Northamptonshire", None)
        .area_with(928, |a| {
            a.last_year = Some(2021);
            a.successors = Some(vec![940, 941]);
        });
    for new in [940, 941] {
        fixture = fixture.area_with(new, |a| {
            a.first_year = Some(2021);
            a.predecessors = Some(vec![928]);
        });
    }
    let figures: Vec<(u16, f64)> = [852].iter().chain(figures_under).map(|&a| (a, 5.0)).collect();
    let fixture = fixture.indicator_with("X", |i| i.polarity = "lower".into()).figures("X", 2021, &figures);
    (fixture, vec![(852, 0, 0), (928, 2, 0), (940, 2, 0), (941, 1, 0)])
}

#[test]
fn in_a_reorganisation_s_year_the_map_shows_the_side_with_the_figures() {
    for (under, shown, not_shown) in [(&[940, 941][..], [852, 940, 941].as_slice(), [928].as_slice()), (&[928], &[852, 928], &[940, 941])] {
        let (fixture, hexes) = split(under);
        let dataset = fixture.dataset();
        let indicator = dataset.catalogue.indicator(&IndicatorCode::new("X")).unwrap().clone();
        let selection = Selection::default_view(dataset.catalogue.years).with_focus(AreaCode(928));
        let map = hex_map(&dataset, &fixture.hex_layout(&hexes), &indicator, &selection, y(2021));
        assert_eq!(map.cells.iter().map(|c| c.area.0).collect::<Vec<_>>(), shown);
        assert_eq!(map.not_shown.iter().map(|a| a.0).collect::<Vec<_>>(), not_shown);
        if shown.contains(&940) {
            assert!(map.summary.contains("Northamptonshire is not on this map: its figures for 2021 are published under the councils that replaced it."), "{}", map.summary);
        }
    }
}

#[test]
fn the_title_names_the_measure_and_year() {
    let fixture = councils("lower", true);
    let dataset = fixture.dataset();
    let indicator = dataset.catalogue.indicator(&IndicatorCode::new("X")).unwrap().clone();
    assert_eq!(map_of(&fixture).title(&indicator), "Children on a plan: every council, 2024");
}
