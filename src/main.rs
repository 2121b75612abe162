//! The `redraft` command: see the library for everything it does.

/// mimalloc rather than the system allocator: a big build makes and frees millions of small
/// strings from every thread, where glibc's allocator spent a tenth of the time (measured in
/// BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    redraft::cli::main()
}
