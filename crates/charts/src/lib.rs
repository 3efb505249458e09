//! Drawing: chart specs from `childstats::model` onto any plotters backend.
//! The same functions draw on the browser's canvas, into SVG for native
//! golden tests, and into the PNG and SVG downloads (`export`): the trend,
//! the ranking and the hex map.

pub mod axes;
pub mod either;
pub mod export;
pub mod first_paint;
pub mod hexmap;
pub mod map_export;
pub mod marks;
pub mod ranking;
pub mod snapshot;
pub mod trend;

pub use first_paint::{canvas_height, explorer_first_paint_html, first_paint_html};
pub use export::{draw_export, export_size, export_svg, ExportChart, ExportImage, EXPORT_WIDTH};
pub use hexmap::{draw_hex_map, HexMapChart, HexMapLayout};
pub use map_export::{draw_map_export, map_export_size, map_export_svg, MapImage};
pub use ranking::{draw_ranking, ranking_height, RankingChart};
pub use snapshot::{date_in_words, snapshot_html, snapshot_page};
pub use trend::{draw_lines, draw_trend, Line, LineChart, LineLayout, TrendChart, TrendLayout};
