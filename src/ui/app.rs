//! The top component: state, view switch, language switch.

use super::agenda_view::AgendaView;
use super::converter::Converter;
use super::legend::Legend;
use super::month_view::MonthView;
use super::strings::strings;
use super::year_view::YearView;
use crate::calendar::names::Lang;
use crate::month_grid::WeekStart;
use crate::schedule::{builtin, Schedule};
use crate::widget::{Action, View, WidgetState};
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// What the embedding decides.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// The day to open on; default: the schedule's focus.
    #[prop_or_default]
    pub initial: Option<NaiveDate>,
    /// Today in Vietnam, if known (server rendering has no clock).
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    /// Display language.
    #[prop_or_default]
    pub lang: Lang,
    /// The opening view.
    #[prop_or_default]
    pub view: View,
    /// First day of the week.
    #[prop_or_default]
    pub week_start: WeekStart,
    /// The schedule to show; default: the built-in data.
    #[prop_or_else(|| Rc::new(builtin::all()))]
    pub schedule: Rc<Schedule>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            initial: None,
            today: None,
            lang: Lang::Vi,
            view: View::Month,
            week_start: WeekStart::Monday,
            schedule: Rc::new(builtin::all()),
        }
    }
}

/// The reducer wrapper around the pure state machine.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Store(pub WidgetState);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

/// The calendar widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = {
        let p = props.clone();
        use_reducer(move || {
            let fallback = NaiveDate::from_ymd_opt(2024, 2, 10).unwrap_or_default();
            let focus = p
                .initial
                .or(p.schedule.focus)
                .or(p.today)
                .unwrap_or(fallback);
            let mut state = WidgetState::new(focus, p.today, p.lang, p.view);
            state.week_start = p.week_start;
            Store(state)
        })
    };
    let state = &store.0;
    let lang = state.lang;
    let t = strings(lang);
    let dispatch = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let tab = |v: View, i: usize| {
        let d = dispatch.clone();
        let pressed = state.view == v;
        html! {
            <button type="button" class="lich-tab" aria-pressed={pressed.to_string()} data-view={v.code()}
                onclick={Callback::from(move |_: MouseEvent| d.emit(Action::SetView(v)))}>{ t.views[i] }</button>
        }
    };
    let other = if lang == Lang::Vi { Lang::En } else { Lang::Vi };
    let switch_lang = {
        let d = dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(Action::SetLang(other)))
    };
    let body = match state.view {
        View::Month => {
            html! { <MonthView state={state.clone()} schedule={props.schedule.clone()} dispatch={dispatch.clone()} /> }
        }
        View::Agenda => {
            html! { <AgendaView state={state.clone()} schedule={props.schedule.clone()} dispatch={dispatch.clone()} /> }
        }
        View::Year => {
            html! { <YearView state={state.clone()} schedule={props.schedule.clone()} dispatch={dispatch.clone()} /> }
        }
        View::Converter => html! { <Converter lang={lang} initial={state.focus} /> },
    };
    html! {
        <section class="lich" lang={lang.tag()} aria-label={props.schedule.title.get(lang).to_string()}>
            <div class="lich-top">
                <div class="lich-tabs" role="group" aria-label={t.views_label}>
                    { for View::ALL.iter().enumerate().map(|(i, &v)| tab(v, i)) }
                </div>
                <button type="button" class="lich-lang" lang={other.tag()} aria-label={t.other_lang_label}
                    onclick={switch_lang}>{ t.other_lang }</button>
            </div>
            { body }
            <Legend lang={lang} />
        </section>
    }
}
