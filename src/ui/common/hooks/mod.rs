//! `use_*` hooks, one per file.

mod use_clock;
mod use_shortcuts;

pub use use_clock::{provide_clock, use_clock, use_now};
pub use use_shortcuts::{use_shortcuts, Target};
