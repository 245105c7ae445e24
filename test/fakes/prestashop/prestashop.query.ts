/**
 * The PrestaShop Webservice's list options, as `classes/webservice/WebserviceRequest.php`
 * (`manageFilters`, `setFieldsToDisplay`) reads them and as the cheat sheet documents them
 * (https://devdocs.prestashop-project.org/8/webservice/cheat-sheet/):
 * - `filter[field]=[v]` exact, `[a|b]` any of, `[x,y]` interval (inclusive), `[v]%` prefix;
 * - `date_add` / `date_upd` may only be filtered or sorted on with `date=1` — without it they are
 *   "This filter does not exist" (code 32) or "Unable to filter by this field" (code 38);
 * - `sort=[f1_ASC,f2_DESC]` (or `f_ASC`); a value without `_ASC`/`_DESC` is code 37;
 * - `limit=count` or `limit=offset,count`; three parts are code 39;
 * - `display` (full, [fields] or ids only) is applied by the fake itself.
 */
export type Row = Record<string, unknown> & { id: number };

export class WebserviceError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

const DATE_FIELDS = new Set(['date_add', 'date_upd']);

function matches(value: unknown, spec: string): boolean {
  const text = value === null || value === undefined ? '' : String(value);
  const bracket = /^\[(.*)\](%?)$/.exec(spec);
  if (!bracket) return text === spec;
  const [, inner = '', prefix] = bracket;
  if (prefix === '%') return text.startsWith(inner);
  if (inner.includes('|')) return inner.split('|').includes(text);
  if (inner.includes(',')) {
    const [low = '', high = ''] = inner.split(',');
    const numeric = /^-?\d+(\.\d+)?$/.test(text) && /^-?\d+/.test(low);
    return numeric
      ? Number(text) >= Number(low) && Number(text) <= Number(high)
      : text >= low && text <= high;
  }
  return text === inner;
}

/** Applies filter, sort and limit of a query to the rows of one resource. */
export function listRows(rows: Row[], query: Record<string, unknown>, fields: ReadonlySet<string>): Row[] {
  const dates = query['date'] === '1';
  const allowed = (field: string) => fields.has(field) && (dates || !DATE_FIELDS.has(field));
  let result = rows;
  const filters = (query['filter'] ?? {}) as Record<string, unknown>;
  for (const [field, spec] of Object.entries(filters)) {
    if (!allowed(field))
      throw new WebserviceError(400, 32, `This filter does not exist. Did you mean: "${field}"?`);
    if (typeof spec !== 'string' || spec === '')
      throw new WebserviceError(400, 33, `The filter "${field}" is malformed.`);
    result = result.filter((row) => matches(row[field], spec));
  }
  const sort = query['sort'];
  if (typeof sort === 'string') {
    const keys = (/^\[(.*)\]$/.exec(sort)?.[1] ?? sort).split(',').map((part) => {
      const at = part.lastIndexOf('_');
      const field = part.slice(0, at);
      const direction = part.slice(at + 1).toUpperCase();
      if (at < 0 || (direction !== 'ASC' && direction !== 'DESC'))
        throw new WebserviceError(
          400,
          37,
          'The "sort" value has to be formed as this example: "field_ASC" or \'[field_1_DESC,field_2_ASC,field_3_ASC,...]\' ("field" has to be an available field)',
        );
      if (!allowed(field))
        throw new WebserviceError(
          400,
          38,
          'Unable to filter by this field. However, these are available: ...',
        );
      return { field, sign: direction === 'ASC' ? 1 : -1 };
    });
    result = [...result].sort((a, b) => {
      for (const { field, sign } of keys) {
        const x = a[field];
        const y = b[field];
        const order =
          typeof x === 'number' && typeof y === 'number'
            ? x - y
            : String(x ?? '').localeCompare(String(y ?? ''));
        if (order !== 0) return order * sign;
      }
      return 0;
    });
  }
  const limit = query['limit'];
  if (typeof limit === 'string') {
    const parts = limit.split(',');
    if (parts.length > 2)
      throw new WebserviceError(
        400,
        39,
        'The "limit" value has to be formed as this example: "5,25" or "10"',
      );
    const [first = '0', second] = parts;
    const offset = second === undefined ? 0 : Number.parseInt(first, 10) || 0;
    const count = Number.parseInt(second ?? first, 10) || 0;
    result = result.slice(offset, offset + count);
  }
  return result;
}
