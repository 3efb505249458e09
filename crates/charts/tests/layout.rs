//! Where a trend chart put its years, as the screen reads it back.
use charts::TrendLayout;
use childstats::data::Year;

fn y(year: u16) -> Year {
    Year::new(year).unwrap()
}

#[test]
fn a_year_is_in_the_right_half_when_drawn_right_of_the_plot_centre() {
    let layout = TrendLayout {
        plot_left: 100,
        plot_right: 500,
        plot_top: 0,
        plot_bottom: 300,
        year_x: vec![(y(2014), 110), (y(2019), 300), (y(2020), 301), (y(2025), 490)],
    };
    assert!(!layout.in_right_half(y(2014)));
    assert!(!layout.in_right_half(y(2019)), "the centre itself is not right of it");
    assert!(layout.in_right_half(y(2020)));
    assert!(layout.in_right_half(y(2025)));
    assert!(!layout.in_right_half(y(2030)), "a year not drawn is in neither half");
    assert_eq!(layout.nearest_year(480), Some(y(2025)));
}
