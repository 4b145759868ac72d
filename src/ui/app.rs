//! The top component: state, the agency file, the view switch, the
//! language switch, and what data is shown.

use super::agenda_view::agenda_view;
use super::converter::Converter;
use super::legend::legend;
use super::load::Load;
use super::month_view::MonthView;
use super::view::{ExportSource, ViewProps};
use super::year_view::year_view;
use crate::calendar::names::Lang;
use crate::day_marks::Filter;
use crate::month_grid::WeekStart;
use crate::schedule::conflicts::{between_files, Conflict};
use crate::schedule::{builtin, Schedule};
use crate::widget::{Action, Opening, Settings, View, WidgetState};
use crate::words;
use chrono::NaiveDate;
use std::rc::Rc;
use yew::prelude::*;

/// What the embedding decides.
#[derive(Clone, Debug, Properties)]
pub struct AppProps {
    /// Where to open (the `month` option); default: the notice's focus
    /// while it is current, else today.
    #[prop_or_default]
    pub opening: Opening,
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
    /// The published feed a visitor may subscribe to (absolute URL).
    #[prop_or_default]
    pub feed: Option<AttrValue>,
    /// Origins besides the page's from which `src` may come (the deployer's list).
    #[prop_or_default]
    pub allow_origins: Rc<[String]>,
    /// Whether the fetched file replaces `schedule` instead of merging over it.
    #[prop_or_default]
    pub replace: bool,
    /// Kinds shown at first.
    #[prop_or_default]
    pub filter: Filter,
    /// Smaller cells.
    #[prop_or_default]
    pub compact: bool,
    /// Problems with the embedding's options, in the widget's language.
    #[prop_or_default]
    pub warnings: Rc<[String]>,
}

/// The schedule is compared by identity (see `ViewProps`); every field is
/// named, so a new one cannot be forgotten here.
impl PartialEq for AppProps {
    fn eq(&self, o: &Self) -> bool {
        let AppProps {
            opening,
            today,
            lang,
            view,
            week_start,
            schedule,
            src,
            feed,
            allow_origins,
            replace,
            filter,
            compact,
            warnings,
        } = self;
        *opening == o.opening
            && *today == o.today
            && *lang == o.lang
            && *view == o.view
            && *week_start == o.week_start
            && Rc::ptr_eq(schedule, &o.schedule)
            && *src == o.src
            && *feed == o.feed
            && *allow_origins == o.allow_origins
            && *replace == o.replace
            && *filter == o.filter
            && *compact == o.compact
            && *warnings == o.warnings
    }
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            opening: Opening::Default,
            today: None,
            lang: Lang::Vi,
            view: View::Month,
            week_start: WeekStart::Monday,
            schedule: builtin::shared(),
            src: None,
            feed: None,
            allow_origins: Rc::from(Vec::new()),
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
        let next = self.0.apply(action);
        if next == self.0 {
            self
        } else {
            Rc::new(Store(next))
        }
    }
}

/// The schedule on screen: the built-in data and the agency's file, merged
/// once per file (not on every render), with what the two contradict.
#[derive(Debug, PartialEq)]
pub(crate) struct Shown {
    pub schedule: Rc<Schedule>,
    pub conflicts: Vec<Conflict>,
    /// The agency file's publisher and URL, when one is shown.
    pub file: Option<(String, String)>,
    /// Whether the built-in data is shown.
    pub builtin: bool,
}

fn shown(base: &Rc<Schedule>, load: &Load, replace: bool) -> Shown {
    match load {
        Load::Loaded {
            src,
            schedule: file,
            ..
        } => {
            let schedule = base.shown_with(file, replace);
            Shown {
                conflicts: if replace {
                    Vec::new()
                } else {
                    between_files(&schedule.events)
                },
                file: Some((publisher(file), src.clone())),
                schedule: Rc::new(schedule),
                builtin: !replace,
            }
        }
        _ => Shown {
            schedule: base.clone(),
            conflicts: Vec::new(),
            file: None,
            builtin: true,
        },
    }
}

fn publisher(s: &Schedule) -> String {
    match &s.publisher.province {
        Some(p) => format!("{} ({p})", s.publisher.agency),
        None => s.publisher.agency.clone(),
    }
}

/// The calendar widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = {
        let p = props.clone();
        use_reducer(move || {
            // With no clock (server rendering) and no month, the focus; the
            // rule is the core's (widget::opening_day).
            let fallback = p.schedule.focus.unwrap_or(*crate::calendar::RANGE.start());
            let focus = crate::widget::opening_day(
                p.opening,
                p.schedule.focus,
                p.schedule.current_focus(p.today),
                p.today,
                fallback,
            );
            let mut state = WidgetState::new(focus, p.today, p.lang, p.view);
            state.week_start = p.week_start;
            state.filter = p.filter;
            Store(state)
        })
    };
    // The embedding may change its options after load (custom element
    // attributes): one action applies them all.
    {
        let store = store.clone();
        let settings = Settings {
            month: props.opening.month(),
            lang: props.lang,
            view: props.view,
            week_start: props.week_start,
            filter: props.filter,
        };
        use_effect_with(settings, move |&settings| {
            store.dispatch(Action::Configure(settings));
        });
    }
    let load = use_state(|| Rc::new(Load::Idle));
    {
        let load = load.clone();
        let store = store.clone();
        let has_month = props.opening != Opening::Default;
        let today = props.today;
        use_effect_with(
            (props.src.clone(), props.allow_origins.clone()),
            move |(src, allowed)| {
                load.set(Rc::new(Load::Idle));
                #[cfg(target_arch = "wasm32")]
                let cleanup = super::load::start(src.clone(), allowed.clone(), move |result| {
                    // A file's focus, while its notice is current.
                    if let (Load::Loaded { schedule, .. }, false) = (&result, has_month) {
                        if let Some(focus) = schedule.current_focus(today) {
                            store.dispatch(Action::Select(focus));
                        }
                    }
                    load.set(Rc::new(result));
                });
                #[cfg(not(target_arch = "wasm32"))]
                let cleanup = {
                    let _ = (src, allowed, store, has_month, today);
                    || {}
                };
                cleanup
            },
        );
    }
    // After a key moved the focus (in the month or the year grid) or a day
    // was opened from the year, put the DOM focus on that day's cell.
    let root = use_node_ref();
    {
        let root = root.clone();
        let s = &store.0;
        use_effect_with((s.focus, s.keyboard, s.view), move |&(_, keyboard, _)| {
            if keyboard {
                focus_day(&root);
            }
        });
    }
    let shown = {
        let (base, load, replace) = (props.schedule.clone(), (*load).clone(), props.replace);
        use_memo(
            (super::view::ByPtr(base), super::view::ByPtr(load), replace),
            |(base, load, replace)| shown(&base.0, &load.0, *replace),
        )
    };
    let state = &store.0;
    let lang = state.lang;
    let words = words::of(lang);
    let t = words.ui();
    let dispatch = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    let tab = |v: View| {
        let d = dispatch.clone();
        let pressed = state.view == v;
        html! {
            <button type="button" class="lich-tab" aria-current={pressed.then_some("true")} data-view={v.code()}
                onclick={Callback::from(move |_: MouseEvent| d.emit(Action::SetView(v)))}>{ words.view(v) }</button>
        }
    };
    let other = if lang == Lang::Vi { Lang::En } else { Lang::Vi };
    // A single-language build cannot speak `other`: it asks the loader
    // (embed.js) to mount the other build with this widget's options.
    let switch_lang = {
        let d = dispatch.clone();
        let options = state.options_in(other);
        Callback::from(move |e: MouseEvent| match words::ONLY {
            None => d.emit(Action::SetLang(other)),
            Some(_) => {
                #[cfg(target_arch = "wasm32")]
                super::embed::ask_for_language(&e, &options);
                let _ = (&e, &options);
            }
        })
    };
    let export = ExportSource {
        file: match &**load {
            Load::Loaded { encoded, .. } => Some(encoded.clone()),
            _ => None,
        },
        replace: props.replace,
        feed: props.feed.clone(),
    };
    let view_props = || ViewProps {
        state: state.clone(),
        schedule: shown.schedule.clone(),
        dispatch: dispatch.clone(),
        export: export.clone(),
    };
    let body = match state.view {
        View::Month => html! { <MonthView ..view_props() /> },
        View::Agenda => agenda_view(&view_props()),
        View::Year => year_view(&view_props()),
        View::Converter => html! { <Converter lang={lang} initial={state.focus} /> },
    };
    let data = {
        let mut parts = Vec::new();
        if shown.builtin {
            parts.push(html! { <span>{ t.data_builtin }</span> });
        }
        if let Some((publisher, src)) = &shown.file {
            // A blob: address (the notice desk's preview of the file being
            // written) names nothing a reader could look up.
            parts.push(html! { <span>{ publisher }if !src.starts_with("blob:") { { " — " }<code>{ src }</code> }</span> });
        }
        html! { <p class="lich-provenance"><span class="lich-label">{ t.data_from }{ ": " }</span>{ for joined(parts) }</p> }
    };
    html! {
        <section part="calendar" ref={root} class={classes!("lich", props.compact.then_some("lich-compact"))} lang={lang.tag()} aria-labelledby="lich-label lich-title">
            // The landmark's name: the data's title, the agency whose file is
            // shown, and what the view shows, so that two widgets on one page
            // have different names.
            <span id="lich-label" hidden=true>
                { shown.schedule.title.get(lang).to_string() }
                if let Some((publisher, _)) = &shown.file { { " · " }{ publisher } }
            </span>
            if !props.warnings.is_empty() {
                <div class="lich-warning" role="status">{ for props.warnings.iter().map(|w| html! { <p>{ w }</p> }) }</div>
            }
            if let Some(message) = load.message(lang) {
                <div class="lich-warning" role="alert"><p>{ message }</p></div>
            }
            if !shown.conflicts.is_empty() {
                <div class="lich-warning" role="status">{ for shown.conflicts.iter().map(|c| html! { <p>{ words.conflict(c) }</p> }) }</div>
            }
            <div class="lich-top">
                <div part="tabs" class="lich-tabs" role="group" aria-label={t.views_label}>
                    { for View::ALL.iter().map(|&v| tab(v)) }
                </div>
                <button type="button" class="lich-lang" lang={other.tag()} aria-label={t.other_lang_label}
                    onclick={switch_lang}>{ t.other_lang }</button>
            </div>
            { body }
            if state.view != View::Converter { { data } }
            { legend(lang) }
        </section>
    }
}

/// Focuses the focused day's grid cell inside `root`, if one is shown: the
/// one cell in the tab order (the grids' roving tabindex).
fn focus_day(root: &NodeRef) {
    use wasm_bindgen::JsCast;
    if let Some(cell) = root
        .cast::<web_sys::Element>()
        .and_then(|r| {
            r.query_selector("[role=\"gridcell\"][tabindex=\"0\"]")
                .ok()
                .flatten()
        })
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = cell.focus();
    }
}

/// The parts separated by "; ".
fn joined(parts: Vec<Html>) -> Vec<Html> {
    let mut out = Vec::with_capacity(parts.len() * 2);
    for (i, p) in parts.into_iter().enumerate() {
        if i > 0 {
            out.push(html! { { "; " } });
        }
        out.push(p);
    }
    out
}
