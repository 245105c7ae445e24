import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, unwrap } from './client';
import { useApi } from './context';
import { resource, useChange } from './resource';

/** Who is signed in; `null` when nobody is (a 401), so pages can send the visitor to sign in. */
export const currentUser = resource({
  key: () => ['me'],
  fetch: async (api) => {
    try {
      return unwrap(await api.client.GET('/api/v1/auth/me'));
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useCurrentUser() {
  return currentUser.useRead([]);
}

export function useSignIn() {
  return useChange(
    async (api, body: { email: string; password: string; totp?: string; recoveryCode?: string }) =>
      // `totp` or `recoveryCode` is sent only when the server asked for it (401 totp_required).
      unwrap(await api.client.POST('/api/v1/auth/login', { body })),
    currentUser.key(),
  );
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
  return useChange(
    async (api, body: { currentPassword: string; newPassword: string }) =>
      unwrap(await api.client.POST('/api/v1/auth/password', { body })),
    currentUser.key(),
  );
}

/** Starts (or restarts) two-factor enrolment: the secret and its otpauth URI, nothing on yet. */
export function useStartTotp() {
  return useChange(async (api) => unwrap(await api.client.POST('/api/v1/auth/totp')));
}

/** Turns two-factor on with a code from the app; answers the recovery codes, only this once. */
export function useConfirmTotp() {
  return useChange(
    async (api, code: string) =>
      unwrap(await api.client.POST('/api/v1/auth/totp/confirm', { body: { code } })).recoveryCodes,
    currentUser.key(),
  );
}

export function useDisableTotp() {
  return useChange(
    async (api, password: string) =>
      unwrap(await api.client.DELETE('/api/v1/auth/totp', { body: { password } })),
    currentUser.key(),
  );
}
