//! `cargo run --release -p fuzz -- TARGET [SECONDS]`: fuzz `dataset`, `url` or `own-figures`
//! for a fixed time (default 600 s) and print the number of inputs tried.

use std::process::ExitCode;
use std::time::{Duration, Instant};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let target = args.first().map(String::as_str).unwrap_or("url");
    let seconds: u64 = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(600);
    let start = Instant::now();
    match fuzz::run_for(target, Duration::from_secs(seconds)) {
        Ok(n) => {
            let elapsed = start.elapsed().as_secs_f64();
            println!("fuzz {target}: {n} inputs in {elapsed:.0} s ({:.0}/s), no failure", n as f64 / elapsed);
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("fuzz failure: {e}");
            ExitCode::FAILURE
        }
    }
}
