//! The data of the app: the files, each held in a typed slot, loaded once and
//! shared by every page (the model and its validation are `wego10_core::data`).
//!
//! In the browser, `main` fetches the files before the app starts (they are preloaded by
//! the page), so the first render has them, as the site build's render had; a file that
//! failed shows its error panel with Retry in its own section. The site build fills the
//! slots with the files it read.

#[cfg(feature = "hydrate")]
pub mod load;
pub mod read;

use std::any::Any;
use std::marker::PhantomData;
use std::sync::Arc;

use leptos::prelude::*;
pub use wego10_core::data::{date, error, model, slug, spans, validate};

pub use error::DataError;
pub use model::*;
use read::FromJson;
use validate::DataFile;

/// A parsed data file behind the one untyped signal type of the slots (one copy of the
/// signal machinery in the wasm); `Slot<T>` is the typed handle.
pub(crate) type AnyData = Arc<dyn Any + Send + Sync>;

/// Where a data file is.
#[derive(Clone, Debug)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(DataError),
}

/// One data file as the app holds it. `Slot<TimelineFile>` holds a timeline and nothing
/// else: the type is fixed when the slot is made, so reading the wrong type does not
/// compile.
pub struct Slot<T> {
    state: RwSignal<Load<AnyData>>,
    _type: PhantomData<fn() -> T>,
}

impl<T> Clone for Slot<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Slot<T> {}

impl<T: DataFile + FromJson + Send + Sync + 'static> Slot<T> {
    fn with_state(state: Load<AnyData>) -> Self {
        Slot {
            state: RwSignal::new(state),
            _type: PhantomData,
        }
    }

    /// A slot whose file is still to be fetched.
    pub fn loading() -> Self {
        Self::with_state(Load::Loading)
    }

    /// A slot holding a file read elsewhere (the site build's render).
    pub fn ready(value: Arc<T>) -> Self {
        Self::with_state(Load::Ready(value))
    }

    /// The file's state (tracked).
    pub fn get(&self) -> Load<Arc<T>> {
        match self.state.get() {
            Load::Loading => Load::Loading,
            Load::Failed(e) => Load::Failed(e),
            Load::Ready(data) => Load::Ready(
                data.downcast::<T>()
                    .expect("a slot only ever holds its own type"),
            ),
        }
    }

    /// The file once it has loaded (tracked), or None.
    pub fn loaded(&self) -> Option<Arc<T>> {
        match self.get() {
            Load::Ready(d) => Some(d),
            _ => None,
        }
    }

    /// True while the file is being fetched (tracked).
    pub fn is_loading(&self) -> bool {
        self.state.with(|s| matches!(s, Load::Loading))
    }

    /// The file once it has loaded (untracked), or None.
    pub fn loaded_untracked(&self) -> Option<Arc<T>> {
        match &*self.state.read_untracked() {
            Load::Ready(d) => d.clone().downcast::<T>().ok(),
            _ => None,
        }
    }

    /// The untyped state, for the one non-generic data view.
    pub(crate) fn state(&self) -> RwSignal<Load<AnyData>> {
        self.state
    }

    /// Fetches the file and stores the outcome; returns the text's fingerprint when it
    /// loaded (the boot compares it with the one the page was rendered from).
    #[cfg(feature = "hydrate")]
    pub async fn fetch(self) -> Option<u64> {
        self.state.set(Load::Loading);
        let (state, fingerprint) = load::load(T::NAME, load::parse_any::<T>).await;
        self.state.set(state);
        fingerprint
    }

    /// Loads the file again (the error panel's Retry; only the browser fetches).
    pub fn retry(self) {
        #[cfg(feature = "hydrate")]
        leptos::task::spawn_local(async move {
            self.fetch().await;
        });
    }
}

/// The data files, shared through context, so moving between pages never fetches.
#[derive(Clone, Copy)]
pub struct SiteData {
    pub site: Slot<Site>,
    pub timeline: Slot<TimelineFile>,
    pub offices: Slot<OfficesFile>,
    pub awards: Slot<AwardsFile>,
    pub members: Slot<MembersFile>,
    pub partners: Slot<PartnersFile>,
    pub team: Slot<TeamFile>,
}

/// The files as the site build read them (shared: every page's render reads them).
#[derive(Clone)]
pub struct Files {
    pub site: Arc<Site>,
    pub timeline: Arc<TimelineFile>,
    pub offices: Arc<OfficesFile>,
    pub awards: Arc<AwardsFile>,
    pub members: Arc<MembersFile>,
    pub partners: Arc<PartnersFile>,
    pub team: Arc<TeamFile>,
}

impl SiteData {
    /// Slots still to be fetched.
    pub fn loading() -> Self {
        SiteData {
            site: Slot::loading(),
            timeline: Slot::loading(),
            offices: Slot::loading(),
            awards: Slot::loading(),
            members: Slot::loading(),
            partners: Slot::loading(),
            team: Slot::loading(),
        }
    }

    /// The files as the site build read them.
    pub fn ready(files: Files) -> Self {
        SiteData {
            site: Slot::ready(files.site),
            timeline: Slot::ready(files.timeline),
            offices: Slot::ready(files.offices),
            awards: Slot::ready(files.awards),
            members: Slot::ready(files.members),
            partners: Slot::ready(files.partners),
            team: Slot::ready(files.team),
        }
    }

    /// Fetches all at once; the fingerprints of those that loaded, by file name.
    #[cfg(feature = "hydrate")]
    pub async fn fetch_all(self) -> Vec<(&'static str, Option<u64>)> {
        let (s, t, o, a, m, p, e) = futures::join!(
            self.site.fetch(),
            self.timeline.fetch(),
            self.offices.fetch(),
            self.awards.fetch(),
            self.members.fetch(),
            self.partners.fetch(),
            self.team.fetch()
        );
        vec![
            (Site::NAME, s),
            (TimelineFile::NAME, t),
            (OfficesFile::NAME, o),
            (AwardsFile::NAME, a),
            (MembersFile::NAME, m),
            (PartnersFile::NAME, p),
            (TeamFile::NAME, e),
        ]
    }

    /// The timeline, offices and awards as loaded now (untracked): what the members,
    /// partners and team derive their appearances from. A file that failed is empty.
    pub fn story(&self) -> Story {
        Story {
            timeline: self.timeline.loaded_untracked(),
            offices: self.offices.loaded_untracked(),
            awards: self.awards.loaded_untracked(),
        }
    }

    /// True once the files other sections derive from (timeline, offices, awards and
    /// members) have loaded or failed (tracked): the member layer of the map and the
    /// members, partners and team wait for them, so what they derive is complete.
    pub fn story_settled(&self) -> bool {
        !(self.timeline.is_loading()
            || self.offices.is_loading()
            || self.awards.is_loading()
            || self.members.is_loading())
    }

    /// "Chengdu: East Asia Regional Office", once offices.json has loaded.
    pub fn office_label(&self, id: &str) -> Option<String> {
        let f = self.offices.loaded()?;
        f.offices
            .iter()
            .find(|o| o.id == id)
            .map(|o| format!("{}: {}", o.city, o.name))
    }

    /// An event's title, once timeline.json has loaded.
    pub fn event_title(&self, id: &str) -> Option<String> {
        let f = self.timeline.loaded()?;
        f.events
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.title.clone())
    }

    /// An award edition's name, once awards.json has loaded.
    pub fn edition_name(&self, id: &str) -> Option<String> {
        let f = self.awards.loaded()?;
        f.editions
            .iter()
            .find(|e| e.id == id)
            .map(|e| e.name.clone())
    }

    /// The events that name an office, as (id, title), once timeline.json has loaded.
    pub fn events_of_office(&self, office: &str) -> Vec<(String, String)> {
        self.timeline
            .loaded()
            .map(|f| {
                f.events
                    .iter()
                    .filter(|e| e.offices.iter().any(|o| *o == office))
                    .map(|e| (e.id.to_string(), e.title.clone()))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Tracks the state of the files `page_meta` reads, so an effect runs again when
    /// one of them loads.
    pub fn track_page_files(&self) {
        self.timeline.state.track();
        self.offices.state.track();
        self.awards.state.track();
        self.members.state.track();
        self.partners.state.track();
        self.team.state.track();
    }

    /// What the page at `path` is (title, description), from the files that have loaded
    /// (untracked: see `track_page_files`).
    pub fn page_meta(&self, path: &str) -> wego10_core::meta::PageMeta {
        let (t, o, a) = (
            self.timeline.loaded_untracked(),
            self.offices.loaded_untracked(),
            self.awards.loaded_untracked(),
        );
        let (m, p, e) = (
            self.members.loaded_untracked(),
            self.partners.loaded_untracked(),
            self.team.loaded_untracked(),
        );
        let loaded = wego10_core::meta::Loaded {
            timeline: t.as_deref(),
            offices: o.as_deref(),
            awards: a.as_deref(),
            members: m.as_deref(),
            partners: p.as_deref(),
            team: e.as_deref(),
        };
        wego10_core::meta::page_meta(path, &loaded)
    }
}

/// The files the cross-section views derive from (see `SiteData::story`).
#[derive(Clone, Default)]
pub struct Story {
    pub timeline: Option<Arc<TimelineFile>>,
    pub offices: Option<Arc<OfficesFile>>,
    pub awards: Option<Arc<AwardsFile>>,
}

impl Story {
    /// The events, in the file's order.
    pub fn events(&self) -> &[Event] {
        self.timeline.as_deref().map_or(&[], |t| &t.events)
    }

    /// The offices.
    pub fn offices(&self) -> &[Office] {
        self.offices.as_deref().map_or(&[], |o| &o.offices)
    }

    /// The award editions.
    pub fn editions(&self) -> &[Edition] {
        self.awards.as_deref().map_or(&[], |a| &a.editions)
    }

    /// What `wego10_core::members` derives appearances from.
    pub fn refs(&self) -> wego10_core::members::Refs<'_> {
        wego10_core::members::Refs {
            events: self.events(),
            offices: self.offices(),
            editions: self.editions(),
        }
    }
}

pub fn provide_site_data(data: SiteData) {
    provide_context(data);
}

pub fn use_site_data() -> SiteData {
    expect_context::<SiteData>()
}
