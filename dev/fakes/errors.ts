/**
 * Apps Script surfaces service failures as `Exception` errors: `e.name` is
 * 'Exception' and `String(e)` reads "Exception: <message>".
 */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

export function invalidArgument(name: string): Error {
  return gasError(`Invalid argument: ${name}`);
}
