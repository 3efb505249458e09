//! DfE's children's services statistical neighbour models
//! (`neighbours/sn_*.csv`): for each LA its ten nearest neighbours, in order,
//! with how close each is.

use std::collections::BTreeMap;
use std::path::Path;

use super::table::Table;
use crate::error::ImportError;

/// One LA's row of a model.
#[derive(Debug, Clone, PartialEq)]
pub struct NeighbourRow {
    /// 1-based line number in the file.
    pub row: u64,
    pub neighbours: Vec<Neighbour>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Neighbour {
    /// 1 for the nearest: the column is `SN{rank}`.
    pub rank: u8,
    pub area: u16,
    /// As published: Very Close, Close, Somewhat close, Not Close.
    pub closeness: String,
}

/// A model's rows by LA number (a later row for the same LA replaces an earlier one).
pub type NeighbourTable = BTreeMap<u16, NeighbourRow>;

/// Reads a model. An LA number or neighbour that is not a number is an error;
/// a blank neighbour cell is left out.
pub fn read_neighbours(root: &Path, file: &'static str) -> Result<NeighbourTable, ImportError> {
    let table = Table::open(root, file)?;
    let area = table.column("LA num")?;
    // SN1..SN10 are each followed by an SNP (closeness) column of the same name.
    let mut columns = Vec::new();
    for rank in 1..=10u8 {
        let c = table.column(&format!("SN{rank}"))?;
        columns.push((rank, c, c + 1));
    }
    let mut groups = BTreeMap::new();
    let mut error = None;
    table.for_each(|r, row| {
        let Ok(code) = r.get(area).parse::<u16>() else {
            if !r.get(area).is_empty() {
                error.get_or_insert(ImportError::NotAnLaNumber { file, row, column: "LA num".into(), value: r.get(area).into() });
            }
            return;
        };
        let mut neighbours = Vec::new();
        for &(rank, c, p) in &columns {
            match r.get(c).parse::<u16>() {
                Ok(n) => neighbours.push(Neighbour { rank, area: n, closeness: r.get(p).to_string() }),
                Err(_) if r.get(c).is_empty() => {}
                Err(_) => {
                    error.get_or_insert(ImportError::NotAnLaNumber { file, row, column: format!("SN{rank}"), value: r.get(c).into() });
                }
            }
        }
        groups.insert(code, NeighbourRow { row, neighbours });
    })?;
    error.map_or(Ok(groups), Err)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(rows: &str) -> (tempfile::TempDir, &'static str) {
        let dir = tempfile::tempdir().unwrap();
        let file = "neighbours/sn_test.csv";
        std::fs::create_dir_all(dir.path().join("neighbours")).unwrap();
        let mut header = String::from("LA num,LA name");
        for n in 1..=10 {
            header.push_str(&format!(",SN{n},SNP"));
        }
        std::fs::write(dir.path().join(file), format!("{header}\n{rows}")).unwrap();
        (dir, file)
    }

    #[test]
    fn reads_neighbours_in_order_with_closeness_and_leaves_out_blank_cells() {
        let (dir, file) = model("852,Southampton,851,Very Close,,,373,Close\n\n");
        let table = read_neighbours(dir.path(), file).unwrap();
        let row = &table[&852];
        assert_eq!(row.row, 2);
        assert_eq!(
            row.neighbours,
            vec![
                Neighbour { rank: 1, area: 851, closeness: "Very Close".into() },
                Neighbour { rank: 3, area: 373, closeness: "Close".into() },
            ]
        );
    }

    #[test]
    fn a_neighbour_that_is_not_an_la_number_is_an_error_saying_where() {
        let (dir, file) = model("852,Southampton,851,Very Close,Portsmouth,Close\n");
        let err = read_neighbours(dir.path(), file).unwrap_err().to_string();
        assert_eq!(err, "neighbours/sn_test.csv row 2, column \"SN2\": \"Portsmouth\" is not an LA number");
    }
}
