//! `inwork`: the calculator on the command line, for advisers' batch work and for tests.
//!
//! Reads a household as JSON from a file or standard input and prints the calculation as JSON. Errors go to standard
//! error as JSON (`{"errors": [{"kind", "field", "message"}]}`) with a non-zero exit status: 1 for bad or unmodelled
//! input, 2 for a bad command line or an unreadable file.

use std::io::{Read, Write};
use std::process::ExitCode;

use calc_core::{report::Calculation, rules, Error, Language, RawHousehold};

const USAGE: &str = "\
usage:
  inwork [calculate] [FILE | -] [--rule-year YYYY-YY] [--lang en|cy]
                                                        calculate a household (JSON from FILE or standard input)
  inwork curve [FILE | -] [--adult N] [--hours H] [--max-hours H] [--current FILE] [--lang en|cy]
                                                        net income against hours, exactly, and the outlook at H
                                                        hours against the situation now (default: not working)
  --lang cy: the thresholds near, the warnings and the help named in Welsh
  inwork rules                                          list the rule sets built in
  inwork schema (input | output | curve | error)        print a JSON Schema
  inwork help                                           this text";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(text) => {
            // A reader that stops early (`inwork … | head`) closes the pipe: that is not an error of ours.
            let mut out = std::io::stdout().lock();
            match writeln!(out, "{text}") {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => ExitCode::from(2),
                _ => ExitCode::SUCCESS,
            }
        }
        Err(Failure::Input(e)) => {
            eprintln!("{}", to_json(&e));
            ExitCode::from(1)
        }
        Err(Failure::Usage(message)) => {
            eprintln!("{}", to_json(&Error::invalid("command line", message)));
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

enum Failure {
    Input(Error),
    Usage(String),
}

fn run(args: &[String]) -> Result<String, Failure> {
    let (command, rest) = match args.first().map(String::as_str) {
        Some(c @ ("calculate" | "curve" | "rules" | "schema" | "help" | "--help" | "-h")) => (c, &args[1..]),
        _ => ("calculate", args),
    };
    match command {
        "calculate" => calculate(rest),
        "curve" => curve(rest),
        "rules" => Ok(list_rules()),
        "schema" => schema(rest),
        _ => Ok(USAGE.to_string()),
    }
}

fn calculate(args: &[String]) -> Result<String, Failure> {
    let mut file = None;
    let mut rule_year = None;
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--rule-year" => match args.next() {
                Some(year) => rule_year = Some(year.clone()),
                None => return Err(Failure::Usage("--rule-year needs a year, e.g. 2026-27".into())),
            },
            "--lang" => calc_core::set_language(language(args.next())?),
            flag if flag.starts_with("--") => return Err(Failure::Usage(format!("unknown option {flag}"))),
            path if file.is_none() => file = Some(path.to_string()),
            extra => return Err(Failure::Usage(format!("unexpected argument {extra}"))),
        }
    }
    let text = read_input(file.as_deref())?;
    let mut raw = parse(&text)?;
    if rule_year.is_some() {
        raw.rule_year = rule_year;
    }
    let result: Calculation = calc_core::calculate(&raw).map_err(Failure::Input)?;
    Ok(to_json(&result))
}

fn curve(args: &[String]) -> Result<String, Failure> {
    let mut file = None;
    let mut current = None;
    let mut options = calc_core::CurveOptions::default();
    let mut args = args.iter();
    let number = |flag: &str, value: Option<&String>| -> Result<rust_decimal::Decimal, Failure> {
        let hours = value.and_then(|v| v.parse().ok()).and_then(|h| calc_core::Hours::new(h).ok());
        hours
            .map(calc_core::Hours::get)
            .ok_or_else(|| Failure::Usage(format!("{flag} needs a number of hours from 0 to 168")))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--adult" => {
                options.adult = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or_else(|| Failure::Usage("--adult needs 0 or 1".into()))?
            }
            "--hours" => options.hours = Some(number("--hours", args.next())?),
            "--lang" => calc_core::set_language(language(args.next())?),
            "--max-hours" => options.max_hours = Some(number("--max-hours", args.next())?),
            "--current" => {
                current = Some(args.next().ok_or_else(|| Failure::Usage("--current needs a file".into()))?.clone())
            }
            flag if flag.starts_with("--") => return Err(Failure::Usage(format!("unknown option {flag}"))),
            path if file.is_none() => file = Some(path.to_string()),
            extra => return Err(Failure::Usage(format!("unexpected argument {extra}"))),
        }
    }
    let raw = parse(&read_input(file.as_deref())?)?;
    let current = match current {
        Some(path) => Some(parse(&read_input(Some(&path))?)?),
        None => None,
    };
    let result = calc_core::curve(&raw, &options, current.as_ref()).map_err(Failure::Input)?;
    Ok(to_json(&result))
}

/// The language of `--lang`.
fn language(value: Option<&String>) -> Result<Language, Failure> {
    match value.map(String::as_str) {
        Some("en") => Ok(Language::En),
        Some("cy") => Ok(Language::Cy),
        _ => Err(Failure::Usage("--lang needs en or cy".into())),
    }
}

/// One household in JSON, and nothing after it but white space.
fn parse(text: &str) -> Result<RawHousehold, Failure> {
    let mut json = serde_json::Deserializer::from_str(text);
    let raw = calc_core::input::read(&mut json).map_err(Failure::Input)?;
    json.end().map_err(|e| Failure::Input(Error::invalid("", format!("text after the household: {e}"))))?;
    Ok(raw)
}

fn read_input(file: Option<&str>) -> Result<String, Failure> {
    match file {
        None | Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| Failure::Usage(format!("cannot read standard input: {e}")))?;
            Ok(text)
        }
        Some(path) => std::fs::read_to_string(path).map_err(|e| Failure::Usage(format!("cannot read {path}: {e}"))),
    }
}

fn list_rules() -> String {
    let sets: Vec<_> = rules::embedded().iter().map(calc_core::report::RuleSetUsed::of).collect();
    to_json(&sets)
}

fn schema(args: &[String]) -> Result<String, Failure> {
    let schema = match args.first().map(String::as_str) {
        Some("input") => schemars::schema_for!(RawHousehold),
        Some("output") => schemars::schema_for!(Calculation),
        Some("curve") => schemars::schema_for!(calc_core::CurveResult),
        Some("error") => schemars::schema_for!(Error),
        _ => return Err(Failure::Usage("schema needs one of: input, output, curve, error".into())),
    };
    Ok(to_json(&schema))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    // Serialising our own types to a string cannot fail: they hold no maps with non-string keys.
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"errors\":[{{\"message\":\"{e}\"}}]}}"))
}
