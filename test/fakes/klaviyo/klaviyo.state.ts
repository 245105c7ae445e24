import { randomUUID } from 'node:crypto';

/** What the Klaviyo fake holds: the account's profiles, events, lists and import jobs. */

export type Consent = 'SUBSCRIBED' | 'UNSUBSCRIBED' | 'NEVER_SUBSCRIBED';

export interface FakeProfile {
  id: string;
  email: string | null;
  phone_number: string | null;
  external_id: string | null;
  first_name: string | null;
  last_name: string | null;
  locale: string | null;
  properties: Record<string, unknown>;
  consent: Consent;
  created: string;
  updated: string;
}

export interface FakeEvent {
  id: string;
  profileId: string;
  metric: string;
  properties: Record<string, unknown>;
  time: string;
  uniqueId: string;
  value: number | null;
}

export interface FakeList {
  id: string;
  name: string;
  members: Set<string>;
  created: string;
}

export interface FakeImportJob {
  id: string;
  status: 'queued' | 'processing' | 'complete' | 'cancelled';
  profiles: ProfileWrite[];
  listIds: string[];
  polls: number;
  completed: number;
  failed: number;
  errors: Array<{ id: string; code: string; title: string; detail: string; original_payload: unknown }>;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
}

/** The attributes a write body carries; `undefined` leaves a field, `null` clears it. */
export interface ProfileWrite {
  id?: string | null;
  attributes: Record<string, unknown>;
  patch?: { append?: Record<string, unknown>; unappend?: Record<string, unknown>; unset?: string | string[] };
}

const FIELDS = ['email', 'phone_number', 'external_id', 'first_name', 'last_name', 'locale'] as const;

let idCounter = 0;
export function klaviyoId(): string {
  idCounter += 1;
  return `01K${Date.now().toString(36).toUpperCase()}${String(idCounter).padStart(8, '0')}`;
}

export class KlaviyoState {
  readonly profiles = new Map<string, FakeProfile>();
  readonly events: FakeEvent[] = [];
  readonly lists = new Map<string, FakeList>();
  readonly importJobs = new Map<string, FakeImportJob>();
  readonly #eventKeys = new Set<string>();
  // Identifier indexes (profile ids), so a million-profile import stays fast.
  readonly #byEmail = new Map<string, string>();
  readonly #byExternalId = new Map<string, string>();
  readonly #byPhone = new Map<string, string>();

  findProfile(identifiers: { id?: unknown; email?: unknown; phone_number?: unknown; external_id?: unknown }) {
    if (typeof identifiers.id === 'string') return this.profiles.get(identifiers.id);
    const id =
      (typeof identifiers.email === 'string'
        ? this.#byEmail.get(identifiers.email.toLowerCase())
        : undefined) ??
      (typeof identifiers.external_id === 'string'
        ? this.#byExternalId.get(identifiers.external_id)
        : undefined) ??
      (typeof identifiers.phone_number === 'string'
        ? this.#byPhone.get(identifiers.phone_number)
        : undefined);
    return id === undefined ? undefined : this.profiles.get(id);
  }

  #index(profile: FakeProfile, before: Pick<FakeProfile, 'email' | 'external_id' | 'phone_number'>): void {
    const pairs = [
      [this.#byEmail, before.email, profile.email],
      [this.#byExternalId, before.external_id, profile.external_id],
      [this.#byPhone, before.phone_number, profile.phone_number],
    ] as const;
    for (const [index, previous, current] of pairs) {
      if (previous !== null && previous !== current) index.delete(previous);
      if (current !== null) index.set(current, profile.id);
    }
  }

  profileByEmail(email: string): FakeProfile | undefined {
    return this.findProfile({ email });
  }

  /** Create-or-update as `/api/profile-import` does; `created` tells which. */
  upsertProfile(write: ProfileWrite): { profile: FakeProfile; created: boolean } {
    const now = new Date().toISOString();
    const existing = this.findProfile({ id: write.id ?? undefined, ...write.attributes });
    const profile: FakeProfile = existing ?? {
      id: klaviyoId(),
      email: null,
      phone_number: null,
      external_id: null,
      first_name: null,
      last_name: null,
      locale: null,
      properties: {},
      consent: 'NEVER_SUBSCRIBED',
      created: now,
      updated: now,
    };
    const before = {
      email: profile.email,
      external_id: profile.external_id,
      phone_number: profile.phone_number,
    };
    for (const field of FIELDS) {
      const value = write.attributes[field];
      if (value === undefined) continue;
      profile[field] =
        value === null ? null : field === 'email' ? String(value).toLowerCase() : String(value);
    }
    const properties = write.attributes['properties'];
    if (properties && typeof properties === 'object') {
      for (const [key, value] of Object.entries(properties)) {
        if (value === null) delete profile.properties[key];
        else profile.properties[key] = value;
      }
    }
    applyPatch(profile, write.patch);
    profile.updated = now;
    this.profiles.set(profile.id, profile);
    this.#index(profile, before);
    return { profile, created: !existing };
  }

  /** Records an event unless (profile, metric, unique_id) was seen: Klaviyo keeps only the first. */
  recordEvent(event: Omit<FakeEvent, 'id'>): boolean {
    const key = `${event.profileId}\u0000${event.metric}\u0000${event.uniqueId}`;
    if (this.#eventKeys.has(key)) return false;
    this.#eventKeys.add(key);
    this.events.push({ id: randomUUID(), ...event });
    return true;
  }

  eventsOf(email: string, metric?: string): FakeEvent[] {
    const profile = this.profileByEmail(email);
    if (!profile) return [];
    return this.events.filter((e) => e.profileId === profile.id && (!metric || e.metric === metric));
  }

  createList(name: string): FakeList {
    const list: FakeList = {
      id: klaviyoId().slice(-6),
      name,
      members: new Set(),
      created: new Date().toISOString(),
    };
    this.lists.set(list.id, list);
    return list;
  }
}

function applyPatch(profile: FakeProfile, patch: ProfileWrite['patch']): void {
  if (!patch) return;
  for (const [key, value] of Object.entries(patch.append ?? {})) {
    const current = profile.properties[key];
    const list = Array.isArray(current) ? current : current === undefined ? [] : [current];
    profile.properties[key] = [...list, value];
  }
  for (const [key, value] of Object.entries(patch.unappend ?? {})) {
    const current = profile.properties[key];
    if (Array.isArray(current)) profile.properties[key] = current.filter((item) => item !== value);
  }
  const unset = patch.unset === undefined ? [] : [patch.unset].flat();
  for (const key of unset) delete profile.properties[key];
}
