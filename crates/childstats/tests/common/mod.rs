//! Shared by the integration tests: the bundled datasets, loaded once.

use std::path::Path;
use std::sync::OnceLock;

use childstats::data::load::load_dir;
use childstats::data::{Dataset, Year};

pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| load_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data")).unwrap())
}

#[allow(dead_code)] // not every test file uses it
pub fn y(n: u16) -> Year {
    Year::new(n).unwrap()
}

/// The explorer's default selection over the bundled years.
#[allow(dead_code)] // not every test file uses it
pub fn default_view() -> childstats::model::selection::Selection {
    childstats::model::selection::Selection::default_view(dataset().catalogue.years)
}

/// Southampton's bundled figures reported locally (`reported.csv`), read as
/// the app reads them: by the reader of a person's own figures.
#[allow(dead_code)] // not every test file uses it
pub fn reported() -> &'static childstats::data::reported::ReportedFile {
    static FILE: OnceLock<childstats::data::reported::ReportedFile> = OnceLock::new();
    FILE.get_or_init(|| {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public/data/reported.csv")).unwrap();
        let read = childstats::data::own_figures::read_own_figures(&text, &dataset().catalogue);
        assert_eq!(read.problems, [], "the bundled set reads without a problem");
        read.file
    })
}
