//! CSV text into records, each with the line it starts on as in the file.

/// Splits CSV (comma or, if the header has tabs and no commas, tab
/// separated; quoted fields with doubled quotes and line breaks; CRLF or LF)
/// into records, each with the line it starts on.
pub fn split_records(text: &str) -> Vec<(usize, Vec<String>)> {
    let first_line = text.lines().next().unwrap_or("");
    let separator = if first_line.contains('\t') && !first_line.contains(',') { '\t' } else { ',' };
    let mut records = Vec::new();
    let (mut record, mut field) = (Vec::new(), String::new());
    let (mut line, mut start_line, mut quoted, mut at_field_start) = (1usize, 1usize, false, true);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if at_field_start => quoted = true,
            c if c == separator && !quoted => {
                record.push(std::mem::take(&mut field));
                at_field_start = true;
                continue;
            }
            '\r' if !quoted && chars.peek() == Some(&'\n') => {}
            '\n' | '\r' if !quoted => {
                record.push(std::mem::take(&mut field));
                records.push((start_line, std::mem::take(&mut record)));
                line += 1;
                start_line = line;
                at_field_start = true;
                continue;
            }
            c => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
        at_field_start = false;
    }
    if !field.is_empty() || !record.is_empty() {
        record.push(field);
        records.push((start_line, record));
    }
    records
}
