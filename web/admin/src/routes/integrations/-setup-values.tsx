import type { Connection } from '../../api/integrations';
import { useSetup } from '../../api/integrations';
import { useI18n } from '../../i18n/i18n';
import { CopyValue } from '../../ui/copy';
import { ErrorMessage, Loading } from '../../ui/page';

interface Value {
  id: string;
  /** The catalogue key of the label, and the name it takes for map entries. */
  key: string;
  name?: string;
  value: string;
}

const isStringMap = (value: unknown): value is Record<string, string> =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.values(value).every((entry) => typeof entry === 'string');

/**
 * Every string of the setup answer, depth first. A map of strings (headers, one JSON body per
 * review type) becomes one value per entry; lists are choices, not values to paste; a singular
 * next to its plural (`jsonBody` beside `jsonBodies`) is only the default among them.
 */
function flatten(setup: Record<string, unknown>, prefix = ''): Value[] {
  const values: Value[] = [];
  const keys = Object.keys(setup);
  for (const [key, value] of Object.entries(setup)) {
    const id = prefix ? `${prefix}.${key}` : key;
    // What activation found is shown as its own step (ActivationFields), not as values to paste.
    if (!prefix && (key === 'activation' || key === 'activationError')) continue;
    if (keys.includes(`${key}s`) || (key.endsWith('y') && keys.includes(`${key.slice(0, -1)}ies`))) continue;
    if (typeof value === 'string') values.push({ id, key, value });
    else if (isStringMap(value))
      for (const [name, entry] of Object.entries(value))
        values.push({ id: `${id}.${name}`, key, name, value: entry });
    else if (value && typeof value === 'object' && !Array.isArray(value))
      values.push(...flatten(value as Record<string, unknown>, id));
  }
  return values;
}

/** The values to paste into the platform, each with its own copy button (GET …/setup). */
export function SetupValues({
  connection,
  only,
}: {
  connection: Connection;
  /** Only these top-level values (one part of a sectioned page); all of them by default. */
  only?: readonly string[];
}) {
  const { t, has } = useI18n();
  const setup = useSetup(connection.id);
  if (setup.isPending) return <Loading />;
  if (!setup.data) return <ErrorMessage error={setup.error} />;
  const values = flatten(setup.data).filter((value) => !only || only.includes(value.id.split('.')[0]!));
  if (values.length === 0) return <p>{t('setup.nothing')}</p>;
  const label = ({ key, name }: Value) => {
    const message = `setup.${key}`;
    if (name === undefined) return has(message) ? t(message) : key;
    const nameKey = `setup.name.${name}`;
    const shown = has(nameKey) ? t(nameKey) : name;
    return has(message) ? t(message, { name: shown }) : `${key} ${shown}`;
  };
  return (
    <div className="copy-list">
      {values.map((value) => (
        <CopyValue
          key={value.id}
          label={label(value)}
          value={value.value}
          multiline={value.value.includes('\n')}
        />
      ))}
    </div>
  );
}
