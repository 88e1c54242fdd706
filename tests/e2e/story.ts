// The data files as the specs of the members, partners and team read them (public/data,
// which the build copies as is), with the few derivations the app makes from them, so
// that a test states what the data says instead of a number typed in by hand. The
// derivations follow wego10_core (members.rs, partners.rs, team.rs); each is one line.
import { readFileSync } from 'node:fs';
import path from 'node:path';

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (file: string): Data => JSON.parse(readFileSync(path.resolve('public/data', file), 'utf8'));

export const timeline = read('timeline.json');
export const offices = read('offices.json').offices as Data[];
export const editions = read('awards.json').editions as Data[];
export const members = read('members.json').members as Data[];
export const partners = read('partners.json').partners as Data[];
export const people = read('team.json').people as Data[];
export const events = timeline.events as Data[];

export const byId = <T extends Data>(list: T[], id: string): T => {
  const found = list.find((x) => x.id === id);
  if (!found) throw new Error(`no "${id}" in the data`);
  return found;
};

/** wego10_core::text::fold: lower case, accents off (the letters the data uses). */
export const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/[–—]/g, '-');

/** wego10_core::text::matches_query: every word of the query in one of the fields. */
export const matchesQuery = (query: string, fields: (string | undefined | null)[]) => {
  const hay = fields.filter(Boolean).map((f) => fold(f!)).join('\n');
  return fold(query).split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
};

/** members::region_slug: "Latin America" → "latin-america". */
export const regionSlug = (region: string) => fold(region).split(/[^a-z0-9]+/).filter(Boolean).join('-');

const year = (date?: string | null) => (date ? Number(date.slice(0, 4)) : undefined);
/** offices::logic::established: the opening year, else the approval year. */
export const established = (o: Data) => year(o.opened) ?? year(o.approved);

/** members::appearances: the pages a member's "appears in" list links to, with years. */
export function appearances(member: string) {
  const out: { href: string; year?: number; role: string; category?: string }[] = [];
  for (const e of events) {
    for (const m of e.members ?? []) if (m.id === member) out.push({ href: `/timeline/${e.id}`, year: year(e.date), role: m.role, category: e.category });
  }
  for (const ed of editions) {
    for (const w of ed.winners ?? []) if (w.member === member) out.push({ href: `/awards/${ed.id}/${w.id}`, year: ed.year, role: 'award-winner' });
  }
  for (const o of offices) if (o.host_member === member) out.push({ href: `/offices/${o.id}`, year: established(o), role: 'office-host' });
  return out;
}

/** members::first_year. */
export const firstYear = (member: string) => {
  const ys = appearances(member).map((a) => a.year).filter((y): y is number => y !== undefined);
  return ys.length ? Math.min(...ys) : undefined;
};

/** members::MemberRole: the URL value and the label of each role. */
export const ROLES: [string, string][] = [
  ['founding-member', 'Founding member'],
  ['award-winner', 'Award winner'],
  ['office-host', 'Office host'],
  ['assembly-host', 'Assembly or EXCOM host'],
  ['beneficiary', 'Program beneficiary'],
  ['corporate-member', 'Corporate member'],
];

/** members::roles: the URL values of a member's roles. */
export function memberRoles(m: Data): string[] {
  const found = appearances(m.id);
  return ROLES.map(([r]) => r).filter((r) => {
    switch (r) {
      case 'corporate-member': return m.kind === 'corporate';
      case 'award-winner': return found.some((a) => a.role === 'award-winner');
      case 'office-host': return found.some((a) => a.role === 'office-host');
      case 'founding-member': return found.some((a) => a.role === 'founding-member');
      case 'beneficiary': return found.some((a) => a.role === 'beneficiary');
      case 'assembly-host': return found.some((a) => a.role === 'host' && ['general-assembly', 'executive-committee'].includes(a.category!));
      default: return false;
    }
  });
}

/** The regions members have, in the order of the list (alphabetical). */
export const regions = [...new Set(members.map((m) => m.region).filter(Boolean) as string[])].sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0));

/** members::on_map: cities with coordinates. */
export const onMap = members.filter((m) => m.kind === 'city' && typeof m.lat === 'number' && typeof m.lon === 'number');
/** members::on_map_by: those that had appeared in WeGO's story by `y`. */
export const onMapBy = (y: number) => onMap.filter((m) => (firstYear(m.id) ?? Infinity) <= y);

/** partners::events_of, in date order (undated last). */
export const partnerEvents = (partner: string) => events.filter((e) => (e.partners ?? []).includes(partner));
/** partners::years and years_label: "2012, 2015 and 2019". */
export const yearsLabel = (ys: number[]) => (ys.length <= 1 ? ys.join('') : `${ys.slice(0, -1).join(', ')} and ${ys[ys.length - 1]}`);
export const partnerYears = (partner: string) =>
  [...new Set(partnerEvents(partner).map((e) => year(e.date)).filter((y): y is number => y !== undefined))].sort();

/** team::events_of and team::editions_judged. */
export const personEvents = (person: string) => events.filter((e) => (e.people ?? []).includes(person));
export const editionsJudged = (person: string) => editions.filter((ed) => (ed.judges ?? []).some((j: Data) => j.person === person));

/** team::Role::years_label for a role stored in team.json. */
export const roleYears = (r: Data) =>
  r.from && r.to ? (r.from === r.to ? `${r.from}` : `${r.from}–${r.to}`) : r.from ? `from ${r.from}` : r.to ? `until ${r.to}` : yearsLabel(r.years ?? []);

/** team::Group: the URL value of each group. */
export const GROUPS = ['secretariat', 'regional-offices', 'leadership', 'judges'];
/** team::groups. */
export function personGroups(p: Data): string[] {
  const kind = (r: Data) => offices.find((o) => o.id === r.office)?.kind;
  const roles = (p.roles ?? []) as Data[];
  return GROUPS.filter((g) => {
    switch (g) {
      case 'secretariat': return roles.some((r) => kind(r) === 'secretariat');
      case 'regional-offices': return roles.some((r) => kind(r) === 'regional');
      case 'leadership': return roles.some((r) => !r.office && String(r.title).includes('President'));
      case 'judges': return editionsJudged(p.id).length > 0;
      default: return false;
    }
  });
}

/** The person an office's head is (same name, with a role at that office). */
export const headOf = (o: Data) =>
  o.head ? people.find((p) => p.name === o.head.name && (p.roles ?? []).some((r: Data) => r.office === o.id)) : undefined;

/** Whether an id in members.json is also a partner's (a corporate member, for instance). */
export const isMember = (id: string) => members.some((m) => m.id === id);
