//! The catalogue's statistical neighbour models, checked against its areas.

use std::collections::BTreeSet;
use std::path::Path;

use childstats::data::raw::{RawNeighbour, RawNeighbourGroup, RawNeighbourModel};

use crate::error::ImportError;
use crate::read::neighbours::read_neighbours;

/// A model the app offers: id, title and file under `shared/data`.
pub struct NeighbourModel {
    pub id: &'static str,
    pub title: &'static str,
    pub file: &'static str,
}

/// The models in the catalogue's order.
pub const NEIGHBOUR_MODELS: [NeighbourModel; 2] = [
    NeighbourModel { id: "2021", title: "DfE children's services statistical neighbours, April 2021 model", file: "neighbours/sn_2021.csv" },
    NeighbourModel { id: "2025", title: "DfE children's services statistical neighbours, May 2025 model", file: "neighbours/sn_2025.csv" },
];

/// Reads a model. Every LA in it and every neighbour must be a known area:
/// a neighbour average over an area the app cannot show would be wrong
/// without a word.
pub fn neighbour_model(root: &Path, model: &NeighbourModel, known: &BTreeSet<u16>) -> Result<RawNeighbourModel, ImportError> {
    let file = model.file;
    let mut groups = Vec::new();
    for (area, group) in read_neighbours(root, file)? {
        if !known.contains(&area) {
            return Err(ImportError::UnknownModelArea { file, row: group.row, area });
        }
        let neighbours = group
            .neighbours
            .into_iter()
            .map(|n| {
                if known.contains(&n.area) {
                    Ok(RawNeighbour { area: n.area, closeness: n.closeness })
                } else {
                    Err(ImportError::UnknownNeighbour { file, row: group.row, column: format!("SN{}", n.rank), area, neighbour: n.area })
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        groups.push(RawNeighbourGroup { area, neighbours });
    }
    Ok(RawNeighbourModel { id: model.id.into(), title: model.title.into(), source: file.into(), groups })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_neighbour_the_catalogue_lacks_is_an_error_naming_row_column_and_area() {
        let dir = tempfile::tempdir().unwrap();
        let model = NeighbourModel { id: "t", title: "test", file: "sn_test.csv" };
        let mut header = String::from("LA num");
        for n in 1..=10 {
            header.push_str(&format!(",SN{n},SNP"));
        }
        std::fs::write(dir.path().join(model.file), format!("{header}\n852,851,Close,999,Close\n")).unwrap();
        let known = BTreeSet::from([851, 852]);
        let err = neighbour_model(dir.path(), &model, &known).unwrap_err().to_string();
        assert_eq!(err, "sn_test.csv row 2, column \"SN2\": area 852 has unknown neighbour 999");
        let err = neighbour_model(dir.path(), &model, &BTreeSet::from([851])).unwrap_err().to_string();
        assert_eq!(err, "sn_test.csv row 2: unknown area 852 (not in LAIT or la_code_list.csv)");
    }
}
