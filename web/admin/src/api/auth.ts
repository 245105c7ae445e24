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
    mutationFn: async (body: { email: string; password: string; totp?: string; recoveryCode?: string }) =>
      // `totp` or `recoveryCode` is sent only when the server asked for it (401 totp_required).
      unwrap(await api.client.POST('/api/v1/auth/login', { body })),
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

/** Starts (or restarts) two-factor enrolment: the secret and its otpauth URI, nothing on yet. */
export function useStartTotp() {
  const api = useApi();
  return useMutation({
    mutationFn: async () => unwrap(await api.client.POST('/api/v1/auth/totp')),
  });
}

/** Turns two-factor on with a code from the app; answers the recovery codes, only this once. */
export function useConfirmTotp() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (code: string) =>
      unwrap(await api.client.POST('/api/v1/auth/totp/confirm', { body: { code } })).recoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}

export function useDisableTotp() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (password: string) =>
      unwrap(await api.client.DELETE('/api/v1/auth/totp', { body: { password } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
}
