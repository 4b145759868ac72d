//! The top component: which month is shown, and the navigation.

use super::month_view::MonthView;
use crate::calendar::names::Lang;
use crate::month_grid::{shift_month, MonthGrid, WeekStart};
use crate::text;
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

/// What the embedding decides.
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct AppProps {
    /// The month to open on, given by any day in it.
    #[prop_or(NaiveDate::from_ymd_opt(2024, 2, 10).unwrap_or_default())]
    pub initial: NaiveDate,
    /// Today in Vietnam, if known (server rendering has no clock).
    #[prop_or_default]
    pub today: Option<NaiveDate>,
    /// Display language.
    #[prop_or_default]
    pub lang: Lang,
    /// First day of the week.
    #[prop_or_default]
    pub week_start: WeekStart,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            initial: NaiveDate::from_ymd_opt(2024, 2, 10).unwrap_or_default(),
            today: None,
            lang: Lang::Vi,
            week_start: WeekStart::Monday,
        }
    }
}

/// The calendar widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let shown = use_state(|| (props.initial.year(), props.initial.month()));
    let selected = use_state(|| props.initial);
    let (year, month) = *shown;
    let lang = props.lang;

    let go = |delta: i32| {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| {
            let (y, m) = *shown;
            shown.set(shift_month(y, m, delta));
        })
    };
    let on_select = {
        let selected = selected.clone();
        Callback::from(move |d: NaiveDate| selected.set(d))
    };

    let (prev_label, next_label) = match lang {
        Lang::Vi => ("‹ Tháng trước", "Tháng sau ›"),
        Lang::En => ("‹ Previous month", "Next month ›"),
    };
    let body = match MonthGrid::new(year, month, props.week_start, props.today) {
        Ok(grid) => {
            let title = grid.title(lang);
            html! {
                <>
                    <header class="lich-header">
                        <button type="button" class="lich-nav" onclick={go(-1)}>{ prev_label }</button>
                        <h2 id="lich-title" class="lich-title" aria-live="polite">{ title }</h2>
                        <button type="button" class="lich-nav" onclick={go(1)}>{ next_label }</button>
                    </header>
                    <MonthView grid={grid} lang={lang} selected={*selected} on_select={on_select} />
                </>
            }
        }
        Err(e) => html! { <p class="lich-error" role="alert">{ e.to_string() }</p> },
    };
    let details = text::describe_day(*selected, lang).unwrap_or_else(|e| e.to_string());
    html! {
        <section class="lich" lang={lang.tag()}>
            { body }
            <div class="lich-details" aria-live="polite">
                { for details.lines().map(|l| html! { <p>{ l.to_string() }</p> }) }
            </div>
        </section>
    }
}
