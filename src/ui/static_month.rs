//! A month as plain HTML for pages without JavaScript: the `<noscript>`
//! part of the prerendered page and `lich render`. The same cells as the
//! live grid, and the month's days off, flag days, duty and deadlines as a
//! list with their legal basis.

use super::month_view::{cell_classes, cell_content, day_name, weekday_columns};
use super::strings::strings;
use crate::calendar::names::Lang;
use crate::day_marks::{mark_days, Filter, Group};
use crate::ical::{kind_label, source_line};
use crate::month_grid::{MonthGrid, WeekStart};
use crate::schedule::{expand, Schedule};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`StaticMonth`].
#[derive(Clone, Debug, PartialEq, Properties)]
pub struct StaticMonthProps {
    /// Solar year.
    pub year: i32,
    /// Solar month.
    pub month: u32,
    /// Language.
    pub lang: Lang,
    /// The schedule.
    pub schedule: Rc<Schedule>,
}

/// The static month.
#[component]
pub fn StaticMonth(props: &StaticMonthProps) -> Html {
    let lang = props.lang;
    let t = strings(lang);
    let Ok(grid) = MonthGrid::new(props.year, props.month, WeekStart::Monday, None) else {
        return html! {};
    };
    let (first, last) = (grid.cells[0].date, grid.cells[41].date);
    let marks = mark_days(&props.schedule, first, last, Filter::default(), lang);
    let (m1, m2) = (
        grid.cells.iter().find(|c| c.in_month).map(|c| c.date),
        grid.cells.iter().rev().find(|c| c.in_month).map(|c| c.date),
    );
    let official: Vec<_> = match (m1, m2) {
        (Some(a), Some(b)) => expand(&props.schedule, a, b)
            .into_iter()
            .filter(|o| Group::of(&o.event.kind) != Group::Festivals)
            .collect(),
        _ => Vec::new(),
    };
    let list_title = if lang == Lang::Vi {
        "Ngày nghỉ, treo cờ, trực và hạn chót trong tháng"
    } else {
        "Days off, flag days, duty and deadlines this month"
    };
    html! {
        <section class="lich lich-static" lang={lang.tag()}>
            <h2 class="lich-title">{ grid.title(lang) }</h2>
            <table class="lich-grid">
                <thead><tr>
                    { for weekday_columns(WeekStart::Monday, lang).into_iter().map(|(long, short)| html! { <th scope="col" abbr={long}><abbr title={long}>{ short }</abbr></th> }) }
                </tr></thead>
                <tbody>
                    { for grid.weeks().enumerate().map(|(w, week)| html! {
                        <tr>{ for week.iter().enumerate().map(|(i, c)| {
                            let m = &marks[w * 7 + i];
                            html! {
                                <td class={cell_classes(c, m)} data-date={crate::text::iso(c.date)}>
                                    <span class="lich-sr">{ day_name(c, m, lang) }</span>
                                    { cell_content(c, m, lang) }
                                </td>
                            }
                        }) }</tr>
                    }) }
                </tbody>
            </table>
            <h3>{ list_title }</h3>
            if official.is_empty() {
                <p>{ t.nothing }</p>
            }
            <ul class="lich-static-list">
                { for official.iter().map(|o| {
                    let when = if o.start == o.end { crate::text::dmy(o.start) } else { format!("{} – {}", crate::text::dm(o.start), crate::text::dmy(o.end)) };
                    html! {
                        <li>
                            <strong>{ when }</strong>{ " · " }{ kind_label(&o.event.kind, lang) }{ " · " }{ o.event.title.get(lang) }
                            { for o.event.sources.iter().filter_map(|s| source_line(&props.schedule, s, lang)).map(|l| html! {
                                <><br /><small>{ t.source }{ ": " }{ l }</small></>
                            }) }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
