//! The details of the focused day, and the event cards the agenda shares:
//! they paint [`crate::view::details`].

use crate::calendar::names::Lang;
use crate::view::details::{AlsoLine, Cited, DayDetails, EventCard, Said};
use crate::widget::Action;
use crate::words;
use yew::prelude::*;

/// A text in its own language: marked `lang` when it differs from the widget's.
pub(crate) fn said(s: &Said, lang: Lang) -> Html {
    if s.lang == lang {
        html! { { s.text.clone() } }
    } else {
        html! { <span lang={s.lang.tag()}>{ s.text.clone() }</span> }
    }
}

/// The "Dự kiến" marker of an expected day or entry.
pub(crate) fn expected_mark(lang: Lang) -> Html {
    html! { <span class="lich-mark lich-mark-expected">{ words::of(lang).ui().mark_expected }</span> }
}

/// A document's line, its Vietnamese parts marked as such in an English page.
pub(crate) fn cited(c: &Cited, lang: Lang) -> Html {
    html! { <>{ &c.head }{ " " }{ said(&c.issuer, lang) }{ ": " }{ said(&c.subject, lang) }
    { for c.relays.iter().map(|(head, issuer)| html! { <>{ head }{ " " }{ said(issuer, lang) }{ ")" }</> }) }</> }
}

/// The other layers' lines of an entry, each with its sources, as list items.
pub(crate) fn also_items(also: &[AlsoLine], lang: Lang) -> Html {
    let t = words::of(lang).ui();
    html! {
        { for also.iter().map(|a| html! {
            <li><span class="lich-kind">{ a.kind }</span>{ " " }{ said(&a.title, lang) }
                { for a.sources.iter().map(|s| html! { <><br /><small>{ t.source }{ ": " }{ cited(s, lang) }</small></> }) }
            </li>
        }) }
    }
}

/// One event, or one reconciled entry, as a card.
pub(crate) fn event_card(e: &EventCard, lang: Lang) -> Html {
    let t = words::of(lang).ui();
    html! {
        <li class={classes!("lich-event", format!("lich-kind-{}", e.kind_code), e.expected.then_some("lich-expected"))}>
            <p class="lich-event-head"><span class="lich-kind">{ e.kind }</span>{ " " }<strong>{ said(&e.title, lang) }</strong>
                if e.expected { { " " }{ expected_mark(lang) } }
            </p>
            if let Some(span) = &e.span { <p class="lich-span">{ span }</p> }
            if let Some(d) = &e.description { <p>{ said(d, lang) }</p> }
            if let Some(u) = &e.undecided { <p class="lich-undecided">{ said(u, lang) }</p> }
            if let Some(a) = &e.audience { <p><span class="lich-label">{ t.audience }{ ": " }</span><span lang="vi">{ a }</span></p> }
            if let Some(to) = &e.sent.0 { <p><span class="lich-label">{ t.due_to }{ ": " }</span><span lang="vi">{ to }</span></p> }
            if let Some(via) = &e.sent.1 { <p><span class="lich-label">{ t.channels }{ ": " }</span>{ via }</p> }
            if let Some(pair) = &e.pair { <p><span class="lich-label">{ t.swap }{ ": " }</span>{ pair }</p> }
            if let Some(b) = &e.begins { <p><span class="lich-label">{ t.begins }{ ": " }</span>{ b }</p> }
            if let Some(c) = &e.composition { <p><span class="lich-label">{ t.composition }{ ": " }</span>{ c }</p> }
            { for e.sources.iter().map(|line| html! {
                <p class="lich-source"><span class="lich-label">{ t.source }{ ": " }</span>{ cited(line, lang) }</p>
            }) }
            if !e.contacts.is_empty() {
                <p class="lich-contacts"><span class="lich-label">{ t.contacts }{ ": " }</span>
                { for e.contacts.iter().map(|c| html! {
                    <span class="lich-contact">{ said(&c.name, lang) }{ " " }
                        if let Some((text, href)) = &c.phone { <a href={href.clone()}>{ text }</a>{ " " } }
                        if let Some((text, href)) = &c.email { <a href={href.clone()}>{ text }</a> }
                    </span>
                }) }
                </p>
            }
            if let Some(c) = e.confidence {
                <p class="lich-confidence"><span class="lich-label">{ t.confidence }{ ": " }</span>{ c }</p>
            }
            if !e.also.is_empty() {
                <details class="lich-also">
                    <summary>{ t.also_title }{ format!(" ({})", e.also.len()) }</summary>
                    <ul>{ also_items(&e.also, lang) }</ul>
                </details>
            }
        </li>
    }
}

/// The details panel.
pub(crate) fn details(
    d: &DayDetails,
    show_hours: bool,
    dispatch: &Callback<Action>,
    lang: Lang,
) -> Html {
    let t = words::of(lang).ui();
    let toggle = dispatch.reform(|_: MouseEvent| Action::ToggleHours);
    html! {
        <div part="details" class="lich-details" id="lich-details">
            <h3>{ &d.heading }</h3>
            <p>{ &d.can_chi }</p>
            if let Some((term, begins)) = d.term {
                <p>{ t.solar_term }{ ": " }{ term }{ if begins { format!(" ({})", t.term_begins) } else { String::new() } }</p>
            }
            <button type="button" class="lich-nav" aria-expanded={show_hours.to_string()} aria-controls="lich-hours" onclick={toggle}>
                { if show_hours { t.hours_hide } else { t.hours_show } }
            </button>
            if show_hours {
                <p id="lich-hours">{ t.hours_title }{ ": " }{ &d.hours }</p>
            }
            <h4>{ t.details_events }</h4>
            if d.events.is_empty() {
                <p>{ t.no_events }</p>
            } else {
                <ul class="lich-events">{ for d.events.iter().map(|e| event_card(e, lang)) }</ul>
            }
        </div>
    }
}
