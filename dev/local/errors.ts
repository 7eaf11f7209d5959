/** A file problem the local app reports as one Swedish line (and an exit code), never as a stack trace. */
export type LocalFileProblem = 'missing' | 'notXlsx' | 'corrupt' | 'notWritable' | 'locked' | 'saveFailed';

export class LocalFileError extends Error {
  constructor(
    message: string,
    readonly problem: LocalFileProblem,
  ) {
    super(message);
    this.name = 'LocalFileError';
  }
}
