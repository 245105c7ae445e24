import { InvalidArgumentError } from 'commander';
import type { Role } from '../platform/config.js';

export const ROLES: readonly Role[] = ['api', 'worker', 'mail'];

export function parseRoles(value: string): Role[] {
  const roles = value
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean);
  const unknown = roles.filter((role) => !(ROLES as readonly string[]).includes(role));
  if (unknown.length > 0 || roles.length === 0) {
    throw new InvalidArgumentError(`roles are a comma-separated list of ${ROLES.join(', ')}; got "${value}"`);
  }
  return roles as Role[];
}
