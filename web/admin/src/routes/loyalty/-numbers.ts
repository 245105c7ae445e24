import type { MessageKey } from '../../i18n/i18n';

/** Digits after the decimal point of a currency (2 for PLN, 0 for JPY). */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** Checks whole numbers of the form: each named field must hold one within [min, max]. */
export function checkWhole(
  values: Record<string, string>,
  fields: ReadonlyArray<readonly [name: string, min: number, max: number]>,
  t: (key: MessageKey, params?: Record<string, number>) => string,
): Record<string, string> {
  const found: Record<string, string> = {};
  for (const [name, min, max] of fields) {
    const text = values[name] ?? '';
    if (text === '') found[name] = t('form.required');
    else if (!/^-?\d+$/.test(text)) found[name] = t('form.integer');
    else if (Number(text) < min || Number(text) > max) found[name] = t('loyalty.range', { min, max });
  }
  return found;
}
