//! Finding indicators by the words people use.

use crate::data::{Catalogue, Indicator};
use crate::order;

/// Words people type and the abbreviations LAIT's names and codes use.
const SYNONYMS: &[(&str, &[&str])] = &[
    ("looked after", &["lac", "cla", "care"]),
    ("in care", &["looked", "lac", "cla"]),
    ("child protection", &["cpp", "protection"]),
    ("children in need", &["cin"]),
    ("suspension", &["exclusion", "excluded", "fixed"]),
    ("exclusion", &["suspension", "excluded"]),
    ("absence", &["absent", "absences"]),
    ("neet", &["education, employment or training", "not in education"]),
    ("youth justice", &["offending", "yjs", "first time entrants"]),
];

fn words(text: &str) -> Vec<String> {
    text.to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// How well one query word matches a field's words: whole word 2, prefix 1.
fn word_score(query: &str, field: &[String]) -> u32 {
    field.iter().map(|w| if w == query { 2 } else if w.starts_with(query) { 1 } else { 0 }).max().unwrap_or(0)
}

/// Indicators matching every word of `query` (or a synonym of it), best first.
/// Name matches count most, then topic and code, then the definition.
pub fn search_indicators<'a>(catalogue: &'a Catalogue, query: &str, limit: usize) -> Vec<&'a Indicator> {
    let query_lower = query.trim().to_ascii_lowercase();
    let query_words = words(&query_lower);
    if query_words.is_empty() {
        return Vec::new();
    }
    let synonyms: Vec<&str> = SYNONYMS
        .iter()
        .filter(|(phrase, _)| query_lower.contains(phrase))
        .flat_map(|(_, alts)| alts.iter().copied())
        .collect();
    let mut scored: Vec<(u32, &Indicator)> = catalogue
        .indicators()
        .iter()
        .filter_map(|ind| {
            let name = words(&ind.name);
            let topic = words(&ind.topic);
            let code = words(&ind.code.as_str().replace('_', " "));
            let definition = words(&ind.definition);
            let mut score = 0;
            for q in &query_words {
                let s = 6 * word_score(q, &name) + 3 * word_score(q, &topic).max(word_score(q, &code)) + word_score(q, &definition);
                if s == 0 {
                    // A word that matches nowhere may still match through a synonym.
                    let via_synonym = synonyms.iter().any(|syn| {
                        words(syn).iter().all(|w| word_score(w, &name) + word_score(w, &code) + word_score(w, &topic) > 0)
                    });
                    if !via_synonym {
                        return None;
                    }
                    score += 2;
                } else {
                    score += s;
                }
            }
            if ind.name.to_ascii_lowercase().contains(&query_lower) {
                score += 10; // the whole phrase in the name
            }
            Some((score, ind))
        })
        .collect();
    order::sort_by(&mut scored, |(a, x), (b, y)| b.cmp(a).then(x.name.len().cmp(&y.name.len())).then(x.code.cmp(&y.code)));
    scored.into_iter().take(limit).map(|(_, i)| i).collect()
}
