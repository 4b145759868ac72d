//! A month as plain HTML for pages without JavaScript: the `<noscript>`
//! part of the prerendered page and `lich render`. The same cells as the
//! live grid, and the month's days off, flag days, duty and deadlines as a
//! list with their legal basis.

use super::month_view::cell_content;
use super::{flag_icon, flag_word};
use crate::calendar::names::Lang;
use crate::day_marks::{Filter, Group};
use crate::month_grid::WeekStart;
use crate::schedule::entries::reconcile;
use crate::schedule::{expand, Schedule};
use crate::view::agenda::span;
use crate::view::details::EventCard;
use crate::view::month::MonthModel;
use crate::words;
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
    /// Only tags and attributes that WordPress's filter keeps for any
    /// author: the flag as a word instead of an svg.
    #[prop_or_default]
    pub plain: bool,
}

/// The static month.
#[component]
pub fn StaticMonth(props: &StaticMonthProps) -> Html {
    let lang = props.lang;
    let words = words::of(lang);
    let t = words.ui();
    let Ok(model) = MonthModel::new(
        &props.schedule,
        props.year,
        props.month,
        WeekStart::Monday,
        None,
        Filter::default(),
        lang,
    ) else {
        return html! {};
    };
    let (m1, m2) = (
        model.days().next().map(|c| c.date),
        model.days().last().map(|c| c.date),
    );
    let official: Vec<EventCard> = match (m1, m2) {
        (Some(a), Some(b)) => reconcile(
            expand(&props.schedule, a, b)
                .into_iter()
                .filter(|o| Group::of(&o.kind()) != Group::Festivals)
                .collect(),
        )
        .iter()
        .map(|e| {
            let mut card = EventCard::of_entry(&props.schedule, e, lang);
            card.span = Some(span(e.start, e.end));
            card
        })
        .collect(),
        _ => Vec::new(),
    };
    html! {
        <section class="lich lich-static" lang={lang.tag()}>
            <h2 class="lich-title">{ &model.title }</h2>
            <table class="lich-grid" data-from={crate::text::iso(model.first())}>
                <thead><tr>
                    { for model.weekdays.iter().map(|(long, short)| html! { <th scope="col" abbr={*long}><abbr title={*long}>{ *short }</abbr></th> }) }
                </tr></thead>
                <tbody>
                    { for model.weeks().map(|week| html! {
                        <tr>{ for week.iter().map(|c| html! {
                            <td class={c.classes.clone()}>
                                { cell_content(c, lang, if props.plain { flag_word } else { flag_icon }) }
                            </td>
                        }) }</tr>
                    }) }
                </tbody>
            </table>
            <h3>{ t.static_list_title }</h3>
            if official.is_empty() {
                <p>{ t.nothing }</p>
            }
            <ul class="lich-static-list">
                { for official.iter().map(|c| html! {
                    <li>
                        <strong>{ c.span.clone().unwrap_or_default() }</strong>{ " · " }{ c.kind }{ " · " }{ &c.title.text }
                        if c.expected { { " · " }{ t.mark_expected } }
                        { for c.sources.iter().chain(c.also.iter().flat_map(|a| &a.sources)).map(|d| html! {
                            <><br /><small>{ t.source }{ ": " }{ super::details::cited(d, lang) }</small></>
                        }) }
                    </li>
                }) }
            </ul>
        </section>
    }
}
