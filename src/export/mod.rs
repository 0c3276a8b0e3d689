//! Pure functions from the model to files people keep: JSON (`json`), rubric share links
//! (`link`), and a scorecard as HTML (`html`), Markdown (`markdown`) or plain text for an
//! applicant tracking system (`ats`), the library as CSV (`csv`),
//! and a comparison of candidates as CSV or HTML (`compare`). Each scorecard export lays out one
//! [`report::Report`], built once from the card; `text` holds the plain-text rules they share.

pub mod ats;
pub mod compare;
pub mod csv;
#[cfg(test)]
pub(crate) mod fixtures;
#[cfg(test)]
mod fuzz_tests;
pub mod html;
pub mod json;
pub mod link;
pub mod markdown;
pub mod report;
mod text;
