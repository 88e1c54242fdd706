//! The reader of each type of the model (`wego10_core::data::model`), field by field as
//! its serde attributes say. A field added to the model and not here does not compile;
//! the tests read every shipped file both ways.

use wego10_core::boot::Boot;
use wego10_core::data::model::*;
use wego10_core::data::validate::Findings;

use super::{variant, At, Fields, FromJson, Json};

/// The reader of a struct with `#[serde(deny_unknown_fields)]`, its fields in their order.
/// `#[default]` marks a field with `#[serde(default)]`, which may be left out; an `Option`
/// may always be left out, as with serde.
macro_rules! objects {
    ($($name:ident { $($(#[$default:ident])? $field:ident),* $(,)? })*) => {$(
        impl FromJson for $name {
            fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
                const FIELDS: &[&str] = &[$(stringify!($field)),*];
                let mut fields = Fields::of(v, at, out, stringify!($name), FIELDS, true)?;
                $(let $field = field!(fields, out, $field $(, $default)?);)*
                // One match, not a `?` per field: each `?` would drop the fields read so
                // far on its own path, several KB of wasm for the larger structs.
                match ($($field,)*) {
                    ($(Some($field),)*) => Some($name { $($field),* }),
                    _ => None,
                }
            }
        }
    )*};
}

macro_rules! field {
    ($fields:ident, $out:ident, $field:ident) => {
        $fields.field(stringify!($field), $out)
    };
    ($fields:ident, $out:ident, $field:ident, default) => {
        $fields.or_default(stringify!($field), $out)
    };
}

objects! {
    Source { label, url, publication, membership }
    Figure { value, label }

    Site {
        name, full_name, #[default] former_names, tagline, campaign, key_figures,
        #[default] members, #[default] partners, #[default] testimonials, #[default] notes,
        sources,
    }
    Campaign { hashtag, title, intro, call_to_action, sections }
    CampaignSection { id, hashtags, title, subtitle, route }
    KeyFigure { id, value, label, event, edition, sources }
    Person { id, name, description, sources }
    Testimonial { id, name, quote, role, sources }

    TimelineFile { categories, events }
    Category { id, label }
    Event {
        id, title, date, end_date, date_note, category, summary, #[default] body, place,
        #[default] figures, #[default] programme, #[default] hashtags, #[default] offices,
        #[default] awards, note, #[default] members, #[default] partners, #[default] people,
        sources,
    }
    EventMember { id, role }
    ProgrammeItem { title, summary }

    OfficesFile { note, offices }
    Office {
        id, kind, name, #[default] former_names, city, country, region, role, lat, lon,
        approved, opened, opened_note, head, address, host_member, sources,
    }
    Head { name, title }

    AwardsFile { established, about, editions }
    Edition {
        id, number, name, year, presented_at, applications, winners_total, categories, levels,
        #[default] judges, #[default] eligibility, #[default] key_dates, #[default] winners,
        #[default] notes, sources,
    }
    AwardCategory { id, name, #[default] keywords }
    Level { id, name, #[default] benefits }
    Judge { name, title, organization, country, person }
    KeyDate { label, date, note }
    Winner {
        id, category, level, city, country, project, summary, #[default] description,
        #[default] events, #[default] offices, member, note, sources,
    }

    MembersFile { members }
    Member {
        id, name, kind, country, region, lat, lon, coordinates_source, coordinates_note, note,
        sources,
    }

    PartnersFile { partners }
    Partner { id, name, short_name, kind, summary, url, sources }

    TeamFile { people }
    TeamMember { id, name, #[default] roles, sources }
    TeamRole { title, organization, office, from, to, #[default] years, note }
}

/// The reader of a kebab-case enum, by the ids core gives it.
macro_rules! ids {
    ($($name:ident)*) => {$(
        impl FromJson for $name {
            fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
                variant(v, at, out, &$name::ALL, $name::as_str)
            }
        }
    )*};
}

ids!(EventRole OfficeKind MemberKind PartnerKind);

/// The page's boot block. It has no `deny_unknown_fields`: what a newer site build adds is
/// ignored.
impl FromJson for Boot {
    fn read<V: Json>(v: &V, at: &At, out: &mut Findings) -> Option<Self> {
        let mut fields = Fields::of(
            v,
            at,
            out,
            "Boot",
            &["path", "year", "data", "nodes"],
            false,
        )?;
        let path = fields.field("path", out);
        let year = fields.field("year", out);
        let data = fields.field("data", out);
        let nodes = fields.field("nodes", out);
        Some(Boot {
            path: path?,
            year: year?,
            data: data?,
            nodes: nodes?,
        })
    }
}
