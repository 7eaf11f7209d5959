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

/**
 * The folder new documents go to is out of this person's reach (a colleague's
 * folder, which drive.file does not let ST-koll open for them). Not a failure
 * to report but a question to ask: may ST-koll use a folder of their own?
 */
export class FolderUnreachable extends UserError {
  constructor(message: string) {
    super(message);
    this.name = 'FolderUnreachable';
  }
}
