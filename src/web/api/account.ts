import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Role } from '../../domain/account/roles';
import type {
  changePasswordSchema,
  changeSecuritySchema,
  loginSchema,
  recoverSchema,
  registrationSchema,
} from '../../domain/account/schemas';
import type { Gender } from '../../domain/identity/gender';
import type { IdType } from '../../domain/identity/id-types';
import { api, ApiError } from './client';

/** GET /api/me: the account and its basic info (the ID number comes masked). */
export interface Me {
  username: string;
  role: Role;
  email: string;
  securityQuestion: string;
  /** ISO 8601 with offset. */
  registeredAt: string;
  basic: {
    name: string;
    idType: IdType;
    idNumber: string;
    gender: Gender;
    birthDate: string;
    nationality: string;
    ethnicity: string;
  } | null;
}

export interface LoginResult {
  username: string;
  role: Role;
  firstLogin: boolean;
}

type RegisterRequest = z.input<typeof registrationSchema>;
type LoginRequest = z.input<typeof loginSchema>;
type RecoverRequest = z.input<typeof recoverSchema>;
type ChangePasswordRequest = z.input<typeof changePasswordSchema>;
type ChangeSecurityRequest = z.input<typeof changeSecuritySchema>;

/** `null` when nobody is logged in: a 401 here is an answer, not an error. */
export const meQuery = queryOptions({
  queryKey: ['me'],
  queryFn: async (): Promise<Me | null> => {
    try {
      return await api<Me>('GET', '/api/me');
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return null;
      throw error;
    }
  },
  staleTime: 60_000,
});

export function useMe() {
  return useQuery(meQuery);
}

/** After login or registration the session is new: load the account before any page asks for it. */
function useLoadMeAfter<TBody, TResult>(call: (body: TBody) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.fetchQuery({ ...meQuery, staleTime: 0 }),
  });
}

export function useLogin() {
  return useLoadMeAfter((body: LoginRequest) => api<LoginResult>('POST', '/api/auth/login', body));
}

export function useRegister() {
  return useLoadMeAfter((body: RegisterRequest) => api<{ username: string }>('POST', '/api/auth/register', body));
}

export function useRecover() {
  return useMutation({ mutationFn: (body: RecoverRequest) => api<void>('POST', '/api/auth/recover', body) });
}

export function useLogout() {
  return useMutation({ mutationFn: () => api<void>('POST', '/api/auth/logout') });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: ChangePasswordRequest) => api<void>('PUT', '/api/me/password', body) });
}

export function useChangeSecurity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChangeSecurityRequest) => api<void>('PUT', '/api/me/security', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQuery.queryKey }),
  });
}
