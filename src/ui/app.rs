//! The top component: state, view switch, language switch.

use super::agenda_view::agenda_view;
use super::converter::Converter;
use super::legend::legend;

use super::load::Load;
use super::month_view::{MonthView, ViewProps};
use super::strings::strings;
use super::year_view::year_view;
use crate::calendar::names::Lang;
use crate::day_marks::Filter;
use crate::month_grid::WeekStart;
use crate::schedule::{builtin, Schedule};
use crate::widget::{Action, View, WidgetState};
use chrono::Datelike;
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
    #[prop_or_else(builtin::shared)]
    pub schedule: Rc<Schedule>,
    /// An agency schedule file to fetch.
    #[prop_or_default]
    pub src: Option<AttrValue>,
    /// Whether the fetched file replaces `schedule` instead of merging over it.
    #[prop_or_default]
    pub replace: bool,
    /// Kinds shown at first.
    #[prop_or_default]
    pub filter: Filter,
    /// Smaller cells.
    #[prop_or_default]
    pub compact: bool,
    /// Problems with the embedding's options, shown in the widget.
    #[prop_or_default]
    pub warnings: Rc<[String]>,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            initial: None,
            today: None,
            lang: Lang::Vi,
            view: View::Month,
            week_start: WeekStart::Monday,
            schedule: builtin::shared(),
            src: None,
            replace: false,
            filter: Filter::default(),
            compact: false,
            warnings: Rc::from(Vec::new()),
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
            // A month given by the embedding opens on its first day, or on the
            // schedule's focus or today when they fall inside it.
            let same_month =
                |a: NaiveDate, b: NaiveDate| (a.year(), a.month()) == (b.year(), b.month());
            let focus = match p.initial {
                Some(m) => [p.schedule.focus, p.today]
                    .into_iter()
                    .flatten()
                    .find(|d| same_month(*d, m))
                    .unwrap_or(m),
                None => p.schedule.focus.or(p.today).unwrap_or(fallback),
            };
            let mut state = WidgetState::new(focus, p.today, p.lang, p.view);
            state.week_start = p.week_start;
            state.filter = p.filter;
            Store(state)
        })
    };
    // The embedding may change its options after load (custom element attributes).
    {
        let store = store.clone();
        use_effect_with(
            (
                props.initial,
                props.lang,
                props.view,
                props.week_start,
                props.filter,
            ),
            move |&(initial, lang, view, week_start, filter)| {
                let s = &store.0;
                if let Some(d) = initial.filter(|d| (d.year(), d.month()) != s.shown()) {
                    store.dispatch(Action::Show(d.year(), d.month()));
                }
                if lang != s.lang {
                    store.dispatch(Action::SetLang(lang));
                }
                if view != s.view {
                    store.dispatch(Action::SetView(view));
                }
                if week_start != s.week_start {
                    store.dispatch(Action::SetWeekStart(week_start));
                }
                if filter != s.filter {
                    store.dispatch(Action::SetFilter(filter));
                }
            },
        );
    }
    let load = use_state(|| Load::Idle);
    {
        let load = load.clone();
        let store = store.clone();
        let has_month = props.initial.is_some();
        use_effect_with(props.src.clone(), move |src| {
            load.set(Load::Idle);
            #[cfg(target_arch = "wasm32")]
            if let Some(src) = src.clone() {
                let lang = store.0.lang;
                wasm_bindgen_futures::spawn_local(async move {
                    let result = match super::load::fetch_text(&src).await {
                        Ok(text) => super::load::read(&src, &text, lang),
                        Err(why) => super::load::fetch_failed(&src, &why, lang),
                    };
                    if let (Load::Loaded(s), false) = (&result, has_month) {
                        if let Some(focus) = s.focus {
                            store.dispatch(Action::Select(focus));
                        }
                    }
                    load.set(result);
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (src, store, has_month);
        });
    }
    let schedule: Rc<Schedule> = match (&*load, props.replace) {
        (Load::Loaded(s), true) => Rc::new((**s).clone()),
        (Load::Loaded(s), false) => Rc::new(props.schedule.merged_with(s)),
        _ => props.schedule.clone(),
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
    let view_props = || ViewProps {
        state: state.clone(),
        schedule: schedule.clone(),
        dispatch: dispatch.clone(),
    };
    let body = match state.view {
        View::Month => html! { <MonthView ..view_props() /> },
        View::Agenda => agenda_view(&view_props()),
        View::Year => year_view(&view_props()),
        View::Converter => html! { <Converter lang={lang} initial={state.focus} /> },
    };
    html! {
        <section part="calendar" class={classes!("lich", props.compact.then_some("lich-compact"))} lang={lang.tag()} aria-label={schedule.title.get(lang).to_string()}>
            if !props.warnings.is_empty() {
                <div class="lich-warning" role="status">{ for props.warnings.iter().map(|w| html! { <p>{ w }</p> }) }</div>
            }
            if let Load::Failed(message) = &*load {
                <div class="lich-warning" role="alert"><p>{ message }</p></div>
            }
            <div class="lich-top">
                <div part="tabs" class="lich-tabs" role="group" aria-label={t.views_label}>
                    { for View::ALL.iter().enumerate().map(|(i, &v)| tab(v, i)) }
                </div>
                <button type="button" class="lich-lang" lang={other.tag()} aria-label={t.other_lang_label}
                    onclick={switch_lang}>{ t.other_lang }</button>
            </div>
            { body }
            { legend(lang) }
        </section>
    }
}
