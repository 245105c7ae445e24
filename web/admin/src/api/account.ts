import { type Schemas, unwrap } from './client';
import { resource, useChange } from './resource';
import type { paths } from './schema';

export type User = Schemas['User'];
export type ApiKey = Schemas['ApiKey'];

const users = resource({
  key: () => ['users'],
  fetch: async (api) => unwrap(await api.client.GET('/api/v1/users')).data,
});

export function useUsers() {
  return users.useRead([]);
}

export function useAddUser() {
  return useChange(
    async (api, body: { email: string; name: string; role: 'admin' | 'viewer'; password?: string }) =>
      unwrap(await api.client.POST('/api/v1/users', { body })),
    users.key(),
  );
}

export function useRemoveUser() {
  return useChange(
    async (api, id: string) =>
      unwrap(await api.client.DELETE('/api/v1/users/{id}', { params: { path: { id } } })),
    users.key(),
  );
}

const apiKeys = resource({
  key: () => ['api-keys'],
  fetch: async (api) => unwrap(await api.client.GET('/api/v1/api-keys')).data,
});

export function useApiKeys() {
  return apiKeys.useRead([]);
}

type NewApiKey = NonNullable<paths['/api/v1/api-keys']['post']['requestBody']>['content']['application/json'];
export type Scope = NewApiKey['scopes'][number];

export function useCreateApiKey() {
  return useChange(
    async (api, body: NewApiKey) => unwrap(await api.client.POST('/api/v1/api-keys', { body })),
    apiKeys.key(),
  );
}

export function useRevokeApiKey() {
  return useChange(
    async (api, id: string) =>
      unwrap(await api.client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    apiKeys.key(),
  );
}
