//! Keyboard-first scoring: which key does what, and never while typing. Pure, so the rules are
//! unit-tested natively; `cursor.rs` carries the actions out.

pub use crate::ui::common::hooks::Target;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shortcut {
    Score(u8),
    Next,
    Previous,
    Notes,
    ToggleAnswer,
    Help,
    FocusMode,
    Escape,
}

/// The shortcut for a key (`KeyboardEvent.key`) pressed on `target`, if any. Modifier
/// combinations are the browser's and never reach here.
pub fn shortcut_for(key: &str, target: Target) -> Option<Shortcut> {
    if target == Target::Text {
        return None;
    }
    let arrows_free = target != Target::Choice;
    match key {
        "1" | "2" | "3" | "4" | "5" => key.parse().ok().map(Shortcut::Score),
        "j" => Some(Shortcut::Next),
        "k" => Some(Shortcut::Previous),
        "ArrowDown" if arrows_free => Some(Shortcut::Next),
        "ArrowUp" if arrows_free => Some(Shortcut::Previous),
        "n" => Some(Shortcut::Notes),
        " " if target == Target::Other => Some(Shortcut::ToggleAnswer),
        "?" => Some(Shortcut::Help),
        "f" => Some(Shortcut::FocusMode),
        "Escape" => Some(Shortcut::Escape),
        _ => None,
    }
}

/// The sheet shown by `?`: key and what it does.
pub const SHEET: &[(&str, &str)] = &[
    ("1 – 5", "Score the current question or criterion"),
    ("j / ↓", "Next question or criterion"),
    ("k / ↑", "Previous question or criterion"),
    ("n", "Write notes on the current one"),
    ("Space", "Start or pause the current answer timer"),
    (
        "f",
        "Focus mode: one question at a time, or back to the full scorecard",
    ),
    ("?", "Show or hide these shortcuts"),
    ("Esc", "Close this sheet, or leave focus mode"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_fires_while_typing() {
        for key in ["1", "j", "n", " ", "?", "f", "Escape", "ArrowDown"] {
            assert_eq!(shortcut_for(key, Target::Text), None, "{key}");
        }
    }

    #[test]
    fn digits_score_and_letters_move() {
        assert_eq!(shortcut_for("4", Target::Other), Some(Shortcut::Score(4)));
        assert_eq!(shortcut_for("6", Target::Other), None);
        assert_eq!(shortcut_for("0", Target::Other), None);
        assert_eq!(shortcut_for("j", Target::Choice), Some(Shortcut::Next));
        assert_eq!(shortcut_for("k", Target::Button), Some(Shortcut::Previous));
        assert_eq!(shortcut_for("n", Target::Other), Some(Shortcut::Notes));
        assert_eq!(shortcut_for("J", Target::Other), None);
    }

    #[test]
    fn arrows_and_space_keep_their_native_meaning_on_controls() {
        assert_eq!(
            shortcut_for("ArrowDown", Target::Other),
            Some(Shortcut::Next)
        );
        assert_eq!(shortcut_for("ArrowDown", Target::Choice), None);
        assert_eq!(
            shortcut_for("ArrowUp", Target::Button),
            Some(Shortcut::Previous)
        );
        assert_eq!(
            shortcut_for(" ", Target::Other),
            Some(Shortcut::ToggleAnswer)
        );
        assert_eq!(shortcut_for(" ", Target::Button), None);
        assert_eq!(shortcut_for(" ", Target::Choice), None);
        assert_eq!(shortcut_for("4", Target::Choice), Some(Shortcut::Score(4)));
    }
}
