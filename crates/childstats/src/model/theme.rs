//! Light and dark: the colours a chart is drawn in, and the rule that keeps
//! every line, marker and text readable on its background (WCAG 2.2: 3:1
//! for graphics, 1.4.11; 4.5:1 for text, 1.4.3). The series' own colours
//! (`series::Style`) are chosen on white; on the dark background each is
//! lightened, keeping its hue, just enough to reach 3:1.

/// An sRGB colour.
pub type Rgb = (u8, u8, u8);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn code(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
    pub fn from_code(code: &str) -> Option<Theme> {
        [Theme::Light, Theme::Dark].into_iter().find(|t| t.code() == code)
    }

    pub fn palette(self) -> Palette {
        match self {
            Theme::Light => Palette {
                background: (0xff, 0xff, 0xff),
                ink: (0x0b, 0x0c, 0x0c),
                muted: (0x50, 0x5a, 0x5f),
                grid: (0xdd, 0xdd, 0xdd),
                bar: (0x6f, 0x77, 0x7b),
                reported: (0x6f, 0x1d, 0x9b),
            },
            Theme::Dark => Palette {
                background: (0x12, 0x13, 0x14),
                ink: (0xf3, 0xf2, 0xf1),
                muted: (0xb1, 0xb4, 0xb6),
                grid: (0x3b, 0x3e, 0x41),
                bar: (0x9a, 0xa0, 0xa4),
                reported: (0xc5, 0x8a, 0xf0),
            },
        }
    }

    /// A series colour (chosen on white) as drawn in this theme.
    pub fn series_colour(self, colour: Rgb) -> Rgb {
        match self {
            Theme::Light => colour,
            // 4.5:1, not just the 3:1 graphics need: thin dashed lines on
            // a dark page read better a step lighter.
            Theme::Dark => lighten_until(colour, self.palette().background, 4.5),
        }
    }
}

/// The colours of one theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub background: Rgb,
    /// Text and the focus council's line.
    pub ink: Rgb,
    /// Axis lines and secondary text.
    pub muted: Rgb,
    /// Gridlines: decoration, not information, so below 3:1 on purpose.
    pub grid: Rgb,
    /// The compare view's bars of other councils.
    pub bar: Rgb,
    /// Figures as reported locally (open rings).
    pub reported: Rgb,
}

/// A colour as CSS and SVG write it: "#1d70b8".
pub fn css((r, g, b): Rgb) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// WCAG relative luminance.
pub fn luminance((r, g, b): Rgb) -> f64 {
    let c = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b)
}

/// WCAG contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// `colour` mixed with white in steps of 5% until it has `ratio` against
/// `background` (white itself at the end).
fn lighten_until(colour: Rgb, background: Rgb, ratio: f64) -> Rgb {
    let mix = |v: u8, t: f64| (f64::from(v) + (255.0 - f64::from(v)) * t).round() as u8;
    (0..=20)
        .map(|i| f64::from(i) * 0.05)
        .map(|t| (mix(colour.0, t), mix(colour.1, t), mix(colour.2, t)))
        .find(|c| contrast(*c, background) >= ratio)
        .unwrap_or((255, 255, 255))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::series::{individual_style, role_style, Role};

    fn series_colours() -> Vec<Rgb> {
        [Role::Focus, Role::NeighbourAverage, Role::Region, Role::England]
            .into_iter()
            .filter_map(role_style)
            .chain((0..10).map(individual_style))
            .map(|s| s.colour)
            .collect()
    }

    #[test]
    fn every_line_and_marker_has_three_to_one_on_its_background_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = theme.palette();
            for colour in series_colours().into_iter().map(|c| theme.series_colour(c)).chain([p.reported, p.bar, p.muted]) {
                let ratio = contrast(colour, p.background);
                assert!(ratio >= 3.0, "{theme:?}: {colour:?} has {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn text_has_four_and_a_half_to_one_in_both_themes() {
        for theme in [Theme::Light, Theme::Dark] {
            let p = theme.palette();
            assert!(contrast(p.ink, p.background) >= 4.5, "{theme:?} ink");
            assert!(contrast(p.muted, p.background) >= 4.5, "{theme:?} muted");
        }
    }

    #[test]
    fn dark_keeps_distinct_series_distinct_and_light_keeps_them_as_chosen() {
        // Individual councils share colours five apart (their markers differ).
        let mut colours = series_colours();
        colours.sort_unstable();
        colours.dedup();
        let dark: Vec<Rgb> = colours.iter().map(|c| Theme::Dark.series_colour(*c)).collect();
        for (i, a) in dark.iter().enumerate() {
            for b in &dark[i + 1..] {
                assert_ne!(a, b);
            }
        }
        assert!(colours.iter().all(|c| Theme::Light.series_colour(*c) == *c));
        // The focus council's near-black becomes a light grey, not white.
        let focus = Theme::Dark.series_colour((0x0b, 0x0c, 0x0c));
        assert!(focus != (255, 255, 255) && contrast(focus, Theme::Dark.palette().background) >= 3.0);
    }

    #[test]
    fn theme_codes_round_trip() {
        for t in [Theme::Light, Theme::Dark] {
            assert_eq!(Theme::from_code(t.code()), Some(t));
        }
        assert_eq!(Theme::from_code("sepia"), None);
    }
}
