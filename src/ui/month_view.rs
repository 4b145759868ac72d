//! The month grid: a table of day cells, solar day large, lunar day small.

use crate::calendar::names::{
    Lang, WEEKDAYS_EN, WEEKDAYS_EN_SHORT, WEEKDAYS_VI, WEEKDAYS_VI_SHORT,
};
use crate::month_grid::{DayCell, MonthGrid, WeekStart};
use crate::text;
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

/// Props of [`MonthView`].
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct MonthViewProps {
    /// The month to paint.
    pub grid: MonthGrid,
    /// Display language.
    pub lang: Lang,
    /// The selected day.
    pub selected: NaiveDate,
    /// Called with the day the visitor picks.
    pub on_select: Callback<NaiveDate>,
}

/// The month as a table.
#[component]
pub fn MonthView(props: &MonthViewProps) -> Html {
    let order: Vec<usize> = match props.grid.week_start {
        WeekStart::Monday => (0..7).collect(),
        WeekStart::Sunday => std::iter::once(6).chain(0..6).collect(),
    };
    let (long, short) = match props.lang {
        Lang::Vi => (WEEKDAYS_VI, WEEKDAYS_VI_SHORT),
        Lang::En => (WEEKDAYS_EN, WEEKDAYS_EN_SHORT),
    };
    html! {
        <table class="lich-grid" aria-labelledby="lich-title">
            <thead>
                <tr>
                    { for order.iter().map(|&i| html! { <th scope="col" abbr={long[i]}>{ short[i] }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for props.grid.weeks().map(|week| html! {
                    <tr>{ for week.iter().map(|c| day_cell(c, props)) }</tr>
                }) }
            </tbody>
        </table>
    }
}

fn day_cell(c: &DayCell, props: &MonthViewProps) -> Html {
    let mut classes = classes!("lich-day");
    if !c.in_month {
        classes.push("lich-outside");
    }
    if c.is_today {
        classes.push("lich-today");
    }
    if c.date.weekday().num_days_from_monday() == 6 {
        classes.push("lich-sunday");
    }
    if c.lunar.day() == 1 {
        classes.push("lich-new-month");
    }
    let selected = c.date == props.selected;
    let label = format!(
        "{} — {}",
        text::solar_in_words(c.date, props.lang),
        text::lunar_in_words(c.lunar, props.lang)
    );
    let date = c.date;
    let onclick = props.on_select.reform(move |_: MouseEvent| date);
    html! {
        <td class={classes} data-date={c.date.format("%Y-%m-%d").to_string()}
            aria-current={c.is_today.then_some("date")}>
            <button type="button" class="lich-cell" aria-label={label} aria-pressed={selected.to_string()} {onclick}>
                <span class="lich-solar">{ c.date.day() }</span>
                <span class="lich-lunar">{ &c.lunar_label }</span>
                if let Some(term) = c.term_begins {
                    <span class="lich-term">{ term.name(props.lang) }</span>
                }
            </button>
        </td>
    }
}
