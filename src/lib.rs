//! Scorecard: an offline, in-browser scorecard for backend phone-screen interviews.
//!
//! `model` holds every rule in plain Rust; `export` turns the model into files; `storage` is the
//! only code that touches localStorage; `ui` is thin Leptos components over them.

pub mod export;
pub mod model;
pub mod panic;
pub mod rubrics;
pub mod storage;
pub mod ui;

pub use ui::App;
