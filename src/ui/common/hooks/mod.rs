//! `use_*` hooks, one per file.

mod use_clock;
mod use_shortcuts;

pub use use_clock::{provide_clock, use_clock, use_now};
pub use use_shortcuts::{context_of, use_shortcuts, with_press, Context, Press};
