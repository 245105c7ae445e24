import {
  Bar,
  BarChart,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dashboard } from '../../api/dashboard';
import { useI18n } from '../../i18n/i18n';
import { ChartFigure } from './chart-figure';
import { COLORS, useFormats } from './format';

const HEIGHT = 260;
// The pictures are decoration beside their tables: no keyboard layer inside an aria-hidden box,
// and no animation (still for people who asked for less motion, and for screenshots).
const chartProps = { accessibilityLayer: false, margin: { top: 8, right: 8, bottom: 0, left: 0 } } as const;

export function ReviewsChart({ reviews }: { reviews: Dashboard['reviews'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const count = t('dash.reviews.count');
  const average = t('dash.reviews.average');
  return (
    <ChartFigure
      id="chart-reviews"
      title={t('dash.reviews.title')}
      rows={reviews.weeks}
      columns={[
        { label: t('dash.week'), value: (row) => f.weekLong(row.week) },
        { label: count, value: (row) => f.number(row.reviews) },
        { label: average, value: (row) => f.rating(row.averageRating) },
      ]}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <ComposedChart data={reviews.weeks} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tickFormatter={f.week} />
          <YAxis yAxisId="count" allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
          <YAxis yAxisId="rating" orientation="right" domain={[0, 5]} ticks={[1, 2, 3, 4, 5]} />
          <Tooltip labelFormatter={(week) => f.weekLong(String(week))} />
          <Legend itemSorter={null} />
          <Bar isAnimationActive={false} yAxisId="count" dataKey="reviews" name={count} fill={COLORS.blue} />
          <Line
            yAxisId="rating"
            dataKey="averageRating"
            name={average}
            stroke={COLORS.orange}
            strokeWidth={2}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function DistributionChart({ distribution }: { distribution: Dashboard['reviews']['distribution'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const rows = (['5', '4', '3', '2', '1'] as const).map((stars) => ({
    stars: t('dash.distribution.stars', { stars: Number(stars) }),
    reviews: distribution[stars],
  }));
  const count = t('dash.distribution.count');
  return (
    <ChartFigure
      id="chart-distribution"
      title={t('dash.distribution.title')}
      rows={rows}
      columns={[
        { label: t('dash.distribution.rating'), value: (row) => row.stars },
        { label: count, value: (row) => f.number(row.reviews) },
      ]}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={rows} layout="vertical" {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
          <YAxis type="category" dataKey="stars" width={96} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="reviews" name={count} fill={COLORS.blue} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function FunnelChart({ invitations }: { invitations: Dashboard['invitations'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const rows = invitations.methods.map((row) => ({
    ...row,
    label: t(`inv.method.${row.method as 'manual'}`),
  }));
  const series = [
    { key: 'invited', name: t('dash.funnel.invited'), color: COLORS.grey },
    { key: 'sent', name: t('dash.funnel.sent'), color: COLORS.blue },
    { key: 'opened', name: t('dash.funnel.opened'), color: COLORS.purple },
    { key: 'completed', name: t('dash.funnel.completed'), color: COLORS.green },
  ] as const;
  return (
    <ChartFigure
      id="chart-funnel"
      title={t('dash.funnel.title')}
      rows={rows}
      columns={[
        { label: t('dash.funnel.method'), value: (row) => row.label },
        ...series.map((s) => ({
          label: s.name,
          value: (row: (typeof rows)[number]) => f.number(row[s.key]),
        })),
      ]}
    >
      {rows.length === 0 ? (
        <p className="hint">{t('dash.funnel.none')}</p>
      ) : (
        <ResponsiveContainer width="100%" height={HEIGHT}>
          <BarChart data={rows} {...chartProps}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" />
            <YAxis allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
            <Tooltip />
            <Legend itemSorter={null} />
            {series.map((s) => (
              <Bar isAnimationActive={false} key={s.key} dataKey={s.key} name={s.name} fill={s.color} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </ChartFigure>
  );
}

export function PointsChart({ points }: { points: Dashboard['points'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const series = [
    { key: 'credited', name: t('dash.points.credited'), color: COLORS.green },
    { key: 'redeemed', name: t('dash.points.redeemed'), color: COLORS.blue },
    { key: 'expired', name: t('dash.points.expired'), color: COLORS.orange },
  ] as const;
  return (
    <ChartFigure
      id="chart-points"
      title={t('dash.points.title')}
      rows={points.weeks}
      columns={[
        { label: t('dash.week'), value: (row) => f.weekLong(row.week) },
        ...series.map((s) => ({
          label: s.name,
          value: (row: Dashboard['points']['weeks'][number]) => f.number(row[s.key]),
        })),
      ]}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={points.weeks} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tickFormatter={f.week} />
          <YAxis allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
          <Tooltip labelFormatter={(week) => f.weekLong(String(week))} />
          <Legend itemSorter={null} />
          {series.map((s) => (
            <Bar isAnimationActive={false} key={s.key} dataKey={s.key} name={s.name} fill={s.color} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function RedemptionsChart({ points }: { points: Dashboard['points'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const count = t('dash.redemptions.count');
  return (
    <ChartFigure
      id="chart-redemptions"
      title={t('dash.redemptions.title')}
      rows={points.weeks}
      columns={[
        { label: t('dash.week'), value: (row) => f.weekLong(row.week) },
        { label: count, value: (row) => f.number(row.redemptions) },
      ]}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={points.weeks} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="week" tickFormatter={f.week} />
          <YAxis allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
          <Tooltip labelFormatter={(week) => f.weekLong(String(week))} />
          <Bar isAnimationActive={false} dataKey="redemptions" name={count} fill={COLORS.purple} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

export function TiersChart({ members }: { members: Dashboard['members'] }) {
  const { t } = useI18n();
  const f = useFormats();
  const rows = members.tiers.map((tier) => ({
    label: tier.tierId === null ? t('dash.tiers.base') : (tier.name ?? t('dash.tiers.deleted')),
    members: tier.members,
  }));
  const count = t('dash.tiers.members');
  return (
    <ChartFigure
      id="chart-tiers"
      title={t('dash.tiers.title')}
      rows={rows}
      columns={[
        { label: t('dash.tiers.tier'), value: (row) => row.label },
        { label: count, value: (row) => f.number(row.members) },
      ]}
    >
      <ResponsiveContainer width="100%" height={HEIGHT}>
        <BarChart data={rows} {...chartProps}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} niceTicks="snap125" tickFormatter={f.number} />
          <Tooltip />
          <Bar isAnimationActive={false} dataKey="members" name={count} fill={COLORS.green} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
