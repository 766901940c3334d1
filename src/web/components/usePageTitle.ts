import { useEffect } from 'react';

export const PLATFORM_NAME = '国家医学考试服务平台';

/** Each page names itself in the browser tab and to screen readers (WCAG 2.4.2). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} - ${PLATFORM_NAME}`;
  }, [title]);
}
