//! The typed data model of the JSON files in `public/data`.
//!
//! The structs mirror the files one to one and reject unknown fields, so a typo in a
//! field name is reported instead of silently ignored. Optional values are `Option`s or
//! empty lists: an unknown fact is left out of the file, never guessed.

use serde::{Deserialize, Serialize};

use super::date::PartialDate;
use super::slug::Slug;

/// Where a fact comes from. `url` is absent for sources known only by title; such a
/// source names its `publication` instead (the validator warns when both are absent).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The newspaper, site or publisher, for a source without a URL (e.g. "El Día").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publication: Option<String>,
    /// What the source says of a member's membership of WeGO ("Lists São Paulo among
    /// the founding Executive Committee members."): every member has a source with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub membership: Option<String>,
}

/// A key figure such as "50" + "founding members".
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: String,
    pub label: String,
}

// ---------------------------------------------------------------- site.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Site {
    pub name: String,
    pub full_name: String,
    #[serde(default)]
    pub former_names: Vec<String>,
    pub tagline: String,
    pub campaign: Campaign,
    /// The decade in a few figures; each points at the item it is taken from.
    pub key_figures: Vec<KeyFigure>,
    /// Sections that appear only when they hold entries.
    #[serde(default)]
    pub members: Vec<Person>,
    #[serde(default)]
    pub partners: Vec<Person>,
    #[serde(default)]
    pub testimonials: Vec<Testimonial>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    pub hashtag: String,
    pub title: String,
    pub intro: Vec<String>,
    pub call_to_action: String,
    pub sections: Vec<CampaignSection>,
}

/// A campaign section such as #BACKTRACK. `route` names the app section it opens
/// ("timeline", "offices", "awards") when there is one.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignSection {
    pub id: Slug,
    pub hashtags: Vec<String>,
    pub title: String,
    pub subtitle: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub route: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeyFigure {
    pub id: Slug,
    pub value: String,
    pub label: String,
    /// The timeline event the figure belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<Slug>,
    /// The awards edition the figure belongs to, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition: Option<Slug>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: Slug,
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Testimonial {
    pub id: Slug,
    pub name: String,
    pub quote: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    pub sources: Vec<Source>,
}

// ------------------------------------------------------------ timeline.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineFile {
    pub categories: Vec<Category>,
    pub events: Vec<Event>,
}

/// A category of events or of awards; `id` is what items refer to.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: Slug,
    pub label: String,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: Slug,
    pub title: String,
    /// "2010", "2010-09" or "2010-09-06"; absent when the sources give no date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    /// The last day (or month, or year) of a range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<PartialDate>,
    /// A precision the date alone cannot carry ("GA meeting on 7 September", "planned").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_note: Option<String>,
    pub category: Slug,
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub body: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub figures: Vec<Figure>,
    /// Sub-items such as a General Assembly's programme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programme: Vec<ProgrammeItem>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hashtags: Vec<String>,
    /// Ids of offices in offices.json this event concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Slug>,
    /// Ids of award editions in awards.json this event concerns.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub awards: Vec<Slug>,
    /// Where the sources disagree, said plainly.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Members (members.json) this event names, each with its part in it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub members: Vec<EventMember>,
    /// Ids of partners in partners.json this event names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<Slug>,
    /// Ids of people in team.json this event names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Slug>,
    pub sources: Vec<Source>,
}

/// A member named by an event, and its part in it.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct EventMember {
    /// A `Member::id` of members.json.
    pub id: Slug,
    pub role: EventRole,
}

/// A member's part in an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventRole {
    /// Where the event took place, or who held it.
    Host,
    /// Named as the host of an event that was postponed or is only known as planned.
    PlannedHost,
    /// A founding member of WeGO (the founding assembly).
    FoundingMember,
    /// A city or body that a programme (training, feasibility study) was for.
    Beneficiary,
    /// Took part, spoke or was admitted.
    Participant,
}

impl EventRole {
    pub const ALL: [Self; 5] = [
        Self::Host,
        Self::PlannedHost,
        Self::FoundingMember,
        Self::Beneficiary,
        Self::Participant,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::PlannedHost => "planned-host",
            Self::FoundingMember => "founding-member",
            Self::Beneficiary => "beneficiary",
            Self::Participant => "participant",
        }
    }

    /// How the role reads next to an event ("Host", "Planned host"...).
    pub fn label(self) -> &'static str {
        match self {
            Self::Host => "Host",
            Self::PlannedHost => "Planned host",
            Self::FoundingMember => "Founding member",
            Self::Beneficiary => "Beneficiary",
            Self::Participant => "Participant",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProgrammeItem {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

// ------------------------------------------------------------- offices.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct OfficesFile {
    /// A caveat shown with the map (e.g. how precise the coordinates are).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub offices: Vec<Office>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum OfficeKind {
    Secretariat,
    Regional,
}

impl OfficeKind {
    pub const ALL: [Self; 2] = [Self::Secretariat, Self::Regional];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Secretariat => "secretariat",
            Self::Regional => "regional",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: Slug,
    pub kind: OfficeKind,
    /// The current name, e.g. "Eurasia Regional Office".
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub former_names: Vec<String>,
    pub city: String,
    pub country: String,
    /// The region it serves ("Global" for the Secretariat).
    pub region: String,
    pub role: String,
    pub lat: f64,
    pub lon: f64,
    /// When the Executive Committee approved it, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub approved: Option<PartialDate>,
    /// When it opened, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opened_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub head: Option<Head>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The member (members.json) that hosts the office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub host_member: Option<Slug>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Head {
    pub name: String,
    pub title: String,
}

// -------------------------------------------------------------- awards.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AwardsFile {
    /// Year the awards were established.
    pub established: u16,
    pub about: String,
    pub editions: Vec<Edition>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// Used in URLs: "4th" gives /awards/4th.
    pub id: Slug,
    pub number: u8,
    pub name: String,
    pub year: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presented_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applications: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub winners_total: Option<u32>,
    pub categories: Vec<AwardCategory>,
    pub levels: Vec<Level>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub judges: Vec<Judge>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub eligibility: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub key_dates: Vec<KeyDate>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub winners: Vec<Winner>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    pub sources: Vec<Source>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AwardCategory {
    pub id: Slug,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keywords: Vec<String>,
}

/// A prize tier (Gold, Silver, Special Mention) and what it brings.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Level {
    pub id: Slug,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub benefits: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Judge {
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The judge's entry in team.json.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Slug>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KeyDate {
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Winner {
    pub id: Slug,
    /// An `AwardCategory::id` of the same edition.
    pub category: Slug,
    /// A `Level::id` of the same edition; absent when the sources do not give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Slug>,
    /// Absent when the sources do not name the winner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub description: Vec<String>,
    /// Ids of related timeline events and offices.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Slug>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<Slug>,
    /// The winning member (members.json), when the winner is named.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<Slug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

// ------------------------------------------------------------- members.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MembersFile {
    pub members: Vec<Member>,
}

/// What kind of member: a city (placed on the map when its coordinates are known), a
/// region or province, an organization (e.g. a national ICT agency), or a company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MemberKind {
    City,
    Region,
    Organization,
    Corporate,
}

impl MemberKind {
    pub const ALL: [Self; 4] = [
        Self::City,
        Self::Region,
        Self::Organization,
        Self::Corporate,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::City => "city",
            Self::Region => "region",
            Self::Organization => "organization",
            Self::Corporate => "corporate",
        }
    }
}

/// A member city, region or organization that appears in WeGO's story. Where it
/// appears is derived from the references on events, offices and winners
/// (`crate::members::appearances`), never stored here.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub id: Slug,
    pub name: String,
    pub kind: MemberKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// The world region it is grouped under ("Asia", "Europe", "Latin America"...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// The gazetteer the coordinates are taken from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates_source: Option<Source>,
    /// Why a city has no coordinates (for maintainers; it is then not on the map).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinates_note: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    pub sources: Vec<Source>,
}

// ------------------------------------------------------------ partners.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartnersFile {
    pub partners: Vec<Partner>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartnerKind {
    InternationalOrganization,
    GovernmentAgency,
    ResearchInstitute,
    University,
    CityNetwork,
    Company,
    Other,
}

impl PartnerKind {
    pub const ALL: [Self; 7] = [
        Self::InternationalOrganization,
        Self::GovernmentAgency,
        Self::ResearchInstitute,
        Self::University,
        Self::CityNetwork,
        Self::Company,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::InternationalOrganization => "international-organization",
            Self::GovernmentAgency => "government-agency",
            Self::ResearchInstitute => "research-institute",
            Self::University => "university",
            Self::CityNetwork => "city-network",
            Self::Company => "company",
            Self::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::InternationalOrganization => "International organization",
            Self::GovernmentAgency => "Government agency",
            Self::ResearchInstitute => "Research institute",
            Self::University => "University",
            Self::CityNetwork => "City network",
            Self::Company => "Company",
            Self::Other => "Other",
        }
    }
}

/// An organization that worked with WeGO. The events it appears in (and so its years)
/// are derived from `Event::partners` (`crate::partners::events_of`).
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    pub id: Slug,
    pub name: String,
    /// An acronym or short name ("NIA", "KRIHS").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short_name: Option<String>,
    pub kind: PartnerKind,
    /// What it did with WeGO, in a sentence or two.
    pub summary: String,
    /// Its own website.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub sources: Vec<Source>,
}

// ---------------------------------------------------------------- team.json

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamFile {
    pub people: Vec<TeamMember>,
}

/// A person who led WeGO or one of its offices, or judged its awards. Judging is not
/// stored here: it comes from `Judge::person` in awards.json (`crate::team::roles`).
/// The sources hold no testimonials, so there is no quote field.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamMember {
    pub id: Slug,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<TeamRole>,
    pub sources: Vec<Source>,
}

/// One role of a person. `from`/`to` give a term where the sources give one; otherwise
/// `years` lists the years in which a source shows the person in the role.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TeamRole {
    pub title: String,
    /// The body the role is in ("WeGO"), when it is not an office of offices.json.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    /// An office id of offices.json (the Secretariat or a regional office).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<Slug>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<u16>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub years: Vec<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ids of `ALL`/`as_str` (the browser's reader) are serde's, for every value.
    #[test]
    fn enum_ids_are_the_ones_serde_reads() {
        fn same<T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug + Copy>(
            all: &[T],
            id: fn(T) -> &'static str,
        ) {
            for &v in all {
                assert_eq!(serde_json::to_value(v).unwrap(), id(v), "{v:?}");
                assert_eq!(serde_json::from_value::<T>(id(v).into()).unwrap(), v);
            }
        }
        same(&EventRole::ALL, EventRole::as_str);
        same(&OfficeKind::ALL, OfficeKind::as_str);
        same(&MemberKind::ALL, MemberKind::as_str);
        same(&PartnerKind::ALL, PartnerKind::as_str);
    }
}
