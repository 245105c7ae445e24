import { expect } from 'vitest';
import type { Tenant, TestApp } from './app.js';

/** An export run as `GET /api/v1/connections/:id/exports/:exportId` answers it. */
export interface ExportBody {
  id: string;
  status: string;
  phase: string;
  total: number;
  submitted: number;
  completed: number;
  failed: number;
  caughtUp: number;
  lastError: string | null;
  purchases: { sent: number; skipped: number };
  resumed?: boolean;
}

/** `POST …/exports` with these choices, answered as is (202, or the refusal a test expects). */
export function startExport(
  app: TestApp,
  tenant: Tenant,
  connectionId: string,
  choices: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/connections/${connectionId}/exports`,
    headers: tenant.auth,
    payload: choices,
  });
}

/** The export run as the API shows it now. */
export async function exportState(
  app: TestApp,
  tenant: Tenant,
  connectionId: string,
  exportId: string,
): Promise<ExportBody> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/v1/connections/${connectionId}/exports/${exportId}`,
    headers: tenant.auth,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ExportBody>();
}
