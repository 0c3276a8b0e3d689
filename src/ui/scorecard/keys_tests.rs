//! Tests of `keys.rs`, kept apart so the module reads in one sitting.
use super::*;
use Context as C;

fn on(key: &str, context: Context) -> Option<Action> {
    action_for(&Press::key(key), context)
}

const TYPING: &[&str] = &[
    "1",
    "0",
    "j",
    "k",
    "n",
    " ",
    "a",
    "r",
    "d",
    "E",
    "x",
    "?",
    "f",
    "ArrowDown",
];

#[test]
fn nothing_fires_while_typing_but_esc_and_the_stamp() {
    for key in TYPING {
        assert_eq!(on(key, C::Text), None, "{key}");
    }
    assert_eq!(on("Escape", C::Text), Some(Action::LeaveField));
    assert_eq!(on("Tab", C::Text), Some(Action::TabFromText));
    let alt_t = Press {
        code: "KeyT",
        alt: true,
        ..Press::key("†")
    };
    assert_eq!(
        action_for(&alt_t, C::Text),
        Some(Action::Stamp),
        "by code: Alt+T is † on a Mac"
    );
    assert_eq!(action_for(&alt_t, C::Item), None);
}

#[test]
fn no_shortcut_fires_in_a_menu_or_a_dialog() {
    for key in TYPING.iter().filter(|k| **k != "ArrowDown") {
        assert_eq!(on(key, C::Menu), None, "{key} in a menu");
        assert_eq!(on(key, C::Dialog), None, "{key} in a dialog");
    }
}

#[test]
fn only_number_keys_and_zero_change_a_score_and_arrows_never_do() {
    for context in Context::ALL {
        for key in [
            "ArrowDown",
            "ArrowUp",
            "ArrowLeft",
            "ArrowRight",
            "Home",
            "End",
            " ",
            "Enter",
        ] {
            let a = on(key, context);
            assert!(
                !matches!(a, Some(Action::Score(_)) | Some(Action::ClearScore)),
                "{key} {context:?}"
            );
        }
    }
    assert_eq!(on("4", C::Score), Some(Action::Score(4)));
    assert_eq!(on("0", C::Item), Some(Action::ClearScore));
    assert_eq!(on("-", C::Item), Some(Action::NoEvidence));
    assert_eq!(on("-", C::Score), Some(Action::NoEvidence));
    assert_eq!(on("-", C::Text), None, "a dash in notes is typing");
    assert_eq!(on("6", C::Item), None);
    // On a score option the arrows are taken from the radio, so the browser cannot move
    // the choice: up and down go between items, left and right do nothing.
    assert_eq!(on("ArrowDown", C::Score), Some(Action::Next));
    assert_eq!(on("ArrowUp", C::Score), Some(Action::Previous));
    assert_eq!(on("ArrowLeft", C::Score), Some(Action::Ignore));
    assert_eq!(on("ArrowRight", C::Score), Some(Action::Ignore));
}

#[test]
fn controls_keep_their_own_arrows_space_and_enter() {
    assert_eq!(on("ArrowDown", C::Choice), None);
    assert_eq!(on(" ", C::Choice), None);
    assert_eq!(on(" ", C::Button), None);
    assert_eq!(
        on(" ", C::Score),
        None,
        "space chooses the focused option, explicitly"
    );
    assert_eq!(on("Enter", C::Button), None);
    assert_eq!(on(" ", C::Item), Some(Action::AnswerTimer));
    assert_eq!(on("j", C::Choice), Some(Action::Next));
    assert_eq!(on("J", C::Item), None);
}

#[test]
fn the_menu_button_and_the_menu_follow_the_aria_pattern() {
    for key in ["Enter", " ", "ArrowDown"] {
        assert_eq!(on(key, C::MenuButton), Some(Action::OpenMenu), "{key}");
    }
    assert_eq!(on("ArrowUp", C::MenuButton), Some(Action::OpenMenuAtLast));
    assert_eq!(on("ArrowDown", C::Menu), Some(Action::MenuNext));
    assert_eq!(on("ArrowUp", C::Menu), Some(Action::MenuPrevious));
    assert_eq!(on("Home", C::Menu), Some(Action::MenuFirst));
    assert_eq!(on("End", C::Menu), Some(Action::MenuLast));
    assert_eq!(on("Escape", C::Menu), Some(Action::CloseMenu));
    assert_eq!(on("Tab", C::Menu), Some(Action::MenuTab));
    assert_eq!(
        on("Enter", C::Menu),
        None,
        "Enter activates the item itself"
    );
}

#[test]
fn dialogs_close_on_esc_and_keep_tab_inside() {
    assert_eq!(on("Escape", C::Dialog), Some(Action::CloseDialog));
    assert_eq!(
        on("Tab", C::Dialog),
        Some(Action::DialogTab { back: false })
    );
    let back = Press {
        shift: true,
        ..Press::key("Tab")
    };
    assert_eq!(
        action_for(&back, C::Dialog),
        Some(Action::DialogTab { back: true })
    );
}

#[test]
fn browser_chords_stay_the_browsers() {
    for context in Context::ALL {
        let ctrl = Press {
            ctrl: true,
            ..Press::key("j")
        };
        assert_eq!(action_for(&ctrl, context), None);
        let alt = Press {
            alt: true,
            code: "KeyJ",
            ..Press::key("j")
        };
        assert_eq!(action_for(&alt, context), None);
    }
}

#[test]
fn every_sheet_row_does_what_it_says() {
    for row in SHEET {
        assert_eq!(
            action_for(&row.press, sheet_context(row)),
            Some(row.action),
            "{}",
            row.keys
        );
    }
}

#[test]
fn docs_keyboard_md_holds_the_sheet_and_the_whole_table() {
    let doc = include_str!("../../../docs/KEYBOARD.md");
    for row in SHEET {
        let line = format!("| `{}` | {} |", row.keys, row.what);
        assert!(
            doc.contains(&line),
            "docs/KEYBOARD.md lacks the sheet row:\n{line}"
        );
    }
    let table = matrix();
    assert!(
        doc.contains(&table),
        "docs/KEYBOARD.md must hold the key table as the code has it:\n\n{table}"
    );
}
