//! The notices context: messages shown in the banner until dismissed.

use crate::storage::StorageError;
use leptos::prelude::*;

/// A message shown in the banner until dismissed.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub tone: Tone,
    /// What the notice's button does, if it has one.
    pub action: Option<NoticeAction>,
    /// Data was moved to a backup key: the notice links to the Recovered data view.
    pub recovered: bool,
}

/// The button a notice may carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// A storage problem: save what this tab holds to a file.
    Export,
    /// Another tab's later edit replaced this tab's: put this tab's values back.
    KeepMine,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Info,
    Error,
}

impl Tone {
    pub fn as_str(self) -> &'static str {
        match self {
            Tone::Info => "info",
            Tone::Error => "error",
        }
    }

    /// Errors interrupt (alert); information waits its turn (status).
    pub fn role(self) -> &'static str {
        match self {
            Tone::Info => "status",
            Tone::Error => "alert",
        }
    }
}

/// The messages showing, in the order they came.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Notices {
    pub(crate) fn new() -> Self {
        Notices {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }

    /// The notices showing (tracked).
    pub fn list(&self) -> Vec<Notice> {
        self.list.get()
    }

    pub fn notify(&self, text: impl Into<String>, tone: Tone) {
        self.push(text.into(), tone, None);
    }

    /// A storage problem, with the offer to export what this tab holds.
    /// When the problem moved data to a backup key, the notice also opens Recovered data.
    pub fn report(&self, error: &StorageError) {
        let recovered = matches!(
            error,
            StorageError::Corrupt {
                backup_key: Some(_),
                ..
            }
        );
        self.add(
            error.to_string(),
            Tone::Error,
            Some(NoticeAction::Export),
            recovered,
        );
    }

    /// Shows a notice unless the same one is already showing.
    pub fn push(&self, text: String, tone: Tone, action: Option<NoticeAction>) {
        self.add(text, tone, action, false);
    }

    fn add(&self, text: String, tone: Tone, action: Option<NoticeAction>, recovered: bool) {
        if self
            .list
            .with_untracked(|n| n.iter().any(|m| m.text == text && m.tone == tone))
        {
            return;
        }
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|n| {
            n.push(Notice {
                id,
                text,
                tone,
                action,
                recovered,
            })
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.list.update(|n| n.retain(|notice| notice.id != id));
    }

    /// Takes away every notice that carries `action`.
    pub fn dismiss_action(&self, action: NoticeAction) {
        self.list.update(|n| n.retain(|m| m.action != Some(action)));
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}
