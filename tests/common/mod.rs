//! Helpers shared by the browser test files: `dom` acts on and reads the page, `fixtures` gives
//! the data and storage the tests start from and check.
#![allow(dead_code)]

pub mod dom;
pub mod fixtures;
