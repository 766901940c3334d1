/** The one way the web app talks to the server: same-origin JSON, session in an HttpOnly cookie. */

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A non-2xx answer, as the contract describes it: `{"error": {"code", "message", "fields"?}}`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** Seconds, from `Retry-After` on a 429. */
  readonly retryAfter: number | undefined;

  constructor(status: number, code: string, message: string, fields: Record<string, string>, retryAfter?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
    this.retryAfter = retryAfter;
  }
}

interface ErrorBody {
  error?: { code?: unknown; message?: unknown; fields?: unknown };
}

const FALLBACK_MESSAGE = '系统繁忙，请稍后再试。';

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to a generic message.
  }
  const retryHeader = response.headers.get('Retry-After');
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : undefined;
  const { code, message, fields } = body.error ?? {};
  return new ApiError(
    response.status,
    typeof code === 'string' ? code : 'HTTP_' + String(response.status),
    typeof message === 'string' && message !== '' ? message : FALLBACK_MESSAGE,
    stringRecord(fields),
    retryAfter,
  );
}

/** Calls the API; resolves with the parsed JSON (undefined for 204) or throws an {@link ApiError}. */
export async function api<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers:
        body === undefined
          ? { Accept: 'application/json' }
          : { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '无法连接服务器，请检查网络后重试。', {});
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The session has ended (or never began): the one 401 that means "log in again" — not a wrong password. */
export function isSessionLost(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && error.code === 'UNAUTHENTICATED';
}
