//! The map's class colours in each theme, and the label colour that reads on
//! each. Light: ColorBrewer's 4-class PuOr for bands (purple the better
//! half, orange the worse, darker further from the middle) and 5-class Blues
//! for value fifths (light to dark). Dark: the same hues made light enough to
//! stand out from the dark background, brighter further from the middle
//! (and, for fifths, the higher the brighter), as maps on dark pages do.
//! Colour is never the only cue: each hex also carries its class's label.

use super::MapClass;
use crate::model::rank::Band;
use crate::model::theme::{Rgb, Theme};

/// A class's fill and the colour of the label drawn on it.
pub fn class_colours(class: MapClass, theme: Theme) -> (Rgb, Rgb) {
    const INK: Rgb = (0x0b, 0x0c, 0x0c);
    const WHITE: Rgb = (0xff, 0xff, 0xff);
    let fill = match (theme, class) {
        (Theme::Light, MapClass::Band(band)) => match band {
            Band::A => (0x5e, 0x3c, 0x99),
            Band::B => (0xb2, 0xab, 0xd2),
            Band::C => (0xfd, 0xb8, 0x63),
            Band::D => (0xe6, 0x61, 0x01),
        },
        (Theme::Light, MapClass::Quintile(q)) => match q {
            1 => (0xef, 0xf3, 0xff),
            2 => (0xbd, 0xd7, 0xe7),
            3 => (0x6b, 0xae, 0xd6),
            4 => (0x31, 0x82, 0xbd),
            _ => (0x08, 0x51, 0x9c),
        },
        (Theme::Dark, MapClass::Band(band)) => match band {
            Band::A => (0xb6, 0x9c, 0xf0),
            Band::B => (0x7d, 0x68, 0xb8),
            Band::C => (0xa8, 0x70, 0x3a),
            Band::D => (0xff, 0xa2, 0x4d),
        },
        (Theme::Dark, MapClass::Quintile(q)) => match q {
            1 => (0x2f, 0x6e, 0xaa),
            2 => (0x4f, 0x8f, 0xc6),
            3 => (0x7f, 0xb6, 0xdf),
            4 => (0xa9, 0xd0, 0xee),
            _ => (0xd6, 0xea, 0xf8),
        },
    };
    // Whichever of near-black and white reads better on the fill.
    let ink = if crate::model::theme::contrast(fill, INK) >= crate::model::theme::contrast(fill, WHITE) { INK } else { WHITE };
    (fill, ink)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::theme::{contrast, luminance};

    const THEMES: [Theme; 2] = [Theme::Light, Theme::Dark];
    fn bands() -> Vec<MapClass> {
        [Band::A, Band::B, Band::C, Band::D].into_iter().map(MapClass::Band).collect()
    }
    fn fifths() -> Vec<MapClass> {
        (1..=5).map(MapClass::Quintile).collect()
    }

    #[test]
    fn every_class_label_has_four_and_a_half_to_one_on_its_hex_in_both_themes() {
        for theme in THEMES {
            for class in bands().into_iter().chain(fifths()) {
                let (fill, ink) = class_colours(class, theme);
                let ratio = contrast(fill, ink);
                assert!(ratio >= 4.5, "{theme:?} {class:?}: label {ratio:.2}:1");
            }
        }
    }

    #[test]
    fn on_the_dark_background_every_hex_has_three_to_one() {
        // On white the palest classes are lighter than 3:1; their labels, and
        // the map's white lines between hexes, carry them. On the dark page
        // every hex stands out by itself.
        let background = Theme::Dark.palette().background;
        for class in bands().into_iter().chain(fifths()) {
            let ratio = contrast(class_colours(class, Theme::Dark).0, background);
            assert!(ratio >= 3.0, "{class:?}: {ratio:.2}:1 on the dark background");
        }
    }

    #[test]
    fn neighbouring_classes_stay_distinguishable_in_both_themes() {
        let step = |a: Rgb, b: Rgb| contrast(a, b);
        for theme in THEMES {
            // Value fifths: one hue, each step clearly lighter or darker, in order.
            let fills: Vec<Rgb> = fifths().into_iter().map(|c| class_colours(c, theme).0).collect();
            let rising = luminance(fills[4]) > luminance(fills[0]);
            for pair in fills.windows(2) {
                assert!(step(pair[0], pair[1]) >= 1.25, "{theme:?} fifths {pair:?}");
                assert_eq!(luminance(pair[1]) > luminance(pair[0]), rising, "{theme:?} fifths out of order");
            }
            // Bands: within each half a clear step; the halves differ in hue
            // (purple: more blue than red; orange: more red than blue).
            let [a, b, c, d] = [Band::A, Band::B, Band::C, Band::D].map(|band| class_colours(MapClass::Band(band), theme).0);
            assert!(step(a, b) >= 1.25 && step(c, d) >= 1.25, "{theme:?} bands");
            assert!(a.2 > a.0 && b.2 > b.0, "{theme:?}: the better half is purple");
            assert!(c.0 > c.2 && d.0 > d.2, "{theme:?}: the worse half is orange");
        }
    }

    #[test]
    fn the_marks_on_the_map_have_three_to_one_on_its_background() {
        // Hatching and the missing hex's edge (`bar`), the focus outline and
        // neighbour dots (`ink`), the credit (`bar`, text: 4.5:1).
        for theme in THEMES {
            let p = theme.palette();
            assert!(contrast(p.bar, p.background) >= 4.5, "{theme:?} hatching and credit");
            assert!(contrast(p.ink, p.background) >= 4.5, "{theme:?} focus outline and names");
        }
    }

    #[test]
    fn light_keeps_colorbrewer_as_published() {
        assert_eq!(class_colours(MapClass::Band(Band::A), Theme::Light), ((0x5e, 0x3c, 0x99), (0xff, 0xff, 0xff)));
        assert_eq!(class_colours(MapClass::Quintile(1), Theme::Light).0, (0xef, 0xf3, 0xff));
    }
}
