//! One criterion: what it assesses, the 1-5 radio group (and "No evidence") with every level's
//! anchor under it (the chosen one marked), the strong and weak signals, sample questions and
//! notes. Once the card was completed and reopened, a score changes only with a reason.
//! In compact mode (`Prefs`) the signals and the unchosen levels fold behind one
//! "Signals and levels" button per criterion ([`FoldToggle`], which question cards share for
//! their answer levels); [`DensitySwitch`] turns compact mode on and off.

use crate::model::density::Density;
use crate::model::{Criterion, Mark};
use crate::ui::common::anchors::LevelAnchors;
use crate::ui::common::note_hint::NoteHint;
use crate::ui::common::scale::ScoreScale;
use crate::ui::scorecard::cursor::{use_cursor, Item};
use crate::ui::scorecard::revision::use_revise;
use crate::ui::state::{use_prefs, use_session};
use leptos::prelude::*;

#[component]
pub fn CriterionCard(criterion: Criterion) -> impl IntoView {
    let session = use_session();
    let id = StoredValue::new(criterion.id.clone());
    let score = Memo::new(move |_| session.with_card(|c| id.with_value(|id| c.score_of(id))));
    let notes = move || {
        session.with_card(|c| {
            id.with_value(|id| c.entry(id).map(|e| e.notes.clone()))
                .unwrap_or_default()
        })
    };
    let no_evidence =
        Memo::new(move |_| session.with_card(|c| id.with_value(|id| c.is_no_evidence(id))));
    let revise = use_revise();
    let pick = move |m: Mark| id.with_value(|id| revise.change(session, id, m));
    let item = Item::Criterion(criterion.id.clone());
    let dom_id = item.dom_id();
    let bound = use_cursor().bind(item);
    let is_current = move || bound.is_current();
    let card_id = dom_id.clone();
    let title_id = format!("{dom_id}-title");
    let (article_label, group_label) = (title_id.clone(), title_id.clone());
    let notes_id = format!("{dom_id}-notes");
    let hint_field = format!("{} notes", criterion.title);
    let title = criterion.title.clone();
    let weight = criterion.weight;
    let question_count = criterion.questions.len();
    let weighted = (weight - 1.0).abs() > f64::EPSILON;
    let has_questions = question_count > 0;
    let prefs = use_prefs();
    // Per criterion and for this visit only; compact mode starts every criterion folded.
    let expanded = RwSignal::new(false);
    let folded = move || prefs.compact() && !expanded.get();
    let fold_name = criterion.title.clone();

    view! {
        <article
            class="panel criterion item"
            class:current=is_current
            class:compact=move || prefs.compact()
            class:folded=folded
            id=card_id
            tabindex="-1"
            aria-labelledby=article_label
            on:focusin=move |_| bound.focused()
        >
            <header class="criterion-head">
                <h2 id=title_id>{title.clone()}</h2>
                <Show when=move || weighted>
                    <span class="weight">{format!("weight {weight}")}</span>
                </Show>
            </header>
            <p class="assesses">{criterion.assesses.clone()}</p>
            <ScoreScale
                name=dom_id.clone()
                labelled_by=group_label
                score=score
                no_evidence=no_evidence
                on_mark=Callback::new(pick)
            />
            <LevelAnchors
                label=format!("Levels for {}", criterion.title)
                levels=criterion.levels.clone()
                score=score
            />
            <div class="level">
                <FoldToggle text="Signals and levels" of=format!(" for {fold_name}") expanded />
                {move || match score.get().is_some() || no_evidence.get() {
                    true => {
                        view! {
                            <button
                                type="button"
                                class="quiet danger"
                                aria-label=format!("Clear score for {title}")
                                on:click=move |_| pick(Mark::Unscored)
                            >
                                "Clear"
                            </button>
                        }
                            .into_any()
                    }
                    false => view! { <p class="level-text muted">"Not scored yet."</p> }.into_any(),
                }}
            </div>
            <dl class="signals">
                <div class="signal strong">
                    <dt>"Strong signal"</dt>
                    <dd>{criterion.strong_signal.clone()}</dd>
                </div>
                <div class="signal weak">
                    <dt>"Weak signal"</dt>
                    <dd>{criterion.weak_signal.clone()}</dd>
                </div>
            </dl>
            <Show when=move || has_questions>
                <details class="questions">
                    <summary>{format!("Sample questions ({question_count})")}</summary>
                    <ul>
                        {criterion
                            .questions
                            .iter()
                            .map(|q| view! { <li>{q.clone()}</li> })
                            .collect_view()}
                    </ul>
                </details>
            </Show>
            <div class="field">
                <label for=notes_id
                    .clone()>
                    "Notes"
                    <span class="visually-hidden">{format!(" on {}", criterion.title)}</span>
                </label>
                <textarea
                    id=notes_id.clone()
                    rows="2"
                    prop:value=notes
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        session
                            .edit(|card, now| {
                                id.with_value(|id| card.set_criterion_notes(id, text, now));
                            });
                    }
                ></textarea>
                <NoteHint text=Signal::derive(notes) field_id=notes_id.clone() field=hint_field />
            </div>
        </article>
    }
}

/// In compact mode, the button that opens and folds one card's details again: `text` shows,
/// `of` (" for API design") completes its accessible name. Nothing in full mode.
#[component]
pub(crate) fn FoldToggle(
    text: &'static str,
    #[prop(into)] of: Signal<String>,
    expanded: RwSignal<bool>,
) -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <Show when=move || prefs.compact()>
            <button
                type="button"
                class="quiet fold-toggle"
                aria-expanded=move || expanded.get().to_string()
                on:click=move |_| expanded.update(|e| *e = !*e)
            >
                {text}
                <span class="visually-hidden">{move || of.get()}</span>
            </button>
        </Show>
    }
}

/// The scorecard's "Compact" switch: folds every criterion's signals and levels, remembered.
#[component]
pub fn DensitySwitch() -> impl IntoView {
    let prefs = use_prefs();
    view! {
        <label class="check density-switch">
            <input
                type="checkbox"
                role="switch"
                prop:checked=move || prefs.compact()
                on:change:target=move |ev| {
                    prefs.set_density(Density::from_compact(ev.target().checked()))
                }
            />
            "Compact"
        </label>
    }
}
