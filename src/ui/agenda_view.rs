//! The agenda: the shown month's events and the next ones, with countdowns,
//! filters by kind, the undated obligations, and the .ics download. It
//! paints [`crate::view::agenda::AgendaModel`].

use super::details::{event_card, said};
use super::view::ViewProps;
use crate::day_marks::Group;
use crate::ical::{data_url, to_ics, IcsOptions};
use crate::view::agenda::AgendaModel;
use crate::widget::Action;
use crate::words;
use chrono::NaiveDate;
use yew::prelude::*;

/// The filter buttons (shared by the agenda and the year view).
pub(crate) fn filters(props: &ViewProps) -> Html {
    let words = words::of(props.state.lang);
    let t = words.ui();
    html! {
        <div class="lich-filters" role="group" aria-label={t.filters_label}>
            <span class="lich-label">{ t.filters_label }{ ": " }</span>
            { for Group::ALL.iter().map(|&g| {
                let d = props.dispatch.clone();
                html! {
                    <button type="button" class="lich-chip" aria-pressed={props.state.filter.shows(g).to_string()}
                        onclick={Callback::from(move |_: MouseEvent| d.emit(Action::Toggle(g)))}>{ words.group(g) }</button>
                }
            }) }
        </div>
    }
}

/// The .ics download link for `[from, to]` and the shown kinds. The file is
/// written when the link is used, not on every render.
pub(crate) fn export_link(props: &ViewProps, from: NaiveDate, to: NaiveDate) -> Html {
    let t = words::of(props.state.lang).ui();
    let opts = IcsOptions {
        from,
        to,
        kinds: props.state.filter.kind_codes(),
        lang: props.state.lang,
    };
    let schedule = props.schedule.clone();
    // Yew delegates events to the widget's root, so the link is found from
    // the event's target; the default action (the download) comes after.
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(a) = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("a.lich-export").ok().flatten())
        {
            let _ = a.set_attribute("href", &data_url(&to_ics(&schedule, &opts)));
        }
    });
    let name = format!(
        "lich-{}-{}.ics",
        crate::text::compact(from),
        crate::text::compact(to)
    );
    html! { <a class="lich-export" href="#" download={name} {onclick}>{ t.export }</a> }
}

/// The agenda view (a plain function: it has no state of its own).
pub(crate) fn agenda_view(props: &ViewProps) -> Html {
    let state = &props.state;
    let lang = state.lang;
    let t = words::of(lang).ui();
    let a = AgendaModel::new(
        &props.schedule,
        state.focus,
        state.today,
        state.filter,
        lang,
    );
    html! {
        <div part="agenda" class="lich-agenda">
            <h2 id="lich-title" class="lich-title">{ &a.title }</h2>
            { filters(props) }
            if let Some(next) = &a.next_off {
                <p class="lich-next"><strong>{ t.next_off }{ ": " }</strong>{ said(&next.title, lang) }{ " (" }{ &next.when }{ ") — " }{ &next.countdown }
                    if next.expected { { " " }<span class="lich-mark lich-mark-expected">{ t.mark_expected }</span> }
                </p>
            }
            if a.items.is_empty() {
                <p>{ t.nothing }</p>
            } else {
                <ol class="lich-agenda-list">
                    { for a.items.iter().map(|item| html! {
                        <li class={classes!("lich-agenda-item", format!("lich-kind-{}", item.card.kind_code), item.card.expected.then_some("lich-expected"))}>
                            <span class="lich-when">{ &item.when }</span>{ " " }
                            <span class="lich-kind">{ item.card.kind }</span>{ " " }
                            <span class="lich-what">{ said(&item.card.title, lang) }</span>
                            if let Some(days) = &item.days { { " (" }{ days }{ ")" } }
                            if item.card.expected { { " " }<span class="lich-mark lich-mark-expected">{ t.mark_expected }</span> }
                            if let Some(c) = &item.countdown {
                                { " — " }<span class="lich-countdown">{ c }</span>
                            }
                            if !item.card.also.is_empty() || item.card.sources.len() > 1 {
                                <details class="lich-also">
                                    <summary>{ t.sources_title }</summary>
                                    <ul>
                                        { for item.card.sources.iter().map(|s| html! { <li>{ s }</li> }) }
                                        { for item.card.also.iter().map(|x| html! {
                                            <li><span class="lich-kind">{ x.kind }</span>{ " " }{ said(&x.title, lang) }
                                                { for x.sources.iter().map(|s| html! { <><br /><small>{ t.source }{ ": " }{ s }</small></> }) }
                                            </li>
                                        }) }
                                    </ul>
                                </details>
                            }
                        </li>
                    }) }
                </ol>
            }
            if !a.undated.is_empty() {
                <h3>{ t.undated_title }</h3>
                <ul class="lich-events">{ for a.undated.iter().map(|e| event_card(e, lang)) }</ul>
            }
            if !a.notes.is_empty() {
                <h3>{ t.notes_title }</h3>
                { for a.notes.iter().map(|n| html! {
                    <section class="lich-note">
                        <h4>{ said(&n.title, lang) }</h4>
                        <ul>{ for n.points.iter().map(|p| html! { <li>{ said(p, lang) }</li> }) }</ul>
                    </section>
                }) }
            }
            { export_link(props, a.range.0, a.range.1) }
        </div>
    }
}
