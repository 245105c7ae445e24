import { createFileRoute, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { type ImportReport, useImportReviews } from '../../api/reviews';
import { useI18n } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/page';
import { WithChannel } from './-parts';

export const Route = createFileRoute('/reviews/import')({
  validateSearch: (search: Record<string, unknown>): { channel?: string } =>
    typeof search['channel'] === 'string' ? { channel: search['channel'] } : {},
  component: ImportPage,
});

/** The columns the server reads (src/reviews/core/review-import.ts), in the order of the example. */
const COLUMNS = [
  { name: 'rating', required: true },
  { name: 'date', required: true },
  { name: 'type', required: false },
  { name: 'title', required: false },
  { name: 'text', required: false },
  { name: 'name', required: false },
  { name: 'email', required: false },
  { name: 'language', required: false },
  { name: 'product_sku', required: false },
  { name: 'product_gtin', required: false },
  { name: 'product_id', required: false },
  { name: 'product_title', required: false },
  { name: 'external_id', required: false },
] as const;

const EXAMPLE = [
  COLUMNS.map((column) => column.name).join(','),
  '5,2024-03-14,product,Lovely scarf,"Soft, warm and well made",Ola K.,ola@example.org,pl,SCARF-1,5901234123457,,Wool scarf,old-shop-1041',
  '4,2024-05-02T09:30:00Z,service,,Quick delivery,Jan,,en,,,,,old-shop-1042',
].join('\n');
const EXAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(`${EXAMPLE}\n`)}`;

function ImportPage() {
  const { t } = useI18n();
  const search = Route.useSearch();
  const navigate = useNavigate();
  return (
    <WithChannel
      title={t('reviews.import.title')}
      channel={search.channel}
      onChannel={(channel) => void navigate({ to: '/reviews/import', search: { channel } })}
    >
      {(channelId) => <Importer key={channelId} channelId={channelId} />}
    </WithChannel>
  );
}

function Importer({ channelId }: { channelId: string }) {
  const { t } = useI18n();
  const upload = useImportReviews(channelId);
  const [file, setFile] = useState<File | undefined>();
  const [missing, setMissing] = useState(false);
  return (
    <>
      <p>{t('reviews.import.intro')}</p>
      <section className="card" aria-labelledby="columns-heading">
        <h2 id="columns-heading">{t('reviews.import.columns')}</h2>
        <table>
          <caption className="sr-only">{t('reviews.import.columns')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.import.column')}</th>
              <th scope="col">{t('reviews.import.meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map((column) => (
              <tr key={column.name}>
                <td>
                  <code>{column.name}</code>
                  {column.required ? ` (${t('reviews.import.required')})` : ''}
                </td>
                <td>{t(`reviews.import.col.${column.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          <a href={EXAMPLE_HREF} download="trustloop-reviews-example.csv">
            {t('reviews.import.example')}
          </a>
        </p>
      </section>
      <section className="card" aria-labelledby="upload-heading">
        <h2 id="upload-heading">{t('reviews.import.upload')}</h2>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!file) return setMissing(true);
            setMissing(false);
            upload.mutate(file);
          }}
        >
          <div className="field">
            <label htmlFor="review-file">{t('reviews.import.file')}</label>
            <input
              id="review-file"
              type="file"
              accept=".csv,text/csv"
              aria-invalid={missing || undefined}
              aria-describedby={missing ? 'review-file-error' : 'review-file-hint'}
              onChange={(event) => setFile(event.target.files?.[0])}
            />
            <p className="field-description" id="review-file-hint">
              {t('reviews.import.fileHint')}
            </p>
            {missing ? (
              <p className="field-error" id="review-file-error">
                {t('reviews.import.fileMissing')}
              </p>
            ) : null}
          </div>
          <button type="submit" disabled={upload.isPending}>
            {upload.isPending ? t('reviews.import.busy') : t('reviews.import.submit')}
          </button>
        </form>
        <ErrorMessage error={upload.error} />
        {upload.data ? <Report report={upload.data} /> : null}
      </section>
    </>
  );
}

function Report({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  return (
    <div className="import-report">
      <h3 tabIndex={-1}>{t('reviews.import.report')}</h3>
      <p role="status">
        {t('reviews.import.summary', {
          rows: report.rows,
          imported: report.imported,
          duplicates: report.duplicates,
          rejected: report.rejected.length,
        })}
      </p>
      {report.rejected.length > 0 ? (
        <table>
          <caption>{t('reviews.import.rejected')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reviews.import.line')}</th>
              <th scope="col">{t('reviews.import.column')}</th>
              <th scope="col">{t('reviews.import.problem')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.map((row) => (
              <tr key={`${row.line}:${row.column}`}>
                <td>{row.line}</td>
                <td>{row.column ? <code>{row.column}</code> : '—'}</td>
                <td>{t('reviews.import.problemText', { code: row.code ?? '', message: row.message })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
