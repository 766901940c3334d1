/** The one way the web app talks to the server: same-origin JSON, session in an HttpOnly cookie. */

type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

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
export async function api<T>(method: HttpMethod, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  return send<T>(
    method,
    path,
    body === undefined
      ? { headers: { Accept: 'application/json' } }
      : {
          headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
          body: JSON.stringify(body),
        },
    signal,
  );
}

/** Sends a file as the raw body (e.g. `PUT /api/profile/photo` with `image/jpeg`); answers as {@link api}. */
export async function apiUpload<T>(method: HttpMethod, path: string, file: Blob, contentType: string): Promise<T> {
  return send<T>(method, path, { headers: { Accept: 'application/json', 'Content-Type': contentType }, body: file });
}

async function send<T>(
  method: HttpMethod,
  path: string,
  init: { headers: Record<string, string>; body?: BodyInit },
  signal?: AbortSignal,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { method, credentials: 'same-origin', signal, ...init });
  } catch (error) {
    // A request given up on purpose (a newer search replaced it) is no network failure: let the caller see why.
    if (signal?.aborted) throw error;
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
