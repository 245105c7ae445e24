import type { TrustloopCore } from '../trustloop.js';

export interface ChannelOptions {
  channel?: string;
  account?: string;
}

/** The channel a command works on: `--channel` (in `--account`, default the first), or the account's only one. */
export async function resolveChannel(trustloop: Pick<TrustloopCore, 'accounts'>, options: ChannelOptions) {
  const { users, channels } = trustloop.accounts;
  const accountId = options.account ?? (await users.firstAccountId());
  if (!accountId) throw new Error('there is no account yet: start Trustloop once (npm start) to create one');
  if (options.channel) {
    const channel = await channels.get(accountId, options.channel).catch(() => undefined);
    if (!channel)
      throw new Error(`channel ${options.channel} is not in account ${accountId}; check --channel/--account`);
    return channel;
  }
  const all = await channels.list(accountId);
  if (all.length === 1) return all[0]!;
  if (all.length === 0) throw new Error(`account ${accountId} has no channel yet; create one first`);
  throw new Error(
    `account ${accountId} has ${all.length} channels; pass --channel with one of: ${all.map((c) => `${c.id} (${c.name})`).join(', ')}`,
  );
}
