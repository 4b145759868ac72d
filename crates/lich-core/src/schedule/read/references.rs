//! What the parts of a file say of each other: the whole schedule is read
//! here, then its ids are checked for uniqueness, its citations of
//! documents and contacts for existence, and its days for contradictions.

use super::super::conflicts::off_and_worked;
use super::super::json::{Node, Pos, Value};
use super::super::model::*;
use super::super::problem::{Item, ProblemKind};
use super::entities::{raw_id, SCHEDULE_FIELDS};
use super::fields::{at_item, Decoder, Fields};
use super::MAX_EVENTS;
use crate::error::Snippet;
use crate::small_sort::stable_sort_by_key;
use std::collections::HashSet;

type Listed<T> = Vec<(usize, Pos, T)>;

impl Decoder {
    pub(super) fn schedule(&mut self, root: &Node) -> Option<Schedule> {
        let f = self.object(
            root,
            "$",
            SCHEDULE_FIELDS,
            &["format", "id", "title", "publisher", "updated", "events"],
        )?;
        if let Some(n) = f.get("format") {
            self.format(n);
        }
        let id = f.get("id").and_then(|n| self.string(n, "$.id"));
        let title = f.get("title").and_then(|n| self.text(n, "$.title"));
        let publisher = f.get("publisher").and_then(|n| self.publisher(n));
        let updated = f.get("updated").and_then(|n| self.date(n, "$.updated"));
        let focus = f.get("focus").and_then(|n| self.date(n, "$.focus"));

        let (documents, document_ids) = self.list(&f, "documents", Self::document);
        let (contacts, _) = self.list(&f, "contacts", Self::contact);
        let (notes, _) = self.list(&f, "notes", Self::note);
        let (events, _) = self.list(&f, "events", Self::event);

        self.citations(&f, &documents, &document_ids, &contacts, &notes, &events);
        for c in off_and_worked(events.iter().map(|(_, _, e)| e)) {
            if let (Some((i, pos, work)), Some((_, _, off))) =
                (events.get(c.work), events.get(c.off))
            {
                let kind = ProblemKind::OffAndWorked {
                    day: c.day,
                    work: Snippet::new(&work.id),
                    off: Snippet::new(&off.id),
                };
                self.problem(&at_item("$.events", *i), *pos, kind);
            }
        }

        self.superseded(&events);
        self.made_up(&f, &events);
        self.document_links(&f, &documents, &document_ids);

        // Every part knows the file it comes from: ids are unique per file only.
        let id = id?;
        let events = events
            .into_iter()
            .map(|(_, _, mut e)| {
                e.origin.clone_from(&id);
                e
            })
            .collect();
        let documents = documents
            .into_iter()
            .map(|(_, _, mut d)| {
                d.origin.clone_from(&id);
                d
            })
            .collect();
        let contacts = contacts
            .into_iter()
            .map(|(_, _, mut c)| {
                c.origin.clone_from(&id);
                c
            })
            .collect();
        Some(Schedule {
            id,
            title: title?,
            publisher: publisher?,
            updated: updated?,
            focus,
            documents,
            contacts,
            events,
            notes: notes.into_iter().map(|(_, _, n)| n).collect(),
            merged: Vec::new(),
        })
    }

    /// The items of an array field that read, with their index and
    /// position, and the ids of all its items (read or not); checks that
    /// the ids are unique.
    fn list<'a, T>(
        &mut self,
        f: &Fields<'a>,
        key: &str,
        item: fn(&mut Self, &Node, &str) -> Option<T>,
    ) -> (Listed<T>, HashSet<&'a str>) {
        let mut ids = HashSet::new();
        let Some(node) = f.get(key) else {
            return (Vec::new(), ids);
        };
        let path = ["$.", key].concat();
        let items = self.array(node, &path);
        if key == "events" && items.len() > MAX_EVENTS {
            let kind = ProblemKind::TooManyEvents {
                count: items.len(),
                limit: MAX_EVENTS,
            };
            self.problem(&path, node.pos, kind);
            return (Vec::new(), ids);
        }
        for (i, n) in items.iter().enumerate() {
            if let Some(id) = raw_id(n) {
                if !ids.insert(id) {
                    let kind = ProblemKind::DuplicateId {
                        id: Snippet::new(id),
                    };
                    self.problem(&(at_item(&path, i) + ".id"), n.pos, kind);
                }
            }
        }
        let read = items
            .iter()
            .enumerate()
            .filter_map(|(i, n)| item(self, n, &at_item(&path, i)).map(|t| (i, n.pos, t)))
            .collect();
        (read, ids)
    }

    /// An event this file says another supersedes is in the file (one of
    /// another file, `file-id/event-id`, cannot be checked here).
    fn superseded(&mut self, events: &Listed<Event>) {
        let ids: HashSet<&str> = events.iter().map(|(_, _, e)| e.id.as_str()).collect();
        for (i, pos, e) in events {
            for s in e.supersedes.iter().filter(|s| !s.contains('/')) {
                if !ids.contains(s.as_str()) || s == &e.id {
                    let kind = ProblemKind::UnknownEvent {
                        event: Snippet::new(&e.id),
                        id: Snippet::new(s),
                    };
                    self.problem(&(at_item("$.events", *i) + ".supersedes"), *pos, kind);
                }
            }
        }
    }

    /// A make-up working day names a day off of this file as the one it
    /// makes up for.
    fn made_up(&mut self, root: &Fields, events: &Listed<Event>) {
        for (i, pos, e) in events {
            let Kind::MakeUpWorkday { makes_up: Some(id) } = &e.kind else {
                continue;
            };
            let off = events
                .iter()
                .any(|(_, _, o)| o.id == *id && matches!(o.kind, Kind::DayOff(_)));
            if !off {
                let kind = ProblemKind::NotADayOff {
                    event: Snippet::new(&e.id),
                    id: Snippet::new(id),
                };
                let at = cited_at(root, "events", *i, "makes_up", id).unwrap_or(*pos);
                self.problem(&(at_item("$.events", *i) + ".makes_up"), at, kind);
            }
        }
    }

    /// What a document says of others — the documents it `supersedes`, the
    /// one it `relays` — names documents of this file, and never leads back
    /// to itself.
    fn document_links(
        &mut self,
        root: &Fields,
        documents: &Listed<Document>,
        document_ids: &HashSet<&str>,
    ) {
        let named = |d: &Document, key: &str| -> Vec<String> {
            match key {
                "supersedes" => d.supersedes.clone(),
                _ => d.relays.iter().cloned().collect(),
            }
        };
        // The documents by id, to follow a link in log time: a hostile file
        // may chain thousands of them.
        let order = stable_sort_by_key(
            documents
                .iter()
                .enumerate()
                .map(|(k, (_, _, d))| (d.id.as_str(), k))
                .collect(),
            |p| p.0,
        );
        let find = |id: &str| {
            order
                .binary_search_by_key(&id, |p| p.0)
                .ok()
                .map(|x| order[x].1)
        };
        for key in ["supersedes", "relays"] {
            let mut links = Vec::new();
            for (i, pos, d) in documents {
                let path = at_item("$.documents", *i) + "." + key;
                let mut to = Vec::new();
                for s in named(d, key) {
                    match find(&s) {
                        Some(k) => to.push(k),
                        None if !document_ids.contains(s.as_str()) => {
                            let kind = ProblemKind::UnknownDocument {
                                item: Item::Document,
                                id: Snippet::new(&d.id),
                                document: Snippet::new(&s),
                            };
                            let at = cited_at(root, "documents", *i, key, &s).unwrap_or(*pos);
                            self.problem(&path, at, kind);
                        }
                        None => {}
                    }
                }
                links.push(to);
            }
            // A depth-first walk (0: not seen, 1: on the walk's path, 2:
            // done): a link back to a document on the path closes a cycle,
            // said once, at the document whose link closes it.
            let mut state = vec![0u8; documents.len()];
            for first in 0..documents.len() {
                if state[first] != 0 {
                    continue;
                }
                state[first] = 1;
                let mut path = vec![(first, 0)];
                while let Some((k, next)) = path.last_mut() {
                    let k = *k;
                    let Some(&to) = links[k].get(*next) else {
                        state[k] = 2;
                        path.pop();
                        continue;
                    };
                    *next += 1;
                    match state[to] {
                        0 => {
                            state[to] = 1;
                            path.push((to, 0));
                        }
                        1 => {
                            let (i, pos, d) = &documents[k];
                            let kind = ProblemKind::DocumentCycle {
                                document: Snippet::new(&d.id),
                                key,
                            };
                            let at = cited_at(root, "documents", *i, key, "").unwrap_or(*pos);
                            self.problem(&(at_item("$.documents", *i) + "." + key), at, kind);
                        }
                        _ => {}
                    }
                }
            }
        }
    }

    /// Every cited document and contact exists; official events cite one.
    /// A document that is in the file but could not be read is said once,
    /// where it is, not at every citation.
    fn citations(
        &mut self,
        root: &Fields,
        documents: &Listed<Document>,
        document_ids: &HashSet<&str>,
        contacts: &Listed<Contact>,
        notes: &Listed<Note>,
        events: &Listed<Event>,
    ) {
        let valid: HashSet<&str> = documents.iter().map(|(_, _, d)| d.id.as_str()).collect();
        let contact_ids: HashSet<&str> = contacts.iter().map(|(_, _, c)| c.id.as_str()).collect();
        let mut invalid_said = HashSet::new();
        let cited =
            notes
                .iter()
                .map(|(i, pos, n)| (Item::Note, "notes", *i, *pos, n.id.as_str(), &n.sources))
                .chain(events.iter().map(|(i, pos, e)| {
                    (Item::Event, "events", *i, *pos, e.id.as_str(), &e.sources)
                }));
        for (item, list, i, pos, id, sources) in cited {
            for s in sources.iter().filter(|s| !valid.contains(s.as_str())) {
                let path = at_item(&["$.", list].concat(), i) + ".sources";
                let pos = cited_at(root, list, i, "sources", s).unwrap_or(pos);
                if document_ids.contains(s.as_str()) {
                    if invalid_said.insert(s.as_str()) {
                        let kind = ProblemKind::InvalidDocument {
                            document: Snippet::new(s),
                        };
                        self.problem(&path, pos, kind);
                    }
                } else {
                    let kind = ProblemKind::UnknownDocument {
                        item,
                        id: Snippet::new(id),
                        document: Snippet::new(s),
                    };
                    self.problem(&path, pos, kind);
                }
            }
        }
        for (i, pos, e) in events {
            if e.kind.is_official() && e.sources.is_empty() {
                let kind = ProblemKind::MissingSource {
                    event: Snippet::new(&e.id),
                    kind: e.kind.code().code(),
                };
                let pos = cited_at(root, "events", *i, "sources", "").unwrap_or(*pos);
                self.problem(&(at_item("$.events", *i) + ".sources"), pos, kind);
            }
            for c in e
                .contacts
                .iter()
                .filter(|c| !contact_ids.contains(c.as_str()))
            {
                let kind = ProblemKind::UnknownContact {
                    event: Snippet::new(&e.id),
                    contact: Snippet::new(c),
                };
                let pos = cited_at(root, "events", *i, "contacts", c).unwrap_or(*pos);
                self.problem(&(at_item("$.events", *i) + ".contacts"), pos, kind);
            }
        }
    }
}

/// Where item `i` of `list` gives the id `id` in its field `key` (the
/// string in the array), else where that field is: a problem with a
/// citation points at the citation, not at the item's brace.
fn cited_at(root: &Fields, list: &str, i: usize, key: &str, id: &str) -> Option<Pos> {
    let Value::Array(items) = &root.get(list)?.value else {
        return None;
    };
    let Value::Object(members) = &items.get(i)?.value else {
        return None;
    };
    let field = members
        .iter()
        .find(|(k, _, _)| k == key)
        .map(|(_, _, n)| n)?;
    let at = match &field.value {
        Value::Array(ids) => ids
            .iter()
            .find(|n| matches!(&n.value, Value::String(x) if x == id)),
        _ => None,
    };
    Some(at.unwrap_or(field).pos)
}
