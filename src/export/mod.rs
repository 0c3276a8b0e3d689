//! Pure functions from the model to files people keep: today JSON; HTML, Markdown and CSV
//! come with the library and exports issue.

pub mod json;
