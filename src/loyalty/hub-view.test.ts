import { describe, expect, it } from 'vitest';
import { type HubReward, hubState, hubTexts, rewardProgress } from './hub-view.js';

const reward = (rewardId: string, pointsCost: number, locked = false): HubReward => ({
  rewardId,
  name: rewardId,
  kind: 'amount_off',
  value: 1000,
  pointsCost,
  locked,
});
const catalogue = [
  reward('shipping', 100),
  reward('ten', 500),
  reward('twenty', 1000),
  reward('vip', 200, true),
];

describe('the hub panel', () => {
  it('shows the best affordable reward and the next one with the points missing', () => {
    const progress = rewardProgress(600, catalogue);
    expect(progress.best?.rewardId).toBe('ten');
    expect(progress.next).toMatchObject({ rewardId: 'twenty', pointsMissing: 400 });
    expect(progress.fraction).toBe(0.6);
  });

  it('with no affordable reward shows the cheapest one and a partial bar; locked rewards are skipped', () => {
    const progress = rewardProgress(50, catalogue);
    expect(progress.best).toBeNull();
    expect(progress.next).toMatchObject({ rewardId: 'shipping', pointsMissing: 50 });
    expect(progress.fraction).toBe(0.5);
  });

  it('an empty bar for zero or negative points', () => {
    expect(rewardProgress(0, catalogue).fraction).toBe(0);
    expect(rewardProgress(-20, catalogue).next?.pointsMissing).toBe(100);
  });

  it('tells the states apart', () => {
    expect(hubState(null, false)).toBe('anonymous');
    expect(hubState(null, true)).toBe('not_member');
    expect(hubState({ state: 'candidate', balance: 0 }, true)).toBe('not_member');
    expect(hubState({ state: 'member', balance: 0 }, true)).toBe('no_points');
    expect(hubState({ state: 'member', balance: 10 }, true)).toBe('member');
    expect(hubState({ state: 'excluded', balance: 900 }, true)).toBe('excluded');
  });

  it('speaks the shopper’s language', () => {
    const texts = hubTexts('pl', 'member', {
      balance: 5,
      progress: rewardProgress(5, catalogue),
      tierName: 'Złoty',
    });
    expect(texts.balance).toBe('Masz 5 punktów');
    expect(texts.tier).toBe('Twój poziom: Złoty');
    expect(hubTexts('en', 'anonymous', { balance: 0, progress: null, tierName: null }).prompt).toBe(
      'Sign in to see your points and rewards.',
    );
  });
});
