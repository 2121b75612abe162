fn main() -> std::process::ExitCode {
    redraft::cli::main()
}
