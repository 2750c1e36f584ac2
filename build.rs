//! Rebuild when a Fluent file changes: `static_loader!` embeds `locales/`
//! at compile time, and cargo does not see files a macro reads.
fn main() {
    println!("cargo:rerun-if-changed=locales");
}
