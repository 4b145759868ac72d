//! The agenda: the shown month's events and the next ones, with countdowns,
//! filters by kind, the undated obligations, and the .ics download. It
//! paints [`crate::view::agenda::AgendaModel`].

use super::details::{also_items, cited, event_card, expected_mark, said};
use super::view::ViewProps;
use crate::calendar::names::Lang;
use crate::day_marks::Group;
use crate::ical::IcsOptions;
use crate::schedule::wire::{encode_ics_request, IcsRequest};
use crate::view::agenda::{AgendaModel, NextOff};
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

/// The .ics download link for `[from, to]` and the shown kinds. The file
/// is written when the link is used, by the file module (fetched then, not
/// with the widget): the first click asks for it, and when it is there the
/// link is clicked again with the file in its address.
pub(crate) fn export_link(props: &ViewProps, from: NaiveDate, to: NaiveDate) -> Html {
    let lang = props.state.lang;
    let t = words::of(lang).ui();
    let kinds = props.state.filter.kind_codes();
    // Every kind hidden: nothing to download (no kinds would mean all).
    if kinds.is_empty() {
        return html! { <p class="lich-hint">{ t.export_nothing }</p> };
    }
    let options = IcsOptions {
        from,
        to,
        kinds,
        lang,
        // The file module stamps the export when it writes it.
        stamp: chrono::NaiveDateTime::default(),
    };
    let export = props.export.clone();
    // Yew delegates events to the widget's root, so the link is found from
    // the event's target.
    let onclick = Callback::from(move |e: MouseEvent| {
        let Some(a) = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|t| t.closest("a.lich-export").ok().flatten())
        else {
            return;
        };
        // The second click, with the file in place: the browser downloads it.
        if a.has_attribute("data-ready") {
            let _ = a.remove_attribute("data-ready");
            return;
        }
        e.prevent_default();
        let request = IcsRequest {
            options: options.clone(),
            replace: export.replace,
            file: export.file.as_ref().map(|f| f.to_vec()),
        };
        #[cfg(target_arch = "wasm32")]
        super::load::ics(&encode_ics_request(&request), move |text| {
            use wasm_bindgen::JsCast;
            match text {
                Some(url) => {
                    let _ = a.set_attribute("href", &url);
                    let _ = a.set_attribute("data-ready", "");
                    if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
                        a.click();
                    }
                }
                None => a.set_text_content(Some(words::of(lang).ui().export_failed)),
            }
        });
        #[cfg(not(target_arch = "wasm32"))]
        let _ = (&request, encode_ics_request);
    });
    let name = format!(
        "lich-{}-{}.ics",
        crate::text::compact(from),
        crate::text::compact(to)
    );
    html! {
        <>
            <a class="lich-export" href="#" download={name} {onclick}>{ t.export }</a>
            { subscribe(props, lang) }
        </>
    }
}

/// How to subscribe to the page's published feed (a disclosure that needs
/// no script): the `webcal://` link that Apple Calendar and Outlook open,
/// the `https://` address to copy, and Google Calendar's steps in words,
/// since its Android app cannot subscribe or import by itself.
fn subscribe(props: &ViewProps, lang: crate::calendar::names::Lang) -> Html {
    let Some(feed) = props.export.feed.clone() else {
        return Html::default();
    };
    let t = words::of(lang).ui();
    let rest = feed.split_once("://").map_or(feed.as_str(), |(_, r)| r);
    let webcal = format!("webcal://{rest}");
    html! {
        <details class="lich-subscribe">
            <summary>{ t.subscribe }</summary>
            <p>{ t.subscribe_lead }</p>
            <p>
                <a class="lich-webcal" href={webcal}>{ t.subscribe_webcal }</a>
                { t.subscribe_url }
                <a class="lich-feed" href={feed.clone()}>{ feed }</a>
                { t.subscribe_google }
            </p>
        </details>
    }
}

/// "Ngày nghỉ tiếp theo: …" (the agenda and today's month).
pub(crate) fn next_off(next: &NextOff, lang: Lang) -> Html {
    let t = words::of(lang).ui();
    html! {
        <p class="lich-next"><strong>{ t.next_off }{ ": " }</strong>{ said(&next.title, lang) }{ " (" }{ &next.when }{ ") — " }{ &next.countdown }
            if next.expected { { " " }{ expected_mark(lang) } }
        </p>
    }
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
            if let Some(next) = &a.next_off { { next_off(next, lang) } }
            // Said when a filter changes the list.
            <p class="lich-count" role="status">{ words::of(lang).entries_count(a.items.len()) }</p>
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
                            if item.card.expected { { " " }{ expected_mark(lang) } }
                            if let Some(c) = &item.countdown {
                                { " — " }<span class="lich-countdown">{ c }</span>
                            }
                            if !item.card.also.is_empty() || item.card.sources.len() > 1 {
                                <details class="lich-also">
                                    <summary>{ t.sources_title }</summary>
                                    <ul>
                                        { for item.card.sources.iter().map(|s| html! { <li>{ cited(s, lang) }</li> }) }
                                        { also_items(&item.card.also, lang) }
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
