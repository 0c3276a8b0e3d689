//! Pure functions from the model to files people keep: JSON (`json`), rubric share links
//! (`link`), and a scorecard as HTML (`html`) or Markdown (`markdown`), the library as CSV (`csv`),
//! and a comparison of candidates as CSV or HTML (`compare`).

pub mod compare;
pub mod csv;
mod facts;
pub mod html;
pub mod json;
pub mod link;
pub mod markdown;
