//! The agenda: the shown month's events and the next ones, with countdowns,
//! filters by kind, the undated obligations, and the .ics download.

use super::details::event_card;
use super::month_view::ViewProps;
use super::strings::strings;
use crate::agenda::{countdown, events_between, next_day_off, undated};
use crate::day_marks::Group;
use crate::ical::{data_url, kind_label, to_ics, IcsOptions};
use crate::widget::{add_months, last_of_month, Action};
use chrono::{Datelike, NaiveDate};
use yew::prelude::*;

fn span(a: NaiveDate, b: NaiveDate) -> String {
    if a == b {
        crate::text::dmy(a)
    } else {
        format!("{} – {}", crate::text::dm(a), crate::text::dmy(b))
    }
}

/// The filter buttons (shared by the agenda and the year view).
pub(crate) fn filters(props: &ViewProps) -> Html {
    let t = strings(props.state.lang);
    html! {
        <div class="lich-filters" role="group" aria-label={t.filters_label}>
            <span class="lich-label">{ t.filters_label }{ ": " }</span>
            { for Group::ALL.iter().enumerate().map(|(i, &g)| {
                let d = props.dispatch.clone();
                html! {
                    <button type="button" class="lich-chip" aria-pressed={props.state.filter.shows(g).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| d.emit(Action::Toggle(g)))}>{ t.groups[i] }</button>
                }
            }) }
        </div>
    }
}

/// The .ics download link for `[from, to]` and the shown kinds.
pub(crate) fn export_link(props: &ViewProps, from: NaiveDate, to: NaiveDate) -> Html {
    let t = strings(props.state.lang);
    let opts = IcsOptions {
        from,
        to,
        kinds: props.state.filter.kind_codes(),
        lang: props.state.lang,
    };
    let href = data_url(&to_ics(&props.schedule, &opts));
    let name = format!(
        "lich-{}-{}.ics",
        crate::text::compact(from),
        crate::text::compact(to)
    );
    html! { <a class="lich-export" href={href} download={name}>{ t.export }</a> }
}

/// The agenda view (a plain function: it has no state of its own).
pub(crate) fn agenda_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let t = strings(lang);
    let first = state.focus.with_day(1).unwrap_or(state.focus);
    let last = last_of_month(add_months(first, 1));
    let items = events_between(&props.schedule, first, last, state.filter);
    let next = state
        .today
        .and_then(|today| next_day_off(&props.schedule, today).map(|o| (today, o)));
    let undated = undated(&props.schedule, state.filter);
    let title = format!(
        "{} {}/{} – {}/{}",
        t.agenda_title,
        first.month(),
        first.year(),
        last.month(),
        last.year()
    );
    html! {
        <div part="agenda" class="lich-agenda">
            <h2 id="lich-title" class="lich-title">{ title }</h2>
            { filters(props) }
            if let Some((today, o)) = &next {
                <p class="lich-next"><strong>{ t.next_off }{ ": " }</strong>{ o.event.title.get(lang) }{ " (" }{ span(o.start, o.end) }{ ") — " }{ countdown(*today, o.start, lang) }</p>
            }
            if items.is_empty() {
                <p>{ t.nothing }</p>
            } else {
                <ol class="lich-agenda-list">
                    { for items.iter().map(|o| html! {
                        <li class={classes!("lich-agenda-item", format!("lich-kind-{}", o.event.kind.code()))}>
                            <span class="lich-when">{ span(o.start, o.end) }</span>{ " " }
                            <span class="lich-kind">{ kind_label(&o.event.kind, lang) }</span>{ " " }
                            <span class="lich-what">{ o.event.title.get(lang) }</span>
                            if let Some(today) = state.today {
                                { " — " }<span class="lich-countdown">{ countdown(today, o.start, lang) }</span>
                            }
                        </li>
                    }) }
                </ol>
            }
            if !undated.is_empty() {
                <h3>{ t.undated_title }</h3>
                <ul class="lich-events">{ for undated.iter().map(|e| event_card(&props.schedule, e, lang)) }</ul>
            }
            if !props.schedule.notes.is_empty() {
                <h3>{ t.notes_title }</h3>
                { for props.schedule.notes.iter().map(|n| html! {
                    <section class="lich-note">
                        <h4>{ n.title.get(lang) }</h4>
                        <ul>{ for n.points.iter().map(|p| html! { <li>{ p.get(lang) }</li> }) }</ul>
                    </section>
                }) }
            }
            { export_link(props, first, last) }
        </div>
    }
}
