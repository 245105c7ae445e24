import { useId, useState } from 'react';
import { type ImportReport, useImportInvitations } from '../../api/invitations';
import { type MessageKey, useI18n } from '../../i18n/i18n';
import { SelectField } from '../../ui/field';
import { useFormErrors } from '../../ui/form';
import { ErrorMessage } from '../../ui/page';

/** The columns the import reads (src/reviews/invitations/csv-import.ts; docs/connecting.md lists their other names). */
const COLUMNS: ReadonlyArray<[string, MessageKey]> = [
  ['email', 'inv.csv.col.email'],
  ['name', 'inv.csv.col.name'],
  ['reference', 'inv.csv.col.reference'],
  ['sku', 'inv.csv.col.sku'],
  ['product name', 'inv.csv.col.productName'],
  ['product url', 'inv.csv.col.productUrl'],
  ['image url', 'inv.csv.col.imageUrl'],
  ['locale', 'inv.csv.col.locale'],
];

export const EXAMPLE_CSV = [
  'email,name,reference,sku,product name,product url,image url,locale',
  'jan@example.pl,Jan Kowalski,5001,TEA-1,Herbata zielona,https://shop.example/p/tea,,pl',
  'jan@example.pl,Jan Kowalski,5001,MUG-1,Kubek,https://shop.example/p/mug,,pl',
  'eva@example.se,Eva Berg,5002,,,,,sv',
  '',
].join('\n');

/** Many invitations from a CSV file, with the report of what was created and which rows were refused. */
export function CsvImport({ channelId }: { channelId: string }) {
  const { t } = useI18n();
  const upload = useImportInvitations(channelId);
  const errors = useFormErrors();
  const fileId = useId();
  const [report, setReport] = useState<ImportReport | undefined>();
  const example = `data:text/csv;charset=utf-8,${encodeURIComponent(EXAMPLE_CSV)}`;
  return (
    <section className="card" aria-labelledby="csv-upload">
      <h2 id="csv-upload">{t('inv.csv.title')}</h2>
      <p>{t('inv.csv.intro')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('inv.csv.column')}</th>
            <th scope="col">{t('inv.csv.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {COLUMNS.map(([column, meaning]) => (
            <tr key={column}>
              <td>
                <code>{column}</code>
              </td>
              <td>{t(meaning)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={example} download="trustloop-invitations-example.csv">
          {t('inv.csv.example')}
        </a>
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const form = event.currentTarget;
          const data = new FormData(form);
          const file = data.get('file');
          if (!errors.check(file instanceof File && file.size > 0 ? {} : { file: t('inv.csv.fileMissing') }))
            return;
          setReport(undefined);
          void (file as File)
            .text()
            .then((csv) =>
              upload.mutate(
                { csv, send: data.get('send') === 'link' ? 'link' : 'email' },
                { onSuccess: setReport, onError: errors.fail },
              ),
            );
        }}
      >
        <div className="row">
          <div className="field">
            <label htmlFor={fileId}>{t('inv.csv.file')}</label>
            <input
              id={fileId}
              name="file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={errors.fields['file'] ? true : undefined}
              aria-describedby={errors.fields['file'] ? `${fileId}-error` : undefined}
            />
            {errors.fields['file'] ? (
              <p className="field-error" id={`${fileId}-error`}>
                {errors.fields['file']}
              </p>
            ) : null}
          </div>
          <SelectField
            label={t('inv.send.delivery')}
            name="send"
            options={[
              { value: 'email', label: t('inv.delivery.email') },
              { value: 'link', label: t('inv.delivery.link') },
            ]}
          />
        </div>
        <ErrorMessage
          error={errors.formError ?? (errors.fields['csv'] ? new Error(errors.fields['csv']) : undefined)}
        />
        <button type="submit" disabled={upload.isPending}>
          {t('inv.csv.submit')}
        </button>
      </form>
      {report ? <Report report={report} /> : null}
    </section>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  return (
    <div className="report" role="status">
      <p>
        {t('inv.csv.report', {
          rows: report.rows,
          created: report.created,
          duplicates: report.duplicates,
          rejected: report.rejected.length,
        })}
      </p>
      {report.rejected.length > 0 ? (
        <table>
          <caption>{t('inv.csv.rejected')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inv.csv.line')}</th>
              <th scope="col">{t('inv.csv.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((row) => (
              <tr key={`${row.line}-${row.reason}`}>
                <td>{row.line}</td>
                <td>{t('inv.csv.reasonText', { code: row.code ?? '', reason: row.reason })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
