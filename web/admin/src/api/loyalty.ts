import {
  keepPreviousData,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { unwrap } from './client';
import { useApi } from './context';
import { resource } from './resource';
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
function useProgramWrite<I, O>(channelId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.program(channelId) }),
  });
}

export function useSaveLoyaltySettings(channelId: string) {
  const api = useApi();
  return useProgramWrite(channelId, async (body: SettingsPatch) =>
    unwrap(await api.client.PATCH(`${P}/settings`, { params: { path: { channelId } }, body })),
  );
}

export function useTiers(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.program(channelId), 'tiers'],
    queryFn: async () => unwrap(await api.client.GET(`${P}/tiers`, { params: { path: { channelId } } })),
  });
}

export function useSaveTier(channelId: string) {
  const api = useApi();
  return useProgramWrite(channelId, async ({ tierId, ...body }: TierInput & { tierId?: string }) =>
    tierId
      ? unwrap(
          await api.client.PATCH(`${P}/tiers/{tierId}`, { params: { path: { channelId, tierId } }, body }),
        )
      : unwrap(await api.client.POST(`${P}/tiers`, { params: { path: { channelId } }, body })),
  );
}

export function useDeleteTier(channelId: string) {
  const api = useApi();
  return useProgramWrite(channelId, async (tierId: string) =>
    unwrap(await api.client.DELETE(`${P}/tiers/{tierId}`, { params: { path: { channelId, tierId } } })),
  );
}

export function useRewards(channelId: string) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.program(channelId), 'rewards'],
    queryFn: async () => unwrap(await api.client.GET(`${P}/rewards`, { params: { path: { channelId } } })),
  });
}

export function useSaveReward(channelId: string) {
  const api = useApi();
  return useProgramWrite(channelId, async ({ rewardId, ...body }: RewardInput & { rewardId?: string }) =>
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
  const api = useApi();
  return useProgramWrite(channelId, async (rewardId: string) =>
    unwrap(await api.client.DELETE(`${P}/rewards/{rewardId}`, { params: { path: { channelId, rewardId } } })),
  );
}

export function useHubPreview(
  channelId: string,
  query: { balance: number; tierId?: string; locale: string },
) {
  const api = useApi();
  return useQuery({
    queryKey: [...keys.program(channelId), 'preview', query],
    queryFn: async () =>
      unwrap(await api.client.GET(`${P}/preview`, { params: { path: { channelId }, query } })),
    placeholderData: keepPreviousData,
  });
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

export function useMember(channelId: string, memberId: string) {
  const api = useApi();
  const path = { channelId, memberId };
  return useQuery({
    queryKey: keys.member(channelId, memberId),
    queryFn: async () => {
      const [member, coupons, lots, referrals] = await Promise.all([
        api.client.GET(`${P}/members/{memberId}`, { params: { path } }).then(unwrap),
        api.client.GET(`${P}/members/{memberId}/coupons`, { params: { path } }).then(unwrap),
        api.client.GET(`${P}/members/{memberId}/lots`, { params: { path } }).then(unwrap),
        api.client.GET(`${P}/members/{memberId}/referrals`, { params: { path } }).then(unwrap),
      ]);
      return { member, coupons, lots, referrals };
    },
  });
}

function useMemberWrite<I, O>(channelId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['loyalty', channelId, 'members'] }),
  });
}

export function useAdjustPoints(channelId: string, memberId: string) {
  const api = useApi();
  return useMemberWrite(channelId, async (body: { points: number; reason: string; idempotencyKey: string }) =>
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
  const api = useApi();
  return useMemberWrite(channelId, async (action: 'exclude' | 'enrol') =>
    unwrap(
      await api.client.POST(
        action === 'exclude' ? `${P}/members/{memberId}/exclude` : `${P}/members/{memberId}/enrol`,
        { params: { path: { channelId, memberId } } },
      ),
    ),
  );
}
