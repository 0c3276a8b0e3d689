//! Thin Leptos components over the model, one folder per screen:
//!
//! - [`app`]: the shell (contexts, top navigation, which screen shows, shared links);
//! - [`scorecard`]: the open scorecard during and after the call;
//! - [`library`]: the start page, a new scorecard and the list of stored ones, import;
//! - [`compare`]: candidates side by side, calibration;
//! - [`rubrics`]: the rubric shelf, the editor, incoming rubrics and share links;
//! - [`recovered`]: the Recovered data view, backups of what could not be read;
//! - [`embed`]: the "Embed in a wiki" panel;
//! - [`common`]: pieces every screen uses (buttons, notices, files, clipboard, the score scale,
//!   selection, paging) and `common::hooks`, one `use_*` per file;
//! - [`state`]: the typed contexts, each owning one concern and changed only through its methods.

pub mod app;
pub mod common;
pub mod compare;
pub mod embed;
pub mod library;
pub mod recovered;
pub mod rubrics;
pub mod scorecard;
pub mod state;

pub use app::App;
