//! A council's own figures from a CSV file or a paste: what a person loads,
//! what is kept, and what each problem says, by line.

use childstats::data::own_figures::{not_a_csv, parse_date, parse_value, read_own_figures, split_records, template, write_own_figures, MAX_ROWS};
use childstats::data::reported::reported_points;
use childstats::data::{AreaCode, IndicatorCode};

mod common;
use common::{dataset, y};

const HEADER: &str = "indicator,area,period,period_end,value,source,note";

fn read(text: &str) -> childstats::data::own_figures::OwnFigures {
    read_own_figures(text, &dataset().catalogue)
}

fn messages(text: &str) -> Vec<String> {
    read(text).problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_good_file_for_another_council_is_read_into_reported_figures_drawn_on_its_trend() {
    let text = format!(
        "{HEADER}\nCPP_rate,Leeds,Q4 2023-24,2024-03-31,41.2,Scrutiny Board 12 June 2024,\"Rate per 10,000, as reported\"\nCPP_rate,383,2024-25,31/03/2025,\"1,043.5\",Scrutiny Board 9 July 2025,\n"
    );
    let own = read(&text);
    assert_eq!(own.problems, []);
    assert_eq!(own.file.figures.len(), 2);
    let f = &own.file.figures[0];
    assert_eq!((f.area.as_str(), f.area_code, f.year, f.value), ("Leeds", Some(383), Some(2024), 41.2));
    assert_eq!(f.quote, "Rate per 10,000, as reported");
    assert_eq!(own.file.figures[1].value, 1043.5);
    assert_eq!(own.file.figures[1].period_end.as_deref(), Some("2025-03-31"));
    assert_eq!(own.file.documents.len(), 2, "one document per source");
    // Drawn exactly as Southampton's are: points on the published indicator's trend.
    let d = dataset();
    let cpp = d.catalogue.indicator(&IndicatorCode::new("CPP_rate")).unwrap();
    let points = reported_points(&own.file, d, cpp, AreaCode(383), &[y(2023), y(2024), y(2025)]);
    assert_eq!(points.iter().map(|p| (p.year, p.value)).collect::<Vec<_>>(), [(y(2024), 41.2), (y(2025), 1043.5)]);
    assert_eq!(points[0].document, "Scrutiny Board 12 June 2024");
}

#[test]
fn each_problem_names_its_line_as_in_the_file_and_good_rows_are_kept() {
    let text = format!(
        "{HEADER}\nCPP_rate,Leeds,Q1,2024-06-30,40,,\nCPP_rate,Leeds,Q2,2024-09-30,4x.1,,\nCPP_rate,Nowhere,Q2,2024-09-30,4,,\nNOT_A_CODE,Leeds,Q2,2024-09-30,4,,\nCPP_rate,Leeds,Q2,31/13/2024,4,,\n\"CPP_rate\",\"Leeds\",\"Q3\",\"2024-12-31\",\" 42 % \",,\n"
    );
    let own = read(&text);
    assert_eq!(own.file.figures.len(), 2, "lines 2 and 7 are good");
    assert_eq!(
        own.problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        [
            "line 3: value \u{2018}4x.1\u{2019} is not a number",
            "line 4: no council called \u{2018}Nowhere\u{2019} (give its name or DfE LA number, e.g. Leeds or 383)",
            "line 5: \u{2018}NOT_A_CODE\u{2019} is not a published indicator code, and no measure of that name is defined above (give its name in a measure_name column on its first row)",
            "line 6: period end \u{2018}31/13/2024\u{2019} is not a date (use 2025-09-30 or 30/09/2025)",
        ]
    );
    assert_eq!(own.file.figures[1].value, 42.0);
}

#[test]
fn a_quoted_note_with_line_breaks_keeps_the_line_numbers_of_the_rows_after_it() {
    let text = format!("{HEADER}\nCPP_rate,Leeds,Q1,2024-06-30,40,Board,\"first line\nsecond line, with a comma\"\nCPP_rate,Leeds,Q2,2024-09-30,oops,,\n");
    assert_eq!(messages(&text), ["line 4: value \u{2018}oops\u{2019} is not a number"]);
    assert_eq!(read(&text).file.figures[0].quote, "first line\nsecond line, with a comma");
}

#[test]
fn tabs_crlf_a_byte_order_mark_and_forgiving_names_are_read() {
    let text = "\u{feff}indicator\tarea\tperiod\tperiod_end\tvalue\tsource\tnote\r\nCPP_rate\t  kingston upon hull  city of \tQ1\t2024-06-30\t12\t\t\r\nLAC\tbristol, city of\tQ1\t2024-06-30\t1 234\t\t\r\n";
    let own = read(text);
    assert_eq!(own.problems, []);
    assert_eq!(own.file.figures.iter().map(|f| f.area_code).collect::<Vec<_>>(), [Some(810), Some(801)]);
    assert_eq!(own.file.figures[1].value, 1234.0);
}

#[test]
fn a_measure_of_the_councils_own_is_defined_on_its_first_row() {
    let text = format!(
        "{HEADER},measure_name,unit,polarity,frequency\ncontacts,Leeds,Sep 25,2025-09-30,1785,Board,,Contacts in the month,number,neither,monthly\ncontacts,Leeds,Oct 25,2025-10-31,1801,Board,,,,,\nother,Leeds,Oct 25,2025-10-31,1,Board,,Other,,sideways,\n"
    );
    let own = read(&text);
    assert_eq!(own.file.local_indicators.len(), 1);
    assert_eq!(own.file.local_indicators[0].name, "Contacts in the month");
    assert_eq!(own.file.figures.iter().filter(|f| f.local_indicator.as_deref() == Some("contacts")).count(), 2);
    assert_eq!(messages(&text), ["line 4: polarity \u{2018}sideways\u{2019} is not higher, lower or neither"]);
}

#[test]
fn a_set_written_back_as_csv_reads_the_same() {
    let text = format!(
        "{HEADER},measure_name,unit,polarity,frequency\nCPP_rate,Leeds,Q1,2024-06-30,\"1,040\",\"Board, June\",\"He said \"\"rising\"\"\"\ncontacts,383,Sep 25,30/09/2025,1785,,note,Contacts,number,neither,monthly\n"
    );
    let own = read(&text);
    assert_eq!(own.problems, []);
    let again = read(&write_own_figures(&own.file));
    assert_eq!(again.problems, []);
    assert_eq!(again.file, own.file);
}

#[test]
fn the_template_reads_back_as_blank_rows_to_fill_in() {
    let text = template("Leeds", &[IndicatorCode::new("CPP_rate"), IndicatorCode::new("CPP_Total_Rateper10,000")]);
    assert!(text.starts_with(&format!("{HEADER},section,other_area,measure_as_reported,measure_name,unit,polarity,frequency,definition\nCPP_rate,Leeds,")), "{text}");
    assert!(text.contains("\"CPP_Total_Rateper10,000\",Leeds"), "{text}");
    let own = read(&text);
    assert_eq!((own.problems.len(), own.file.figures.len(), own.blank_rows), (0, 0, 3));
}

#[test]
fn files_of_another_kind_get_a_clear_message() {
    assert!(not_a_csv(b"PK\x03\x04rest of a zip").unwrap().contains("spreadsheet workbook"));
    assert!(not_a_csv(b"\x89PNG\r\n").unwrap().contains("image"));
    assert!(not_a_csv(&[0xff, 0xfe, 0x00, 0x41]).unwrap().contains("UTF-8"));
    assert!(not_a_csv(&vec![b'a'; 6_000_000]).unwrap().contains("6.0 MB"));
    assert_eq!(not_a_csv(HEADER.as_bytes()), None);
    assert_eq!(messages(""), ["The file is empty."]);
    assert_eq!(messages("name,value\nx,1\n"), ["line 1: the header has no indicator, area, period, period_end, source, note columns (expected indicator,area,period,period_end,value,source,note)"]);
}

#[test]
fn only_the_first_ten_thousand_rows_are_read_and_that_is_said() {
    let mut text = format!("{HEADER}\n");
    for i in 0..(MAX_ROWS + 5) {
        text.push_str(&format!("CPP_rate,Leeds,Q{i},2024-06-30,{i},,\n"));
    }
    let own = read(&text);
    assert_eq!(own.file.figures.len(), MAX_ROWS);
    assert_eq!(own.problems.iter().map(ToString::to_string).collect::<Vec<_>>(), [format!("The file has {} rows; the first 10000 were read.", MAX_ROWS + 5)]);
}

#[test]
fn values_and_dates_as_spreadsheets_write_them() {
    assert_eq!(parse_value("1,234.5"), Some(1234.5));
    assert_eq!(parse_value(" 12.5% "), Some(12.5));
    assert_eq!(parse_value("-3"), Some(-3.0));
    for bad in ["", "4x.1", "n/a", "1e400", "inf", "NaN", "£5"] {
        assert_eq!(parse_value(bad), None, "{bad}");
    }
    assert_eq!(parse_date("2024-02-29"), Some((2024, 2, 29)));
    assert_eq!(parse_date("29/02/2024"), Some((2024, 2, 29)));
    for bad in ["2023-02-29", "31/04/2024", "2024-13-01", "24-03-31", "", "2024/03", "3000-01-01"] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
    assert_eq!(split_records("a,\"b\"\"c\",d\r\n1,2,3").iter().map(|r| r.1.clone()).collect::<Vec<_>>(), [vec!["a", "b\"c", "d"], vec!["1", "2", "3"]]);
}

#[test]
fn saved_sets_merge_with_the_bundled_figures_without_mixing_their_documents() {
    use childstats::data::own_sets::merge;
    let a = read(&format!("{HEADER}\nCPP_rate,Leeds,Q1,2024-06-30,40,Board A,\n"));
    let b = read(&format!("{HEADER}\nCPP_rate,Leeds,Q2,2024-09-30,41,Board B,\n"));
    let merged = merge(&[&a.file, &b.file]);
    assert_eq!(merged.figures.len(), 2);
    let titles: Vec<&str> = merged.figures.iter().map(|f| merged.documents.iter().find(|d| d.id == f.document).unwrap().title.as_str()).collect();
    assert_eq!(titles, ["Board A", "Board B"]);
}

#[test]
fn stored_sets_round_trip_and_another_schema_is_refused_in_words() {
    use childstats::data::own_sets::{StoredSet, StoredSets, STORED_SCHEMA};
    let sets = StoredSets { schema: STORED_SCHEMA, sets: vec![StoredSet { name: "Leeds, June".into(), saved: "2 December 2026".into(), csv: format!("{HEADER}\n\"a,b\"\n") }] };
    assert_eq!(StoredSets::from_json(&sets.to_json()), Ok(sets));
    assert!(StoredSets::from_json(r#"{"schema":2,"sets":[]}"#).unwrap_err().contains("another version"));
    assert!(StoredSets::from_json("not json").unwrap_err().contains("could not be read"));
}

#[test]
fn decimals_are_read_exactly_as_written() {
    for (text, value) in [("0", 0.0), ("41.2", 41.2), ("-0.5", -0.5), (".5", 0.5), ("5.", 5.0), ("+3", 3.0), ("007.10", 7.1), ("1234567.891", 1234567.891), ("0.1", 0.1), ("100", 100.0)] {
        assert_eq!(parse_value(text), Some(value), "{text}");
    }
    assert_eq!(parse_value("0.3333333333333333333333"), Some(0.333_333_333_333_333_3));
    for bad in [".", "-", "+", "1.2.3", "1e5", "--1", "1-"] {
        assert_eq!(parse_value(bad), None, "{bad}");
    }
}

#[test]
fn a_measure_of_the_councils_own_may_be_for_a_region_england_or_a_named_comparison_and_undated() {
    let text = format!(
        "{HEADER},section,other_area,measure_name,definition\n\
        visits,Leeds,Q1,2024-06-30,12,Board (2024),\"12 visits\",Table 3,,Visits,Home visits in the quarter.\n\
        visits,Yorkshire and the Humber,Q1,2024-06-30,10,Board (2024),,,,,\n\
        visits,England,not stated,,9,Board (2024),,,,,\n\
        visits,,not stated,,11,Board (2024),,,Statistical neighbour average,,\n\
        visits,Leds,Q1,2024-06-30,1,,,,,,\n\
        visits,Leeds,Q1,2024-06-30,1,,,,Statistical neighbour average,,\n\
        CPP_rate,,Q1,2024-06-30,40,,,,Statistical neighbour average,,\n\
        CPP_rate,Leeds,not stated,,40,,,,,,\n"
    );
    let own = read(&text);
    let f = |i: usize| &own.file.figures[i];
    assert_eq!(own.file.figures.len(), 4);
    assert_eq!((f(0).section.as_str(), f(0).quote.as_str()), ("Table 3", "12 visits"));
    assert_eq!(own.file.local_indicators[0].definition, "Home visits in the quarter.");
    assert_eq!((f(1).area_code, f(2).area_code, f(2).period_end.as_deref(), f(2).year), (Some(982), Some(970), None, None));
    assert_eq!((f(3).area.as_str(), f(3).area_code), ("Statistical neighbour average", None));
    assert_eq!(
        messages(&text),
        [
            "line 6: no council called \u{2018}Leds\u{2019} (give its name or DfE LA number, e.g. Leeds or 383; or a region, England, or in other_area any other comparison)",
            "line 7: give the area or other_area, not both",
            "line 8: other_area is for a measure of your own; a published indicator\u{2019}s figure needs its council in the area column",
            "line 9: no period end (a date such as 2025-09-30 or 30/09/2025)",
        ]
    );
    // Written back, the comparison and the undated figure read the same.
    assert_eq!(read(&write_own_figures(&own.file)).file, own.file);
}
