import type { ActivationReport, ListChoice, PlatformField } from '../connector.js';

/**
 * The list custom fields Trustloop writes (names get the connection's prefix). Types are the
 * ones Ecomail's list detail shows (`string`, `int`; `date` for typed date values).
 */
export const FIELDS: Record<string, { type: string; name: string }> = {
  points: { type: 'int', name: 'Points' },
  tier: { type: 'string', name: 'Tier' },
  referral_link: { type: 'string', name: 'Referral link' },
  next_expiry_points: { type: 'int', name: 'Points expiring next' },
  next_expiry_date: { type: 'date', name: 'Next expiry date' },
  pin: { type: 'string', name: 'PIN' },
  last_coupon_code: { type: 'string', name: 'Last coupon code' },
  questionnaire_link: { type: 'string', name: 'Review questionnaire link' },
};

/** The list as `GET /lists/{id}` shows it (docs.ecomail.cz/api-reference/lists/show). */
export interface EcomailListDetail {
  list?: {
    id?: string | number;
    name?: string;
    custom_fields?: Record<string, { type?: string; name?: string }> | unknown[];
  };
}

/**
 * Which prefixed fields the list has and which the merchant must still create. Ecomail has no
 * API call that defines custom fields (its list update takes name, senders and pages only), so
 * activation reads the list and reports; it never writes the list. Keys compare as Ecomail
 * stores them: trimmed and lower-cased.
 */
export function activationReport(prefix: string, detail: EcomailListDetail): ActivationReport {
  const defined = detail.list?.custom_fields;
  // An empty PHP array comes out of JSON as [] rather than {}: no fields.
  const existing = new Map<string, string>();
  if (defined && !Array.isArray(defined)) {
    for (const [key, def] of Object.entries(defined))
      existing.set(key.trim().toLowerCase(), String(def?.type ?? ''));
  }
  const fieldsToCreate: PlatformField[] = [];
  const fieldsPresent: PlatformField[] = [];
  const fieldsWithOtherType: ActivationReport['fieldsWithOtherType'] = [];
  for (const [suffix, def] of Object.entries(FIELDS)) {
    const field = { key: `${prefix}${suffix}`.toLowerCase(), name: def.name, type: def.type };
    const actualType = existing.get(field.key);
    if (actualType === undefined) fieldsToCreate.push(field);
    else if (actualType !== '' && actualType !== field.type)
      fieldsWithOtherType.push({ ...field, actualType });
    else fieldsPresent.push(field);
  }
  const listName = detail.list?.name ? `“${detail.list.name}”` : 'the list';
  return {
    fieldsToCreate,
    fieldsPresent,
    fieldsWithOtherType,
    instructions:
      fieldsToCreate.length === 0 && fieldsWithOtherType.length === 0
        ? `Every Trustloop field exists in ${listName}; nothing to create.`
        : `Ecomail's API cannot create custom fields: in Ecomail open ${listName} → Settings → ` +
          'Custom fields and add each field below with exactly this merge key and type ' +
          '(string = text, int = number, date = date). Values are sent from now on; a field ' +
          'created later is filled at the next change or export.',
    copyText: fieldsToCreate.map((f) => `${f.key}\t${f.type}\t${f.name}`).join('\n'),
  };
}

/**
 * The account's lists from `GET /lists`. Its answer's shape is not documented beyond being the
 * account's lists; list objects carry `id` and `name` like the list detail, and
 * `active_subscribers` when present (lists/show documents it on a list).
 */
export function listChoicesOf(body: unknown): ListChoice[] | undefined {
  const items = Array.isArray(body)
    ? body
    : Array.isArray((body as { data?: unknown } | undefined)?.data)
      ? (body as { data: unknown[] }).data
      : undefined;
  if (!items) return undefined;
  const out: ListChoice[] = [];
  for (const item of items as Array<Record<string, unknown>>) {
    const id = item?.['id'];
    if ((typeof id !== 'number' && typeof id !== 'string') || String(id) === '') continue;
    const count = item['active_subscribers'];
    out.push({
      id: String(id),
      name: typeof item['name'] === 'string' ? item['name'] : `List ${id}`,
      subscriberCount: typeof count === 'number' && Number.isFinite(count) ? count : null,
    });
  }
  return out;
}
