//! Robustness: the parser must return (never panic, loop or overflow its stack) on any input.
//! Every Python file of the repository's corpora is parsed whole, truncated at many points
//! and mutated token by token (deleted, duplicated, swapped, a bracket or keyword inserted).
//!
//! Invariant: the mutations are deterministic (a fixed-seed xorshift), so a failure reproduces.

use lang::SourceFile;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

/// Parses and reports a panic as a test failure naming the input.
fn parse_must_return(text: &str, what: &str) {
    let file = SourceFile::new("fuzz.py", text.to_string());
    let result = catch_unwind(AssertUnwindSafe(|| {
        let _ = lang::parse(&file);
    }));
    assert!(result.is_ok(), "the parser panicked on {what}:\n{text}");
}

fn python_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            python_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn corpus() -> Vec<PathBuf> {
    let lang_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    python_files(&lang_dir.join("tests/parse"), &mut files);
    python_files(&lang_dir.join("../tests/programs"), &mut files);
    python_files(&lang_dir.join("../examples"), &mut files);
    let shared = lang_dir.join("../../shared/bench/py");
    if shared.is_dir() {
        python_files(&shared, &mut files);
    } else {
        println!("note: {} is absent; its programs are not fuzzed", shared.display());
    }
    files
}

struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// A crude tokenization, good enough to mutate at token boundaries: runs of identifier
/// characters, runs of blanks, line breaks, and single other characters.
fn rough_tokens(text: &str) -> Vec<&str> {
    let mut tokens = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let class = |c: char| {
            if c.is_alphanumeric() || c == '_' {
                0
            } else if c == ' ' || c == '\t' {
                1
            } else {
                2
            }
        };
        let k = class(c);
        let mut end = i + c.len_utf8();
        if k != 2 {
            while let Some(&(j, d)) = chars.peek() {
                if class(d) != k {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
        }
        tokens.push(&text[start.max(i)..end]);
        start = end;
    }
    tokens
}

const INSERTIONS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "if", "else", "def", "lambda", "yield", "*", "**", ":", "=", ",", "\n", "    ", "\"",
    "'''", "f\"{", "\\", "not", "for", "in", "@", "async", "...", "0x", "1e", ";", "\t",
];

#[test]
fn parser_never_panics_on_truncations_and_mutations() {
    let files = corpus();
    let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
    let mut n_parses = 0;
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        parse_must_return(&text, &path.display().to_string());
        // About 40 truncations per file, at character boundaries.
        let step = (text.len() / 40).max(1);
        let mut cut = 0;
        while cut < text.len() {
            if text.is_char_boundary(cut) {
                parse_must_return(&text[..cut], &format!("{} cut at {cut}", path.display()));
                n_parses += 1;
            }
            cut += step;
        }
        let tokens = rough_tokens(&text);
        if tokens.is_empty() {
            continue;
        }
        for round in 0..120 {
            let mut mutated: Vec<&str> = tokens.clone();
            let at = rng.below(mutated.len());
            match round % 4 {
                0 => {
                    mutated.remove(at);
                }
                1 => mutated.insert(at, tokens[at]),
                2 => {
                    if at + 1 < mutated.len() {
                        mutated.swap(at, at + 1);
                    }
                }
                _ => mutated.insert(at, INSERTIONS[rng.below(INSERTIONS.len())]),
            }
            let source = mutated.concat();
            parse_must_return(&source, &format!("{} mutation {round}", path.display()));
            n_parses += 1;
        }
    }
    println!("{} files, {n_parses} mutated or truncated inputs parsed", files.len());
}

#[test]
fn parser_never_panics_on_hostile_inputs() {
    let inputs = [
        String::new(),
        "\n\n\n".into(),
        "\\".into(),
        "\\\n".into(),
        "\u{feff}".into(),
        "x = '\\".into(),
        "f'{".into(),
        "f'{x!".into(),
        "f'{x:".into(),
        "f'{x:{".into(),
        "f'{x=".into(),
        "f\"{'".into(),
        "'''".into(),
        "r'\\".into(),
        "0x".into(),
        "1_".into(),
        "\"\\x".into(),
        "\"\\u12".into(),
        "\"\\U".into(),
        "\r\r\r".into(),
        "\t\tx\n  y\n".into(),
        "\x0cx = 1\n".into(),
        "def f(".into(),
        "class".into(),
        "@".into(),
        "lambda".into(),
        "(".repeat(10_000),
        ")".repeat(10_000),
        "[".repeat(199) + &"{".repeat(10),
        "f'{".repeat(1_000),
        "f\"{f'{f\"{f'{x}'}\"}'}\"".into(),
        "if x:\n".repeat(1_000),
        (0..200).map(|i| format!("{}if x:\n", " ".repeat(i))).collect(),
        "x = ".to_string() + &"-".repeat(1_000_000) + "1",
        "x = ".to_string() + &"a.".repeat(100_000) + "b",
        "x".repeat(100_000),
        "\"".repeat(10_001),
        "\u{0}\u{1}\u{7f}\u{80}\u{fffd}".into(),
    ];
    for input in &inputs {
        let what: String = input.chars().take(40).collect();
        parse_must_return(input, &format!("{what:?}…"));
    }
}
