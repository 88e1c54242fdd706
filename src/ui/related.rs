//! "Related" links: an item's links to the items of other sections it names. Every
//! cross-link of the app is made here, so each kind reads the same everywhere.

use leptos::prelude::*;
use wego10_core::strings;

use crate::data::SiteData;
use crate::routes::{self, href};

/// One link of a "Related" list: where it goes, its test id and its text.
pub struct Related {
    pub href: String,
    pub testid: String,
    pub label: String,
}

/// A readable name for an id whose file has not loaded: "seoul-office" → "seoul office".
fn fallback(id: &str) -> String {
    id.replace('-', " ")
}

/// An office on the map, in `year` when given (the network as it was then).
fn office(data: &SiteData, id: &str, year: Option<u16>) -> Related {
    let path = routes::office(id);
    let path = match year {
        Some(y) => routes::with_query(&path, &[("year", &y.to_string())]),
        None => path,
    };
    Related {
        href: href(&path),
        testid: format!("related-office-{id}"),
        label: strings::detail::on_the_map(&data.office_label(id).unwrap_or_else(|| fallback(id))),
    }
}

/// An event on the timeline.
fn event(data: &SiteData, id: &str) -> Related {
    Related {
        href: href(&routes::timeline_event(id)),
        testid: format!("related-event-{id}"),
        label: strings::detail::on_the_timeline(
            &data.event_title(id).unwrap_or_else(|| fallback(id)),
        ),
    }
}

/// An edition of the awards in the gallery.
fn edition(data: &SiteData, id: &str) -> Related {
    Related {
        href: href(&routes::awards_edition(id)),
        testid: format!("related-awards-{id}"),
        label: strings::detail::in_the_gallery(
            &data
                .edition_name(id)
                .unwrap_or_else(|| format!("{id} WeGO Awards")),
        ),
    }
}

/// A member of WeGO in the members section.
fn member(data: &SiteData, id: &str, role: Option<&str>) -> Related {
    let name = Some(data.members.clone())
        .and_then(|f| {
            f.members
                .iter()
                .find(|m| m.id == id)
                .map(|m| m.name.clone())
        })
        .unwrap_or_else(|| fallback(id));
    Related {
        href: href(&routes::member(id)),
        testid: format!("related-member-{id}"),
        label: strings::detail::member(&name, role),
    }
}

/// A partner of WeGO in the partners section.
fn partner(data: &SiteData, id: &str) -> Related {
    let name = Some(data.partners.clone())
        .and_then(|f| {
            f.partners
                .iter()
                .find(|p| p.id == id)
                .map(wego10_core::partners::display_name)
        })
        .unwrap_or_else(|| fallback(id));
    Related {
        href: href(&routes::partner(id)),
        testid: format!("related-partner-{id}"),
        label: strings::detail::partner(&name),
    }
}

/// A person of the team.
fn person(data: &SiteData, id: &str) -> Related {
    let name = Some(data.team.clone())
        .and_then(|f| f.people.iter().find(|p| p.id == id).map(|p| p.name.clone()))
        .unwrap_or_else(|| fallback(id));
    Related {
        href: href(&routes::person(id)),
        testid: format!("related-person-{id}"),
        label: strings::detail::person(&name),
    }
}

/// An item's "Related" links, kind by kind in the order they are added.
pub struct Links {
    data: SiteData,
    links: Vec<Related>,
}

impl Links {
    pub fn new(data: SiteData) -> Self {
        Links {
            data,
            links: Vec::new(),
        }
    }

    fn add<T>(
        mut self,
        items: impl IntoIterator<Item = T>,
        link: impl Fn(&SiteData, T) -> Related,
    ) -> Self {
        let data = &self.data;
        self.links
            .extend(items.into_iter().map(|item| link(data, item)));
        self
    }

    /// Offices on the map, in `year` when given (the network as it was then).
    pub fn offices(
        self,
        ids: impl IntoIterator<Item = impl AsRef<str>>,
        year: Option<u16>,
    ) -> Self {
        self.add(ids, |data, id| office(data, id.as_ref(), year))
    }

    /// Events on the timeline.
    pub fn events(self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(ids, |data, id| event(data, id.as_ref()))
    }

    /// Editions of the awards in the gallery.
    pub fn editions(self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(ids, |data, id| edition(data, id.as_ref()))
    }

    /// Members of WeGO, each with its part ("Host") when given.
    pub fn members(
        self,
        members: impl IntoIterator<Item = (impl AsRef<str>, Option<String>)>,
    ) -> Self {
        self.add(members, |data, (id, role)| {
            member(data, id.as_ref(), role.as_deref())
        })
    }

    /// Partners of WeGO.
    pub fn partners(self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(ids, |data, id| partner(data, id.as_ref()))
    }

    /// People of the team.
    pub fn people(self, ids: impl IntoIterator<Item = impl AsRef<str>>) -> Self {
        self.add(ids, |data, id| person(data, id.as_ref()))
    }

    /// The list, with `class`; nothing when there are no links.
    pub fn list(self, class: &'static str) -> Option<impl IntoView + use<>> {
        related_list(class, self.links)
    }
}

/// The "Related" links of an item; nothing when there are none.
fn related_list(class: &'static str, links: Vec<Related>) -> Option<impl IntoView + use<>> {
    (!links.is_empty()).then(|| {
        view! {
            <h3>{strings::detail::RELATED}</h3>
            <ul class=class data-testid="related">
                {links.into_iter().map(|r| view! {
                    <li><a href=r.href data-testid=r.testid>{r.label}</a></li>
                }).collect_view()}
            </ul>
        }
    })
}
