//! Link the `claimkit` executable at a fixed address on Linux (`-no-pie`). A
//! position-independent executable of this size carries about 100,000 relative
//! relocations that the loader applies at every start, touching some 550 pages of
//! read-only data before `main` (1.3 M instructions, most of `claimkit --version`); a
//! fixed-address one needs none. The libraries, tests and the Python extension are
//! linked as before.

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    if var("CARGO_CFG_TARGET_OS") == "linux" && var("CARGO_CFG_TARGET_ENV") == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
