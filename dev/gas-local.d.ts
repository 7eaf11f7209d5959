/** gas-local (npm) has no types of its own; this is the part the harness uses. */
declare module 'gas-local' {
  import type { Context } from 'node:vm';

  /**
   * Evaluates every file of `folderPath` (recursively) that `filter` accepts, in
   * `vm.createContext(globalObject)`: for an object that is already a context,
   * that is the context itself. Returns the context.
   */
  export function require(folderPath: string, globalObject?: object, options?: { filter?: (path: string) => boolean }): Context;
}
