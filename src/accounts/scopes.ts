/**
 * What an API key may do. Users get scopes from their role; keys carry an explicit list.
 * `*:read` scopes never change data.
 */
export const SCOPES = [
  'account:read',
  'account:write',
  'channels:read',
  'channels:write',
  'jobs:read',
  'jobs:write',
  'commerce:read',
  'commerce:write',
  'reviews:read',
  'reviews:write',
  'loyalty:read',
  'loyalty:write',
  'connectors:read',
  'connectors:write',
] as const;

export type Scope = (typeof SCOPES)[number];

export const ROLES = ['owner', 'admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const READ_SCOPES = SCOPES.filter((scope) => scope.endsWith(':read'));

/** Owners and admins may do everything; viewers may only read. */
export function scopesOfRole(role: Role): readonly Scope[] {
  return role === 'viewer' ? READ_SCOPES : SCOPES;
}

export function isScope(value: string): value is Scope {
  return (SCOPES as readonly string[]).includes(value);
}
