//! Pure functions from the model to files people keep: today JSON, and rubric share links
//! (`link`); HTML, Markdown and CSV come with the library and exports issue.

pub mod json;
pub mod link;
