// Errors are values with stable codes; src/http/errors.ts maps them to HTTP, the CLI to exit codes.

export type ErrorCode = 'invalid' | 'not_found' | 'forbidden' | 'conflict' | 'unauthenticated' | 'rate_limited';

/** The one exception type of the application: a stable code, a message for people, details for programs. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const invalid = (message: string, details?: unknown) => new AppError('invalid', message, details);
export const notFound = (what: string, id?: string) =>
  new AppError('not_found', id === undefined ? `${what} not found` : `${what} ${id} not found`);
export const forbidden = (message = 'you are not allowed to do this') => new AppError('forbidden', message);
export const conflict = (message: string, details?: unknown) => new AppError('conflict', message, details);
export const rateLimited = (message: string) => new AppError('rate_limited', message);
export const unauthenticated = (message = 'sign in first') => new AppError('unauthenticated', message);

/** Turns zod issues into the `details` list every invalid-input error carries. */
export function issuesToDetails(
  issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }>,
): Array<{ field: string; message: string }> {
  return issues.map((i) => ({ field: i.path.map(String).join('.') || '(root)', message: i.message }));
}
