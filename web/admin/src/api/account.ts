import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type Schemas, unwrap } from './client';
import { useApi } from './context';

export type User = Schemas['User'];
export type ApiKey = Schemas['ApiKey'];

export function useUsers() {
  const api = useApi();
  return useQuery({
    queryKey: ['users'],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/users')).data,
  });
}

export function useAddUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; name: string; role: 'admin' | 'viewer'; password?: string }) =>
      unwrap(await api.client.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useRemoveUser() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.client.DELETE('/api/v1/users/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}

export function useApiKeys() {
  const api = useApi();
  return useQuery({
    queryKey: ['api-keys'],
    queryFn: async () => unwrap(await api.client.GET('/api/v1/api-keys')).data,
  });
}

type NewApiKey = NonNullable<
  import('./schema').paths['/api/v1/api-keys']['post']['requestBody']
>['content']['application/json'];
export type Scope = NewApiKey['scopes'][number];

export function useCreateApiKey() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewApiKey) => unwrap(await api.client.POST('/api/v1/api-keys', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}

export function useRevokeApiKey() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) =>
      unwrap(await api.client.DELETE('/api/v1/api-keys/{id}', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['api-keys'] }),
  });
}
