//! Finding indicators by the words people use.

use crate::data::reported::{LocalIndicator, ReportedFile};
use crate::data::{Dataset, Indicator};
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

/// The words of a query, and the synonyms its phrases bring in.
struct Query {
    lower: String,
    words: Vec<String>,
    synonyms: Vec<&'static str>,
}

impl Query {
    fn new(text: &str) -> Option<Query> {
        let lower = text.trim().to_ascii_lowercase();
        let words = words(&lower);
        if words.is_empty() {
            return None;
        }
        let synonyms = SYNONYMS.iter().filter(|(phrase, _)| lower.contains(phrase)).flat_map(|(_, alts)| alts.iter().copied()).collect();
        Some(Query { lower, words, synonyms })
    }

    /// How well a measure matches every word of the query (or a synonym of
    /// it), or `None`. Name matches count most, then topic and code, then the
    /// definition.
    fn score(&self, name: &str, topic: &str, code: &str, definition: &str) -> Option<u32> {
        let (name_text, name) = (name, words(name));
        let topic = words(topic);
        let code = words(&code.replace('_', " "));
        let definition = words(definition);
        let mut score = 0;
        for q in &self.words {
            let s = 6 * word_score(q, &name) + 3 * word_score(q, &topic).max(word_score(q, &code)) + word_score(q, &definition);
            if s == 0 {
                // A word that matches nowhere may still match through a synonym.
                let via_synonym = self
                    .synonyms
                    .iter()
                    .any(|syn| words(syn).iter().all(|w| word_score(w, &name) + word_score(w, &code) + word_score(w, &topic) > 0));
                if !via_synonym {
                    return None;
                }
                score += 2;
            } else {
                score += s;
            }
        }
        if name_text.to_ascii_lowercase().contains(&self.lower) {
            score += 10; // the whole phrase in the name
        }
        Some(score)
    }
}

/// Best first: highest score, then the shorter name, then the code.
fn best<T>(mut scored: Vec<(u32, &T)>, name: impl Fn(&T) -> &str, code: impl Fn(&T) -> &str, limit: usize) -> Vec<&T> {
    order::sort_by(&mut scored, |(a, x), (b, y)| b.cmp(a).then(name(x).len().cmp(&name(y).len())).then(code(x).cmp(code(y))));
    scored.into_iter().take(limit).map(|(_, item)| item).collect()
}

/// Published indicators matching every word of `query`, best first. Their
/// definitions are searched once `about.json` has loaded (they are not in
/// the core); names, topics and codes always.
pub fn search_indicators<'a>(dataset: &'a Dataset, query: &str, limit: usize) -> Vec<&'a Indicator> {
    let Some(query) = Query::new(query) else { return Vec::new() };
    let definition = |ind: &Indicator| dataset.about(&ind.code).map_or("", |a| a.definition.as_str());
    let scored = dataset
        .catalogue
        .indicators()
        .iter()
        .filter_map(|ind| query.score(&ind.name, &ind.topic, ind.code.as_str(), definition(ind)).map(|s| (s, ind)))
        .collect();
    best(scored, |i| &i.name, |i| i.code.as_str(), limit)
}

/// Measures reported locally matching every word of `query`, best first,
/// found the same way as the published indicators.
pub fn search_local<'a>(reported: &'a ReportedFile, query: &str, limit: usize) -> Vec<&'a LocalIndicator> {
    let Some(query) = Query::new(query) else { return Vec::new() };
    let scored = reported
        .local_indicators
        .iter()
        .filter_map(|l| query.score(&l.name, "", &l.id, &l.definition).map(|s| (s, l)))
        .collect();
    best(scored, |l| &l.name, |l| &l.id, limit)
}
