/** The rewards catalogue a channel sells for points, and the pre-loaded coupon code pools. */
import { AppError } from '../platform/errors.js';
import { newId } from '../platform/ids.js';
import { isValidPoolCode } from './coupon-codes.js';
import { channelOf, type LoyaltyDeps, tierOf } from './loyalty.context.js';
import type { RewardKind } from './loyalty.events.js';

export interface RewardView {
  rewardId: string;
  name: string;
  kind: RewardKind;
  value: number;
  product: string | null;
  pointsCost: number;
  minTierId: string | null;
  codeSource: 'generated' | 'pool';
  couponValidDays: number | null;
  active: boolean;
  availableCodes: number | null;
}

export interface RewardInput {
  name: string;
  kind: RewardKind;
  value?: number;
  product?: string | null;
  pointsCost: number;
  minTierId?: string | null;
  codeSource?: 'generated' | 'pool';
  couponValidDays?: number | null;
  active?: boolean;
}

function validateReward(input: Partial<RewardInput>): void {
  if (input.name !== undefined && input.name.trim() === '')
    throw AppError.invalid('/body/name', 'must not be blank');
  if (input.pointsCost !== undefined && (!Number.isSafeInteger(input.pointsCost) || input.pointsCost < 1)) {
    throw AppError.invalid('/body/pointsCost', 'must be a whole number of points ≥ 1');
  }
  if (input.value !== undefined && (!Number.isSafeInteger(input.value) || input.value < 0)) {
    throw AppError.invalid('/body/value', 'must be a whole number ≥ 0');
  }
  if (input.kind === 'percent_off' && input.value !== undefined && (input.value < 1 || input.value > 100)) {
    throw AppError.invalid('/body/value', 'a percentage must be between 1 and 100');
  }
  if (input.kind === 'amount_off' && input.value !== undefined && input.value < 1) {
    throw AppError.invalid('/body/value', 'an amount off must be at least 1 minor unit');
  }
  if (input.kind === 'free_product' && !input.product) {
    throw AppError.invalid('/body/product', 'is required for a free product');
  }
}

export function createRewards(deps: LoyaltyDeps) {
  const { db } = deps;

  async function rewardOwned(channelId: string, rewardId: string) {
    const reward = await db
      .selectFrom('loyalty_rewards')
      .selectAll()
      .where('id', '=', rewardId)
      .where('channel_id', '=', channelId)
      .executeTakeFirst();
    if (!reward) throw AppError.notFound('reward');
    return reward;
  }

  async function rewardView(row: Awaited<ReturnType<typeof rewardOwned>>): Promise<RewardView> {
    let availableCodes: number | null = null;
    if (row.code_source === 'pool') {
      const count = await db
        .selectFrom('loyalty_code_pool')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('reward_id', '=', row.id)
        .where('claimed_at', 'is', null)
        .executeTakeFirst();
      availableCodes = Number(count?.n ?? 0);
    }
    return {
      rewardId: row.id,
      name: row.name,
      kind: row.kind as RewardKind,
      value: Number(row.value),
      product: row.product,
      pointsCost: Number(row.points_cost),
      minTierId: row.min_tier_id,
      codeSource: row.code_source as 'generated' | 'pool',
      couponValidDays: row.coupon_valid_days,
      active: row.active === 1,
      availableCodes,
    };
  }

  return {
    async listRewards(accountId: string, channelId: string): Promise<RewardView[]> {
      await channelOf(deps, accountId, channelId);
      const rows = await db
        .selectFrom('loyalty_rewards')
        .selectAll()
        .where('channel_id', '=', channelId)
        .orderBy('points_cost')
        .execute();
      return Promise.all(rows.map(rewardView));
    },

    async createReward(accountId: string, channelId: string, input: RewardInput): Promise<RewardView> {
      await channelOf(deps, accountId, channelId);
      validateReward(input);
      if (input.minTierId)
        await tierOf(db, channelId, input.minTierId).catch(() => {
          throw AppError.invalid('/body/minTierId', 'is not a tier of this channel');
        });
      const at = deps.clock.now().toISOString();
      const id = newId('rwd');
      await db
        .insertInto('loyalty_rewards')
        .values({
          id,
          account_id: accountId,
          channel_id: channelId,
          name: input.name.trim(),
          kind: input.kind,
          value: input.kind === 'free_shipping' || input.kind === 'free_product' ? 0 : (input.value ?? 0),
          product: input.product ?? null,
          points_cost: input.pointsCost,
          min_tier_id: input.minTierId ?? null,
          code_source: input.codeSource ?? 'generated',
          coupon_valid_days: input.couponValidDays ?? null,
          active: input.active === false ? 0 : 1,
          created_at: at,
          updated_at: at,
        })
        .execute();
      deps.programs.forget(channelId);
      return rewardView(await rewardOwned(channelId, id));
    },

    async updateReward(
      accountId: string,
      channelId: string,
      rewardId: string,
      patch: Partial<RewardInput>,
    ): Promise<RewardView> {
      await channelOf(deps, accountId, channelId);
      const current = await rewardOwned(channelId, rewardId);
      validateReward({
        ...patch,
        kind: patch.kind ?? (current.kind as RewardKind),
        product: patch.product ?? current.product,
      });
      if (patch.minTierId)
        await tierOf(db, channelId, patch.minTierId).catch(() => {
          throw AppError.invalid('/body/minTierId', 'is not a tier of this channel');
        });
      await db
        .updateTable('loyalty_rewards')
        .set({
          ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
          ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
          ...(patch.value !== undefined ? { value: patch.value } : {}),
          ...(patch.product !== undefined ? { product: patch.product } : {}),
          ...(patch.pointsCost !== undefined ? { points_cost: patch.pointsCost } : {}),
          ...(patch.minTierId !== undefined ? { min_tier_id: patch.minTierId } : {}),
          ...(patch.codeSource !== undefined ? { code_source: patch.codeSource } : {}),
          ...(patch.couponValidDays !== undefined ? { coupon_valid_days: patch.couponValidDays } : {}),
          ...(patch.active !== undefined ? { active: patch.active ? 1 : 0 } : {}),
          updated_at: deps.clock.now().toISOString(),
        })
        .where('id', '=', rewardId)
        .execute();
      deps.programs.forget(channelId);
      return rewardView(await rewardOwned(channelId, rewardId));
    },

    /** Retires a reward: coupons already issued stay usable (seed 002). */
    async deleteReward(accountId: string, channelId: string, rewardId: string): Promise<void> {
      await channelOf(deps, accountId, channelId);
      await rewardOwned(channelId, rewardId);
      await db
        .updateTable('loyalty_rewards')
        .set({ active: 0, updated_at: deps.clock.now().toISOString() })
        .where('id', '=', rewardId)
        .execute();
      deps.programs.forget(channelId);
    },

    /** Adds codes to a reward's pool; codes already known in the channel are skipped. */
    async uploadCodes(
      accountId: string,
      channelId: string,
      rewardId: string,
      codes: string[],
    ): Promise<{ added: number; skipped: number }> {
      await channelOf(deps, accountId, channelId);
      await rewardOwned(channelId, rewardId);
      const bad = codes.findIndex((code) => !isValidPoolCode(code));
      if (bad >= 0) throw AppError.invalid(`/body/codes/${bad}`, 'must be 3–64 letters, digits, - or _');
      const unique = [...new Set(codes)];
      const at = deps.clock.now().toISOString();
      let added = 0;
      await db.transaction().execute(async (trx) => {
        for (let start = 0; start < unique.length; start += 500) {
          const rows = unique.slice(start, start + 500).map((code) => ({
            id: newId('code'),
            channel_id: channelId,
            reward_id: rewardId,
            code,
            claimed_at: null,
            created_at: at,
          }));
          const inserted = await trx
            .insertInto('loyalty_code_pool')
            .values(rows)
            .onConflict((oc) => oc.doNothing())
            .returning('id')
            .execute();
          added += inserted.length;
        }
      });
      return { added, skipped: codes.length - added };
    },
  };
}
