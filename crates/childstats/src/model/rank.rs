//! Ranks among councils and quartile bands, respecting polarity.

use crate::data::{AreaCode, MissingReason, Polarity};
use crate::order;

/// Councils in rank order with their rank; missing values listed after.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    /// Best first (or highest first where neither direction is better).
    pub ranked: Vec<Ranked>,
    pub missing: Vec<(AreaCode, MissingReason)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub area: AreaCode,
    pub value: f64,
    /// 1-based; tied values share the better rank (1, 2, 2, 4).
    pub rank: usize,
}

impl Ranking {
    /// How many councils have a value (the "of 152").
    pub fn of(&self) -> usize {
        self.ranked.len()
    }
    pub fn rank_of(&self, area: AreaCode) -> Option<usize> {
        self.ranked.iter().find(|r| r.area == area).map(|r| r.rank)
    }
}

/// Ranks values: best first where the measure has a polarity, highest first
/// where it has none. Missing values are not ranked.
pub fn rank_among(values: &[(AreaCode, Result<f64, MissingReason>)], polarity: Polarity) -> Ranking {
    let mut present: Vec<(AreaCode, f64)> = values.iter().filter_map(|(a, v)| v.ok().map(|v| (*a, v))).collect();
    let missing = values.iter().filter_map(|(a, v)| v.err().map(|r| (*a, r))).collect();
    order::sort_by(&mut present, |(a_area, a), (b_area, b)| {
        let order = match polarity {
            Polarity::LowerIsBetter => a.total_cmp(b),
            Polarity::HigherIsBetter | Polarity::Neither => b.total_cmp(a),
        };
        order.then(a_area.cmp(b_area))
    });
    let mut ranked: Vec<Ranked> = Vec::with_capacity(present.len());
    for (i, (area, value)) in present.into_iter().enumerate() {
        let rank = match ranked.last() {
            Some(prev) if prev.value == value => prev.rank,
            _ => i + 1,
        };
        ranked.push(Ranked { area, value, rank });
    }
    Ranking { ranked, missing }
}

/// LAIT's quartile bands: A is the best quarter, D the worst.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Band {
    A,
    B,
    C,
    D,
}

impl Band {
    pub fn letter(self) -> char {
        match self {
            Band::A => 'A',
            Band::B => 'B',
            Band::C => 'C',
            Band::D => 'D',
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            Band::A => "A: among the best quarter of councils",
            Band::B => "B: second quarter",
            Band::C => "C: third quarter",
            Band::D => "D: among the worst quarter of councils",
        }
    }
}

/// The band for a rank among `of` councils; `None` where the measure has no
/// polarity (no best or worst) or LAIT says bands do not apply.
pub fn quartile_band(rank: usize, of: usize, polarity: Polarity, quartiles_apply: bool) -> Option<Band> {
    if polarity == Polarity::Neither || !quartiles_apply || rank == 0 || rank > of {
        return None;
    }
    Some(match (rank - 1) * 4 / of {
        0 => Band::A,
        1 => Band::B,
        2 => Band::C,
        _ => Band::D,
    })
}

/// The fifth of councils a value falls in, 1 (the lowest values) to 5 (the
/// highest), from its rank counted from the highest (`rank_among` with
/// [`Polarity::Neither`]) among `of`: for measures without a best direction,
/// or where LAIT says quartile bands do not apply. `None` outside 1..=of.
pub fn value_quintile(rank_from_highest: usize, of: usize) -> Option<u8> {
    if rank_from_highest == 0 || rank_from_highest > of {
        return None;
    }
    Some(5 - ((rank_from_highest - 1) * 5 / of) as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(vs: &[(u16, Option<f64>)]) -> Vec<(AreaCode, Result<f64, MissingReason>)> {
        vs.iter().map(|(a, v)| (AreaCode(*a), v.ok_or(MissingReason::NotPublished))).collect()
    }

    #[test]
    fn lower_is_better_ranks_smallest_first() {
        let r = rank_among(&values(&[(1, Some(30.0)), (2, Some(10.0)), (3, Some(20.0))]), Polarity::LowerIsBetter);
        assert_eq!(r.ranked.iter().map(|x| x.area.0).collect::<Vec<_>>(), [2, 3, 1]);
        assert_eq!(r.rank_of(AreaCode(1)), Some(3));
    }

    #[test]
    fn higher_is_better_and_neither_rank_largest_first() {
        for p in [Polarity::HigherIsBetter, Polarity::Neither] {
            let r = rank_among(&values(&[(1, Some(30.0)), (2, Some(10.0))]), p);
            assert_eq!(r.rank_of(AreaCode(1)), Some(1));
        }
    }

    #[test]
    fn ties_share_the_better_rank_and_skip_the_next() {
        let r = rank_among(&values(&[(1, Some(5.0)), (2, Some(7.0)), (3, Some(7.0)), (4, Some(9.0))]), Polarity::HigherIsBetter);
        let ranks: Vec<(u16, usize)> = r.ranked.iter().map(|x| (x.area.0, x.rank)).collect();
        assert_eq!(ranks, [(4, 1), (2, 2), (3, 2), (1, 4)]);
    }

    #[test]
    fn missing_values_are_not_ranked_and_not_counted() {
        let r = rank_among(&values(&[(1, None), (2, Some(7.0)), (3, Some(1.0))]), Polarity::LowerIsBetter);
        assert_eq!(r.of(), 2);
        assert_eq!(r.rank_of(AreaCode(1)), None);
        assert_eq!(r.missing, [(AreaCode(1), MissingReason::NotPublished)]);
    }

    #[test]
    fn quartile_bands_split_ranks_into_quarters() {
        let band = |rank| quartile_band(rank, 152, Polarity::LowerIsBetter, true);
        assert_eq!(band(1), Some(Band::A));
        assert_eq!(band(38), Some(Band::A));
        assert_eq!(band(39), Some(Band::B));
        assert_eq!(band(76), Some(Band::B));
        assert_eq!(band(77), Some(Band::C));
        assert_eq!(band(114), Some(Band::C));
        assert_eq!(band(115), Some(Band::D));
        assert_eq!(band(152), Some(Band::D));
    }

    #[test]
    fn no_band_without_polarity_or_where_lait_says_none() {
        assert_eq!(quartile_band(1, 152, Polarity::Neither, true), None);
        assert_eq!(quartile_band(1, 152, Polarity::HigherIsBetter, false), None);
        assert_eq!(quartile_band(0, 152, Polarity::HigherIsBetter, true), None);
    }

    #[test]
    fn value_quintiles_split_ranks_into_fifths_highest_values_in_5() {
        let quintile = |rank| value_quintile(rank, 150);
        assert_eq!([1, 30, 31, 60, 61, 90, 91, 120, 121, 150].map(quintile), [5, 5, 4, 4, 3, 3, 2, 2, 1, 1].map(Some));
        assert_eq!(value_quintile(0, 150), None);
        assert_eq!(value_quintile(151, 150), None);
        // Fewer councils than fifths: the highest is still 5, the lowest 1.
        assert_eq!([1, 2, 3].map(|r| value_quintile(r, 3)), [Some(5), Some(4), Some(2)]);
    }

    #[test]
    fn band_follows_polarity_through_ranking() {
        // The same value is in band A when lower is better and D when higher is.
        let vals = values(&[(1, Some(1.0)), (2, Some(2.0)), (3, Some(3.0)), (4, Some(4.0))]);
        for (polarity, expected) in [(Polarity::LowerIsBetter, Band::A), (Polarity::HigherIsBetter, Band::D)] {
            let r = rank_among(&vals, polarity);
            let rank = r.rank_of(AreaCode(1)).unwrap();
            assert_eq!(quartile_band(rank, r.of(), polarity, true), Some(expected));
        }
    }
}
