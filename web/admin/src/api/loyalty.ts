import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { type Api, unwrap } from './client';
import { useApi } from './context';
import { resource, useChange } from './resource';
import type { paths } from './schema';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
const P = '/api/v1/channels/{channelId}/loyalty' as const;
export type LoyaltySettings = Json<paths[`${typeof P}/settings`]['get']['responses'][200]>;
export type SettingsPatch = NonNullable<
  paths[`${typeof P}/settings`]['patch']['requestBody']
>['content']['application/json'];
export type Tier = Json<paths[`${typeof P}/tiers`]['get']['responses'][200]>[number];
export type TierInput = NonNullable<
  paths[`${typeof P}/tiers`]['post']['requestBody']
>['content']['application/json'];
export type Reward = Json<paths[`${typeof P}/rewards`]['get']['responses'][200]>[number];
export type RewardInput = NonNullable<
  paths[`${typeof P}/rewards`]['post']['requestBody']
>['content']['application/json'];
export type HubPreview = Json<paths[`${typeof P}/preview`]['get']['responses'][200]>;
export type Member = Json<paths[`${typeof P}/members/{memberId}`]['get']['responses'][200]>;
export type LedgerEntry = Json<
  paths[`${typeof P}/members/{memberId}/ledger`]['get']['responses'][200]
>['items'][number];
export type Coupon = Json<paths[`${typeof P}/members/{memberId}/coupons`]['get']['responses'][200]>[number];
export type Lot = Json<paths[`${typeof P}/members/{memberId}/lots`]['get']['responses'][200]>[number];
export type Referral = Json<
  paths[`${typeof P}/members/{memberId}/referrals`]['get']['responses'][200]
>[number];

const keys = {
  program: (channelId: string) => ['loyalty', channelId, 'program'] as const,
  member: (channelId: string, memberId: string) => ['loyalty', channelId, 'members', memberId] as const,
};

/** The program's settings: the program page and an email platform's expiry-notice switch read them. */
export const loyaltySettings = resource({
  key: (channelId: string) => [...keys.program(channelId), 'settings'],
  fetch: async (api, channelId: string) =>
    unwrap(await api.client.GET(`${P}/settings`, { params: { path: { channelId } } })),
});

export function useLoyaltySettings(channelId: string) {
  return loyaltySettings.useRead([channelId]);
}

/** Every program write changes what the preview shows: the whole program is fetched again. */
function useProgramWrite<V, R>(channelId: string, write: (api: Api, variables: V) => Promise<R>) {
  return useChange(write, keys.program(channelId));
}

export function useSaveLoyaltySettings(channelId: string) {
  return useProgramWrite(channelId, async (api, body: SettingsPatch) =>
    unwrap(await api.client.PATCH(`${P}/settings`, { params: { path: { channelId } }, body })),
  );
}

const tiers = resource({
  key: (channelId: string) => [...keys.program(channelId), 'tiers'],
  fetch: async (api, channelId: string) =>
    unwrap(await api.client.GET(`${P}/tiers`, { params: { path: { channelId } } })),
});

export function useTiers(channelId: string) {
  return tiers.useRead([channelId]);
}

export function useSaveTier(channelId: string) {
  return useProgramWrite(channelId, async (api, { tierId, ...body }: TierInput & { tierId?: string }) =>
    tierId
      ? unwrap(
          await api.client.PATCH(`${P}/tiers/{tierId}`, { params: { path: { channelId, tierId } }, body }),
        )
      : unwrap(await api.client.POST(`${P}/tiers`, { params: { path: { channelId } }, body })),
  );
}

export function useDeleteTier(channelId: string) {
  return useProgramWrite(channelId, async (api, tierId: string) =>
    unwrap(await api.client.DELETE(`${P}/tiers/{tierId}`, { params: { path: { channelId, tierId } } })),
  );
}

const rewards = resource({
  key: (channelId: string) => [...keys.program(channelId), 'rewards'],
  fetch: async (api, channelId: string) =>
    unwrap(await api.client.GET(`${P}/rewards`, { params: { path: { channelId } } })),
});

export function useRewards(channelId: string) {
  return rewards.useRead([channelId]);
}

export function useSaveReward(channelId: string) {
  return useProgramWrite(
    channelId,
    async (api, { rewardId, ...body }: RewardInput & { rewardId?: string }) =>
      rewardId
        ? unwrap(
            await api.client.PATCH(`${P}/rewards/{rewardId}`, {
              params: { path: { channelId, rewardId } },
              body,
            }),
          )
        : unwrap(await api.client.POST(`${P}/rewards`, { params: { path: { channelId } }, body })),
  );
}

export function useRetireReward(channelId: string) {
  return useProgramWrite(channelId, async (api, rewardId: string) =>
    unwrap(await api.client.DELETE(`${P}/rewards/{rewardId}`, { params: { path: { channelId, rewardId } } })),
  );
}

type PreviewQuery = { balance: number; tierId?: string; locale: string };

const hubPreview = resource({
  key: (channelId: string, query: PreviewQuery) => [...keys.program(channelId), 'preview', query],
  fetch: async (api, channelId: string, query: PreviewQuery) =>
    unwrap(await api.client.GET(`${P}/preview`, { params: { path: { channelId }, query } })),
});

export function useHubPreview(channelId: string, query: PreviewQuery) {
  return hubPreview.useRead([channelId, query], { placeholderData: keepPreviousData });
}

/**
 * Members the text finds (referral code, email prefix, name; one page of at most 20), or with no
 * text the newest members a keyset page at a time ("Show more"); nothing is asked at 1 character.
 */
export function useMemberSearch(channelId: string, q: string) {
  const api = useApi();
  const text = q.trim();
  const query = useInfiniteQuery({
    queryKey: ['loyalty', channelId, 'members', 'search', text],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { nextCursor?: string }) => last.nextCursor,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.client.GET(`${P}/members`, {
          params: {
            path: { channelId },
            query: text
              ? { q: text, limit: 20 }
              : { limit: MEMBER_PAGE, ...(pageParam ? { cursor: pageParam } : {}) },
          },
        }),
      ),
    enabled: text.length !== 1,
    placeholderData: keepPreviousData,
  });
  return { ...query, rows: query.data?.pages.flatMap((page) => page.data) };
}

const MEMBER_PAGE = 50;
const LEDGER_PAGE = 50;

/** The member's ledger, newest first, a keyset page at a time ("Show more"). */
export function useMemberLedger(channelId: string, memberId: string) {
  const api = useApi();
  const query = useInfiniteQuery({
    queryKey: [...keys.member(channelId, memberId), 'ledger'],
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: { nextCursor?: string }) => last.nextCursor,
    queryFn: async ({ pageParam }) =>
      unwrap(
        await api.client.GET(`${P}/members/{memberId}/ledger`, {
          params: {
            path: { channelId, memberId },
            query: { limit: LEDGER_PAGE, ...(pageParam ? { before: pageParam } : {}) },
          },
        }),
      ),
  });
  return { ...query, rows: query.data?.pages.flatMap((page) => page.items) };
}

const member = resource({
  key: (channelId: string, memberId: string) => keys.member(channelId, memberId),
  fetch: async (api, channelId: string, memberId: string) => {
    const path = { channelId, memberId };
    const [member, coupons, lots, referrals] = await Promise.all([
      api.client.GET(`${P}/members/{memberId}`, { params: { path } }).then(unwrap),
      api.client.GET(`${P}/members/{memberId}/coupons`, { params: { path } }).then(unwrap),
      api.client.GET(`${P}/members/{memberId}/lots`, { params: { path } }).then(unwrap),
      api.client.GET(`${P}/members/{memberId}/referrals`, { params: { path } }).then(unwrap),
    ]);
    return { member, coupons, lots, referrals };
  },
});

export function useMember(channelId: string, memberId: string) {
  return member.useRead([channelId, memberId]);
}

/** A change to a member reloads every member read (the member, its ledger, searches). */
function useMemberWrite<V, R>(channelId: string, write: (api: Api, variables: V) => Promise<R>) {
  return useChange(write, ['loyalty', channelId, 'members']);
}

export function useAdjustPoints(channelId: string, memberId: string) {
  return useMemberWrite(
    channelId,
    async (api, body: { points: number; reason: string; idempotencyKey: string }) =>
      unwrap(
        await api.client.POST(`${P}/members/{memberId}/adjustments`, {
          params: { path: { channelId, memberId } },
          body,
        }),
      ),
  );
}

/** Excludes the member, or enrols them again. */
export function useMemberState(channelId: string, memberId: string) {
  return useMemberWrite(channelId, async (api, action: 'exclude' | 'enrol') =>
    unwrap(
      await api.client.POST(
        action === 'exclude' ? `${P}/members/{memberId}/exclude` : `${P}/members/{memberId}/enrol`,
        { params: { path: { channelId, memberId } } },
      ),
    ),
  );
}
