import { useMe, type Me } from '../api/account';

/** The logged-in account, for pages under a RequireRole guard (which renders nothing until it is loaded). */
export function useAccount(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useAccount is only for pages under RequireRole');
  return data;
}
