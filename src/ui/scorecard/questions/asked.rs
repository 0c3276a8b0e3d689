//! One picked question: its kind and state (planned, asked, skipped), order and remove
//! buttons, the criterion it probes, answer timer, "Asked" and "Skip" toggles, tips,
//! follow-ups, score (in compact mode the unchosen answer levels fold behind a "Levels"
//! button), STAR-L checks and notes, joined to the keyboard cursor.

use super::removal::Removal;
use crate::model::timer::clock;
use crate::model::{AskedQuestion, Move, QuestionState, Scorecard, StarL};
use crate::ui::common::anchors::LevelAnchors;
use crate::ui::common::hooks::use_now;
use crate::ui::common::item_button::ItemButton;
use crate::ui::common::note_hint::NoteHint;
use crate::ui::common::scale::ScoreScale;
use crate::ui::scorecard::criterion::FoldToggle;
use crate::ui::scorecard::cursor::{use_cursor, Item};
use crate::ui::state::{use_prefs, use_session};
use leptos::prelude::*;

/// One asked question, found by id so edits elsewhere never re-create it.
#[component]
pub(super) fn AskedQuestionCard(id: String) -> impl IntoView {
    let session = use_session();
    let revise = crate::ui::scorecard::revision::use_revise();
    let id = StoredValue::new(id);
    let question =
        Memo::new(move |_| session.with_card(|c| id.with_value(|id| c.question(id).cloned())));
    let number = Memo::new(move |_| {
        session.with_card(|c| {
            id.with_value(|id| c.questions.iter().position(|q| &q.id == id))
                .map_or(0, |i| i + 1)
        })
    });
    let with_q = move |f: fn(&AskedQuestion) -> String| {
        move || question.with(|q| q.as_ref().map(f).unwrap_or_default())
    };
    let initial = question
        .get_untracked()
        .expect("the card exists for a picked question");
    let kind = initial.kind;
    // Tips come from the rubric snapshot: the bank question's own, else its kind's guidance.
    let (look_for, red_flag, scored, levels) = session.with_card_untracked(|c| {
        let r = &c.rubric;
        let (look, flag, levels) = match r.question(&initial.id) {
            Some(q) => (
                r.look_for(q).to_string(),
                r.red_flag(q).to_string(),
                r.answer_levels(q).cloned(),
            ),
            None => r
                .kind_guidance(kind)
                .map(|g| (g.look_for.clone(), g.red_flag.clone(), g.levels.clone()))
                .unwrap_or_default(),
        };
        (look, flag, r.score_answers, levels)
    });
    let (probes, follow_ups) = session.with_card_untracked(|c| {
        let r = &c.rubric;
        r.question(&initial.id).map_or((None, Vec::new()), |q| {
            let probes = r.criterion_of(q).map(|c| c.title.clone());
            (probes, q.follow_ups.clone())
        })
    });
    let state = Memo::new(move |_| {
        session.with_card(|c| {
            id.with_value(|id| c.question(id).map(|q| c.question_state(q)))
                .unwrap_or_default()
        })
    });
    let removal = Removal::get();
    let item = Item::Question(initial.id.clone());
    let dom = item.dom_id();
    let li_id = dom.clone();
    let bound = use_cursor().bind(item);
    let is_current = move || bound.is_current();
    let title_id = format!("{dom}-title");
    let notes_id = format!("{dom}-notes");
    let edit_move = move |direction: Move| {
        session.edit(|card, now| {
            id.with_value(|id| card.move_question(id, direction, now));
        })
    };
    let has_look = !look_for.is_empty();
    let now = use_now();
    let target_ms = i64::from(
        session
            .with_card_untracked(|c| c.answer_target_seconds(&initial.id))
            .unwrap_or_default(),
    ) * 1000;
    let spent = move || question.with(|q| q.as_ref().map_or(0, |q| q.answer.elapsed_ms(now.get())));
    let running = move || question.with(|q| q.as_ref().is_some_and(|q| q.answer.is_running()));
    let asked = move || question.with(|q| q.as_ref().is_some_and(|q| q.asked_at.is_some()));
    let over =
        move || session.with_card(|c| id.with_value(|id| c.answer_over_target(id, now.get())));
    let toggle = move |_| {
        session.edit(|card, now| {
            id.with_value(|id| card.toggle_answer(id, now));
        })
    };
    let has_flag = !red_flag.is_empty();
    let answer_score = Signal::derive(move || question.with(|q| q.as_ref().and_then(|q| q.score)));
    // Compact mode folds the unchosen answer levels, per question and for this visit only.
    let prefs = use_prefs();
    let expanded = RwSignal::new(false);
    let has_levels = scored && levels.is_some();

    view! {
        <li
            class="panel asked item"
            class:current=is_current
            class:compact=move || prefs.compact()
            class:folded=move || prefs.compact() && !expanded.get()
            id=li_id
            tabindex="-1"
            on:focusin=move |_| bound.focused()
        >
            <div class="asked-head">
                <span class="badge">{kind.label()}</span>
                <span class=move || {
                    format!("q-state is-{}", state_word(state.get()).to_lowercase())
                }>{move || state_word(state.get())}</span>
                <div class="actions">
                    {ItemButton {
                        text: "Up",
                        name: |n| format!("Move question {n} up"),
                        danger: false,
                    }
                        .view(number, None, None, move || edit_move(Move::Up))}
                    {ItemButton {
                        text: "Down",
                        name: |n| format!("Move question {n} down"),
                        danger: false,
                    }
                        .view(number, None, None, move || edit_move(Move::Down))}
                    {ItemButton {
                        text: "Remove",
                        name: |n| format!("Remove question {n}"),
                        danger: false,
                    }
                        .view(
                            number,
                            None,
                            None,
                            move || id.with_value(|id| removal.remove(id, true)),
                        )}
                </div>
            </div>
            <h3 id=title_id.clone() data-number=move || number.get()>
                {with_q(|q| q.text.clone())}
            </h3>
            {probes.map(|title| view! { <p class="probes muted">"Probes: " {title}</p> })}
            <div class=move || if over() { "answer-timer over" } else { "answer-timer" }>
                <span class="timer" role="timer" aria-label="Answer time">
                    {move || clock(spent())}
                </span>
                <span class="muted">{format!(" of {} target", clock(target_ms))}</span>
                <span class="cue-word">{move || if over() { " · running long" } else { "" }}</span>
                <button
                    type="button"
                    class="secondary small"
                    aria-label=move || {
                        let verb = if running() {
                            "Pause"
                        } else if asked() {
                            "Resume"
                        } else {
                            "Start"
                        };
                        format!("{verb} answer timer for question {}", number.get())
                    }
                    on:click=toggle
                >
                    {move || {
                        if running() {
                            "Pause"
                        } else if asked() {
                            "Resume"
                        } else {
                            "Start answer timer"
                        }
                    }}
                </button>
                <AskedToggles id number state />
            </div>
            <dl class="tips">
                <Show when=move || has_look>
                    <div class="signal strong">
                        <dt>"Look for"</dt>
                        <dd>{look_for.clone()}</dd>
                    </div>
                </Show>
                <Show when=move || has_flag>
                    <div class="signal weak">
                        <dt>"Red flag"</dt>
                        <dd>{red_flag.clone()}</dd>
                    </div>
                </Show>
                {(!follow_ups.is_empty())
                    .then(|| {
                        view! {
                            <div class="signal follow-ups">
                                <dt>"Follow-ups"</dt>
                                <dd>
                                    <ul>
                                        {follow_ups
                                            .into_iter()
                                            .map(|f| view! { <li>{f}</li> })
                                            .collect_view()}
                                    </ul>
                                </dd>
                            </div>
                        }
                    })}
            </dl>
            <Show when=move || scored>
                <ScoreScale
                    name=dom.clone()
                    labelled_by=title_id.clone()
                    score=answer_score
                    on_pick=Callback::new(move |s| {
                        id.with_value(|id| {
                            revise.change(session, id, crate::model::Mark::of(s, false))
                        });
                    })
                />
                <Show when=move || has_levels>
                    <FoldToggle
                        text="Levels"
                        of=Signal::derive(move || format!(" for question {}", number.get()))
                        expanded
                    />
                </Show>
                {levels
                    .clone()
                    .map(|levels| {
                        view! {
                            <LevelAnchors
                                label=Signal::derive(move || {
                                    format!("Levels for question {}", number.get())
                                })
                                levels
                                score=answer_score
                            />
                        }
                    })}
            </Show>
            <Show when=move || kind.uses_star_l()>
                <StarLChecks question />
            </Show>
            <div class="field">
                <label for=notes_id
                    .clone()>
                    "Answer notes"
                    <span class="visually-hidden">
                        {move || format!(" for question {}", number.get())}
                    </span>
                </label>
                <textarea
                    id=notes_id.clone()
                    rows="2"
                    prop:value=with_q(|q| q.notes.clone())
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        session
                            .edit(|card, now| {
                                id.with_value(|id| card.set_answer_notes(id, text, now));
                            });
                    }
                ></textarea>
                <NoteHint
                    text=Signal::derive(with_q(|q| q.notes.clone()))
                    field_id=notes_id.clone()
                    field=Signal::derive(move || {
                        format!("question {} answer notes", number.get())
                    })
                />
            </div>
        </li>
    }
}

/// The word shown for a question's state.
fn state_word(state: QuestionState) -> &'static str {
    match state {
        QuestionState::Planned => "Planned",
        QuestionState::Asked => "Asked",
        QuestionState::Skipped => "Skipped",
    }
}

/// "Asked" and "Skip", two toggle buttons. "Asked" cannot be turned off once an answer is
/// recorded (time, score, notes, STAR-L); an asked question cannot be skipped.
#[component]
fn AskedToggles(
    id: StoredValue<String>,
    number: Memo<usize>,
    state: Memo<QuestionState>,
) -> impl IntoView {
    let session = use_session();
    let has = move |test: fn(&AskedQuestion) -> bool| {
        Signal::derive(move || {
            session.with_card(|c| id.with_value(|id| c.question(id).is_some_and(test)))
        })
    };
    let asked = Signal::derive(move || state.get() == QuestionState::Asked);
    let mark = Toggle {
        text: "Asked",
        name: |n| format!("Mark question {n} asked"),
        change: Scorecard::toggle_asked,
    };
    let skip = Toggle {
        text: "Skip",
        name: |n| format!("Skip question {n}"),
        change: Scorecard::toggle_skipped,
    };
    (
        mark.view(id, number, asked, has(AskedQuestion::has_answer)),
        skip.view(id, number, has(|q| q.skipped), asked),
    )
}

/// A toggle button (`aria-pressed`) on one question, named with its number.
#[derive(Clone, Copy)]
struct Toggle {
    text: &'static str,
    name: fn(usize) -> String,
    change: fn(&mut Scorecard, &str, i64) -> bool,
}

impl Toggle {
    fn view(
        self,
        id: StoredValue<String>,
        number: Memo<usize>,
        pressed: Signal<bool>,
        disabled: Signal<bool>,
    ) -> AnyView {
        let session = use_session();
        let Toggle { text, name, change } = self;
        view! {
            <button
                type="button"
                class="secondary small"
                aria-pressed=move || pressed.get().to_string()
                disabled=disabled
                aria-label=move || name(number.get())
                on:click=move |_| {
                    session
                        .edit(|card, now| {
                            id.with_value(|id| change(card, id, now));
                        })
                }
            >
                {text}
            </button>
        }
        .into_any()
    }
}

/// Situation, Task, Action, Result, Learning: which parts the answer covered.
#[component]
fn StarLChecks(question: Memo<Option<AskedQuestion>>) -> impl IntoView {
    let session = use_session();
    type Part = (&'static str, fn(&mut StarL) -> &mut bool);
    let parts: [Part; 5] = [
        ("Situation", |s| &mut s.situation),
        ("Task", |s| &mut s.task),
        ("Action", |s| &mut s.action),
        ("Result", |s| &mut s.result),
        ("Learning", |s| &mut s.learning),
    ];
    view! {
        <fieldset class="star-l">
            <legend>"STAR-L"</legend>
            {parts
                .into_iter()
                .map(|(label, field)| {
                    let checked = move || {
                        question.with(|q| q.as_ref().is_some_and(|q| *field(&mut q.star.clone())))
                    };
                    view! {
                        <label class="star-part">
                            <input
                                type="checkbox"
                                prop:checked=checked
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    let Some(q) = question.get_untracked() else { return };
                                    let mut star = q.star;
                                    *field(&mut star) = on;
                                    session
                                        .edit(|card, now| {
                                            card.set_star(&q.id, star, now);
                                        });
                                }
                            />
                            {label}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
