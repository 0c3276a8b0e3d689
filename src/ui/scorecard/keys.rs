//! The keyboard model: every key in every context, in one pure function ([`action_for`]),
//! unit-tested natively. The shortcut sheet ([`SHEET`]) and docs/KEYBOARD.md (its rows and
//! the whole key-by-context table, [`matrix`]) are held equal to it by tests; `cursor.rs`,
//! the Export menu and `common::focus::Dialog` carry the actions out.

pub use crate::ui::common::hooks::{Context, Press};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Score the current item (1-5).
    Score(u8),
    ClearScore,
    /// Mark the current criterion "no evidence".
    NoEvidence,
    Next,
    Previous,
    Notes,
    /// Start or pause the current question's answer timer.
    AnswerTimer,
    /// Mark the current question asked. Until the model records "asked" apart from the
    /// timer, this starts or pauses the answer timer (a started timer is what marks it asked).
    MarkAsked,
    RedFlags,
    Recommendation,
    EndCall,
    Export,
    FocusMode,
    Help,
    /// Close the shortcut sheet, else leave focus mode.
    Escape,
    /// Swallow the key: arrows on a score option must not change the score.
    Ignore,
    /// Leave a text field for its item; the text stays.
    LeaveField,
    /// Insert the call clock `[mm:ss]` at the text cursor.
    Stamp,
    /// Tab out of a text field: focus moves as usual, the current item does not.
    TabFromText,
    OpenMenu,
    OpenMenuAtLast,
    MenuNext,
    MenuPrevious,
    MenuFirst,
    MenuLast,
    /// Close the menu, focus back on its button.
    CloseMenu,
    /// Tab out of the menu: it closes and focus moves on as usual.
    MenuTab,
    CloseDialog,
    /// Tab inside a dialog: wraps from the last control to the first (`back`: the reverse).
    DialogTab {
        back: bool,
    },
}

impl Action {
    /// Whether the key keeps its browser meaning after the action runs (it only observes).
    pub fn passes_through(self) -> bool {
        matches!(
            self,
            Action::TabFromText | Action::MenuTab | Action::DialogTab { .. }
        )
    }
}

/// The action for `press` in `context`, if any. Shortcuts never fire while typing, inside a
/// menu or inside a dialog; Ctrl, Meta and Alt chords stay the browser's except Alt+T in a
/// text field.
pub fn action_for(press: &Press, context: Context) -> Option<Action> {
    use Action::*;
    use Context as C;
    if press.ctrl {
        return None;
    }
    if press.alt {
        return (context == C::Text && press.code == "KeyT").then_some(Stamp);
    }
    let key = press.key;
    match context {
        C::Text => match key {
            "Escape" => Some(LeaveField),
            "Tab" if !press.shift => Some(TabFromText),
            _ => None,
        },
        C::Dialog => match key {
            "Escape" => Some(CloseDialog),
            "Tab" => Some(DialogTab { back: press.shift }),
            _ => None,
        },
        C::Menu => match key {
            "ArrowDown" => Some(MenuNext),
            "ArrowUp" => Some(MenuPrevious),
            "Home" => Some(MenuFirst),
            "End" => Some(MenuLast),
            "Escape" => Some(CloseMenu),
            "Tab" => Some(MenuTab),
            _ => None,
        },
        C::MenuButton if matches!(key, "Enter" | " " | "ArrowDown") => Some(OpenMenu),
        C::MenuButton if key == "ArrowUp" => Some(OpenMenuAtLast),
        C::MenuButton if key == "Escape" => Some(CloseMenu),
        _ => shortcut(key, context),
    }
}

/// The single-key shortcuts, on an item, a score option, a choice, a button or the menu button.
fn shortcut(key: &str, context: Context) -> Option<Action> {
    use Action::*;
    use Context as C;
    // Arrows move between items except where a control owns them: a recommendation radio or
    // a checkbox. On a score option they move too, so they can never change the score.
    let arrows_move = matches!(context, C::Item | C::Score | C::Button);
    match key {
        "1" | "2" | "3" | "4" | "5" => key.parse().ok().map(Score),
        "0" => Some(ClearScore),
        "-" => Some(NoEvidence),
        "j" => Some(Next),
        "k" => Some(Previous),
        "ArrowDown" if arrows_move => Some(Next),
        "ArrowUp" if arrows_move => Some(Previous),
        "ArrowLeft" | "ArrowRight" if context == C::Score => Some(Ignore),
        "n" => Some(Notes),
        " " if context == C::Item => Some(AnswerTimer),
        "a" => Some(MarkAsked),
        "r" => Some(RedFlags),
        "d" => Some(Recommendation),
        "E" => Some(EndCall),
        "x" => Some(Export),
        "f" => Some(FocusMode),
        "?" => Some(Help),
        "Escape" => Some(Escape),
        _ => None,
    }
}

/// One row of the shortcut sheet: the keys as shown, one press that does it, and what it does.
pub struct SheetRow {
    pub keys: &'static str,
    pub press: Press<'static>,
    pub action: Action,
    pub what: &'static str,
}

const fn row(
    keys: &'static str,
    key: &'static str,
    action: Action,
    what: &'static str,
) -> SheetRow {
    SheetRow {
        keys,
        press: Press {
            key,
            code: "",
            shift: false,
            alt: false,
            ctrl: false,
        },
        action,
        what,
    }
}

/// The call-stamp chord, by key position (`t`; `†` on a Mac).
const ALT_T: Press<'static> = Press {
    key: "t",
    code: "KeyT",
    shift: false,
    alt: true,
    ctrl: false,
};

/// The sheet shown by `?` and at the top of docs/KEYBOARD.md.
pub const SHEET: &[SheetRow] = &[
    row(
        "1 – 5",
        "4",
        Action::Score(4),
        "Score the current question or criterion",
    ),
    row("0", "0", Action::ClearScore, "Clear the current score"),
    row(
        "-",
        "-",
        Action::NoEvidence,
        "No evidence for the current criterion",
    ),
    row("j / ↓", "j", Action::Next, "Next question or criterion"),
    row(
        "k / ↑",
        "k",
        Action::Previous,
        "Previous question or criterion",
    ),
    row("n", "n", Action::Notes, "Write notes on the current one"),
    row(
        "Esc",
        "Escape",
        Action::LeaveField,
        "In notes: back to the card, text kept",
    ),
    SheetRow {
        keys: "Alt+T",
        press: ALT_T,
        action: Action::Stamp,
        what: "In notes: insert the call time [mm:ss]",
    },
    row(
        "Space",
        " ",
        Action::AnswerTimer,
        "Start or pause the current answer timer",
    ),
    row(
        "a",
        "a",
        Action::MarkAsked,
        "Mark the current question asked, or not asked again",
    ),
    row("r", "r", Action::RedFlags, "Go to the red flags"),
    row("d", "d", Action::Recommendation, "Go to the recommendation"),
    row("Shift+E", "E", Action::EndCall, "End the call"),
    row("x", "x", Action::Export, "Open the Export menu"),
    row(
        "f",
        "f",
        Action::FocusMode,
        "Focus mode: one item at a time, or back to the full scorecard",
    ),
    row("?", "?", Action::Help, "Show or hide these shortcuts"),
    row(
        "Esc",
        "Escape",
        Action::Escape,
        "Leave focus mode; close a menu or dialog",
    ),
];

/// Where a sheet row's action is looked up: the text-field rows in a text field.
pub fn sheet_context(row: &SheetRow) -> Context {
    match row.action {
        Action::LeaveField | Action::Stamp => Context::Text,
        _ => Context::Item,
    }
}

/// The keys the full table in docs/KEYBOARD.md lists, as shown and as pressed.
const KEYS: &[(&str, &str, bool)] = &[
    ("1 – 5", "3", false),
    ("0", "0", false),
    ("-", "-", false),
    ("j", "j", false),
    ("k", "k", false),
    ("↓", "ArrowDown", false),
    ("↑", "ArrowUp", false),
    ("← →", "ArrowLeft", false),
    ("Home", "Home", false),
    ("End", "End", false),
    ("n", "n", false),
    ("Space", " ", false),
    ("Enter", "Enter", false),
    ("a", "a", false),
    ("r", "r", false),
    ("d", "d", false),
    ("Shift+E", "E", true),
    ("x", "x", false),
    ("f", "f", false),
    ("?", "?", true),
    ("Esc", "Escape", false),
    ("Tab", "Tab", false),
    ("Shift+Tab", "Tab", true),
];

/// The whole key-by-context table as Markdown, from [`action_for`]; docs/KEYBOARD.md holds it.
pub fn matrix() -> String {
    let mut out = String::from("| key |");
    for c in Context::ALL {
        out.push_str(&format!(" {} |", c.label()));
    }
    out.push_str("\n| --- |");
    out.push_str(&" --- |".repeat(Context::ALL.len()));
    let presses = KEYS
        .iter()
        .map(|&(label, key, shift)| {
            (
                label,
                Press {
                    shift,
                    ..Press::key(key)
                },
            )
        })
        .chain([
            ("Alt+T", ALT_T),
            (
                "Ctrl+J",
                Press {
                    ctrl: true,
                    ..Press::key("j")
                },
            ),
        ]);
    for (label, press) in presses {
        out.push_str(&format!("\n| `{label}` |"));
        for c in Context::ALL {
            let cell = action_for(&press, c).map_or("–".to_string(), |a| format!("{a:?}"));
            out.push_str(&format!(" {cell} |"));
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
