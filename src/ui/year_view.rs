//! Twelve small months with the marked days, printable on one A4 page.

use super::agenda_view::{export_link, filters};
use super::view::{grid_clicks, grid_keys, ViewProps};
use crate::view::month::MonthModel;
use crate::widget::Action;
use crate::words;
use chrono::NaiveDate;
use yew::prelude::*;

/// The year view.
pub(crate) fn year_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let words = words::of(lang);
    let t = words.ui();
    let (year, _) = state.shown();
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return html! {};
    };
    // One grid per month, one tab stop for the whole year: only the
    // focused day is in the tab order; the arrows, Home/End and PageUp/Down
    // move it as in the month (across months and years), and Enter, Space
    // or a click open that day in the month view with the focus on it.
    let months = (1..=12u32)
        .filter_map(|m| {
            MonthModel::new(&props.schedule, year, m, state.week_start, state.today, state.filter, lang).ok()
        })
        .map(|g| {
            let caption = format!("lich-mini-{}", g.month);
            html! {
                <table class="lich-mini" role="grid" aria-labelledby={caption.clone()} data-from={crate::text::iso(g.first())}
                    onclick={grid_clicks(&props.dispatch, Action::Open, g.first())}>
                    <caption id={caption}>{ words.names().solar_months[(g.month - 1) as usize % 12] }</caption>
                    <thead><tr role="row">{ for g.weekdays.iter().map(|(long, d)| html! { <th role="columnheader" scope="col" abbr={*long}>{ *d }</th> }) }</tr></thead>
                    <tbody>
                        { for g.weeks().map(|week| html! {
                            <tr role="row">{ for week.iter().map(|c| {
                                if !c.in_month {
                                    return html! { <td role="gridcell" class="lich-mini-out"></td> };
                                }
                                let m = &c.marks;
                                let mut classes = classes!();
                                let mut symbols = String::new();
                                // An expected day off: ◌ and the striped pattern, not the ● of a decided one.
                                match (m.off.is_some(), m.expected) {
                                    (true, true) => { classes.push("lich-off"); classes.push("lich-expected"); symbols.push('◌'); }
                                    (true, false) => { classes.push("lich-off"); symbols.push('●'); }
                                    _ => {}
                                }
                                if m.workday { classes.push("lich-workday"); symbols.push('○'); }
                                if m.flag { symbols.push('▲'); }
                                if m.deadline { symbols.push('◆'); }
                                if c.is_today { classes.push("lich-today"); }
                                html! {
                                    <td role="gridcell" class={classes}
                                        tabindex={if c.date == state.focus { "0" } else { "-1" }}
                                        aria-current={c.is_today.then_some("date")} aria-label={c.name(lang)}>
                                        <span class="lich-mini-day" aria-hidden="true">
                                            <span class="lich-mini-num">{ c.day.to_string() }</span>
                                            if !symbols.is_empty() { <span class="lich-mini-mark">{ symbols }</span> }
                                        </span>
                                    </td>
                                }
                            }) }</tr>
                        }) }
                    </tbody>
                </table>
            }
        });
    let onkeydown = grid_keys(&props.dispatch, state.focus, Action::Open);
    html! {
        <div class="lich-year">
            <h2 id="lich-title" class="lich-title">{ t.year_title }{ " " }{ year }</h2>
            { filters(props) }
            <div class="lich-year-grid" {onkeydown}>{ for months }</div>
            { export_link(props, jan1, dec31) }
        </div>
    }
}
