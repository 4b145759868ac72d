//! Twelve small months with the marked days, printable on one A4 page.

use super::agenda_view::{export_link, filters};
use super::view::ViewProps;
use crate::view::month::MonthModel;
use crate::widget::{Action, View};
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
    let months = (1..=12u32)
        .filter_map(|m| {
            MonthModel::new(&props.schedule, year, m, state.week_start, state.today, state.filter, lang).ok()
        })
        .map(|g| {
            html! {
                <table class="lich-mini">
                    <caption>{ words.names().solar_months[(g.month - 1) as usize % 12] }</caption>
                    <thead><tr>{ for g.weekdays.iter().map(|(_, d)| html! { <th scope="col">{ *d }</th> }) }</tr></thead>
                    <tbody>
                        { for g.weeks().map(|week| html! {
                            <tr>{ for week.iter().map(|c| {
                                if !c.in_month {
                                    return html! { <td class="lich-mini-out"></td> };
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
                                let date = c.date;
                                let d = props.dispatch.clone();
                                let open = Callback::from(move |_: MouseEvent| {
                                    d.emit(Action::Select(date));
                                    d.emit(Action::SetView(View::Month));
                                });
                                html! {
                                    <td class={classes}>
                                        <button type="button" class="lich-mini-day" aria-label={c.name.clone()} onclick={open}>
                                            <span aria-hidden="true">{ c.day.to_string() }</span>
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
