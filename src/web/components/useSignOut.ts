import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useLogout } from '../api/account';
import { isSessionLost } from '../api/client';

/** 退出登录: ends the session, goes to the login page, and forgets every cached answer of the account. */
export function useSignOut(): () => Promise<void> {
  const logout = useLogout();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  return async () => {
    try {
      await logout.mutateAsync();
    } catch (error) {
      // A session that has already ended is as good as logged out.
      if (!isSessionLost(error)) {
        void message.error(error instanceof Error ? error.message : '退出登录失败，请重试。');
        return;
      }
    }
    // Leave the protected page first, so its guard does not offer to come back to it after the next login.
    await navigate('/login', { replace: true });
    queryClient.clear();
  };
}
