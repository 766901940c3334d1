import dayjs from 'dayjs';

/** An ISO 8601 instant as the user's local date and time, e.g. 2025-03-07 09:15:02. */
export function formatDateTime(iso: string): string {
  return dayjs(iso).format('YYYY-MM-DD HH:mm:ss');
}
