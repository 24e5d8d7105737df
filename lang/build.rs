//! Build script: generates the parser from `src/grammar.lalrpop` with lalrpop (nothing else).

fn main() {
    // Runs lalrpop only when the grammar changed; a grammar error fails the build with
    // lalrpop's report.
    if let Err(error) = lalrpop::Configuration::new().use_cargo_dir_conventions().emit_rerun_directives(true).process()
    {
        eprintln!("{error}");
        std::process::exit(1);
    }
}
