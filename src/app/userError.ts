/**
 * An error whose message is already a Swedish sentence for the user. Entry
 * points show it as it is; any other error is wrapped in ERROR.unexpected.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

export function userMessageOf(error: unknown, unexpected: (detail: string) => string): string {
  if (error instanceof UserError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return unexpected(detail);
}
