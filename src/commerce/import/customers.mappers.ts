import { type CustomerInput, normalizeTag, parseTagList } from '../../contacts/index.js';
import { parseBirthday, parseBoolean, parseDate, parseEmail, RowError } from './csv-values.js';
import {
  atLine,
  type FormatDefinition,
  type MapContext,
  optional,
  required,
  type SourceRow,
} from './import-format.js';

/** Generic files follow Trustloop's tag rule (comma-separated, no spaces), checked as contacts check it. */
function parseTags(column: string, text: string): string[] {
  const parsed = parseTagList(text);
  if (!parsed.ok) throw new RowError('invalid_value', `${column}: ${parsed.message}`);
  return parsed.tags;
}

/** Shopify's tags are free text ("VIP, Zákazník roku"): each becomes a valid tag (VIP, Zakaznik-roku). */
function shopifyTags(text: string): string[] {
  return [...new Set(text.split(',').flatMap((tag) => normalizeTag(tag) ?? []))];
}

function consentOf(accepts: boolean | null, registeredAt: string | null, context: MapContext) {
  if (accepts === null) return null;
  return {
    status: accepts ? ('subscribed' as const) : ('unsubscribed' as const),
    source: 'import' as const,
    // A later change recorded elsewhere (the ESP, the shop) wins over the file.
    changedAt: registeredAt ?? context.startedAt,
  };
}

function single(rows: readonly SourceRow[]): SourceRow {
  return rows[0]!;
}

/** The documented generic customers format (docs/csv-import.md): one row per customer. */
export const genericCustomers: FormatDefinition<CustomerInput> = {
  type: 'customers',
  format: 'generic',
  requiredColumns: ['email', 'first_name', 'last_name'],
  recognises: (columns) => columns.has('email') && columns.has('first_name'),
  label: (rows) => `customer ${single(rows).get('email')}`,
  map(rows, context) {
    const row = single(rows);
    return atLine(row, () => {
      const registeredAt = optional(row, 'registered_at', (v) =>
        parseDate('registered_at', v, context.timeZone),
      );
      const externalId = row.get('external_id');
      return {
        accountId: context.accountId,
        channelId: context.channelId,
        email: parseEmail('email', required(row, 'email')),
        firstName: row.get('first_name') || null,
        lastName: row.get('last_name') || null,
        phone: row.get('phone') || null,
        locale: row.get('locale') || null,
        birthday: optional(row, 'birthday', (v) => parseBirthday('birthday', v)),
        tags: parseTags('tags', row.get('tags')),
        externalId: externalId ? { platform: 'import', id: externalId } : null,
        registeredAt,
        consent: consentOf(
          optional(row, 'accepts_marketing', (v) => parseBoolean('accepts_marketing', v)),
          registeredAt,
          context,
        ),
      };
    });
  },
};

/** Shopify's customer export (Admin › Customers › Export). */
export const shopifyCustomers: FormatDefinition<CustomerInput> = {
  type: 'customers',
  format: 'shopify',
  requiredColumns: ['First Name', 'Last Name', 'Email'],
  recognises: (columns) => columns.has('first name') && columns.has('email'),
  label: (rows) => `customer ${single(rows).get('Email')}`,
  map(rows, context) {
    const row = single(rows);
    return atLine(row, () => {
      const accepts =
        optional(row, 'Accepts Email Marketing', (v) => parseBoolean('Accepts Email Marketing', v)) ??
        optional(row, 'Accepts Marketing', (v) => parseBoolean('Accepts Marketing', v));
      const customerId = row.get('Customer ID');
      return {
        accountId: context.accountId,
        channelId: context.channelId,
        email: parseEmail('Email', required(row, 'Email')),
        firstName: row.get('First Name') || null,
        lastName: row.get('Last Name') || null,
        phone: row.get('Phone') || row.get('Default Address Phone') || null,
        tags: shopifyTags(row.get('Tags')),
        externalId: customerId ? { platform: 'shopify', id: customerId.replace(/^'/, '') } : null,
        consent: consentOf(accepts, null, context),
      };
    });
  },
};
