//! Twelve small months with the marked days, printable on one A4 page.

use super::agenda_view::{export_link, filters};
use super::month_view::{day_name, ViewProps};
use super::strings::strings;
use crate::calendar::names::{Lang, SOLAR_MONTHS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_VI_SHORT};
use crate::day_marks::mark_days;
use crate::month_grid::MonthGrid;
use crate::widget::{Action, View};
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

/// The year view.
pub(crate) fn year_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let t = strings(lang);
    let (year, _) = state.shown();
    let (Some(jan1), Some(dec31)) = (
        NaiveDate::from_ymd_opt(year, 1, 1),
        NaiveDate::from_ymd_opt(year, 12, 31),
    ) else {
        return html! {};
    };
    let short = if lang == Lang::Vi {
        WEEKDAYS_VI_SHORT
    } else {
        WEEKDAYS_EN_SHORT
    };
    let months = (1..=12u32).filter_map(|m| MonthGrid::new(year, m, state.week_start, state.today).ok()).map(|g| {
        let marks = mark_days(&props.schedule, g.cells[0].date, g.cells[41].date, state.filter, lang);
        let caption = match lang {
            Lang::Vi => format!("Tháng {}", g.month),
            Lang::En => SOLAR_MONTHS_EN[(g.month - 1) as usize].to_string(),
        };
        html! {
            <table class="lich-mini">
                <caption>{ caption }</caption>
                <thead><tr>{ for short.iter().map(|d| html! { <th scope="col">{ *d }</th> }) }</tr></thead>
                <tbody>
                    { for g.weeks().enumerate().map(|(w, week)| html! {
                        <tr>{ for week.iter().enumerate().map(|(i, c)| {
                            let m = &marks[w * 7 + i];
                            if !c.in_month {
                                return html! { <td class="lich-mini-out"></td> };
                            }
                            let mut classes = classes!();
                            let mut symbols = String::new();
                            if m.off.is_some() { classes.push("lich-off"); symbols.push('●'); }
                            if m.workday { classes.push("lich-workday"); symbols.push('○'); }
                            if m.flag { symbols.push('▲'); }
                            if m.deadline { symbols.push('◆'); }
                            if c.is_today { classes.push("lich-today"); }
                            let date = c.date;
                            let d = props.dispatch.clone();
                            let open = Callback::from(move |_: MouseEvent| {
                                d.emit(Action::Select(date));
                                d.emit(Action::SetView(View::Month));
                            });
                            html! {
                                <td class={classes}>
                                    <button type="button" class="lich-mini-day" aria-label={day_name(c, m, lang)} onclick={open}>
                                        <span aria-hidden="true">{ c.date.day().to_string() }</span>
                                        if !symbols.is_empty() { <span class="lich-mini-mark" aria-hidden="true">{ symbols }</span> }
                                    </button>
                                </td>
                            }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
        }
    });
    html! {
        <div class="lich-year">
            <h2 id="lich-title" class="lich-title">{ t.year_title }{ " " }{ year }</h2>
            { filters(props) }
            <div class="lich-year-grid">{ for months }</div>
            { export_link(props, jan1, dec31) }
        </div>
    }
}
