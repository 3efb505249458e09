//! "Changed since the last meeting": for the pack's indicators, which have
//! figures newer than the data year the panel last saw, and whose direction
//! of change or quartile band has turned since, in words.

use crate::data::{AreaCode, Dataset, Indicator, IndicatorCode, Year};
use crate::order;

use super::change::{change_between, Direction};
use super::compare::compare;
use super::rank::Band;
use super::selection::Selection;

/// What changed for one indicator since a chosen data year.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangedSince {
    pub indicator: Indicator,
    /// Years after `since` in which the focus has a new figure.
    pub new_years: Vec<Year>,
    /// The direction of the year-on-year change then and now, where it differs.
    pub direction: Option<(Direction, Direction)>,
    /// The quartile band then and now, where it differs.
    pub band: Option<(Option<Band>, Option<Band>)>,
}

impl ChangedSince {
    pub fn turned(&self) -> bool {
        self.direction.is_some() || self.band.is_some()
    }

    /// What changed, in words: "new figures for 2023, 2024; was falling in
    /// 2022, now rising; quartile band B in 2022, now band C".
    pub fn describe(&self, since: Year) -> String {
        let years: Vec<String> = self.new_years.iter().map(Year::to_string).collect();
        let mut parts = vec![format!("new figures for {}", years.join(", "))];
        if let Some((then, now)) = self.direction {
            parts.push(format!("was {} in {since}, now {}", movement(then), movement(now)));
        }
        if let Some((then, now)) = self.band {
            parts.push(format!("quartile {} in {since}, now {}", band_text(then), band_text(now)));
        }
        parts.join("; ")
    }
}

/// The list's opening sentence.
pub fn changed_since_heading(count: usize, since: Year) -> String {
    match count {
        0 => format!("No indicator in this pack has new figures since {since}."),
        1 => format!("Since {since}: 1 indicator has new figures."),
        n => format!("Since {since}: {n} indicators have new figures; those whose direction or quartile band changed come first."),
    }
}

fn movement(direction: Direction) -> &'static str {
    match direction {
        Direction::Up => "rising",
        Direction::Down => "falling",
        Direction::Same => "unchanged",
    }
}

fn band_text(band: Option<Band>) -> String {
    band.map_or_else(|| "no band".to_string(), |b| format!("band {}", b.letter()))
}

/// Indicators with new figures since `since`, those whose direction of change
/// or quartile band changed first; indicators with nothing new are left out.
pub fn changed_since(dataset: &Dataset, codes: &[IndicatorCode], focus: AreaCode, since: Year) -> Vec<ChangedSince> {
    let mut out: Vec<ChangedSince> = codes
        .iter()
        .filter_map(|code| dataset.catalogue.indicator(code))
        .filter_map(|indicator| {
            let code = &indicator.code;
            let at = |y: Year| dataset.cell(code, focus, y).value.ok();
            let new_years: Vec<Year> = dataset.catalogue.years.iter().filter(|y| *y > since && at(*y).is_some()).collect();
            let latest = *new_years.last()?;
            let direction_at = |y: Year| at(y).zip(at(y.previous())).map(|(v, p)| change_between((y.previous(), p), (y, v), indicator).direction);
            let direction = match (direction_at(since), direction_at(latest)) {
                (Some(then), Some(now)) if then != now => Some((then, now)),
                _ => None,
            };
            let selection = Selection { indicator: code.clone(), focus, ..Selection::default_view(dataset.catalogue.years) };
            let band_at = |y: Year| at(y).and(compare(dataset, indicator, &selection, y).focus_band);
            let (then, now) = (band_at(since), band_at(latest));
            let band = (at(since).is_some() && then != now).then_some((then, now));
            Some(ChangedSince { indicator: indicator.clone(), new_years, direction, band })
        })
        .collect();
    order::sort_by_key(&mut out, |c| !c.turned());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(direction: Option<(Direction, Direction)>, band: Option<(Option<Band>, Option<Band>)>) -> ChangedSince {
        let indicator = crate::data::fixture::indicator(|i| {
            i.unit = "%".into();
            i.polarity = "lower".into();
        });
        let y = |n| Year::new(n).unwrap();
        ChangedSince { indicator, new_years: vec![y(2023), y(2024)], direction, band }
    }

    #[test]
    fn says_what_is_new_and_what_turned() {
        let since = Year::new(2022).unwrap();
        assert_eq!(change(None, None).describe(since), "new figures for 2023, 2024");
        assert_eq!(
            change(Some((Direction::Down, Direction::Up)), Some((Some(Band::B), None))).describe(since),
            "new figures for 2023, 2024; was falling in 2022, now rising; quartile band B in 2022, now no band"
        );
    }

    #[test]
    fn heading_counts_in_words() {
        let since = Year::new(2021).unwrap();
        assert_eq!(changed_since_heading(0, since), "No indicator in this pack has new figures since 2021.");
        assert_eq!(changed_since_heading(1, since), "Since 2021: 1 indicator has new figures.");
        assert!(changed_since_heading(3, since).starts_with("Since 2021: 3 indicators have new figures"));
    }
}
