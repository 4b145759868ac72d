//! The month: toolbar, the grid (WAI-ARIA grid pattern with a roving
//! tabindex), and the details of the focused day. It paints
//! [`crate::view::month::MonthModel`], computed once per month.

use super::details::details;
use super::flag_icon;
use super::view::{grid_clicks, grid_keys, ByPtr, ViewProps};
use crate::calendar::names::Lang;
use crate::calendar::YEARS;
use crate::view::details::DayDetails;
use crate::view::month::{Cell, MonthModel};
use crate::widget::Action;
use crate::words;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// What a day cell shows, which is also its name: the day, the lunar day,
/// the markers in words and the name shown ("10 âm lịch 1/1 ngày nghỉ,
/// treo cờ, trực Tết Nguyên đán"), so the name begins with what is seen
/// (WCAG 2.5.3) and leaves the month and year to the grid's label. The short
/// marker words are drawn, and said in full by a hidden line.
pub(crate) fn cell_content(c: &Cell, lang: Lang, flag: fn(&'static str) -> Html) -> Html {
    let t = words::of(lang).ui();
    let m = &c.marks;
    html! {
        <>
            <span class="lich-solar">{ c.day }</span>
            <span class="lich-sr">{ t.lunar_in_cell }</span>
            <span class="lich-lunar">{ &c.lunar_label }</span>
            <span class="lich-marks" aria-hidden="true">
                if let Some(word) = c.off_word { <span class="lich-mark lich-mark-off">{ word }</span> }
                if m.expected { { super::details::expected_mark(lang) } }
                if m.overruled.is_some() { <span class="lich-mark lich-mark-overruled">{ t.mark_overruled }</span> }
                if m.workday { <span class="lich-mark lich-mark-workday">{ t.mark_workday }</span> }
                if m.flag { { flag(t.mark_flag) } }
                if m.deadline { <span class="lich-mark lich-mark-deadline">{ t.mark_deadline }</span> }
                if m.duty { <span class="lich-mark lich-mark-duty">{ t.mark_duty }</span> }
            </span>
            if !c.spoken.is_empty() { <span class="lich-sr">{ &c.spoken }</span> }
            if let Some((label, term)) = &c.label {
                if *term {
                    <span class="lich-sr">{ t.solar_term_in_name }</span>
                    <span class="lich-term">{ label }</span>
                } else {
                    <span class="lich-name">{ label }</span>
                }
            }
        </>
    }
}

/// The toolbar: month/year steps, today, Tết and a picker. A plain function
/// (a component costs about 0.7 KB of gzipped wasm); the picker's values are
/// read from the submitted form.
fn toolbar(props: &ViewProps) -> Html {
    let t = words::of(props.state.lang).ui();
    let (year, month) = props.state.shown();
    let send = |a: Action| {
        let d = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| d.emit(a))
    };
    let on_pick = {
        let d = props.dispatch.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = e
                .target()
                .and_then(|f| f.dyn_into::<web_sys::Element>().ok());
            let field = |selector: &str| {
                form.as_ref()
                    .and_then(|f| f.query_selector(selector).ok().flatten())
            };
            let m = field("select")
                .and_then(|s| s.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .and_then(|s| s.value().parse::<u32>().ok());
            let y = field("input")
                .and_then(|s| s.dyn_into::<web_sys::HtmlInputElement>().ok())
                .and_then(|s| s.value().trim().parse::<i32>().ok());
            if let (Some(m), Some(y)) = (m, y) {
                if YEARS.contains(&y) {
                    d.emit(Action::Show(y, m));
                }
            }
        })
    };
    html! {
        <div part="toolbar" class="lich-toolbar">
            <div class="lich-steps">
                <button type="button" class="lich-nav" onclick={send(Action::Years(-1))}><span aria-hidden="true">{ "« " }</span>{ t.prev_year }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Months(-1))}><span aria-hidden="true">{ "‹ " }</span>{ t.prev_month }</button>
                <button type="button" class="lich-nav" onclick={send(Action::Months(1))}>{ t.next_month }<span aria-hidden="true">{ " ›" }</span></button>
                <button type="button" class="lich-nav" onclick={send(Action::Years(1))}>{ t.next_year }<span aria-hidden="true">{ " »" }</span></button>
                <button type="button" class="lich-nav" onclick={send(Action::Today)} disabled={props.state.today.is_none()}>{ t.today }</button>
                <button type="button" class="lich-nav" aria-label={format!("{}, {} {year}", t.tet, t.tet_go)} onclick={send(Action::Tet)}>{ t.tet }</button>
            </div>
            <form class="lich-picker" onsubmit={on_pick}>
                <label>{ t.pick_month }{" "}
                    <select>
                        { for (1..=12u32).map(|m| html! { <option value={m.to_string()} selected={m == month}>{ format!("{} {m}", t.month_option) }</option> }) }
                    </select>
                </label>
                <label>{ t.pick_year }{" "}
                    <input type="number" min={YEARS.start().to_string()} max={YEARS.end().to_string()} value={year.to_string()} inputmode="numeric" />
                </label>
                <button type="submit" class="lich-nav">{ t.go }</button>
            </form>
        </div>
    }
}

/// The month view.
#[component]
pub fn MonthView(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let (year, month) = state.shown();
    // The month's model depends on the month, not on the focused day.
    let model = use_memo(
        (
            ByPtr(props.schedule.clone()),
            year,
            month,
            state.week_start,
            state.today,
            state.filter,
            lang,
        ),
        |(schedule, year, month, week_start, today, filter, lang)| {
            MonthModel::new(
                &schedule.0,
                *year,
                *month,
                *week_start,
                *today,
                *filter,
                *lang,
            )
        },
    );
    let day = use_memo(
        (
            ByPtr(props.schedule.clone()),
            state.selected,
            state.filter,
            lang,
        ),
        |(schedule, focus, filter, lang)| DayDetails::new(&schedule.0, *focus, *filter, *lang),
    );
    let model = match &*model {
        Ok(m) => m,
        Err(e) => return html! { <p class="lich-error" role="alert">{ e.in_lang(lang) }</p> },
    };
    let onkeydown = grid_keys(&props.dispatch, state.focus, Action::Select);
    let onclick = grid_clicks(&props.dispatch, Action::Select, model.first());
    let cell = |c: &Cell| {
        let focused = c.date == state.focus;
        let selected = c.date == state.selected;
        html! {
            <td part="day" role="gridcell" class={c.classes.clone()}
                tabindex={if focused { "0" } else { "-1" }} aria-selected={if selected { "true" } else { "false" }}
                aria-current={c.is_today.then_some("date")}>
                { cell_content(c, lang, flag_icon) }
            </td>
        }
    };
    html! {
        <div class="lich-month">
            <h2 id="lich-title" class="lich-title">{ &model.title }</h2>
            { toolbar(props) }
            if let Some(next) = &model.next_off { { super::agenda_view::next_off(next, lang) } }
            <p class="lich-sr" aria-live="polite" aria-atomic="true">{ &model.title }</p>
            // The selected day, said when Enter, Space or a click choose it
            // (the details below the grid, which the grid controls, show it).
            <p class="lich-sr" aria-live="polite" aria-atomic="true">{ day.as_ref().as_ref().map(|d| d.heading.as_str()).unwrap_or_default() }</p>
            <table part="grid" role="grid" class="lich-grid" aria-labelledby="lich-title" aria-controls="lich-details" data-from={crate::text::iso(model.first())} {onkeydown} {onclick}>
                <thead>
                    <tr role="row">
                        { for model.weekdays.iter().map(|(long, short)| html! { <th role="columnheader" scope="col" abbr={*long}><abbr title={*long}>{ *short }</abbr></th> }) }
                    </tr>
                </thead>
                <tbody>{ for model.weeks().map(|week| html! { <tr role="row">{ for week.iter().map(cell) }</tr> }) }</tbody>
            </table>
            if let Some(day) = &*day { { details(day, state.show_hours, &props.dispatch, lang) } }
        </div>
    }
}
