import { createFileRoute, Link } from '@tanstack/react-router';
import { useState } from 'react';
import {
  type Member,
  useAdjustPoints,
  useMember,
  useMemberLedger,
  useMemberState,
} from '../../../../api/loyalty';
import { type MessageKey, useI18n } from '../../../../i18n/i18n';
import { ConfirmButton } from '../../../../ui/confirm';
import { TextField } from '../../../../ui/field';
import { formValues, useFormErrors } from '../../../../ui/form';
import { LoadMore } from '../../../../ui/load-more';
import { ErrorMessage, Loading, Page } from '../../../../ui/page';
import { MemberState } from '../../-member-state';
import '../../loyalty.css';

export const Route = createFileRoute('/loyalty/members/$channelId/$memberId')({ component: MemberPage });

/** One member (A5): balance, tier, lots with their expiry, ledger, coupons, referrals; adjust; exclude. */
function MemberPage() {
  const { channelId, memberId } = Route.useParams();
  const { t, formatDateTime: formDateTime } = useI18n();
  const data = useMember(channelId, memberId);
  const ledger = useMemberLedger(channelId, memberId);
  if (data.isPending) return <Loading />;
  if (!data.data)
    return (
      <Page title={t('loyalty.member.title')}>
        <ErrorMessage error={data.error} />
      </Page>
    );
  const { member, coupons, lots, referrals } = data.data;
  return (
    <Page
      title={member.email}
      actions={
        <Link to="/loyalty/members" search={{ channel: channelId }}>
          {t('loyalty.members.back')}
        </Link>
      }
    >
      <Summary member={member} />
      <div className="member-actions">
        <Adjust channelId={channelId} memberId={memberId} />
        <StateAction channelId={channelId} member={member} />
      </div>

      <h2>{t('loyalty.member.lots')}</h2>
      {lots.length === 0 ? (
        <p className="hint">{t('loyalty.member.noLots')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('loyalty.member.points')}</th>
              <th scope="col">{t('loyalty.member.expiresOn')}</th>
            </tr>
          </thead>
          <tbody>
            {lots.map((lot) => (
              <tr key={lot.lotId}>
                <td>{lot.remaining}</td>
                <td>{lot.expiresOn ?? t('loyalty.member.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('loyalty.member.ledger')}</h2>
      <table data-testid="ledger">
        <thead>
          <tr>
            <th scope="col">{t('loyalty.member.when')}</th>
            <th scope="col">{t('loyalty.member.what')}</th>
            <th scope="col">{t('loyalty.member.points')}</th>
            <th scope="col">{t('loyalty.member.balanceAfter')}</th>
            <th scope="col">{t('loyalty.member.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {(ledger.rows ?? []).map((entry) => (
            <tr key={entry.entryId}>
              <td>{formDateTime(entry.createdAt)}</td>
              <td>{t('loyalty.member.entry', { kind: entry.kind, cause: entry.cause })}</td>
              <td className={entry.points < 0 ? 'debit' : 'credit'}>
                {entry.points > 0 ? `+${entry.points}` : entry.points}
              </td>
              <td>{entry.balanceAfter}</td>
              <td>{entry.reason ?? entry.reference ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <ErrorMessage error={ledger.error} />
      <LoadMore
        hasMore={ledger.hasNextPage}
        loading={ledger.isFetchingNextPage}
        onMore={() => void ledger.fetchNextPage()}
      />

      <h2>{t('loyalty.member.coupons')}</h2>
      {coupons.length === 0 ? (
        <p className="hint">{t('loyalty.member.noCoupons')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('loyalty.member.code')}</th>
              <th scope="col">{t('loyalty.rewards.name')}</th>
              <th scope="col">{t('loyalty.member.state')}</th>
              <th scope="col">{t('loyalty.member.points')}</th>
              <th scope="col">{t('loyalty.member.expiresOn')}</th>
            </tr>
          </thead>
          <tbody>
            {coupons.map((coupon) => (
              <tr key={coupon.couponId}>
                <td>
                  <code>{coupon.code}</code>
                </td>
                <td>{coupon.name}</td>
                <td>{t('loyalty.coupon.state', { state: coupon.state })}</td>
                <td>{coupon.pointsSpent}</td>
                <td>{coupon.expiresAt ? formDateTime(coupon.expiresAt) : t('loyalty.member.never')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('loyalty.member.referrals')}</h2>
      {referrals.length === 0 ? (
        <p className="hint">{t('loyalty.member.noReferrals')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('loyalty.member.friend')}</th>
              <th scope="col">{t('loyalty.member.state')}</th>
              <th scope="col">{t('loyalty.member.when')}</th>
            </tr>
          </thead>
          <tbody>
            {referrals.map((referral) => (
              <tr key={referral.referralId}>
                <td>{referral.friendEmail}</td>
                <td>
                  {t(
                    `loyalty.referral.${referral.status === 'rewarded' ? 'rewarded' : 'refused'}` as MessageKey,
                    {
                      reason: referral.reason ?? '',
                    },
                  )}
                </td>
                <td>{formDateTime(referral.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Page>
  );
}

function Summary({ member }: { member: Member }) {
  const { t, formatDateTime } = useI18n();
  return (
    <dl className="member-summary">
      <div>
        <dt>{t('loyalty.member.balance')}</dt>
        <dd data-testid="balance">{member.balance}</dd>
      </div>
      <div>
        <dt>{t('loyalty.member.pending')}</dt>
        <dd>{member.pendingPoints}</dd>
      </div>
      <div>
        <dt>{t('loyalty.member.state')}</dt>
        <dd>
          <MemberState state={member.state} />
        </dd>
      </div>
      <div>
        <dt>{t('loyalty.member.tier')}</dt>
        <dd>{member.tier?.name ?? '—'}</dd>
      </div>
      <div>
        <dt>{t('loyalty.member.nextExpiry')}</dt>
        <dd>
          {member.nextExpiry
            ? t('loyalty.member.nextExpiryValue', {
                points: member.nextExpiry.points,
                date: member.nextExpiry.date,
              })
            : '—'}
        </dd>
      </div>
      <div>
        <dt>{t('loyalty.member.referralCode')}</dt>
        <dd>
          <code>{member.referralCode}</code>
        </dd>
      </div>
      <div>
        <dt>{t('loyalty.member.lastActivity')}</dt>
        <dd>{formatDateTime(member.lastActivityAt)}</dd>
      </div>
      <div>
        <dt>{t('loyalty.member.enrolledAt')}</dt>
        <dd>{formatDateTime(member.enrolledAt)}</dd>
      </div>
      {member.uncollected > 0 ? (
        <div>
          <dt>{t('loyalty.member.uncollected')}</dt>
          <dd>{member.uncollected}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A manual credit or debit; the key makes a double click or a retry book once. */
function Adjust(props: { channelId: string; memberId: string }) {
  const { t } = useI18n();
  const adjust = useAdjustPoints(props.channelId, props.memberId);
  const errors = useFormErrors();
  const [key, setKey] = useState(() => crypto.randomUUID());
  return (
    <form
      className="card"
      aria-labelledby="adjust-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = formValues(form);
        const found: Record<string, string> = {};
        if (!/^[+-]?\d+$/.test(values['points'] ?? '') || Number(values['points']) === 0)
          found['points'] = t('loyalty.adjust.pointsInvalid');
        if (!values['reason']) found['reason'] = t('form.required');
        if (!errors.check(found)) return;
        adjust.mutate(
          { points: Number(values['points']), reason: values['reason']!, idempotencyKey: key },
          {
            onSuccess: () => {
              form.reset();
              setKey(crypto.randomUUID());
            },
            onError: errors.fail,
          },
        );
      }}
    >
      <h2 id="adjust-title">{t('loyalty.adjust')}</h2>
      <TextField
        label={t('loyalty.adjust.points')}
        name="points"
        inputMode="numeric"
        description={t('loyalty.adjust.pointsHint')}
        error={errors.fields['points']}
      />
      <TextField
        label={t('loyalty.adjust.reason')}
        name="reason"
        maxLength={500}
        error={errors.fields['reason']}
      />
      <ErrorMessage error={errors.formError} />
      <div className="actions">
        <button type="submit" disabled={adjust.isPending}>
          {t('loyalty.adjust.submit')}
        </button>
      </div>
    </form>
  );
}

function StateAction(props: { channelId: string; member: Member }) {
  const { t } = useI18n();
  const change = useMemberState(props.channelId, props.member.memberId);
  const excluded = props.member.state === 'excluded';
  return (
    <div className="card">
      <h2>{t('loyalty.member.participation')}</h2>
      <p>{t(excluded ? 'loyalty.member.excludedText' : 'loyalty.member.excludeText')}</p>
      <ErrorMessage error={change.error} />
      {excluded || props.member.state === 'candidate' ? (
        <button type="button" onClick={() => change.mutate('enrol')} disabled={change.isPending}>
          {t(excluded ? 'loyalty.member.include' : 'loyalty.member.enrol')}
        </button>
      ) : (
        <ConfirmButton
          title={t('loyalty.member.excludeTitle', { email: props.member.email })}
          description={t('loyalty.member.excludeText')}
          confirmLabel={t('loyalty.member.exclude')}
          onConfirm={() => change.mutate('exclude')}
        >
          {t('loyalty.member.exclude')}
        </ConfirmButton>
      )}
    </div>
  );
}
