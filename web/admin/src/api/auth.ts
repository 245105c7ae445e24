import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { type Api, ApiError, unwrap } from './client';
import { useApi } from './context';

/** Who is signed in; `null` when nobody is (a 401), so pages can send the visitor to sign in. */
export const meQuery = (api: Api) =>
  queryOptions({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return unwrap(await api.client.GET('/api/v1/auth/me'));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });

export function useSignIn() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { email: string; password: string; totp?: string }) =>
      // `totp` is sent only when the server asked for it (401 totp_required).
      unwrap(
        await api.client.POST('/api/v1/auth/login', { body: body as { email: string; password: string } }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

export function useSignOut() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => unwrap(await api.client.POST('/api/v1/auth/logout')),
    onSuccess: () => {
      api.forget();
      queryClient.clear();
    },
  });
}

export function useChangePassword() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) =>
      unwrap(await api.client.POST('/api/v1/auth/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
