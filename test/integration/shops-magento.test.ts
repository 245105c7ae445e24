import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { magentoRest } from '../../src/commerce/shops/magento/magento-rest.js';
import { shopPullMinutePasses } from '../contract/contract-fixtures.js';
import { type MagentoFake, startMagentoFake } from '../fakes/magento/magento.fake.js';
import { createTenant, createTestApp, type Tenant, type TestApp } from '../support/app.js';

/** Magento's paging quirks, which the shop-connector contract suite does not reach. */
describe('Magento 2 pulls', () => {
  let app: TestApp;
  let tenant: Tenant;
  let fake: MagentoFake;

  beforeAll(async () => {
    app = await createTestApp('sqlite');
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    tenant = await createTenant(app);
    fake = await startMagentoFake();
    return () => fake.close();
  });

  const minutePasses = () => shopPullMinutePasses(app);

  it('a page past the end is not read as more records (Magento answers the last page again)', async () => {
    for (let i = 0; i < 3; i++) fake.placeOrder({ email: `a${i}@example.com`, total: 10 });
    const rest = magentoRest(fake.url, fake.token, 'default');
    const sort = [{ field: 'entity_id', direction: 'ASC' as const }];
    const beyond = await rest.list('/orders', [], sort, 2, 5);
    expect(beyond).toEqual({ items: [], last: true });
    const second = await rest.list<{ entity_id: number }>('/orders', [], sort, 2, 2);
    expect(second.items).toHaveLength(1);
    expect(second.last).toBe(true);
  });

  it('reads every order once when more orders than a page changed in the same second', async () => {
    const connected = await app.inject({
      method: 'PUT',
      url: `/api/v1/channels/${tenant.channelId}/shop-connections/magento`,
      headers: tenant.auth,
      payload: { baseUrl: fake.url, accessToken: fake.token },
    });
    expect(connected.statusCode, connected.body).toBe(201);
    fake.sameSecond(true);
    for (let i = 0; i < 250; i++) fake.placeOrder({ email: `s${i}@example.com`, total: 10 + i });
    await minutePasses();
    await minutePasses();
    const events = await app.trustloop.jobs.listEvents({
      accountId: tenant.accountId,
      type: 'order.placed',
      limit: 500,
    });
    expect(events.items).toHaveLength(250);
    expect(
      new Set(events.items.map((e) => (e.payload as { order: { externalId: string } }).order.externalId))
        .size,
    ).toBe(250);
  });
});
