import type { Connection } from '../../api/integrations';
import { useSetup } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { CopyValue } from '../../ui/copy';
import { ErrorMessage, Loading } from '../../ui/page';

interface Value {
  key: string;
  label: string;
  value: string;
}

/** Every string the setup answer holds, depth first; header maps become `Name: value` lines. */
function flatten(setup: Record<string, unknown>, prefix = ''): Value[] {
  const values: Value[] = [];
  for (const [key, value] of Object.entries(setup)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') values.push({ key: path, label: key, value });
    else if (key === 'headers' && value && typeof value === 'object')
      for (const [name, header] of Object.entries(value))
        values.push({ key: `${path}.${name}`, label: 'header', value: `${name}: ${String(header)}` });
    else if (value && typeof value === 'object')
      values.push(...flatten(value as Record<string, unknown>, path));
  }
  return values;
}

/** The values to paste into the platform, each with its own copy button (GET …/setup). */
export function SetupValues({ connection }: { connection: Connection }) {
  const { t, has } = useI18n();
  const setup = useSetup(connection.id);
  if (setup.isPending) return <Loading />;
  if (!setup.data) return <ErrorMessage error={setup.error} />;
  const values = flatten(setup.data);
  if (values.length === 0) return <p>{t('setup.nothing')}</p>;
  return (
    <div className="copy-list">
      {values.map((value) => {
        const key = `setup.${value.label}`;
        return (
          <CopyValue
            key={value.key}
            label={has(key) ? t(key) : value.label}
            value={value.value}
            multiline={value.value.includes('\n')}
          />
        );
      })}
    </div>
  );
}
