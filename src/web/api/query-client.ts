import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { meQuery } from './account';
import { ApiError, isSessionLost } from './client';

/**
 * The app's QueryClient. A call answered "not logged in" (the session expired or ended elsewhere) forgets the
 * account, and the route guard then sends the user to the login page, which brings them back afterwards.
 */
export function createQueryClient(): QueryClient {
  const forgetAccountOnSessionLoss = (error: unknown) => {
    if (isSessionLost(error)) client.setQueryData(meQuery.queryKey, null);
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: forgetAccountOnSessionLoss }),
    mutationCache: new MutationCache({ onError: forgetAccountOnSessionLoss }),
    defaultOptions: {
      queries: {
        // Asking again cannot change a 4xx answer.
        retry: (failures, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 2,
      },
    },
  });
  return client;
}
