//! Pieces every screen uses: item buttons, the notices banner, files in and out, the 1-5 score
//! scale and its level anchors, the browser clock, note hints, and the `use_*` hooks.

pub mod anchors;
pub mod clipboard;
pub mod clock;
pub mod files;
pub mod focus;
pub mod hooks;
pub mod item_button;
pub mod kits;
pub mod lazy;
pub mod note_hint;
pub mod notices;
pub mod paging;
pub mod scale;
pub mod selection;
pub mod takeover;
pub mod task;
pub mod undo;
