import type { SalesmanagoFake } from '../fakes/salesmanago/salesmanago.fake.js';
import type { Tenant, TestApp } from './app.js';

/** Connects the tenant's channel to a SALESmanago fake through the API; `extra` adds or overrides settings. */
export function connectSalesmanago(
  app: TestApp,
  tenant: Tenant,
  fake: SalesmanagoFake,
  extra: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/connections',
    headers: tenant.auth,
    payload: {
      channelId: tenant.channelId,
      connectorId: 'salesmanago',
      settings: {
        clientId: fake.clientId,
        apiSecret: fake.apiSecret,
        endpoint: fake.url,
        owner: fake.owner,
        ...extra,
      },
    },
  });
}
