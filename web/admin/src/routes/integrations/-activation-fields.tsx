import type { Connection } from '../../api/integrations';
import { useSetup } from '../../api/integrations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { CopyButton } from '../../ui/copy';
import { ErrorMessage, Loading } from '../../ui/page';

type Activation = NonNullable<Connection['activation']>;
type Row = Activation['fieldsToCreate'][number] & {
  state: 'create' | 'present' | 'other';
  actualType?: string;
};

const TYPES = new Set(['string', 'int', 'date']);

/**
 * The custom fields the list needs (seed 004, "aktivace"): no platform call creates them, so
 * the merchant adds them by hand. Each merge key has its own copy button; the table says which
 * exist already — checked live by `GET …/setup`, so it turns green as the merchant adds them.
 */
export function ActivationFields({ connection, platform }: { connection: Connection; platform: string }) {
  const { t, has } = useI18n();
  const setup = useSetup(connection.id);
  if (setup.isPending) return <Loading />;
  if (!setup.data) return <ErrorMessage error={setup.error} />;
  const activation = setup.data['activation'] as Activation | null | undefined;
  const failure = setup.data['activationError'];
  // A refused key or a platform not answering is worded here; other refusals are the platform's words.
  const failureKey = `verify.${setup.data['activationErrorCode']}`;
  if (!activation)
    return (
      <ErrorMessage
        error={
          typeof failure !== 'string'
            ? undefined
            : new Error(has(failureKey) ? t(failureKey, { platform }) : failure)
        }
      />
    );
  const rows: Row[] = [
    ...activation.fieldsToCreate.map((field) => ({ ...field, state: 'create' as const })),
    ...activation.fieldsWithOtherType.map((field) => ({ ...field, state: 'other' as const })),
    ...activation.fieldsPresent.map((field) => ({ ...field, state: 'present' as const })),
  ];
  const typeName = (type: string) => {
    const key = `activation.type.${type}`;
    return TYPES.has(type) && has(key) ? t(key as MessageKey) : type;
  };
  // The name to give a field, in the merchant's language: found by the key less the
  // connection's prefix (the server's English name for a field the admin does not know).
  const prefix = String(connection.settings['fieldPrefix'] || 'trustloop_').toLowerCase();
  const fieldName = (row: { key: string; name: string }) => {
    const key = `activation.field.${row.key.startsWith(prefix) ? row.key.slice(prefix.length) : row.key}`;
    return has(key) ? t(key) : row.name;
  };
  // The same lines as the server's copyText (key, type, name), with the names as shown.
  const copyText = activation.fieldsToCreate.map((f) => `${f.key}\t${f.type}\t${fieldName(f)}`).join('\n');
  const missing = activation.fieldsToCreate.length + activation.fieldsWithOtherType.length;
  return (
    <>
      <p>{missing === 0 ? t('activation.allPresent') : t('activation.intro')}</p>
      <table>
        <caption className="sr-only">{t('activation.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activation.key')}</th>
            <th scope="col">{t('activation.type')}</th>
            <th scope="col">{t('activation.name')}</th>
            <th scope="col">{t('activation.state')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>
                <span className="key-cell">
                  <code>{row.key}</code>
                  <CopyButton value={row.key} label={t('copy.label', { what: row.key })} />
                </span>
              </td>
              <td>{typeName(row.type)}</td>
              <td>{fieldName(row)}</td>
              <td className={`field-state field-state-${row.state}`}>
                {row.state === 'present'
                  ? t('activation.present')
                  : row.state === 'create'
                    ? t('activation.create')
                    : t('activation.otherType', {
                        actual: typeName(row.actualType ?? ''),
                        wanted: typeName(row.type),
                      })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {copyText ? (
        <div className="actions">
          <span>{t('activation.copyAllText')}</span>
          <CopyButton value={copyText} label={t('activation.copyAll')} />
        </div>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="secondary"
          disabled={setup.isFetching}
          onClick={() => void setup.refetch()}
        >
          {setup.isFetching ? t('activation.checking') : t('activation.checkAgain')}
        </button>
      </div>
    </>
  );
}
