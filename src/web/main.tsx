import { QueryClientProvider } from '@tanstack/react-query';
import { App, ConfigProvider, unstableSetRender } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { createQueryClient } from './api/query-client';
import { router } from './routes';
import './styles.css';

dayjs.locale('zh-cn');

// antd 5 renders its pop-ups and click waves with the React 18 API unless given React 19's (u.ant.design/v5-for-19).
unstableSetRender((node, container) => {
  const host = container as typeof container & { reactRoot?: Root };
  host.reactRoot ??= createRoot(container);
  const root = host.reactRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

const queryClient = createQueryClient();
const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root');

createRoot(rootElement).render(
  <StrictMode>
    {/* No space inserted into two-character labels such as 登录: it would change the button's accessible name.
        No virtual lists: every option of a drop-down is then a real, visible role="option" (at most a few hundred). */}
    <ConfigProvider
      locale={zhCN}
      theme={{ token: { colorPrimary: '#0b5394' } }}
      button={{ autoInsertSpace: false }}
      virtual={false}
    >
      <App>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </App>
    </ConfigProvider>
  </StrictMode>,
);
